"""Tests for crosscheck.normalize: fold, american, matching_form."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.normalize import american, fold, matching_form, matching_forms

# Text that exercises every folded class next to ordinary text.
TRICKY = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(
            "\u2018\u2019\u201c\u201d\u2032\u2033\u2013\u2014\u2212\ufe58\uff0d\u00a0\u202f"
            "\u2009\u200b\u200d\u2060\ufeff\uff21\uff41\uff11\uff05\u00b2\u00bd\ufb01\u0301"
            "\u1e9e\u0130\u03a3\u00df"
        ),
        st.sampled_from("Defence defence DEFENCE ageing Travelling  \n\t-"),
    ),
    max_size=60,
)


# --- fold ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Minister\u2019s \u2018visit\u2019", "Minister's 'visit'"),
        ("\u201cfew\u201d \u201elow\u201f", '"few" "low"'),
        ("5\u2032 11\u2033", "5' 11\""),
        ("25,000\u201330,000", "25,000-30,000"),
        ("a\u2010b\u2011c\u2012d\u2014e\u2015f\u2212g\ufe58h\ufe63i\uff0dj", "a-b-c-d-e-f-g-h-i-j"),
        ("11\u00a0000 and 11\u202f000 and 11\u2009000", "11 000 and 11 000 and 11 000"),
        ("a\u200bb\u200cc\u200dd\u2060e\ufefff", "a b c d e f"),
        ("\uff35\uff33\uff04\uff11\uff0e\uff17\uff42\uff4e", "US$1.7bn"),
    ],
)
def test_fold_maps_look_alikes(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@pytest.mark.parametrize("kept", ["km\u00b2", "\u00bd", "\ufb01", "e\u0301", "\u2026", "\u00e9"])
def test_fold_keeps_characters_that_are_not_plain_look_alikes(kept: str) -> None:
    assert fold(kept) == kept


def test_fold_maps_every_unicode_space_separator() -> None:
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Zs"]
    assert fold("".join(spaces)) == " " * len(spaces)


def test_fold_maps_all_fullwidth_ascii() -> None:
    fullwidth = "".join(chr(c) for c in range(0xFF01, 0xFF5F))
    assert fold(fullwidth) == "".join(chr(c) for c in range(0x21, 0x7F))


@given(st.text())
def test_fold_preserves_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(TRICKY)
def test_fold_preserves_length_on_folded_characters(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(TRICKY)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


# --- american ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("british", "us"),
    [
        ("defence", "defense"),
        ("Defence", "Defense"),
        ("DEFENCE", "DEFENSE"),
        ("Russian Defence Minister", "Russian Defense Minister"),
        ("ageing tanks", "aging tanks"),
        ("Travelling", "Traveling"),
        ("the Organisation's budget", "the Organization's budget"),
        ("non-unionised", "non-unionized"),
        ("5 kilometres", "5 kilometers"),
    ],
)
def test_american_replaces_whole_words_keeping_case(british: str, us: str) -> None:
    assert american(british) == us


@pytest.mark.parametrize("text", ["defenceman", "colourway", "kerb", "2defence", "defence_x"])
def test_american_leaves_unlisted_words_and_word_parts(text: str) -> None:
    assert american(text) == text


def test_american_leaves_american_text_alone() -> None:
    text = "The Defense Ministry organized a program for aging tanks."
    assert american(text) == text


@given(TRICKY)
def test_american_never_changes_anything_but_letters(text: str) -> None:
    result = american(text)
    assert [c for c in result if not c.isalpha()] == [c for c in text if not c.isalpha()]


# --- matching_form --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "form"),
    [
        ("Russian Defence  Minister\u2019s visit", "russian defense minister's visit"),
        ("  North\u00a0Korean\n\ttroops  ", "north korean troops"),
        ("25,000\u201330,000 SOLDIERS", "25,000-30,000 soldiers"),
        ("\uff35\uff33 troops", "us troops"),
        ("Stra\u00dfe", "strasse"),
        ("", ""),
    ],
)
def test_matching_form(raw: str, form: str) -> None:
    assert matching_form(raw) == form


@given(st.text())
def test_matching_form_is_idempotent(text: str) -> None:
    form = matching_form(text)
    assert matching_form(form) == form


@given(TRICKY)
def test_matching_form_is_idempotent_on_tricky_text(text: str) -> None:
    form = matching_form(text)
    assert matching_form(form) == form


@given(st.lists(TRICKY.map(lambda t: t.replace("\n", " ")), max_size=6))
def test_matching_forms_of_lines_are_each_line_alone(lines: list[str]) -> None:
    assert matching_forms(lines) == [matching_form(line) for line in lines]


@given(st.lists(st.sampled_from(["Defence", "centre", "\u017f", "\u0301", " ", "\n", "x"])))
def test_matching_forms_of_lines_with_breaks(parts: list[str]) -> None:
    lines = ["".join(parts), "a\nb", "".join(reversed(parts))]
    assert matching_forms(lines) == [matching_form(line) for line in lines]


@given(TRICKY)
def test_matching_form_is_tidy(text: str) -> None:
    form = matching_form(text)
    assert form == form.strip()
    assert "  " not in form
    assert not any(c.isspace() and c != " " for c in form)


def test_american_leaves_look_alike_letters_alone() -> None:
    # "ſ" (long s) matches "s" when case is ignored, but is no British spelling.
    text = "They organise, organiſe and ORGANISE."
    assert american(text) == "They organize, organiſe and ORGANIZE."
