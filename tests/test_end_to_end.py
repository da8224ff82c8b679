"""End to end on the user's corpus, the CLI's exit codes, and the JSON contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import jsonschema
import pytest

from crosscheck.pipeline import check
from crosscheck.render.json import render_json, schema
from crosscheck.render.terminal import make_console, render_terminal
from crosscheck.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crosscheck", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=ROOT,
        check=False,
    )


@pytest.fixture(scope="module")
def seeds_report():  # type: ignore[no-untyped-def]
    return check(["seeds/"]) if Path("seeds").is_dir() else check([SEEDS])


def test_seeds_hold_exactly_the_troop_conflict(seeds_report) -> None:  # type: ignore[no-untyped-def]
    conflicts = seeds_report.conflicts
    assert len(conflicts) == 1
    (conflict,) = conflicts
    assert conflict.subject == "North Korean troops"
    values = {side.value: side for side in conflict.sides}
    assert set(values) == {"11,000", "12,000"}
    assert values["11,000"].independent == 1
    assert len(values["11,000"].sources) == 2
    assert values["12,000"].independent == 3
    bounds = {c.source.rsplit("/", 1)[-1][:3]: c.quantity.bound.value for c in conflict.claims}
    assert bounds == {
        "000": "exact",
        "001": "exact",
        "002": "exact",
        "003": "approximate",
        "004": "upper",
    }
    assert "up to 12,000" in conflict.reason and "an estimated 12,000" in conflict.reason


def test_seeds_agree_on_eight_million_shells(seeds_report) -> None:  # type: ignore[no-untyped-def]
    agreements = [f for f in seeds_report.findings if f.kind.value == "agreement"]
    shells = [f for f in agreements if f.sides[0].value == "8 million"]
    assert shells, "the 8 million shells of 002 and 003 should agree"
    assert {c.source.rsplit("/", 1)[-1][:3] for c in shells[0].claims} >= {"002", "003"}


def test_seeds_agree_on_visit_dates(seeds_report) -> None:  # type: ignore[no-untyped-def]
    dates = {
        f.subject: f
        for f in seeds_report.findings
        if f.kind.value == "agreement" and f.claims[0].quantity.kind.value == "date"
    }
    kim = dates["date of visit (Kim)"]
    assert [s.value for s in kim.sides] == ["September 2023"]
    assert kim.sides[0].independent == 2  # 000 (with its copy 001) and 002
    putin = dates["date of visit (Putin)"]
    assert [s.value for s in putin.sides] == ["mid-2024", "June 2024"]
    assert "within" in putin.reason
    assert {c.source.rsplit("/", 1)[-1][:3] for c in putin.claims} == {"000", "001", "004"}


def test_seeds_copy_is_detected(seeds_report) -> None:  # type: ignore[no-untyped-def]
    dup = {s.path.rsplit("/", 1)[-1][:3]: s.duplicate_of for s in seeds_report.sources}
    assert dup["001"] is not None and dup["001"].endswith("000_f329a0b33699e6f3.txt")
    assert all(v is None for k, v in dup.items() if k != "001")


def test_no_finding_quotes_page_chrome(seeds_report) -> None:  # type: ignore[no-untyped-def]
    text = render_json(seeds_report)
    for chrome in ("US$550 billion", "Related Articles", "Try Our AI", "bottom of page"):
        assert chrome not in json.dumps([f.model_dump() for f in seeds_report.findings])
    assert "page chrome" in text


def test_json_is_deterministic_and_valid_against_schema() -> None:
    first = _cli("run", "seeds/", "--format", "json")
    second = _cli("run", "seeds/", "--format", "json")
    assert first.returncode == 1
    assert first.stdout == second.stdout
    jsonschema.validate(json.loads(first.stdout), json.loads(_cli("schema").stdout))


def test_schema_command_matches_models() -> None:
    assert json.loads(_cli("schema").stdout) == json.loads(schema())


def test_missing_path_is_one_line_exit_2() -> None:
    result = _cli("run", "does-not-exist/")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "does-not-exist/" in result.stderr and "Traceback" not in result.stderr


def test_exit_zero_and_clean_input() -> None:
    assert _cli("run", "seeds/", "--exit-zero").returncode == 0
    clean = _cli("run", "-", stdin="The city counted 400 new homes this year.\n")
    assert clean.returncode == 0, clean.stderr


def test_version() -> None:
    result = _cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("crosscheck ")


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = _cli("run", "seeds/", "--format", "json", "--output", str(out))
    assert result.returncode == 1 and result.stdout == ""
    assert json.loads(out.read_text())["summary"]["conflicts"] == 1
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # as readable as any new file


@pytest.mark.parametrize("width", [80, 120])
def test_terminal_report_reads_at_width(seeds_report, width: int) -> None:  # type: ignore[no-untyped-def]
    buffer = StringIO()
    render_terminal(seeds_report, make_console(buffer, width=width, color=False))
    out = buffer.getvalue()
    assert "\x1b[" not in out
    assert all(len(line) <= width for line in out.splitlines())
    assert "1 conflict" in out and "North Korean troops" in out
    assert "11,000" in out and "12,000" in out
    assert "is a copy of" in out


def test_year_less_dates_take_the_corpus_year(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(
        "PORT MERRAN, Lusarre, Oct 13 (Wire) - Floods hit the delta.\n\n"
        "In Tamsin district a levee on the Benaro burst on October 11, officials said.\n"
    )
    (tmp_path / "paper.md").write_text(
        "# Floods\n\n*By Hana Obi | 14 October 2026*\n\n"
        "In Tamsin district the water arrived on October 12, when the levee gave way.\n"
    )
    report = check([str(tmp_path)], Settings())
    dated = [f for f in report.findings if f.subject.startswith("date of disaster")]
    assert [(f.kind.value, [s.value for s in f.sides]) for f in dated] == [
        ("conflict", ["October 11", "October 12"])
    ]


def test_a_table_row_flattened_into_a_line_states_no_claim(tmp_path: Path) -> None:
    # "GAAP net income $656 million $6.19 billion 843%": last year's, this year's and the
    # change, side by side; which is which is lost, so none is set against another outlet
    (tmp_path / "a.txt").write_text(
        "Quarterly results\n\nGAAP net income $656 million $6.19 billion 843%\n"
    )
    (tmp_path / "b.txt").write_text("Quarterly results\n\nNet income rose to $6.19 billion.\n")
    report = check([str(tmp_path)], Settings())
    assert not [f for f in report.findings if f.kind == "conflict"]
    assert all(s.claims == (0 if s.path.endswith("a.txt") else 1) for s in report.sources)
