"""Every part rule fires on its examples and on none of its counter-examples."""

from __future__ import annotations

import re

import pytest

from bracketed import located
from crosscheck.parts import RULES, part_rules


@pytest.mark.parametrize(
    ("name", "example", "fires"),
    [
        (r.name, e, fires)
        for r in RULES
        for fires, examples in ((True, r.fires_on), (False, r.not_on))
        for e in examples
    ],
)
def test_rule_examples(name: str, example: str, fires: bool) -> None:
    text, start, end = located(example)
    assert (name in part_rules(text[:start], text[end:])) is fires


@pytest.mark.parametrize(
    ("sentence", "figure", "line"),
    [
        ("19,489 of the luxury class models Model S/X were built in Q2.", "19,489", "model s x"),
        ("With 460,211 Model 3 and Model Y vehicles produced", "460,211", "model 3 y"),
        ("Data Center revenue rose 171% to a record $10.32 billion.", "171%", "data center"),
        ("Gaming sales were $2.49 billion, up 22%.", "$2.49 billion", "gaming"),
        # the whole, a model year, a line named past another figure
        ("Tesla built 479,700 vehicles in the quarter.", "479,700", None),
        ("The 2024 Model Year cars sold 12,000 units.", "12,000", None),
        ("Model 3/Y output was 460,211 while the company built 479,700 in all.", "479,700", None),
    ],
)
def test_a_figure_of_one_line_of_business_is_that_lines(
    sentence: str, figure: str, line: str | None
) -> None:
    from crosscheck.parts import line_of

    at = sentence.index(figure)
    others = [(m.start(), m.end()) for m in re.finditer(r"\d[\d,.]*", sentence) if m.start() != at]
    found = line_of(sentence, at, at + len(figure), others)
    assert found == (None if line is None else f"segment {line}")


@pytest.mark.parametrize(
    ("sentence", "counted", "expected"),
    [
        ("About 2,000 people were inside when the upper floors jolted down.", "people", True),
        ("More than 3,000 garment workers were on shift when it collapsed.", "workers", True),
        ("About 2,000 people were evacuated from the area.", "people", False),
        ("More than 3,000 workers were injured.", "workers", False),
    ],
)
def test_people_inside_or_on_shift_are_the_people_present(
    sentence: str, counted: str, expected: bool
) -> None:
    from crosscheck.incidents import present
    from crosscheck.models import Bound, Claim, Quantity, Sentence

    s = Sentence(source="-", index=0, start=0, end=len(sentence), line=1, column=1, text=sentence)
    end = sentence.index(" ", sentence.index("0"))  # the figure ends at its last digit
    q = Quantity(
        text=sentence[:end], start=0, end=end, value=1.0, low=1.0, high=1.0, bound=Bound.EXACT
    )
    claim = Claim(
        source="-", sentence=s, quantity=q, counted=counted, counted_text=None, actor=None, frame=""
    )
    assert (present(claim).counted == "people present") is expected


def test_a_segment_the_company_names_is_a_line() -> None:
    from crosscheck.parts import line_of

    t = "Revenue in the Energy Generation and Storage segment rose 7% to $1.6 billion."
    at = t.index("$")
    assert line_of(t, at, at + 12, []) == "segment energy generation and storage"
    # a capitalised determiner names no segment
    t = "The segment's revenue rose to $1.6 billion."
    at = t.index("$")
    assert line_of(t, at, at + 12, []) is None


def test_ad_revenue_is_the_advertising_segments() -> None:
    from crosscheck.parts import line_of

    for t in (
        "In terms of ad revenue, Meta saw a jump to $35.4 billion.",
        "Advertising revenue was $35.6 billion.",
    ):
        at = t.index("$")
        assert line_of(t, at, at + 13, []) == "segment advertising"
