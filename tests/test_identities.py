"""People across reports: a person described in one report and named in another."""

from __future__ import annotations

from pathlib import Path

from crosscheck.identities import fate
from crosscheck.pipeline import check

FIRST = (
    "Teen killed in Vista shooting\nPublished: 2016-06-06\n\n"
    "A shooting in Vista on Sunday night left a teenager dead, police said.\n\n"
    "The victim, a 16-year-old, died at the hospital, police said.\n"
)
NAMED = (
    "Vista teen named as shooting victim\nPublished: 2016-06-07\n\n"
    "Police on Monday named the teenager killed in Sunday night's Vista shooting.\n\n"
    "Edgar Sanchez, 15, was shot and killed outside a Vista home, police said.\n"
)
TWO_NAMED = NAMED.replace(
    "Edgar Sanchez, 15, was shot and killed",
    "Edgar Sanchez, 15, and Luis Ortega, 17, were shot and killed",
)


def _age_conflicts(tmp_path: Path, second: str) -> list[tuple[str, list[str]]]:
    (tmp_path / "a.txt").write_text(FIRST)
    (tmp_path / "b.txt").write_text(second)
    report = check([str(tmp_path)])
    return [
        (f.subject, [side.value for side in f.sides])
        for f in report.conflicts
        if any(c.quantity.kind.value == "age" for c in f.claims)
    ]


def test_the_one_victim_described_is_the_one_victim_named(tmp_path: Path) -> None:
    """Issue 14: "the victim, a 16-year-old" against "Edgar Sanchez, 15", one killed person
    given an age in each report."""
    assert _age_conflicts(tmp_path, NAMED) == [("age (Edgar Sanchez)", ["15 year", "16 year"])]


def test_a_described_victim_is_no_one_when_two_of_that_fate_are_named(tmp_path: Path) -> None:
    assert _age_conflicts(tmp_path, TWO_NAMED) == []


def test_a_fate_is_read_from_the_sentence_and_the_words_after_the_age() -> None:
    assert fate("The 54-year-old man injured in the shooting had surgery.") == "wounded"
    # care or a wound says the person was hurt, not whether they lived
    assert fate("Ann Lee, 38, was taken to a hospital.") == "harmed"
    assert fate("Deputies found Ann Lee, 38, with a single gunshot wound.") == "harmed"
    assert fate("Township woman, 47, dies of gunshot wound") == "killed"
    assert fate("Ann Lee, 38, died at the hospital.") == "killed"
    assert fate("Ann Lee, 38, shot two people dead.", 11) == "suspect"
    assert fate("Lee, 38, shot and killed his neighbour and was arrested.") is None
    assert fate("Ann Lee, 38, spoke to reporters.") is None


SUSPECT_DESCRIBED = (
    "Bank shooting in Louisville\nPublished: 2023-04-10\n\n"
    "Five people were killed at a bank in downtown Louisville on Monday.\n\n"
    "According to police, the suspect was a 23-year-old employee of the bank.\n"
)
SUSPECT_NAMED = (
    "Louisville bank gunman named\nPublished: 2023-04-11\n\n"
    "Police named the gunman in Monday's Louisville bank shooting.\n\n"
    "The shooter, 25-year-old bank employee Connor Sturgeon, was killed by police.\n"
)


def test_a_described_suspect_is_the_named_shooter_killed_by_police(tmp_path: Path) -> None:
    """Issue 14: "the suspect was a 23-year-old" against "The shooter, 25-year-old ...
    Connor Sturgeon, was killed by police": the role in apposition tells the named man's
    fate, though the sentence also tells a death (the suspect's own)."""
    (tmp_path / "a.txt").write_text(SUSPECT_DESCRIBED)
    (tmp_path / "b.txt").write_text(SUSPECT_NAMED)
    report = check([str(tmp_path)])
    found = [(f.subject, [s.value for s in f.sides]) for f in report.conflicts]
    assert ("age (Connor Sturgeon)", ["23 year", "25 year"]) in found


def test_a_role_in_apposition_tells_the_fate_of_the_person_given_the_age() -> None:
    text = "The gunman, identified as 19-year-old Bo Lee, died at the scene."
    assert fate(text, text.index("19-year-old") + len("19-year-old")) == "suspect"
    text = "The victim, 19-year-old Bo Lee, died at the scene."
    assert fate(text, text.index("19-year-old") + len("19-year-old")) == "killed"


HARMED_NAMED = (
    "Woman dies after shooting at home\nPublished: 2017-03-26\n\n"
    "Deputies were called to a home in Canton on Friday night.\n\n"
    "Upon arrival, deputies found Robin Lily, 49, with a single gunshot wound.\n\n"
    "She died at the hospital early on Saturday.\n"
)
KILLED_DESCRIBED = (
    "Canton woman dies of gunshot wound\nPublished: 2017-03-25\n\n"
    "Deputies say a 48-year-old woman has died after a shooting at her home on Friday.\n"
)


def test_a_person_found_wounded_is_the_one_another_report_says_died(tmp_path: Path) -> None:
    """Issue 14: "Robin Lily, 49, with a single gunshot wound" (the death told in a later
    sentence) against "a 48-year-old woman has died": a wound does not say she lived, so
    the one named person hurt is the one woman killed."""
    (tmp_path / "a.txt").write_text(KILLED_DESCRIBED)
    (tmp_path / "b.txt").write_text(HARMED_NAMED)
    report = check([str(tmp_path)])
    found = {(f.subject, tuple(s.value for s in f.sides)) for f in report.conflicts}
    assert ("age (Robin Lily)", ("48 year", "49 year")) in found


def test_a_harmed_name_is_not_taken_where_another_is_named_killed(tmp_path: Path) -> None:
    named_killed = HARMED_NAMED.replace(
        "She died at the hospital early on Saturday.",
        "Her husband, Tom Lily, 50, was killed.",
    )
    (tmp_path / "a.txt").write_text(KILLED_DESCRIBED)
    (tmp_path / "b.txt").write_text(named_killed)
    report = check([str(tmp_path)])
    assert not any("Robin Lily" in f.subject for f in report.conflicts)


def test_a_name_found_wounded_keeps_the_fate_another_report_states() -> None:
    """Issue 14: "Kay Wilkson, 54, had neck wounds" in one report and "54-year-old Kay
    Wilkson" among the killed in another: she is no candidate for "the 54-year-old man
    injured" of a third report."""
    from crosscheck.identities import HARMED, KILLED, _stated_elsewhere

    fates = {
        ("a", "valerie kay wilkson"): {HARMED},
        ("b", "kay wilkson"): {KILLED},
        ("c", "the man (hurt)"): {"wounded"},
    }
    assert _stated_elsewhere("valerie kay wilkson", fates) == {KILLED}
    assert _stated_elsewhere("randy frost", fates) == set()


TWO_GIRLS = (
    "Two girls shot in San Antonio\nPublished: 2016-06-02\n\n"
    "Police said 7-year-old Iris Lopez was shot in the head on the West Side on Wednesday "
    "night.\n\nA 5-year-old girl was shot in her bed on the East Side hours later, police said.\n"
)
GIRL_OF_SEVEN = (
    "Girl shot on West Side\nPublished: 2016-06-02\n\n"
    "A 7-year-old girl was shot in the head on the West Side on Wednesday night, police said.\n"
)
GIRL_OF_FIVE = (
    "Girl shot in her bed\nPublished: 2016-06-03\n\n"
    "A 5-year-old girl was shot in her bed on the East Side on Wednesday, police said.\n"
)


def test_a_description_is_no_one_where_a_report_tells_of_two_it_fits(tmp_path: Path) -> None:
    """Issue 15 (a folder of two shootings one night): a round-up names Iris, 7, and tells
    of a girl of 5; "a 7-year-old girl" and "a 5-year-old girl" of two other reports are
    two girls, not one girl given two ages."""
    for name, text in (("a.txt", TWO_GIRLS), ("b.txt", GIRL_OF_SEVEN), ("c.txt", GIRL_OF_FIVE)):
        (tmp_path / name).write_text(text)
    report = check([str(tmp_path)])
    assert not any(f.subject.startswith("age") for f in report.conflicts)


FIRE_A = (
    "Four children die in house fire\nPublished: 2022-06-21\n\n"
    "John Michael Mcluer, 12, and Odin Mcluer, 10, were killed in the fire.\n\n"
    "John Michael Mcluer, 55, was treated for burns at a hospital.\n"
)
FIRE_B = (
    "Children killed in fire named\nPublished: 2022-06-22\n\n"
    "The children killed were identified as John Michael Mcluer, 12, and Odin Mcluer, 10.\n\n"
    "Fire officials said John Michael Mcluer, 55, suffered burns.\n"
)
FIRE_C = (
    "Fire kills children\nPublished: 2022-06-22\n\n"
    "Firefighters found John Michael Mcluer, 12, inside the house.\n\n"
    "John Michael Mcluer, 55, escaped the fire with burns.\n"
)


def test_a_name_every_report_gives_two_ages_is_two_people(tmp_path: Path) -> None:
    """A father and a son of one name: every report gives both ages, so no report disputes
    another; one report alone giving two ages to a name still disputes itself."""
    for name, text in (("a.txt", FIRE_A), ("b.txt", FIRE_B)):
        (tmp_path / name).write_text(text)
    assert not any(f.subject.startswith("age") for f in check([str(tmp_path)]).conflicts)
    (tmp_path / "b.txt").write_text(FIRE_B.replace("John Michael Mcluer, 55", "Ann Mcluer, 55"))
    (tmp_path / "c.txt").write_text(FIRE_C.replace("John Michael Mcluer, 12", "Jo Mcluer, 12"))
    ages = [f for f in check([str(tmp_path)]).conflicts if f.subject.startswith("age")]
    assert [sorted(s.value for s in f.sides) for f in ages] == [["12 year", "55 year"]]
