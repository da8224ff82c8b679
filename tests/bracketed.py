"""Signal examples are sentences with the figure in brackets: "killed [three] and two"."""

from __future__ import annotations


def located(example: str) -> tuple[str, int, int]:
    """The example's text without the brackets, and the figure's start and end in it.

    >>> located("killed [three] and two")
    ('killed three and two', 7, 12)
    """
    before, rest = example.split("[", 1)
    figure, after = rest.split("]", 1)
    return before + figure + after, len(before), len(before) + len(figure)
