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
