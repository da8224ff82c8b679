"""Web pages: an HTML page's main text, each kept line's place in the file, and what was
left out, with the reason.

trafilatura finds the main text (F1 0.96 on the ScrapingHub article-extraction benchmark,
against 0.84 for the rules crosscheck used before), but returns plain text without
positions. So the page is parsed once, with lxml; its visible text is read with the HTML
line of every text node; and each line of the library's text is found again in it, in
order, by its word characters alone (the library re-spaces text and adds list and table
marks). That gives every kept line its HTML line, and every stretch of visible text the
library left out between two found lines becomes a skipped :class:`Region`, with the
page-chrome reason the own rules give it (``<nav>``, ``class='share'``) or "outside the
main text".

The own rules still read pages whose main text the library cannot find (under its own
minimum of 250 characters, where it falls back to a dump of the whole page): every
visible element but navigation, footers, asides, forms, and elements whose class or id
names page chrome (share, related, comment, ...), unless it holds the headline (``h1``)
or ``<main>``. They also find the lines near the top that state the publication date,
which the library leaves out with the byline.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from lxml import etree
from lxml import html as lxml_html

from crosscheck.models import Region

__all__ = ["Page", "iso_date", "read_page"]

# --- thresholds --------------------------------------------------------------------------

# Characters of main text under which trafilatura's answer is not used: it is the
# library's own minimum (MIN_EXTRACTED_SIZE); below it the library has not found the
# article and returns a dump of the whole page, share buttons and all, in one line.
MIN_MAIN_TEXT_CHARS = 250
# Characters of skipped text shown in a Region's preview: enough to recognise it on one line.
PREVIEW_CHARS = 60
# libxml2 keeps line numbers in 16 bits: lxml reports at most this line. Past it, lines
# are counted from the newlines of the text itself (tags spanning lines are then missed).
MAX_SOURCELINE = 65535
# A line of the library's text not found whole (it changed something inside it) is
# found by its first word characters: enough to be unlikely elsewhere on the page, few
# enough to come before the change.
PROBE_CHARS = 24
# A line of the library's text is looked for this far (in word characters, some 15,000
# words) after the line before it; past that, a page gets this many wider searches (each
# a pass over all its words), so that a page whose lines are not found costs linear time.
SEARCH_WINDOW = 100_000
WIDE_SEARCHES = 50
# The publication date is looked for in the first lines of the page's text, as
# datelines.published_line reads them (it scans 6 lines).
DATE_LINES = 7

# --- tags and classes ------------------------------------------------------------------------

_BLOCK = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "tr",
        "article",
        "section",
        "blockquote",
        "br",
        "pre",
        "header",
        "main",
        "figure",
        "figcaption",
        "table",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "hr",
        "address",
        "body",
    }
)
_CELLS = frozenset({"td", "th"})
# Not shown to a reader: no text is read from them.
_INVISIBLE = frozenset({"head", "title", "script", "style", "noscript", "template", "svg", "math"})
# Shown, but not the article: the own rules drop them, with a Region when they hold text.
_CHROME_TAGS = frozenset({"nav", "footer", "aside", "form", "button", "iframe"})
_CHROME_TOKENS = (
    "share",
    "social",
    "related",
    "comment",
    "newsletter",
    "subscribe",
    "advert",
    "promo",
    "cookie",
    "breadcrumb",
    "sidebar",
    "menu",
    "footer",
    "nav",
    "popup",
    "banner",
)
_CHROME_HINT = re.compile("|".join(_CHROME_TOKENS), re.IGNORECASE)
# Class words that start with a token but name content.
_TOKEN_EXCEPTIONS = frozenset({"commentary", "commentator", "commentators", "navy"})
# Containers whose class says more about the page layout ("has-sidebar") than about them.
_NEVER_BY_CLASS = frozenset({"html", "body", "main", "article"})
# An element holding one of these holds the article, whatever its class.
_ANCHORS = ("h1", "main")
_CLASS_WORD = re.compile(r"[a-z0-9]+")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # not \s: a no-break space is text in HTML
_NON_WORD = re.compile(r"\W+")
_WORD = re.compile(r"\w")
_ISO_DATE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})")
# <meta> attributes that state the publication date, most specific first.
_DATE_METAS: tuple[tuple[str, str], ...] = (
    ("property", "article:published_time"),
    ("property", "og:published_time"),
    ("itemprop", "datepublished"),
    ("name", "article:published_time"),
    ("name", "date"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "dc.date"),
    ("name", "dcterms.date"),
)
_DATE_META_PRIORITY = {meta: priority for priority, meta in enumerate(_DATE_METAS)}
_DATE_META_ATTRS = tuple(dict.fromkeys(attr for attr, _ in _DATE_METAS))
OUTSIDE_MAIN_TEXT = "outside the main text"

_Element = etree._Element


@dataclass
class Page:
    """What is read from an HTML page."""

    text: str
    line_map: tuple[int, ...]  # line i+1 of text comes from this line of the page
    regions: list[Region]  # zero-width, where the left-out text would have been
    published: str | None  # from the page's markup; callers may still read the text
    warnings: list[str] = field(default_factory=list)
    reader: str = "trafilatura"  # or "own rules" (see the module docstring)


# =========================================================================================
# the page's visible text, with lines
# =========================================================================================

_NONE, _SPACE, _BREAK = range(3)


@dataclass(slots=True)
class _Piece:
    """One text node: its text, the HTML line it starts on, the element it is inside,
    the boundary before it (none, a space, a paragraph break) and whether it is in <pre>."""

    text: str
    line: int
    owner: _Element
    boundary: int
    pre: bool


def _parse(markup: str) -> lxml_html.HtmlElement | None:
    """The page as an lxml tree (a fragment gets <html> and <body>), or None if empty."""
    from trafilatura.utils import repair_faulty_html  # keeps every line where it was

    markup = repair_faulty_html(markup, markup[:50].lower())
    try:
        return lxml_html.document_fromstring(markup, parser=_PARSER)
    except ValueError:  # a str with an XML encoding declaration: lxml wants bytes
        try:
            return lxml_html.document_fromstring(markup.encode(), parser=_BYTES_PARSER)
        except (etree.ParserError, ValueError):
            return None
    except etree.ParserError:  # "Document is empty"
        return None


# As trafilatura parses: the tree is parsed once, read here and handed to the library.
_PARSER = lxml_html.HTMLParser(
    collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True
)
_BYTES_PARSER = lxml_html.HTMLParser(
    collect_ids=False,
    default_doctype=False,
    remove_comments=True,
    remove_pis=True,
    encoding="utf-8",
)


def _read_pieces(root: _Element) -> tuple[list[_Piece], set[_Element]]:
    """Every visible text node of the page, in order, with its line and boundary; and the
    elements that hold the article (an <h1> or <main> and their ancestors).

    Text that is only white space outside <pre> is not kept: it only separates words.
    """
    pieces: list[_Piece] = []
    holds_article: set[_Element] = set()
    line = 1
    pending = _NONE
    pre_depth = 0
    stack: list[_Element] = []  # the open elements: a tail belongs to the one on top
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        visible = type(tag) is str and tag not in _INVISIBLE
        if event == "start":
            stack.append(element)
            known = element.sourceline
            if known is not None and known < MAX_SOURCELINE:
                line = known
            if not visible:
                walker.skip_subtree()  # its "end" still comes
                continue
            if tag in _BLOCK:
                pending = _BREAK
                if tag == "pre":
                    pre_depth += 1
                elif tag == "h1":
                    holds_article.update(stack)
            elif pending == _NONE and tag in _CELLS:
                pending = _SPACE
            elif tag == "main":
                holds_article.update(stack)
            text = element.text
            if text:
                if pre_depth or not text.isspace():
                    pieces.append(_Piece(text, line, element, pending, pre_depth > 0))
                    pending = _NONE
                elif pending == _NONE:
                    pending = _SPACE
                line += text.count("\n")
            continue
        stack.pop()
        if visible:
            if tag in _BLOCK:
                pending = _BREAK
            elif pending == _NONE and tag in _CELLS:
                pending = _SPACE
            if tag == "pre":
                pre_depth -= 1
        elif type(tag) is str and element.text:  # a script's or style's own lines
            line += element.text.count("\n")
        tail = element.tail
        if tail and stack:
            if pre_depth or not tail.isspace():
                pieces.append(_Piece(tail, line, stack[-1], pending, pre_depth > 0))
                pending = _NONE
            elif pending == _NONE:
                pending = _SPACE
            line += tail.count("\n")
    return pieces, holds_article


# =========================================================================================
# the own rules: which elements are page chrome
# =========================================================================================


class _Chrome:
    """The own rules' verdict on elements, worked out once per element: None to keep it,
    "" to drop it silently (hidden), else the reason of a Region."""

    def __init__(self, holds_article: set[_Element]) -> None:
        self.holds_article = holds_article
        self._verdicts: dict[_Element, tuple[str, _Element] | None] = {}

    def dropped_by(self, element: _Element) -> tuple[str, _Element] | None:
        """(reason, the outermost dropped element) when ``element`` is inside dropped
        chrome, else None."""
        chain: list[_Element] = []
        node: _Element | None = element
        verdict: tuple[str, _Element] | None = None
        while node is not None:
            if node in self._verdicts:
                verdict = self._verdicts[node]
                break
            chain.append(node)
            node = node.getparent()
        for node in reversed(chain):  # outermost first: the outermost drop wins
            if verdict is None:
                reason = self._reason(node)
                if reason is not None:
                    verdict = (reason, node)
            self._verdicts[node] = verdict
        return verdict

    def _reason(self, element: _Element) -> str | None:
        tag = element.tag
        if not isinstance(tag, str):
            return None
        attrs = element.attrib
        if "hidden" in attrs:
            return ""
        style = attrs.get("style")
        if style and "display:none" in style.replace(" ", "").lower():
            return ""
        if element in self.holds_article:
            return None
        if tag in _CHROME_TAGS:
            return _describe(element, "class" if "class" in attrs else "id")
        if tag not in _NEVER_BY_CLASS:
            for attr in ("class", "id"):
                if _has_chrome_token(attrs.get(attr) or ""):
                    return _describe(element, attr)
        return None


def _has_chrome_token(value: str) -> bool:
    if not value or _CHROME_HINT.search(value) is None:
        return False
    words = _CLASS_WORD.findall(_CAMEL.sub(r"\1 \2", value).lower())
    return any(word.startswith(_CHROME_TOKENS) and word not in _TOKEN_EXCEPTIONS for word in words)


def _describe(element: _Element, attr: str) -> str:
    value = " ".join((element.get(attr) or "").split())[:40]
    shown = f" {attr}='{value}'" if value else ""
    return f"page chrome: <{element.tag!s}{shown}>"


# =========================================================================================
# writing text with its line map
# =========================================================================================


class _Writer:
    """Builds text: words, spaces and paragraph breaks, with the line map."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.lines = 1
        self.line_map: list[int] = []
        self.pending = _NONE

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def boundary(self, kind: int) -> None:
        if self.length and kind > self.pending:
            self.pending = kind

    def write(self, piece: str, line: int) -> None:
        if self.length == 0:
            self.line_map = [line]
        elif self.pending == _BREAK:
            self._append("\n\n")
            self.line_map += [line, line]
            self.lines += 2
        elif self.pending == _SPACE:
            self._append(" ")
        self.pending = _NONE
        self._append(piece)

    def flowing(self, data: str, line: int) -> None:
        """Text outside <pre>: runs of HTML white space become one space."""
        position = 0
        for match in _HTML_SPACE.finditer(data):
            if match.start() > position:
                self.write(data[position : match.start()], line)
            line += data.count("\n", match.start(), match.end())
            self.boundary(_SPACE)
            position = match.end()
        if position < len(data):
            self.write(data[position:], line)

    def preformatted(self, data: str, line: int) -> None:
        for number, piece in enumerate(data.split("\n")):
            if number and self.length and self.pending != _BREAK:
                self._append("\n")
                self.line_map.append(line + number)
                self.lines += 1
                self.pending = _NONE
            if piece:
                self.write(piece, line + number)

    def _append(self, piece: str) -> None:
        self.parts.append(piece)
        self.length += len(piece)


def _own_text(pieces: Sequence[_Piece], chrome: _Chrome, max_lines: int | None = None) -> Page:
    """The page read by the own rules (up to ``max_lines`` lines of text, if given)."""
    writer = _Writer()
    regions: list[Region] = []
    index = 0
    while index < len(pieces) and (max_lines is None or writer.lines <= max_lines):
        piece = pieces[index]
        writer.boundary(piece.boundary)
        dropped = chrome.dropped_by(piece.owner)
        if dropped is None:
            if piece.pre:
                writer.preformatted(piece.text, piece.line)
            else:
                writer.flowing(piece.text, piece.line)
            index += 1
            continue
        reason, element = dropped
        last = index + 1  # the element's other pieces come right after
        while last < len(pieces) and _inside(pieces[last].owner, element):
            writer.boundary(pieces[last].boundary)
            last += 1
        if reason:
            preview = _clip(" ".join(p.text for p in pieces[index:last][:PREVIEW_CHARS]))
            if preview:
                regions.append(
                    Region(
                        start=writer.length,
                        end=writer.length,
                        line=_start_line(element, piece.line),
                        end_line=_end_line(pieces[last - 1]),
                        reason=reason,
                        preview=preview,
                    )
                )
        index = last
    return Page(
        text=writer.text,
        line_map=tuple(writer.line_map),
        regions=regions,
        published=None,
        reader="own rules",
    )


def _end_line(piece: _Piece) -> int:
    return piece.line + piece.text.count("\n")


def _inside(element: _Element, ancestor: _Element) -> bool:
    node: _Element | None = element
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def _start_line(element: _Element, fallback: int) -> int:
    known = element.sourceline
    return known if known is not None and known < MAX_SOURCELINE else fallback


def _clip(text: str) -> str:
    return " ".join(text.split())[:PREVIEW_CHARS]


# =========================================================================================
# the library's text, found again in the page
# =========================================================================================


@dataclass
class _Found:
    """Where a line of the library's text starts and ends among the page's word
    characters, and whether it came in page order."""

    start: int
    end: int
    in_order: bool


class _Words:
    """The page's visible text as its word characters only, mapped back to the pieces."""

    def __init__(self, pieces: Sequence[_Piece]) -> None:
        self.pieces = pieces
        keys = _keys([piece.text for piece in pieces])
        self.starts: list[int] = []
        total = 0
        for key in keys:
            self.starts.append(total)
            total += len(key)
        self.key = "".join(keys)
        self.wide_searches_left = WIDE_SEARCHES

    def find(self, line_key: str, position: int) -> _Found | None:
        """The first place at or after ``position`` where the line's words are, whole or
        by their first PROBE_CHARS word characters: within SEARCH_WINDOW, then (while
        the page's budget of wide searches lasts) further on, then anywhere, out of
        order."""
        spot = self._find(line_key, position, position + SEARCH_WINDOW, in_order=True)
        if spot is not None or self.wide_searches_left <= 0:
            return spot
        self.wide_searches_left -= 1
        return self._find(line_key, position, len(self.key), in_order=True) or self._find(
            line_key, 0, len(self.key), in_order=False
        )

    def _find(self, line_key: str, start: int, end: int, *, in_order: bool) -> _Found | None:
        found = self.key.find(line_key, start, end)
        if found >= 0:
            return _Found(found, found + len(line_key), in_order)
        if len(line_key) > PROBE_CHARS:
            found = self.key.find(line_key[:PROBE_CHARS], start, end)
            if found >= 0:
                return _Found(found, found + PROBE_CHARS, in_order)
        return None

    def locate(self, position: int) -> tuple[int, int]:
        """(piece index, offset in its text) of the word character at ``position``."""
        index = max(0, bisect_right(self.starts, position) - 1)
        skip = position - self.starts[index]
        for match in _WORD.finditer(self.pieces[index].text):
            if skip == 0:
                return index, match.start()
            skip -= 1
        return index, len(self.pieces[index].text)

    def line_at(self, position: int) -> int:
        index, offset = self.locate(position)
        piece = self.pieces[index]
        return piece.line + piece.text.count("\n", 0, offset)

    def text_between(self, start: int, end: int) -> str:
        """The visible text from word character ``start`` up to ``end`` (at most a
        preview's worth)."""
        first, first_offset = self.locate(start)
        last, last_offset = self.locate(max(start, end - 1))
        parts: list[str] = []
        gathered = 0
        for index in range(first, last + 1):
            text = self.pieces[index].text
            begin = first_offset if index == first else 0
            stop = last_offset + 1 if index == last else len(text)
            parts.append(text[begin:stop])
            gathered += stop - begin
            if gathered > 4 * PREVIEW_CHARS:
                break
        return " ".join(parts)


def _keys(texts: list[str]) -> list[str]:
    """The word characters of each text: one regular-expression pass over them all,
    split again at a separator that is a word character no text holds."""
    joined = _KEY_SEPARATOR.join(texts)
    if joined.count(_KEY_SEPARATOR) != max(0, len(texts) - 1):
        return [_NON_WORD.sub("", unicodedata.normalize("NFC", text)) for text in texts]
    if not unicodedata.is_normalized("NFC", joined):  # the library's text is NFC
        joined = unicodedata.normalize("NFC", joined)
    return _NON_WORD.sub("", joined).split(_KEY_SEPARATOR)


# A letter (so the word-character pass keeps it) that web text practically never holds:
# MATHEMATICAL BOLD CAPITAL A. A page that does hold it is read one text at a time.
_KEY_SEPARATOR = "\U0001d400"


def _library_text(root: lxml_html.HtmlElement) -> tuple[str | None, str | None]:
    """trafilatura's main text of the page (None if it found none), and a warning if it
    failed. The library works on its own copy of the tree."""
    import trafilatura

    try:
        # `fast` skips the library's comparison with readability and jusText, and
        # `favor_recall` its re-run when it kept little of the page: on the benchmark
        # together a third of its time, and F1 0.960 -> 0.963. Reader comments are not
        # the article.
        text = trafilatura.extract(root, fast=True, favor_recall=True, include_comments=False)
        return text, None
    except Exception as error:  # a library failure must not stop the run
        return None, f"main text extraction failed ({type(error).__name__}); own rules used"


def _main_text(pieces: Sequence[_Piece], lines: Sequence[str], chrome: _Chrome) -> Page:
    """The library's lines as the text, each mapped to its HTML line, and the visible
    text it left out as Regions."""
    words = _Words(pieces)
    found: list[_Found | None] = []
    position = 0
    for line in lines:
        key = _NON_WORD.sub("", line)
        spot = words.find(key, position) if key else None
        if spot is not None and spot.in_order:
            position = spot.end
        found.append(spot)

    # The text: one line per library line, a blank line between them (every line is a
    # paragraph, a heading, a list item or a table row).
    html_lines = _html_lines(words, found)
    parts: list[str] = []
    line_map: list[int] = []
    offsets: list[int] = []  # where each line ends in the text
    length = 0
    for number, (line, html_line) in enumerate(zip(lines, html_lines, strict=True)):
        if number:
            parts.append("\n\n")
            line_map.append(html_line)
            length += 2
        parts.append(line)
        line_map.append(html_line)
        length += len(line)
        offsets.append(length)

    regions = _left_out(words, found, offsets, chrome)
    return Page(text="".join(parts), line_map=tuple(line_map), regions=regions, published=None)


def _html_lines(words: _Words, found: Sequence[_Found | None]) -> list[int]:
    """The HTML line of each library line; a line not found takes the one before it
    (or, at the start, the first found)."""
    lines = [None if spot is None else words.line_at(spot.start) for spot in found]
    known = [line for line in lines if line is not None]
    previous = known[0] if known else 1
    result: list[int] = []
    for line in lines:
        previous = line if line is not None else previous
        result.append(previous)
    return result


def _left_out(
    words: _Words, found: Sequence[_Found | None], offsets: Sequence[int], chrome: _Chrome
) -> list[Region]:
    """A zero-width Region for each stretch of visible text between two lines found in
    page order (and before the first, after the last) that holds words."""
    regions: list[Region] = []
    previous_end = 0
    previous_offset = 0
    spans = [
        (spot.start, spot.end, offsets[number])
        for number, spot in enumerate(found)
        if spot is not None and spot.in_order
    ]
    spans.append((len(words.key), len(words.key), offsets[-1] if offsets else 0))
    for start, end, offset in spans:
        if start > previous_end:
            regions.append(_region(words, previous_end, start, previous_offset, chrome))
        previous_end = max(previous_end, end)
        previous_offset = offset
    return regions


def _region(words: _Words, start: int, end: int, offset: int, chrome: _Chrome) -> Region:
    index, _ = words.locate(start)
    dropped = chrome.dropped_by(words.pieces[index].owner)
    reason = dropped[0] if dropped and dropped[0] else OUTSIDE_MAIN_TEXT
    return Region(
        start=offset,
        end=offset,
        line=words.line_at(start),
        end_line=words.line_at(end - 1),
        reason=reason,
        preview=_clip(words.text_between(start, end)),
    )


# =========================================================================================
# the page
# =========================================================================================


def read_page(markup: str, date_line: Callable[[str], str | None] = lambda _: None) -> Page:
    """The main text of an HTML page, its line map, what was left out, and its
    publication date: from <meta> tags, else the first <time datetime> outside page
    chrome, else ``date_line`` on the page's first lines (by the own rules, which keep
    the byline) or on its text, else htmldate (which also reads JSON-LD and the URL).

    ``markup`` has its newlines normalized, as ingest decodes it. Never raises."""
    root = _parse(markup)
    if root is None:
        return Page(text="", line_map=(), regions=[], published=None, reader="own rules")
    pieces, holds_article = _read_pieces(root)
    chrome = _Chrome(holds_article)
    library, warning = _library_text(root)
    lines = [line.strip() for line in (library or "").split("\n")]
    lines = [line for line in lines if line]
    if sum(len(line) for line in lines) >= MIN_MAIN_TEXT_CHARS:
        page = _main_text(pieces, lines, chrome)
    else:
        page = _own_text(pieces, chrome)
    if warning:
        page.warnings.append(warning)
    page.published = _markup_date(root, chrome)
    if page.published is None:
        header = page.text if page.reader == "own rules" else None
        if header is None:
            header = _own_text(pieces, chrome, max_lines=DATE_LINES).text
        page.published = date_line(header) or date_line(page.text) or _library_date(markup)
    return page


def _markup_date(root: _Element, chrome: _Chrome) -> str | None:
    """The publication date stated in <meta> tags, else by the first <time datetime>
    outside page chrome."""
    found: dict[int, str] = {}
    for meta in root.iter("meta"):
        attrs = meta.attrib
        for attr in _DATE_META_ATTRS:
            priority = _DATE_META_PRIORITY.get((attr, (attrs.get(attr) or "").lower()))
            if priority is not None:
                stamp = iso_date(attrs.get("content") or "")
                if stamp is not None:
                    found.setdefault(priority, stamp)
    if found:
        return found[min(found)]
    for element in root.iter("time"):
        stamp = iso_date(element.get("datetime") or "")
        if stamp is not None and chrome.dropped_by(element) is None:
            return stamp
    return None


def _library_date(markup: str) -> str | None:
    """The publication date htmldate finds in the page's markup (metadata, JSON-LD, the
    URL, <time> elements), without searching the text; None when it finds none."""
    from htmldate import find_date

    try:
        return find_date(markup, extensive_search=False, original_date=True, max_date=_LATEST_DATE)
    except Exception:  # a library failure only means no date
        return None


# htmldate ignores dates after max_date (by default today, which would make the result
# depend on the day it runs); a fixed far date keeps it deterministic.
_LATEST_DATE = "2099-12-31"


def iso_date(value: str) -> str | None:
    """The ISO date at the start of ``value``.

    >>> iso_date("2024-10-23T09:00Z")
    '2024-10-23'
    >>> iso_date("2024-02-30") is None
    True
    """
    match = _ISO_DATE.match(value)
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return None
