"""AsciiDoc -> the text crosscheck reads, with line provenance.

No well-kept Python library parses AsciiDoc into a tree with line numbers (asciidoc-py
renders whole documents to DocBook or HTML; Asciidoctor is Ruby), so this is a small
line reader for the parts a documentation page uses: the header (``= Title`` and
``:attribute: value`` lines, ``:revdate:`` dating the page), section titles, paragraphs and
list items (prose), ``|===`` tables (records), and delimited blocks: listing, literal,
passthrough and comment blocks are skipped, the words of example, sidebar, quote and open
blocks are kept. Inline, links keep their words (and an ``xref:`` its target), attribute
references are replaced by their values, and inline code and footnotes are left out.
"""

from __future__ import annotations

import re

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

__all__ = ["read_asciidoc"]

_TITLE = re.compile(r"^(={1,6}|#{1,6})\s+(\S.*)$")
_ATTRIBUTE = re.compile(r"^:(!?[\w-]+!?):\s*(.*)$")
# Delimiter lines: four or more of one character (two for an open block).
_SKIPPED_DELIMITERS = {
    "-": "code block",
    ".": "literal block",
    "+": "passthrough block",
    "/": "comment block",
    "`": "code block",
}
_DELIMITER = re.compile(r"^(-{4,}|\.{4,}|\+{4,}|/{4,}|={4,}|\*{4,}|_{4,}|`{3,}|--)\s*$")
_TABLE_DELIMITER = re.compile(r"^[|!,:]===\s*$")
_DIRECTIVE = re.compile(r"^(?:include|image|video|audio|ifdef|ifndef|ifeval|endif|toc)::")
_BLOCK_LINE = re.compile(r"^(?:\[.*\]|\.[^\s.].*|//.*)$")  # [attributes], .Block title, // comment
_LIST_MARKER = re.compile(
    r"^(?:[*.-]{1,5}|\d{1,3}\.|[a-z]\.)\s+|^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+"
)

# Inline: [text] after a link macro or URL, <<id,text>>, attribute references, code.
_LINK = re.compile(
    r"(?:link:|xref:|mailto:)?(?P<href>(?:https?://)?[^\s\[\]]+)\[(?P<text>[^\]]*)\]"
)
_XREF = re.compile(r"<<(?P<href>[^,>]+)(?:,\s*(?P<text>[^>]*))?>>")
_FOOTNOTE = re.compile(r"footnote(?:ref)?:[\w-]*\[[^\]]*\]")
_CODE = re.compile(r"`[^`]*`")
_ATTRIBUTE_REFERENCE = re.compile(r"\{([\w-]+)\}")
_MARKS = re.compile(r"(?<![\w\\])[*_#~^]{1,2}(?=\S)|(?<=\S)[*_#~^]{1,2}(?![\w])|\+{1,3}")


def read_asciidoc(text: str) -> Markup:
    """An AsciiDoc document laid out as text with line provenance."""
    lines = text.split("\n")
    layout = Layout()
    meta: dict[str, object] = {}
    attributes: dict[str, str] = {}
    section: str | None = None
    paragraph: list[tuple[int, str]] = []

    def flush() -> None:
        if paragraph:
            layout.add(Block("prose", [_inline(n, t, attributes) for n, t in paragraph]))
            paragraph.clear()

    index = 0
    in_header = True
    while index < len(lines):
        raw = lines[index]
        stripped = raw.strip()
        number = index + 1
        if not stripped:
            flush()
            in_header = in_header and index == 0
            index += 1
            continue
        title = _TITLE.match(stripped)
        if title and not paragraph:
            level = len(title.group(1))
            line = _inline(number, title.group(2), attributes)
            layout.add(Block("prose", [line], heading=level))
            section = line.text
            if level == 1 and "title" not in meta:
                meta["title"] = line.text
            index += 1
            continue
        attribute = _ATTRIBUTE.match(stripped)
        if attribute and not paragraph:
            name, value = attribute.group(1), attribute.group(2).strip()
            attributes[name] = value
            if name == "revdate":
                day = re.match(r"\d{4}-\d{2}-\d{2}", value)
                if day:
                    meta["published"] = day.group()
            layout.add(skip_block(number, [raw], "document attribute"))
            index += 1
            continue
        if _TABLE_DELIMITER.match(stripped):
            flush()
            index = _table(lines, index, layout, section, attributes)
            continue
        delimiter = _DELIMITER.match(stripped)
        if delimiter:
            flush()
            mark = delimiter.group(1)
            end = next(
                (i for i in range(index + 1, len(lines)) if lines[i].strip() == mark), len(lines)
            )
            if mark[0] in _SKIPPED_DELIMITERS and mark != "--":
                reason = _SKIPPED_DELIMITERS[mark[0]]
                layout.add(skip_block(number, lines[index : end + 1], reason))
                index = end + 1
            else:
                index += 1  # an example, sidebar, quote or open block: its words are read
            continue
        if _DIRECTIVE.match(stripped) or (_BLOCK_LINE.match(stripped) and not paragraph):
            flush()
            layout.add(skip_block(number, [raw], "block attribute or directive"))
            index += 1
            continue
        marker = _LIST_MARKER.match(stripped)
        if marker:
            flush()
            paragraph.append((number, stripped[marker.end() :]))
        else:
            paragraph.append((number, stripped))
        index += 1
    flush()
    return layout.build(**meta)


def _table(
    lines: list[str], index: int, layout: Layout, section: str | None, attributes: dict[str, str]
) -> int:
    """Read the table opening at ``index``; the index just past it."""
    end = next(
        (i for i in range(index + 1, len(lines)) if _TABLE_DELIMITER.match(lines[i].strip())),
        len(lines),
    )
    body = lines[index + 1 : end]
    columns = 0
    cells: list[tuple[int, str]] = []
    for offset, raw in enumerate(body):
        stripped = raw.strip()
        if not stripped:
            continue
        if stripped.startswith("|"):
            parts = [p.strip() for p in re.split(r"(?<!\\)\|", stripped)[1:]]
            if not columns:
                columns = len(parts)
            cells.extend((index + 2 + offset, p) for p in parts)
        elif cells:
            n, previous = cells[-1]
            cells[-1] = (n, f"{previous} {stripped}")
    rows: list[list[tuple[str, str | None]]] = []
    numbers: list[int] = []
    columns = max(columns, 1)
    for start in range(0, len(cells), columns):
        row = cells[start : start + columns]
        numbers.append(row[0][0])
        read = []
        for n, text in row:
            line = _inline(n, text, attributes)
            read.append((line.text, line.links[0][2] if line.links else None))
        rows.append(read)
    if rows:
        layout.add(table_block(rows, numbers, section))
    return end + 1


def _inline(number: int, text: str, attributes: dict[str, str]) -> Line:
    """One line of AsciiDoc inline markup as clean text, with its links."""
    text = _ATTRIBUTE_REFERENCE.sub(lambda m: attributes.get(m.group(1), m.group()), text)
    text = _FOOTNOTE.sub(" ", text)
    text = _CODE.sub(" ", text)
    builder = InlineText(number)
    position = 0
    for match in sorted([*_LINK.finditer(text), *_XREF.finditer(text)], key=lambda m: m.start()):
        if match.start() < position:
            continue
        builder.text(_MARKS.sub("", text[position : match.start()]))
        href = match.group("href")
        words = match.group("text") or ""
        if not words and href.startswith(("http://", "https://")):
            words = ""  # a bare URL says nothing
        builder.open_link(link_target(href) if not href.startswith("http") else None)
        builder.text(_MARKS.sub("", words))
        builder.close_link()
        position = match.end()
    builder.text(_MARKS.sub("", text[position:]))
    return builder.finish()[0]
