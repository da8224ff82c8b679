"""CI manners: configuration, exit status, focus, --changed-since, baselines, colour, quiet."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.config import ConfigError, find_config, load_settings
from crosscheck.models import REPORT_VERSION
from crosscheck.settings import FailOn, Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NEW_SOURCE = (
    "Pyongyang sent 15,000 troops\n\n"
    "North Korea has deployed 15,000 troops to Russia, a defence official said on Monday.\n"
)


def _cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crosscheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        check=False,
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path


# --- configuration ---------------------------------------------------------------------


def test_nearest_config_wins_and_pyproject_needs_its_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    assert find_config(inner) is None
    (tmp_path / "pyproject.toml").write_text("[tool.crosscheck]\nfail-on = 'any'\n")
    assert find_config(inner) == (tmp_path / "pyproject.toml").resolve()
    (tmp_path / "a" / "crosscheck.toml").write_text("approximate-tolerance = 0.2\n")
    found = find_config(inner)
    assert found == (tmp_path / "a" / "crosscheck.toml").resolve()
    assert load_settings(found).approximate_tolerance == 0.2


def test_flags_override_the_file(tmp_path: Path) -> None:
    path = tmp_path / "crosscheck.toml"
    path.write_text("fail-on = 'any'\nexclude = ['drafts/*']\n")
    assert load_settings(path).fail_on is FailOn.ANY
    assert load_settings(path).exclude == ("drafts/*",)
    assert load_settings(path, {"fail_on": FailOn.NEVER}).fail_on is FailOn.NEVER
    assert load_settings(None) == Settings()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("tolerance = 0.2\n", "unknown key 'tolerance'"),
        (
            "approximate-tolerance = 'lots'\n",
            "approximate-tolerance: Input should be a valid number",
        ),
        ("fail-on = 'sometimes'\n", "fail-on: Input should be"),
        ("fail-on = \n", "not valid TOML"),
    ],
)
def test_config_errors_name_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "crosscheck.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as error:
        load_settings(path)
    assert str(path) in str(error.value) and message in str(error.value)
    assert "\n" not in str(error.value)


def test_config_error_is_one_line_exit_2(corpus: Path) -> None:
    (corpus / "crosscheck.toml").write_text("bogus = 1\n")
    done = _cli("run", "seeds", cwd=corpus)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "crosscheck.toml: unknown key 'bogus'" in done.stderr


def test_exclude_skips_with_a_reason(corpus: Path) -> None:
    (corpus / "crosscheck.toml").write_text("exclude = ['004_*']\n")
    done = _cli("run", "seeds", "--format", "json", cwd=corpus)
    report = json.loads(done.stdout)
    assert [s["reason"] for s in report["skipped_files"]] == ["excluded by '004_*'"]
    assert report["summary"]["sources"] == 4


# --- exit status ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flags", "code"),
    [((), 1), (("--exit-zero",), 0), (("--fail-on", "never"), 0), (("--fail-on", "any"), 1)],
)
def test_fail_on(corpus: Path, flags: tuple[str, ...], code: int) -> None:
    assert _cli("run", "seeds", "--format", "json", *flags, cwd=corpus).returncode == code


def test_fail_severity_from_config(corpus: Path) -> None:
    # The seeds' conflict is graded high, so it fails at every floor.
    (corpus / "crosscheck.toml").write_text("fail-severity = 'high'\n")
    assert _cli("run", "seeds", "-f", "json", cwd=corpus).returncode == 1


# --- focus -----------------------------------------------------------------------------------


def test_focus_reports_only_findings_about_the_new_source(corpus: Path) -> None:
    (corpus / "seeds" / "new.txt").write_text(NEW_SOURCE)
    done = _cli("run", "seeds", "--focus", "seeds/new.txt", "-f", "json", cwd=corpus)
    report = json.loads(done.stdout)
    assert done.returncode == 1
    assert report["findings"], "the new 15,000 figure conflicts with the corpus"
    for finding in report["findings"]:
        assert any(c["source"] == "seeds/new.txt" for c in finding["claims"])
    assert report["summary"]["unfocused"] >= 1  # the 8 million shells agreement


def test_focus_on_an_unrelated_source_is_clean(corpus: Path) -> None:
    (corpus / "seeds" / "weather.txt").write_text("It rained all day in Oslo.\n")
    done = _cli("run", "seeds", "--focus", "seeds/weather.txt", "-f", "json", cwd=corpus)
    assert done.returncode == 0
    assert json.loads(done.stdout)["findings"] == []


def test_changed_since_takes_focus_from_git(corpus: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    env = {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
    }
    for command in (["init", "-q"], ["add", "."], ["commit", "-qm", "corpus"]):
        subprocess.run(["git", *command], cwd=corpus, env={**os.environ, **env}, check=True)
    assert _cli("run", "seeds", "--changed-since", "HEAD", cwd=corpus).returncode == 0
    (corpus / "seeds" / "new.txt").write_text(NEW_SOURCE)
    done = _cli("run", "seeds", "--changed-since", "HEAD", "-f", "json", cwd=corpus)
    assert done.returncode == 1
    sources = {c["source"] for f in json.loads(done.stdout)["findings"] for c in f["claims"]}
    assert "seeds/new.txt" in sources
    bad = _cli("run", "seeds", "--changed-since", "no-such-ref", cwd=corpus)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


# --- baseline --------------------------------------------------------------------------------


def test_baseline_round_trip(corpus: Path) -> None:
    written = _cli("run", "seeds", "--baseline", "accepted.json", "--update-baseline", cwd=corpus)
    assert written.returncode == 0, written.stderr
    accepted = json.loads((corpus / "accepted.json").read_text())
    assert [f["values"] for f in accepted["findings"]] == [["11,000", "12,000"]]
    done = _cli("run", "seeds", "--baseline", "accepted.json", "-f", "json", cwd=corpus)
    assert done.returncode == 0
    report = json.loads(done.stdout)
    assert report["summary"]["suppressed"] == 1 and report["summary"]["conflicts"] == 0
    # A new conflicting source is not covered by the baseline.
    (corpus / "seeds" / "new.txt").write_text(NEW_SOURCE)
    assert _cli("run", "seeds", "--baseline", "accepted.json", cwd=corpus).returncode == 1


def test_missing_baseline_says_how_to_make_one(corpus: Path) -> None:
    done = _cli("run", "seeds", "--baseline", "nope.json", cwd=corpus)
    assert done.returncode == 2
    assert "--update-baseline" in done.stderr and done.stderr.count("\n") == 1


# --- terminal manners ------------------------------------------------------------------------


def test_color_flags(corpus: Path) -> None:
    always = _cli("run", "seeds", "--color", "always", cwd=corpus).stdout
    never = _cli("run", "seeds", "--color", "never", cwd=corpus).stdout
    no_color = _cli("run", "seeds", "--color", "auto", cwd=corpus, env={"NO_COLOR": "1"}).stdout
    assert "\x1b[" in always
    assert "\x1b[" not in never and "\x1b[" not in no_color


def test_quiet_prints_only_conflicts(corpus: Path) -> None:
    out = _cli("run", "seeds", "--quiet", cwd=corpus).stdout
    assert "North Korean troops" in out
    assert "sources (" not in out and "agreement" not in out


def test_format_from_environment(corpus: Path) -> None:
    done = _cli("run", "seeds", cwd=corpus, env={"CROSSCHECK_FORMAT": "json"})
    assert json.loads(done.stdout)["version"] == REPORT_VERSION


def test_usage_errors_are_one_line_exit_2(corpus: Path) -> None:
    for args in (("run",), ("run", "seeds", "--format", "xml"), ("run", "seeds", "--bogus"), ()):
        done = _cli(*args, cwd=corpus)
        assert done.returncode == 2, args
        if args:
            assert done.stderr.count("\n") == 1 and done.stderr.startswith("crosscheck: error:")
        assert "Traceback" not in done.stderr


def test_pre_commit_hook_checks_changed_files_against_the_corpus(corpus: Path) -> None:
    (corpus / "crosscheck.toml").write_text("paths = ['seeds']\n")
    assert _cli("hook", "seeds/002_68e22d54fa39ff2c.txt", cwd=corpus).returncode == 1
    (corpus / "seeds" / "weather.txt").write_text("It rained all day in Oslo.\n")
    assert _cli("hook", "seeds/weather.txt", cwd=corpus).returncode == 0
    (corpus / "seeds" / "new.txt").write_text(NEW_SOURCE)
    done = _cli("hook", "seeds/new.txt", "--format", "json", cwd=corpus)
    assert done.returncode == 1
    assert all(
        any(c["source"] == "seeds/new.txt" for c in f["claims"])
        for f in json.loads(done.stdout)["findings"]
    )


@pytest.mark.parametrize("fmt", ["jsonl", "github", "sarif", "markdown"])
def test_every_format_through_the_cli(corpus: Path, fmt: str) -> None:
    summary = corpus / "summary.md"
    done = _cli("run", "seeds", "-f", fmt, cwd=corpus, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert done.returncode == 1, done.stderr
    assert "North Korean troops" in done.stdout
    if fmt == "jsonl":
        lines = [json.loads(line) for line in done.stdout.splitlines()]
        assert lines[-1]["type"] == "summary"
    if fmt == "github":
        assert done.stdout.startswith("::error file=seeds/")
        assert "North Korean troops" in summary.read_text()
    else:
        assert not summary.exists()


def test_readme_actions_example_annotates_the_new_source(corpus: Path) -> None:
    """The README's GitHub Actions step, on seeds/ with a new file added."""
    (corpus / "seeds" / "new.txt").write_text(NEW_SOURCE)
    done = _cli("run", "seeds", "--focus", "seeds/new.txt", "--format", "github", cwd=corpus)
    assert done.returncode == 1
    annotations = done.stdout.splitlines()
    assert annotations and all(line.startswith("::error file=seeds/") for line in annotations)
    assert any("file=seeds/new.txt" in line for line in annotations)
