"""Tests for crosscheck.align: which claims of different sources are the same claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.align import align
from crosscheck.claims import make_claims
from crosscheck.models import Claim, Sentence
from crosscheck.pipeline import check
from crosscheck.quantities import read_quantities
from crosscheck.settings import Settings

DEFAULTS = Settings()

NK_SENT = "North Korea has sent 11,000 troops to Russia."
NK_DEPLOYED = "Pyongyang deployed some 12,000 soldiers to Russia."
RU_SENT = "Russia has sent 50,000 troops to Kursk."
RU_MASSED = "Moscow has massed 45,000 soldiers in Kursk."


def claim(text: str, source: str) -> Claim:
    """The one claim of a one-sentence source."""
    sentence = Sentence(source=source, index=0, start=0, end=len(text), line=1, column=1, text=text)
    (only,) = make_claims(sentence, read_quantities(sentence, text), text)
    return only


def sources(groups: list[list[Claim]]) -> list[list[str]]:
    return [[c.source for c in group] for group in groups]


def test_paraphrases_of_one_claim_form_one_group() -> None:
    a, b = claim(NK_SENT, "a.txt"), claim(NK_DEPLOYED, "b.txt")
    # "soldiers" counts as "troops" and "Pyongyang" is North Korea.
    assert (a.counted, a.actor) == (b.counted, b.actor) == ("troops", "north korea")
    assert align([b, a], DEFAULTS) == [[a, b]]


def test_paraphrases_meet_through_the_pipeline(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"{NK_SENT}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{NK_DEPLOYED}\n", encoding="utf-8")
    report = check([str(tmp_path)])
    (finding,) = report.findings
    assert sorted(Path(c.source).name for c in finding.claims) == ["a.txt", "b.txt"]
    assert {c.quantity.text for c in finding.claims} == {"11,000", "some 12,000"}


def test_different_actors_are_kept_apart() -> None:
    claims = [
        claim(NK_SENT, "a.txt"),
        claim(RU_SENT, "b.txt"),
        claim(NK_DEPLOYED, "c.txt"),
        claim(RU_MASSED, "d.txt"),
    ]
    groups = align(claims, DEFAULTS)
    assert sources(groups) == [["a.txt", "c.txt"], ["b.txt", "d.txt"]]
    assert [{c.actor for c in g} for g in groups] == [{"north korea"}, {"russia"}]


def test_one_claim_in_one_source_is_no_group() -> None:
    assert align([claim(NK_SENT, "a.txt"), claim(RU_SENT, "b.txt")], DEFAULTS) == []


@pytest.mark.parametrize(
    "other",
    [
        pytest.param("North Korea has sent an additional 3,000 troops to Russia.", id="additional"),
        pytest.param("North Korea has sent another 3,000 troops to Russia.", id="another"),
    ],
)
def test_a_qualifier_keeps_claims_apart(other: str) -> None:
    base, extra = claim(NK_SENT, "a.txt"), claim(other, "b.txt")
    assert extra.qualifiers == ("additional",)
    assert align([base, extra], DEFAULTS) == []
    # With a like-qualified claim from another source, each finds its own partner.
    extra_too = claim("Pyongyang sent another 2,000 soldiers to Russia.", "c.txt")
    more_base = claim(NK_DEPLOYED, "d.txt")
    groups = align([base, extra, extra_too, more_base], DEFAULTS)
    assert sorted(sources(groups)) == [["a.txt", "d.txt"], ["b.txt", "c.txt"]]


def test_a_rate_keeps_claims_apart() -> None:
    total = claim("Russia has lost 1,200 soldiers.", "a.txt")
    daily = claim("Russia has lost 1,200 soldiers a day.", "b.txt")
    monthly = claim("Russia has lost 36,000 soldiers a month.", "c.txt")
    assert [c.quantity.rate for c in (total, daily, monthly)] == [None, "day", "month"]
    assert align([total, daily, monthly], DEFAULTS) == []
    same_rate = claim("Russia loses about 1,200 soldiers per day.", "d.txt")
    assert sources(align([total, daily, monthly, same_rate], DEFAULTS)) == [["b.txt", "d.txt"]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "The government pledged $1.7 billion in aid.",
            "The government pledged €1.5 billion in aid.",
            id="currency",
        ),
        pytest.param(
            "The convoy travelled 300 kilometres to the front.",
            "The convoy travelled 186 tons to the front.",
            id="unit",
        ),
    ],
)
def test_different_currencies_or_units_are_kept_apart(first: str, second: str) -> None:
    assert align([claim(first, "a.txt"), claim(second, "b.txt")], DEFAULTS) == []
    # The same sentence with the same currency or unit does meet.
    assert sources(align([claim(first, "a.txt"), claim(first, "b.txt")], DEFAULTS)) == [
        ["a.txt", "b.txt"]
    ]


def test_lengths_in_other_units_are_one_claim() -> None:
    # two lengths of one thing meet, whatever unit each report writes (units.py)
    first = "The convoy travelled 300 kilometres to the front."
    second = "The convoy travelled 186 miles to the front."
    assert sources(align([claim(first, "a.txt"), claim(second, "b.txt")], DEFAULTS)) == [
        ["a.txt", "b.txt"]
    ]


def test_groups_do_not_depend_on_input_order() -> None:
    claims = [
        claim(NK_SENT, "a.txt"),
        claim(RU_SENT, "b.txt"),
        claim(NK_DEPLOYED, "c.txt"),
        claim(RU_MASSED, "d.txt"),
        claim("The government pledged $1.7 billion in aid.", "a.txt"),
        claim("The government pledged $1.5 billion in aid.", "c.txt"),
    ]
    expected = align(claims, DEFAULTS)
    assert len(expected) == 3
    for order in (claims[::-1], claims[1::2] + claims[::2], claims[2:] + claims[:2]):
        assert align(order, DEFAULTS) == expected


# --- claims that name no actor -----------------------------------------------------------

UNNAMED_VERBATIM = "Officials said 11,000 troops were sent to Russia."  # frame scores 75
UNNAMED_PARAPHRASE = "Some 9,000 troops are now training in Russia, a spokesman said."  # 61


def test_a_claim_without_actor_joins_a_group_when_its_frame_is_near_verbatim() -> None:
    named, unnamed = claim(NK_SENT, "a.txt"), claim(UNNAMED_VERBATIM, "b.txt")
    assert unnamed.actor is None
    assert align([named, unnamed], DEFAULTS) == [[named, unnamed]]


RUSSIAN = "The Russian army has massed 50,000 troops near Kursk."


def test_with_one_actor_a_claim_naming_none_is_about_it() -> None:
    named, unnamed = claim(NK_SENT, "a.txt"), claim(UNNAMED_PARAPHRASE, "b.txt")
    assert unnamed.actor is None
    assert align([named, unnamed], DEFAULTS) == [[named, unnamed]]


def test_with_two_actors_a_paraphrase_naming_none_stays_out() -> None:
    named, unnamed = claim(NK_SENT, "a.txt"), claim(UNNAMED_PARAPHRASE, "b.txt")
    russian = claim(RUSSIAN, "c.txt")
    assert russian.actor == "russia"
    assert align([named, russian, unnamed], DEFAULTS) == []


def test_frame_similarity_setting_decides_whether_it_joins() -> None:
    named, unnamed = claim(NK_SENT, "a.txt"), claim(UNNAMED_VERBATIM, "b.txt")
    russian = claim(RUSSIAN, "c.txt")
    joined = align([named, russian, unnamed], Settings(frame_similarity=75))
    assert joined == [[named, unnamed]]
    assert align([named, russian, unnamed], Settings(frame_similarity=76)) == []
    paraphrase = claim(UNNAMED_PARAPHRASE, "b.txt")
    assert align([named, russian, paraphrase], Settings(frame_similarity=60)) == [
        [named, paraphrase]
    ]


def test_claims_without_actor_that_match_no_group_form_their_own() -> None:
    named, russian = claim(NK_SENT, "a.txt"), claim(RUSSIAN, "d.txt")
    unnamed = [claim(UNNAMED_PARAPHRASE, "b.txt"), claim(UNNAMED_PARAPHRASE, "c.txt")]
    assert sources(align([named, russian, *unnamed], DEFAULTS)) == [["b.txt", "c.txt"]]


def test_actorless_membership_does_not_depend_on_input_order() -> None:
    named = claim("North Korea has sent 11,000 troops to Russia, officials said.", "x.txt")
    near = claim("Officials said 11,000 troops were sent to Russia.", "a.txt")
    chained = claim(
        "Officials said 12,000 troops were sent to the front in Kursk last month.", "b.txt"
    )
    assert align([named, near, chained], DEFAULTS) == align([named, chained, near], DEFAULTS)


def claims_of(text: str, source: str) -> list[Claim]:
    sentence = Sentence(source=source, index=0, start=0, end=len(text), line=1, column=1, text=text)
    return make_claims(sentence, read_quantities(sentence, text), text)


def test_two_figures_of_one_sentence_never_share_a_group() -> None:
    a = claims_of("Okafor won, taking 52.4% of the vote against Lindqvist's 44.8%.", "a.txt")
    b = claims_of("Okafor won, taking about 52% of the vote.", "b.txt")
    groups = align([*a, *b], DEFAULTS)
    assert [sorted(c.quantity.text for c in g) for g in groups] == [["52.4%", "about 52%"]]


def test_a_figure_with_its_measure_left_implicit_joins_the_named_one() -> None:
    named = claim("The base model is priced at $1,349.", "a.txt")
    implicit = claim("The base model is offered at $1,299.", "b.txt")
    assert (named.counted, implicit.counted) == ("price", None)
    (group,) = align([named, implicit], DEFAULTS)
    assert {c.source for c in group} == {"a.txt", "b.txt"}


def test_a_short_frame_inside_a_long_one_is_not_the_same_claim() -> None:
    headline = claim("Six hours or less: the heart cost of cutting sleep", "a.txt")
    sentence = claim(
        "Cutting sleep has a heart cost: those who sleep 8 hours or less face higher risks "
        "of heart disease, the study of adults found.",
        "b.txt",
    )
    assert headline.counted is sentence.counted is None
    assert align([headline, sentence], DEFAULTS) == []


def test_readings_at_other_places_are_other_claims_and_an_unplaced_one_joins_the_one_place() -> (
    None
):
    valmore = claim("The capital, Valmore, reached 38.6C on Friday.", "a.txt")
    orvale = claim("A station in the town of Orvale recorded 41.2C on Friday.", "b.txt")
    assert align([valmore, orvale], Settings()) == []
    unplaced = claim("The heat record now stands at 40.8C, the weather service said.", "c.txt")
    assert sources(align([orvale, unplaced], Settings())) == [["b.txt", "c.txt"]]
    assert sources(align([valmore, orvale, unplaced], Settings())) == []


def test_an_unnamed_quarter_joins_the_quarter_named_and_not_the_year() -> None:
    quarter = claim("Meta reported $32.2 billion in revenue for the quarter.", "a.txt")
    q4 = claim("Fourth-quarter revenue was $32.17 billion, Meta said.", "b.txt")
    year = claim("Meta reported revenue for the full year of $116.6 billion.", "c.txt")
    assert sources(align([quarter, q4], Settings())) == [["a.txt", "b.txt"]]
    assert align([quarter, year], Settings()) == []


def test_seats_that_name_no_party_are_not_the_one_named_partys() -> None:
    won = claim("The Conservatives won 365 seats.", "a.txt")
    house = claim("In all, 650 seats were contested across the country.", "b.txt")
    have = claim("The Conservatives have 364 seats, the count showed.", "c.txt")
    assert align([won, house], Settings()) == []
    assert sources(align([won, house, have], Settings())) == [["a.txt", "c.txt"]]
    # a count whose sentence names the one party, though no actor was bound to it
    text = "After a long night of counting the Conservatives secured a total of 364 seats."
    unbound = claim(text, "d.txt").model_copy(update={"actor": None})
    assert sources(align([won, unbound], Settings())) == [["a.txt", "d.txt"]]


def test_vote_shares_that_name_no_holder_are_not_compared() -> None:
    # whose share each is, neither sentence says: two parties' shares as often as one's
    one = claim("He won about 40 per cent of the vote on Saturday.", "a.txt")
    other = claim("His closest rival was in second place with 33.4 percent of the vote.", "b.txt")
    assert align([one, other], Settings()) == []


def test_a_count_for_one_town_is_not_the_count_for_the_whole_area() -> None:
    town = claim("In Niigata city, about 6,800 homes were without electricity.", "a.txt")
    whole = claim("More than 12,000 homes across the prefecture lost power.", "b.txt")
    assert align([town, whole], Settings()) == []
    unstated = claim("About 9,000 homes lost power, the utility said.", "c.txt")
    assert sources(align([whole, unstated], Settings())) == [["b.txt", "c.txt"]]


def test_a_mover_named_in_part_is_the_same_mover() -> None:
    settings = Settings()
    first = claims_of("Cordell Semiconductor's shares closed 24.5% lower on Tuesday.", "a.txt")
    second = claims_of("Rivals were steady while Cordell closed down 22% on Tuesday.", "b.txt")
    assert sources(align([*first, *second], settings)) == [["a.txt", "b.txt"]]


def test_a_move_that_names_no_moment_is_not_compared_with_the_close() -> None:
    settings = Settings()
    first = claims_of("Cordell Semiconductor's shares closed 24.5% lower on Tuesday.", "a.txt")
    second = claims_of("Rivals were steady while Cordell tumbled 22% on Tuesday.", "b.txt")
    assert sources(align([*first, *second], settings)) == []  # no group holds both


@pytest.mark.parametrize(("second", "conflicts"), [("two", 0), ("one", 1)])
def test_parts_that_add_up_to_another_reports_whole_are_no_conflict(
    tmp_path: Path, second: str, conflicts: int
) -> None:
    (tmp_path / "a.txt").write_text(
        "Party shooting\n\nFive people were shot overnight at a party above a tattoo parlor.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Gunfire at party\n\nThree people who had been shot were taken by ambulance to the "
        f"hospital and {second} people who had been shot went by private car.\n"
    )
    report = check([str(tmp_path)], Settings(one_story=True))
    assert len(report.conflicts) == conflicts


def test_frames_alike_only_in_their_figures_words_are_two_claims() -> None:
    """Short frames of money that count nothing score high on their shared '# francs':
    without a word of what they are about in common, they are two claims."""

    def first(text: str, source: str) -> Claim:
        s = Sentence(source=source, index=0, start=0, end=len(text), line=1, column=1, text=text)
        return make_claims(s, read_quantities(s, text), text)[0]

    sales = first("Sales 2.25 billion francs vs 2.49 billion.", "a.txt")
    fell = first("fell 1.60 billion francs to 1.04 billion.", "b.txt")
    assert align([sales, fell], DEFAULTS) == []
    again = first("Sales 2.31 billion francs vs 2.49 billion.", "b.txt")
    assert len(align([sales, again], DEFAULTS)) == 1


def test_responders_counted_by_what_they_did_are_not_one_claim() -> None:
    # Of one stop's three troopers, two fell and at least two ran back: subsets of one
    # group at the scene, not reports of one count.
    whole = claim("The video shows three troopers approaching the car.", "a.txt")
    fell = claim("The shots caused two troopers to fall to the ground.", "b.txt")
    assert whole.counted == fell.counted == "trooper"
    assert align([whole, fell], DEFAULTS) == []


def test_responders_in_near_verbatim_frames_are_one_claim() -> None:
    a = claim("Three officers have been placed on administrative leave.", "a.txt")
    b = claim("Four officers have been placed on administrative leave.", "b.txt")
    assert a.counted == b.counted == "officer"
    assert align([a, b], DEFAULTS) == [[a, b]]


def test_the_stamps_of_counts_are_never_compared() -> None:
    """'457,000 without power as of noon Thursday' and '403,397 as of 6:30 a.m.': two
    readings' hours, not two times of one event."""
    from tests.texts import plain_source

    from crosscheck.align import block_key
    from crosscheck.reads import read_claims

    claims = read_claims(plain_source("As of noon Thursday, 457,000 homes were without power."))
    (stamp,) = [c for c in claims.claims if c.counted == "time of count"]
    assert block_key(stamp) is None
