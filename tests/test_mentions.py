"""Who an age belongs to: the grammar of news, in either order, never a speaker, a place or
nobody in particular. Each row is a sentence as real reports write it, the age as written,
and its holder (None: not compared)."""

from __future__ import annotations

import pytest
from tests.texts import plain_source

from crosscheck.mentions import age_holder, one_per_source, shared_surnames
from crosscheck.models import QuantityKind, Source
from crosscheck.reads import read_claims

CASES = [
    # a generic noun given a decade of age, hurt
    (
        "One bullet struck and killed an unidentified adult woman in her 50s outside.",
        "50s",
        "the woman (hurt)",
    ),
    ("A man in his early 30s was seen running from the house.", "early 30s", None),
    # an apposition that hedges the age
    (
        "The victims were Ann Cole, 10, and Rita Cole, believed to be in her mid- to late 50s.",
        "mid- to late 50s",
        "rita cole",
    ),
    # after the figure
    (
        "Officers said 35-year-old Jamick Dakota Corley fired, said Sgt. Pat Doyle.",
        "35-year-old",
        "jamick dakota corley",
    ),
    (
        "Police said 22-year-old Jesse Dobbs of Vista died at the scene.",
        "22-year-old",
        "jesse dobbs",
    ),
    ("The gunman killed 42-year-old Ann Lee and 38-year-old Bo Park.", "42-year-old", "ann lee"),
    ("The gunman killed 42-year-old Ann Lee and 38-year-old Bo Park.", "38-year-old", "bo park"),
    ("A 19-year-old suspect, Dario Reyes, was arrested.", "19-year-old", "dario reyes"),
    # past an occupation and the words describing it, never past a verb
    (
        "The shooter, identified as 25-year-old bank employee Connor Sturgeon, died.",
        "25-year-old",
        "connor sturgeon",
    ),
    ("A 25-year-old man who shot Connor Lee was arrested.", "25-year-old", "the suspect"),
    # before it, in apposition, with any closing punctuation
    ("Police identified the men as Marcus Clark III, 27, and Luis Baez, 24.", "27", "marcus clark"),
    ("Police identified the men as Marcus Clark III, 27, and Luis Baez, 24.", "24", "luis baez"),
    # "of" after what befell a person names the person, not a place
    (
        "A hearing requested the immediate release of Norris Greenhouse Jr., 23.",
        "23",
        "norris greenhouse",
    ),
    ("Police found a man in Little Rock, 30, dead.", "30", None),
    ("The suspect, Tony Jackson, 40; was arrested.", "40", "tony jackson"),
    ("The fifth victim, Ana Dia Ruiz, 26 \u2014 who was shot \u2014 died.", "26", "ana dia ruiz"),
    ("He was identified as Edgar Sanchez (15).", "15", "edgar sanchez"),
    ("Kemp, a 43-year-old father of two, was remembered.", "43-year-old", "kemp"),
    ("Rico Doyle was 35.", "35", "rico doyle"),
    # a speaker or a body before the apposition is never its holder
    (
        "According to the Antioch Police Department, a 19-year-old male was hosting a party.",
        "19-year-old",
        None,
    ),
    ("According to Sgt. Pat Doyle, a 19-year-old man was shot.", "19-year-old", "the man (hurt)"),
    ("The Cook County Sheriff's Office, 19, said.", "19", None),
    ("According to police, Ann Lee, 30, was shot.", "30", "ann lee"),
    ("Ana Ruiz, 23, of Vista; Beto Cruz, 20, of Oceanside.", "20", "beto cruz"),
    # roles
    ("The victim, a 16-year-old, died at the hospital.", "16-year-old", "the victim"),
    (
        "According to police, the suspect was a 23-year-old employee of the bank.",
        "23-year-old",
        "the suspect",
    ),
    ("A 16-year-old boy and a 17-year-old girl were each charged.", "16-year-old", "the suspect"),
    # nobody in particular: never compared
    ("A 25-year-old man was shot in the leg.", "25-year-old", "the man (hurt)"),
    ("A 25-year-old man was seen running.", "25-year-old", None),
    ("A 31-year-old woman was taken to the hospital.", "31-year-old", "the woman (hurt)"),
    # a fate told with "has died", and a generic noun after its place, in a headline
    (
        "Deputies say a 48-year-old woman has died after being shot.",
        "48-year-old",
        "the woman (hurt)",
    ),
    ("Nimishillen Township woman, 47, dies of gunshot wound", "47", "the woman (hurt)"),
    # a nickname in quotes inside the name
    (
        'The sheriff reported the death of Mark "Cornbread" Cormier, 54, on Wednesday.',
        "54",
        "mark cormier",
    ),
    # capitalised words that describe the noun after them, not a name
    (
        "Police shot a 27-year-old Black man named Rayshard Brooks.",
        "27-year-old",
        "rayshard brooks",
    ),
    ("A 30-year-old Chicago man was shot on Sunday.", "30-year-old", "the man (hurt)"),
    ("A 25-year-old Hispanic woman was killed.", "25-year-old", "the woman (hurt)"),
    # a sentence's opening word is not part of the name after it
    ("In Humble, a 53-year-old man was killed when a tree fell.", "53-year-old", "the man (hurt)"),
    ("For Tony Chen, a 74-year-old retiree, the vote was simple.", "74-year-old", "tony chen"),
]


@pytest.mark.parametrize(("sentence", "figure", "holder"), CASES)
def test_an_age_goes_to_the_person_the_grammar_gives_it_to(
    sentence: str, figure: str, holder: str | None
) -> None:
    source = plain_source(sentence)
    ages = {
        c.quantity.text: c.actor
        for c in read_claims(source).claims
        if c.quantity.kind is QuantityKind.AGE
    }
    assert figure in ages, f"{figure!r} is read as an age"
    assert ages[figure] == holder
    start = sentence.index(figure)
    assert age_holder(sentence, start, start + len(figure)) == holder


def test_an_age_is_never_given_to_the_speaker_or_a_place() -> None:
    assert (
        _holder(
            "Little Rock police said 22-year-old Jesse Dobbs died, according to Lt. Ann Cole.",
            "22-year-old",
            11,
        )
        == "jesse dobbs"
    )
    text = "A man in Little Rock, 30, was hurt."  # a place is not an age's holder
    assert age_holder(text, text.index("30"), text.index("30") + 2) != "little rock"
    text = "Franklin County Children Services said the 16-year-old was in its care."
    assert _holder(text, "16-year-old", 11) is None  # nor is a body


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        ("A boy was shot in the 500 block. Lakewood police say ", "the 17-year-old was hit."),
        (
            "The gunman fled, Chicago police said. About 9:40 p.m., officers found ",
            "the 15-year-old.",
        ),
        (
            "The shooting happened at Santa Monica College in Santa Monica, Calif. ",
            "The 23-year-old died.",
        ),
        ("Published: 2016-11-03\n", "The 13-year-old was hurt."),
        ("Soon after, ", "the 14-year-old was allowed a break."),
        ("She was shot in Auburn on Friday. ", "The 17-year-old was killed."),
    ],
)
def test_the_aged_one_is_not_a_place_a_body_or_a_line_label(before: str, sentence: str) -> None:
    ages = [
        c.actor
        for c in read_claims(plain_source(before + sentence)).claims
        if c.quantity.kind is QuantityKind.AGE
    ]
    assert ages and all(a is None or a.startswith("the ") for a in ages), ages


def test_a_headline_in_title_case_does_not_make_a_family() -> None:
    # 'Officer Who Fatally Shot Rayshard Brooks' is Rayshard Brooks, not a second Brooks
    text = (
        "Officer Who Fatally Shot Rayshard Brooks Is Fired\n\n"
        "Police were called after complaints that Brooks, 27, had fallen asleep.\n"
    )
    ages = [c.actor for c in read_claims(plain_source(text)).claims if c.quantity.text == "27"]
    assert ages == ["brooks"]


def _holder(text: str, figure: str, length: int) -> str | None:
    """The holder age_holder gives the age that starts at ``figure`` and runs ``length``."""
    at = text.index(figure)
    return age_holder(text, at, at + length)


def test_kin_with_a_possessive_is_one_person_of_the_story() -> None:
    assert (
        _holder(
            "Congressman Danny Davis' 15-year-old grandson spoke at the vigil.", "15-year-old", 11
        )
        == "the grandson"
    )
    assert _holder("A dad drove his 10-year-old son to the range.", "10-year-old", 11) == "the son"
    # hurt, a child kinsman is the boy other outlets describe generically
    assert (
        _holder("Congressman Danny Davis' 15-year-old grandson was shot.", "15-year-old", 11)
        == "the boy (hurt)"
    )
    assert (
        _holder("A dad accidentally shot his 10-year-old son in the cheek.", "10-year-old", 11)
        == "the boy (hurt)"
    )


def test_a_surname_two_people_of_the_source_share_is_nobody_in_particular() -> None:
    text = (
        "Marcela Franco died Sunday. Tsang said Franco, 26, had registered for classes. "
        "She was riding with her father, Carlos Franco, when both were shot."
    )
    surnames = shared_surnames(text)
    assert surnames == frozenset({"franco"})
    assert one_per_source([("franco", 26.0), ("tsang", 61.0)], surnames) == [None, "tsang"]
    assert shared_surnames("Marcela Franco died. Franco, 26, had registered.") == frozenset()


def test_a_hurt_son_is_the_boy_other_outlets_describe() -> None:
    assert _holder("It struck his 11-year-old son in the cheek.", "11", 11) == "the boy (hurt)"
    assert (
        _holder("He drove his 24-year-old son to work, and a car struck him.", "24", 11)
        == "the son"
    )


def test_an_age_the_source_says_was_corrected_is_not_a_second_person() -> None:
    holders = [("the boy (hurt)", 11.0), ("the boy (hurt)", 10.0)]
    assert one_per_source(holders) == [None, None]  # two boys, or one: not known
    assert one_per_source(holders, old=frozenset({11.0})) == ["the boy (hurt)"] * 2
    text = (
        "A Monroe dad shot his 10-year-old son in the cheek, police said. Police initially "
        "said the boy was 11 years old due to misinformation from his parents. An "
        "11-year-old boy was struck in the cheek on Sunday."
    )
    source = Source(
        path="a.txt", sha256="", text=text, format="text", encoding="utf-8",
        keep=((0, len(text)),),
    )  # fmt: skip
    ages = {
        (c.quantity.value, c.actor, "previous" in c.qualifiers)
        for c in read_claims(source).claims
        if c.quantity.kind is QuantityKind.AGE and c.actor
    }
    assert ages == {(10.0, "the boy (hurt)", False), (11.0, "the boy (hurt)", True)}


def test_a_headline_passive_is_not_a_suspect() -> None:
    assert (
        _holder("HPD: 8-year-old shot, killed after accident in south Houston", "8-year-old", 10)
        != "the suspect"
    )
    assert (
        _holder("After a fight the 15-year-old shot Wilson twice.", "15-year-old", 11)
        == "the suspect"
    )


def test_the_aged_one_after_a_name_is_not_the_one_who_tells_or_whose_kin_it_is() -> None:
    """Issue 14: "the 13-year-old" refers back to a person of the story, never to the
    officer or reporter the last sentence was told by, nor to the one whose kin it is."""
    before = "The teens invited the victim in, said Detroit Police Officer Nicole Kirkwood. "
    text = "\u201cOne of the boys pointed the weapon at the 13-year-old,\u201d she said."
    at = text.index("13-year-old")
    assert age_holder(text, at, at + 11, before=before) is None
    before = "The gun was hidden, police told WWJ's Laura Bonnell. "
    text = "The 13-year-old sought out the firearm."
    assert age_holder(text, 4, 15, before=before) is None
    before = "Lise Cox, 58, was charged with manslaughter. "
    text = "Also charged is the 13-year-old grandson, who shot Emarjae while playing."
    at = text.index("13-year-old")
    assert age_holder(text, at, at + 11, before=before) != "lise cox"
    before = "Rovers signed Tomas Veld, said coach Ann Lee. "
    assert age_holder("The 24-year-old left.", 4, 15, before=before) == "tomas veld"


def test_a_stabbed_man_is_the_hurt_man_and_a_sentence_adverb_is_no_name() -> None:
    from crosscheck.mentions import age_holder

    t = "A 15-year-old boy was fatally stabbed on Monday."
    assert age_holder(t, t.index("15"), t.index("15") + 11) == "the boy (hurt)"
    t = "Sadly, the 16-year-old victim died, and the 15-year-old kid is in the hospital."
    at = t.index("15-year-old")
    assert age_holder(t, at, at + 11) != "sadly"
