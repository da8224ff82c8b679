"""reStructuredText -> the text crosscheck reads, with line provenance (docutils).

docutils parses the document into its node tree; paragraphs, list items and titles are
prose, tables (grid, simple and ``list-table``) are records, and literal blocks, comments,
raw blocks, footnotes, citations and directives docutils does not know (Sphinx's
``toctree``, ``automodule``) are skipped with the reason. Sphinx's roles (``:doc:``,
``:ref:``) are unknown to plain docutils: their words are kept. Nothing is read from
other files (``include`` and ``raw`` with a file are switched off), and docutils writes
no messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from docutils import nodes
from docutils.core import publish_doctree
from docutils.utils import SystemMessage

from crosscheck.markup import (
    Block,
    InlineText,
    Layout,
    Line,
    Markup,
    link_target,
    skip_block,
    table_block,
)

__all__ = ["read_restructured"]

_SETTINGS = {
    "report_level": 5,  # no messages
    "halt_level": 5,  # never stop on an error
    "warning_stream": False,
    "file_insertion_enabled": False,  # never read other files
    "raw_enabled": False,
    "input_encoding": "unicode",
    "syntax_highlight": "none",
}
# ":doc:`Install <install>`" -> "Install"; ":ref:`limits`" -> "limits".
_ROLE = re.compile(r"^:[\w:.+-]+:`(?P<body>.*)`$", re.S)
_TARGET = re.compile(r"\s*<[^<>]*>$")

_SKIPPED: dict[type[nodes.Node], str] = {
    nodes.literal_block: "code block",
    nodes.doctest_block: "code block",
    nodes.comment: "comment",
    nodes.raw: "raw block",
    nodes.footnote: "footnote",
    nodes.citation: "citation",
    nodes.system_message: "markup the reader does not know",
    nodes.substitution_definition: "substitution definition",
}


def read_restructured(text: str) -> Markup:
    """A reStructuredText document laid out as text with line provenance."""
    lines = text.split("\n")
    layout = Layout()
    meta: dict[str, object] = {}
    warnings: list[str] = []
    try:
        tree = publish_doctree(text, settings_overrides=_SETTINGS)
    except (SystemMessage, ValueError, TypeError, AttributeError, IndexError, KeyError) as error:
        # docutils raises on some hostile inputs even at halt level 5: read nothing then
        why = str(error).splitlines()[0] if str(error) else type(error).__name__
        layout.add(skip_block(1, lines, f"reStructuredText not read: {why[:80]}"))
        return layout.build(warnings=(f"reStructuredText not read: {why[:80]}",))
    _Walker(lines, layout, meta).walk(tree, depth=0)
    markup = layout.build(**meta)
    markup.warnings = tuple(warnings)
    return markup


class _Walker:
    def __init__(self, lines: list[str], layout: Layout, meta: dict[str, object]) -> None:
        self.lines = lines
        self.layout = layout
        self.meta = meta
        self.section: str | None = None

    def walk(self, node: nodes.Node, depth: int) -> None:
        for child in node.children:
            self.visit(child, depth)

    def visit(self, node: nodes.Node, depth: int) -> None:
        if isinstance(node, nodes.title) and isinstance(
            node.parent, nodes.document | nodes.section
        ):
            self.heading(node, depth)
        elif isinstance(node, nodes.section):
            self.walk(node, depth + 1)
        elif isinstance(node, nodes.docinfo):
            self.docinfo(node)
        elif isinstance(node, nodes.table):
            self.table(node)
        elif isinstance(node, nodes.paragraph | nodes.line):
            self.prose(node)
        elif isinstance(node, tuple(_SKIPPED)):
            self.skip(node, _SKIPPED.get(type(node), "skipped"))
        elif isinstance(node, nodes.Element):
            self.walk(node, depth)

    def heading(self, node: nodes.Element, depth: int) -> None:
        line = _line(node)
        if line is None:
            return
        # docutils gives a title the line of its underline
        number = max(1, line - 1)
        title = " ".join(node.astext().split())
        if not title:
            return
        self.layout.add(Block("prose", [Line(number, title)], heading=depth + 1))
        self.section = title
        if depth == 0 and "title" not in self.meta:
            self.meta["title"] = title

    def docinfo(self, node: nodes.Element) -> None:
        for field in node.children:
            if isinstance(field, nodes.date):
                match = re.match(r"\d{4}-\d{2}-\d{2}", field.astext().strip())
                if match:
                    self.meta["published"] = match.group()

    def prose(self, node: nodes.Element) -> None:
        first = _first_line(node)
        if first is None:
            return
        builder = InlineText(first)
        _inline(node, builder)
        lines = [line for line in builder.finish() if line.text]
        self.layout.add(Block("prose", lines))

    def skip(self, node: nodes.Node, reason: str) -> None:
        if not isinstance(node, nodes.Element):
            return
        first = _first_line(node)
        if first is None:
            return
        raw = str(node.rawsource or node.astext())
        count = raw.count("\n") + 1
        # docutils' line for a block may be its last line, or the blank one after it:
        # find its first line near there
        head = raw.strip().split("\n", 1)[0].strip()
        low = max(0, first - count - 3)
        found = next(
            (
                i
                for i in range(low, min(len(self.lines), first + 1))
                if head and head in self.lines[i]
            ),
            first - 1,
        )
        self.layout.add(skip_block(found + 1, self.lines[found : found + count], reason))

    def table(self, node: nodes.Element) -> None:
        rows: list[list[tuple[str, str | None]]] = []
        numbers: list[int] = []
        for row in node.findall(nodes.row):
            cells: list[tuple[str, str | None]] = []
            number: int | None = None
            for entry in row.children:
                if not isinstance(entry, nodes.entry):
                    continue
                builder = InlineText(1)
                for paragraph in entry.findall(nodes.paragraph):
                    number = number or _first_line(paragraph)
                    _inline(paragraph, builder)
                    builder.text(" ")
                text = " ".join(line.text for line in builder.finish() if line.text)
                targets = [t for line in builder.lines for _, _, t in line.links]
                cells.append((text.strip(), targets[0] if targets else None))
            if number is None:
                number = numbers[-1] if numbers else (_line(node) or 1)
            rows.append(cells)
            numbers.append(number)
        if rows:
            self.layout.add(table_block(rows, numbers, self.section))


def _inline(node: nodes.Element, builder: InlineText) -> None:
    for child in node.children:
        if isinstance(child, nodes.Text):
            parts = str(child).split("\n")
            for i, part in enumerate(parts):
                if i:
                    builder.newline()
                builder.text(part)
        elif isinstance(child, nodes.literal | nodes.footnote_reference | nodes.citation_reference):
            builder.text(" ")
        elif isinstance(child, nodes.image | nodes.target | nodes.substitution_definition):
            continue
        elif isinstance(child, nodes.problematic):
            match = _ROLE.match(child.astext())
            body = match.group("body") if match else ""
            builder.text(_TARGET.sub("", body))
        elif isinstance(child, nodes.reference):
            uri = str(child.get("refuri", "") or "")
            builder.open_link(link_target(uri) if uri else None)
            _inline(child, builder)
            builder.close_link()
        elif isinstance(child, nodes.Element):
            _inline(child, builder)


def _line(node: nodes.Node) -> int | None:
    line = getattr(node, "line", None)
    return line if isinstance(line, int) and line > 0 else None


def _first_line(node: nodes.Element) -> int | None:
    """docutils gives a paragraph the line of its last line: count back its own lines."""
    line = _line(node)
    if line is None:
        for ancestor in _ancestors(node):
            line = _line(ancestor)
            if line is not None:
                return line
        return None
    raw = str(node.rawsource or "")
    return max(1, line - raw.count("\n")) if isinstance(node, nodes.paragraph) else line


def _ancestors(node: nodes.Node) -> Iterator[nodes.Node]:
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent
