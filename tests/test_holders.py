"""Whose share of the vote a figure is, and which opinion poll measured it."""

from __future__ import annotations

import pytest

from crosscheck.align import align, block_key
from crosscheck.claims import make_claims
from crosscheck.holders import pollster
from crosscheck.models import Claim, Sentence
from crosscheck.quantities import read_quantities
from crosscheck.settings import Settings


def claims_of(text: str, source: str) -> list[Claim]:
    sentence = Sentence(source=source, index=0, start=0, end=len(text), line=1, column=1, text=text)
    return make_claims(sentence, read_quantities(sentence, text), text)


@pytest.mark.parametrize(
    ("sentence", "poll"),
    [
        ("The MORI poll showed the Conservatives with 41 pct of the vote.", "poll mori"),
        ("The Sunday Express said its poll found the Tories on 35.6 pct.", "poll sunday express"),
        ("A survey by Gallup put the Democrats at 48%.", "poll gallup"),
        ("In that survey, the Conservatives had 39 pct of the vote.", "poll"),
        # no opinion poll: an agency's name, the vote itself
        ("The U.S. Geological Survey said the quake measured 7.8.", None),
        ("Turnout was 67% as voters went to the polls.", None),
    ],
)
def test_the_poll_a_sentence_cites_and_its_pollster(sentence: str, poll: str | None) -> None:
    assert pollster(sentence) == poll


def test_each_partys_share_of_the_vote_is_its_own() -> None:
    text = "The result gave the Conservatives 41 pct of the vote and Labour 35 pct of the vote."
    assert [c.actor for c in claims_of(text, "a.txt")] == ["conservatives", "labour"]


def test_shares_from_other_polls_are_other_claims() -> None:
    mori = claims_of("The MORI poll showed the Conservatives with 41 pct of the vote.", "a.txt")
    express = claims_of(
        "The Sunday Express said its poll found the Conservatives with 35.6 pct of the vote.",
        "b.txt",
    )
    assert align([*mori, *express], Settings()) == []
    # the same poll reported by two outlets is one claim
    again = claims_of("A MORI poll gave the Conservatives 40 pct of the vote.", "c.txt")
    (group,) = align([*mori, *express, *again], Settings())
    assert {c.source for c in group} == {"a.txt", "c.txt"}


def test_a_share_from_an_unnamed_poll_is_not_compared() -> None:
    (unnamed,) = claims_of("In that survey, the Conservatives had 39 pct of the vote.", "a.txt")
    assert block_key(unnamed) is None


def test_a_party_named_with_or_without_its_party_word_holds_one_share() -> None:
    (named,) = claims_of("The Labour Party gained 54.9 percent of the votes.", "a.txt")
    (short,) = claims_of("Labour took 55% of the popular vote.", "b.txt")
    assert named.actor == short.actor == "labour"


def test_contracts_traded_whose_market_is_not_named_are_not_compared() -> None:
    (volume,) = [
        c
        for c in claims_of("Oats volume tripled to 27,662 contracts in February.", "a.txt")
        if c.counted == "contract"
    ]
    assert volume.actor is None
    assert block_key(volume) is None
