"""The terminal report: the only module that imports rich."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol, TextIO

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from crosscheck.evaluate import Evaluation
from crosscheck.models import (
    ClaimList,
    ClaimOut,
    Finding,
    Kind,
    QuantityKind,
    QuantityOut,
    Report,
    Side,
    Story,
    StoryList,
)

_KIND_STYLE = {Kind.CONFLICT: "bold red", Kind.COMPATIBLE: "yellow", Kind.AGREEMENT: "green"}


def make_console(
    file: TextIO | None = None, *, width: int | None = None, color: bool | None = None
) -> Console:
    """A console for the report: ``color`` None follows the terminal (and NO_COLOR, which
    drops colours), True forces styling, False writes plain text with no escape codes."""
    if color is False:
        return Console(file=file, width=width, color_system=None, highlight=False, soft_wrap=False)
    return Console(
        file=file,
        width=width,
        force_terminal=True if color else None,
        highlight=False,
        soft_wrap=False,
    )


def render_terminal(report: Report, console: Console, *, quiet: bool = False) -> None:
    """Print the header, every conflict side by side, then the other findings compactly.

    ``quiet`` prints the conflicts only: no header, notes or agreements.
    """
    if quiet:
        _print_conflicts(report, console)
        return
    s = report.summary
    header = Text.assemble(
        ("crosscheck ", "bold"),
        f"{s.sources} sources ({s.independent_sources} independent), {s.sentences} sentences, "
        f"{s.claims} claims: ",
        (
            f"{s.conflicts} conflict{'s' if s.conflicts != 1 else ''}",
            "bold red" if s.conflicts else "green",
        ),
        f", {s.compatible} compatible, {s.agreements} agreement{'s' if s.agreements != 1 else ''}",
    )
    if s.stories > 1:
        header.append(f" in {s.stories} stories")
    if s.suppressed or s.unfocused:
        header.append(
            f" ({s.suppressed} accepted by the baseline, {s.unfocused} not about the focus "
            "sources, not shown)",
            style="dim",
        )
    console.print(header)
    for source in report.sources:
        if source.also_in:
            stories = ", ".join((source.story, *source.also_in))
            console.print(
                Text(
                    f"  {source.path} reports several stories ({stories}): its claims are "
                    "compared within each",
                    style="dim",
                )
            )
        if source.duplicate_of:
            console.print(Text(f"  {source.path} is a copy of {source.duplicate_of}", style="dim"))
        for region in source.skipped:
            console.print(
                Text(
                    f"  {source.path}:{region.line}-{region.end_line} skipped: {region.reason}",
                    style="dim",
                )
            )
        for warning in source.warnings:
            console.print(Text(f"  {source.path}: {warning}", style="yellow"))
    for skipped in report.skipped_files:
        console.print(Text(f"  skipped {skipped.path}: {skipped.reason}", style="yellow"))
    _print_conflicts(report, console)
    others = [f for f in report.findings if f.kind is not Kind.CONFLICT]
    if others:
        console.print()
        many = len(report.stories) > 1
        table = Table(title="Agreements and compatible figures", title_justify="left", expand=False)
        if many:
            table.add_column("story")
        table.add_column("kind")
        table.add_column("subject")
        table.add_column("values")
        table.add_column("sources", overflow="fold")
        for f in sorted(others, key=lambda f: _story_order(f.story)) if many else others:
            row: list[Text | str] = [
                Text(f.kind.value, style=_KIND_STYLE[f.kind]),
                f.subject,
                ", ".join(side.value for side in f.sides),
                "\n".join(f"{c.source}:{c.line}" for c in f.claims),
            ]
            table.add_row(*([f.story] if many else []), *row)
        console.print(table)


def _story_order(story_id: str) -> int:
    """S2 before S10."""
    return int(story_id[1:]) if story_id[1:].isdigit() else 0


def _print_conflicts(report: Report, console: Console) -> None:
    """Every conflict, side by side; under a heading per story when there are several."""
    stories = {story.id: story for story in report.stories}
    by_story: dict[str, list[Finding]] = {}
    for finding in report.conflicts:
        by_story.setdefault(finding.story, []).append(finding)
    for story_id in sorted(by_story, key=_story_order):
        if len(stories) > 1 and story_id in stories:
            console.print()
            console.rule(_story_heading(stories[story_id]), align="left", style="cyan")
        for finding in by_story[story_id]:
            console.print()
            console.print(_conflict_panel(finding, console.width))


def _story_heading(story: Story) -> Text:
    n = len(story.sources)
    return Text.assemble(
        (f"{story.id} ", "bold cyan"), story.label, (f"  {n} source{'s' if n != 1 else ''}", "dim")
    )


def render_stories(found: StoryList, console: Console) -> None:
    """Each story with its sources, and what joined each source to it; a source in several
    stories (a round-up) says which others."""
    held: dict[str, list[str]] = {}
    for story in found.stories:
        for path in story.sources:
            held.setdefault(path, []).append(story.id)
    for story in found.stories:
        console.print(_story_heading(story))
        links = {link.source: link for link in story.links}
        for path in story.sources:
            link = links.get(path)
            others = [i for i in held[path] if i != story.id]
            also = Text(f"also in {', '.join(others)}; ", style="dim") if others else Text("")
            if link is None:
                console.print(Text(f"  {path}"), also)
            elif link.kind == "copy":
                console.print(Text(f"  {path}"), also + Text(f"copy of {link.joined}", style="dim"))
            else:
                why = ", ".join(link.shared) or "-"
                days = f"; both about {', '.join(link.days)}" if link.days else ""
                console.print(
                    Text(f"  {path}"),
                    also
                    + Text(f"with {link.joined} ({link.similarity:.2f}): {why}{days}", style="dim"),
                )
        console.print()
    for skipped in found.skipped_files:
        console.print(Text(f"skipped {skipped.path}: {skipped.reason}", style="yellow"))
    n = len(found.stories)
    sources = len(held)
    stories = f"{n} stor{'ies' if n != 1 else 'y'}"
    console.print(Text(f"{stories} of {sources} source{'s' if sources != 1 else ''}", style="bold"))


# Below this width, or with more sides than fit, the sides of a conflict are stacked; at or
# above it each side gets its own column (two 55-column sentence columns read comfortably).
SIDE_BY_SIDE_MIN_WIDTH = 110
SIDE_MIN_WIDTH = 50


def _conflict_panel(finding: Finding, width: int) -> Panel:
    title = Text.assemble(
        ("conflict", "bold red"), f" [{finding.severity.value}] ", (finding.subject, "bold")
    )
    columns = len(finding.sides)
    side_by_side = width >= SIDE_BY_SIDE_MIN_WIDTH and columns * SIDE_MIN_WIDTH <= width
    if side_by_side:
        table = Table(expand=True, box=None, padding=(0, 2), show_header=True)
        for side in finding.sides:
            table.add_column(_side_heading(side), ratio=1, overflow="fold")
        table.add_row(*(_side_claims(finding, side.claims) for side in finding.sides))
        body = Group(Text(finding.reason), Text(), table)
    else:
        parts: list[Text | Group] = [Text(finding.reason)]
        for side in finding.sides:
            parts += [Text(), _side_heading(side), _side_claims(finding, side.claims)]
        body = Group(*parts)
    return Panel(body, title=title, title_align="left")


def _side_heading(side: Side) -> Text:
    n = side.independent
    return Text.assemble((side.value, "bold"), f"  {n} independent source{'s' if n != 1 else ''}")


def _side_claims(finding: Finding, indexes: tuple[int, ...]) -> Group:
    """Each claim's ``path:line`` and its sentence, indented; a copy repeating a sentence
    already shown gets only its place."""
    blocks: list[Text | Padding] = []
    shown: set[str] = set()
    for i in indexes:
        claim = finding.claims[i]
        where = Text(f"{claim.source}:{claim.line}", style="cyan")
        if claim.copy_of:
            where.append(f" (copy of {claim.copy_of})", style="dim")
        blocks.append(where)
        if not (claim.copy_of and claim.sentence in shown):
            blocks.append(Padding(_highlight(claim), (0, 0, 0, 2)))
        shown.add(claim.sentence)
    return Group(*blocks)


def _highlight(claim: ClaimOut) -> Text:
    text = Text(claim.sentence)
    needle = re.sub(r"\s+", " ", claim.quantity.text)
    at = claim.sentence.find(needle)
    if at >= 0:
        text.stylize("bold reverse", at, at + len(needle))
    return text


def render_claims(claims: ClaimList, console: Console) -> None:
    """Every claim under its sentence: ``path:line:column``, the figure highlighted, then
    what was read (interval, bound, unit, currency, rate, counted thing, actor)."""
    last_sentence: tuple[str, str] | None = None
    for claim in claims.claims:
        if (claim.source, claim.sentence) != last_sentence:
            last_sentence = (claim.source, claim.sentence)
            console.print()
            console.print(Text(f"{claim.source}:{claim.line}", style="cyan"), _highlight(claim))
        console.print(Text("  " + _reading(claim.quantity, claim), style="dim"))
    for skipped in claims.skipped_files:
        console.print(Text(f"skipped {skipped.path}: {skipped.reason}", style="yellow"))
    n = len(claims.claims)
    sources = len({c.source for c in claims.claims})
    console.print()
    console.print(
        Text(
            f"{n} claim{'s' if n != 1 else ''} in {sources} source{'s' if sources != 1 else ''}",
            style="bold",
        )
    )


def _reading(q: QuantityOut, claim: ClaimOut) -> str:
    """One line on how a quantity was read: 'upper bound <= 12,000 | troops | north korea'."""
    if q.kind is QuantityKind.DATE and q.date is not None:
        figure = f"{q.date.earliest}..{q.date.latest} ({q.date.granularity.value})"
    else:
        low = "" if q.low is None else f"{q.low:,.10g}"
        high = "" if q.high is None else f"{q.high:,.10g}"
        figure = low if q.low == q.high else f"{low}..{high}"
    parts = [f"{q.text!r}", q.kind.value, q.bound.value, figure]
    parts += [p for p in (q.currency, q.unit, f"per {q.rate}" if q.rate else None) if p]
    if q.vague:
        parts.append("vague")
    if q.alternates:
        parts.append("also " + ", ".join(q.alternates))
    parts.append(f"counted: {claim.counted or '-'}")
    parts.append(f"actor: {claim.actor or '-'}")
    if claim.copy_of:
        parts.append(f"copy of {claim.copy_of}")
    return " | ".join(parts)


def render_evaluation(result: Evaluation, console: Console) -> None:
    """Per-case hits and false alarms, what was missed, then precision, recall and F1."""
    table = Table(title="Labelled cases", title_justify="left")
    table.add_column("case")
    table.add_column("expected", justify="right")
    table.add_column("hits", justify="right")
    table.add_column("found", justify="right")
    table.add_column("false alarms", justify="right")
    for case in result.cases:
        bad = case.hits < case.expected or case.false_alarms
        table.add_row(
            Text(case.case, style="bold red" if bad else ""),
            str(case.expected),
            str(case.hits),
            str(case.conflicts_found),
            str(len(case.false_alarms)),
        )
    console.print(table)
    for case in result.cases:
        for label in case.misses:
            figures = ", ".join(f"{name}: {figure}" for name, figure in label.claims.items())
            console.print(Text(f"missed  {case.case}: {figures} ({label.why})", style="yellow"))
        for alarm in case.false_alarms:
            console.print(Text(f"false alarm  {case.case}: {alarm}", style="red"))
    console.print(
        Text.assemble(
            ("precision ", "bold"),
            f"{result.precision:.3f}  ",
            ("recall ", "bold"),
            f"{result.recall:.3f}  ",
            ("F1 ", "bold"),
            f"{result.f1:.3f}  ",
            f"({result.hits}/{result.expected} expected conflicts found, "
            f"{result.false_alarms} false alarms in {result.conflicts_found} conflicts reported)",
        )
    )


READING = "reading sources"


class Update(Protocol):
    """A progress callback: ``done`` of ``total`` of a stage (reading sources unless
    named)."""

    def __call__(self, done: int, total: int, stage: str = READING) -> None: ...


@contextmanager
def progress_bar(min_total: int, console: Console | None = None) -> Iterator[Update]:
    """A transient progress bar on stderr (or ``console``), a line per stage: reading
    sources, then each later stage a caller names. Shown only when the first stage told
    (reading) has at least ``min_total`` sources; yields ``update(done, total, stage)``."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console or Console(stderr=True),
        transient=True,
    )
    tasks: dict[str, TaskID] = {}
    shown: bool | None = None

    def update(done: int, total: int, stage: str = READING) -> None:
        nonlocal shown
        if shown is None:
            shown = total >= min_total
            if shown:
                bar.start()
        if not shown:
            return
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total)
        bar.update(tasks[stage], completed=done, total=total)

    try:
        yield update
    finally:
        bar.stop()
