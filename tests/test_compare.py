"""Compare: how two stated values relate, and the finding one aligned group makes."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.compare import compare, figures_told, format_figure, format_number
from crosscheck.models import Bound, Claim, Kind, Quantity, QuantityKind, Sentence, Severity
from crosscheck.pipeline import check
from crosscheck.relations import relate
from crosscheck.settings import Settings

SETTINGS = Settings()


def q(
    value: float | None = None,
    bound: Bound = Bound.EXACT,
    *,
    low: float | None = None,
    high: float | None = None,
    precision: float = 1.0,
    vague: bool = False,
    text: str | None = None,
) -> Quantity:
    if bound is Bound.EXACT or bound is Bound.APPROXIMATE:
        low = high = value
    elif bound is Bound.UPPER:
        low, high = None, value
    elif bound is Bound.LOWER:
        low, high = value, None
    else:
        value = None
    return Quantity(
        text=text or str(value if value is not None else f"{low}-{high}"),
        start=0,
        end=1,
        value=value,
        low=low,
        high=high,
        bound=bound,
        precision=precision,
        vague=vague,
    )


@pytest.mark.parametrize(
    ("a", "b", "kind", "severity"),
    [
        pytest.param(
            q(11000, precision=1000),
            q(12000, precision=1000),
            Kind.CONFLICT,
            Severity.HIGH,
            id="firm-figures-differ",
        ),
        pytest.param(q(12000), q(12000.0), Kind.AGREEMENT, Severity.NONE, id="same-figure"),
        pytest.param(
            q(1000, Bound.APPROXIMATE, precision=1000),
            q(1004),
            Kind.AGREEMENT,
            Severity.NONE,
            id="about-1000-vs-1004",
        ),
        pytest.param(
            q(1000, Bound.APPROXIMATE, precision=1000),
            q(1300),
            Kind.CONFLICT,
            Severity.MEDIUM,
            id="beyond-the-hedge",
        ),
        pytest.param(
            q(8e6, precision=1e6),
            q(8.2e6, precision=1e5),
            Kind.COMPATIBLE,
            Severity.LOW,
            id="rounding",
        ),
        pytest.param(
            q(25.1e9, precision=1e8),
            q(25.167e9, precision=1e6),
            Kind.COMPATIBLE,
            Severity.LOW,
            id="cut-at-its-step",
        ),
        pytest.param(
            q(888000, precision=1000),
            q(889015),
            Kind.CONFLICT,
            Severity.HIGH,
            id="neither-rounded-nor-cut",
        ),
        pytest.param(
            q(11000), q(12000, Bound.UPPER), Kind.COMPATIBLE, Severity.LOW, id="under-up-to"
        ),
        pytest.param(q(12000), q(12000, Bound.UPPER), Kind.AGREEMENT, Severity.NONE, id="at-up-to"),
        pytest.param(
            q(13000), q(12000, Bound.UPPER), Kind.CONFLICT, Severity.MEDIUM, id="over-up-to"
        ),
        pytest.param(q(45), q(30, Bound.LOWER), Kind.COMPATIBLE, Severity.LOW, id="over-at-least"),
        pytest.param(
            q(27000),
            q(bound=Bound.RANGE, low=25000, high=30000),
            Kind.AGREEMENT,
            Severity.NONE,
            id="inside-range",
        ),
        pytest.param(
            q(31000),
            q(bound=Bound.RANGE, low=25000, high=30000),
            Kind.CONFLICT,
            Severity.MEDIUM,
            id="outside-range",
        ),
        pytest.param(
            q(bound=Bound.RANGE, low=1, high=5),
            q(bound=Bound.RANGE, low=4, high=9),
            Kind.COMPATIBLE,
            Severity.LOW,
            id="overlapping-ranges",
        ),
        pytest.param(
            q(bound=Bound.RANGE, low=1, high=3),
            q(bound=Bound.RANGE, low=4, high=9),
            Kind.CONFLICT,
            Severity.MEDIUM,
            id="disjoint-ranges",
        ),
        pytest.param(
            q(bound=Bound.RANGE, low=24, high=99, vague=True),
            q(40),
            Kind.COMPATIBLE,
            Severity.LOW,
            id="dozens-cover-40",
        ),
        pytest.param(
            q(bound=Bound.RANGE, low=24, high=99, vague=True),
            q(500),
            Kind.COMPATIBLE,
            Severity.LOW,
            id="vague-never-a-conflict",
        ),
    ],
)
def test_relate(a: Quantity, b: Quantity, kind: Kind, severity: Severity) -> None:
    forward, backward = relate(a, b, SETTINGS), relate(b, a, SETTINGS)
    assert (forward.kind, forward.severity) == (kind, severity)
    assert (backward.kind, backward.severity) == (kind, severity), "relate is symmetric"


def test_tolerance_is_a_setting() -> None:
    about, other = q(1000, Bound.APPROXIMATE, precision=1000), q(1080)
    assert relate(about, other, SETTINGS).kind is Kind.AGREEMENT
    strict = Settings(approximate_tolerance=0.05)
    assert relate(about, other, strict).kind is Kind.CONFLICT


def claim(
    source: str, quantity: Quantity, start: int = 0, frame: str = "north korea sent # troops."
) -> Claim:
    text = f"North Korea sent {quantity.text} troops."
    sentence = Sentence(source=source, index=0, start=0, end=len(text), line=1, column=1, text=text)
    return Claim(
        source=source,
        sentence=sentence,
        quantity=quantity,
        counted="troops",
        counted_text="troops",
        actor="north korea",
        frame=frame,
    )


def locate(_path: str, offset: int) -> tuple[int, int]:
    return 1, offset + 1


def test_copies_count_once_and_need_two_origins() -> None:
    group = [claim("a.txt", q(11000)), claim("a-copy.txt", q(11000))]
    assert compare(group, {"a-copy.txt": "a.txt"}, locate, SETTINGS) is None


def test_finding_counts_independent_sources_per_side() -> None:
    group = [
        claim("a.txt", q(11000, precision=1000)),
        claim("a-copy.txt", q(11000, precision=1000)),
        claim("b.txt", q(12000, precision=1000)),
        claim("c.txt", q(12000, Bound.UPPER, precision=1000, text="up to 12,000")),
    ]
    finding = compare(group, {"a-copy.txt": "a.txt"}, locate, SETTINGS)
    assert finding is not None
    assert (finding.kind, finding.severity) == (Kind.CONFLICT, Severity.HIGH)
    assert [(s.value, s.independent) for s in finding.sides] == [("11,000", 1), ("12,000", 2)]
    assert "up to 12,000" in finding.reason
    assert [c.copy_of for c in finding.claims] == [None, "a.txt", None, None]


def test_one_article_with_two_figures_does_not_contradict_itself() -> None:
    group = [claim("a.txt", q(100)), claim("a.txt", q(120)), claim("b.txt", q(120))]
    finding = compare(group, {}, locate, SETTINGS)
    assert finding is None  # b's 120 is a figure a gives too: nothing between them is disputed
    group = [claim("a.txt", q(100)), claim("a.txt", q(120)), claim("b.txt", q(130))]
    finding = compare(group, {}, locate, SETTINGS)
    assert finding is not None
    assert finding.kind is Kind.CONFLICT  # b's 130 is neither of a's figures
    group = [claim("a.txt", q(100)), claim("a.txt", q(120)), claim("a2.txt", q(120))]
    finding = compare(group, {"a2.txt": "a.txt"}, locate, SETTINGS)
    assert finding is None


def test_two_claims_that_every_article_states_are_not_a_dispute() -> None:
    # 'Whitfield scored 31 points' and 'Brooks finished with 27 points', in both reports.
    group = [
        claim("a.txt", q(31)),
        claim("a.txt", q(27)),
        claim("b.txt", q(31)),
        claim("b.txt", q(27)),
    ]
    assert compare(group, {}, locate, SETTINGS) is None


def test_a_smaller_amount_whose_source_states_the_larger_is_a_part() -> None:
    # a: 'Autopsies were conducted on five victims' in a report that also gives the ten
    # dead (in another group: another counted thing); b: 'ten people died'.
    five, ten = claim("a.txt", q(5)), claim("b.txt", q(10))
    elsewhere = [claim("a.txt", q(10)), five, ten]
    told = figures_told(elsewhere, {})
    assert compare([five, ten], {}, locate, SETTINGS, told=told) is None
    # Without the larger figure in a's text the two reports dispute the count.
    finding = compare([five, ten], {}, locate, SETTINGS, told=figures_told([five, ten], {}))
    assert finding is not None and finding.kind is Kind.CONFLICT
    # Only that way round: b's ten beside a 'five' it also states (five of them on a bus)
    # still disputes a's five.
    told = figures_told([five, ten, claim("b.txt", q(5))], {})
    finding = compare([five, ten], {}, locate, SETTINGS, told=told)
    assert finding is not None and finding.kind is Kind.CONFLICT
    # A copy of a that states the larger figure speaks for a.
    told = figures_told([five, ten, claim("a-copy.txt", q(10))], {"a-copy.txt": "a.txt"})
    assert compare([five, ten], {"a-copy.txt": "a.txt"}, locate, SETTINGS, told=told) is None


def test_a_larger_amount_in_another_currency_is_not_the_smaller_ones_whole() -> None:
    usd = claim("a.txt", q(5))
    eur = Quantity(**{**q(10).model_dump(), "currency": "EUR"})
    told = figures_told([usd, claim("a.txt", eur)], {})
    finding = compare([usd, claim("b.txt", q(10))], {}, locate, SETTINGS, told=told)
    assert finding is not None and finding.kind is Kind.CONFLICT


def test_figures_an_order_of_magnitude_apart_are_other_claims() -> None:
    group = [
        claim("a.txt", q(20_000), frame="some # customers flagged as high risk opened accounts"),
        claim("b.txt", q(2_300_000), frame="carraway, which has about # retail customers, said"),
    ]
    assert compare(group, {}, locate, SETTINGS) is None
    # The same sentence with a figure off by a scale word is a mistake worth showing.
    group = [claim("a.txt", q(8_000_000)), claim("b.txt", q(800_000))]
    finding = compare(group, {}, locate, SETTINGS)
    assert finding is not None and finding.kind is Kind.CONFLICT


def test_fingerprint_is_stable_and_content_based() -> None:
    group = [claim("a.txt", q(11000)), claim("b.txt", q(12000))]
    renamed = [claim("x/a.txt", q(11000)), claim("y/b.txt", q(12000))]
    first = compare(group, {}, locate, SETTINGS)
    assert first is not None
    assert first == compare(list(group), {}, locate, SETTINGS)
    other = compare(renamed, {}, locate, SETTINGS)
    assert other is not None and other.id == first.id
    changed = compare([claim("a.txt", q(11000)), claim("b.txt", q(13000))], {}, locate, SETTINGS)
    assert changed is not None and changed.id != first.id


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (11000.0, "11,000"),
        (8e6, "8 million"),
        (1.7e9, "1.7 billion"),
        (0.25, "0.25"),
        (1234567.0, "1,234,567"),
    ],
)
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text


def test_format_figure_with_currency_and_range() -> None:
    money = Quantity(
        text="US$1.7 billion",
        start=0,
        end=1,
        value=1.7e9,
        low=1.7e9,
        high=1.7e9,
        bound=Bound.EXACT,
        currency="USD",
    )
    assert format_figure(money) == "US$1.7 billion"
    assert format_figure(q(bound=Bound.RANGE, low=25000, high=30000)) == "25,000-30,000"


def test_figures_published_in_sequence_are_an_update() -> None:
    group = [claim("early.txt", q(12)), claim("late.txt", q(19))]
    published = {"early.txt": "2024-03-04T08:10", "late.txt": "2024-03-04T15:30"}
    finding = compare(group, {}, locate, SETTINGS, published)
    assert finding is not None
    assert finding.kind is Kind.CONFLICT, "still reported, so an editor sees it"
    assert finding.latest == "19"
    assert "updated over time" in finding.reason


def test_overlapping_publication_times_are_not_an_update() -> None:
    group = [claim("a.txt", q(12)), claim("b.txt", q(19)), claim("c.txt", q(12))]
    published = {"a.txt": "2024-03-04", "b.txt": "2024-03-05", "c.txt": "2024-03-06"}
    finding = compare(group, {}, locate, SETTINGS, published)
    assert finding is not None and finding.latest is None


def test_undated_sources_are_not_an_update() -> None:
    group = [claim("a.txt", q(12)), claim("b.txt", q(19))]
    finding = compare(group, {}, locate, SETTINGS, {"a.txt": "2024-03-04"})
    assert finding is not None and finding.latest is None


def test_an_undated_source_beside_a_dated_one_leaves_the_order_to_the_dated() -> None:
    # 'at least 9' on the 27th, 'at least 12' on the 28th and in an undated page
    group = [
        claim("a.txt", q(9, Bound.LOWER, text="at least 9")),
        claim("b.txt", q(12, Bound.LOWER, text="at least 12")),
        claim("c.txt", q(12, Bound.LOWER, text="at least twelve")),
    ]
    published = {"a.txt": "2019-12-27", "b.txt": "2019-12-28"}
    finding = compare(group, {}, locate, SETTINGS, published)
    assert finding is not None and finding.kind is Kind.CONFLICT and finding.latest == "12"
    # a side that no dated source gives says nothing of the order
    finding = compare(group[::2], {}, locate, SETTINGS, {"a.txt": "2019-12-27"})
    assert finding is not None and finding.latest is None


def clock(hours: float, bound: Bound = Bound.EXACT, precision: float = 1 / 60) -> Quantity:
    return q(hours, bound, precision=precision).model_copy(update={"kind": QuantityKind.TIME})


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        pytest.param(
            clock(22.5, Bound.APPROXIMATE),
            clock(23, Bound.APPROXIMATE),
            Kind.CONFLICT,
            id="half-an-hour-apart-beyond-the-hedges",
        ),
        pytest.param(
            clock(22.5, Bound.APPROXIMATE), clock(22.6), Kind.AGREEMENT, id="within-the-hedge"
        ),
        pytest.param(clock(23.9), clock(0.1, Bound.APPROXIMATE), Kind.AGREEMENT, id="midnight"),
        pytest.param(clock(22, precision=1.0), clock(22.25), Kind.COMPATIBLE, id="whole-hour"),
        pytest.param(clock(3), clock(15), Kind.CONFLICT, id="a.m.-vs-p.m."),
        pytest.param(
            clock(2, Bound.APPROXIMATE, precision=1.0),
            clock(2 + 20 / 60, Bound.APPROXIMATE),
            Kind.AGREEMENT,
            id="around-2-covers-around-2:20",
        ),
        pytest.param(
            clock(2, Bound.APPROXIMATE), clock(2 + 20 / 60), Kind.AGREEMENT, id="around-2:00"
        ),
        pytest.param(
            clock(2, Bound.APPROXIMATE, precision=1.0),
            clock(2 + 40 / 60),
            Kind.CONFLICT,
            id="around-2-not-2:40",
        ),
        pytest.param(
            clock(1, Bound.APPROXIMATE, precision=1.0),
            clock(2, Bound.APPROXIMATE, precision=1.0),
            Kind.CONFLICT,
            id="around-1-vs-around-2",
        ),
    ],
)
def test_clock_times_compare_in_minutes(a: Quantity, b: Quantity, kind: Kind) -> None:
    assert relate(a, b, SETTINGS).kind is kind
    assert relate(b, a, SETTINGS).kind is kind


def sided(text: str, hours: float) -> Quantity:
    return q(hours, Bound.APPROXIMATE, text=text).model_copy(update={"kind": QuantityKind.TIME})


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        pytest.param(sided("shortly after 20:00", 20), clock(20.3), Kind.AGREEMENT, id="after"),
        pytest.param(sided("shortly before 9 p.m.", 21), clock(20.6), Kind.AGREEMENT, id="before"),
        pytest.param(sided("just before 7 a.m.", 7), clock(6.4), Kind.CONFLICT, id="just-before"),
        pytest.param(
            sided("shortly after 11 p.m.", 23),
            clock(22.5, Bound.APPROXIMATE),
            Kind.CONFLICT,
            id="the-other-side",
        ),
        pytest.param(sided("shortly after 8 p.m.", 20), clock(21), Kind.CONFLICT, id="too-late"),
        # 2:35 rounds to 3, but "just before 3" places the moment beside 3, not around it
        pytest.param(
            sided("just before 3 p.m.", 15).model_copy(update={"precision": 1.0}),
            clock(14 + 35 / 60, Bound.APPROXIMATE),
            Kind.CONFLICT,
            id="just-before-is-no-rounding",
        ),
    ],
)
def test_a_time_hedged_with_a_side_covers_that_side(a: Quantity, b: Quantity, kind: Kind) -> None:
    assert relate(a, b, SETTINGS).kind is kind
    assert relate(b, a, SETTINGS).kind is kind


def test_two_limits_that_differ_conflict() -> None:
    verdict = relate(q(18, Bound.UPPER), q(16, Bound.UPPER), SETTINGS)
    assert (verdict.kind, verdict.why) == (Kind.CONFLICT, "different upper bounds")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(900, 1100), st.sampled_from([Bound.EXACT, Bound.APPROXIMATE])),
        min_size=2,
        max_size=120,
    )
)
def test_many_scattered_figures_get_the_all_pairs_verdict(
    figures: list[tuple[int, Bound]],
) -> None:
    """Past MAX_SIDES_ALL_PAIRS distinct figures, only some pairs are related; for point
    figures the verdict must be the one all pairs give."""
    group = [claim(f"{i}.txt", q(v, b, precision=1.0)) for i, (v, b) in enumerate(figures)]
    finding = compare(group, {}, locate, SETTINGS)
    assert finding is not None
    everything = [
        relate(a.quantity, b.quantity, SETTINGS) for a, b in itertools.combinations(group, 2)
    ]
    worst = max(
        everything,
        key=lambda v: (
            [Kind.AGREEMENT, Kind.COMPATIBLE, Kind.CONFLICT].index(v.kind),
            [Severity.NONE, Severity.LOW, Severity.MEDIUM, Severity.HIGH].index(v.severity),
        ),
    )
    assert (finding.kind, finding.severity) == (worst.kind, worst.severity)


def test_a_precise_hedged_figure_grants_less_slack() -> None:
    # 'approximately $620 million' is rounded to ten million: $680 million is another figure.
    precise = q(620e6, Bound.APPROXIMATE, precision=10e6)
    assert relate(precise, q(680e6, precision=10e6), SETTINGS).kind is Kind.CONFLICT
    assert relate(precise, q(640e6, precision=10e6), SETTINGS).kind is Kind.AGREEMENT  # 3%
    # 'about 8 million' is rounded to the million: 8.7 million is within its 10%.
    rough = q(8e6, Bound.APPROXIMATE, precision=1e6)
    assert relate(rough, q(8.7e6, precision=1e5), SETTINGS).kind is Kind.AGREEMENT


def test_dates_years_apart_are_two_events() -> None:
    from crosscheck.models import DateSpan, Granularity

    def dated(text: str, first: str, last: str, granularity: Granularity) -> Quantity:
        span = DateSpan(earliest=first, latest=last, granularity=granularity)
        return Quantity(
            text=text,
            start=0,
            end=1,
            value=None,
            low=None,
            high=None,
            bound=Bound.EXACT,
            kind=QuantityKind.DATE,
            date=span,
        )

    def day(iso: str, text: str) -> Quantity:
        return dated(text, iso, iso, Granularity.DAY)

    def year(y: str) -> Quantity:
        return dated(y, f"{y}-01-01", f"{y}-12-31", Granularity.YEAR)

    apart = [claim("a.txt", year("2014")), claim("b.txt", day("2026-12-17", "17 December 2026"))]
    assert compare(apart, {}, locate, SETTINGS) is None
    near = [
        claim("a.txt", day("2026-10-11", "October 11")),
        claim("b.txt", day("2026-10-12", "October 12")),
    ]
    finding = compare(near, {}, locate, SETTINGS)
    assert finding is not None and finding.kind is Kind.CONFLICT
    # 'Oct. 12' read in the year a page names most, against 'Oct. 12' of a dated page:
    # the day both write is one; a year written on both sides still tells them apart
    inferred = [
        claim("a.txt", day("2023-10-12", "Oct. 12")),
        claim("b.txt", day("2022-10-12", "Oct. 12")),
    ]
    finding = compare(inferred, {}, locate, SETTINGS)
    assert finding is not None and finding.kind is Kind.AGREEMENT
    written = [
        claim("a.txt", day("2023-10-12", "Oct. 12, 2023")),
        claim("b.txt", day("2022-10-12", "Oct. 12, 2022")),
    ]
    finding = compare(written, {}, locate, SETTINGS)
    assert finding is not None and finding.kind is Kind.CONFLICT


def test_a_compatible_figure_that_moved_over_time_is_reported_as_an_update() -> None:
    first = claim("a.txt", q(12, Bound.LOWER, text="at least 12"), frame="at least # were killed")
    later = claim("b.txt", q(19, text="19"), frame="the toll rose to # on tuesday")
    published = {"a.txt": "2026-02-08", "b.txt": "2026-02-09"}
    finding = compare([first, later], {}, locate, SETTINGS, published)
    assert finding is not None and finding.kind is Kind.CONFLICT
    assert finding.latest == "19" and "updated over time" in finding.reason
    # A hedge met, not a figure moved: 'more than 48,000' then 48,600.
    met = [
        claim("a.txt", q(48_000, Bound.LOWER, text="more than 48,000")),
        claim("b.txt", q(48_600, text="48,600")),
    ]
    finding = compare(met, {}, locate, SETTINGS, published)
    assert finding is not None and finding.kind is Kind.COMPATIBLE


def test_a_vague_amount_beside_an_update_does_not_hide_it() -> None:
    # 'at least nine' then 14 a day later is an update, whatever 'thousands' an article
    # also wrote: a vague amount is no step in the figure's history
    first = claim("a.txt", q(9, Bound.LOWER, text="at least nine"), frame="at least # were killed")
    vague = claim("a.txt", q(None, Bound.RANGE, low=2000, high=9999, vague=True, text="thousands"))
    later = claim("c.md", q(14, text="14"), frame="confirmed deaths: #")
    published = {"a.txt": "2026-05-16", "c.md": "2026-05-17"}
    finding = compare([first, vague, later], {}, locate, SETTINGS, published)
    assert finding is not None and finding.kind is Kind.CONFLICT
    assert finding.latest == "14"


def test_ages_in_other_units_compare_as_days() -> None:
    from crosscheck.models import Bound, Quantity, QuantityKind
    from crosscheck.relations import relate
    from crosscheck.settings import Settings

    def age(v: float, unit: str) -> Quantity:
        return Quantity(
            text="x",
            start=0,
            end=1,
            value=v,
            low=v,
            high=v,
            unit=unit,
            bound=Bound.EXACT,
            kind=QuantityKind.AGE,
        )

    assert relate(age(3.0, "week"), age(1.0, "month"), Settings()).kind.value == "conflict"
    assert relate(age(25.0, "day"), age(1.0, "month"), Settings()).kind.value == "conflict"
    assert relate(age(6.0, "month"), age(6.0, "year"), Settings()).kind.value == "conflict"
    assert relate(age(4.0, "week"), age(1.0, "month"), Settings()).kind.value == "agreement"


def test_one_figure_beside_vague_amounts_is_no_update() -> None:
    vague = claim("a.txt", q(None, Bound.RANGE, low=2000, high=9999, vague=True, text="thousands"))
    firm = claim("b.txt", q(14, text="14"))
    published = {"a.txt": "2026-05-16", "b.txt": "2026-05-17"}
    finding = compare([vague, firm], {}, locate, SETTINGS, published)
    assert finding is not None and finding.latest is None


def test_an_old_events_bounds_recalled_a_day_apart_are_no_update() -> None:
    # 'at least 500' and 'more than 800' killed in 1996: recalled, not updated
    def old(source: str, value: float, text: str) -> Claim:
        c = claim(source, q(value, Bound.LOWER, text=text))
        return c.model_copy(update={"qualifiers": ("in 1996",)})

    group = [old("a.txt", 500, "at least 500"), old("b.txt", 800, "more than 800")]
    published = {"a.txt": "2018-09-21", "b.txt": "2018-09-22"}
    finding = compare(group, {}, locate, SETTINGS, published)
    assert finding is not None and finding.kind is Kind.COMPATIBLE


def test_weekdays_that_differ_are_a_conflict_only_when_asked() -> None:
    # real reports often date another moment of the incident by its weekday: by default a
    # weekday disagreement is shown, not reported as a conflict (settings.weekday_conflicts)
    from crosscheck.moments import read_weekdays

    def weekday(text: str) -> Quantity:
        s = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
        (found,) = read_weekdays(s, text)
        return found

    a, b = weekday("He was shot on Sunday."), weekday("He was shot on Saturday.")
    asked = Settings(weekday_conflicts=True)
    assert relate(a, b, SETTINGS).kind is Kind.COMPATIBLE
    assert relate(a, b, asked).kind is Kind.CONFLICT
    # the same day, other parts of it: "Thursday afternoon" against "Thursday night"
    c, d = weekday("He was shot Thursday afternoon."), weekday("He was shot Thursday night.")
    assert relate(c, d, asked).kind is Kind.CONFLICT


def test_a_passage_a_source_repeats_is_listed_once() -> None:
    def told(source: str, start: int, figure: str, value: float) -> Claim:
        text = f"A caption: North Korea sent {figure} troops to Kursk."
        at = start + text.index(figure)
        quantity = q(value, precision=1000, text=figure).model_copy(
            update={"start": at, "end": at + len(figure)}
        )
        sentence = Sentence(
            source=source, index=0, start=start, end=start + len(text), line=1, column=1, text=text
        )
        return claim(source, quantity).model_copy(update={"sentence": sentence})

    group = [told("a.txt", 0, "11,000", 11000), told("a.txt", 200, "11,000", 11000)]
    group.append(told("b.txt", 0, "12,000", 12000))
    finding = compare(group, {}, locate, SETTINGS)
    assert finding is not None and finding.kind is Kind.CONFLICT
    assert [c.source for c in finding.claims] == ["a.txt", "b.txt"]


RESULTS_A = (
    "Acme results\nPublished: 2023-02-21\n\n"
    "Acme's Q4 2023 earnings revealed a 7.3% increase in total revenue, reaching"
    " $164.0 billion.\n\n"
    "Acme International net sales increased 2.1% to $27.6 billion.\n"
)
RESULTS_B = (
    "Acme quarter\nPublished: 2023-02-21\n\n"
    "For the fourth quarter of FY 2023 net income was $6,275 million on total revenue of"
    " $164,048 million.\n\n"
    "For FY 2023 net income was $11,680 million on total revenue of $611,289 million.\n"
)


def test_reports_that_agree_on_a_figure_do_not_dispute_their_other_figures(
    tmp_path: Path,
) -> None:
    """Both give the quarter's revenue ($164.0 billion, $164,048 million); one's segment
    sales against the other's full year is no dispute between them."""
    (tmp_path / "a.txt").write_text(RESULTS_A)
    (tmp_path / "b.txt").write_text(RESULTS_B)
    assert not check([str(tmp_path)]).conflicts
    # reports that agree on no figure still dispute each other's
    (tmp_path / "b.txt").write_text(RESULTS_B.replace("$164,048 million", "$170,048 million"))
    (conflict,) = check([str(tmp_path)]).conflicts
    assert "US$27.6 billion" in [s.value for s in conflict.sides]
