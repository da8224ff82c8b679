"""The Markdown report, for pull-request comments and job summaries.

A heading line with the counts, a table of conflicts then compatible findings (each
source's sentence quoted with the figure in **bold**), then a short table of agreements.
Every piece of source text is escaped, so a sentence cannot open a link, an HTML tag or
emphasis, nor break the table with a ``|`` or a newline.
"""

from __future__ import annotations

import re

from crosscheck.models import ClaimOut, Finding, Kind, Report, Side

# CommonMark lets any ASCII punctuation be escaped with a backslash; these are the ones that
# can start emphasis, code, links, HTML, entities or strikethrough, or end a table cell.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
# str.splitlines() breaks on all of these: in a table cell each becomes a space.
_BREAKS = re.compile(r"[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
# Separates the lines inside one table cell (GitHub renders it as a line break).
CELL_BREAK = "<br>"


def escape(text: str) -> str:
    """Source text made inert inside a Markdown table cell.

    >>> escape("a | b *c* <script>\\nnext")
    'a \\\\| b \\\\*c\\\\* \\\\<script\\\\> next'
    """
    return _SPECIAL.sub(r"\\\1", _BREAKS.sub(" ", text))


def render_markdown(report: Report) -> str:
    """The report as Markdown: heading with counts, the findings table, the agreements.
    With several stories, each row names its story."""
    lines = [heading(report, "###")]
    many = len(report.stories) > 1
    story = ["story"] if many else []
    noted = [f for f in report.findings if f.kind is not Kind.AGREEMENT]
    noted.sort(key=lambda f: f.kind is not Kind.CONFLICT)  # stable: conflicts first
    if noted:
        lines += [
            "",
            _row(*story, "severity", "subject", "values", "sources"),
            _row(*["---"] * (len(story) + 4)),
        ]
        lines += [
            _row(
                *([escape(story_name(report, f.story))] if many else []),
                f"{f.kind.value} ({f.severity.value})",
                escape(f.subject),
                values_cell(f),
                CELL_BREAK.join(_quoted(f)),
            )
            for f in noted
        ]
    agreements = [f for f in report.findings if f.kind is Kind.AGREEMENT]
    if agreements:
        lines += [
            "",
            _row(*story, "agreement", "values", "sources"),
            _row(*["---"] * (len(story) + 3)),
        ]
        lines += [
            _row(
                *([escape(story_name(report, f.story))] if many else []),
                escape(f.subject),
                values_cell(f),
                sources_cell(f),
            )
            for f in agreements
        ]
    return "\n".join(lines) + "\n"


def story_name(report: Report, story_id: str) -> str:
    """A story as readers see it: its id and label, ``S2 (Braud / Little Rock)``."""
    label = next((s.label for s in report.stories if s.id == story_id), "")
    return f"{story_id} ({label})" if label else story_id


def heading(report: Report, level: str) -> str:
    """``### crosscheck: 1 conflict, 0 compatible, 3 agreements (5 sources, 4 independent)``"""
    s = report.summary
    text = (
        f"{level} crosscheck: {_plural(s.conflicts, 'conflict')}, {s.compatible} compatible, "
        f"{_plural(s.agreements, 'agreement')} ({_plural(s.sources, 'source')}, "
        f"{s.independent_sources} independent)"
    )
    if s.stories > 1:
        text += f" in {s.stories} stories"
    hidden = s.suppressed + s.unfocused
    return text + (f", {hidden} not shown" if hidden else "")


def values_cell(finding: Finding) -> str:
    """Each side's value with its independent count, one per line of the cell."""
    return CELL_BREAK.join(
        f"**{escape(side.value)}** ({_independent(side)})" for side in finding.sides
    )


def sources_cell(finding: Finding) -> str:
    """Each claim's ``path:line`` (copies marked), one per line of the cell."""
    return CELL_BREAK.join(
        escape(f"{c.source}:{c.line}" + (f" (copy of {c.copy_of})" if c.copy_of else ""))
        for c in finding.claims
    )


def _quoted(finding: Finding) -> list[str]:
    """Per side, each claim's place and its sentence in quotes with the figure in bold; a
    copy repeating a sentence already quoted gets only its place."""
    out: list[str] = []
    for side in finding.sides:
        shown: set[str] = set()
        for i in side.claims:
            claim = finding.claims[i]
            where = f"{claim.source}:{claim.line}"
            if claim.copy_of:
                where += f" (copy of {claim.copy_of})"
            if claim.copy_of and claim.sentence in shown:
                out.append(escape(where))
            else:
                out.append(f"{escape(where)}: “{quote(claim)}”")
            shown.add(claim.sentence)
    return out


def quote(claim: ClaimOut) -> str:
    """The claim's sentence, escaped, with the figure as written in **bold**."""
    sentence = claim.sentence
    needle = re.sub(r"\s+", " ", claim.quantity.text).strip()
    at = sentence.find(needle) if needle else -1
    if at < 0:
        return escape(sentence)
    end = at + len(needle)
    return f"{escape(sentence[:at])}**{escape(needle)}**{escape(sentence[end:])}"


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _independent(side: Side) -> str:
    return _plural(side.independent, "independent source")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
