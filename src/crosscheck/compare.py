"""Compare the values of one group of aligned claims: group -> Finding.

Two figures are related as intervals by :func:`crosscheck.relations.relate`. Here a
group's claims are gathered into sides by the figure they state, the pairs of sides that
can dispute are related, and the worst verdict makes the finding, read against what the
sources show of time: a figure updated between reports, a person aged, a count grown, a
revision a source states.

Only claims from different *independent* sources are compared: copies of one article
count once, and one article that gives two figures is not contradicting itself.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date

from crosscheck.age_holders import is_members, is_named
from crosscheck.attackers import may_count_attacker
from crosscheck.court_stages import aged_by_stage
from crosscheck.doc_figures import floors_apart
from crosscheck.live import LIVE_COUNTS, read_apart
from crosscheck.models import (
    Bound,
    Claim,
    ClaimOut,
    Finding,
    Kind,
    Quantity,
    QuantityKind,
    QuantityOut,
    Severity,
    Side,
)
from crosscheck.moments import is_weekday, weekday_key
from crosscheck.relations import (
    _HEDGE_WORDS,
    MINUTES_AN_HOUR,
    Verdict,
    _apart_in_scale,
    _is_point,
    _magnitude,
    _rounds_to,
    _same_frame,
    _years_apart,
    relate,
)
from crosscheck.revisions import over_time
from crosscheck.settings import Settings
from crosscheck.units import base_factor, same_unit

_SEVERITY_RANK = {Severity.NONE: 0, Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3}

# Two ages of one name that this many reports or more each give both of are two people who
# share the name (a father and his son): one report giving two is an error, but two or
# more independent reports (copies count once) each giving both are not all wrong.
NAMESAKE_SOURCES = 2


# --- findings ---------------------------------------------------------------------------------


def compare(
    group: Sequence[Claim],
    copies: Mapping[str, str],
    locate: Callable[[str, int], tuple[int, int]],
    settings: Settings,
    published: Mapping[str, str | None] | None = None,
    story: str = "S1",
    revised: Collection[tuple[str | None, float, float]] = frozenset(),
    *,
    pages: bool = False,
    attacker_dead: bool = False,
    attacker_hurt: bool = False,
    told: Mapping[FigureKey, frozenset[str]] | None = None,
) -> Finding | None:
    """The finding for one aligned group of ``story``, or None if fewer than two
    independent sources.

    ``published`` maps a source path to its publication date (ISO 8601): a conflict whose
    figures follow one another in time is reported as a figure updated over time.
    ``pages``: the sources are pages of a docs tree, whose claims were aligned by entity,
    attribute and time; a page that states both figures in two sentences disputes itself,
    and so also the pages that give one of them. ``attacker_dead``: a source of the story
    says the attacker died, so a toll one larger than another may count him;
    ``attacker_hurt``: ... or was hurt, so a count of the hurt one larger may.
    ``told``: which sources of the story state each amount anywhere (:func:`figures_told`);
    a source giving the smaller of two amounts that also states the larger does not
    dispute the larger (:func:`_smaller_as_part`).
    """
    origins = {copies.get(c.source, c.source) for c in group}
    if len(origins) < 2:
        return None
    group = _without_repeats(group)
    sides = _sides(group)
    worst = Verdict(Kind.AGREEMENT, Severity.NONE, "same figure")
    notes: list[str] = []
    agreeing: list[str] = []
    variants = [_variants(claims, copies) for _, claims in sides]
    stating = [frozenset(o for _, origins in v for o in origins) for v in variants]
    related = accumulated = False
    named_age = group[0].quantity.kind is QuantityKind.AGE and is_named(group[0].actor)
    members = is_members(group[0].actor)  # a group's range against each member's age
    alike_pairs = {} if pages else _agreeing(sides, variants, copies, settings)
    for i, j in _side_pairs(sides, copies):
        # A figure both articles state is not in dispute between them: only an article that
        # gives one figure and not the other can contradict one that gives the other. When
        # every article giving 27 also gives 31, the group holds two claims, not a dispute.
        both = (
            _in_one_sentence(sides[i][1], sides[j][1], copies) if pages else stating[i] & stating[j]
        )
        if named_age and not (stating[i] == stating[j] and len(stating[i]) >= NAMESAKE_SOURCES):
            # one person has one age: an article giving two disputes itself, unless every
            # article that gives either age gives both ("John Michael Mcluer, 55" and "John
            # Michael Mcluer, 12" in each report of a fire): a father and a son of one name
            both = frozenset()
        only_i, only_j = stating[i] - both, stating[j] - both
        if (
            told is not None
            and not named_age
            and not _revision((sides[i], sides[j]), group, revised)
        ):
            # a revision a source states ("to 97, down from 115") is reported as such
            only_i = only_i - _smaller_as_part(sides[i][1], sides[j][1], told)
        if not only_i or not only_j:
            continue
        if alike_pairs:
            # two reports that agree on another figure of the group, each giving one of
            # these two beside it, do not dispute each other's: the quarter's revenue both
            # give, and one's segment sales against the other's full year
            pair = frozenset((i, j))
            only_i, only_j = (
                frozenset(
                    a
                    for a in only_i
                    if not all(_agree_elsewhere(a, b, pair, alike_pairs) for b in only_j)
                ),
                frozenset(
                    b
                    for b in only_j
                    if not all(_agree_elsewhere(a, b, pair, alike_pairs) for a in only_i)
                ),
            )
            if not only_i or not only_j:
                continue
        for (qa, origins_a), (qb, origins_b) in itertools.product(variants[i], variants[j]):
            if not (origins_a & only_i) or not (origins_b & only_j):
                continue
            if len(origins_a) == 1 and origins_a == origins_b:
                continue  # one article (or its copies) giving two figures
            if members and _is_point(qa) and _is_point(qb):
                continue  # two members of a group ("the men (hurt)"): two people's ages
            qa, qb = same_unit(qa, qb)  # '100 yards' against '100 feet', in yards
            if _apart_in_scale(qa, qb) and not _same_frame(sides[i][1], sides[j][1], settings):
                continue  # '2.3 million customers' and '20,000 customers': other claims
            if _years_apart(qa, qb):
                continue  # 'last moved in 2014' and 'the next meeting, on 17 December 2026'

            grown = _accumulated(group[0].counted, qa, origins_a, qb, origins_b, published or {})
            accumulated = accumulated or grown is not None
            aged = (
                _aged(qa, origins_a, qb, origins_b, published or {})
                or aged_by_stage(qa, sides[i][1], qb, sides[j][1])
                or grown
            )
            verdict = aged if aged is not None else relate(qa, qb, settings)
            if pages and verdict.kind is Kind.COMPATIBLE and floors_apart(qa, qb):
                verdict = Verdict(  # '42,900+' against 'over 33,000': a page left stale
                    Kind.CONFLICT, Severity.MEDIUM, "lower bounds of two different counts"
                )
            if (
                verdict.kind is Kind.CONFLICT
                and group[0].counted in LIVE_COUNTS
                and read_apart(sides[i][1], sides[j][1], published or {})
            ):
                verdict = Verdict(
                    Kind.COMPATIBLE,
                    Severity.LOW,
                    f"{group[0].counted} is a live count: read at different moments",
                )
            if (attacker_dead or attacker_hurt) and verdict.kind is Kind.CONFLICT:
                why = may_count_attacker(
                    group[0].counted,
                    qa.value,
                    sides[i][1],
                    qb.value,
                    sides[j][1],
                    dead=attacker_dead,
                    hurt=attacker_hurt,
                )
                if why is not None:  # "three dead" with the gunman, "two children killed"
                    verdict = Verdict(Kind.COMPATIBLE, Severity.LOW, why)
            related = True
            if _worse(verdict, worst):
                worst = verdict
            (notes if verdict.kind is not Kind.AGREEMENT else agreeing).append(verdict.why)
    if len(sides) > 1 and not related:
        return None  # figures that no two articles dispute: claims that only look alike
    kind = worst.kind
    subject = group[0].subject
    subject_counted = group[0].counted
    position = {id(c): i for i, c in enumerate(group)}
    side_records = tuple(
        _side_record(value, claims, copies, tuple(sorted(position[id(c)] for c in claims)))
        for value, claims in sides
    )
    latest = None
    update = _update(sides, published or {}) if kind is not Kind.AGREEMENT else None
    worst = over_time(worst, update)  # a toll updated between dated reports (revisions.py)
    if (
        update is not None
        and kind is Kind.COMPATIBLE
        and _moved(sides, settings)
        and not accumulated
        and subject_counted not in LIVE_COUNTS  # a live count moves: no update of a figure
        and not all(any(_HISTORICAL.match(q) for q in c.qualifiers) for c in group)
    ):
        # 'at least 12 dead' on Monday and '19 dead' on Tuesday agree as intervals, but the
        # figure moved: an editor must see the latest one, so it is reported as a conflict.
        kind = Kind.CONFLICT
        worst = Verdict(Kind.CONFLICT, Severity.LOW, worst.why)
    revision = _revision(sides, group, revised) if kind is Kind.CONFLICT else None
    if revision is not None:
        # "revised the toll to 97, down from 115": an outlet giving 115 gave the figure
        # before the revision, which the other sources state; no dispute between them.
        kind, worst = Kind.COMPATIBLE, Verdict(Kind.COMPATIBLE, Severity.LOW, revision[1])
        update, notes = (revision[0], revision[1]), [revision[1]]
    reason = _reason(kind, side_records, group, notes if notes else agreeing)
    if revision is not None:
        latest = revision[0]
    elif update is not None:
        latest, history = update
        reason += f". The figure was updated over time: {history}; the latest is {latest}"
    claims_out = tuple(claim_out(c, copies, locate) for c in group)
    return Finding(
        id=_fingerprint(kind, subject, group),
        kind=kind,
        severity=worst.severity if kind is not Kind.AGREEMENT else Severity.NONE,
        subject=subject,
        reason=reason,
        sides=side_records,
        claims=claims_out,
        latest=latest,
        story=story,
    )


def _revision(
    sides: Sequence[tuple[str, list[Claim]]],
    group: Sequence[Claim],
    revised: Collection[tuple[str | None, float, float]],
) -> tuple[str, str] | None:
    """(new value, why) when a group's two figures are the old and the new figure of a
    revision a source of the story states."""
    if len(sides) != 2:
        return None
    values = [c[0].quantity.value for _, c in sides]
    counted = {c.counted for c in group}
    for what, old, new in revised:
        if what not in counted and what is not None:
            continue
        if all(v is not None for v in values) and {*values} == {old, new} and old != new:
            new_side = next(value for value, c in sides if c[0].quantity.value == new)
            old_side = next(value for value, c in sides if c[0].quantity.value == old)
            return new_side, f"revised from {old_side} to {new_side}, as a source states"
    return None


def _aged(
    a: Quantity,
    origins_a: frozenset[str],
    b: Quantity,
    origins_b: frozenset[str],
    published: Mapping[str, str | None],
) -> Verdict | None:
    """Two ages of one person stated months apart: the later may be a year (or as many as
    have passed) older. "Rico Doyle, 35" in April and "Rico Doyle, 36" in September agree.

    >>> from crosscheck.models import Bound, QuantityKind
    >>> age = lambda v: Quantity(text=str(v), start=0, end=2, value=v, low=v, high=v,
    ...     bound=Bound.EXACT, kind=QuantityKind.AGE)
    >>> when = {"a": "2016-04-02", "b": "2016-09-20", "c": "2016-04-03"}
    >>> _aged(age(35), frozenset("a"), age(36), frozenset("b"), when).kind.value
    'compatible'
    >>> _aged(age(35), frozenset("a"), age(36), frozenset("c"), when) is None
    True
    """
    if a.kind is not QuantityKind.AGE or b.kind is not QuantityKind.AGE:
        return None
    ordered = _in_time_order(a, origins_a, b, origins_b, published)
    if ordered is None:
        return None
    (early, first), (late, last) = ordered
    years = math.ceil((late - early).days / DAYS_PER_YEAR)
    if (late - early).days < AGEING_MIN_DAYS or not 0 < last - first <= years:
        return None
    return Verdict(
        Kind.COMPATIBLE,
        Severity.NONE,
        f"{format_number(first)} then {format_number(last)} {(late - early).days} days later: "
        "the person aged between the reports",
    )


def _in_time_order(
    a: Quantity,
    origins_a: frozenset[str],
    b: Quantity,
    origins_b: frozenset[str],
    published: Mapping[str, str | None],
) -> tuple[tuple[date, float], tuple[date, float]] | None:
    """(first publication day, value) of each side, earlier side first; None when a value or
    every publication day of a side is unknown."""
    if a.value is None or b.value is None:
        return None
    days_a = [d for o in origins_a if (d := _date(published.get(o))) is not None]
    days_b = [d for o in origins_b if (d := _date(published.get(o))) is not None]
    if not days_a or not days_b:
        return None
    early, late = sorted([(min(days_a), a.value), (min(days_b), b.value)])
    return early, late


# Counts that only grow as an investigation goes on: a later report's larger count of
# arrests or charges takes in the earlier ones.
ACCUMULATING = ("arrested", "charged")


def _accumulated(
    counted: str | None,
    a: Quantity,
    origins_a: frozenset[str],
    b: Quantity,
    origins_b: frozenset[str],
    published: Mapping[str, str | None],
) -> Verdict | None:
    """Two counts of arrests (or charges) published days apart, the later one larger: the
    investigation went on. "2 arrested" in February and "4 arrested" in June agree.

    >>> from crosscheck.models import Bound
    >>> n = lambda v: Quantity(text=str(v), start=0, end=1, value=v, low=v, high=v,
    ...     bound=Bound.EXACT)
    >>> when = {"a": "2016-02-10", "b": "2016-06-20"}
    >>> _accumulated("arrested", n(2), frozenset("a"), n(4), frozenset("b"), when).kind.value
    'compatible'
    >>> _accumulated("arrested", n(4), frozenset("a"), n(2), frozenset("b"), when) is None
    True
    """
    if counted is None or not counted.endswith(ACCUMULATING):
        return None
    ordered = _in_time_order(a, origins_a, b, origins_b, published)
    if ordered is None:
        return None
    (early, first), (late, last) = ordered
    if (late - early).days < ACCUMULATING_MIN_DAYS or last <= first:
        return None
    return Verdict(
        Kind.COMPATIBLE,
        Severity.NONE,
        f"{format_number(first)} then {format_number(last)} {(late - early).days} days later: "
        f"{counted} counts grow as an investigation goes on",
    )


# Reports this many days apart or more may count arrests made in between.
ACCUMULATING_MIN_DAYS = 2
# Reports published closer than this are read as the same day of a person's life: two
# outlets on one week giving 20 and 21 disagree.
AGEING_MIN_DAYS = 30
DAYS_PER_YEAR = 365.25


def _date(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def _moved(sides: Sequence[tuple[str, list[Claim]]], settings: Settings) -> bool:
    """Whether the figures of a compatible group moved far enough over time to be an
    update ('at least 12' then 19), not a hedge met ('more than 48,000' then 48,600)."""
    values = [
        v
        for _, claims in sides
        for c in claims[:1]
        if not c.quantity.vague and (v := _magnitude(c.quantity)) is not None and v > 0
    ]
    return (
        len(values) > 1 and (max(values) - min(values)) / max(values) >= settings.update_min_change
    )


# A figure stated as the result of a rise: "the toll rose to 19", "has climbed to 19".
_UPDATE_BEFORE = re.compile(
    r"\b(?:rose|risen|climbed|increased|jumped|grew|soared|surged|swelled|mounted|reached|hit)"
    r"(?:\s+(?:again|further|sharply|overnight))?\s+(?:to\s+)?(?:\w+\s+)?$"
    r"|\b(?:now\s+)?(?:stands|stood)\s+at\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# A figure of a past year's event ("in 1996, at least 500 were killed") or of an earlier
# incident: two reports of it a day apart recall it, they do not update it.
_HISTORICAL = re.compile(r"^(?:in (?:1[89]|20)\d\d|earlier event)")


def _update(
    sides: Sequence[tuple[str, list[Claim]]], published: Mapping[str, str | None]
) -> tuple[str, str] | None:
    """(latest value, history) when the sides of a conflict follow one another in time:
    every source of one side was published before every source of the next, or one side
    states its figure as the result of a rise ("the toll rose to 19"). Vague amounts
    ("thousands") are left out of the order."""
    dated: list[tuple[str, str, str]] = []  # (first, last publication, value)
    for value, claims in sides:
        if all(c.quantity.vague for c in claims):
            continue  # "thousands": a manner of speaking, no step of the figure's history
        # an undated source says nothing of the order; a side no dated source gives does
        known = sorted(stamp for c in claims if (stamp := published.get(c.source)) is not None)
        if not known:
            break
        dated.append((known[0], known[-1], value))
    else:
        dated.sort()
        if len(dated) > 1 and all(a[1] < b[0] for a, b in itertools.pairwise(dated)):
            history = " then ".join(f"{value} (published {first})" for first, _, value in dated)
            return dated[-1][2], history
    risen = [
        value
        for value, claims in sides
        if any(_UPDATE_BEFORE.search(_text_before(c)) for c in claims)
    ]
    if len(risen) == 1:
        others = [value for value, _ in sides if value != risen[0]]
        return risen[0], f"{', '.join(others)} then {risen[0]} (stated as a rise)"
    return None


def _text_before(claim: Claim) -> str:
    offset = claim.quantity.start - claim.sentence.start
    return claim.sentence.text[max(0, offset - 40) : max(0, offset)]


def _worse(a: Verdict, b: Verdict) -> bool:
    order = {Kind.AGREEMENT: 0, Kind.COMPATIBLE: 1, Kind.CONFLICT: 2}
    return (order[a.kind], _SEVERITY_RANK[a.severity]) > (order[b.kind], _SEVERITY_RANK[b.severity])


# Above this many distinct figures in one group, each figure is related to the figure most
# sources give, to its neighbours and to the extremes, not to every other figure. For point
# figures the widest gap (between the extremes) decides the verdict anyway; the consensus
# pairs give the reason. The cost stays linear when thousands of articles report one event
# with scattered figures.
MAX_SIDES_ALL_PAIRS = 40


def _agreeing(
    sides: Sequence[tuple[str, list[Claim]]],
    variants: Sequence[list[tuple[Quantity, frozenset[str]]]],
    copies: Mapping[str, str],
    settings: Settings,
) -> dict[frozenset[str], set[frozenset[int]]]:
    """For each pair of sources (their originals) that state one figure of the group alike
    (the same figure, or two that agree: '$164 billion' and '$164,048 million'), the sides
    that figure is on."""
    pairs: dict[frozenset[str], set[frozenset[int]]] = {}
    stating = [frozenset(o for _, origins in v for o in origins) for v in variants]
    alike = [(k, k) for k in range(len(sides))] + [
        (k, m)
        for k, m in _side_pairs(sides, copies)
        if _alike(variants[k][0][0], variants[m][0][0], settings)
    ]
    for k, m in alike:
        for a in stating[k]:
            for b in stating[m]:
                if a != b:
                    pairs.setdefault(frozenset((a, b)), set()).add(frozenset((k, m)))
    return pairs


def _agree_elsewhere(
    a: str, b: str, pair: frozenset[int], alike: Mapping[frozenset[str], set[frozenset[int]]]
) -> bool:
    """Whether sources ``a`` and ``b`` state some figure alike, other than the two figures
    of ``pair`` themselves (which the verdict on the pair judges)."""
    return any(sides != pair for sides in alike.get(frozenset((a, b)), ()))


def _alike(a: Quantity, b: Quantity, settings: Settings) -> bool:
    """One figure told two ways: two points that agree (within a hedge) or one rounded
    from the other. A range or a bound that holds a figure is not that figure, nor is a
    vague amount."""
    if not (_is_point(a) and _is_point(b)) or None in (a.value, b.value) or a.vague or b.vague:
        return False
    if relate(a, b, settings).kind is Kind.AGREEMENT:
        return True
    return a.kind is b.kind is QuantityKind.AMOUNT and _rounds_to(a, b, settings)


def _side_pairs(
    sides: Sequence[tuple[str, list[Claim]]], copies: Mapping[str, str]
) -> list[tuple[int, int]]:
    n = len(sides)
    if n <= MAX_SIDES_ALL_PAIRS:
        return [(i, j) for i in range(n) for j in range(i + 1, n)]
    support = [len({copies.get(c.source, c.source) for c in claims}) for _, claims in sides]
    anchors = {max(range(n), key=lambda k: (support[k], -k)), 0, n - 1}
    pairs = {(min(a, k), max(a, k)) for a in anchors for k in range(n) if k != a}
    pairs |= {(k, k + 1) for k in range(n - 1)}
    return sorted(pairs)


# An amount as the story's sources state it: (what it counts, currency, unit, figure).
FigureKey = tuple[str | None, str | None, str | None, tuple[float, float]]

# Counts of people harmed: a report's "ten killed" is the whole of its "five victims", its
# "three shot" of its "two injured", though the claims count under other names. A count of
# patients or of people taken to hospital is itself a part, never such a whole.
_HARM_COUNTS = frozenset(
    {"killed", "dead", "shot", "injured", "wounded", "hurt", "victim", "victims"}
)


def _counts(claim: Claim) -> str | None:
    """What a claim's amount counts, for :func:`figures_told`: nothing for a sum of money
    (its currency says it), 'harmed' for people killed, shot or hurt ('children killed'
    too), else its counted thing."""
    if claim.quantity.currency:
        return None
    counted = claim.counted or ""
    if counted in _HARM_COUNTS or counted.rpartition(" ")[2] in _HARM_COUNTS:
        return "harmed"
    return counted


def _amount_key(claim: Claim) -> FigureKey | None:
    q = claim.quantity
    if q.kind is not QuantityKind.AMOUNT:
        return None
    return (_counts(claim), q.currency, q.unit, _figure_key(q))


def figures_told(
    claims: Iterable[Claim], copies: Mapping[str, str]
) -> dict[FigureKey, frozenset[str]]:
    """For each amount any claim of a story states, the sources (their originals) that state
    it, in any sentence: which reports state ten people harmed, or $120,106."""
    told: dict[FigureKey, set[str]] = {}
    for c in claims:
        key = _amount_key(c)
        if key is not None:
            told.setdefault(key, set()).add(copies.get(c.source, c.source))
    return {k: frozenset(v) for k, v in told.items()}


def _smaller_as_part(
    smaller: Sequence[Claim], larger: Sequence[Claim], told: Mapping[FigureKey, frozenset[str]]
) -> frozenset[str]:
    """The sources giving the ``smaller`` amount that also state the ``larger`` one
    somewhere, counting the same thing (or people harmed, or money in the same currency):
    to them the smaller is a part or another quantity, not their count of the whole
    ("Autopsies have been conducted on five victims" in a report of the ten killed in a
    fire; "two people were shot in the hallway" beside "three people were injured"; "three
    deputies have resigned and seven deputies have been placed on leave"). Only that way
    round: a report giving four hurt that also says "three on the bus" still disputes
    another's three hurt."""
    key = _amount_key(larger[0])
    if key is None or _amount_key(smaller[0]) is None:
        return frozenset()
    return told.get(key, frozenset())


def _in_one_sentence(
    a: Sequence[Claim], b: Sequence[Claim], copies: Mapping[str, str]
) -> frozenset[str]:
    """The sources that state a figure of ``a`` and one of ``b`` in one sentence: two
    claims, not a dispute ('$500B with $20B ARR')."""
    places = {(c.source, c.sentence.start) for c in a}
    return frozenset(
        copies.get(c.source, c.source) for c in b if (c.source, c.sentence.start) in places
    )


# A figure told again with this many characters around it unchanged is the same passage
# repeated (a caption run twice, a headline repeated as a teaser), not a second statement.
REPEAT_CONTEXT_CHARS = 40


def _without_repeats(group: Sequence[Claim]) -> list[Claim]:
    """``group`` without a source's repeats of one passage: a page that runs a caption
    twice ("... killed 2 people and injured 10." and again) states its figure once, and a
    finding that lists both shows the reader the same sentence twice."""
    seen: set[tuple[str, str, str, str]] = set()
    kept: list[Claim] = []
    for c in group:
        text, at = c.sentence.text, c.quantity.start - c.sentence.start
        around = (
            text[max(0, at - REPEAT_CONTEXT_CHARS) : at],
            text[at + len(c.quantity.text) : at + len(c.quantity.text) + REPEAT_CONTEXT_CHARS],
        )
        key = (c.source, c.quantity.text, *around)
        if key not in seen:
            seen.add(key)
            kept.append(c)
    return kept


def _sides(group: Sequence[Claim]) -> list[tuple[str, list[Claim]]]:
    """Claims grouped by the figure they state (hedges aside), in ascending order."""
    by_value: dict[tuple[float, float], list[Claim]] = {}
    for claim in group:
        q = claim.quantity
        key = _figure_key(q)
        by_value.setdefault(key, []).append(claim)
    ordered = sorted(by_value.items(), key=lambda kv: kv[0])
    return [(format_figure(claims[0].quantity), claims) for _, claims in ordered]


def _figure_key(q: Quantity) -> tuple[float, float]:
    if is_weekday(q):
        return weekday_key(q)
    if q.date is not None:
        first, last = date.fromisoformat(q.date.earliest), date.fromisoformat(q.date.latest)
        return (float(first.toordinal()), float(last.toordinal()))
    size = base_factor(q.unit)  # '100 yards' and '100 feet' are two figures
    if q.bound is Bound.RANGE:
        return ((q.low or 0.0) * size, (q.high or 0.0) * size)
    value = q.value if q.value is not None else (q.low if q.low is not None else q.high or 0.0)
    return (value * size, value * size)


def _variants(
    claims: Sequence[Claim], copies: Mapping[str, str]
) -> list[tuple[Quantity, frozenset[str]]]:
    """Each distinct way a side states its figure, with the articles that state it that way.
    Relating two statements does not depend on who made them, so a side stated by
    thousands of articles costs as much as one stated by a single article."""
    seen: dict[tuple[object, ...], tuple[Quantity, set[str]]] = {}
    for c in claims:
        q = c.quantity
        key = (q.bound, q.low, q.high, q.value, q.precision, q.kind, q.date)
        seen.setdefault(key, (q, set()))[1].add(copies.get(c.source, c.source))
    return [(q, frozenset(origins)) for q, origins in seen.values()]


def _side_record(
    value: str, claims: Sequence[Claim], copies: Mapping[str, str], indexes: tuple[int, ...]
) -> Side:
    sources = tuple(sorted({c.source for c in claims}))
    return Side(
        value=value,
        claims=indexes,
        sources=sources,
        independent=len({copies.get(s, s) for s in sources}),
    )


def _reason(kind: Kind, sides: Sequence[Side], group: Sequence[Claim], notes: Sequence[str]) -> str:
    def side_text(side: Side) -> str:
        n = side.independent
        return f"{side.value} ({n} independent source{'s' if n != 1 else ''})"

    hedges = sorted(
        {
            f"{c.source} gives {_HEDGE_WORDS[c.quantity.bound]} ('{c.quantity.text}')"
            for c in group
            if c.quantity.bound in _HEDGE_WORDS
        }
    )
    if kind is Kind.AGREEMENT:
        total = len({s for side in sides for s in side.sources})
        if len(sides) == 1:
            text = f"{len(group)} claims in {total} sources state {sides[0].value}"
        else:
            values = ", ".join(side.value for side in sides)
            why = "; ".join(sorted(set(notes) - {"same figure", "same date"}))
            text = f"{len(group)} claims in {total} sources agree: {values}" + (
                f" ({why})" if why else ""
            )
    else:
        text = " vs ".join(side_text(s) for s in sides)
        verdicts = sorted(set(notes))
        if verdicts:
            text += ": " + "; ".join(verdicts)
    if hedges and kind is not Kind.AGREEMENT:
        text += ". " + "; ".join(hedges)
    return text


def claim_out(
    claim: Claim, copies: Mapping[str, str], locate: Callable[[str, int], tuple[int, int]]
) -> ClaimOut:
    """A claim as reported: provenance (path, line, column, span, sentence) and quantity."""
    q = claim.quantity
    line, column = locate(claim.source, q.start)
    # Built from records already validated: construct, do not validate again (a large
    # corpus reports tens of thousands of claims).
    return ClaimOut.model_construct(
        source=claim.source,
        line=line,
        column=column,
        start=q.start,
        end=q.end,
        sentence=claim.sentence.text,
        quantity=QuantityOut.model_construct(
            text=q.text,
            kind=q.kind,
            value=q.value,
            low=q.low,
            high=q.high,
            bound=q.bound,
            unit=q.unit,
            currency=q.currency,
            rate=q.rate,
            counted=claim.counted,
            vague=q.vague,
            date=q.date,
            alternates=tuple(a.text for a in q.alternates),
        ),
        counted=claim.counted,
        actor=claim.actor,
        copy_of=copies.get(claim.source),
    )


def _fingerprint(kind: Kind, subject: str, group: Sequence[Claim]) -> str:
    """Content-only: survives moved lines and renamed files, changes when a figure changes."""
    content = sorted({(c.frame, c.quantity.text) for c in group})
    payload = json.dumps([kind.value, subject, content], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


# --- formatting ---------------------------------------------------------------------------------

_SCALE_NAMES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_CURRENCY_SIGNS = {"USD": "US$", "AUD": "A$", "NZD": "NZ$", "CAD": "C$", "GBP": "£", "EUR": "€"}


def format_number(x: float) -> str:
    """A figure as a reader would write it.

    >>> [format_number(v) for v in (11000.0, 8e6, 1.7e9, 0.5, 1234567.0)]
    ['11,000', '8 million', '1.7 billion', '0.5', '1,234,567']
    """
    for size, name in _SCALE_NAMES:
        if abs(x) >= size and round(x / size, 3) * size == x:
            return f"{x / size:g} {name}"
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) >= 1000 else f"{x:.6g}"


def _clock(hours: float) -> str:
    """Hours after midnight on a 24-hour clock: 22.5 -> '22:30'."""
    minutes = round(hours * MINUTES_AN_HOUR)
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def format_figure(q: Quantity) -> str:
    """The stated figure without its hedge: '11,000', '25,000-30,000', 'US$1.7 billion';
    a date as written ('mid-2024', 'June 2024'); a clock time on 24 hours ('22:30')."""
    if q.date is not None or is_weekday(q):
        return " ".join(q.text.split())
    if q.kind is QuantityKind.TIME:
        ends = dict.fromkeys(_clock(v) for v in (q.low, q.high) if v is not None)
        return "-".join(ends) or q.text
    if q.bound is Bound.RANGE:
        body = f"{format_number(q.low or 0.0)}-{format_number(q.high or 0.0)}"
    else:
        v = q.value if q.value is not None else (q.low if q.low is not None else q.high)
        body = format_number(v or 0.0)
    if q.currency:
        sign = _CURRENCY_SIGNS.get(q.currency)
        body = f"{sign}{body}" if sign else f"{body} {q.currency}"
    if q.unit:
        body = f"{body}{q.unit}" if q.unit in {"%", "km", "mm", "cm", "kg"} else f"{body} {q.unit}"
    return body
