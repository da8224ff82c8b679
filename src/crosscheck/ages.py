"""Ages of people: figures that say how old someone is.

"a 23-year-old man", "aged 41", "Jane Doe, 34,", "Rico Doyle was 35.", "Mara Ilves (67)",
"in her early 30s", and the figures listed after an age ("aged 19, 22 and 24"). Each is
read as an atom of kind AGE, never compared with a count.
"""

from __future__ import annotations

import itertools
import re

from crosscheck.atoms import Atom
from crosscheck.clock import DATE_BEFORE
from crosscheck.models import QuantityKind
from crosscheck.normalize import Gate, Window

# "a 23-year-old man", "23 years old", "a 5-month-old baby"
AGE_AFTER = re.compile(r"^[-\s](?P<u>year|yr|month|week|day)s?[-\s]old\b", re.IGNORECASE)
# "aged 41", "at age 41", "ages 18 to 25", "at the age of 41", "between the ages of 6 and 15"
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)(?:\s+of)?\s+$", re.IGNORECASE)
_AGE_GATE = Gate(ends=("aged", "age", "ages", "of"))
# "Jane Doe, 34, was arrested", "the driver, 45, of Leeds": a name or person noun, then
# the figure between commas.
_PERSON_NOUNS = (
    r"man|woman|boy|girl|driver|suspect|victim|gunman|mother|father|son|daughter|wife|"
    r"husband|teenager|pilot|officer|soldier|resident|student|worker|nurse|doctor|teacher|"
    r"leader|president|minister|chief|executive|founder|chairman|chairwoman|spokesman|"
    r"spokeswoman|lawmaker|senator|player|striker|midfielder|defender|goalkeeper|coach|"
    r"manager|actor|actress|singer|author|journalist|businessman|businesswoman|candidate|"
    r"mayor|governor|star|winner|champion|survivor|passenger|patient|defendant|accused"
)
# "Adults over 65", "people aged under 30": an age bound for a group.
_AGE_GROUP_BEFORE = re.compile(
    r"\b(?:adults|people|patients|those|anyone|women|men|children|residents|voters|drivers|"
    r"pupils|workers|users|participants)\s+(?:aged\s+)?(?:over|under|above|below|older\s+than|"
    r"younger\s+than)\s+$",
    re.IGNORECASE,
)
_AGE_GROUP_GATE = Gate(ends=("over", "under", "above", "below", "than"))
# "aged 19, 22 and 24": a list after an age goes on giving ages.
_LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$")
# A name, in any Latin script ("Luka Ilić, 26", "Zoë Ørsted, 41"), with its suffix ("Marcus
# Clark III, 27"), or a person noun.
_AGE_APPOSITION = re.compile(
    rf"(?:\b[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u024f'-]+"
    rf"(?:\s+(?:Jr|Sr|II|III|IV)\.?)?|\b(?:{_PERSON_NOUNS})),\s*$"
)
# ... and after the figure, the apposition closes: "Baez, 24.", "Jackson, 40;", "Lee, 19)",
# "Franco, 26 — who ...".
_AGE_APPOSITION_AFTER = re.compile(r"^\s*(?:[,;)\u2014\u2013]|\.(?!\d))|^\s+--?\s")
# "Rico Doyle was 35.": a full name, "was", then the figure closing the clause.
_AGE_WAS_BEFORE = re.compile(
    r"\b[A-Z][a-z\u00df-\u024f'-]+\s+[A-Z][a-z\u00df-\u024f'-]+\s+(?:was|is)\s+$"
)
_AGE_WAS_AFTER = re.compile(r"^\s*(?:[,;]|\.(?!\d)|$)")
_AGE_IN_BRACKETS_BEFORE = re.compile(
    r"\b[A-Z][a-z\u00df-\u024f'-]+\s+[A-Z][a-z\u00df-\u024f'-]+\s\($"
)
# Oldest age the apposition reading accepts: "Smith, 34," is an age, "Kherson, 300," is not.
MAX_AGE = 120
# "in his 20s", "in her early 30s", "in their mid-40s", "in her mid- to late 50s"
_DECADE_BEFORE = re.compile(
    r"\b(?:his|her|their)\s+(?:(?P<q>early|mid|late)[\s-]*"
    r"(?:(?:to|or)\s+(?P<q2>early|mid|late)[\s-]*)?)?$",
    re.IGNORECASE,
)
# Which years of a decade "early", "mid" and "late" cover, as offsets from its start.
_DECADE_PART = {None: (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def spelled_age(text: str, start: int, value: float) -> bool:
    """Whether the spelled number at ``start`` is an age: "aged eight", "at the age of
    nine" (then a list goes on: "aged eight and 10").

    >>> t = "The two boys were aged eight; police killed eight."
    >>> spelled_age(t, t.index("eight"), 8), spelled_age(t, t.rindex("eight"), 8)
    (True, False)
    """
    before = text[max(0, start - AGE_WORD_CHARS) : start]
    return 0 < value <= MAX_AGE and _AGE_BEFORE.search(before) is not None


# How far before a spelled number "aged" or "the age of" is looked for, in characters.
AGE_WORD_CHARS = 20


def continue_age_lists(text: str, atoms: list[Atom]) -> None:
    """'Three men, aged 19, 22 and 24': the figures listed after an age are ages too."""
    for prev, atom in itertools.pairwise(atoms):
        if (
            prev.kind is QuantityKind.AGE
            and atom.kind is QuantityKind.AMOUNT
            and atom.unit is None
            and atom.currency is None
            and not atom.scaled
            and atom.value <= MAX_AGE
            and _LIST_JOIN.match(text[prev.end : atom.start])
        ):
            atom.kind, atom.unit = QuantityKind.AGE, prev.unit


def read_age(
    text: str,
    start: int,
    end: int,
    before: str,
    after: str,
    value: float,
    figure: str,
    near: Window,
) -> Atom | None:
    """'a 23-year-old man', 'aged 41', 'Jane Doe, 34,': the age of a person."""
    unit = "year"
    m = AGE_AFTER.match(after)
    if m:
        unit = m.group("u").lower().replace("yr", "year")
        end += m.end()
    elif not (
        (near.may(_AGE_GATE) and _AGE_BEFORE.search(before))
        or (near.may(_AGE_GROUP_GATE) and _AGE_GROUP_BEFORE.search(before))
        or (
            before.rstrip().endswith(",")  # (case-sensitive: a plain test is exact)
            and _AGE_APPOSITION.search(before)
            and _AGE_APPOSITION_AFTER.match(after)
            and figure.isdigit()
            and value <= MAX_AGE
            and not DATE_BEFORE.search(before[:-1].rstrip())
        )
        or (
            before.rstrip().endswith(("was", "is"))
            and _AGE_WAS_BEFORE.search(before)
            and _AGE_WAS_AFTER.match(after)
            and figure.isdigit()
            and value <= MAX_AGE
        )
        or (
            # "Mara Ilves (67), whose husband ...": an age in brackets after a full name
            before.rstrip().endswith("(")
            and _AGE_IN_BRACKETS_BEFORE.search(before)
            and after.startswith(")")
            and figure.isdigit()
            and value <= MAX_AGE
        )
    ):
        return None
    atom = Atom(start, end, value, 1.0, unit=unit)
    atom.kind = QuantityKind.AGE
    return atom


def read_decade_age(text: str, start: int, end: int, before: str, value: float) -> Atom | None:
    """'in his 20s', 'in her early 30s', 'in their mid-40s', 'in her mid- to late 50s': an
    age range.

    >>> a = read_decade_age("in her mid- to late 50s", 20, 22, "in her mid- to late ", 50)
    >>> (a.value, a.high, a.start)
    (54, 59, 7)
    """
    m = _DECADE_BEFORE.search(before)
    if m is None or value % 10 or not 10 <= value <= 90:
        return None  # "the 1990s" is a decade of history, not an age
    part, to = m.group("q"), m.group("q2")
    first, last = _DECADE_PART[part.lower() if part else None]
    if to:
        last = _DECADE_PART[to.lower()][1]
    if part:
        start -= len(before) - m.start("q")
    atom = Atom(start, end + 1, value + first, 1.0, unit="year", high=value + last)
    atom.kind = QuantityKind.AGE
    return atom
