"""Documentation markup -> the text crosscheck reads, with every line's place in the file.

Markdown and MDX are parsed with markdown-it-py (CommonMark, with GFM tables and
footnotes); reStructuredText with docutils (:mod:`crosscheck.restructured`); AsciiDoc with
a small line reader (:mod:`crosscheck.asciidoc`). All three lay their blocks out the same
way (:class:`Layout`), one text line per line of the file, blocks apart by a blank line:

* prose (paragraphs, list items, quotes, headings) is kept, with inline markup undone:
  emphasis marks, link addresses, MDX escapes (``\\$``), footnote and citation markers,
  images and inline code are left out, and a link's words keep the link's target;
* a table is a :class:`~crosscheck.models.Table` of records (header cells name the
  attributes), laid out one row a line: its rows are kept text (copies and stories read
  them) but never sentences;
* frontmatter (YAML or TOML) is metadata: its title and date are the document's, and its
  summary (``description``, ``summary``) is read on its own line; the rest is skipped;
* code blocks, HTML blocks, footnote texts and MDX's ESM lines and component tags are
  skipped, each with its reason; the prose inside a component is kept.

``Source.line_map`` leads every line of the text back to the file's line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from crosscheck.models import Cell, Heading, Link, Region, Table

__all__ = ["DOC_SUFFIXES", "Layout", "Markup", "read_markup", "slug"]

# Characters of skipped text shown in a Region's preview, as ingest shows them.
PREVIEW_CHARS = 60
# A JSX tag or expression longer than this is not one (an unclosed '<' or '{' in prose):
# Mermaid charts and data props of the wiki run to about 6,000 characters.
MAX_JSX_CHARS = 20_000

# File endings read as documentation markup, and the reader of each.
DOC_SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "mdx",
    ".rst": "rst",
    ".rest": "rst",
    ".adoc": "asciidoc",
    ".asciidoc": "asciidoc",
}
# Frontmatter keys that name the document, date it, and summarise it.
_TITLE_KEYS = ("title",)
_DATE_KEYS = ("date", "published", "pubDate", "publishDate")
_SUMMARY_KEYS = ("description", "summary", "abstract")


@dataclass
class Markup:
    """A document read from its markup: what ``Source`` takes from it."""

    text: str
    line_map: tuple[int, ...]
    keep: tuple[tuple[int, int], ...]
    skipped: tuple[Region, ...]
    title: str | None = None
    published: str | None = None
    headings: tuple[Heading, ...] = ()
    links: tuple[Link, ...] = ()
    tables: tuple[Table, ...] = ()
    warnings: tuple[str, ...] = ()
    frontmatter: bool = False
    format: str = "markdown"


# =========================================================================================
# layout: blocks -> text, line map, keep ranges, regions
# =========================================================================================


@dataclass
class Line:
    """One line of a block: the file line it comes from, its text, and its links as
    (start column, end column, target)."""

    number: int
    text: str
    links: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class Block:
    """A run of lines of one kind: 'prose' (kept), 'table' (records) or 'skip'."""

    kind: str
    lines: list[Line]
    reason: str = ""
    heading: int = 0  # its level, for a heading
    cells: list[list[tuple[int, int, str | None]]] = field(default_factory=list)  # per row
    section: str | None = None  # for a table: the heading above it


class Layout:
    """Blocks gathered in any order, laid out in file order as a :class:`Markup`."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []

    def add(self, block: Block) -> None:
        if block.lines:
            self.blocks.append(block)

    def build(self, **meta: Any) -> Markup:
        blocks = sorted(self.blocks, key=lambda b: b.lines[0].number)  # stable: file order
        parts: list[str] = []
        line_map: list[int] = []
        keep: list[tuple[int, int]] = []
        skipped: list[Region] = []
        headings: list[Heading] = []
        links: list[Link] = []
        tables: list[Table] = []
        offset = 0
        section: str | None = None
        seen: set[tuple[int, str]] = set()
        for block in blocks:
            if block.kind == "skip":
                key = (block.lines[0].number, block.lines[0].text)
                if key in seen:
                    continue  # one region reported twice (docutils' messages)
                seen.add(key)
            if parts:
                parts.append("\n\n")
                line_map.append(line_map[-1])  # the blank line between blocks
                offset += 2
            start = offset
            starts: list[int] = []
            for i, line in enumerate(block.lines):
                if i:
                    parts.append("\n")
                    offset += 1
                starts.append(offset)
                parts.append(line.text)
                line_map.append(line.number)
                links.extend(
                    Link(start=offset + s, end=offset + e, target=t) for s, e, t in line.links
                )
                offset += len(line.text)
            if block.kind == "prose":
                keep.append((start, offset))
                if block.heading:
                    title = block.lines[0].text
                    headings.append(Heading(start=start, level=block.heading, text=title))
                    section = title
            elif block.kind == "table":
                keep.append((start, offset))  # the document's own content, read as records
                rows = [
                    tuple(
                        Cell(
                            start=starts[r] + s,
                            end=starts[r] + e,
                            text=block.lines[r].text[s:e],
                            link=target,
                        )
                        for s, e, target in cells
                    )
                    for r, cells in enumerate(block.cells)
                ]
                if rows:
                    tables.append(
                        Table(
                            header=rows[0], rows=tuple(rows[1:]), section=block.section or section
                        )
                    )
            else:
                text = "\n".join(line.text for line in block.lines)
                skipped.append(
                    Region(
                        start=start,
                        end=offset,
                        line=block.lines[0].number,
                        end_line=block.lines[-1].number,
                        reason=block.reason,
                        preview=" ".join(text.split())[:PREVIEW_CHARS],
                    )
                )
        return Markup(
            text="".join(parts),
            line_map=tuple(line_map),
            keep=tuple(keep),
            skipped=tuple(skipped),
            headings=tuple(headings),
            links=tuple(links),
            tables=tuple(tables),
            **meta,
        )


def skip_block(first: int, lines: Sequence[str], reason: str) -> Block:
    """A block of raw file lines (``first`` is the 1-based number of the first) skipped
    with ``reason``; blank lines are left out of it."""
    kept = [Line(first + i, text.rstrip()) for i, text in enumerate(lines) if text.strip()]
    return Block("skip", kept, reason=reason)


# =========================================================================================
# inline text
# =========================================================================================

# Citation and footnote markers left in the text: "[^rc-94d6]" (a footnote reference
# with no definition), "[12]", "[3, 4]", "[1-3]".
_MARKERS = re.compile(r"\[\^[^\]\s]{1,40}\]|\[\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3}){0,5}\]")
_SPACE_RUN = re.compile(r"\s+")
# What markdown-it (JavaScript's trim) takes for spaces at a paragraph's edges: fewer than
# Python's str.strip (not the control characters U+001C-U+001F and U+0085).
_JS_SPACES = (
    "\t\n\v\f\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)


def _unmarked(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    between = start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()
    return " " if between else ""


_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


class InlineText:
    """Builds lines of clean inline text: whitespace runs become one space, and the
    words of each link are recorded with its target."""

    def __init__(self, first_line: int) -> None:
        self.lines: list[Line] = [Line(first_line, "")]
        self._buffer: list[str] = []
        self._length = 0
        self._link_start: int | None = None
        self._link_target: str | None = None

    def text(self, content: str) -> None:
        # a marker goes; one between two words leaves a space ("0[0]0" is not "00")
        content = _MARKERS.sub(_unmarked, content)
        content = _SPACE_RUN.sub(" ", content)
        if not content:
            return
        if content.startswith(" ") and (self._length == 0 or self._ends_with_space()):
            content = content[1:]
        if not content:
            return
        self._buffer.append(content)
        self._length += len(content)

    def _ends_with_space(self) -> bool:
        return bool(self._buffer) and self._buffer[-1].endswith(" ")

    def newline(self) -> None:
        self._finish()
        self.lines.append(Line(self.lines[-1].number + 1, ""))

    def open_link(self, target: str | None) -> None:
        self._link_start = self._length
        self._link_target = target

    def close_link(self) -> None:
        start, target = self._link_start, self._link_target
        self._link_start = self._link_target = None
        if start is None or target is None:
            return
        end = self._length
        text = "".join(self._buffer)
        while end > start and text[end - 1] == " ":
            end -= 1
        if end > start:
            self.lines[-1].links.append((start, end, target))

    def _finish(self) -> None:
        text = "".join(self._buffer)
        stripped = text.rstrip()
        line = self.lines[-1]
        line.text = stripped
        line.links = [(s, min(e, len(stripped)), t) for s, e, t in line.links if s < len(stripped)]
        self._buffer = []
        self._length = 0

    def finish(self) -> list[Line]:
        self._finish()
        return self.lines


def link_target(href: str) -> str | None:
    """The slug a link points to inside the documentation: 'entity:anthropic' and
    '/knowledge-base/organizations/anthropic/' both give 'anthropic'; a link to another
    site, to a file or to a part of the page gives None.

    >>> link_target("/kb/organizations/anthropic/#funding")
    'anthropic'
    >>> link_target("entity:dario-amodei")
    'dario-amodei'
    >>> link_target("https://example.com/a") is None
    True
    """
    if href.startswith("entity:"):
        return slug(href[len("entity:") :]) or None
    if _SCHEME.match(href) or href.startswith(("#", "//")):
        return None
    path = href.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    last = path.rsplit("/", 1)[-1]
    for suffix in (*DOC_SUFFIXES, ".html", ".htm"):
        if last.lower().endswith(suffix):
            last = last[: -len(suffix)]
            break
    if last in ("", ".", "..", "index", "README", "readme"):
        return None
    return slug(last) or None


_SLUG_DROP = re.compile(r"[^\w\s-]")
_SLUG_JOIN = re.compile(r"[\s_-]+")


def slug(name: str) -> str:
    """A name as a slug, the form entities are keyed by.

    >>> slug("Dario Amodei's")
    'dario-amodeis'
    >>> slug("dario_amodei")
    'dario-amodei'
    """
    return _SLUG_JOIN.sub("-", _SLUG_DROP.sub("", name.lower())).strip("-")


# =========================================================================================
# frontmatter
# =========================================================================================

_YAML_FENCE = "---"
_TOML_FENCE = "+++"


def split_frontmatter(lines: Sequence[str]) -> tuple[int, dict[str, Any], str | None]:
    """(lines it takes, its fields, a warning): YAML between '---' lines or TOML between
    '+++' lines at the very top. (0, {}, None) when there is none.

    >>> split_frontmatter(["---", "title: Goodfire", "---", "Text."])
    (3, {'title': 'Goodfire'}, None)
    """
    if not lines or lines[0].strip() not in (_YAML_FENCE, _TOML_FENCE):
        return 0, {}, None
    fence = lines[0].strip()
    for i in range(1, len(lines)):
        if lines[i].strip() == fence:
            body = "\n".join(lines[1:i])
            try:
                data = tomllib.loads(body) if fence == _TOML_FENCE else _yaml(body)
            except (yaml.YAMLError, tomllib.TOMLDecodeError, ValueError, RecursionError) as error:
                why = str(error).splitlines()[0] if str(error) else type(error).__name__
                return i + 1, {}, f"frontmatter not read: {why}"
            return i + 1, data if isinstance(data, dict) else {}, None
    return 0, {}, None  # no closing fence: a rule line, not frontmatter


def _yaml(body: str) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(body, Loader=loader)


def frontmatter_blocks(
    lines: Sequence[str], count: int, data: dict[str, Any]
) -> tuple[list[Block], dict[str, Any]]:
    """The frontmatter's lines as blocks (its summary kept on its own line, the rest
    skipped) and the document metadata it gives (title, published)."""
    meta: dict[str, Any] = {"frontmatter": True}
    title = _field(data, _TITLE_KEYS)
    if title:
        meta["title"] = unescape(title)
    published = _field(data, _DATE_KEYS)
    if published:
        meta["published"] = _iso(published)
    summary_line = None
    summary = _field(data, _SUMMARY_KEYS)
    if summary:
        keys = "|".join(re.escape(k) for k in _SUMMARY_KEYS)
        pattern = re.compile(rf"^(?:{keys})\s*[:=]", re.IGNORECASE)
        summary_line = next((i for i in range(count) if pattern.match(lines[i])), None)
    blocks: list[Block] = []
    if summary_line is None:
        blocks.append(skip_block(1, lines[:count], "frontmatter (metadata)"))
    else:
        blocks.append(skip_block(1, lines[:summary_line], "frontmatter (metadata)"))
        text = _SPACE_RUN.sub(" ", unescape(str(summary))).strip()
        blocks.append(Block("prose", [Line(summary_line + 1, text)]))
        rest = lines[summary_line + 1 : count]
        blocks.append(skip_block(summary_line + 2, rest, "frontmatter (metadata)"))
    return blocks, meta


def _field(data: dict[str, Any], keys: Sequence[str]) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str | int | float) and str(value).strip():
            return str(value).strip()
        if value is not None and hasattr(value, "isoformat"):
            return str(value.isoformat())
    return None


_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?")


def _iso(value: str) -> str | None:
    match = _ISO_DAY.match(value.strip())
    if match is None:
        return None
    return match.group(1) + (f"T{match.group(2)}" if match.group(2) else "")


_ESCAPE = re.compile(r"\\+([$\\`*_{}\[\]()<>#+.!|~-])")


def unescape(text: str) -> str:
    r"""Markdown and MDX escapes undone: '\$200M' is '$200M'.

    >>> unescape(r"valued at \$1.25B and \\$3B")
    'valued at $1.25B and $3B'
    """
    return _ESCAPE.sub(r"\1", text)


# =========================================================================================
# MDX: ESM lines, component tags and expressions
# =========================================================================================

_MDX_START = re.compile(r"^(?:import|export)\b|^[ \t]*(?:`{3,}|~{3,})|`+|<(?=[A-Za-z/>])|\{", re.M)
_TAG_NAME = re.compile(r"/?([A-Za-z][\w.:-]*)?")
_ATTRIBUTE = re.compile(r"""([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# Attributes of a component that name what its words link to, best first.
_LINK_ATTRIBUTES = ("href", "to", "url", "name", "slug")


def strip_mdx(text: str) -> tuple[str, list[Block]]:
    """MDX without its JavaScript: ESM lines (import, export) and component tags blanked
    (newlines kept, so every line keeps its number), the words inside components kept. A
    component with a link target and words ('<EntityLink name="anthropic">Anthropic
    </EntityLink>') becomes a Markdown link; one without words, its name. Returns the text
    and the blocks of lines that held only JavaScript, to report as skipped."""
    original = text.split("\n")
    out: list[str] = []
    skipped_lines: dict[int, str] = {}  # 0-based line -> reason
    position = 0
    n = len(text)
    while position < n:
        match = _MDX_START.search(text, position)
        if match is None:
            out.append(text[position:])
            break
        start = match.start()
        out.append(text[position:start])
        token = match.group()
        if token.startswith(("import", "export")):
            end = _statement_end(text, start)
            reason = "MDX import/export"
        elif token.lstrip(" \t").startswith(("```", "~~~")):
            end = _fence_end(text, match.end(), token.strip(" \t"))
            out.append(text[start:end])
            position = end
            continue
        elif token.startswith("`"):
            close = text.find(token, match.end())
            end = match.end() if close < 0 else close + len(token)
            out.append(text[start:end])
            position = end
            continue
        elif token == "{":
            closed = _balanced(text, start, "{", "}")
            if closed is None:
                out.append(token)
                position = start + 1
                continue
            end = closed
            reason = "MDX expression"
        else:
            tag = _read_tag(text, start)
            if tag is None:
                out.append("<")
                position = start + 1
                continue
            end, replacement = _tag_replacement(text, tag)
            if replacement is not None:
                out.append(replacement)
                position = end
                continue
            reason = f"MDX component <{tag.name or ''}>"
        chunk = text[start:end]
        out.append(_blank(chunk))
        first = text.count("\n", 0, start)
        last = first + chunk.count("\n")
        if last > first or _line_is_blank_after(text, start, end):
            for line in range(first, last + 1):
                skipped_lines.setdefault(line, reason)
        position = end
    result = "".join(out)
    blocks = _skipped_runs(original, result.split("\n"), skipped_lines)
    return result, blocks


def _line_is_blank_after(text: str, start: int, end: int) -> bool:
    """Whether the chunk is all its line holds."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip()


def _skipped_runs(original: list[str], result: list[str], lines: dict[int, str]) -> list[Block]:
    """Runs of lines emptied by blanking, as skipped blocks of their original text."""
    blocks: list[Block] = []
    run: list[int] = []
    reason = ""
    for index in sorted(lines):
        if index >= len(result) or result[index].strip():
            continue  # words of the line are kept
        if run and (index != run[-1] + 1 or lines[index] != reason):
            blocks.append(skip_block(run[0] + 1, [original[i] for i in run], reason))
            run = []
        reason = lines[index]
        run.append(index)
    if run:
        blocks.append(skip_block(run[0] + 1, [original[i] for i in run], reason))
    return blocks


def _blank(chunk: str) -> str:
    return "".join("\n" if c == "\n" else " " for c in chunk)


def _statement_end(text: str, start: int) -> int:
    """End of an ESM statement: its line, and the lines after while brackets are open."""
    depth = 0
    position = start
    while True:
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end]
        depth += line.count("{") + line.count("(") + line.count("[")
        depth -= line.count("}") + line.count(")") + line.count("]")
        if depth <= 0 or line_end >= len(text):
            return line_end
        position = line_end + 1


def _fence_end(text: str, after: int, fence: str) -> int:
    """End of a fenced code block (or of the text, if it is not closed)."""
    closing = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.M)
    line_end = text.find("\n", after)
    if line_end < 0:
        return len(text)
    match = closing.search(text, line_end + 1)
    return len(text) if match is None else match.end()


def _balanced(text: str, start: int, opening: str, closing: str) -> int | None:
    """End (just past) of the bracketed JavaScript at ``start``, skipping strings and
    template literals; None when it does not close within MAX_JSX_CHARS."""
    depth = 0
    position = start
    limit = min(len(text), start + MAX_JSX_CHARS)
    quote: str | None = None
    while position < limit:
        c = text[position]
        if quote is not None:
            if c == "\\":
                position += 2
                continue
            if c == quote:
                quote = None
        elif c in "\"'`":
            quote = c
        elif c == opening:
            depth += 1
        elif c == closing:
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    return None


@dataclass
class _Tag:
    name: str | None  # None for a fragment
    start: int
    end: int
    closing: bool
    self_closing: bool
    attributes: dict[str, str]


def _read_tag(text: str, start: int) -> _Tag | None:
    """The JSX tag at ``start`` ('<', '</', '<>'), or None when it is not one."""
    name_match = _TAG_NAME.match(text, start + 1)
    if name_match is None:
        return None
    closing = text.startswith("/", start + 1)
    name = name_match.group(1)
    position = name_match.end()
    limit = min(len(text), start + MAX_JSX_CHARS)
    attributes_start = position
    while position < limit:
        c = text[position]
        if c == ">":
            body = text[attributes_start:position]
            self_closing = body.rstrip().endswith("/")
            attributes = {
                m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
                for m in _ATTRIBUTE.finditer(body)
            }
            return _Tag(name, start, position + 1, closing, self_closing, attributes)
        if c in "\"'":
            end = text.find(c, position + 1, limit)
            if end < 0:
                return None
            position = end + 1
            continue
        if c == "{":
            closed = _balanced(text, position, "{", "}")
            if closed is None:
                return None
            position = closed
            continue
        if c == "<" or (c == "\n" and text.startswith("\n\n", position) and name is None):
            return None
        position += 1
    return None


def _tag_replacement(text: str, tag: _Tag) -> tuple[int, str | None]:
    """(end, replacement) for a tag: a Markdown link for a linking component, its name
    for a self-closing one that names an entity, else None (the tag is blanked)."""
    target = next(
        (tag.attributes[a] for a in _LINK_ATTRIBUTES if tag.attributes.get(a)),
        None,
    )
    if tag.closing or target is None or tag.name is None:
        return tag.end, None
    href = target if "/" in target or ":" in target else f"entity:{slug(target)}"
    if tag.self_closing:
        if "/" in target or ":" in target:
            return tag.end, None
        words = " ".join(w.capitalize() for w in _SLUG_JOIN.split(target) if w)
        return tag.end, f"[{words}]({href})"
    line_end = text.find("\n", tag.end)
    line_end = len(text) if line_end < 0 else line_end
    close = f"</{tag.name}>"
    close_at = text.find(close, tag.end, line_end)
    if close_at < 0 or "[" in text[tag.end : close_at] or "]" in text[tag.end : close_at]:
        return tag.end, None
    inner = text[tag.end : close_at]
    if "<" in inner or "{" in inner:
        return tag.end, None  # nested components: blank the tags, keep the words
    return close_at + len(close), f"[{inner}]({href.replace(' ', '%20')})"


# =========================================================================================
# Markdown (and MDX, once stripped)
# =========================================================================================


@cache
def _parser(mdx: bool) -> MarkdownIt:
    """CommonMark with GFM tables and footnotes; raw HTML is recognised (and skipped). MDX
    has no indented code blocks: indentation there is only layout."""
    parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    parser.use(footnote_plugin)
    if mdx:
        parser.disable("code")
    return parser


def read_markdown(text: str, *, mdx: bool = False) -> Markup:
    """A Markdown (or MDX) document laid out as text with line provenance."""
    # CommonMark ends a line at a lone CR too; lines here are counted by LF only, so a
    # lone CR is read as a space (a CRLF's CR is blank at the end of its line)
    text = text.replace("\r\n", "\n").replace("\r", " ")
    lines = text.split("\n")
    layout = Layout()
    meta: dict[str, Any] = {}
    warnings: list[str] = []
    count, data, warning = split_frontmatter(lines)
    if warning:
        warnings.append(warning)
    body = text
    if count:
        blocks, meta = frontmatter_blocks(lines, count, data)
        for block in blocks:
            layout.add(block)
        body = "\n" * count + "\n".join(lines[count:])
    if mdx:
        body, blocks = strip_mdx(body)
        for block in blocks:
            layout.add(block)
    tokens = _parser(mdx).parse(body)
    _MarkdownBlocks(body.split("\n"), layout).walk(tokens)
    markup = layout.build(**meta)
    if "title" not in meta:
        first = next((h for h in markup.headings if h.level == 1), None)
        markup.title = first.text if first is not None else None
    markup.warnings = tuple(warnings)
    return markup


class _MarkdownBlocks:
    """markdown-it's tokens -> blocks of a Layout."""

    def __init__(self, lines: list[str], layout: Layout) -> None:
        self.lines = lines
        self.layout = layout
        self.section: str | None = None

    def walk(self, tokens: Sequence[Token]) -> None:
        index = 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind == "heading_open":
                lines = self.inline(tokens[index + 1])
                level = int(token.tag[1:]) if token.tag[1:].isdigit() else 1
                if lines and lines[0].text:
                    self.layout.add(Block("prose", lines[:1], heading=level))
                    self.section = lines[0].text
                index += 3
                continue
            if kind == "inline":  # a paragraph's text (in lists and quotes too)
                lines = [line for line in self.inline(token) if line.text]
                self.layout.add(Block("prose", lines))
            elif kind == "table_open":
                index = self.table(tokens, index)
                continue
            elif kind in ("fence", "code_block"):
                self.skip(token, "code block")
            elif kind == "html_block":
                self.skip(token, "HTML block")
            elif kind == "footnote_block_open":
                index = self.footnotes(tokens, index)
                continue
            index += 1

    def skip(self, token: Token, reason: str) -> None:
        if token.map is None:
            return
        first, last = token.map
        self.layout.add(skip_block(first + 1, self.lines[first:last], reason))

    def footnotes(self, tokens: Sequence[Token], index: int) -> int:
        """Footnote texts are citations, not the page's prose: each is skipped."""
        while index < len(tokens) and tokens[index].type != "footnote_block_close":
            token = tokens[index]
            if token.type.endswith("_open") and token.map is not None and token.level <= 2:
                self.skip(token, "footnote")
            index += 1
        return index + 1

    def inline(self, token: Token) -> list[Line]:
        first = token.map[0] + 1 if token.map else 1
        if token.map:
            # markdown-it trims a paragraph's leading lines of Unicode spaces (a lone
            # no-break space): its text starts on the first line holding something
            last = token.map[1]
            while (
                first < last
                and first <= len(self.lines)
                and not self.lines[first - 1].strip(_JS_SPACES)
            ):
                first += 1
        builder = InlineText(first)
        raw, cursor = token.content, 0  # the inline source, for the line breaks code spans hide
        for child in token.children or ():
            kind = child.type
            breaks = 0  # line breaks inside an element that gives no words of its own
            if kind in ("text", "text_special"):
                builder.text(child.content)
            elif kind in ("softbreak", "hardbreak"):
                builder.newline()
                cursor = raw.find("\n", cursor) + 1 or cursor
            elif kind == "link_open":
                href = str(child.attrs.get("href", ""))
                builder.open_link(link_target(href))
            elif kind == "link_close":
                builder.close_link()
            elif kind == "html_inline":
                builder.text(" ")
                breaks = child.content.count("\n")
            elif kind == "code_inline":
                builder.text(" ")  # code is not prose; CommonMark turns its breaks to spaces
                start = raw.find(child.markup, cursor)
                end = raw.find(child.markup, start + len(child.markup)) if start >= 0 else -1
                if end >= 0:
                    breaks = raw.count("\n", start, end)
                    cursor = end + len(child.markup)
            elif kind == "image":
                breaks = sum(c.type in ("softbreak", "hardbreak") for c in child.children or ())
            # footnote references and emphasis marks give no words
            for _ in range(breaks):
                builder.newline()
        return builder.finish()

    def table(self, tokens: Sequence[Token], index: int) -> int:
        rows: list[list[tuple[str, str | None]]] = []
        numbers: list[int] = []
        row: list[tuple[str, str | None]] = []
        while index < len(tokens) and tokens[index].type != "table_close":
            token = tokens[index]
            if token.type == "tr_open":
                row = []
                numbers.append(token.map[0] + 1 if token.map else 1)
            elif token.type == "inline":
                lines = self.inline(token)
                text = " ".join(line.text for line in lines if line.text)
                targets = [t for line in lines for _, _, t in line.links]
                row.append((text, targets[0] if targets else None))
            elif token.type == "tr_close":
                rows.append(row)
            index += 1
        self.layout.add(table_block(rows, numbers, self.section))
        return index + 1


_CELL_SEPARATOR = " | "


def table_block(
    rows: Sequence[Sequence[tuple[str, str | None]]], numbers: Sequence[int], section: str | None
) -> Block:
    """A table's rows (cells as (text, link target)), each row one line 'a | b | c'."""
    lines: list[Line] = []
    cells: list[list[tuple[int, int, str | None]]] = []
    for row, number in zip(rows, numbers, strict=True):
        parts: list[str] = []
        spans: list[tuple[int, int, str | None]] = []
        position = 0
        for i, (text, target) in enumerate(row):
            if i:
                parts.append(_CELL_SEPARATOR)
                position += len(_CELL_SEPARATOR)
            clean = text.replace("|", "/")
            parts.append(clean)
            spans.append((position, position + len(clean), target))
            position += len(clean)
        lines.append(Line(number, "".join(parts)))
        cells.append(spans)
    return Block("table", lines, cells=cells, section=section)


# =========================================================================================
# dispatch
# =========================================================================================


def read_markup(kind: str, text: str) -> Markup | None:
    """The document read by the reader of its format ('markdown', 'mdx', 'rst',
    'asciidoc'), or None for another format."""
    markup: Markup
    if kind in ("markdown", "mdx"):
        markup = read_markdown(text, mdx=kind == "mdx")
    elif kind == "rst":
        from crosscheck.restructured import read_restructured

        markup = read_restructured(text)
    elif kind == "asciidoc":
        from crosscheck.asciidoc import read_asciidoc

        markup = read_asciidoc(text)
    else:
        return None
    markup.format = kind
    return markup


def iter_cells(table: Table) -> Iterator[tuple[int, int, Cell]]:
    """(row, column, cell) of every body cell, row 0 being the first below the header."""
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            yield r, c, cell
