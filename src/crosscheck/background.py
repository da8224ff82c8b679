"""Figures of another incident that a story tells as background.

A report of one shooting often recalls others: "Sunday's incident came just two months
after eight people were shot and wounded at another Wisconsin mall"; "In April, 89 shell
casings were found at a Sweet 16 mass shooting in Dadeville, Alabama. Four people passed
away and 32 were injured". Their tolls are not the story's, and set against the story's
they make false conflicts. Two rules mark them:

* :func:`at_another_place`: a casualty figure whose clause places it "at another mall",
  "in another city" is ``separate`` (a hard qualifier, as ``scope``'s "another incident
  told beside this one");
* :func:`earlier_months`: a sentence that opens on a month wholly before the story's first
  report ("In April, ..." in a June story), and the sentence right after it when that one
  dates nothing itself, tell an earlier incident: their casualty figures are marked
  ``earlier event of <month>``. As with ``incidents.earlier_days``, a month that two
  sources of the story name is the story's own (follow-ups recall "the June shooting").

Each rule is a named entry with the sentences it must and must not fire on
(``tests/test_background.py`` runs them all).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from crosscheck.models import Claim, QuantityKind

# What befalls people in an incident (as ``incidents._INCIDENT_EVENTS``).
CASUALTY_EVENTS = frozenset({"killed", "injured", "shot", "treated"})
# How many days before a story's first report a month must end to be an earlier
# incident's: a report may come out a few days after the shooting it tells of.
EARLIER_MONTH_SLACK_DAYS = 7
# How far after the figure, in its sentence, "at another <place>" may come.
ANOTHER_PLACE_CHARS = 90

_PLACES = (
    r"(?:mall|school|church|synagogue|mosque|bar|club|nightclub|store|supermarket|"
    r"restaurant|party|campus|park|parade|concert|festival|city|town|county|state|"
    r"neighbo(?:u)?rhood|shooting|incident|attack|rampage|massacre)"
)
_ANOTHER_PLACE = re.compile(
    rf"^[^.;]{{0,{ANOTHER_PLACE_CHARS}}}?\b(?:at|in|inside|outside|near)\s+"
    rf"(?:another|a\s+different|a\s+separate)\s+(?:[\w'-]+\s+){{0,2}}?{_PLACES}s?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class BackgroundRule:
    """A named rule on the text after a figure, with examples (figure in brackets)."""

    name: str
    after: re.Pattern[str]
    fires_on: tuple[str, ...]
    not_on: tuple[str, ...]


RULES: tuple[BackgroundRule, ...] = (
    BackgroundRule(
        "a toll placed at another place",
        _ANOTHER_PLACE,
        (
            "came just two months after [eight] people were shot and wounded at another "
            "Wisconsin mall",
            "[Three] people were killed in another city last week",
            "[two] men were wounded in a separate shooting nearby",
        ),
        (
            "[Two] people were wounded in a shooting at a Wisconsin mall",
            "[Eight] people were shot at the mall, and another man was hurt",
            "[one] man was taken to another hospital",
        ),
    ),
)


def _befell(claim: Claim) -> bool:
    q = claim.quantity
    if q.kind is QuantityKind.AGE:
        return True
    if q.kind is not QuantityKind.AMOUNT or q.unit or q.currency or claim.counted is None:
        return False
    return claim.counted.rsplit(" ", 1)[-1] in CASUALTY_EVENTS


def at_another_place(claim: Claim) -> Claim:
    """``claim`` marked ``separate`` when it counts casualties and its clause places them
    at another place (see ``RULES``); else ``claim`` unchanged."""
    q, s = claim.quantity, claim.sentence
    if not _befell(claim) or q.kind is QuantityKind.AGE:
        return claim
    after = s.text[q.end - s.start :]
    if not any(rule.after.match(after) for rule in RULES):
        return claim
    return claim.model_copy(update={"qualifiers": tuple(sorted({*claim.qualifiers, "separate"}))})


_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# A sentence that opens on a month: "In April,", "Back in March 2021,", "Last November,".
_OPENS_ON_MONTH = re.compile(
    r"^\W*(?:(?:back\s+)?in|last|during|earlier\s+in)\s+(?P<month>" + "|".join(_MONTHS) + r")"
    r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?\s*,",
    re.IGNORECASE,
)


def opening_month(sentence: str, first: date) -> tuple[date, date] | None:
    """The first and last day of the month a sentence opens on, read in the year of the
    story's ``first`` report (the year before, when the month comes after it); None when
    the sentence opens on no month.

    >>> opening_month("In April, 89 shell casings were found.", date(2023, 6, 11))
    (datetime.date(2023, 4, 1), datetime.date(2023, 4, 30))
    >>> opening_month("Last November, he was hurt.", date(2023, 1, 5))
    (datetime.date(2022, 11, 1), datetime.date(2022, 11, 30))
    >>> opening_month("In a statement, police said.", date(2023, 6, 11)) is None
    True
    """
    m = _OPENS_ON_MONTH.match(sentence)
    if m is None:
        return None
    month = _MONTHS.index(m.group("month").lower()) + 1
    if m.group("year"):
        year = int(m.group("year"))
    else:
        year = first.year if month <= first.month else first.year - 1
    start = date(year, month, 1)
    end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return start, end


def earlier_months(claims: Sequence[Claim], published: Mapping[str, str | None]) -> list[Claim]:
    """``claims`` of one story, with the casualty figures (and ages) of a sentence that opens
    on a month wholly before the story's first report, and of the sentence right after it
    when that one has no date or time of its own, marked ``earlier event of <YYYY-MM>``.
    A month that two sources open a sentence on is the story's own."""
    days = sorted(d[:10] for d in (published.get(c.source) for c in claims) if d)
    try:
        first = date.fromisoformat(days[0]) if days else None
    except ValueError:
        first = None
    if first is None:
        return list(claims)
    limit = first - timedelta(days=EARLIER_MONTH_SLACK_DAYS)
    texts: dict[tuple[str, int], str] = {}
    dated: set[tuple[str, int]] = set()
    for c in claims:
        key = (c.source, c.sentence.index)
        texts[key] = c.sentence.text
        if c.quantity.kind in (QuantityKind.DATE, QuantityKind.TIME):
            dated.add(key)
    months: dict[tuple[str, int], str] = {}
    sources_of: dict[str, set[str]] = {}
    for key, text in texts.items():
        span = opening_month(text, first)
        if span is not None and span[1] < limit:
            label = span[0].isoformat()[:7]
            months[key] = label
            sources_of.setdefault(label, set()).add(key[0])
    out: list[Claim] = []
    for c in claims:
        source, index = c.source, c.sentence.index
        label = months.get((source, index))
        if label is None and (source, index) not in dated:
            label = months.get((source, index - 1))
        if label is not None and len(sources_of[label]) == 1 and _befell(c):
            qualifiers = tuple(sorted({*c.qualifiers, f"earlier event of {label}"}))
            c = c.model_copy(update={"qualifiers": qualifiers})
        out.append(c)
    return out
