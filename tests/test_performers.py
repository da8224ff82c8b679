"""Whose own figure: the player or team a statistic of play is of, the defendant a prison
term is of, and the sentences that name none."""

from __future__ import annotations

import pytest
from tests.test_claims import claims_of

from bracketed import located
from crosscheck.performers import defendant_of, player_of, with_performers


@pytest.mark.parametrize(
    ("example", "holder"),
    [
        (
            "Chiefs quarterback Patrick Mahomes, 28, completed [34] of his 46 passes.",
            "patrick mahomes",
        ),
        (
            "San Francisco's quarterback Brock Purdy, 24, completed 23 of his [38] passes.",
            "brock purdy",
        ),
        ("Mahomes threw for 333 yards, while Travis Kelce caught [nine] passes.", "travis kelce"),
        ("LeBron James finished with 30 points, 10 rebounds and [eight] assists.", "lebron james"),
        (
            "Patrick Mahomes' outstanding performance of completing [34] of 46 passes",
            "patrick mahomes",
        ),
        ("Haaland has scored [36] goals in 35 appearances this season.", "haaland"),
        # no holder: a pronoun, an authority, no verb of play
        ("He completed [34] of 46 passes.", None),
        ("The Chiefs won 25-22 after [34] passes.", None),
        ("Police said the gunman fired [34] rounds.", None),
    ],
)
def test_player_of(example: str, holder: str | None) -> None:
    text, start, _ = located(example)
    assert player_of(text, start) == holder


@pytest.mark.parametrize(
    ("example", "holder"),
    [
        ("Judge Ann Boyd sentenced John Miller, 34, to [12 years] in prison.", "john miller"),
        ("His co-defendant, Mark Lee, was sentenced to [8 years].", "mark lee"),
        ("Lee received a [six-year] sentence.", "lee"),
        ("Holmes was sentenced on Friday to [11 years] in prison.", "holmes"),
        # no holder: a pronoun, a judge who gave it, a term of service
        ("He was sentenced to [12 years] in prison.", None),
        ("Judge Ann Boyd has served on the bench for [12 years].", None),
        ("Balwani, who spent [six years] as chief operating officer, was convicted.", None),
    ],
)
def test_defendant_of(example: str, holder: str | None) -> None:
    text, start, _ = located(example)
    assert defendant_of(text, start) == holder


def test_each_players_line_is_his_own() -> None:
    """Issue 14: Purdy's 38 passes do not dispute Mahomes' 46; 'Mahomes' and 'Patrick
    Mahomes' are one holder (a soft qualifier, names matched by their words); a part of a
    whole after 'of his' is the part ('23 of his 38 passes')."""
    text = (
        "Chiefs quarterback Patrick Mahomes completed 34 of his 46 passes, while Brock Purdy "
        "completed 23 of his 38 passes."
    )
    found = {c.quantity.text: c.qualifiers for c in with_performers(claims_of(text))}
    assert "of patrick mahomes" in found["34"] and "of patrick mahomes" in found["46"]
    assert "of brock purdy" in found["23"] and "of brock purdy" in found["38"]
    assert "whole" in found["38"] and "whole" not in found["23"]


def test_figures_of_no_play_or_term_are_left_alone() -> None:
    text = "Mark Lee had 3 children and scored 12 years ago."
    assert [c.qualifiers for c in with_performers(claims_of(text))] == [
        c.qualifiers for c in claims_of(text)
    ]


def test_a_defendants_term_is_a_hard_qualifier_and_probation_is_no_prison_term() -> None:
    text = "Actor Jussie Smollett was sentenced to five months in jail and 30 months of probation."
    found = {c.quantity.text: c.qualifiers for c in with_performers(claims_of(text))}
    assert "term of actor jussie smollett" in found["five months"]
    assert not any(q.startswith("term of") for q in found["30 months"])
