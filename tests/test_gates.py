"""The shortcuts that skip work must never change what is read (issue 19): each gate lets
through every window its pattern matches, and the indexed clause reading of a long
sentence gives the tokens the plain one does."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import (
    ages,
    aspects,
    bounds,
    deal_values,
    designations,
    grammar,
    measure_words,
    measures,
    normalize,
    number_words,
    parts,
    periods,
    phrases,
    quantities,
    results,
    scope,
    signals,
)
from crosscheck.lexicon import spelling
from crosscheck.normalize import Gate, Window, fold

ROOT = Path(__file__).resolve().parent.parent

# Every gated pattern, with its gate.
GATED: list[tuple[str, re.Pattern[str], Gate]] = [
    ("additive", signals._ADDITIVE_BEFORE, signals._ADDITIVE_GATE),
    ("change", signals._CHANGE_BEFORE, signals._CHANGE_GATE),
    ("change from", signals._CHANGE_FROM, signals._CHANGE_FROM_GATE),
    ("change to from", signals._CHANGE_TO_FROM, signals._CHANGE_TO_FROM_GATE),
    ("window", signals._WINDOW, signals._WINDOW_GATE),
    ("previous", signals._PREVIOUS_BEFORE, signals._PREVIOUS_GATE),
    ("previous event", signals._PREVIOUS_EVENT, signals._PREVIOUS_EVENT_GATE),
    ("comparison", signals._COMPARISON_BEFORE, signals._COMPARISON_GATE),
    ("targets", signals._TARGETS, signals._TARGETS_GATE),
    ("elsewhere", signals._ELSEWHERE, signals._ELSEWHERE_GATE),
    ("hypothetical", signals._HYPOTHETICAL_BEFORE, signals._HYPOTHETICAL_GATE),
    ("threshold", signals._THRESHOLD_BEFORE, signals._THRESHOLD_GATE),
    ("advance", signals._ADVANCE_BEFORE, signals._ADVANCE_GATE),
    ("contribute", signals._CONTRIBUTE, signals._CONTRIBUTE_GATE),
    ("population", phrases._POPULATION_BEFORE, phrases._POPULATION_GATE),
    ("study", phrases._STUDY_BEFORE, phrases._STUDY_GATE),
    ("hedge", bounds._HEDGE, bounds._HEDGE_GATE),
    ("range open", bounds._RANGE_OPEN, bounds._RANGE_OPEN_GATE),
    ("change verb", bounds._CHANGE_VERB, bounds._CHANGE_VERB_GATE),
    ("magnitude", quantities._MAGNITUDE_BEFORE, quantities._MAGNITUDE_GATE),
    ("minus", quantities._MINUS_BEFORE, quantities._MINUS_GATE),
    ("year determiner", quantities._YEAR_DETERMINER, quantities._YEAR_DETERMINER_GATE),
    ("ratio", designations.RATIO_BEFORE, designations.RATIO_GATE),
    ("call", designations._CALL_BEFORE, designations._CALL_GATE),
    ("of designation", designations._OF_DESIGNATION, designations._OF_DESIGNATION_GATE),
    ("age", ages._AGE_BEFORE, ages._AGE_GATE),
    ("age group", ages._AGE_GROUP_BEFORE, ages._AGE_GROUP_GATE),
    ("separate", signals._SEPARATE, Gate(holds=signals._SEPARATE_WORDS)),
    ("parts", results._PARTS, Gate(holds=results._PART_NOUNS)),
    ("adjusted", results._ADJUSTED, Gate(holds=results._BASIS_WORDS)),
    ("gaap", results._GAAP, Gate(holds=results._BASIS_WORDS)),
    ("vague", number_words._VAGUE, Gate(holds=number_words.VAGUE_WORDS)),
    *(
        (f"{signal.name}, {side}", pattern, gate)
        for signal in (*scope.SIGNALS, *aspects.ASPECTS, *results.SIGNALS, *deal_values.SIGNALS)
        for side, pattern, gate in (
            ("before", signal.before, signal.before_gate),
            ("after", signal.after, signal.after_gate),
        )
        if pattern is not None and gate is not None
    ),
]
# Case-sensitive patterns gated by what the text before, space stripped, ends with.
ENDS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (measures._PREFIX_CURRENCY, measures._PREFIX_CURRENCY_ENDS),
    (designations._ID_PART_BEFORE, ("-", "/")),
    (ages._AGE_APPOSITION, (",",)),
    (ages._AGE_WAS_BEFORE, ("was", "is")),
    (ages._AGE_IN_BRACKETS_BEFORE, ("(",)),
]


def _words_of(pattern: re.Pattern[str]) -> list[str]:
    return sorted(set(re.findall(r"[A-Za-z][a-z-]*", pattern.pattern)))


def _windows(pattern: re.Pattern[str]) -> st.SearchStrategy[str]:
    """Text made of the pattern's own words, in any case, between spaces, punctuation and
    the characters re.IGNORECASE reads as ASCII letters."""
    word = st.sampled_from(_words_of(pattern)).flatmap(
        lambda w: st.sampled_from([w, w.upper(), w.capitalize()])
    )
    other = st.sampled_from(
        [" ", "  ", "\n", " \n", ",", ".", ";", "(", ")", "-", "5", "2019", "\u017f", "\u212a"]
    )
    return st.lists(st.one_of(word, other, st.text(max_size=3)), max_size=14).map("".join)


@pytest.mark.parametrize(("name", "pattern", "gate"), GATED, ids=[g[0] for g in GATED])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_gate_passes_every_match(
    name: str, pattern: re.Pattern[str], gate: Gate, data: st.DataObject
) -> None:
    text = data.draw(_windows(pattern))
    if pattern.search(text):
        assert Window(text).may(gate), (name, text)


# Patterns skipped on a whole sentence by a test of it: (name, pattern, test).
SENTENCE_TESTS: list[tuple[str, re.Pattern[str], Callable[[str], bool]]] = [
    ("word scale", number_words.WORD_SCALE, number_words.may_scale),
    ("product line", parts._PRODUCT_LINE, parts._may_name_line),
    ("segment", parts._SEGMENT, parts._may_name_line),
]


@pytest.mark.parametrize(
    ("name", "pattern", "may"), SENTENCE_TESTS, ids=[t[0] for t in SENTENCE_TESTS]
)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_sentence_test_passes_every_match(
    name: str, pattern: re.Pattern[str], may: Callable[[str], bool], data: st.DataObject
) -> None:
    text = data.draw(_windows(pattern))
    if pattern.search(text):
        assert may(text), (name, text)


def test_sentence_tests_on_the_fixtures() -> None:
    for text in _fixture_texts():
        for line in text.splitlines():
            for name, pattern, may in SENTENCE_TESTS:
                if pattern.search(line):
                    assert may(line), (name, line)


def _fixture_texts() -> list[str]:
    paths = sorted((ROOT / "fixtures").rglob("*.txt")) + sorted((ROOT / "seeds").rglob("*"))
    return [fold(p.read_text(encoding="utf-8", errors="replace")) for p in paths if p.is_file()]


def test_gates_on_every_window_of_the_fixtures() -> None:
    """The 60 characters before every digit of every fixture and seed text."""
    for text in _fixture_texts():
        for m in re.finditer(r"\d", text):
            before = text[max(0, m.start() - 60) : m.start()]
            window = Window(before)
            for name, pattern, gate in GATED:
                if pattern.search(before):
                    assert window.may(gate), (name, before)
            for pattern, ends in ENDS:
                if pattern.search(before):
                    assert before.rstrip().endswith(ends), (pattern.pattern, before)
            assert _spans(measures.prefix_currency(before)) == _spans(
                measures._PREFIX_CURRENCY.search(before)
            ), before


def _spans(m: re.Match[str] | None) -> object:
    return m and (m.span(), m.groupdict())


@given(st.text(alphabet=st.sampled_from("US.$AR€sED \n,x1"), max_size=30))
@settings(max_examples=500, deadline=None)
def test_prefix_currency_reads_only_the_end(before: str) -> None:
    found = measures._PREFIX_CURRENCY.search(before)
    assert _spans(measures.prefix_currency(before)) == _spans(found), before


@pytest.mark.parametrize(("pattern", "ends"), ENDS, ids=[str(i) for i in range(len(ENDS))])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_ends_pass_every_match(
    pattern: re.Pattern[str], ends: tuple[str, ...], data: st.DataObject
) -> None:
    word = st.sampled_from([*_words_of(pattern), *ends, "Rico Doyle", "Ann Lee", "1999"])
    other = st.sampled_from([" ", "\n", " \n", ",", "(", "-", "/", "$", "5", "16-"])
    text = data.draw(st.lists(st.one_of(word, other), max_size=10).map("".join))
    if pattern.search(text):
        assert text.rstrip().endswith(ends), text


@given(st.lists(st.sampled_from(["(", ")", ",", "which", "Who", "rate", "core", "."]), max_size=40))
@settings(max_examples=500, deadline=None)
def test_clauses_tail_is_the_plain_reading(words: list[str]) -> None:
    tokens = [grammar.Token(w, i, i + 1) for i, w in enumerate(words)]
    indexed = grammar.Clauses(tokens)
    for n in range(len(tokens) + 1):
        for count in (1, 3, measure_words.MEASURE_BEFORE_WORDS):
            expected = grammar.without_relative_clauses(tokens[:n])[-count:]
            assert indexed.tail(n, count) == expected, (words[:n], count)


def _spans_of(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _texts_of(*pieces: str, max_size: int = 14) -> st.SearchStrategy[str]:
    """Texts joined from ``pieces``: where a search and its faster form are compared."""
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


@given(
    _texts_of(
        *("one", "Twenty", "six", "sixteen", "oneself", "hundred", "and", "MILLION"),
        *("billion", "score", "dozen", "eleven", "-", " ", "  and ", "5", ",", "x"),
        *("\u017fix", "\u0130", "ni\u0307ne"),
        max_size=14,
    )
)
@settings(max_examples=500, deadline=None)
def test_spelled_numbers_found_from_word_starts_are_the_full_scan(text: str) -> None:
    assert _spans_of(number_words.spelled(text)) == _spans_of(number_words.SPELLED.finditer(text))


def test_spelled_numbers_of_the_fixtures_are_the_full_scan() -> None:
    for text in _fixture_texts():
        for line in text.splitlines():
            found = _spans_of(number_words.spelled(line))
            assert found == _spans_of(number_words.SPELLED.finditer(line)), line


def _american_by_pattern(text: str) -> str:
    """``normalize.american`` as the one search of the British words it holds."""
    variants = spelling()
    present = variants.keys() & normalize._words(text.lower())
    if not present:
        return text
    return normalize._words_pattern(frozenset(present)).sub(
        lambda m: normalize._with_case_of(m.group(), variants[m.group().lower()]), text
    )


@given(
    _texts_of(
        *("defence", "Centre", "CENTRES", "travelled", "colour", "honour", "ageing"),
        *("defences", "x", "_", "1", " ", "-", ",", "'", "\n", "s"),
        max_size=14,
    )
)
@settings(max_examples=500, deadline=None)
def test_american_of_ascii_text_is_the_pattern_search(text: str) -> None:
    assert normalize.american(text) == _american_by_pattern(text)


def test_american_of_the_fixtures_is_the_pattern_search() -> None:
    for text in _fixture_texts():
        assert normalize.american(text) == _american_by_pattern(text)
        assert normalize.american(text.lower()) == _american_by_pattern(text.lower())


@given(
    _texts_of(
        *("defence", "Centre", "CENTRES", "travelled", "colour", "honour", "ageing"),
        *("defences", "x", "_", "1", " ", " ", "-", ",", "'", "\n", "s", "\u00e9"),
        *("\u017f", "\u2019"),
        max_size=20,
    ),
    st.integers(min_value=1, max_value=12),
)
@settings(max_examples=500, deadline=None)
def test_american_in_pieces_is_american_of_the_whole(text: str, size: int) -> None:
    pieces = normalize.pieces_at_spaces(text, size)
    assert "".join(pieces) == text
    assert "".join(map(normalize._american, pieces)) == normalize._american(text)


def test_american_of_a_long_text_is_the_pattern_search() -> None:
    text = "\n".join(_fixture_texts()) * 2
    assert len(text) > normalize.AMERICAN_PIECE_CHARS
    assert normalize.american(text) == _american_by_pattern(text)
    assert normalize.american(text.lower()) == _american_by_pattern(text.lower())


@given(st.text(alphabet=st.sampled_from("abZ_1 ,'-\n\u00e9"), max_size=30))
@settings(max_examples=500, deadline=None)
def test_lower_words_are_the_pattern_search(text: str) -> None:
    assert normalize.lower_words(text) == normalize._LOWER_WORD.findall(text)


def test_lower_words_of_the_fixtures_are_the_pattern_search() -> None:
    for text in _fixture_texts():
        assert normalize.lower_words(text) == normalize._LOWER_WORD.findall(text)


def _periods_by_case_blind_search(text: str) -> list[tuple[int, str]]:
    found = []
    for m in periods._PERIOD.finditer(text):
        name = periods._period_name(m)
        if name is not None:
            found.append((m.start(), name))
    return found


@given(
    _texts_of(
        *("First-Half", "QUARTER", "the", "Four", "weeks", "Ended", "May", "March"),
        *("fiscal", "Year", "to", "date", "H1", "13", "9M", " ", "-", ",", "\u017f"),
        max_size=14,
    )
)
@settings(max_examples=500, deadline=None)
def test_periods_of_lowered_text_are_the_case_blind_search(text: str) -> None:
    assert periods._search_periods(text) == _periods_by_case_blind_search(text)


def test_periods_of_the_fixtures_are_the_case_blind_search() -> None:
    for text in _fixture_texts():
        for line in text.splitlines():
            assert periods._search_periods(line) == _periods_by_case_blind_search(line), line
