"""Figures of another incident told as background (background.py): every rule fires on its
examples and on none of its counter-examples, and such figures are not set against the
story's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.background import RULES
from crosscheck.pipeline import check
from crosscheck.settings import Settings


@pytest.mark.parametrize(
    ("rule", "example", "fires"),
    [
        (r, e, fires)
        for r in RULES
        for fires, examples in ((True, r.fires_on), (False, r.not_on))
        for e in examples
    ],
    ids=lambda x: getattr(x, "name", None) or str(x)[:40],
)
def test_rule_examples(rule, example: str, fires: bool) -> None:  # type: ignore[no-untyped-def]
    after = example.split("]", 1)[1]
    assert (rule.after.match(after) is not None) is fires


def _subjects(tmp_path: Path, a: str, b: str) -> list[str]:
    (tmp_path / "a.txt").write_text(a)
    (tmp_path / "b.txt").write_text(b)
    return [f.subject for f in check([str(tmp_path)], Settings(one_story=True)).conflicts]


_OWN = (
    "Published: 2023-06-12\n\nOne person was killed and six others were injured in a "
    "shooting at a birthday party in Antioch early Sunday, police said.\n"
)


def test_a_toll_at_another_place_is_another_incidents(tmp_path: Path) -> None:
    other = (
        "Published: 2023-06-12\n\nOne person was killed at a birthday party in Antioch early "
        "Sunday, police said. The shooting came two months after 32 people were injured "
        "at another California party.\n"
    )
    assert "injured" not in _subjects(tmp_path, _OWN, other)


def test_a_paragraph_opening_on_an_earlier_month_is_another_incidents(tmp_path: Path) -> None:
    other = (
        "Published: 2023-06-12\n\nOne person was killed at a birthday party in Antioch early "
        "Sunday, police said. In April, 89 shell casings were found at a Sweet 16 mass "
        "shooting in Dadeville, Alabama. Four people died and 32 were injured there.\n"
    )
    assert "injured" not in _subjects(tmp_path, _OWN, other)


def test_the_storys_own_month_is_not_an_earlier_incident(tmp_path: Path) -> None:
    # a follow-up names the month of the story's shooting: still the story's toll
    later = (
        "Published: 2023-06-20\n\nIn June, a gunman opened fire at a birthday party in "
        "Antioch. One person was killed and seven were injured.\n"
    )
    assert "injured" in _subjects(tmp_path, _OWN, later)
