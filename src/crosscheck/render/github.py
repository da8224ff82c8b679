"""GitHub Actions output: workflow-command annotations and a job step summary.

:func:`render_github` writes one ``::error`` annotation per conflict. Compatible findings and
agreements are not annotated: they are explained by hedges, bounds or rounding, and
annotations on them would bury the conflicts in a pull request's diff (they are counted in
:func:`step_summary`). An annotation sits on the first claim of the odd one out: the side
with the fewest independent sources. Its message states every side with its sources.

GitHub shows at most 10 annotations of each level (error, warning, notice) per step; past
that, one ``::notice::`` says how many more were not annotated.

Nothing from a source can start a workflow command: messages escape ``%``, CR and LF, and
properties also escape ``:`` and ``,`` (as the runner's own toolkit does), so the only line
starts in the output are the ones written here. :func:`step_summary` returns Markdown that
the CLI appends to ``$GITHUB_STEP_SUMMARY``.
"""

from __future__ import annotations

import re
from posixpath import normpath

from crosscheck.models import ClaimOut, Finding, Kind, Report, Side
from crosscheck.render.markdown import CELL_BREAK, escape, heading, story_name, values_cell

# GitHub shows this many annotations of each level per step and drops the rest.
ANNOTATIONS_PER_LEVEL = 10

_LEVEL = {Kind.CONFLICT: "error"}  # compatible and agreement findings are not annotated
# Characters other than CR and LF that some readers take as line ends: made spaces, so a
# message is one line to every reader of the log.
_OTHER_BREAKS = re.compile(r"[\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def render_github(report: Report) -> str:
    """One workflow command per line: an annotation per conflict, capped per level."""
    lines: list[str] = []
    shown: dict[str, int] = {}
    hidden = 0
    for finding in report.findings:
        level = _LEVEL.get(finding.kind)
        if level is None:
            continue
        if shown.get(level, 0) >= ANNOTATIONS_PER_LEVEL:
            hidden += 1
            continue
        shown[level] = shown.get(level, 0) + 1
        lines.append(_annotation(level, finding, story_name(report, finding.story)))
    if hidden:
        lines.append(
            "::notice::"
            + escape_data(
                f"crosscheck: {hidden} more finding{'s were' if hidden != 1 else ' was'} not "
                f"annotated (GitHub shows {ANNOTATIONS_PER_LEVEL} per level); see the job "
                "summary or run crosscheck locally"
            )
        )
    return "".join(line + "\n" for line in lines)


def step_summary(report: Report) -> str:
    """Markdown for ``$GITHUB_STEP_SUMMARY``: a heading, the counts, a table of conflicts."""
    lines = [heading(report, "##")]
    conflicts = report.conflicts
    if not conflicts:
        return "\n".join([*lines, "", "No conflicts found."]) + "\n"
    many = len(report.stories) > 1
    lines += [
        "",
        "| story | subject | values | sources |" if many else "| subject | values | sources |",
        "| --- | --- | --- | --- |" if many else "| --- | --- | --- |",
    ]
    for f in conflicts:
        sources = CELL_BREAK.join(
            f"{escape(side.value)}: " + ", ".join(escape(where(f.claims[i])) for i in side.claims)
            for side in f.sides
        )
        story = f"{escape(story_name(report, f.story))} | " if many else ""
        lines.append(f"| {story}{escape(f.subject)} | {values_cell(f)} | {sources} |")
    return "\n".join(lines) + "\n"


def odd_one_out(finding: Finding) -> Side:
    """The side with the fewest independent sources (then the fewest sources; then the first):
    the figure an editor should look at first."""
    return min(finding.sides, key=lambda side: (side.independent, len(side.sources)))


def anchor_index(finding: Finding) -> int:
    """Index of the claim a finding is located at: the first claim of the odd one out."""
    side = odd_one_out(finding) if finding.sides else None
    return side.claims[0] if side is not None and side.claims else 0


def where(claim: ClaimOut) -> str:
    """``path:line``, with ``(copy of …)`` for a copy."""
    text = f"{claim.source}:{claim.line}"
    return text + (f" (copy of {claim.copy_of})" if claim.copy_of else "")


def escape_data(text: str) -> str:
    """Escape a workflow command's message: ``%``, CR and LF.

    >>> escape_data("50%\\n::warning::x")
    '50%25%0A::warning::x'
    """
    text = _OTHER_BREAKS.sub(" ", text)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value: as a message, and ``:`` and ``,`` too.

    >>> escape_property("a,b:c%")
    'a%2Cb%3Ac%25'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(level: str, finding: Finding, story: str) -> str:
    claim = finding.claims[anchor_index(finding)]
    properties: list[tuple[str, str]] = []
    if claim.source != "-":  # stdin has no file to annotate
        path = normpath(claim.source.replace("\\", "/"))
        properties += [("file", path), ("line", str(claim.line)), ("col", str(claim.column))]
    properties.append(("title", f"crosscheck {finding.kind.value}: {finding.subject}"))
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    message = [finding.reason]
    for side in finding.sides:
        n = side.independent
        places = ", ".join(where(finding.claims[i]) for i in side.claims)
        message.append(f"{side.value} ({n} independent source{'s' if n != 1 else ''}): {places}")
    message.append(f"story {story}")
    return f"::{level} {props}::{escape_data(chr(10).join(message))}"
