"""How two stated figures relate: two figures -> Verdict.

Values are compared as intervals, never with float ``==``:

* two figures are *equal* within ``Settings.equal_tolerance``;
* they are *compatible* when a hedge, a bound or a range allows the other figure, or when
  the finer figure rounds to the coarser one at the coarser one's stated precision and the
  two differ by no more than ``Settings.rounding_tolerance``;
* otherwise they *conflict*: severity high when both figures are stated firmly, medium
  when either is hedged or a bound.

Clock times, ages in other units and dates have their own rules. Figures too far apart in
scale (unless their sentences are near-verbatim) or in time are not one claim's versions.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from crosscheck.models import Bound, Claim, Granularity, Kind, Quantity, QuantityKind, Severity
from crosscheck.moments import is_weekday, relate_weekdays
from crosscheck.settings import Settings
from crosscheck.units import base_factor

_HEDGE_WORDS = {
    Bound.APPROXIMATE: "hedged",
    Bound.UPPER: "an upper bound",
    Bound.LOWER: "a lower bound",
    Bound.RANGE: "a range",
}


@dataclass(frozen=True)
class Verdict:
    """How two stated values relate."""

    kind: Kind
    severity: Severity
    why: str


def relate(a: Quantity, b: Quantity, settings: Settings) -> Verdict:
    """Compare two quantities of the same claim.

    >>> from crosscheck.models import Quantity, Bound
    >>> def q(v, bound=Bound.EXACT, p=1000.0):
    ...     lo = None if bound is Bound.UPPER else v
    ...     return Quantity(text=str(v), start=0, end=1, value=v, low=lo, high=v, bound=bound,
    ...                     precision=p)
    >>> relate(q(11000.0), q(12000.0), Settings()).kind.value
    'conflict'
    >>> relate(q(11000.0), q(12000.0, Bound.UPPER), Settings()).why
    'within the upper bound only as a hedge: as firm figures they would differ'
    >>> relate(q(1000.0, Bound.APPROXIMATE), q(1004.0, p=1.0), Settings()).kind.value
    'agreement'
    """
    if a.kind is QuantityKind.DATE or b.kind is QuantityKind.DATE:
        return _relate_dates(a, b, settings)
    if QuantityKind.TIME in (a.kind, b.kind) and _is_point(a) and _is_point(b):
        return _relate_times(a, b, settings)
    if a.kind is b.kind is QuantityKind.AGE and (a.unit or "year") != (b.unit or "year"):
        return _relate_ages_in_days(a, b)
    if _same(a, b, settings):
        return Verdict(Kind.AGREEMENT, Severity.NONE, "same figure")
    if a.vague or b.vague:
        if _overlap(a, b, settings):
            return Verdict(Kind.COMPATIBLE, Severity.LOW, "a vague amount covers the other")
        # "Dozens" is a manner of speaking, not a figure: a headline's "dozens of POWs"
        # against "more than 200" stays visible but is not reported as a contradiction.
        return Verdict(
            Kind.COMPATIBLE,
            Severity.LOW,
            "a vague amount does not cover the other, but is too loose to contradict it",
        )
    pa, pb = _is_point(a), _is_point(b)
    if pa and pb:
        assert a.value is not None and b.value is not None
        hedged = Bound.APPROXIMATE in (a.bound, b.bound)
        slack = max(_hedge_slack(q, settings) for q in (a, b))
        if hedged and _relative(a.value, b.value) <= slack:
            return Verdict(Kind.AGREEMENT, Severity.NONE, f"within the hedge (±{slack:.0%})")
        if _rounds_to(a, b, settings):
            return Verdict(Kind.COMPATIBLE, Severity.LOW, "same figure rounded")
        firm = a.bound is Bound.EXACT and b.bound is Bound.EXACT
        return Verdict(
            Kind.CONFLICT,
            Severity.HIGH if firm else Severity.MEDIUM,
            "different figures" if firm else "different figures beyond the hedge",
        )
    if pa or pb:
        point, interval = (a, b) if pa else (b, a)
        assert point.value is not None
        slack = _hedge_slack(point, settings)
        if not _within(point.value, interval, slack, settings):
            return Verdict(
                Kind.CONFLICT, Severity.MEDIUM, f"outside the {_interval_name(interval)}"
            )
        if interval.bound is Bound.RANGE:
            return Verdict(Kind.AGREEMENT, Severity.NONE, "within the range")
        edge = interval.high if interval.bound is Bound.UPPER else interval.low
        if edge is not None and _relative(point.value, edge) <= settings.equal_tolerance:
            return Verdict(
                Kind.AGREEMENT,
                Severity.NONE,
                f"same figure, one stated as {_HEDGE_WORDS[interval.bound]}",
            )
        # "up to 12,000" against 11,000: consistent as written, but news style uses "up to"
        # for the figure itself, so the gap stays visible as a low-severity difference.
        return Verdict(
            Kind.COMPATIBLE,
            Severity.LOW,
            f"within the {_interval_name(interval)} only as a hedge: "
            "as firm figures they would differ",
        )
    if a.bound is b.bound is Bound.LOWER:
        # "at least 15" and "at least 20" (or "more than 600" and "over 700"): both hold if
        # the figure is 20 or more; the higher floor says more, the other does not deny it.
        return Verdict(
            Kind.COMPATIBLE,
            Severity.LOW,
            "both are lower bounds: the higher one includes the other",
        )
    if a.bound is b.bound is Bound.UPPER:
        # "up to 18 hours" against "up to 16 hours": news style gives the limit itself as
        # "up to", and the limits differ.
        return Verdict(Kind.CONFLICT, Severity.MEDIUM, "different upper bounds")
    if _overlap(a, b, settings):
        return Verdict(Kind.COMPATIBLE, Severity.LOW, "overlapping ranges")
    return Verdict(Kind.CONFLICT, Severity.MEDIUM, "ranges do not overlap")


def _hedge_slack(q: Quantity, settings: Settings) -> float:
    """The relative slack a hedge grants: the figure's own rounding step ('about 8 million'
    is rounded to the million, 'approximately $620 million' to ten million), at least
    ``hedge_floor`` and at most ``approximate_tolerance``. A firm figure grants none."""
    if q.bound is not Bound.APPROXIMATE:
        return 0.0
    value = abs(q.value or 0.0)
    step = q.precision or 1.0
    share = step / value if value else settings.approximate_tolerance
    return min(settings.approximate_tolerance, max(settings.hedge_floor, share))


HOURS_A_DAY = 24.0
MINUTES_AN_HOUR = 60.0


def _relate_times(a: Quantity, b: Quantity, settings: Settings) -> Verdict:
    """Clock times differ by minutes, around the clock: 'about 10:30 p.m.' and 'shortly
    after 11 p.m.' are half an hour apart, beyond what the hedges stretch to."""
    assert a.value is not None and b.value is not None
    gap = abs(a.value - b.value) % HOURS_A_DAY
    gap = min(gap, HOURS_A_DAY - gap)
    if gap <= settings.equal_tolerance:
        return Verdict(Kind.AGREEMENT, Severity.NONE, "same time")
    hedged = Bound.APPROXIMATE in (a.bound, b.bound)
    if _on_its_side(a, b, settings) or _on_its_side(b, a, settings):
        return Verdict(
            Kind.AGREEMENT,
            Severity.NONE,
            f"within the hedge's side (up to {settings.time_side_minutes:g} minutes)",
        )
    if hedged and gap * MINUTES_AN_HOUR <= settings.time_hedge_minutes:
        return Verdict(
            Kind.AGREEMENT,
            Severity.NONE,
            f"within the hedge (±{settings.time_hedge_minutes:g} minutes)",
        )
    hours = [q for q in (a, b) if q.bound is Bound.APPROXIMATE and _whole_hour(q)]
    if (
        hours
        and not hours[0].text.lower().startswith(_DIRECTED_HEDGES)
        and gap * MINUTES_AN_HOUR < settings.time_hour_hedge_minutes
    ):
        return Verdict(
            Kind.AGREEMENT,
            Severity.NONE,
            f"within an hour's hedge ('{hours[0].text}': "
            f"±{settings.time_hour_hedge_minutes:g} minutes)",
        )
    coarse, fine = (a, b) if (a.precision or 1.0) >= (b.precision or 1.0) else (b, a)
    assert coarse.value is not None and fine.value is not None
    step = coarse.precision or 1.0
    # "just before 3 p.m." places the moment beside 3, it does not round to it: 2:35 is
    # not "just before 3" though it rounds to 3
    sided = coarse.text.lower().startswith(_DIRECTED_HEDGES)
    if (
        not sided
        and abs(round(fine.value / step) * step - coarse.value) <= settings.equal_tolerance
    ):
        return Verdict(Kind.COMPATIBLE, Severity.LOW, "same time rounded")
    return Verdict(
        Kind.CONFLICT,
        Severity.MEDIUM if hedged else Severity.HIGH,
        "different times beyond the hedge" if hedged else "different times",
    )


def _whole_hour(q: Quantity) -> bool:
    """Whether a clock time is an hour on the hour ('2 a.m.', '2:00 a.m.', 'noon')."""
    return q.value is not None and float(q.value).is_integer()


# Hedges that place a clock time on one side of the time stated: +1 after it, -1 before it.
# "Just after" and "just before" say a few minutes: they keep the symmetric slack only
# ("just before 7 a.m." is not 6:34).
_SIDED_HEDGES = (
    ("shortly after", 1.0),
    ("soon after", 1.0),
    ("shortly before", -1.0),
)


# Hedges that say on which side of the time stated the moment lies, a few minutes off.
_DIRECTED_HEDGES = (*(words for words, _ in _SIDED_HEDGES), "just before", "just after")


def _on_its_side(hedged: Quantity, other: Quantity, settings: Settings) -> bool:
    """Whether ``other`` falls on the side of the time ``hedged`` that its hedge names,
    within ``time_side_minutes``: 'shortly after 20:00' covers 20:18, not 19:30 or 20:45.

    >>> from crosscheck.models import Bound
    >>> def t(text, v):
    ...     return Quantity(text=text, start=0, end=1, value=v, low=v, high=v,
    ...                     bound=Bound.APPROXIMATE, kind=QuantityKind.TIME)
    >>> s = Settings()
    >>> _on_its_side(t("shortly after 20:00", 20.0), t("8:18 p.m.", 20.3), s)
    True
    >>> _on_its_side(t("shortly after 11 p.m.", 23.0), t("about 10:30 p.m.", 22.5), s)
    False
    """
    assert hedged.value is not None and other.value is not None
    text = hedged.text.lower()
    side = next((s for words, s in _SIDED_HEDGES if text.startswith(words)), 0.0)
    if not side:
        return False
    ahead = ((other.value - hedged.value) * side) % HOURS_A_DAY
    return ahead * MINUTES_AN_HOUR <= settings.time_side_minutes


# Days in each unit an age is given in: "a three-week-old" and "a one-month-old" are
# compared as days, never as the bare figures 3 and 1.
DAYS_IN_AGE_UNIT = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}


def _relate_ages_in_days(a: Quantity, b: Quantity) -> Verdict:
    """Ages in different units: the same age when they differ by less than half the finer
    unit ("four weeks" and "one month"); "three weeks" and "one month", or "25 days" and
    "three weeks", are different ages.

    >>> from crosscheck.models import Bound
    >>> def age(v, unit):
    ...     return Quantity(text="x", start=0, end=1, value=v, low=v, high=v, unit=unit,
    ...                     bound=Bound.EXACT, kind=QuantityKind.AGE)
    >>> _relate_ages_in_days(age(3.0, "week"), age(1.0, "month")).kind.value
    'conflict'
    >>> _relate_ages_in_days(age(4.0, "week"), age(1.0, "month")).kind.value
    'agreement'
    """
    if not (_is_point(a) and _is_point(b)) or a.value is None or b.value is None:
        return Verdict(Kind.COMPATIBLE, Severity.LOW, "ages in different units, one a range")
    units = [DAYS_IN_AGE_UNIT.get(q.unit or "year", DAYS_IN_AGE_UNIT["year"]) for q in (a, b)]
    gap = abs(a.value * units[0] - b.value * units[1])
    if gap < min(units) / 2:
        return Verdict(Kind.AGREEMENT, Severity.NONE, "the same age in other units")
    return Verdict(Kind.CONFLICT, Severity.MEDIUM, "different ages (in days)")


def _relate_dates(a: Quantity, b: Quantity, settings: Settings) -> Verdict:
    """Dates compare as the intervals of days they allow, at their own granularity:
    'June 2024' lies within 'mid-2024' (agreement); 'September 2023' and 'October 2023'
    for one event are a conflict."""
    from crosscheck.dates import relate_dates

    if is_weekday(a) and is_weekday(b):
        # 'on Sunday' against 'on Saturday' for one event: one of them names the wrong day
        days = relate_weekdays(a, b)
        if days == "same":
            return Verdict(Kind.AGREEMENT, Severity.NONE, "same day of the week")
        if days == "night":
            return Verdict(Kind.COMPATIBLE, Severity.LOW, "one night, told by either day")
        if not settings.weekday_conflicts:
            return Verdict(
                Kind.COMPATIBLE,
                Severity.LOW,
                "different days of the week (not reported as a conflict: weekday-conflicts)",
            )
        return Verdict(Kind.CONFLICT, Severity.MEDIUM, "different days of the week")
    if a.date is None or b.date is None:
        return Verdict(Kind.COMPATIBLE, Severity.LOW, "a date could not be read")
    relation = relate_dates(a.date, b.date)
    if relation == "same":
        return Verdict(Kind.AGREEMENT, Severity.NONE, "same date")
    if relation == "within":
        return Verdict(Kind.AGREEMENT, Severity.NONE, "one date lies within the other")
    if relation == "overlap":
        return Verdict(Kind.COMPATIBLE, Severity.LOW, "the dates overlap")
    if _same_day_of_year(a, b):
        # 'Oct. 12' on a page with no date line took the year the page names most: the
        # day both write is the same, only a year one of them never wrote differs
        return Verdict(Kind.AGREEMENT, Severity.NONE, "same day; a year was not written")
    firm = Granularity.YEAR not in (a.date.granularity, b.date.granularity)
    hedged = Bound.APPROXIMATE in (a.bound, b.bound)
    return Verdict(
        Kind.CONFLICT,
        Severity.HIGH if firm and not hedged else Severity.MEDIUM,
        "different dates",
    )


_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|2[01])\d\d\b|['\u2019]\d\d\b")


def _same_day_of_year(a: Quantity, b: Quantity) -> bool:
    """Whether two single days differ only in a year that one of them does not write."""
    if a.date is None or b.date is None:
        return False
    if a.date.granularity is not Granularity.DAY or b.date.granularity is not Granularity.DAY:
        return False
    if a.date.earliest != a.date.latest or b.date.earliest != b.date.latest:
        return False
    if _WRITTEN_YEAR.search(a.text) and _WRITTEN_YEAR.search(b.text):
        return False
    return a.date.earliest[5:] == b.date.earliest[5:]


def _is_point(q: Quantity) -> bool:
    return q.bound in (Bound.EXACT, Bound.APPROXIMATE)


def _interval_name(q: Quantity) -> str:
    return {Bound.UPPER: "upper bound", Bound.LOWER: "lower bound"}.get(q.bound, "range")


def _relative(a: float, b: float) -> float:
    scale = max(abs(a), abs(b))
    return abs(a - b) / scale if scale else 0.0


def _close(a: float | None, b: float | None, settings: Settings) -> bool:
    if a is None or b is None:
        return a is b
    return _relative(a, b) <= settings.equal_tolerance


def _same(a: Quantity, b: Quantity, settings: Settings) -> bool:
    if _is_point(a) and _is_point(b):
        return _close(a.value, b.value, settings)
    return (
        a.bound is b.bound and _close(a.low, b.low, settings) and _close(a.high, b.high, settings)
    )


def _rounds_to(a: Quantity, b: Quantity, settings: Settings) -> bool:
    """True when the finer figure, rounded or truncated at the coarser one's precision, gives
    it: '$25.1 billion' is $25.167 billion cut at its step, 'Rs 600 crore' is 615 cut at the
    hundred; 888,000 is neither of 889,015."""
    assert a.value is not None and b.value is not None
    if _relative(a.value, b.value) > settings.rounding_tolerance:
        return False
    coarse, fine = (a, b) if (a.precision or 1.0) >= (b.precision or 1.0) else (b, a)
    step = coarse.precision or 1.0
    assert coarse.value is not None and fine.value is not None
    cut = math.floor(abs(fine.value) / step + 1e-9) * step * (1 if fine.value >= 0 else -1)
    return _close(round(fine.value / step) * step, coarse.value, settings) or _close(
        cut, coarse.value, settings
    )


def _within(value: float, interval: Quantity, slack: float, settings: Settings) -> bool:
    tol = max(slack, settings.equal_tolerance)
    low_ok = interval.low is None or value >= interval.low * (1 - tol)
    high_ok = interval.high is None or value <= interval.high * (1 + tol)
    return low_ok and high_ok


def _overlap(a: Quantity, b: Quantity, settings: Settings) -> bool:
    tol = settings.equal_tolerance
    a_low = a.low if a.low is not None else float("-inf")
    b_low = b.low if b.low is not None else float("-inf")
    a_high = a.high if a.high is not None else float("inf")
    b_high = b.high if b.high is not None else float("inf")
    return a_low <= b_high * (1 + tol) and b_low <= a_high * (1 + tol)


# Figures more than this many times apart are rarely two outlets' versions of one figure:
# a bank's 2.3 million customers and the 20,000 it failed to check, a city's population and
# a crowd. Unless their sentences are near-verbatim (one outlet's figure mistyped in a copy
# of the other's sentence), they are taken for different claims.
SCALE_GAP = 10.0


def _apart_in_scale(a: Quantity, b: Quantity) -> bool:
    if a.kind is not QuantityKind.AMOUNT or b.kind is not QuantityKind.AMOUNT or a.vague or b.vague:
        return False
    x, y = _magnitude(a), _magnitude(b)
    if x is None or y is None or x <= 0 or y <= 0:
        return False
    return max(x, y) / min(x, y) > SCALE_GAP


# Two dates of "one event" more than a year apart are two events: outlets that disagree on a
# date disagree by days or months, while a year apart is history against news ('the bank
# last moved in 2014' and 'the next meeting will be held on 17 December 2026').
MAX_DATE_GAP_DAYS = 366


def _years_apart(a: Quantity, b: Quantity) -> bool:
    if a.date is None or b.date is None:
        return False
    first, second = sorted((a.date, b.date), key=lambda d: d.earliest)
    gap = date.fromisoformat(second.earliest) - date.fromisoformat(first.latest)
    return gap.days > MAX_DATE_GAP_DAYS


def _magnitude(q: Quantity) -> float | None:
    """How large ``q`` is, in its dimension's base unit ('1 km' and '900 m' are near)."""
    size = base_factor(q.unit)
    if q.value is not None:
        return abs(q.value) * size
    ends = [abs(v) * size for v in (q.low, q.high) if v is not None]
    return max(ends) if ends else None


def _same_frame(a: Sequence[Claim], b: Sequence[Claim], settings: Settings) -> bool:
    from rapidfuzz import fuzz

    return any(
        fuzz.token_sort_ratio(x.frame, y.frame) >= settings.frame_similarity
        for x in a[:3]
        for y in b[:3]
    )
