"""Every scope signal fires on its examples and on none of its counter-examples."""

from __future__ import annotations

import pytest

from crosscheck.scope import SIGNALS, scope_qualifiers


def _split(example: str) -> tuple[str, str]:
    before, rest = example.split("[", 1)
    return before, rest.split("]", 1)[1]


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
    assert (qualifier in scope_qualifiers(*_split(example))) is fires


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
