"""The Dask engine: the same report as the local one, byte for byte, on a 2-worker cluster
of processes (one for the module: starting one costs seconds)."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crosscheck import pipeline
from crosscheck.evaluate import _sources, load_cases
from crosscheck.render.json import render_json
from crosscheck.settings import Settings

distributed = pytest.importorskip("distributed")

from crosscheck import distributed as engine  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a 2-worker LocalCluster of processes, shared by these tests."""
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        memory_limit="1GiB",
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster.scheduler_address


def _mixed() -> list[str]:
    """Every fixture case's sources in one run, as `crosscheck eval fixtures/ --mixed`."""
    settings = Settings()
    return [p for case in load_cases(ROOT / "fixtures") for p in _sources(case, settings)]


def _local(paths: list[str]) -> str:
    return render_json(pipeline.check(paths, Settings()))


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # paths in the reports are as given: relative to the root


def test_seeds_report_is_byte_identical(scheduler: str) -> None:
    told: dict[str, tuple[int, int]] = {}

    def stages(done: int, total: int, stage: str) -> None:
        told[stage] = (done, total)

    report = engine.check(["seeds/"], Settings(), scheduler=scheduler, partition=2, stages=stages)
    assert render_json(report) == _local(["seeds/"])
    # the later stages are told as they finish: every task of the stories phase, every story
    assert set(told) == {engine.STORIES_STAGE, engine.COMPARE_STAGE}
    assert all(done == total > 0 for done, total in told.values())


def test_mixed_fixtures_report_is_byte_identical(scheduler: str) -> None:
    paths = [os.path.relpath(p, ROOT) for p in _mixed()]
    report = engine.check(paths, Settings(), scheduler=scheduler, partition=8)
    assert render_json(report) == _local(paths)


def test_a_round_up_in_two_stories_is_byte_identical(scheduler: str) -> None:
    """A mixed folder where a police blotter belongs to two stories (crosscheck.roundups):
    both engines put it in the same two, compare its claims in each, and say so alike."""
    blotter = os.path.join("tests", "data", "roundups", "a-police-blotter-two-stories")
    paths = [*(os.path.relpath(p, ROOT) for p in _mixed()), blotter]
    report = engine.check(paths, Settings(), scheduler=scheduler, partition=8)
    assert any(s.also_in for s in report.sources)
    assert render_json(report) == _local(paths)


def _docs() -> list[str]:
    """Every docs fixture case's pages in one run."""
    root = ROOT / "fixtures-docs"
    cases = sorted(p for p in root.iterdir() if p.is_dir())
    return [
        os.path.relpath(page, ROOT)
        for case in cases
        for page in sorted(case.iterdir())
        if page.name != "expected.toml"
    ]


@pytest.mark.parametrize("corpus", ["auto", "docs"])
def test_docs_fixtures_report_is_byte_identical(scheduler: str, corpus: str) -> None:
    """A documentation tree (found as one with corpus = auto): entity-keyed claims,
    compared by entity across the whole corpus."""
    paths = _docs()
    settings = Settings(corpus=corpus)
    report = engine.check(paths, settings, scheduler=scheduler, partition=2)
    assert report.corpus == "docs"
    assert report.findings
    assert render_json(report) == render_json(pipeline.check(paths, settings))


def test_sources_that_cannot_be_read_are_skipped_with_their_reason(
    scheduler: str, tmp_path: Path
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for seed in sorted((ROOT / "seeds").iterdir())[:2]:
        shutil.copy(seed, folder / seed.name)
    (folder / "empty.txt").write_text("")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "table.csv").write_text("a,b\n1,2\n")
    (folder / ".hidden.txt").write_text("Hidden: 12 people.")
    report = engine.check([str(folder)], Settings(), scheduler=scheduler, partition=1)
    assert render_json(report) == _local([str(folder)])
    reasons = {Path(s.path).name: s.reason for s in report.skipped_files}
    assert set(reasons) == {"empty.txt", "image.txt", "table.csv"}
    assert reasons["empty.txt"] == "empty file"


def test_a_worker_killed_mid_run_loses_no_source(scheduler: str) -> None:
    """Kill one worker as soon as the first partitions are read: the results it held are
    computed again, and the report is the same."""
    paths = [os.path.relpath(p, ROOT) for p in _mixed()]
    with distributed.Client(scheduler) as client:
        pids: dict[str, int] = client.run(os.getpid)
        killed: list[int] = []

        def kill_one(done: int, total: int) -> None:
            if done and not killed:
                victim = sorted(pids.values())[0]
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)

        report = engine.check(
            paths, Settings(), scheduler=scheduler, partition=4, progress=kill_one
        )
        assert killed
        assert render_json(report) == _local(paths)
        client.wait_for_workers(2, timeout=60)  # the nanny starts a new one


def test_files_are_read_through_fsspec_urls(scheduler: str) -> None:
    url = (ROOT / "seeds").as_uri()
    report = engine.check([url], Settings(), scheduler=scheduler, partition=2)
    local = pipeline.check(["seeds/"], Settings())
    assert [s.path for s in report.sources] == [f"{url}/{s.path[6:]}" for s in local.sources]
    assert report.summary == local.summary
    assert [f.id for f in report.findings] != [] and len(report.findings) == len(local.findings)


def _cli(*args: str, python: str = "") -> subprocess.CompletedProcess[str]:
    code = f"{python}\nfrom crosscheck.cli import main\nmain()"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_cli_runs_on_a_given_scheduler(scheduler: str) -> None:
    done = _cli("run", "seeds/", "--format", "json", "--engine", "dask", "--scheduler", scheduler)
    assert done.returncode == 1, done.stderr  # the seeds hold a conflict
    assert done.stdout == _local(["seeds/"])


def test_cli_without_dask_says_how_to_install_it() -> None:
    done = _cli(
        "run", "seeds/", "--engine", "dask", python="import sys; sys.modules['distributed'] = None"
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "crosscheck: error: --engine dask needs dask.distributed: "
        "pip install 'crosscheck-claims[dask]'"
    ]


def test_cli_scheduler_needs_the_dask_engine() -> None:
    done = _cli("run", "seeds/", "--scheduler", "tcp://127.0.0.1:1")
    assert done.returncode == 2
    assert "--scheduler needs --engine dask" in done.stderr
