"""Whose seats a figure counts, and seat figures that are no party's tally.

An election story gives many parties' seats in one sentence ("NDA has 292 seats, INDIA 234;
BJP 240, Congress 99"): every figure counts seats, so without its holder they would all be
one claim. The holder is the party, bloc or coalition named nearest before the figure in
its clause (:func:`seat_holder`): an acronym ("BJP", "JD(U)", "the INDIA bloc"), or a
name ending in a party word ("the Samajwadi Party", "Trinamool Congress").

Some seat figures are no party's tally (:func:`seat_kind`): a shortfall ("falling short by
32 seats", "32 seats short of the majority"), what is needed ("needs to win at least 272
seats", "the 272 majority mark") and a target or projection ("projecting a figure of 370
seats", "we will cross 400 seats"). Each is a hard qualifier of its own.

A vote share is held the same way, by the party named before it (:func:`share_holder`:
"the ANC's share of the vote currently stands at 40.25%"), and a first round's or a
primary's share is not the run-off's (:func:`first_round`).
"""

from __future__ import annotations

import re
import unicodedata

from crosscheck.models import Claim, QuantityKind

SEAT_WORDS = frozenset({"seats", "seat"})

# A party, bloc or coalition: an acronym ("BJP", "JD(U)", "JD (U)"), else capitalised
# words ending in a party word ("Samajwadi Party", "Trinamool Congress", "Congress").
# A name followed by "-led" is the leader of the one after it ("the BJP-led NDA").
# "PML-N", "MQM-P": a party's acronym with the initial of a faction after a hyphen.
_ACRONYM = r"[A-Z]{2,6}(?:-[A-Z]{1,2}(?![\w-]))?(?:\s?\([A-Z]\))?"
_PARTY_WORD = (
    r"(?:Party|Congress|Alliance|Front|League|Union|Movement|Labour|Conservatives|"
    r"Democrats|Republicans|Greens|Tories)"
)
# Other names of one party, after "the" and the "Party" of a one-word name are dropped ("the
# Conservative Party", "the Tories" and "the Conservatives" are one holder).
_PARTY_ALIASES = {
    "tories": "conservatives",
    "tory": "conservatives",
    "conservative": "conservatives",
    "lib dems": "liberal democrats",
    "democratic": "democrats",
    "republican": "republicans",
    "green": "greens",
}


def _party_key(name: str) -> str:
    """A party's name as its holder: lower case, without "the", "opposition" or "ruling"
    before it or "Party" after it, other names of it made one.

    >>> [_party_key(n) for n in ("the Conservative Party", "The Tories", "Labour Party")]
    ['conservatives', 'conservatives', 'labour']
    >>> _party_key("the Scottish National Party")
    'scottish national party'
    """
    key = " ".join(name.split()).lower()
    key = re.sub(r"^(?:the|opposition|ruling)\s+", "", key)
    key = re.sub(r"^(\S+)\s+party$", r"\1", key)  # a longer name keeps it: its acronym's P
    return _PARTY_ALIASES.get(key, key)


_HOLDER = re.compile(
    rf"(?<![\w(])(?:(?P<acronym>{_ACRONYM})(?![\w)]|-(?!backed\b))"
    rf"|(?P<name>(?:[A-Z][\w-]+\s+){{0,3}}{_PARTY_WORD}(?:-[A-Z][a-z]+)?)"
    rf"(?:\s+\((?P<short>{_ACRONYM})\))?"
    rf"(?![\w-]))"
)
# Acronyms that name no party: units, times, places, bodies that count the votes.
_NOT_HOLDERS = frozenset(
    {
        "GMT",
        "UTC",
        "IST",
        "AM",
        "PM",
        "MP",
        "MPS",
        "MLA",
        "MLAS",
        "UK",
        "US",
        "USA",
        "EU",
        "UN",
        "NDTV",
        "ECI",
        "PTI",
        "AFP",
        "AP",
        "BBC",
        "CNN",
        "TV",
        "ISSI",
    }
)
# Where the holder is looked for: the clause before the figure, in characters.
HOLDER_WINDOW_CHARS = 90
# A name that owns another noun is not the holder: "the INDIA bloc's morale".
# Only "the" (or nothing) before a holder at the start of its clause: its possessive is the
# subject's ("The Scottish National Party's dominance waned, losing 37 seats").
_OPENS_CLAUSE = re.compile(r"[\s,]*(?:(?:[Tt]he|[Ii]ts)\s+)?")
_POSSESSIVE = re.compile(r"(?:\s+(?:bloc|coalition|alliance|group))?['\u2019]s\s+[a-z]")
# A relative clause between a holder and its figure ("The Congress, which is part of the
# INDIA bloc, won 99 seats") names another body, not the holder.
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")


# "12 seats going to smaller parties", "17 national assembly seats went to MQM-P": the
# holder is named after the seats it was given.
_GIVEN_TO = re.compile(
    r"[\d.,]+\s+(?:[A-Za-z-]+\s+){0,3}?seats?\s+(?:went|go|goes|going|gone)\s+to\s+"
)
# Holders named by kind rather than by name.
_OTHERS = re.compile(
    r"(?:the\s+)?(?:(?:smaller|other|minor|remaining)\s+parties|others)\b"
    r"|(?P<independents>independents?)\b",
    re.IGNORECASE,
)


def _given_to(text: str, start: int) -> str | None:
    """The holder named after seats given to it ("12 seats going to smaller parties")."""
    given = _GIVEN_TO.match(text, start)
    if given is None:
        return None
    rest = text[given.end() : given.end() + 60]
    others = _OTHERS.match(rest)
    if others is not None:
        return "independents" if others.group("independents") else "others"
    m = _HOLDER.match(rest)
    if m is None:
        return None
    acronym = m.group("short") or m.group("acronym")
    if acronym is not None:
        return re.sub(r"\s", "", acronym).lower()
    return _party_key(m.group("name"))


def seat_holder(text: str, start: int) -> str | None:
    """The party, bloc or coalition whose seats the figure at ``start`` of the sentence
    ``text`` counts, lower case, or None.

    >>> t = "NDA has 292 seats, INDIA 234; BJP 240, Congress 99"
    >>> [seat_holder(t, t.index(f)) for f in ("292", "234", "240", "99")]
    ['nda', 'india', 'bjp', 'congress']
    >>> t = "The Congress, which is part of the opposition INDIA bloc, won 99 seats"
    >>> seat_holder(t, t.index("99"))
    'congress'
    >>> t = "As the Samajwadi Party kept the INDIA bloc's morale high with 37 seats"
    >>> seat_holder(t, t.index("37"))
    'samajwadi'
    >>> t = "The Scottish National Party's dominance waned, losing 37 seats"
    >>> seat_holder(t, t.index("37"))
    'scottish national party'
    >>> t = "The Tories suffered a massive blow, losing 251 seats"
    >>> seat_holder(t, t.index("251"))
    'conservatives'
    >>> t = "PML-N 59, PPP 44 and 12 seats going to smaller parties"
    >>> [seat_holder(t, t.index(f)) for f in ("59", "44", "12")]
    ['pml-n', 'ppp', 'others']
    >>> t = "with PTI-backed independents emerging victorious in 102 seats"
    >>> seat_holder(t, t.index("102"))
    'pti'
    >>> t = "with the Bharatiya Janata Party (BJP) winning 240 seats"
    >>> seat_holder(t, t.index("240")), seat_holder("It won 12 seats", 7)
    ('bjp', None)
    """
    given = _given_to(text, start)
    if given is not None:
        return given
    window = text[max(0, start - HOLDER_WINDOW_CHARS) : start]
    window = re.split(r"[.;:]", window)[-1]
    window = _RELATIVE.sub(",", window)
    best: str | None = None
    for m in _HOLDER.finditer(window):
        after = window[m.end() : m.end() + 24]
        opening = _OPENS_CLAUSE.fullmatch(window, 0, m.start()) is not None
        if (_POSSESSIVE.match(after) and not opening) or after.startswith("-led"):
            continue  # "the INDIA bloc's morale", "the BJP-led NDA"
        acronym = m.group("short") or m.group("acronym")
        if acronym is not None:
            if acronym.upper() in _NOT_HOLDERS and not after.startswith("-backed"):
                continue  # a news agency's credit, but "PTI-backed independents" are PTI's
            best = re.sub(r"\s", "", acronym).lower()
        else:
            best = _party_key(m.group("name"))
    return best


_SHORT = re.compile(
    r"^\s+seats?\s+short\b|\bshort\s+(?:by|of)\s+(?:just\s+|only\s+)?$", re.IGNORECASE
)
_NEEDED_BEFORE = re.compile(
    r"\b(?:needs?|needed|required?|requires)\s+(?:to\s+(?:win|get|secure)\s+)?"
    r"(?:at\s+least\s+|a\s+minimum\s+of\s+)?$",
    re.IGNORECASE,
)
_NEEDED_AFTER = re.compile(r"^\s*(?:-seat\s+)?(?:majority\s+)?(?:mark|threshold)\b", re.I)
_TARGET_BEFORE = re.compile(
    r"\b(?:project(?:ed|ing)|target(?:ed|ing)?|aim(?:ed|ing)?\s+(?:for|at)|hop(?:ed|ing)\s+"
    r"for|expect(?:ed|ing)|predict(?:ed|ing)|forecast(?:ing)?|will\s+(?:cross|win|get))\s+"
    # "is projected to finish with 10 seats", "expected to end up with"
    r"(?:to\s+(?:finish|end(?:\s+up)?|win|take|get|secure)\s+(?:with\s+)?(?:just\s+|only\s+)?)?"
    r"(?:(?:a|the)\s+(?:figure|tally|target)\s+of\s+)?(?:at\s+least\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)


def seat_kind(text: str, start: int, end: int) -> str | None:
    """What a seat figure is when it is no party's tally: ``short`` (a shortfall),
    ``needed`` (a threshold) or ``target`` (a projection); None for a tally.

    >>> t = "the BJP won 240 seats, falling short by 32 seats for a majority"
    >>> a, b = t.index("32"), t.index("240")
    >>> seat_kind(t, a, a + 2), seat_kind(t, b, b + 3)
    ('short', None)
    >>> t = "A party needs to win at least 272 seats to come to power"
    >>> seat_kind(t, t.index("at"), t.index(" seats"))
    'needed'
    >>> t = "the BJP was projecting a figure of 370 seats"
    >>> seat_kind(t, t.index("370"), t.index("370") + 3)
    'target'
    >>> t = "the SNP is projected to finish with 10 seats"
    >>> seat_kind(t, t.index("10"), t.index("10") + 2)
    'target'
    """
    before, after = text[max(0, start - 60) : start], text[end : end + 40]
    if _SHORT.search(before) or _SHORT.match(after):
        return "short"
    if _NEEDED_BEFORE.search(before) or _NEEDED_AFTER.match(after):
        return "needed"
    if _TARGET_BEFORE.search(before):
        return "target"
    return None


def seats_rescoped(claim: Claim) -> Claim:
    """``claim`` with its seats' holder as its actor and what the figure is, if it counts
    seats (see :func:`seat_holder` and :func:`seat_kind`); else unchanged."""
    q, s = claim.quantity, claim.sentence
    if claim.counted not in SEAT_WORDS or q.kind is not QuantityKind.AMOUNT:
        return claim
    start, end = q.start - s.start, q.end - s.start
    update: dict[str, object] = {}
    kind = seat_kind(s.text, start, end)
    if kind is not None:
        update["qualifiers"] = tuple(sorted({*claim.qualifiers, kind}))
    holder = seat_holder(s.text, start)
    if holder is not None:
        update["actor"] = holder
    return claim.model_copy(update=update) if update else claim


# --- vote shares -------------------------------------------------------------------------
# A vote share is a party's ("the ANC's share of the vote currently stands at 40.25%"), held
# as seats are; and a share of a first round or a primary ("Massa obtained 36.78% in the
# first round") is not the run-off's.
SHARE_WORDS = frozenset({"vote share"})
_FIRST_ROUND = re.compile(
    r"\b(?:first|1st)\s+round\b|\bprimar(?:y|ies)\b|\bgeneral\s+elections?\s+of\b", re.I
)
_LATER_ROUND = re.compile(r"\b(?:second|2nd|final)\s+round\b|\brun-?off\b|\bballottage\b", re.I)
# Where a share's holder is looked for: its clause before it, relative clauses left out, in
# characters ("The ANC, which led the fight ..., won 159 seats ... on a vote share of 40%").
SHARE_WINDOW_CHARS = 140
# Where a round is looked for: the text before the figure, in characters.
ROUND_WINDOW_CHARS = 120


# A party right before the figure holds it ("the PN's 43.7%"); so does one a relative
# clause gives it to ("the DA, which took 21.7%").
_ADJACENT = re.compile(r"(?:['\u2019]s)?[\s,]*$")
_WHO = re.compile(r",?\s+(?:which|that)\b")


def _named(window: str) -> list[tuple[int, int, str]]:
    """The parties named in ``window``, in order: (start, end, holder)."""
    named: list[tuple[int, int, str]] = []
    for m in _HOLDER.finditer(window):
        acronym = m.group("short") or m.group("acronym")
        if acronym is not None and acronym.upper() not in _NOT_HOLDERS:
            named.append((m.start(), m.end(), re.sub(r"\s", "", acronym).lower()))
        elif acronym is None:
            named.append((m.start(), m.end(), _party_key(m.group("name"))))
    return sorted(named)


def _share_window(text: str, start: int) -> str:
    """Where a share's holder is looked for: the figure's clause before it, relative clauses
    left out, its last ``SHARE_WINDOW_CHARS`` characters."""
    return _RELATIVE.sub(",", re.split(r"[.;:]", text[:start])[-1])[-SHARE_WINDOW_CHARS:]


def share_holder(text: str, start: int) -> str | None:
    """The party whose vote share the figure at ``start`` of ``text`` is, lower case, or
    None: in the figure's clause, the party named right before it, else the one a relative
    clause gives it to, else the only one named; with several named, no one. People are
    left to the mentions: "Okafor won after beating Lindqvist with 52%" is Okafor's.

    >>> t = "The Labour Party gained 54.9 percent of the votes"
    >>> share_holder(t, t.index("54.9"))
    'labour'
    >>> t = "the ANC's share of the vote currently stands at 40.25%"
    >>> share_holder(t, t.index("40.25"))
    'anc'
    """
    window = _share_window(text, start)
    named = _named(window)
    if not named:
        return None
    for _, end, holder in reversed(named):
        if _ADJACENT.fullmatch(window, end):
            return holder
    for _, end, holder in reversed(named):
        if _WHO.match(window, end):
            return holder
    holders = {holder for _, _, holder in named}
    return holders.pop() if len(holders) == 1 else None  # several named: no telling whose


# A candidate who won a share: a name (one to three capitalised words), an apposition
# between commas at most, then a verb of winning or "with" ("Xochitl Galvez obtained",
# "Galvez, the candidate of three parties, won", "candidate Xóchitl Gálvez with").
_CANDIDATE = re.compile(
    r"(?P<name>(?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+)(?:,[^,;]{1,90},|\s+who)?\s+"
    r"(?:received|receives|obtained|obtains|won|wins|got|gets|took|takes|secured|secures|"
    r"garnered|garners|polled|polls|captured|captures|had|has|with)\b"
)
# Capitalised words that open a clause without naming anyone.
_NOT_CANDIDATES = frozenset(
    {
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "the",
        "this",
        "that",
        "who",
        "which",
        "her",
        "his",
        "its",
        "their",
        "opposition",
        "in",
        "on",
        "and",
        "but",
        "party",
        "turnout",
    }
)


def candidate_holder(text: str, start: int) -> str | None:
    """The candidate whose vote share the figure at ``start`` of ``text`` is, by surname,
    lower case and without accents, or None: the last name in the figure's clause before it
    that a verb of winning (or "with") follows. Asked only when no party holds the share.

    >>> t = "Opposition candidate Xóchitl Gálvez obtained between 26.6 percent and 28.6 percent"
    >>> candidate_holder(t, t.index("26.6"))
    'galvez'
    >>> t = "Her rival, Galvez, the candidate of three opposition parties, won 27% of the vote"
    >>> candidate_holder(t, t.index("27"))
    'galvez'
    >>> candidate_holder("She won 52% of the vote", 8) is None
    True
    """
    window = _share_window(text, start)
    found = None
    for m in _CANDIDATE.finditer(window):
        surname = m.group("name").split()[-1]
        if surname.lower() not in _NOT_CANDIDATES and not surname.isupper():
            found = surname
    if found is None:
        return None
    plain = unicodedata.normalize("NFKD", found)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def first_round(text: str, start: int) -> bool:
    """Whether the share at ``start`` of ``text`` is a first round's or a primary's: the
    nearest round named before it is one.

    >>> t = "Massa won the primary round with 38%, and on this second round he got 44.7%"
    >>> first_round(t, t.index("38")), first_round(t, t.index("44.7"))
    (True, False)
    """
    window = text[max(0, start - ROUND_WINDOW_CHARS) : start]
    firsts = [m.end() for m in _FIRST_ROUND.finditer(window)]
    laters = [m.end() for m in _LATER_ROUND.finditer(window)]
    return bool(firsts) and (not laters or max(firsts) > max(laters))


def shares_rescoped(claim: Claim) -> Claim:
    """``claim`` with its vote share's holder as its actor (:func:`share_holder`) and a
    ``first round`` qualifier (:func:`first_round`), if it is a vote share; else unchanged."""
    q, s = claim.quantity, claim.sentence
    if claim.counted not in SHARE_WORDS or q.unit != "%":
        return claim
    start = q.start - s.start
    update: dict[str, object] = {}
    holder = share_holder(s.text, start) or candidate_holder(s.text, start)
    if holder is not None:
        update["actor"] = holder
    if first_round(s.text, start):
        update["qualifiers"] = tuple(sorted({*claim.qualifiers, "first round"}))
    return claim.model_copy(update=update) if update else claim
