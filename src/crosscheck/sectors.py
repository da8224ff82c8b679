"""Which sector a count of jobs is of: the economy's total or one industry's part.

A jobs report gives the total and every industry's share in the same words: "the U.S.
economy added 256,000 jobs", "Healthcare added 46,000 jobs", "Retail trade added 43,400
jobs", "Manufacturing experienced a loss of 13,000 jobs". The subject of the verb before a
count of jobs names whose count it is (:func:`sector_of`); when it is not the whole
economy (employers, payrolls, the nation, the company), the count is that sector's part:
hard ``segment``, and soft ``of <sector>`` (:func:`with_sectors`), as a company's segment
is in ``results.py``: two sectors stay apart, a count that names none is the whole's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.frame_signal import add_qualifiers
from crosscheck.models import Claim

# Counts a sector's part of is told this way.
_SECTOR_COUNTS = frozenset({"jobs"})
# The subject of the verb just before the figure: up to six words opening their clause.
_SUBJECT_VERB = re.compile(
    r"(?:^|[.;:,]\s+|\b(?:while|whereas|and|but|as|meanwhile|with)\s+)"
    r"(?P<subject>(?:[A-Za-z][\w&'+./-]*\s+){0,5}?[A-Za-z][\w&'+./-]*)\s+"
    r"(?:(?:has|have|had|also|only)\s+)?"
    r"(?:added|adding|gained|gaining|lost|losing|shed|shedding|cut|cutting|created|creating"
    r"|hired|hiring|increased\s+by|rose\s+by|fell\s+by|declined\s+by|grew\s+by"
    r"|(?:experienced|saw|posted|reported)\s+(?:an?\s+)?(?:loss|gain|increase|decline|drop)"
    r"\s+of)\s+(?:(?:about|around|nearly|roughly|some|an\s+estimated|a\s+net)\s+)?$",
    re.IGNORECASE,
)
# Subjects that are the whole: the economy's or the company's own total.
_WHOLE = frozenset(
    [
        "economy",
        "employers",
        "employer",
        "payrolls",
        "payroll",
        "nation",
        "country",
        "america",
        "us",
        "businesses",
        "companies",
        "company",
        "firms",
        "firm",
        "it",
        "they",
        "report",
        "department",
        "labor",
        "market",
        "jobs",
        "private",
        "nonfarm",
        "total",
        "overall",
    ]
)
# Words a subject may open with that are not its name.
_LEADING = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "of",
        "its",
        "their",
        "overall",
        "total",
        "meanwhile",
        "also",
        "while",
        "whereas",
        "and",
        "but",
        "as",
        "with",
    ]
)


# Words no sector's name holds: modals and verbs ("and would cut about 1,200 jobs" has
# no subject of its own), pronouns and reporting words.
_NOT_A_NAME = frozenset(
    [
        "would",
        "will",
        "could",
        "can",
        "may",
        "might",
        "should",
        "must",
        "shall",
        "to",
        "said",
        "says",
        "say",
        "expected",
        "expects",
        "plans",
        "plan",
        "planned",
        "then",
        "which",
        "that",
        "who",
        "he",
        "she",
        "we",
        "you",
        "i",
    ]
)

# The noun phrase a relative 'which' refers to: the words right before ', which', back to
# the last comma or clause word ('in professional, scientific, and technical services').
_BEFORE_WHICH = re.compile(r"(?P<noun>(?:[A-Za-z][\w&'+./-]*\s+){0,2}[A-Za-z][\w&'+./-]*),\s+$")


def sector_of(text: str, start: int) -> str | None:
    """The sector (lowercase) whose part the jobs count at ``start`` of ``text`` is, or None
    for the whole (or when no subject is read).

    >>> t = "Healthcare added 46,000 jobs, with 15,000 in home health care."
    >>> sector_of(t, t.index("46,000"))
    'healthcare'
    >>> t = "In December, the U.S. economy added 256,000 jobs."
    >>> sector_of(t, t.index("256,000")) is None
    True
    >>> t = "Manufacturing experienced a loss of 13,000 jobs."
    >>> sector_of(t, t.index("13,000"))
    'manufacturing'
    >>> sector_of("Employers added 256,000 jobs.", 16) is None
    True
    >>> t = "While the healthcare sector added 55,000 jobs, construction added 25,000."
    >>> sector_of(t, t.index("55,000"))
    'healthcare sector'
    >>> sector_of("The private sector added 97,000 jobs.", 27) is None
    True
    >>> t = "Growth continued in technical services, which added 23,000 jobs in June."
    >>> sector_of(t, t.index("23,000"))
    'technical services'
    >>> t = "The U.S. economy, which added 209,000 jobs, slowed."
    >>> sector_of(t, t.index("209,000")) is None
    True
    >>> t = "It expected savings and would cut about 1,200 jobs."
    >>> sector_of(t, t.index("1,200")) is None
    True
    """
    window = text[max(0, start - 120) : start]
    m = _SUBJECT_VERB.search(window)
    if m is None:
        return None
    words = m.group("subject").lower().split()
    if words == ["which"]:
        # a relative clause's subject is the noun phrase before it ('technical services,
        # which added 23,000 jobs'): its last words up to the comma before them
        head = _BEFORE_WHICH.search(window, 0, m.start("subject"))
        words = head.group("noun").lower().split() if head else words
    while words and words[0] in _LEADING:
        words = words[1:]
    if not words or any(w.replace(".", "").strip(",") in _WHOLE | _NOT_A_NAME for w in words):
        return None
    return " ".join(words)


def with_sectors(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each count of jobs a sector's part of made that sector's part."""
    return add_qualifiers(claims, _sector_signal, only=_SECTOR_COUNTS)


def _sector_signal(claim: Claim, text: str, start: int, end: int) -> set[str]:
    sector = sector_of(text, start)
    return {"segment", f"of {sector}"} if sector else set()
