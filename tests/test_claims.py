"""Claims: each quantity gets its frame (counted thing, actor, qualifiers, masked sentence)."""

from __future__ import annotations

import pytest

from crosscheck.actors import known_names
from crosscheck.claims import make_claims, mask_frame
from crosscheck.models import Claim, QuantityKind, Sentence
from crosscheck.quantities import read_quantities
from crosscheck.reads import read_sentence


def claims_of(text: str) -> list[Claim]:
    sentence = Sentence(
        source="a.txt", index=0, start=0, end=len(text), line=1, column=1, text=text
    )
    return make_claims(sentence, read_quantities(sentence, text), text)


def frame(text: str) -> list[tuple[str, str | None, str | None, tuple[str, ...]]]:
    return [(c.quantity.text, c.counted, c.actor, c.qualifiers) for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Soon after, a deployment of 11,000 North Korean troops was headed to the front.",
            [("11,000", "troops", "north korea", ())],
            id="demonym-inside-the-phrase",
        ),
        pytest.param(
            "Pyongyang has sent some 12,000 soldiers to Russia.",
            [("some 12,000", "troops", "north korea", ())],
            id="capital-as-actor-and-soldiers-as-troops",
        ),
        pytest.param(
            "Little hope the 12 missing miners would be found alive was held.",
            [("12", "workers missing", None, ())],
            id="a-fate-as-the-nouns-adjective",
        ),
        pytest.param(
            "Rescuers reached 13 coal miners on Monday.",
            [("13", "workers", None, ())],
            id="no-fate-in-the-phrase",
        ),
        pytest.param(
            "Another 3,000 troops were sent by Russia.",
            [("3,000", "troops", "russia", ("additional",))],
            id="passive-agent-and-additional",
        ),
        pytest.param(
            "Officials say another 25,000–30,000 North Korean soldiers are heading to Russia.",
            [("25,000–30,000", "troops", "north korea", ("additional",))],
            id="another-range",
        ),
        pytest.param(
            "The dispatch of 1,500 special forces, as the vanguard of 12,000 troops, began.",
            [("1,500", "special forces", None, ("part",)), ("12,000", "troops", None, ())],
            id="vanguard-is-a-part",
        ),
        pytest.param(
            "Ukraine lost 1,200 soldiers, including 300 officers.",
            [("1,200", "troops", "ukraine", ()), ("300", "officer", "ukraine", ("part",))],
            id="including-is-a-part",
        ),
        pytest.param(
            "The quake killed four people in the city of Kashiwazaki and two in Nagaoka.",
            [("four", "killed", None, ("part",))],
            id="breakdown-by-place-is-a-part",
        ),
        pytest.param(
            "Floods killed 12 people in Texas and 5 in Ohio.",
            [("12", "killed", None, ("part",)), ("5", None, None, ("part",))],
            id="breakdown-with-both-figures-read",
        ),
        pytest.param(
            "The 2004 quake killed 68 people and forced more than 100,000 from their homes.",
            [
                ("68", "killed", None, ("in 2004",)),
                ("more than 100,000", "displaced", None, ("in 2004",)),
            ],
            id="a-verb-between-stops-the-earlier-event",
        ),
        pytest.param(
            "The party won 31 of the 81 seats in parliament.",
            [("31", "seats", None, ()), ("81", "seats", None, ("whole",))],
            id="part-of-a-whole-counts-what-the-whole-counts",
        ),
        pytest.param(
            "It needs the 41 seats required for a majority.",
            [("41", "seats", None, ("threshold",))],
            id="a-threshold-is-not-a-result",
        ),
        pytest.param(
            "For the fourth quarter the company forecast revenue of $5.3 billion.",
            [("$5.3 billion", "revenue", None, ("during q4", "forecast", "window"))],
            id="guidance-is-a-forecast",
        ),
        pytest.param(
            "Net sales of $148 billion landed at the higher end of management's guidance range.",
            [("$148 billion", "revenue", None, ())],
            id="a-result-measured-against-guidance-is-no-forecast",
        ),
        pytest.param(
            "Net sales came to $148 billion, and the guidance range is $154 billion.",
            [("$148 billion", "revenue", None, ()), ("$154 billion", None, None, ("forecast",))],
            id="guidance-after-a-result-is-still-a-forecast",
        ),
        pytest.param(
            "Without the discount the fine would have been £69.4m.",
            [("£69.4m", "fee", None, ("hypothetical",))],
            id="would-have-been-is-hypothetical",
        ),
        pytest.param(
            "Inflation is still above the bank's 2% target.",
            [("2%", "target", None, ("threshold",))],
            id="a-target-is-a-threshold",
        ),
        pytest.param(
            "In neighbouring Zomba district, 210 cases have been recorded.",
            [("210", "infected", None, ("elsewhere",))],
            id="a-neighbouring-place-is-elsewhere",
        ),
        pytest.param(
            "Nearly 1,500 people have contracted cholera.",
            [("Nearly 1,500", "infected", None, ())],
            id="cases-and-infections-are-one-count",
        ),
        pytest.param(
            "Rescuers raced to reach 23 miners trapped in the mine.",
            [("23", "workers trapped", None, ())],
            id="miners-are-workers-and-trapped-is-what-happened",
        ),
        pytest.param(
            "Regulators imposed a 46.8 million pound fine on the bank.",
            [("46.8 million pound", "fee", None, ())],
            id="a-measure-named-after-the-figure",
        ),
        pytest.param(
            "Ministers approved a €2.4bn Mars orbiter.",
            [("€2.4bn", None, None, ())],
            id="a-name-ending-in-s-is-no-counted-plural",
        ),
        pytest.param(
            "Since then 3,210 Ukrainians have been returned.",
            [("3,210", "ukrainian", None, ())],
            id="a-people-is-a-counted-plural",
        ),
        pytest.param(
            "The gunman fired five shots before he was detained.",
            [("five", "shots fired", None, ())],
            id="an-event-in-a-later-clause-is-not-the-figure's",
        ),
        pytest.param(
            "The North sent dozens of modern short-range ballistic missiles.",
            [("dozens", "missiles", None, ())],
            id="vague-amount-counts-what-follows-of",
        ),
        pytest.param(
            "Police said 30 people were killed and 12 injured in the attack.",
            [("30", "killed", None, ()), ("12", "injured", None, ())],
            id="casualty-events-replace-people",
        ),
        pytest.param(
            "The death toll rose by 40 overnight.",
            [("40", "killed", None, ("change",))],
            id="change-of-a-figure-overnight",
        ),
        pytest.param(
            "On Tuesday alone, 30 people were killed.",
            [("30", "killed", None, ("window",))],
            id="a-day-alone-is-a-window",
        ),
        pytest.param(
            "At least 45 people were killed in three days of clashes.",
            [("At least 45", "killed", None, ("window",)), ("three days", "clash", None, ())],
            id="in-three-days-is-a-window",
        ),
        pytest.param(
            "Revenue was $5.2 billion, up from $4.1 billion a year earlier.",
            [
                ("$5.2 billion", "revenue", None, ()),
                ("$4.1 billion", "revenue", None, ("previous",)),
            ],
            id="year-earlier-is-previous",
        ),
        pytest.param(
            "It was the deadliest quake in 120 years.",
            [("120 years", None, None, ("comparison",))],
            id="superlative-span-is-a-comparison",
        ),
        pytest.param(
            "Turnout was 61.3 percent, the election commission said.",
            [("61.3 percent", "turnout", None, ())],
            id="measure-before-the-figure",
        ),
        pytest.param(
            "The fire was 25% contained on Monday.",
            [("25%", "containment", None, ())],
            id="measure-after-the-figure",
        ),
        pytest.param(
            "South Korea exported 500,000 shells, while North Korea sent 8 million.",
            [("500,000", "munitions", "south korea", ()), ("8 million", None, "south korea", ())],
            id="first-subject-wins",
        ),
        pytest.param(
            "Forty five passengers, including 12 children, were burnt to death on Tuesday.",
            [("Forty five", "passengers killed", None, ()), ("12", "children", None, ("part",))],
            id="burnt-to-death-is-killed",
        ),
        pytest.param(
            "Six miners were crushed to death and two passengers drowned.",
            [("Six", "workers killed", None, ()), ("two", "passengers killed", None, ())],
            id="crushed-to-death-and-drowned-are-killed",
        ),
    ],
)
def test_frames(
    text: str, expected: list[tuple[str, str | None, str | None, tuple[str, ...]]]
) -> None:
    assert frame(text) == expected


def test_rate_is_part_of_the_subject() -> None:
    (claim,) = claims_of("Russia was using about 5,000 artillery shells per day.")
    assert claim.counted == "munitions"
    assert claim.quantity.rate == "day"
    assert claim.subject == "Russian munitions per day"


def test_alternate_currency_is_one_claim() -> None:
    (claim,) = claims_of("It earned US$1.7 billion (A$2.6 billion) from arms sales.")
    assert claim.quantity.currency == "USD"
    assert [a.currency for a in claim.quantity.alternates] == ["AUD"]


def test_every_claim_keeps_its_sentence_and_span() -> None:
    text = "Officials said 4,000 troops and 20 tanks crossed the border."
    for claim in claims_of(text):
        assert claim.sentence.text == text
        assert text[claim.quantity.start : claim.quantity.end] == claim.quantity.text


def test_mask_frame_hides_every_figure() -> None:
    masked = mask_frame("US$1.7 billion, 11,000 troops and half a billion dollars in 2024")
    assert masked == "us$#, # troops and # dollars in #"


def test_frames_of_paraphrases_differ_only_in_their_numbers() -> None:
    a = claims_of("North Korea sent 11,000 troops to Russia.")[0]
    b = claims_of("North Korea sent 12,000 troops to Russia.")[0]
    assert a.frame == b.frame


def test_event_named_by_its_date_is_another_event() -> None:
    text = "The quake and tsunami of March 2011 killed more than 18,000 people."
    sentence = Sentence(
        source="a.txt", index=0, start=0, end=len(text), line=1, column=1, text=text
    )
    claims = make_claims(sentence, read_sentence(sentence, text), text, reference_year=2024)
    toll = next(c for c in claims if c.quantity.text == "more than 18,000")
    assert toll.qualifiers == ("in 2011",)


@pytest.mark.parametrize(
    "text",
    [
        "The swap, mediated by the UAE, was the first since one in March 2024, officials said.",
        "Russia and Ukraine exchanged prisoners for the first time since March 2024.",
    ],
)
def test_first_since_dates_the_previous_event(text: str) -> None:
    sentence = Sentence(
        source="a.txt", index=0, start=0, end=len(text), line=1, column=1, text=text
    )
    claims = make_claims(sentence, read_sentence(sentence, text), text, reference_year=2024)
    (dated,) = [c for c in claims if c.quantity.date is not None]
    assert (dated.quantity.text, dated.counted, dated.actor) == (
        "March 2024",
        "date of previous exchange",
        None,
    )


def test_the_n_year_old_is_the_person_just_named() -> None:
    text = (
        "Rovers have signed midfielder Tomas Veld for an initial £58m. "
        "The 24-year-old Netherlands international has signed until June 2029."
    )
    start = text.index("The 24")
    sentence = Sentence(
        source="a.txt", index=1, start=start, end=len(text), line=1, column=1, text=text[start:]
    )
    claims = make_claims(sentence, read_quantities(sentence, text), text)
    ages = [c for c in claims if c.quantity.kind.value == "age"]
    assert [(c.quantity.text, c.actor) for c in ages] == [("24-year-old", "tomas veld")]


def test_names_outside_ascii_are_whole_names() -> None:
    ages = [c for c in claims_of("Hartmoor signed striker Luka Ilić, 26, for £31m.")]
    assert (ages[0].quantity.kind.value, ages[0].actor) == ("age", "luka ilić")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The capital, Valmore, reached 38.6C, its hottest day.", ("temperature", ("at valmore",))),
        (
            "A station in the southern town of Orvale recorded a provisional 41.2C on Friday.",
            ("temperature", ("at orvale", "on friday")),
        ),
        ("Temperatures were 11C at the 8.30 a.m. start.", ("temperature", ("at start",))),
        ("Gusts reached 140 km/h by early afternoon.", ("gust speed", ("at early afternoon",))),
        (
            "Forecasters expect highs of up to 40C again on Monday.",
            ("temperature", ("forecast", "on monday")),
        ),
    ],
)
def test_readings_carry_their_place_and_time_of_day(
    text: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    [claim] = [c for c in claims_of(text) if c.quantity.unit in {"°C", "km/h"}]
    assert (claim.counted, claim.qualifiers) == expected


def test_a_price_list_line_is_a_price_for_its_model() -> None:
    [claim] = claims_of("Nimbus X5 256GB - EUR 999")[1:]
    assert (claim.counted, claim.qualifiers) == ("price", ("for 256gb",))
    [claim] = [c for c in claims_of("It costs €899 for the 256GB model.") if c.quantity.currency]
    assert (claim.counted, claim.qualifiers) == ("cost", ("for 256gb",))
    [claim] = [
        c for c in claims_of("It is priced at €899 for the 256GB model.") if c.quantity.currency
    ]
    assert (claim.counted, claim.qualifiers) == ("price", ("for 256gb",))


def test_a_match_minute_belongs_to_the_player_who_scored() -> None:
    text = (
        "LONDON, May 18 (Meridian Sport) - Daniel Okonjo headed in an 88th-minute winner "
        "after Ryan Tully had levelled."
    )
    assert frame(text)[0][:3] == ("88th-minute", "match minute", "daniel okonjo")
    assert frame("Tully levelled for Harrowgate in the 62nd minute.") == [
        ("62nd minute", "match minute", None, ())
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The risk rose, according to a study of 4,812 people published on Tuesday.",
        "Scientists found it in a study tracking more than 4,800 middle-aged adults.",
        "A Scandinavian study of 4,218 volunteers has added to the evidence.",
    ],
)
def test_whoever_a_study_is_of_are_its_participants(text: str) -> None:
    assert [c.counted for c in claims_of(text)] == ["participants"]


def test_a_fee_that_could_rise_is_a_potential_figure() -> None:
    text = "He joined for an initial £58m, a fee that could eventually rise to £64m."
    assert [(c.counted, c.qualifiers) for c in claims_of(text)] == [
        ("fee", ()),
        ("fee", ("hypothetical",)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inflation stayed stubbornly high at 6.8% in October.",
            [("6.8%", "inflation", ("in month october",))],
        ),
        ("Core inflation was 5.9 per cent.", [("5.9 per cent", "core inflation", ())]),
        (
            "Inflation rose to 6.8 per cent in October from 6.1 per cent in September.",
            [
                ("6.8 per cent", "inflation", ("in month october",)),
                ("6.1 per cent", "inflation", ("in month september", "previous")),
            ],
        ),
        ("Corvane will pay 31.50 euros per Ostra share.", [("31.50 euros", "price", ())]),
        (
            "They expect annual cost savings of 380 million euros.",
            [("380 million euros", "savings", ())],
        ),
        (
            "It secured $350 million in debtor-in-possession financing.",
            [("$350 million", "financing", ())],
        ),
        ("The company plans to shut 96 stores.", [("96", "stores", ())]),
        ("Sixty lorries crossed into Sarna on Thursday.", [("Sixty", "vehicles", ())]),
        (
            "More than 140,000 people have been driven from their homes.",
            [("More than 140,000", "displaced", ())],
        ),
        (
            "In Keshen district alone, 640 buildings were damaged.",
            [("640", "buildings", ("at keshen", "window"))],
        ),
        ("The quake left this town of 9,000 people without power.", [("9,000", "population", ())]),
        (
            "It had marketed the stock at $17 to $19 a share.",
            [("$17 to $19", "price", ("previous",))],
        ),
        (
            "A premium of 34% to the close and of 41 per cent to the three-month average.",
            [("34%", "premium", ()), ("41 per cent", "premium", ())],
        ),
    ],
)
def test_measures_and_signals_of_finance_and_disaster_reporting(
    text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert [(c.quantity.text, c.counted, c.qualifiers) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Operating profit fell 18% to 1.12 trillion yen ($7.4 billion) in the six months to "
            "September.",
            [
                ("18%", ("during h1",)),
                ("1.12 trillion yen", ("during h1",)),
            ],
        ),
        (
            "Operating profit for the July-September quarter fell 24% to ¥498bn.",
            [("24%", ("during q3",)), ("¥498bn", ("during q3",))],
        ),
        ("Rival Kuroda Motors reported profit of ¥640bn.", [("¥640bn", ("separate",))]),
        (
            "Year-to-date sales rose 2.3% to $2.14 billion.",
            [("2.3%", ("during ytd", "tally")), ("$2.14 billion", ("during ytd",))],
        ),
        (
            "Ondura will contribute 1,500 troops to the 4,500-strong alliance force.",
            [("1,500", ("contribution",)), ("4,500", ())],
        ),
        ("An advance contingent of 1,200 soldiers will arrive.", [("1,200", ("advance part",))]),
        (
            "It is the bloc's most ambitious mission since the bloc was founded in 1994, with "
            "5,400 troops.",
            [("5,400", ())],
        ),
    ],
)
def test_periods_parts_and_rivals(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    got = [
        (c.quantity.text, c.qualifiers) for c in claims_of(text) if c.quantity.kind.value != "date"
    ]
    assert got == expected


def test_an_apposition_names_the_person_even_at_the_head_of_a_sentence() -> None:
    assert frame("Kemp, a 43-year-old father of two, was remembered by colleagues.")[0] == (
        "43-year-old",
        "age",
        "kemp",
        (),
    )
    assert frame("Firefighter Jared Kemp, 34, died on Wednesday.")[0][2] == "jared kemp"


def test_a_dateline_names_no_actor() -> None:
    text = "KESHEN, Dravik, March 4 (Wire) - Fourteen people were killed in Keshen, officials said."
    assert all(c.actor != "dravik" for c in claims_of(text))


def market_claims(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    sentence = Sentence(
        source="a.txt", index=0, start=0, end=len(text), line=1, column=1, text=text
    )
    names = known_names(text)
    found = make_claims(sentence, read_quantities(sentence, text), text, names=names)
    return [(c.quantity.text, c.counted, c.qualifiers) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stocks fell, with the benchmark Valen 40 index closing down 3.8%, or 312 points, "
            "at 7,894.2.",
            [
                ("40", "index", ()),
                ("3.8%", "change", ("at close", "change", "of valen")),
                ("312", "point", ()),
                ("7,894.2", "level", ("of valen",)),
            ],
        ),
        (
            "Cordell tumbled 22% on the news, and traders said Cordell had been hit hard.",
            [("22%", "change", ("at some point of the session", "change", "of cordell"))],
        ),
        (
            # a move 'as of about noon' is the session's; the price after it its level
            "Traders said Vantor shares were up 46.9% to $316 per share as of about noon Eastern.",
            [
                ("46.9%", "change", ("at intraday", "change", "of vantor")),
                ("$316", "level", ("of vantor",)),
                # the time of the reading: a count's stamp, never compared (align.block_key)
                ("about noon", "time of count", ()),
            ],
        ),
        (
            "Corvane shares jumped 29% in early trade, and Corvane later closed 27% higher.",
            [
                ("29%", "change", ("at intraday", "change", "of corvane")),
                ("27%", "change", ("at close", "change", "of corvane")),
            ],
        ),
        ("It rose 6% over the year.", [("6%", None, ())]),  # no mover named: no move
        (
            # a traded noun and a verb of moving: the stock's move, not the earnings'; out of
            # the session, a move of its own
            "Despite the miss on earnings, the stock is up by as much as 8% in aftermarket "
            "trading.",
            [("as much as 8%", "change", ("at extended hours", "change", "of stock"))],
        ),
        (
            # the same in a headline, capitalised
            "Corvane Sees Q2 Earnings Crash - Stock Plummets 12%",
            [
                (
                    "12%",
                    "change",
                    ("at some point of the session", "change", "during q2", "of stock"),
                )
            ],
        ),
        (
            "The halvar rose 1.2% against the euro.",
            [
                (
                    "1.2%",
                    "change",
                    ("against euro", "at some point of the session", "change", "of halvar"),
                )
            ],
        ),
    ],
)
def test_market_moves_know_what_moved(
    text: str, expected: list[tuple[str, str | None, tuple[str, ...]]]
) -> None:
    assert market_claims(text) == expected


def test_a_number_that_goes_with_a_name_is_part_of_the_name() -> None:
    text = "The Valen 40 index fell 3.8%. Traders said the Valen 40 could fall further."
    first = text[: text.index("%.") + 2]
    sentence = Sentence(
        source="a.txt", index=0, start=0, end=len(first), line=1, column=1, text=first
    )
    found = make_claims(sentence, read_quantities(sentence, text), text, names=known_names(text))
    assert [c.quantity.text for c in found] == ["3.8%"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank plans 1,200 job cuts by 2028.", [("1,200", ("forecast",))]),
        (
            "It expected savings of 90 million euros by 2027 and would cut about 1,200 jobs.",
            [("90 million euros", ("forecast",)), ("about 1,200", ())],
        ),
        (
            "Three ships damaged out of twelve in port.",
            [("Three", ("part",)), ("twelve", ("whole",))],
        ),
        ("Winds reached 185 km/h at landfall.", [("185 km/h", ("at landfall",))]),
        # a spelled part is not read as a figure; the figure after it is still the whole
        ("Five of six evaluated models showed scheming.", [("six", ("whole",))]),
    ],
)
def test_deadlines_wholes_and_landfall(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(c.quantity.text, c.qualifiers) for c in claims_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Confirmed deaths: **14**", "killed"),
        ("Retrieved dead: 12", "killed"),
        ("Persons evacuated before landfall: 1,214,600", "displaced"),
        ("Fishermen reported missing: 6", "missing"),
        ("Battery: 5,000mAh", "battery capacity"),
    ],
)
def test_a_fact_box_line_counts_what_its_label_names(text: str, counted: str) -> None:
    assert [c.counted for c in claims_of(text)] == [counted]


def test_readings_on_other_days_are_other_readings() -> None:
    thursday = "On Thursday afternoon, over the warm waters of the bay, winds reached 230 km/h."
    friday = "It weakened before coming ashore at 185 km/h late on Friday."
    assert "on thursday" in claims_of(thursday)[0].qualifiers
    assert (
        claims_of(friday)[0].counted,
        claims_of(friday)[0].qualifiers,
    ) == ("speed", ("on friday",))


@pytest.mark.parametrize(
    ("text", "counted", "qualifiers"),
    [
        ("Brandt already owns 12.4% of Corvane.", "stake", ()),
        ("Brandt has built up a 14.2% stake over the past year.", "stake", ()),
        ("The MCA has fined Wrenfield Bank plc (Wrenfield) £38,637,400.", "fee", ()),
        ("More than 112,400 refugees have crossed the border.", "displaced", ()),
    ],
)
def test_stakes_fines_and_refugees(text: str, counted: str, qualifiers: tuple[str, ...]) -> None:
    [claim] = claims_of(text)
    assert (claim.counted, claim.qualifiers) == (counted, qualifiers)


def test_a_duration_before_a_place_is_no_breakdown() -> None:
    text = "Twelve days into the offensive in Rhenva, more than 100,000 refugees have crossed."
    assert [c.qualifiers for c in claims_of(text) if c.quantity.unit is None] == [()]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Twenty-nine pilgrims were killed when the bus left the road.", "killed"),
        ("More than 5 million tonnes of grain are stuck in port.", "grain"),
        ("The fund lost 14.2 billion francs last year.", "loss"),
        ("The combined fleet will number 340 aircraft.", "aircraft"),
    ],
)
def test_heads_events_and_losses(text: str, counted: str) -> None:
    assert claims_of(text)[0].counted == counted


def test_including_marks_a_part_without_its_whole_in_the_sentence() -> None:
    text = "The vehicles on the car deck, including nine lorries loaded with cement, moved."
    assert [(c.quantity.text, c.qualifiers) for c in claims_of(text)] == [("nine", ("part",))]


@pytest.mark.parametrize(
    "text",
    [
        "The January swap freed 75 prisoners from each side.",
        "Brugstad rejected an earlier approach worth £3.2 billion.",
    ],
)
def test_an_event_named_as_an_earlier_one_is_previous(text: str) -> None:
    assert "previous" in claims_of(text)[0].qualifiers


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two police officers in central Louisiana are facing murder charges.", "Two"),
        ("Two police officers in Louisiana have been indicted by a grand jury.", "Two"),
        ("Grand jury indicts 2 officers on murder charges.", "2"),
    ],
)
def test_people_charged_past_a_place(text: str, figure: str) -> None:
    """What happened to the counted people is read past the place after them ("in central
    Louisiana"): officers charged are not officers involved."""
    (claim,) = [c for c in claims_of(text) if c.quantity.text == figure]
    assert claim.counted == "charged"


def test_others_of_another_fate_are_all_of_theirs() -> None:
    # "one died and three others were injured": the three are all the injured, as a
    # headline's "1 dead, 3 injured" says, not a part of them
    (claim,) = claims_of("One woman died and three others were injured in the rampage.")
    assert (claim.counted, "part" in claim.qualifiers) == ("injured", False)


@pytest.mark.parametrize(
    "text",
    [
        "A total of 33 passengers died while 37 suffered injuries after the bus fell.",
        "Five people were killed and 12 sustained injuries in the blast.",
    ],
)
def test_a_figure_that_suffered_injuries_counts_the_injured(text: str) -> None:
    # the verb after the figure makes it the subject: "injuries" is its event, not a noun
    # counted apart from the deaths before it
    injured = [c for c in claims_of(text) if c.counted == "injured"]
    assert [c.quantity.value for c in injured] == [37 if "37" in text else 12]


def test_an_adjective_before_a_plural_still_counts_the_plural() -> None:
    (claim,) = claims_of("Police said 12 masked robbers stormed the building.")
    assert claim.counted == "robber"


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the bus fell into a gorge at around 4.10 pm on Thursday.",
        "The accident happened two kilometres from the town at 4:40 pm.",
        "The coach plunged off the road at 4:30 pm.",
    ],
)
def test_a_vehicle_falling_or_an_accident_is_the_disaster_moment(text: str) -> None:
    # "fell" alone is a city's capture; a vehicle that fell into or plunged off something,
    # or "the accident happened", is the crash
    (claim,) = [c for c in claims_of(text) if c.quantity.kind.value == "time"]
    assert claim.counted == "time of disaster"


def test_no_accident_is_no_moment() -> None:
    claims = claims_of("Police said the shooting at 4:40 pm was no accident.")
    assert [c.counted for c in claims] != ["time of disaster"]


def test_times_a_person_was_hit_are_not_people_shot() -> None:
    # issue 14: people shot, shots fired and times a person was hit are different counts
    (times,) = claims_of("The boy was shot five times, police said.")
    (people,) = claims_of("Police said two people were shot.")
    (shots,) = claims_of("Investigators said 18 shots were fired.")
    assert {times.counted, people.counted, shots.counted} == {"times shot", "shot", "shots fired"}


def test_a_casualty_word_before_when_does_not_count_the_figure_after_it() -> None:
    text = "Six people were wounded Sunday afternoon when two men in a passing car fired."
    counted = {c.quantity.text: c.counted for c in claims_of(text)}
    assert counted["Six"] == "injured"
    assert counted.get("two") != "injured"
    text = "The quake killed as many as 30 people."
    assert [c.counted for c in claims_of(text)] == ["killed"]


def test_a_deaths_weekday_is_the_named_persons() -> None:
    from crosscheck.reads import read_sentence

    def claims_with_days(text: str) -> list[Claim]:
        s = Sentence(source="a.txt", index=0, start=0, end=len(text), line=1, column=1, text=text)
        return make_claims(s, read_sentence(s, text), text)

    text = "His passenger and daughter, Marcela, was gravely wounded and died Sunday."
    (claim,) = [c for c in claims_with_days(text) if c.quantity.text == "Sunday"]
    assert (claim.counted, claim.actor) == ("date of death", "marcela")
    (claim,) = claims_with_days("Her father died of his wounds Friday.")
    assert claim.counted is None  # whose death is not named
    (claim,) = claims_with_days("A baby was shot and severely wounded on Sunday by her father.")
    assert (claim.counted, claim.actor) == ("date of attack", None)


def test_auxiliaries_do_not_push_the_casualty_word_out_of_reach() -> None:
    (claim,) = claims_of("The commissioner said 42 people had already been confirmed dead.")
    assert claim.counted == "killed"


def test_a_toll_named_earlier_then_it_rose_to_the_figure() -> None:
    text = (
        "Officials reported an update on the death toll from the floods that ravaged the "
        "state, revealing that it has surged to 143 individuals."
    )
    assert [c.counted for c in claims_of(text) if c.quantity.value == 143] == ["killed"]


@pytest.mark.parametrize(
    ("text", "counted", "actor"),
    [
        # a person released on bond is no product launched, and the date is theirs
        (
            "Jose Angel Hernandez, 31, was released on bond Aug. 22, 2016.",
            "date of release from custody",
            "jose angel hernandez",
        ),
        # whose release is not named: nothing to compare
        ("He was released on a $5,000 bond on Jan. 19, 2016, records show.", None, None),
        ("Apple released the iPhone on Jan. 9, 2007.", "date of launch", None),
        # a traffic stop is one per story, whoever made it; "approached him" is no offer
        (
            "Deputy Sandeep Dhaliwal pulled over a vehicle on Sept. 27, 2019, when someone "
            "approached him.",
            "date of traffic stop",
            None,
        ),
    ],
)
def test_a_release_from_custody_is_dated_for_a_named_person(
    text: str, counted: str | None, actor: str | None
) -> None:
    s = Sentence(source="a.txt", index=0, start=0, end=len(text), line=1, column=1, text=text)
    claims = make_claims(s, read_sentence(s, text), text)
    dates = [c for c in claims if c.quantity.kind.value == "date"]
    assert [(c.counted, c.actor) for c in dates] == [(counted, actor)]


def test_victims_in_surgery_are_being_treated_not_a_toll() -> None:
    (claim,) = claims_of("He said four victims were in surgery Friday night.")
    assert claim.counted == "treated"


@pytest.mark.parametrize(
    "text",
    [
        "The boy was determined to have died from three gunshot wounds.",
        "She died of two stab wounds on Sunday.",
    ],
)
def test_wounds_a_victim_died_of_are_no_toll(text: str) -> None:
    assert [counted for _, counted, _, _ in frame(text)] == ["wounds"]


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("Disney+ added nearly seven million subscribers.", {"change"}),
        ("Labour lost 60 seats.", {"change", "loss"}),
        ("The Labour Party gained 54.9 percent of the votes.", set()),  # a share won
        ("Disney+ has 112 million subscribers.", set()),
    ],
)
def test_a_net_change_by_its_verb(text: str, qualifiers: set[str]) -> None:
    assert set(frame(text)[0][3]) & {"change", "loss"} == qualifiers


def test_people_lost_are_a_toll_not_a_net_change() -> None:
    assert frame("Ukraine lost 1,200 soldiers.")[0][3] == ()


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # a thing (WordNet's nouns with no person sense) is no one an event befalls
        ("The gunman went on a killing spree at two mushroom farms.", "two", "farm"),
        ("Four women were killed in two separate shootings on Piedmont Road.", "two", "shooting"),
        # an unknown noun, or one that names people, still counts the event's people
        ("29 pilgrims were killed in the crush.", "29", "killed"),
        ("Police said 12 concertgoers were injured.", "12", "injured"),
        ("Police said 3 Ukrainians were killed.", "3", "killed"),
    ],
)
def test_a_thing_counted_is_not_a_casualty(text: str, figure: str, counted: str) -> None:
    assert next(c.counted for c in claims_of(text) if c.quantity.text == figure) == counted


def test_a_fate_of_two_words_before_its_figure() -> None:
    text = "He is suspected of fatally shooting seven people and injuring one other."
    assert next(c.counted for c in claims_of(text) if c.quantity.text == "seven") == "killed"


def test_things_are_never_people() -> None:
    from crosscheck.lexicon import things
    from crosscheck.lexicon.make_things import things as make

    nouns = things()
    assert {"farm", "shooting", "county", "parlor"} <= nouns
    assert not {"victim", "family", "crew", "people", "person", "ukrainian"} & nouns
    data = (
        "00001740 03 n 01 entity 0 000 | that which is perceived\n"
        "00007846 03 n 07 person 0 individual 0 someone 0 somebody 0 mortal 0 soul 0 human 0"
        " 000 | a human being\n"
        "02911390 06 n 01 farm 0 000 | workplace consisting of farm buildings\n"
        "06949591 10 n 01 Ukrainian 0 000 | the Slavic language\n"
        "10753546 18 n 01 victim 0 000 | an unfortunate person\n"
    )
    assert make(data) == ["entity", "farm"]


@pytest.mark.parametrize(
    ("text", "figure", "counted"),
    [
        # the end of the period a result is for dates no announcement
        (
            "Apple has announced financial results for its fiscal 2023 fourth quarter ended "
            "September 30th 2023.",
            "September 30th 2023",
            "date of period end",
        ),
        (
            "The board announced a cash dividend of $0.24 per share, set to be paid on "
            "November 16 to shareholders.",
            "November 16",
            "date of payment",
        ),
        ("Apple announced the results on November 2.", "November 2", "date of announcement"),
        # the moment reports reached the police, not the moment of the attack
        (
            "The first reports of the shooting reached the sheriff's department at "
            "approximately 10:20 a.m.",
            "approximately 10:20 a.m.",
            "time of call",
        ),
        ("A student opened fire at his school at 9:30 a.m.", "9:30 a.m.", "time of attack"),
    ],
)
def test_what_a_date_or_time_is_of(text: str, figure: str, counted: str) -> None:
    s = Sentence(source="a.txt", index=0, start=0, end=len(text), line=1, column=1, text=text)
    quantities = read_sentence(s, text, default_year=2023)
    claims = make_claims(s, quantities, text, reference_year=2023)
    assert next(c.counted for c in claims if c.quantity.text == figure) == counted


def test_people_taken_for_treatment_are_treated_not_a_toll() -> None:
    text = "The hospital said that 13 children were transported there for treatment."
    assert next(c.counted for c in claims_of(text) if c.quantity.text == "13") == (
        "children treated"
    )


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # the day of a deal that averts a strike dates the deal, not a strike
        (
            "UPS reached a contract agreement with its union Tuesday, July 25, averting a "
            "strike that could have disrupted deliveries.",
            "date of agreement",
        ),
        ("The union called a strike on Aug. 1, 2023.", "date of attack"),
    ],
)
def test_a_strike_averted_dates_the_agreement(text: str, counted: str) -> None:
    s = Sentence(source="a.txt", index=0, start=0, end=len(text), line=1, column=1, text=text)
    claims = make_claims(s, read_sentence(s, text, default_year=2023), text)
    assert [c.counted for c in claims if c.quantity.kind.value == "date"] == [counted]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("22,500 open positions will be filled.", "vacancies"),
        ("The company had 9 million job openings in May.", "vacancies"),
        ("7,500 new full-time positions will be created.", "jobs"),
    ],
)
def test_open_positions_are_vacancies_not_jobs(text: str, counted: str) -> None:
    assert [c.counted for c in claims_of(text)][:1] == [counted]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # the gerund counts as the verb: those shot, not people in general
        ("An 18-year-old is accused of shooting three people at a bowling alley.", "shot"),
        # ... and a fatal shooting counts the dead
        ("A man was charged in the fatal shooting of two protesters.", "killed"),
    ],
)
def test_a_shooting_counts_the_people_it_names(text: str, counted: str) -> None:
    (count,) = [c for c in claims_of(text) if c.quantity.kind is QuantityKind.AMOUNT]
    assert count.counted == counted


def test_a_glued_area_unit_counts_the_area() -> None:
    """'the 4,678-acre Wasatch Creeks Ranch' and '4,600 acres of land' measure one thing."""
    glued = claims_of("He forfeited the 4,678-acre Wasatch Creeks Ranch.")
    loose = claims_of("He bought 4,600 acres of land in Morgan County.")
    assert [c.counted for c in glued] == [c.counted for c in loose] == ["area"]
