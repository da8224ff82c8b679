"""A count of times is of the thing named before it in its clause."""

from __future__ import annotations

import pytest
from tests.bracketed import located

from crosscheck.repeats import object_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He won the Ballon d'Or for best footballer of the year [five] times.", "ballon d'or"),
        ("lift the Champions League [four] times with Real Madrid", "champions league"),
        ("She has visited China [three] times since 2019.", "china"),
        ("He has done it [four] times.", None),
        ("Paris, he said, had been hit [two] times.", None),
    ],
)
def test_object_of(text: str, expected: str | None) -> None:
    plain, start, _ = located(text)
    assert object_of(plain, start) == expected
