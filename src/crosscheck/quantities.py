"""Read the quantities a sentence states: Sentence -> Quantity.

The reader works on the length-preserving folded text (see ``normalize.fold``), so every
span it returns is a span of the original source text. It reads in three passes:

1. *atoms*: one figure each, with its currency, scale word and unit
   ("US$1.7 billion", "25,000", "155mm", "half a billion US dollars");
2. *quantities*: atoms joined into ranges ("25,000-30,000", "from X to Y",
   "between X and Y"), hedges applied ("about", "up to", "at least"), and a figure in
   brackets right after another kept as its alternate ("US$1.7 billion (A$2.6 billion)");
3. *filters*: numbers that are not amounts are dropped: model designations (Su-34,
   COVID-19), calibres used as names ("155mm munitions"), years, dates, clock times,
   ordinals and numbers inside URLs.

Every pattern is linear: digit runs are matched by single bounded loops, and context is
read from short fixed windows around a figure, never by scanning the sentence again.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from fractions import Fraction

from text_to_num import text2num  # type: ignore[import-untyped]  # ships no type hints

from crosscheck.ages import (
    AGE_AFTER,
    MAX_AGE,
    continue_age_lists,
    read_age,
    read_decade_age,
    spelled_age,
)
from crosscheck.atoms import CONTEXT_CHARS, Atom, Reading
from crosscheck.bounds import TIME_UNITS, apply_hedge, is_range, is_score, range_opener, share
from crosscheck.clock import NOON_WORDS, fit_meridiem, is_date_or_time, read_times
from crosscheck.designations import (
    CALIBRE_AFTER,
    PLURAL_NEXT,
    RATIO_BEFORE,
    RATIO_GATE,
    URL,
    is_address_or_phone,
    is_designation,
    is_rate_base,
    names_something,
)
from crosscheck.measures import (
    CURRENCY_PREFIXES,
    SCALES,
    apply_rate,
    inherit_currency,
    prefix_currency,
    read_suffix,
)
from crosscheck.models import Bound, Quantity, QuantityKind, Sentence
from crosscheck.normalize import Gate, Window, fold, may_contain
from crosscheck.number_words import (
    DOZEN_WORDS,
    FRACTION_UNIT_WORDS,
    FRACTIONS,
    NUMBER_WORD_START,
    SCALE_WORDS,
    SPELLED,
    TIMES_WORDS,
    VAGUE_WORDS,
    WORD_SCALE,
    is_small_count,
    may_read_times_hurt,
    may_scale,
    may_spell,
    read_dozens,
    read_fraction_units,
    read_times_hurt,
    read_vague,
    spelled,
)

# Years that stand alone ("in 2019", "2016 civil war") are dates, not counts.
YEAR_MIN, YEAR_MAX = 1800, 2100

# A figure: digits with thousands separators, or plain digits, with an optional decimal part.
# Bounded, non-nested loops: linear on any digit run.
# Digits grouped in thousands ("7,500,000"), in the Indian way (lakhs and crores: "7,50,000"
# is 750,000, "1,20,00,000" twelve million), or not at all.
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}|\d+)(\.\d+)?(?![\d])")

# Whatever a figure is written with: a digit, or the start of a number word ("eleven",
# "dozens", "hundreds", "half a billion" has "billion": number_words.NUMBER_WORD_START).
# A sentence with neither is skipped.
_A_DIGIT = re.compile(r"\d")

_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)

_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[-\s]+(?:of\s+)?$", re.IGNORECASE)
_MAGNITUDE_GATE = Gate(holds=("magnitude",))
_MATCH_MINUTE = re.compile(r"(?:st|nd|rd|th)[-\s]minute\b", re.IGNORECASE)

# Words before a year that make it one even when a plural noun follows: "the 2020 races".
_YEAR_DETERMINER = re.compile(r"\b(?:the|its|their|this|last|next|that)\s+$", re.IGNORECASE)
_YEAR_DETERMINER_GATE = Gate(ends=("the", "its", "their", "this", "last", "next", "that"))

# "minus 12 degrees Celsius"
_MINUS_BEFORE = re.compile(r"(?<!plus or )\bminus\s+$", re.IGNORECASE)
_MINUS_GATE = Gate(ends=("minus",))

# "the 10-year Treasury yield", "the 30-year Bund": a term that names a bond.
_NAMED_TERM_AFTER = re.compile(r"^\s+[A-Z]")


def read_quantities(sentence: Sentence, source_text: str) -> tuple[Quantity, ...]:
    """Every quantity stated in ``sentence``, with spans into ``source_text``.

    >>> from crosscheck.models import Sentence
    >>> text = "It earned anywhere from US$1.7 billion to $5.5 billion."
    >>> s = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    >>> [(q.text, q.low, q.high, q.bound.value, q.currency) for q in read_quantities(s, text)]
    [('anywhere from US$1.7 billion to $5.5 billion', 1700000000.0, 5500000000.0, 'range', 'USD')]
    """
    base = sentence.start
    original = source_text[sentence.start : sentence.end]
    if (
        _A_DIGIT.search(original) is None
        and NUMBER_WORD_START.search(original.lower()) is None
        and not may_contain(original, NOON_WORDS)
        and not may_read_times_hurt(original)
    ):
        return ()  # no digit, number word or noon: most sentences need no more work
    text = fold(original)
    if "@" in text or "://" in text or "www." in text.lower():  # else no URL can match
        text = URL.sub(lambda m: " " * len(m.group()), text)
    atoms = [a for a in _read_atoms(text) if not a.drop]
    quantities = _join(text, atoms)
    return tuple(_to_record(q, text, original, base) for q in quantities)


# --- pass 1: atoms -------------------------------------------------------------------------


def _read_atoms(text: str) -> list[Atom]:
    atoms: list[Atom] = []
    taken = _Taken(len(text))
    for atom in (
        *read_times(text),
        *(read_vague(text) if may_contain(text, VAGUE_WORDS) else ()),
        *(read_dozens(text) if may_contain(text, DOZEN_WORDS) else ()),
        *(read_times_hurt(text) if may_contain(text, TIMES_WORDS) else ()),
        *(read_fraction_units(text) if may_contain(text, FRACTION_UNIT_WORDS) else ()),
    ):
        if not taken.overlaps(atom.start, atom.end):
            atoms.append(atom)
            taken.add(atom.start, atom.end)
    scaled = WORD_SCALE.finditer(text) if may_scale(text) else ()
    for m in scaled:
        if taken.overlaps(m.start(), m.end()):
            continue
        frac = FRACTIONS[m.group("frac").lower()]
        scale = SCALES[m.group("scale").lower()]
        value = frac * scale
        atom = Atom(m.start(), m.end(), value, 10 ** math.floor(math.log10(value)), words=True)
        atom.scale, atom.scaled = scale, True
        read_suffix(text, atom)
        atoms.append(atom)
        taken.add(m.start(), m.end())
    for m in spelled(text) if may_spell(text) else ():
        first_word = m.group().split()[0].split("-")[0].lower()
        if taken.overlaps(m.start(), m.end()) or first_word in SCALE_WORDS:
            continue  # "8 million" is read from its digits; a lone "million" is no figure
        try:
            value = float(text2num(m.group().lower().replace("-", " "), "en"))
        except ValueError:
            continue
        age = AGE_AFTER.match(text[m.end() : m.end() + CONTEXT_CHARS])
        if age and 0 < value <= MAX_AGE:  # "a three-week-old boy", "the one-month-old"
            unit = age.group("u").lower().replace("yr", "year")
            atom = Atom(m.start(), m.end() + age.end(), value, 1.0, unit=unit, words=True)
            atom.kind = QuantityKind.AGE
            atoms.append(atom)
            taken.add(atom.start, atom.end)
            continue
        if spelled_age(text, m.start(), value):  # "aged eight", "at the age of nine"
            atom = Atom(m.start(), m.end(), value, 1.0, unit="year", words=True)
            atom.kind = QuantityKind.AGE
            atoms.append(atom)
            taken.add(atom.start, atom.end)
            continue
        if value < 10 and not is_small_count(text, m.start(), m.end(), value):
            continue
        atom = Atom(m.start(), m.end(), value, 10 ** math.floor(math.log10(value)), words=True)
        read_suffix(text, atom)
        atoms.append(atom)
        taken.add(m.start(), m.end())
    covered = 0  # the end of the last figure read from digits ("7-1/4" holds "1" and "4")
    for m in _NUMBER.finditer(text):
        if m.start() < covered or taken.overlaps(m.start(), m.end()):
            continue
        number = _read_number(text, m)
        if number is not None:
            atoms.append(number)
            covered = number.end
    atoms.sort(key=lambda a: a.start)
    continue_age_lists(text, atoms)
    return atoms


class _Taken:
    """Characters already read as part of a figure: one flag per character, so checking a
    span costs its length, not the number of figures read so far."""

    def __init__(self, size: int) -> None:
        self._marks = bytearray(size)

    def add(self, start: int, end: int) -> None:
        self._marks[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return self._marks.find(1, start, end) != -1


def _read_number(text: str, m: re.Match[str]) -> Atom | None:
    start, end = m.start(), m.end()
    digits, decimals = m.group(1), m.group(2) or ""
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    if is_designation(text, start, end) or is_date_or_time(text, start, end, before, after):
        return None
    near = Window(before)  # lowered once for the gates of the patterns read on it
    if (
        is_address_or_phone(digits, before, after, near)
        or (near.may(RATIO_GATE) and RATIO_BEFORE.search(before))
        or is_rate_base(digits, before, near)
    ):
        # ... or the "5" of "one in 5 adults": a ratio, not a count; or "per 100,000"
        return None
    value = float(digits.replace(",", "") + decimals)
    fraction = None if decimals else _MIXED_FRACTION.match(after)
    if fraction is not None and int(fraction.group("n")) < int(fraction.group("d")):
        # "a 7-1/4 pct coupon", "rose 2-1/2 to 50-3/8": a wire's whole and fraction
        denominator = int(fraction.group("d"))
        value += int(fraction.group("n")) / denominator
        end += fraction.end()
        after = text[end : end + CONTEXT_CHARS]
        atom = Atom(start, end, value, 1 / denominator)
        return _finish_mixed(text, atom, before)
    if not decimals and after[:1] in _VULGAR_FRACTIONS:
        # "about 1½ miles": the whole and its vulgar fraction are one figure
        part = _VULGAR_FRACTIONS[after[0]]
        atom = Atom(
            start, end + 1, value + part, 1 / Fraction(part).limit_denominator(16).denominator
        )
        return _finish_mixed(text, atom, before)
    if after[:1] == "s" and not after[1:2].isalpha():
        return read_decade_age(text, start, end, before, value)  # "in his 20s"; "1990s"
    if _ORDINAL.match(after):
        minute = _MATCH_MINUTE.match(after)
        if minute is None:
            return None  # "4th"
        # "in the 87th minute", "an 88th-minute winner": when in a match it happened
        return Atom(start, end + minute.end(), value, 1.0, unit="minute")
    age = read_age(text, start, end, before, after, value, digits + decimals, near)
    if age is not None:
        return age
    if decimals:
        precision = 10.0 ** -(len(decimals) - 1)
    else:
        plain = digits.replace(",", "")
        precision = 10.0 ** (len(plain) - len(plain.rstrip("0"))) if value else 1.0
    atom = Atom(start, end, value, precision)
    currency = prefix_currency(before)
    if currency:
        symbol = (currency.group("sym") or currency.group("code")).lower()
        atom.currency = CURRENCY_PREFIXES[symbol]
        atom.currency_explicit = symbol != "$"
        atom.start = start - (len(before) - currency.start())
    if near.may(_MAGNITUDE_GATE) and _MAGNITUDE_BEFORE.search(before):
        atom.unit = "magnitude"  # "A magnitude 6.4 earthquake", "a magnitude-5.1 aftershock"
    minus = _MINUS_BEFORE.search(before) if near.may(_MINUS_GATE) else None
    if minus:
        atom.value = -value
        atom.start = start - (len(before) - minus.start())
    read_suffix(text, atom)
    bare = atom.currency is None and not atom.scaled and atom.unit is None
    rest = text[atom.end : atom.end + CONTEXT_CHARS]
    if (
        bare
        and not decimals
        and "," not in digits
        and YEAR_MIN <= value <= YEAR_MAX
        and (
            not PLURAL_NEXT.match(rest)
            or (near.may(_YEAR_DETERMINER_GATE) and _YEAR_DETERMINER.search(before))
        )
    ):
        return None  # a year: "in 2019", "the 2016 civil war", "the 2020 races"
    if names_something(before, rest, bare, near):
        return None  # "Article 5", "Windows 11", "S&P 500", "FTSE 100", "Page 2 of 5"
    if atom.unit in TIME_UNITS and after[:1] == "-" and _NAMED_TERM_AFTER.match(rest):
        return None  # "the 10-year Treasury yield"
    if atom.unit in {"mm", "cm"} and CALIBRE_AFTER.match(text[atom.end : atom.end + 80]):
        return None  # "155mm munitions", "122 millimetre and 152 millimetre ammunition"
    return atom


# The fraction of a mixed number, as wire copy writes prices, yields and coupons: "7-1/4",
# "10-13/16", "96-16/32" (halves to sixty-fourths only: "24/7" and "9/11" are no fractions).
_MIXED_FRACTION = re.compile(r"[-\s](?P<n>\d{1,2})/(?P<d>2|4|8|16|32|64)(?![\d/])")


# Vulgar fractions written after a whole: "1½ miles", "2¾ inches" (their values).
_VULGAR_FRACTIONS = {c: unicodedata.numeric(c) for c in "¼½¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"}


def _finish_mixed(text: str, atom: Atom, before: str) -> Atom:
    """A mixed number's atom with its currency and unit, as for any figure.

    >>> a = _finish_mixed("a 7-1/4 pct coupon", Atom(2, 7, 7.25, 0.25), "a ")
    >>> (a.value, a.unit, a.end)
    (7.25, '%', 11)
    """
    currency = prefix_currency(before)
    if currency:
        symbol = (currency.group("sym") or currency.group("code")).lower()
        atom.currency = CURRENCY_PREFIXES[symbol]
        atom.currency_explicit = symbol != "$"
        atom.start -= len(before) - currency.start()
    read_suffix(text, atom)
    return atom


# --- pass 2: quantities ----------------------------------------------------------------------


def _join(text: str, atoms: list[Atom]) -> list[Reading]:
    quantities: list[Reading] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        q = Reading([atom], atom.start, atom.end)
        if nxt is not None and is_score(text, atom, nxt):
            i += 2  # "beat Everton 2-0": a score is no amount
            continue
        if nxt is not None and is_range(text, atom, nxt):
            share(atom, nxt)
            if atom.kind is QuantityKind.TIME:
                fit_meridiem(text, atom, nxt)  # "between 9 and 10 p.m."
            q = Reading([atom, nxt], atom.start, nxt.end, Bound.RANGE)
            opener = range_opener(text[max(0, atom.start - CONTEXT_CHARS) : atom.start])
            if opener:
                q.start = atom.start - (min(atom.start, CONTEXT_CHARS) - opener.start())
            i += 1
        else:
            apply_hedge(text, q)
            if q.bound is Bound.EXACT and atom.approximate:
                q.bound = Bound.APPROXIMATE
        apply_rate(text, q)
        quantities.append(q)
        i += 1
    inherit_currency(quantities)
    return _attach_alternates(text, quantities)


def _attach_alternates(text: str, quantities: list[Reading]) -> list[Reading]:
    """'26km (16 miles)', 'US$1.7 billion (A$2.6 billion)': one quantity, two renderings."""
    out: list[Reading] = []
    for q in quantities:
        prev = out[-1] if out else None
        if prev is not None:
            gap = text[prev.end : q.start]
            after = text[q.end : q.end + 2]
            if re.fullmatch(r"\s*[(\[]\s*(?:or\s+|about\s+|approximately\s+)?", gap) and (
                after[:1] in {")", "]"}
            ):
                prev.alternates.append(q)
                continue
        out.append(q)
    return out


# --- records ---------------------------------------------------------------------------------


def _to_record(q: Reading, text: str, original: str, base: int) -> Quantity:
    first, last = q.atoms[0], q.atoms[-1]
    low: float | None
    high: float | None
    value: float | None
    if q.bound is Bound.RANGE:
        value, low, high = None, min(first.value, last.value), max(first.value, last.value)
    elif first.high is not None:  # an interval in one phrase: "dozens", "in his 20s"
        value, low, high = None, first.value, first.high
        if q.bound is Bound.LOWER:
            high = None
        elif q.bound is Bound.UPPER:
            low = None
        else:
            q.bound = Bound.RANGE
    else:
        value = low = high = first.value
        if q.bound is Bound.UPPER:
            low = None
        elif q.bound is Bound.LOWER:
            high = None
    currency = next((a.currency for a in q.atoms if a.currency), None)
    unit = next((a.unit for a in q.atoms if a.unit), None)
    return Quantity(
        text=original[q.start : q.end],
        start=base + q.start,
        end=base + q.end,
        value=value,
        low=low,
        high=high,
        bound=q.bound,
        unit=unit,
        currency=currency,
        rate=q.rate,
        precision=min(a.precision for a in q.atoms),
        alternates=tuple(_to_record(a, text, original, base) for a in q.alternates),
        kind=first.kind,
        vague=any(a.vague for a in q.atoms),
    )


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def iter_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Spans of every figure in ``text`` (digits or number words), for masking frames.

    >>> list(iter_numbers("11,000 troops and half a billion dollars"))
    [(0, 6), (18, 32)]
    """
    patterns = (
        WORD_SCALE if may_scale(text) else None,
        SPELLED if may_spell(text) else None,  # the same gates as _read_atoms'
        _DIGITS,
    )
    if patterns[0] is None and patterns[1] is None:
        # digits alone: their matches never overlap, and come in order
        yield from (m.span() for m in _DIGITS.finditer(text))
        return
    taken = _Taken(len(text))
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        if pattern is None:
            continue
        for m in spelled(text) if pattern is SPELLED else pattern.finditer(text):
            if not taken.overlaps(*m.span()):
                spans.append(m.span())
                taken.add(*m.span())
    yield from sorted(spans)


__all__ = ["iter_numbers", "read_quantities"]
