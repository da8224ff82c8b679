"""Who among the casualties a figure counts (wounds.py): every rule fires on its examples
and on none of its counter-examples, and a part so marked is not set against the whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.ingest import read_sources
from crosscheck.pipeline import check
from crosscheck.reads import read_claims
from crosscheck.settings import Settings
from crosscheck.wounds import REST_RULE, RULES, wound_qualifiers


def _after(example: str) -> str:
    return example.split("]", 1)[1]


@pytest.mark.parametrize(
    ("qualifier", "example", "fires"),
    [
        (r.qualifier, e, fires)
        for r in RULES
        for fires, examples in ((True, r.fires_on), (False, r.not_on))
        for e in examples
    ],
)
def test_rule_examples(qualifier: str, example: str, fires: bool) -> None:
    assert (qualifier in wound_qualifiers(_after(example))) is fires


def _conflicts(tmp_path: Path, a: str, b: str) -> list[str]:
    (tmp_path / "a.txt").write_text(a)
    (tmp_path / "b.txt").write_text(b)
    report = check([str(tmp_path)], Settings(one_story=True))
    return [f.subject for f in report.conflicts]


def test_officers_hurt_are_a_part_of_everyone_hurt(tmp_path: Path) -> None:
    whole = (
        "A gunman opened fire at a bank in Louisville on Monday. Five people were killed "
        "and eight others were injured in the shooting at the bank, police said.\n"
    )
    part = (
        "A gunman opened fire at a bank in Louisville on Monday, police said. Five people "
        "were killed at the bank. Two officers were injured in the shooting.\n"
    )
    assert "injured" not in _conflicts(tmp_path, whole, part)


def test_responders_listed_in_a_casualty_count_share_its_fate(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "A gunman opened fire at a bank on Monday. Eight others were injured, including "
        "three police officers, police said.\n"
    )
    (tmp_path / "b.txt").write_text(
        "A gunman opened fire at a bank on Monday. Two officers were injured.\n"
    )
    sources, _ = read_sources([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], Settings())
    read = {
        c.quantity.text: (c.counted, "officers" in c.qualifiers)
        for s in sources
        for c in read_claims(s).claims
    }
    assert read["Eight"] == ("injured", False)
    assert read["three"] == ("injured", True)
    assert read["Two"] == ("injured", True)


@pytest.mark.parametrize(
    ("example", "fires"),
    [(e, True) for e in REST_RULE.fires_on] + [(e, False) for e in REST_RULE.not_on],
)
def test_rest_rule_examples(example: str, fires: bool) -> None:
    assert (REST_RULE.after.match(_after(example)) is not None) is fires


def test_the_rest_of_a_group_is_not_set_against_the_whole_group(tmp_path: Path) -> None:
    whole = (
        "Two women were dead and three others wounded after gunfire at a birthday party in "
        'Vallejo on Tuesday. Vallejo police tweeted "a total of five gun shot wound '
        "victims confirmed, 4 adults and one child, two adult female victims are "
        'deceased."\n'
    )
    rest = (
        "Police say two women were killed at a birthday party in Vallejo on Tuesday. The "
        "Vallejo Police Department says in a statement two other adults and a 10-year-old "
        "child were wounded.\n"
    )
    assert "adult" not in _conflicts(tmp_path, whole, rest)


def test_the_injuries_a_person_suffered_are_wounds_not_people() -> None:
    from tests.texts import plain_source

    from crosscheck.reads import read_claims

    def counted(text: str) -> list[str | None]:
        return [c.counted for c in read_claims(plain_source(text)).claims]

    assert counted("The student sustained two injuries: one to an upper extremity.") == ["wounds"]
    assert counted("The blast caused 40 injuries, officials said.") == ["injured"]
