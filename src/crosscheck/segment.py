"""Source -> Sentence: the sentences of a source's kept text, with their offsets.

Two passes, each linear in the length of the text:

1. **Lines -> blocks.** A blank line always ends a block. Whether a single newline does
   depends on the document. In hard-wrapped text (Markdown wrapped at 80 columns,
   newswire at 65) a newline is a soft wrap when the first word of the next line would
   not have fitted on the line, as a wrapping tool decides; a short line (a headline,
   a byline) therefore ends its block. In text written one paragraph per line, every
   newline ends a block. Markdown block starts (headings, list items, quotes, table
   rows, code fences) always start a new block, and their markers are not part of the
   sentence.
2. **Blocks -> sentences.** A block is split after ``.``, ``!``, ``?`` or an ellipsis
   (and any closing quotes or brackets) when whitespace and then a capital, a digit or
   an opening quote follow, unless the word before the full stop is an abbreviation
   or an initial.

No sentence ever reaches outside the source's ``keep`` ranges: text outside them is
page chrome. The regular expressions here are all free of nested quantifiers, and
every scan backwards or forwards is bounded, so long digit runs or megabyte lines
without punctuation cost linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import Final, NamedTuple

from crosscheck.models import Sentence, Source

__all__ = ["split_sentences"]

# --- thresholds for telling hard-wrapped text from one paragraph per line -------------

# Hard wraps are made at 60-80 columns (newswire 65-69, email and Markdown 72-80); a
# line longer than this was not wrapped by a tool.
MAX_WRAP_WIDTH: Final = 100
# Below this, "wrapped" lines are a column of short lines (headline lists, addresses,
# verse) whose newlines are meant.
MIN_WRAP_WIDTH: Final = 40
# A wrapped document may still hold a few unbreakable long lines (URLs, tables); once
# more than this share of its lines is longer than MAX_WRAP_WIDTH, it is not wrapped.
MAX_OVERLONG_SHARE: Final = 0.25
# The wrap width is read as this percentile of the line lengths: greedy wrapping fills
# most lines to within a few columns of the width, and the top decile absorbs the odd
# over-long line that would inflate a plain maximum.
WIDTH_PERCENTILE: Final = 0.9
# Wrapping tools differ by a column or two on whether the width counts a trailing
# space, and the percentile may fall a column short of the true width.
WRAP_TOLERANCE: Final = 2
# At least this share of the newlines that could be soft wraps must look like wraps
# (the next word would not have fitted) for the text to count as hard-wrapped...
MIN_WRAPPED_SHARE: Final = 0.5
# ... and at least this share of those must fall mid-sentence. A wrap falls at a
# sentence end about once per sentence (1 in 15-25 lines), while a paragraph-per-line
# document's lines nearly all end in punctuation.
MIN_MIDSENTENCE_SHARE: Final = 0.5
# Characters a line ends with when it ends a sentence or a paragraph.
_LINE_END_PUNCTUATION: Final = frozenset(".!?\u2026:\"'\u201d\u2019\u00bb")

# --- Markdown ---------------------------------------------------------------------------

# A block marker at the start of a line: ATX heading, bullet, block quote, ordered
# list item. Ordered items have at most 3 digits so that a wrapped line starting with
# a year ("2024. The") is not taken for a list item.
_MARKER: Final = re.compile(r"#{1,6}(?=[ \t]|$)|[-*+](?=[ \t])|>|\d{1,3}[.)](?=[ \t])")
_HEADING: Final = re.compile(r"#{1,6}(?=[ \t]|$)")
# Lines that stand alone, and start a block: table rows, code fences, and rules or
# setext heading underlines.
_STANDALONE_STARTS: Final = ("|", "```", "~~~", "---", "===")

# --- sentence ends ----------------------------------------------------------------------

# A run of terminal punctuation (the lookbehind anchors it at the run's first
# character), the closing quotes and brackets after it, then whitespace. Possessive
# quantifiers over disjoint character classes: nothing to backtrack into. The leading
# lookahead (implied by what follows) lets the search skip fast between full stops.
_BOUNDARY: Final = re.compile(
    "(?=[.!?\u2026])(?<![.!?\u2026])([.!?\u2026]++)[\u2019\u201d\"'\u00bb\u203a)\\]]*+(\\s++)"
)
# Characters that may open a sentence besides a capital letter or a digit.
_SENTENCE_OPENERS: Final = frozenset("\"'\u201c\u2018\u00ab\u2039([{*")
# Opening punctuation stripped from the word before a full stop: "(Mr." is "Mr".
_WORD_OPENERS: Final = "\"'\u201c\u2018\u00ab\u2039([{*_"
_WHITESPACE: Final = re.compile(r"\s+")
# Whitespace that joining a sentence's whitespace runs into single spaces would change:
# a block without any (most blocks) gives its sentences as they stand.
_UNTIDY_SPACE: Final = re.compile(r"[^\S ]|  ")
_SPACES: Final = re.compile(r"\s*")
_NONSPACE: Final = re.compile(r"\S*")
_LETTERS: Final = re.compile(r"[^\W\d_]+")
_ALPHANUMERIC: Final = re.compile(r"[^\W_]")
# One or more letters joined by dots: initials and dotted abbreviations ("F", "U.S",
# "a.m", "Ph.D"), as they stand before their final full stop.
_DOTTED: Final = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")

# Abbreviations that (in news copy) never end a sentence, matched as written.
_NEVER_FINAL: Final = frozenset(
    {
        *("Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Rev", "Gov", "Sen", "Rep"),
        *("Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Cmdr", "Brig", "Cpl", "Pvt"),
        *("St", "Mt", "Ft", "Jr", "Sr", "No", "v"),
        *("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
    }
)
# The same, matched in any case ("No" is not here: "said no." ends a sentence).
_NEVER_FINAL_ANY_CASE: Final = frozenset(
    {"vs", "approx", "est", "e.g", "i.e", "cf", "viz", "fig", "vol", "nos"}
)
# Abbreviations that can end a sentence; the dotted ones ("U.S.", "a.m.") and single
# initials are found by _DOTTED. After these a sentence ends only when a word that
# commonly starts a sentence follows ("in the U.S. The next day").
_CAN_END: Final = frozenset({"Inc", "Corp", "Ltd", "Co", "Bros", "etc", "al", "Ave", "Blvd"})
_STARTERS: Final = frozenset(
    {
        *("The", "A", "An", "This", "That", "These", "Those", "There", "Here", "It", "Its"),
        *("He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your"),
        *("In", "On", "At", "By", "For", "From", "With", "Without", "To", "Under", "Over"),
        *("After", "Before", "During", "Since", "Until", "As", "If", "When", "While"),
        *("But", "And", "Or", "Nor", "So", "Yet", "Still", "Then", "Now", "Also", "Only"),
        *("However", "Meanwhile", "Moreover", "Furthermore", "Nevertheless", "Instead"),
        *("Although", "Though", "Despite", "According", "Earlier", "Later", "Last"),
        *("Some", "Many", "Most", "Both", "Each", "Such", "Other", "Another", "No", "Not"),
        *("What", "Why", "How", "Who", "Where", "One", "Two", "Officials", "Analysts"),
    }
)
# Back from a full stop, look at most this far for the word before it: longer words
# are not abbreviations ("Messrs" and "approx" are the longest, plus an opening
# bracket or quote or two).
_LONGEST_ABBREVIATION: Final = 10
_LONGEST_STARTER: Final = max(map(len, _STARTERS))


class _Line(NamedTuple):
    """One line of kept text, without its newline."""

    start: int
    indent: int  # first non-whitespace character (== content_end when blank)
    content_end: int  # just past the last non-whitespace character

    @property
    def blank(self) -> bool:
        return self.indent >= self.content_end

    @property
    def width(self) -> int:
        return self.content_end - self.start


def split_sentences(
    source: Source,
    within: tuple[int, int] | None = None,
    blocks: Sequence[tuple[int, int]] | None = None,
) -> tuple[Sentence, ...]:
    """The sentences of ``source``'s kept text, in order, with offsets into its text.

    ``within=(start, end)``: only the sentences of the blocks (paragraphs) that begin in
    ``text[start:end]``, numbered from 0, for reading a large source in pieces. The text
    is read whole all the same, for its wrap width: the pieces of a source, in order,
    hold the same sentences as the source read at once. ``blocks`` are the source's
    :func:`text_blocks`, when already found (once for all the pieces of a large source).

    >>> text = "# Troops\\n\\nDr. Kim said 11,000 troops came. They left."
    >>> source = Source(path="a.md", sha256="0" * 64, text=text, format="markdown",
    ...                 encoding="utf-8", keep=((0, len(text)),))
    >>> [(s.line, s.column, s.text) for s in split_sentences(source)]
    [(1, 3, 'Troops'), (3, 1, 'Dr. Kim said 11,000 troops came.'), (3, 34, 'They left.')]
    """
    text = source.text
    locate = Locator(source)
    sentences: list[Sentence] = []
    for block_start, block_end in text_blocks(source) if blocks is None else blocks:
        if within is not None and not within[0] <= block_start < within[1]:
            continue
        block = text[block_start:block_end]
        tidy = _UNTIDY_SPACE.search(block) is None
        for start, end in _sentence_spans(block):
            piece = block[start:end]
            # (str.isalnum is the same test as [^\W_], for the usual first letter)
            if not piece[:1].isalnum() and _ALPHANUMERIC.search(piece) is None:
                continue  # bare punctuation, a rule line ("---"), an emptied marker
            line, column = locate(block_start + start)
            sentences.append(
                Sentence(
                    source=source.path,
                    index=len(sentences),
                    start=block_start + start,
                    end=block_start + end,
                    line=line,
                    column=column,
                    text=piece if tidy else _WHITESPACE.sub(" ", piece),
                )
            )
    return tuple(sentences)


def text_blocks(source: Source) -> tuple[tuple[int, int], ...]:
    """(start, end) of every block (paragraph) of ``source``'s kept text, in order, its
    lines joined where the text is hard-wrapped: what :func:`split_sentences` splits.

    >>> text = "Troops came\\nat dawn.\\n\\nThey left."
    >>> source = Source(path="a.txt", sha256="0" * 64, text=text, format="text",
    ...                 encoding="utf-8", keep=((0, len(text)),))
    >>> [text[a:b] for a, b in text_blocks(source)]
    ['Troops came', 'at dawn.', 'They left.']
    """
    text = source.text
    ranges = [_lines(text, start, end) for start, end in _kept_ranges(source)]
    width = _wrap_width(text, ranges)
    return tuple(block for lines in ranges for block in _blocks(text, lines, width))


# --- lines and blocks -------------------------------------------------------------------


def _kept_ranges(source: Source) -> list[tuple[int, int]]:
    """The keep ranges clipped to the text, sorted, overlapping ones merged."""
    ranges: list[tuple[int, int]] = []
    for start, end in sorted(source.keep):
        start, end = max(start, 0), min(end, len(source.text))
        if start >= end:
            continue
        if ranges and start < ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(end, ranges[-1][1]))
        else:
            ranges.append((start, end))
    return ranges


def _lines(text: str, start: int, end: int) -> list[_Line]:
    """The lines of ``text[start:end]``; the range's ends count as line ends."""
    lines: list[_Line] = []
    position = start
    while position <= end:
        newline = text.find("\n", position, end)
        line_end = end if newline == -1 else newline
        raw = text[position:line_end]
        content_end = position + len(raw.rstrip())
        indent = min(line_end - len(raw.lstrip()), content_end)
        lines.append(_Line(position, indent, content_end))
        if newline == -1:
            break
        position = newline + 1
    return lines


def _starts_block(text: str, line: _Line) -> bool:
    """Whether a line opens a Markdown block (heading, list item, quote, table, fence)."""
    if text.startswith(_STANDALONE_STARTS, line.indent, line.content_end):
        return True
    return _MARKER.match(text, line.indent, line.content_end) is not None


def _stands_alone(text: str, line: _Line) -> bool:
    """Whether a line can never wrap into the next: headings, table rows, fences."""
    if text.startswith(_STANDALONE_STARTS, line.indent, line.content_end):
        return True
    return _HEADING.match(text, line.indent, line.content_end) is not None


def _next_word_overflows(text: str, line: _Line, following: _Line, width: int) -> bool:
    """Whether the first word of ``following`` would not have fitted on ``line``.

    That is why a wrapping tool breaks a line; a line that stops short of it (a
    headline, a byline, a paragraph's last line) was broken by its writer.
    """
    room = width - WRAP_TOLERANCE - line.width - 1  # columns left after one space
    if room < 0:
        return True
    # Read at most room + 1 characters: enough to know the word does not fit.
    stop = min(following.content_end, following.indent + room + 1)
    word = _NONSPACE.match(text, following.indent, stop)
    return word is not None and word.end() - word.start() > room


def _soft_wrap(text: str, line: _Line, following: _Line, width: int) -> bool:
    """Whether the newline between two lines of hard-wrapped text is a soft wrap."""
    return (
        not following.blank
        and not _stands_alone(text, line)
        and not _starts_block(text, following)
        and (
            _next_word_overflows(text, line, following, width)
            or _mid_sentence(text, line, following)
        )
    )


# A line that stops on a lower-case word or a comma, followed by one that opens with a
# lower-case word or a sum of money, is one sentence broken by a narrower wrap (text pasted
# from a column of another width): no headline or byline ends that way before such a line.
_CONTINUATION_STARTS = "$€£¥"


def _mid_sentence(text: str, line: _Line, following: _Line) -> bool:
    last, first = text[line.content_end - 1], text[following.indent]
    return (last.islower() or last == ",") and (first.islower() or first in _CONTINUATION_STARTS)


def _wrap_width(text: str, ranges: Sequence[Sequence[_Line]]) -> int | None:
    """The width the kept text is hard-wrapped at, or None when it is not wrapped."""
    lengths = [line.width for lines in ranges for line in lines if not line.blank]
    overlong = sum(1 for length in lengths if length > MAX_WRAP_WIDTH)
    if not lengths or overlong > MAX_OVERLONG_SHARE * len(lengths):
        return None  # one paragraph per line
    fitting = sorted(length for length in lengths if length <= MAX_WRAP_WIDTH)
    width = fitting[int(WIDTH_PERCENTILE * (len(fitting) - 1) + 0.5)]  # nearest rank
    if width < MIN_WRAP_WIDTH:
        return None
    candidates = wrapped = midsentence = 0
    for lines in ranges:
        for line, following in pairwise(lines):
            if line.blank or following.blank:
                continue
            if _stands_alone(text, line) or _starts_block(text, following):
                continue
            candidates += 1
            if _next_word_overflows(text, line, following, width):
                wrapped += 1
                if text[line.content_end - 1] not in _LINE_END_PUNCTUATION:
                    midsentence += 1
    if wrapped == 0 or wrapped < MIN_WRAPPED_SHARE * candidates:
        return None
    if midsentence < MIN_MIDSENTENCE_SHARE * wrapped:
        return None
    return width


def _skip_space(text: str, position: int, end: int) -> int:
    """Offset of the first non-whitespace character at or after ``position``."""
    space = _SPACES.match(text, position, end)
    return position if space is None else space.end()


def _marker_end(text: str, position: int, end: int) -> int:
    """Offset just past the (possibly nested) Markdown block markers at ``position``."""
    while True:
        position = _skip_space(text, position, end)
        marker = _MARKER.match(text, position, end)
        if marker is None:
            return position
        position = marker.end()


def _blocks(text: str, lines: Sequence[_Line], width: int | None) -> Iterator[tuple[int, int]]:
    """(start, end) of each block of one keep range, markers and outer whitespace off."""
    index = 0
    while index < len(lines):
        first = last = lines[index]
        index += 1
        if first.blank:
            continue
        if width is not None:
            while index < len(lines) and _soft_wrap(text, last, lines[index], width):
                last = lines[index]
                index += 1
        start = _marker_end(text, first.indent, first.content_end)
        if start == first.content_end and last is not first:
            # The first line held only markers: the block starts on the next line.
            start = _skip_space(text, start, last.content_end)
        if start < last.content_end:
            yield start, last.content_end


# --- sentences --------------------------------------------------------------------------


def _sentence_spans(block: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of a block, relative to the block.

    The block has no leading or trailing whitespace, so neither has any sentence.
    """
    start = 0
    for boundary in _BOUNDARY.finditer(block):
        following = boundary.end()
        if following < len(block) and _ends_sentence(block, boundary, following):
            yield start, boundary.start(2)
            start = following
    yield start, len(block)


def _ends_sentence(block: str, boundary: re.Match[str], following: int) -> bool:
    """Whether the terminal punctuation matched by ``boundary`` ends a sentence."""
    first = block[following]
    if not (first.isupper() or first.isdigit() or first in _SENTENCE_OPENERS):
        return False
    if boundary.group(1) != ".":
        return True  # "!", "?", and ellipses ("...", "…") followed by a capital
    word = _word_before(block, boundary.start(1))
    if word in _NEVER_FINAL or word.lower() in _NEVER_FINAL_ANY_CASE:
        return False
    if word in _CAN_END or _DOTTED.fullmatch(word):
        starter = _word_at(block, following)
        if len(word) == 1:
            # A single initial ("John F. Kennedy"): a one-letter "starter" is more
            # likely another initial ("J. A. Smith") than "A" or "I".
            return len(starter) > 1 and starter in _STARTERS
        return starter in _STARTERS
    return True


def _word_before(block: str, stop: int) -> str:
    """The word just before a full stop at ``stop``, if it is short enough to matter.

    Opening brackets and quotes are dropped ("(Mr." gives "Mr"); a word longer than any
    abbreviation gives "".
    """
    low = max(0, stop - _LONGEST_ABBREVIATION)
    tail = block[low:stop].split()
    if not tail or block[stop - 1].isspace():
        return ""
    word = tail[-1]
    if len(word) == stop - low and low > 0 and not block[low - 1].isspace():
        return ""  # the word runs on past the window
    return word.lstrip(_WORD_OPENERS)


def _word_at(block: str, position: int) -> str:
    """The run of letters at ``position``, read no further than the longest starter."""
    letters = _LETTERS.match(block, position, position + _LONGEST_STARTER + 1)
    return "" if letters is None else letters.group()


# --- line numbers -----------------------------------------------------------------------


class Locator:
    """``Source.line_of`` in O(log n) per call.

    ``Source.line_of`` counts newlines from the start of the text on every call, which
    is quadratic over all the sentences of a long document. This gives the same
    answers (tests check it) from a sorted list of newline offsets.
    """

    def __init__(self, source: Source) -> None:
        self._line_map = source.line_map
        newlines: list[int] = []
        position = source.text.find("\n")
        while position != -1:
            newlines.append(position)
            position = source.text.find("\n", position + 1)
        self._newlines = newlines

    def __call__(self, offset: int) -> tuple[int, int]:
        before = bisect_left(self._newlines, offset)  # newlines before offset
        line_start = self._newlines[before - 1] + 1 if before else 0
        line = before + 1
        if self._line_map is not None and 0 < line <= len(self._line_map):
            line = self._line_map[line - 1]
        return line, offset - line_start + 1
