"""Whose seats a figure counts, and seat figures that are no party's tally."""

from __future__ import annotations

import pytest

from crosscheck.elections import first_round, seat_holder, seat_kind, share_holder


@pytest.mark.parametrize(
    ("sentence", "figure", "holder"),
    [
        ("The BJP-led NDA was hovering around 292 seats, as of 8.30 pm.", "292", "nda"),
        ("The opposition INDIA bloc was leading in 232 seats.", "232", "india"),
        ("the BJP winning 240 of the 543 seats and the Congress 99", "99", "congress"),
        ("Nitish Kumar's JD(U), which won 16 and 12 seats in Bihar", "12", "jd(u)"),
        ("Labour won 412 seats at the 1997 general election.", "412", "labour"),
        # a faction's initial after a hyphen; a name with one ("League-Nawaz (PML-N)")
        ("Sharif-led PML-N, which hoped for a clear win, won only 75 seats", "75", "pml-n"),
        ("Pakistan Muslim League-Nawaz (PML-N) with 75 seats", "75", "pml-n"),
        # a party's backed candidates are its seats, even with an agency's acronym
        ("with PTI-backed independents emerging victorious in 102 seats", "102", "pti"),
        ("New Delhi, June 4 (PTI) Counting was held for 542 seats", "542", None),
        # the holder named after the seats given to it
        ("PPP 44 and 12 seats going to smaller parties", "12", "others"),
        ("while 17 national assembly seats went to MQM-P.", "17", "mqm-p"),
        # no party named: a threshold, a count of seats, a unit of time
        ("A party or a coalition needs to win at least 272 seats.", "272", None),
        ("Counting was held for 542 seats at 10 GMT.", "542", None),
    ],
)
def test_the_party_named_nearest_before_holds_the_seats(
    sentence: str, figure: str, holder: str | None
) -> None:
    assert seat_holder(sentence, sentence.index(figure)) == holder


@pytest.mark.parametrize(
    ("sentence", "figure", "kind"),
    [
        ("falling 32 seats short of the 272 majority mark", "32", "short"),
        ("falling 32 seats short of the 272 majority mark", "272", "needed"),
        ("this time we will cross 400 seats", "400", "target"),
        ("The party won 240 seats.", "240", None),
    ],
)
def test_shortfalls_thresholds_and_targets_are_no_tally(
    sentence: str, figure: str, kind: str | None
) -> None:
    at = sentence.index(figure)
    assert seat_kind(sentence, at, at + len(figure)) == kind


@pytest.mark.parametrize(
    ("sentence", "figure", "holder"),
    [
        ("the ANC's share of the vote currently stands at 40.25%", "40.25", "anc"),
        (
            "The ANC, which led the fight to free South Africa from apartheid, won 159 seats in "
            "the 400-member national assembly on a vote share of just over 40%",
            "40%",
            "anc",
        ),
        ("the African National Congress (ANC) party won roughly 41% of the votes", "41%", "anc"),
        ("The Labour Party gained 54.9 percent of the votes", "54.9", "labour"),
        # a party right before its share; several parties and none right before: no one
        ("Labour took 55.1%, the PN's 43.7%", "43.7", "pn"),
        ("Labour beat the PN and the AD with 55%", "55%", None),
        # people are no party
        ("Milei secured 55.8% of the votes, outstripping Sergio Massa", "55.8", None),
    ],
)
def test_a_vote_share_is_the_party_named_before_it(
    sentence: str, figure: str, holder: str | None
) -> None:
    assert share_holder(sentence, sentence.index(figure)) == holder


@pytest.mark.parametrize(
    ("sentence", "figure", "first"),
    [
        (
            "Despite Massa's victory in the Primary round with 38% of the votes, on this second "
            "round he just obtained the 44.7%",
            "38%",
            True,
        ),
        (
            "Despite Massa's victory in the Primary round with 38% of the votes, on this second "
            "round he just obtained the 44.7%",
            "44.7%",
            False,
        ),
        (
            "after in the general elections of October 22 Sergio Massa obtained 36.78%",
            "36.78",
            True,
        ),
        ("Milei won the run-off with 55.8%", "55.8", False),
    ],
)
def test_a_first_rounds_share_is_not_the_run_offs(sentence: str, figure: str, first: bool) -> None:
    assert first_round(sentence, sentence.index(figure)) is first


def test_a_party_named_in_the_clause_holds_the_share_before_any_body() -> None:
    t = "Data by the Electoral Commission indicates that the Labour Party won 56.08% of the vote"
    assert share_holder(t, t.index("56.08")) == "labour"
