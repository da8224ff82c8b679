"""Small ``str -> str`` fixers, each shown with an input and its output.

:func:`fold` keeps every character where it is, so offsets found in folded text are
offsets in the original. :func:`american` and :func:`matching_form` may change lengths:
use them only on text that is compared, never on text whose offsets are reported.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import Final, NamedTuple

from crosscheck.lexicon import spelling

__all__ = ["Gate", "Window", "american", "fold", "lower_words", "matching_form", "may_contain"]

# Curly single quotes, the modifier-letter apostrophe and single primes: all read as "'".
_SINGLE_QUOTES: Final = "\u2018\u2019\u201a\u201b\u02bc\u2032\u2035\u2039\u203a"
# Curly double quotes, guillemets and double primes: all read as '"'.
_DOUBLE_QUOTES: Final = "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb"
# Every dash and minus sign writers use between numbers or words, folded to "-" so
# "25,000\u201330,000" (en dash) and "25,000-30,000" compare equal.
_DASHES: Final = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# All of Unicode's space separators (category Zs) other than " " itself: no-break,
# narrow no-break, en/em, thin, hair, figure, punctuation, ideographic ...
_SPACES: Final = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
# Zero-width characters become a space rather than vanishing, so the length holds.
_ZERO_WIDTH: Final = "\u200b\u200c\u200d\u2060\ufeff"
# Fullwidth ASCII (U+FF01-U+FF5E) sits exactly 0xFEE0 above its ASCII twin.
_FULLWIDTH_FIRST: Final = 0xFF01
_FULLWIDTH_LAST: Final = 0xFF5E
_FULLWIDTH_OFFSET: Final = 0xFEE0


def _fold_table() -> Mapping[int, str]:
    table: dict[int, str] = {}
    for code in range(_FULLWIDTH_FIRST, _FULLWIDTH_LAST + 1):
        table[code] = chr(code - _FULLWIDTH_OFFSET)
    for chars, replacement in (
        (_SINGLE_QUOTES, "'"),
        (_DOUBLE_QUOTES, '"'),
        (_DASHES, "-"),
        (_SPACES, " "),
        (_ZERO_WIDTH, " "),
    ):
        for char in chars:
            table[ord(char)] = replacement
    # Each entry maps one character to exactly one character: that is what keeps
    # fold() length-preserving. Compatibility forms that are not plainly the same
    # symbol (superscripts, fractions, ligatures, letter-like symbols) are left alone.
    assert all(len(value) == 1 for value in table.values())
    # ASCII is never folded: fold() returns ASCII text as it is.
    assert all(code > 0x7F for code in table)
    return MappingProxyType(table)


_FOLD_TABLE: Final = _fold_table()
# The same table by character, and a pattern finding the characters it folds: most text
# holds few of them, and finding them is about ten times faster than translating every
# character of a text that is not all ASCII (str.translate looks each one up).
_FOLDED: Final = MappingProxyType({chr(code): to for code, to in _FOLD_TABLE.items()})
_TO_FOLD: Final = re.compile("[" + "".join(map(re.escape, _FOLDED)) + "]")

# A whole word: a maximal run of letters (\b on both sides keeps "2defence" whole).
_WORD: Final = re.compile(r"\b[^\W\d_]+\b")


def _ascii_word_table() -> bytes:
    letters = bytes(range(ord("a"), ord("z") + 1)) + bytes(range(ord("A"), ord("Z") + 1))
    table = bytearray(b" " * 256)
    for byte in letters:
        table[byte] = byte
    for byte in b"0123456789_":
        table[byte] = ord("#")
    return bytes(table)


# For ASCII text, the whole words of _WORD are found faster by translating bytes: letters
# stay, digits and "_" become "#" (a letter run touching one is no whole word, as \b
# says, and "#" keeps it out of every lexicon), anything else a space.
_ASCII_WORD_TABLE: Final = _ascii_word_table()


def _words(text: str) -> set[str]:
    """The whole words of ``text`` that are all ASCII letters (as _WORD finds them), and
    maybe some other strings: holding "#", which no lexicon word does, or the ASCII part
    of a word with other letters ("Zo" of "Zo\u00eb"). Enough to know which lexicon words
    the text may hold: american() replaces only whole words.

    >>> _WORD.findall("2defence centre_ (colour), x1y honour")
    ['colour', 'honour']
    >>> sorted(_words("2defence centre_ (colour), x1y honour"))
    ['#defence', 'centre#', 'colour', 'honour', 'x#y']
    >>> sorted(_words("Zo\u00eb\u2019s \u201ccolour\u201d"))
    ['Zo', 'colour', 's']
    """
    # Bytes translate in C; a character outside ASCII becomes "?", then a space (the
    # regular expression over text that is not all ASCII took about ten times as long).
    ascii_bytes = text.encode("ascii", "replace") if not text.isascii() else text.encode()
    return set(ascii_bytes.translate(_ASCII_WORD_TABLE).decode().split())


# A word in lower case: its first letter is (claims' names, stories' profiles).
_LOWER_WORD: Final = re.compile(r"\b[a-z][^\W\d_]*\b")


def lower_words(text: str) -> list[str]:
    """The matches of ``\\b[a-z][^\\W\\d_]*\\b`` in ``text``, in order: in ASCII text the
    whole words of letters that start lower case, found by translating bytes (as
    :func:`_words` does: a letter run touching a digit or "_" holds a "#"), in less than
    half the time of the search.

    >>> lower_words("the US troops_ 2nd wave, iPhone x1 ok")
    ['the', 'wave', 'iPhone', 'ok']
    >>> lower_words("caf\u00e9 and Zo\u00eb")
    ['caf\u00e9', 'and']
    """
    if not text.isascii():
        return _LOWER_WORD.findall(text)
    words = text.encode().translate(_ASCII_WORD_TABLE).decode().split()
    return [w for w in words if w[0].islower() and w.isalpha()]


def fold(text: str) -> str:
    """Fold look-alike quotes, dashes, spaces and fullwidth forms to ASCII, one for one.

    The result has the same length as the input, so offsets carry over.

    >>> fold("Minister\u2019s \u201c25,000\u201330,000\u201d\u00a0troops")
    'Minister\\'s "25,000-30,000" troops'
    >>> fold("\uff11\uff12\uff05 rise, 5 km\u00b2")
    '12% rise, 5 km\u00b2'
    """
    if text.isascii():
        return text  # nothing to fold: every character folded is outside ASCII
    return _TO_FOLD.sub(lambda m: _FOLDED[m.group()], text)


def _with_case_of(original: str, replacement: str) -> str:
    """``replacement`` written in the capitalisation pattern of ``original``."""
    if len(original) > 1 and original.isupper():
        return replacement.upper()
    if original[0].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# A text longer than this is made American in pieces of about this many characters, each
# cut just after a space or line break: each British word a text holds is searched for
# over all of it, so one 15 MB source holding 340 of them took 21 s; in pieces, 0.9 s.
# A word never spans a space, so the pieces' replacements are the whole text's.
AMERICAN_PIECE_CHARS: Final = 16_384


def american(text: str) -> str:
    """Replace British spellings by American ones, whole words, keeping capitalisation.

    >>> american("The Defence Ministry's DEFENCE budget for ageing tanks")
    "The Defense Ministry's DEFENSE budget for aging tanks"
    >>> american("Kim travelled to the Centre; non-unionised CENTRES")
    'Kim traveled to the Center; non-unionized CENTERS'
    """
    if len(text) <= AMERICAN_PIECE_CHARS:
        return _american(text)
    return "".join(map(_american, pieces_at_spaces(text, AMERICAN_PIECE_CHARS)))


def pieces_at_spaces(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of about ``size`` characters, each ending just after a
    space or line break where the stretch after ``size`` holds one (a piece runs on to the
    next space, or to the end).

    >>> pieces_at_spaces("one two three\\nfour", 4)
    ['one two ', 'three\\n', 'four']
    >>> pieces_at_spaces("a b c d e", 2)
    ['a b ', 'c d ', 'e']
    """
    pieces: list[str] = []
    start = 0
    while start < len(text):
        space = _SPACE_OR_BREAK.search(text, start + size)
        end = space.end() if space is not None else len(text)
        pieces.append(text[start:end])
        start = end
    return pieces


_SPACE_OR_BREAK: Final = re.compile("[ \n]")


def _american(text: str) -> str:
    """:func:`american` of one text or piece, by one search of the British words it holds."""
    variants = spelling()
    low = text.lower()
    present = variants.keys() & _words(low)
    if not present:
        return text  # nothing to replace (most texts)
    if text.isascii():
        return _american_ascii(text, low, present, variants)

    def replace(match: re.Match[str]) -> str:
        word = match.group()
        american_word = variants.get(word.lower())  # None for a look-alike (long s)
        return word if american_word is None else _with_case_of(word, american_word)

    # Only the British words this text holds are searched for, so the callback runs on
    # them alone, not on every word.
    return _words_pattern(frozenset(present)).sub(replace, text)


# The characters \w matches in ASCII text: a British word with one of them beside it is
# not a whole word.
_ASCII_WORD_CHARS: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
)


def _american_ascii(text: str, low: str, present: set[str], variants: Mapping[str, str]) -> str:
    """:func:`american` of ASCII ``text`` (``low`` its lower case, the same length), each
    British word of ``present`` found by ``str.find`` and kept where it is whole, as
    ``_words_pattern`` finds it: a third of the time of that search over a long text.
    Every word of ``present`` is all letters, so two whole words never overlap.

    >>> v = {"defence": "defense", "centre": "center"}
    >>> _american_ascii("Defence, defences, CENTRE_1 centre", "defence, defences, centre_1 centre",
    ...                 {"defence", "centre"}, v)
    'Defense, defences, CENTRE_1 center'
    """
    spans: list[tuple[int, int]] = []
    size = len(low)
    for word in present:
        at = low.find(word)
        while at != -1:
            end = at + len(word)
            if (at == 0 or low[at - 1] not in _ASCII_WORD_CHARS) and (
                end == size or low[end] not in _ASCII_WORD_CHARS
            ):
                spans.append((at, end))
            at = low.find(word, end)
    if not spans:
        return text
    spans.sort()
    out, last = [], 0
    for at, end in spans:
        out.append(text[last:at])
        out.append(_with_case_of(text[at:end], variants[low[at:end]]))
        last = end
    out.append(text[last:])
    return "".join(out)


@lru_cache(maxsize=4096)
def _words_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word (the boundaries of ``_WORD``), in any case."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def matching_form(text: str) -> str:
    """The form in which two frames are compared: folded, case-free, American, tidy.

    >>> matching_form("Russian Defence  Minister\u2019s visit")
    "russian defense minister's visit"
    >>> matching_form("  \uff35\uff33\u00a0troops \u2014\\n 11,000 ")
    'us troops - 11,000'
    """
    # NFKC runs again after casefold because casefolding can leave text that is not
    # NFKC-normal, and fold runs after both because NFKC can produce characters fold
    # maps (U+FE58 SMALL EM DASH -> U+2014 EM DASH); this order makes the whole
    # function idempotent.
    text = unicodedata.normalize("NFKC", text)
    text = unicodedata.normalize("NFKC", text.casefold())
    text = american(fold(text))
    return " ".join(text.split())


def matching_forms(lines: Sequence[str]) -> list[str]:
    """:func:`matching_form` of each of ``lines`` (none holding a line break), found in one
    pass over them joined by line breaks: each step reads a line break as a boundary and
    makes none (no character normalizes, case-folds or folds to one), so each line's part
    is its own form, and a source's lines cost one pass, not one call each.

    >>> matching_forms(["Defence  spending", "", "\uff35\uff33 Centre"])
    ['defense spending', '', 'us center']
    """
    text = unicodedata.normalize("NFKC", "\n".join(lines))
    text = unicodedata.normalize("NFKC", text.casefold())
    forms = american(fold(text)).split("\n")
    if len(forms) != len(lines):  # a line holding a line break: each line alone
        return [matching_form(line) for line in lines]
    return [" ".join(form.split()) for form in forms]


# The only characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter:
# dotted and dotless I, long s and the Kelvin sign (found by trying every code point).
_ASCII_CASE_TWINS: Final = re.compile("[\u0130\u0131\u017f\u212a]")


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """False only when no match of a case-insensitive pattern that needs one of ``words``
    (lowercase ASCII) can be in ``text``: a cheap test before running the pattern itself.

    Text holding a character that ``re.IGNORECASE`` reads as an ASCII letter ("\u017f" as
    "s") always may, so the test never skips a match the pattern would find.

    >>> may_contain("First-Half profit", ("half", "quarter"))
    True
    >>> may_contain("Profit rose 5%", ("half", "quarter"))
    False
    >>> may_contain("\u017fecond HALF", ("half",)), may_contain("Q\u0131", ("qi",))
    (True, True)
    """
    low = text.lower()
    if any(word in low for word in words):
        return True
    return not low.isascii() and _ASCII_CASE_TWINS.search(text) is not None


def may_match(text: str, words: tuple[str, ...], needs: re.Pattern[str]) -> bool:
    """False only when no match of a case-insensitive pattern can be in ``text``, where
    every match holds one of ``words`` (lowercase ASCII, the cheap test, as
    :func:`may_contain`) and, lowered, is matched by ``needs``: a case-sensitive pattern
    for lowercase text, looser than the pattern itself (the words it needs, in the
    order and with the spacing it needs them), tried only on text that passes the words.

    >>> needs = re.compile(r"first[- ]half|\\d\\s+days")
    >>> may_match("First-Half profit", ("half", "day"), needs)
    True
    >>> may_match("half the profit, days later", ("half", "day"), needs)
    False
    >>> may_match("\u017fecond HALF", ("half",), needs)
    True
    """
    low = text.lower()
    if not low.isascii() and _ASCII_CASE_TWINS.search(text) is not None:
        return True
    return any(word in low for word in words) and needs.search(low) is not None


class Gate(NamedTuple):
    """What every match of a case-insensitive pattern needs, to skip searching a short
    window that cannot match: ``ends``, words one of which ends the window once trailing
    space is stripped (patterns that end ``word\\s+$``), or ``holds``, words one of which
    it contains (lowercase ASCII). A window passes if either test does."""

    ends: tuple[str, ...] = ()
    holds: tuple[str, ...] = ()


class Window:
    """A short stretch of text beside a figure, lowered once so that each pattern's
    :class:`Gate` costs a string test, not a search. Exact like :func:`may_contain`: text
    holding a character that ``re.IGNORECASE`` reads as an ASCII letter passes every gate.

    >>> w = Window("a rise of ")
    >>> w.may(Gate(ends=("of", "by"))), w.may(Gate(ends=("from",))), w.may(Gate(holds=("ris",)))
    (True, False, True)
    >>> Window("a ri\u017fe of ").may(Gate(ends=("from",)))
    True
    """

    __slots__ = ("_low", "_tail")

    def __init__(self, text: str) -> None:
        exact = text.isascii() or _ASCII_CASE_TWINS.search(text) is None
        self._low = text.lower() if exact else None
        self._tail = self._low.rstrip() if self._low is not None else None

    def may(self, gate: Gate) -> bool:
        """False only when no match of the gated pattern can be in the window."""
        if self._low is None or self._tail is None:
            return True
        if gate.ends and self._tail.endswith(gate.ends):
            return True
        for word in gate.holds:  # noqa: SIM110 (a loop: any() of a generator is slower)
            if word in self._low:
                return True
        return False
