"""Hostile inputs through the CLI: nothing crashes, every bad file is named with its
reason, and findings from the good files are intact."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.pipeline import check
from crosscheck.render.json import render_json, schema

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crosscheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    for name in ("000_f329a0b33699e6f3.txt", "002_68e22d54fa39ff2c.txt"):
        shutil.copy(SEEDS / name, root / name)
    files: dict[str, bytes] = {
        "report.pdf.txt": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        "photo.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "archive.html": b"PK\x03\x04\x14\x00\x00\x00",
        "empty.txt": b"",
        "latin1.txt": "Café owners said 30 people were killed.\n".encode("cp1252"),
        "utf16.txt": "Officials said 40 people died.\n".encode("utf-16"),
        "bom.md": "\ufeffRescuers said 40 people died.\n".encode(),
        "mojibake.txt": "The cafÃ© said 30 people were killed.\n".encode(),
        "invalid-utf8.txt": b"Aid groups said 30 people were killed. " * 20 + b"\xff\xfe\n",
        "crlf.txt": b"Headline\r\n\r\nMedics said 40 people died.\r\n",
        "stray nul, odd: name é.txt": b"Police said\x00 12 people were arrested.\n",
        "zero-width.txt": "Police said 12\u200b people were arrested.\n".encode(),
        "page.html": b"<html><head><script>var t = '99,000 troops';</script><style>p{}</style>"
        b"</head><body><p>Officials said 11,000 troops had crossed.</p></body></html>",
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    (root / "loop").symlink_to("loop")
    (root / "sub").mkdir()
    (root / "sub" / "up").symlink_to("..")
    return root


def test_hostile_corpus_is_checked_and_explained(hostile: Path) -> None:
    # The one-line files share no names with each other: told they are one story, every
    # decoded file's figure takes part in the comparison.
    done = _cli("run", ".", "--format", "json", "--one-story", cwd=hostile)
    assert "Traceback" not in done.stderr
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    skipped = {s["path"].removeprefix("./"): s["reason"] for s in report["skipped_files"]}
    assert skipped == {
        "archive.html": "binary file (ZIP archive)",
        "empty.txt": "empty file",
        "loop": skipped["loop"],
        "photo.md": "binary file (PNG image)",
        "report.pdf.txt": "binary file (PDF)",
        "sub/up": "directory loop: links back to a folder that contains it",
    }
    assert "symbolic links" in skipped["loop"]
    warnings = {s["path"].removeprefix("./"): s["warnings"] for s in report["sources"]}
    assert warnings["mojibake.txt"] == ["mojibake repaired on 1 line"]
    assert warnings["stray nul, odd: name é.txt"] == ["NUL bytes blanked"]
    assert warnings["latin1.txt"] and warnings["invalid-utf8.txt"]
    subjects = {f["subject"]: f for f in report["findings"] if f["kind"] == "conflict"}
    troops = subjects["North Korean troops"]
    assert [s["value"] for s in troops["sides"]] == ["11,000", "12,000"]
    killed = subjects["killed"]
    assert [s["value"] for s in killed["sides"]] == ["30", "40"]
    quoted = " ".join(c["sentence"] for f in report["findings"] for c in f["claims"])
    assert "99,000" not in quoted, "script text is not article text"
    assert "cafÃ©" not in quoted


def test_hostile_one_liners_are_not_one_story_with_the_seeds(hostile: Path) -> None:
    done = _cli("run", ".", "--format", "json", cwd=hostile)
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout)
    story = {s["path"].removeprefix("./"): s["story"] for s in report["sources"]}
    assert story["000_f329a0b33699e6f3.txt"] == story["002_68e22d54fa39ff2c.txt"]
    assert story["latin1.txt"] != story["000_f329a0b33699e6f3.txt"]
    subjects = {f["subject"] for f in report["findings"] if f["kind"] == "conflict"}
    assert subjects == {"North Korean troops"}, "no dispute between unrelated one-liners"


def test_hostile_corpus_in_the_terminal_names_every_skip(hostile: Path) -> None:
    done = _cli("run", ".", "--color", "never", cwd=hostile)
    assert "Traceback" not in done.stderr
    for name in ("report.pdf.txt", "photo.md", "archive.html", "empty.txt", "sub/up"):
        assert name in done.stdout


def test_nothing_readable_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "a.pdf.txt").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "b.txt").write_bytes(b"")
    done = _cli("run", ".", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "nothing could be read" in done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_exits_130_without_traceback_or_partial_output(tmp_path: Path) -> None:
    for i in range(400):
        shutil.copy(SEEDS / "003_45a27df0f59fd185.txt", tmp_path / f"{i:03d}.txt")
    out = tmp_path / "report.json"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "crosscheck",
            "run",
            ".",
            "--no-cache",
            "-j",
            "2",
            "-f",
            "json",
            "-o",
            str(out),
        ],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    time.sleep(1.0)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole process group
    _, stderr = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the run finished before the interrupt")
    assert process.returncode == 130, stderr
    assert stderr == "crosscheck: interrupted\n"  # one line, no traceback
    assert not out.exists()
    assert not list(tmp_path.glob(".report.json.*"))


_TOKENS = [
    *"0123456789 ,.-–$€£%()\n",
    *("about ", "up to ", "troops", "killed ", "million", "US$", "A$", "per day"),
    *("In June 2024", "Mr. ", "U.S. ", "Putin ", "visited ", "aged 41", "10:30 p.m."),
]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.lists(st.sampled_from(_TOKENS), max_size=80).map("".join), min_size=1, max_size=3)
)
def test_any_text_yields_a_schema_valid_report(tmp_path: Path, texts: list[str]) -> None:
    folder = tmp_path / "corpus"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text + "\nfiller", encoding="utf-8")
    report = check([str(folder)])
    jsonschema.validate(json.loads(render_json(report)), json.loads(schema()))


ADVERSARIAL = {
    "commas": "1,",
    "digits": "9",
    "dashes": "1-",
    "dollars": "$",
    "words": "word ",
    "emails": "a.b",
    "times": "10:30 p.m. ",
    "vague": "Dozens of ",
    "ages": "aged 1, 2, ",
    "names": "Article 5 of ",
}

# Runs with a figure every few words: framing them must stay linear too.
FIGURE_RUNS = {"times": "10:30 p.m. ", "breakdown": "4 in Foo Bar and 2 in Baz, "}


@pytest.mark.parametrize("unit", FIGURE_RUNS.values(), ids=FIGURE_RUNS.keys())
def test_many_figures_in_one_run_frame_in_linear_time(unit: str) -> None:
    from crosscheck.claims import make_claims
    from crosscheck.models import Sentence
    from crosscheck.quantities import read_quantities

    def seconds(size: int) -> float:
        text = unit * (size // len(unit))
        sentence = Sentence(
            source="-", index=0, start=0, end=len(text), line=1, column=1, text=text
        )
        quantities = read_quantities(sentence, text)
        return _fastest(lambda: make_claims(sentence, quantities, text))

    small, large = seconds(5_000), seconds(50_000)
    assert large < 30 * max(small, TIMER_FLOOR), (small, large)


# These tests guard against catastrophic (super-linear) reading, not speed: each size is
# timed in CPU seconds of this process (time spent waiting for a busy machine's other
# processes is not counted) as the fastest of a few runs, and sizes under this many
# seconds count as this, so a busy machine's pauses do not look like quadratic work (a
# quadratic reader is 100x slower at 10x the text, far past the 30x allowed).
TIMER_FLOOR = 5e-3
TIMER_RUNS = 3


def _fastest(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(TIMER_RUNS):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_pathological_lines_read_in_linear_time(unit: str) -> None:
    from crosscheck.models import Sentence
    from crosscheck.quantities import read_quantities

    def seconds(size: int) -> float:
        text = unit * (size // len(unit))
        sentence = Sentence(
            source="-", index=0, start=0, end=len(text), line=1, column=1, text=text
        )
        return _fastest(lambda: read_quantities(sentence, text))

    small, large = seconds(50_000), seconds(500_000)
    assert large < 30 * max(small, TIMER_FLOOR), (small, large)


def test_a_megabyte_of_digits_goes_through_the_cli(tmp_path: Path) -> None:
    (tmp_path / "digits.txt").write_text("9" * 1_000_000 + "\n")
    (tmp_path / "commas.txt").write_text("1," * 500_000 + "\n")
    shutil.copy(SEEDS / "002_68e22d54fa39ff2c.txt", tmp_path / "good.txt")
    done = _cli("run", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["summary"]["sources"] == 3
