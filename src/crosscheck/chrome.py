"""Page chrome in plain text: navigation, share buttons, trailers and link lists.

General, line-based rules (:func:`find_chrome`): a line that is only a chrome label
("Advertisement", "Share this article") is skipped; a link-list marker ("Read more:",
"See also:") is skipped with the list items after it; a trailer marker ("Related
Articles", "Comments", "More from ...") after the article's first prose line starts
chrome that runs to the end of the text; a teaser line ("Related: 5 officers dead ...")
carries another story's figures.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.models import Region

# Characters of skipped text shown in a Region's preview: enough to recognise it on one line.
PREVIEW_CHARS = 60
# A line shorter than this with no sentence-final punctuation is a label ("Try Our AI
# Features", "4 hours ago"), not prose: news sentences run longer, headlines are kept
# because they are only absorbed when they sit right before a trailer marker.
SHORT_LINE_CHARS = 60
# At most this many short lines just before a trailer marker are absorbed into it. A
# longer run is more likely a list of the article's own (e.g. bullet-point facts), so
# the run is then left alone: leaving chrome costs nothing, losing content costs claims.
MAX_TRAILER_LEAD_LINES = 5
# Longest marker line looked up in the word lists below; longer lines are prose.
MAX_MARKER_CHARS = 60

# (a) A whole line that is one of these is chrome, wherever it is.
_CHROME_LINES = frozenset(
    {
        "top of page",
        "bottom of page",
        "back to top",
        "skip to content",
        "skip to main content",
        "skip to navigation",
        "advertisement",
        "advertisements",
        "sponsored",
        "story continues below advertisement",
        "continue reading below",
        "scroll to continue",
        "share",
        "share this",
        "share this article",
        "share this story",
        "share this page",
        "share on facebook",
        "share on twitter",
        "share on x",
        "tweet",
        "print",
        "print this article",
        "email",
        "email this article",
        "copy link",
        "link copied",
        "save",
        "save article",
        "subscribe",
        "subscribe now",
        "sign up",
        "sign in",
        "log in",
        "login",
        "register",
        "follow us",
        "click here",
        "listen to this article",
        "listen to this story",
        "toggle navigation",
        "open in app",
    }
)
# (b) A standalone line that is one of these starts chrome running to the end of the file.
_TRAILER_LINES = frozenset(
    {
        "related",
        "related articles",
        "related stories",
        "related content",
        "related posts",
        "related news",
        "related reading",
        "related coverage",
        "related topics",
        "you may also like",
        "you might also like",
        "you may be interested in",
        "recommended",
        "recommended for you",
        "recommended stories",
        "recommended reading",
        "comments",
        "comment",
        "no comments yet",
        "leave a comment",
        "leave a reply",
        "join the conversation",
        "most read",
        "most popular",
        "most viewed",
        "trending",
        "trending now",
        "latest news",
        "latest stories",
        "top stories",
        "read next",
        "what to read next",
        "up next",
        "editor's picks",
        "around the web",
        "sponsored content",
        "from our partners",
        "don't miss",
        "more stories",
        "more news",
    }
)
_TRAILER_PREFIXES = ("more from ", "more stories from ")
# (c) One of these, followed by list items, is a link list: marker and items are chrome.
_LINK_LIST_LINES = frozenset(
    {
        "read more",
        "related",
        "related links",
        "related articles",
        "related stories",
        "related coverage",
        "related reading",
        "see also",
        "further reading",
        "also read",
        "read also",
        "more",
        "more reading",
        "more on this story",
        "more on this topic",
        "read next",
        "useful links",
    }
)
# "- ", "* ", "+ ", bullet, en dash, middle dot, or "1. " / "1) ".
_LIST_ITEM = re.compile(r"\s*(?:[-*+\u2022\u2013\u00b7]\s|\d{1,3}[.)]\s)")
_SENTENCE_END = frozenset(".!?…\"'”’»")  # noqa: RUF001 - curly quotes are the point
_MARKER_COUNT = re.compile(r"^\d+\s+|\s*\(\d+\)$")  # "12 comments", "Comments (12)"


@dataclass(frozen=True)
class _Span:
    """Chrome found by line index: lines first..last, or first..end of text."""

    first: int
    last: int
    marker: str
    to_end: bool = False


def find_chrome(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[Region, ...]]:
    """Find page chrome in plain text: (ranges to keep, regions skipped).

    Three general, line-based rules:

    * a line that is only a chrome label ("Advertisement", "Share this article") is skipped;
    * a link-list marker ("Read more:", "See also:") followed by list items is skipped
      with its items;
    * a trailer marker ("Related Articles", "Comments", "More from ...") after the
      article's first prose line starts chrome that runs to the end, and takes with it
      the few short label lines just before it.

    The keep ranges and the regions are sorted, disjoint and together cover ``text``.

    >>> keep, skipped = find_chrome("Troops arrived on Monday.\\nShare\\nMore troops came.")
    >>> [skipped[0].reason, skipped[0].line]
    ['page chrome: Share', 2]
    >>> keep
    ((0, 26), (31, 49))
    """
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    spans = _find_spans(lines)

    regions: list[Region] = []
    for span in spans:
        start = starts[span.first]
        end = len(text) if span.to_end else starts[span.last] + len(lines[span.last])
        if end <= start:
            continue
        end_line = bisect_right(starts, max(start, end - 1))
        regions.append(
            Region(
                start=start,
                end=end,
                line=span.first + 1,
                end_line=end_line,
                reason=f"page chrome: {_clip(span.marker)}",
                preview=_clip(text[start:end]),
            )
        )

    regions.extend(_tags(text, regions, starts))
    regions.sort(key=lambda region: (region.start, region.end))
    keep: list[tuple[int, int]] = []
    position = 0
    for region in regions:
        if region.start > position:
            keep.append((position, region.start))
        position = max(position, region.end)
    if position < len(text):
        keep.append((position, len(text)))
    return tuple(keep), tuple(regions)


# (e) An HTML element's tag with attributes left in plain text (a page saved with its
# embeds: '<iframe width="476" height="267" frameborder="0">'): its attributes' numbers
# are no figures. Only embeds' and layout elements' tags with attributes are skipped, so
# prose's "x < y > z" is never one, and a link or a script quoted as text is kept as
# written (and shown inert).
_TAG = re.compile(
    r"<(?:audio|button|div|embed|figure|form|iframe|img|input|link|meta|object|param|picture|"
    r"source|span|svg|table|td|th|tr|track|video)"
    r"\s+[\w:-]+\s*=[^<>]*>",
    re.IGNORECASE,
)


def _tags(text: str, regions: Sequence[Region], starts: Sequence[int]) -> list[Region]:
    """The tags in ``text`` outside ``regions`` (rule e), each a region of its own.

    >>> [(r.start, r.end, r.reason) for r in _tags('Video <iframe width="4">x', [], [0])]
    [(6, 24, 'markup tag')]
    """
    if "<" not in text:
        return []
    found: list[Region] = []
    for m in _TAG.finditer(text):
        if any(r.start < m.end() and m.start() < r.end for r in regions):
            continue
        found.append(
            Region(
                start=m.start(),
                end=m.end(),
                line=bisect_right(starts, m.start()),
                end_line=bisect_right(starts, m.end() - 1),
                reason="markup tag",
                preview=_clip(m.group()),
            )
        )
    return found


# (d) A line that opens with one of these and a colon is a link to another page, a teaser
# with that page's headline ("Related: 5 officers dead, 7 hurt in Dallas", "Previous story:
# 1 dead, 4 injured after ...", "READ: Gunman kills 10 people at Colorado supermarket"): its
# figures are the other story's.
_TEASER = re.compile(
    r"\s*(?P<label>related(?:\s+(?:story|stories|article|articles|coverage|link|links|video))?|"
    r"previous\s+story|next\s+story|previously|photos?|video|watch|"
    r"read\s+more|read|must\s+read|more|more\s+coverage|see\s+also|also\s+read|read\s+also|"
    r"listen|gallery)"
    r"\s*:\s+\S",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019]?\s+[A-Z]")


def _find_spans(lines: Sequence[str]) -> list[_Span]:
    spans: list[_Span] = []
    seen_prose = False
    index = 0
    while index < len(lines):
        line = lines[index]
        teaser = _TEASER.match(line)
        if teaser is not None and not _SENTENCE_BREAK.search(line):
            # one headline, perhaps with a gallery's captions after it: never a paragraph
            spans.append(_Span(index, index, teaser.group("label")))
            index += 1
            continue
        label = None if _continues(lines, index) else _label(line)
        if label is None:
            seen_prose = seen_prose or _is_prose(line)
            index += 1
            continue
        if label in _LINK_LIST_LINES:
            last = _list_end(lines, index)
            if last is not None:
                spans.append(_Span(index, last, line.strip()))
                index = last + 1
                continue
        if label in _TRAILER_LINES or label.startswith(_TRAILER_PREFIXES):
            if seen_prose:
                first = _trailer_start(lines, index, spans)
                spans = [span for span in spans if span.first < first]
                spans.append(_Span(first, len(lines) - 1, line.strip(), to_end=True))
                return spans
            # Before any prose it is header navigation, not a trailer: skip only the line.
            spans.append(_Span(index, index, line.strip()))
        elif label in _CHROME_LINES:
            spans.append(_Span(index, index, line.strip()))
        else:
            seen_prose = seen_prose or _is_prose(line)
        index += 1
    return spans


def _continues(lines: Sequence[str], index: int) -> bool:
    """Whether the line is the wrapped end of the sentence above it, not a label of its
    own: "... was immediately available for" then "comment." (wire text wrapped at 65
    characters), never the "Comments" heading of a page.

    >>> _continues(["No one was available for", "comment."], 1)
    True
    >>> _continues(["The end of the story.", "Comments"], 1), _continues(["", "comment"], 1)
    (False, False)
    """
    if index == 0:
        return False
    above = lines[index - 1].rstrip()
    first = lines[index].lstrip()[:1]
    return bool(above) and above[-1] not in _SENTENCE_END and first.islower()


def _label(line: str) -> str | None:
    """The line as a marker to look up ("## Comments (3)" -> "comments"); None if too long."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_MARKER_CHARS:
        return None
    label = " ".join(stripped.strip("#*_=").split()).casefold().replace("\u2019", "'")
    label = _MARKER_COUNT.sub("", label.rstrip(":.…!").rstrip())
    return label or None


def _is_short(line: str) -> bool:
    """A label-like line: short, and not ending like a sentence."""
    stripped = line.strip()
    return 0 < len(stripped) < SHORT_LINE_CHARS and stripped[-1] not in _SENTENCE_END


def _is_prose(line: str) -> bool:
    return bool(line.strip()) and not _is_short(line)


def _list_end(lines: Sequence[str], marker: int) -> int | None:
    """Index of the last list item in the run after a link-list marker, if any."""
    last = None
    index = marker + 1
    while index < len(lines):
        line = lines[index]
        if _LIST_ITEM.match(line):
            last = index
        elif line.strip():
            break
        index += 1
    return last


def _trailer_start(lines: Sequence[str], marker: int, spans: Sequence[_Span]) -> int:
    """First line of a trailer: the marker, or the short label lines just before it."""
    ends = {span.last: span.first for span in spans}
    first = marker
    labels = 0
    index = marker - 1
    while index >= 0:
        line = lines[index]
        if index in ends:  # chrome already found: absorb it whole
            first = index = ends[index]
        elif not line.strip():
            pass
        elif _is_short(line):
            labels += 1
            if labels > MAX_TRAILER_LEAD_LINES:
                return marker
            first = index
        else:
            break
        index -= 1
    return first


def _clip(text: str) -> str:
    return " ".join(text.split())[:PREVIEW_CHARS]
