"""Every scope signal fires on its examples and on none of its counter-examples."""

from __future__ import annotations

import pytest

from bracketed import located
from crosscheck.incidents import closed_list, earlier_days, named_and_others, rescoped
from crosscheck.models import Bound, Claim, Quantity, Sentence, SkippedFile
from crosscheck.scope import SIGNALS, scope_qualifiers


@pytest.mark.parametrize(
    ("qualifier", "example", "fires"),
    [
        (s.qualifier, e, fires)
        for s in SIGNALS
        for fires, examples in ((True, s.fires_on), (False, s.not_on))
        for e in examples
    ],
)
def test_signal_examples(qualifier: str, example: str, fires: bool) -> None:
    text, start, end = located(example)
    assert (qualifier in scope_qualifiers(text[:start], text[end:])) is fires


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        (
            "At least 25 people were killed in the Philippines and six in China.",
            "25",
            "philippines",
        ),
        ("The number of known dead in Taiwan was 15, with 32 injured.", "15", "taiwan"),
        ("In Japan on Monday, at least 12 people were killed.", "12", "japan"),
        # the adjective is not the place; a total with a part's place after "including" is
        # the total's
        ("Morakot, which means emerald in Thai, struck, killing 21 people.", "21", None),
        ("The toll stood at more than 50, including 22 killed in the Philippines.", "50", None),
        ("Exports to Japan rose to 15 in May.", "15", None),
    ],
)
def test_a_casualty_count_is_for_the_country_it_is_in(
    sentence: str, figure: str, place: str | None
) -> None:
    from crosscheck.scope import casualty_place

    start = sentence.index(figure)
    counted = "exports" if "Exports" in sentence else "killed"
    assert casualty_place(sentence, start, start + len(figure), counted) == place


def test_a_revision_a_source_states_is_not_a_conflict(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from crosscheck.models import Kind
    from crosscheck.pipeline import check
    from crosscheck.settings import Settings

    texts = {
        "a.txt": "Toll revised\nPublished: 2026-03-04\n\nOfficials revised the number of "
        "deaths to 97, down from their previous toll of 115.\n",
        "b.txt": "Toll\nPublished: 2026-03-03\n\nThe quake killed 115 people, officials said.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    report = check([str(tmp_path)], Settings(one_story=True))
    (finding,) = [f for f in report.findings if {s.value for s in f.sides} == {"97", "115"}]
    assert finding.kind is Kind.COMPATIBLE and finding.latest == "97"
    assert "revised from 115 to 97" in finding.reason
    # without the revision stated, the same figures are a conflict (an update over time)
    (tmp_path / "a.txt").write_text(
        texts["a.txt"].replace(", down from their previous toll of 115", "")
    )
    assert check([str(tmp_path)], Settings(one_story=True)).conflicts


@pytest.mark.parametrize(
    ("sentence", "time", "day", "statement"),
    [
        (
            "State police plan a news conference for 10:30 a.m. Thursday.",
            "10:30 a.m.",
            "thursday",
            False,
        ),
        ("He called 911 just before 7 a.m. Wednesday.", "7 a.m.", "wednesday", False),
        (
            "The department tweeted just before 9 a.m. Sunday that no threat exists.",
            "9 a.m.",
            "sunday",
            True,
        ),
        ("The ferry capsized at about 2:40 a.m., the coast guard said.", "2:40 a.m.", None, False),
        ("At around 4:10 AM today, the ferry capsized.", "4:10 AM", None, False),
    ],
)
def test_a_clock_time_is_on_its_day_and_a_statements_time_dates_nothing(
    sentence: str, time: str, day: str | None, statement: bool
) -> None:
    from crosscheck.scope import time_frame

    start = sentence.index(time)
    assert time_frame(sentence, start, start + len(time)) == (day, statement)


def test_figures_for_other_months_are_other_claims(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from crosscheck.pipeline import check
    from crosscheck.settings import Settings

    a = "Index falls\n\nThe leading index rose 2.1 pct in December, the department said.\n"
    b = "Index slips\n\nThe department said the leading index fell 1.0 pct in January.\n"
    (tmp_path / "a.txt").write_text(a)
    (tmp_path / "b.txt").write_text(b)
    assert not check([str(tmp_path)], Settings(one_story=True)).conflicts
    # the same month's figure given twice, differently, is a conflict
    (tmp_path / "b.txt").write_text(
        b.replace("fell 1.0 pct in January", "rose 2.6 pct in December")
    )
    assert check([str(tmp_path)], Settings(one_story=True)).conflicts


def test_today_is_the_day_each_source_was_written(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from crosscheck.pipeline import check
    from crosscheck.settings import Settings

    def write(day_a: str, day_b: str) -> None:
        texts = {
            "a.txt": (day_a, "The Bank of England said it forecast a shortage of around 800 mln "
                      "stg in the money market today, before its first operations."),
            "b.txt": (day_b, "Dealers said the Bank of England forecast a shortage of around 350 "
                      "mln stg in the money market today. Rates held steady at 10 pct."),
        }  # fmt: skip
        for name, (day, text) in texts.items():
            (tmp_path / name).write_text(f"Sterling money market\nPublished: {day}\n\n{text}\n")

    write("1987-03-02", "1987-03-03")  # two days' shortages
    assert not check([str(tmp_path)], Settings(one_story=True)).conflicts
    write("1987-03-02", "1987-03-02")  # one day's, given twice
    assert check([str(tmp_path)], Settings(one_story=True)).conflicts


def test_an_undated_days_report_is_of_its_own_day(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two undated reports whose openings say they report 'today' are two days' reports: a
    figure without a day of its own in either is that day's, not the other's."""
    from crosscheck.pipeline import check
    from crosscheck.settings import Settings

    def write(opening: str) -> None:
        rest = {
            "a.txt": "Sterling firmed against the dollar as traders squared positions before "
            "the weekend, and the central bank bought bills outright in bands one and two. "
            "Bills maturing in official hands will drain some 1.61 billion stg.",
            "b.txt": "Gilts eased in thin trade after a string of weak figures from the "
            "building societies, while the discount houses sold eligible paper early on. "
            "Bills maturing in official hands will drain some 525 mln stg.",
        }
        for name, text in rest.items():
            (tmp_path / name).write_text(f"{opening}\n{text}\n")

    write("The Bank of England forecast a shortage in the money market today.")
    assert not check([str(tmp_path)], Settings(one_story=True)).conflicts
    write("The Bank of England forecast a shortage in the money market.")
    assert check([str(tmp_path)], Settings(one_story=True)).conflicts


def _claims(path: str, text: str) -> list[Claim]:
    from crosscheck.ingest import load_source
    from crosscheck.reads import read_claims
    from crosscheck.settings import Settings

    source = load_source(path, text.encode(), Settings())
    assert not isinstance(source, SkippedFile)
    return list(read_claims(source).claims)


def test_a_hurt_person_in_a_clause_dated_before_the_story_is_another_incident() -> None:
    a = _claims(
        "a.txt",
        "Published: 2016-01-15\n\nA 13-month-old boy was killed in a drive-by shooting on "
        "Thursday. A 2-year-old boy was seriously wounded when shots were fired at a car "
        "on Dec. 24.\n",
    )
    b = _claims("b.txt", "Published: 2016-01-16\n\nA 13-month-old boy was killed on Thursday.\n")
    published = {"a.txt": "2016-01-15", "b.txt": "2016-01-16"}
    marked = {
        c.quantity.text: "earlier event of 2015-12-24" in c.qualifiers
        for c in earlier_days([*a, *b], published)
    }
    assert marked["2-year-old"] and not marked["13-month-old"] and not marked["Dec. 24"]


def test_a_day_two_sources_name_is_the_storys_own() -> None:
    # follow-ups recall the event's day months later: it is not another incident
    text = "Published: 2016-09-20\n\nThe boy, 6, was killed in the Nov. 3 shooting.\n"
    claims = [*_claims("a.txt", text), *_claims("b.txt", text)]
    published = {"a.txt": "2016-09-20", "b.txt": "2016-09-20"}
    marked = [q for c in earlier_days(claims, published) for q in c.qualifiers]
    assert not any(q.startswith("earlier event") for q in marked)


@pytest.mark.parametrize(
    ("sentence", "figure", "text", "value", "counted"),
    [
        (
            "He killed a woman and injured a police officer and two others.",
            "two",
            "a police officer and two",
            3.0,
            "injured",
        ),
        ("Police questioned a neighbour and two others.", "two", "two", 2.0, "other"),
        ("One woman died and three others were injured.", "three", "three", 3.0, "other"),
    ],
)
def test_named_and_others(
    sentence: str, figure: str, text: str, value: float, counted: str
) -> None:
    s = Sentence(source="-", index=0, start=0, end=len(sentence), line=1, column=1, text=sentence)
    at = sentence.index(figure)
    q = Quantity(
        text=figure,
        start=at,
        end=at + len(figure),
        value=2.0 if figure == "two" else 3.0,
        low=None,
        high=None,
        bound=Bound.EXACT,
    )
    claim = Claim(
        source="-", sentence=s, quantity=q, counted="other", counted_text=None, actor=None, frame=""
    )
    out = named_and_others(claim)
    assert (out.quantity.text, out.quantity.value, out.counted) == (text, value, counted)


@pytest.mark.parametrize(
    ("between", "closed"),
    [
        (" people were killed, including the suspect, and ", True),
        (" people were hurt, including ", False),
        (" people, including Ann Lee, Bo Day, and ", False),
        (" people, including a boy and ", False),
    ],
)
def test_an_including_list_of_one_closed_by_and(between: str, closed: bool) -> None:
    assert closed_list(between) is closed


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("Eight died in a hair salon shooting in Seal Beach, CA, three years ago.", True),
        ("Two people were shot two weeks ago outside the bar.", False),
        ("Eight died in the shooting; the bar opened three years ago.", False),
    ],
)
def test_a_figure_years_back_is_an_earlier_incidents(sentence: str, earlier: bool) -> None:
    s = Sentence(source="-", index=0, start=0, end=len(sentence), line=1, column=1, text=sentence)
    figure = sentence.split()[0]
    q = Quantity(
        text=figure, start=0, end=len(figure), value=8.0, low=8.0, high=8.0, bound=Bound.EXACT
    )
    claim = Claim(
        source="-",
        sentence=s,
        quantity=q,
        counted="killed",
        counted_text=None,
        actor=None,
        frame="",
    )
    assert ("earlier event" in rescoped(claim).qualifiers) is earlier


def test_others_of_no_fate_stay_a_part() -> None:
    from crosscheck.incidents import others_of_another_fate

    assert others_of_another_fate("", " others were injured.", "injured")
    assert not others_of_another_fate("said ", " other people were with the boy", "people")


@pytest.mark.parametrize(
    ("sentence", "figure", "giver"),
    [
        ("Crime Stoppers is offering a $5,000 reward for information.", "$5,000", "crime stoppers"),
        (
            "Texas Governor Greg Abbott's office offered a reward of up to $10,000.",
            "up to",
            "texas governor greg abbott",
        ),
        ("A reward of $5,000 is offered.", "$5,000", None),
    ],
)
def test_who_offers_a_reward(sentence: str, figure: str, giver: str | None) -> None:
    from crosscheck.incidents import reward_giver

    assert reward_giver(sentence, sentence.index(figure)) == giver


def test_another_incident_in_a_month_long_before_the_story_is_kept_apart() -> None:
    a = _claims(
        "a.txt",
        "Published: 2023-01-09\n\nA bus crash killed 38 people on Sunday. A bus and a lorry "
        "crashed in October 2020, killing at least 16 people.\n",
    )
    b = _claims("b.txt", "Published: 2023-01-09\n\nThe bus crash killed 40 people.\n")
    published = {"a.txt": "2023-01-09", "b.txt": "2023-01-09"}
    marked = {c.quantity.text: c.qualifiers for c in earlier_days([*a, *b], published) if c.counted}
    assert "earlier event of 2020-10-01" in marked["at least 16"]
    assert not any(q.startswith("earlier event") for q in marked["38"] + marked["40"])


def test_a_toll_of_two_countries_named_together_is_theirs_together() -> None:
    (combined,) = [
        c
        for c in _claims(
            "a.txt", "The death toll in the earthquakes in Turkey and Syria has risen to 11,200.\n"
        )
        if c.counted and c.counted.endswith("killed")
    ]
    single = [
        c
        for c in _claims(
            "b.txt", "Officials said 12,391 people had died in Turkey and 2,992 in Syria.\n"
        )
        if c.counted and c.counted.endswith("killed")
    ]
    assert combined.actor == "syria and turkey"
    assert [c.actor for c in single] == ["turkey", "syria"]


def test_years_ago_opening_the_clause_marks_an_earlier_event() -> None:
    claims = _claims("a.txt", "Six years ago, 144 people died when an overloaded ferry sank.\n")
    (claim,) = [c for c in claims if c.quantity.value == 144]
    assert "earlier event" in claim.qualifiers
