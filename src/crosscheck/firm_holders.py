"""Whose business figure it is: the company, product or payer a sentence names as the
subject of the figure's verb.

One report of a company gives the figures of its products and of its rivals, and one report
of a settlement the sums each party pays: "Hulu reported 48.5 million paid subscribers",
"ESPN+ closed the fiscal fourth quarter with 26 million paid subscribers", "core Disney+
subscribers are at 112 million"; "Kroger is the largest supermarket operator in the U.S.,
with 420,000 employees", "Albertsons is the country's second-largest supermarket company,
with 290,000 employees"; "Zhao will personally pay $50 million", "Binance has also agreed
to pay $4.3 billion fine". Each is its holder's figure, and two holders' figures are not
one claim. The holder is a soft qualifier ``of <name>`` (as a market's mover is): a figure
that names no holder joins the one holder named, and two holders stay apart.

Only the figures a holder has in business reporting are read (subscribers, employees,
stores, fines, revenue, profit: :data:`HELD`), and only a capitalised name that opens the
clause of the figure's verb, from a short list of verbs of having, reporting and paying
(:data:`_VERBS`), with at most an apposition between them. Each rule is shown with the
sentences it must and must not fire on in ``tests/test_firm_holders.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.frame_signal import add_qualifiers
from crosscheck.models import Claim

# What a company, a product or a payer holds: counts of its users, staff and shops, and
# sums of its results and of what it pays. Tolls, ages and the like are never a holder's.
HELD = frozenset({"users", "workers", "stores", "fee", "revenue", "profit", "loss", "proceeds"})

# How far before a figure its holder is looked for, in characters.
HOLDER_CHARS = 220
# How far the verb may be from the figure it holds, in characters: "Albertsons is the
# country's second-largest supermarket company, with 290,000 employees and almost 2,300
# stores" (85); a verb further off has another predicate.
PREDICATE_CHARS = 100

# A name: capitalised words, with the marks names of companies and products carry
# ("ESPN+", "AT&T", "Disney+", "U.S. Steel"), and a possessive's owner before it.
_NAME = r"[A-Z][\w+&.\u2019'-]*(?:\s+(?:of\s+)?[A-Z][\w+&.\u2019'-]*){0,3}"
# Verbs whose subject holds the figure in its predicate: having, reporting, ending a period
# with, paying. Auxiliaries and adverbs may come between ("will personally pay", "has also
# agreed to pay", "is required to pay"); an auxiliary before another verb ("has resigned",
# "is raising") is no verb of having ("Zhao, the CEO of Binance, has resigned ... as part
# of a $4.3 billion settlement").
_VERBS = (
    r"(?:reported|reports|posted|posts|closed|ended|added|adds|had|has|have|is|was|are|were"
    r"|employs|employed|operates|operated|counts|counted|generated|recorded|pay|pays|paid"
    r"|forfeit|forfeits|owes|owed|earned|earns|contributed|contributes|brought\s+in"
    r"|brings\s+in)"
)
_BETWEEN = (
    r"(?:(?:will|would|must|also|personally|has|have|had|is|was|been|agreed|agreeing|required"
    r"|ordered|to|and|then|now|still|just|already)\s+){0,5}"
)
# The holder: a name opening the sentence, a clause after a comma, or a reported clause
# ("announced Tuesday that Binance, the world's largest exchange, has agreed to pay"), with
# a noun of what it holds after it ("core Disney+ subscribers are at"), a bracket ("(CZ)")
# or an apposition between commas; then the verb.
_HOLDER = re.compile(
    rf"(?:^|[,;:]\s+|\bthat\s+|\bwhile\s+)(?:(?:core|the|its)\s+)?(?P<name>{_NAME})"
    r"(?:\s+(?:paid\s+)?(?:subscribers|users|customers|members|employees|stores))?"
    r"(?:\s*\([^()]{1,30}\))?(?:,[^,;]{1,120},)?\s+"
    rf"{_BETWEEN}{_VERBS}\b(?!\s+(?:been|\w+ed|\w+en|\w+ing)\b)[^;]{{0,{PREDICATE_CHARS}}}$"
)
# Capitalised words that open a sentence but name no holder: articles, pronouns, openers,
# and the speakers and authorities of news.
_NOT_NAMES_TEXT = (
    "the a an it its this that these those they he she we i you there here his her "
    "their our as in on at for from of by with after before while when if but and or "
    "so yet also however meanwhile furthermore additionally overall still now then "
    "today analysts analyst investors officials police authorities prosecutors "
    "experts shares stock revenue sales profit net total company group firm monday "
    "tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december q1 q2 q3 q4 fy"
)
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())


# Legal forms after a company's name: "Torchmark Corp" and "Torchmark Corporation" are
# one holder.
_LEGAL_FORMS = frozenset(
    {"inc", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "ag", "sa"}
)


# Where a holder's clause may open: the sentence, after a comma, a semicolon or a colon,
# after "that" or "while".
_OPENING = re.compile(r"^|[,;:]\s+|\bthat\s+|\bwhile\s+")


def _last_clause(pattern: re.Pattern[str], before: str) -> re.Match[str] | None:
    """The match of ``pattern`` that opens last in ``before``: the clause nearest the figure
    is the figure's ("Hulu reported 48.5 million subscribers, while ESPN+ closed the quarter
    with [26 million]" is ESPN+'s); a match from an earlier opening would run over it."""
    for opening in reversed([m.start() for m in _OPENING.finditer(before)]):
        found = pattern.match(before, opening)
        if found:
            return found
    return None


def holder_of(text: str, start: int) -> str | None:
    """The name of the holder of the figure at ``start`` of ``text``, lowered, or None.

    >>> t = "Hulu reported 48.5 million paid subscribers, up from 48.3 million."
    >>> holder_of(t, t.index("48.5"))
    'hulu'
    >>> t = "Kroger is the largest supermarket operator in the U.S., with 420,000 employees"
    >>> holder_of(t, t.index("420,000"))
    'kroger'
    >>> t = "The company reported 48.5 million subscribers"
    >>> holder_of(t, t.index("48.5")) is None
    True
    """
    before = text[max(0, start - HOLDER_CHARS) : start]
    found = _last_clause(_HOLDER, before)
    if found is None:
        return None
    name = found.group("name")
    # "Elon Musk's Tesla": the owned name; "U.S. Steel's": the owner's
    name = re.split(r"['\u2019]s\s+", name)[-1]
    name = re.sub(r"['\u2019]s?$", "", name).strip(" .")
    words = [w for w in name.lower().split() if w.strip(".,") not in _LEGAL_FORMS]
    if not words or words[0] in _NOT_NAMES:
        return None
    return " ".join(words)


def with_firm_holders(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the holder of each business figure as a soft qualifier
    ``of <name>``."""
    return add_qualifiers(claims, _signals, only=HELD)


def _signals(claim: Claim, text: str, start: int, end: int) -> set[str]:
    holder = holder_of(text, start)
    return {f"of {holder}"} if holder else set()
