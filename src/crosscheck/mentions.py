"""Who a figure describes: people, roles and the attributes news grammar binds to them.

An age belongs to the person the sentence's grammar gives it to, in either order and with
any closing punctuation:

* after the figure: "35-year-old Jamick Dakota Corley", "killed 42-year-old Ann Lee and
  38-year-old Bo Park" (each age to the name after it);
* before it, in apposition: "Marcus Clark III, 27,", "Luis Baez, 24.", "Tony Jackson, 40;",
  "Ed Sanchez (15)", "identified as Ann Lee, 19", lists "A, 23, of Vista; B, 20, of
  Oceanside";
* "Rico Doyle was 35";
* a role instead of a name: "the victim, a 16-year-old", "the 19-year-old suspect";
* "the 24-year-old" after a person was just named is that person.

An age is never given to a speaker ("said Sgt. Pat Doyle"), a place or a body, and a
generic noun ("a 25-year-old man seen running") is nobody in particular: such an age has
no holder and is not compared, since two outlets' "25-year-old man" and "31-year-old man"
are as likely two men as one. A generic noun with its fate is someone: "a 12-year-old
girl was struck", "killing a 6-year-old boy" are the girl and the boy the incident hurt
("the girl (hurt)"), unless one article gives two hurt girls of different ages.

Holders are keys: a person's name in matching form ("jamick dakota corley"; alignment
matches "jamick corley" and "corley" to it), or a role ("the victim").
"""

from __future__ import annotations

import math
import re
from functools import cache

from crosscheck.age_holders import baby_holder, group_holder
from crosscheck.gazetteer import never_a_name
from crosscheck.grammar import PLACE_NOUNS
from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.lexicon import dated as dated_lexicon
from crosscheck.lexicon import entity_index, stop_words
from crosscheck.normalize import fold, matching_form

# Roles that stand for one person of an incident when no name is given.
ROLES = frozenset(
    {
        "victim",
        "suspect",
        "gunman",
        "shooter",
        "driver",
        "passenger",
        "officer",
        "deputy",
        "trooper",
        "homeowner",
        "clerk",
        "defendant",
        "accused",
    }
)
# Nouns that describe someone without saying who: never a holder by themselves.
GENERIC = frozenset(
    {
        "man",
        "woman",
        "boy",
        "girl",
        "teen",
        "teenager",
        "child",
        "toddler",
        "baby",
        "infant",
        "person",
        "male",
        "female",
        "adult",
        "juvenile",
        "youth",
        "resident",
        "student",
        "father",
        "mother",
        "son",
        "daughter",
        "brother",
        "sister",
        "friend",
        "neighbor",
        "neighbour",
    }
)
# Kin, whom a possessive makes one person of the story: "his 11-year-old son".
KIN = frozenset(
    {
        "son",
        "daughter",
        "father",
        "mother",
        "brother",
        "sister",
        "grandson",
        "granddaughter",
        "grandfather",
        "grandmother",
        "nephew",
        "niece",
        "wife",
        "husband",
        "stepson",
        "stepdaughter",
        "stepfather",
        "uncle",
        "aunt",
        "cousin",
        "boyfriend",
        "girlfriend",
    }
)
_POSSESSIVE_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|its|my|our)|[\w.]+(?:'s|s'|')|[\w.]+(?:\u2019s|s\u2019|\u2019))"
    r"\s+(?:(?:only|eldest|oldest|youngest|younger|older|infant|baby|teenage|teen)\s+)?$",
    re.IGNORECASE,
)
# Words that may stand between an age and the name it goes to: "a 22-year-old victim,
# Jesse Dobbs", "35-year-old suspect Jamick Corley".
_BETWEEN = frozenset(ROLES | GENERIC | {"identified", "as", "named", "was", "who"})

_NAME_WORD = r"(?:[A-Z\u00c0-\u00de][\w'\u2019-]*[a-z\u00df-\u024f][\w'\u2019-]*|[A-Z]\.)"
_SUFFIX = r"(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)"
_NAME = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|(?:de|del|la|van|von|bin|al)\b)){{0,4}}{_SUFFIX}?"
)
# "<age>-year-old": the figure's own words, up to "old".
_AGE_WORDS = re.compile(r"^[-\s]*(?:years?|yrs?|months?|weeks?|days?)[-\s]+old\b", re.I)
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def age_holder(text: str, start: int, end: int, before: str = "") -> str | None:
    """The holder of the age at ``text[start:end]`` (a sentence), or None.

    ``before`` is the source text just before the sentence, for "the 24-year-old" that
    refers to a person named there.

    >>> t = "Officers said 35-year-old Jamick Dakota Corley fired, said Sgt. Pat Doyle."
    >>> age_holder(t, 14, 25)
    'jamick dakota corley'
    >>> t = "The gunman killed 42-year-old Ann Lee and 38-year-old Bo Park."
    >>> age_holder(t, 18, 29), age_holder(t, 42, 53)
    ('ann lee', 'bo park')
    >>> t = "Police identified the men as Marcus Clark III, 27, and Luis Baez, 24."
    >>> age_holder(t, 47, 49), age_holder(t, 66, 68)
    ('marcus clark', 'luis baez')
    >>> t = "Norris Greenhouse Jr., 32, and Abdi Abdi, age 18, were charged."
    >>> age_holder(t, 23, 25), age_holder(t, 46, 48)
    ('norris greenhouse', 'abdi abdi')
    >>> t = "A judge ordered the release of Norris Greenhouse Jr., 23."
    >>> age_holder(t, t.index("23"), t.index("23") + 2)
    'norris greenhouse'
    >>> age_holder("Rico Doyle was 35.", 15, 17)
    'rico doyle'
    >>> age_holder("Kelly said Seals was in his 40s.", 28, 31)
    'seals'
    >>> age_holder("A 25-year-old man was seen running.", 2, 13) is None
    True
    >>> age_holder("A 25-year-old man was shot.", 2, 13)
    'the man (hurt)'
    >>> age_holder("The victim, a 16-year-old, died.", 14, 25)
    'the victim'
    >>> age_holder("The 24-year-old signed a deal.", 4, 15, before="Rovers signed Tomas Veld. ")
    'tomas veld'
    >>> age_holder("Kemp, a 43-year-old father of two, died.", 8, 19)
    'kemp'
    >>> t = "Russell Richardson, a 54-year-old Houston Police Department employee, drowned."
    >>> age_holder(t, 22, 33)
    'russell richardson'
    >>> age_holder("In northwest Houston, a 74-year-old woman also died.", 24, 35)
    'the woman (hurt)'
    >>> age_holder("In Humble, a 53-year-old man was killed when a tree fell.", 13, 24)
    'the man (hurt)'
    >>> age_holder("For Tony Chen, a 74-year-old retiree, it was a choice.", 17, 28)
    'tony chen'
    >>> age_holder("A 16-year-old boy and a girl were each charged with murder.", 2, 13)
    'the suspect'
    >>> age_holder("He left with a 1-year-old child and was arrested.", 15, 25) is None
    True
    >>> t = "The bullet struck his 11-year-old son in the cheek."
    >>> age_holder(t, 22, 33)
    'the boy (hurt)'
    >>> age_holder("He drove his 24-year-old son to work.", 13, 24)
    'the son'
    >>> age_holder("Boy, 11, Recovering in Hospital After Shooting", 5, 7)
    'the boy (hurt)'
    >>> age_holder("His friend, a 12-year-old girl, was struck in the knee.", 14, 25)
    'the girl (hurt)'
    >>> age_holder("It sent an 11-year-old girl to the hospital.", 11, 22)
    'the girl (hurt)'
    >>> age_holder("A 20-year-old man was taken by ambulance to Holy Cross Hospital.", 2, 13)
    'the man (hurt)'
    >>> age_holder("The 54-year-old man injured in the shooting had surgery.", 4, 15)
    'the man (hurt)'
    >>> age_holder("A 30-year-old man shot at police.", 2, 13) is None
    True
    >>> age_holder("The shooting that killed a 6-year-old boy.", 27, 37)
    'the boy (hurt)'
    >>> t = "Dillon said the 17-year-old in the backseat leaned over her son."
    >>> age_holder(t, 16, 27) is None
    True
    >>> t = "A 15-year-old boy came in; after a fight the 15-year-old shot Wilson."
    >>> at = t.index("15-year-old", 20)
    >>> age_holder(t, at, at + 11, before="Police named Ann Lee. ")
    'the suspect'
    """
    text = fold(text)
    group = group_holder(text, start)
    if group is not None:
        return group  # "six men aged 21 to 36" wounded: each man's age (age_holders.py)
    after = text[end:]
    m = _AGE_WORDS.match(after)
    rest = after[m.end() :] if m else after
    worded = m is not None or re.search(r"old$", text[start:end], re.I) is not None
    # After the figure: "35-year-old Jamick Corley", "a 22-year-old victim, Jesse Dobbs".
    words = _WORD.findall(rest[:80])
    described = next((k for k, w in enumerate(words) if not w[0].isupper()), len(words))
    if 0 < described < len(words) and words[described] in _MODIFIED:
        words = words[described:]  # "a 30-year-old Chicago man": the man
    noun = words[0].lower() if words and words[0][0].islower() else None
    if worded:
        name = _name_after(rest)
        if name is not None:
            return name
    head = text[:start]
    # Before it, in apposition: "Marcus Clark III, 27", "Ed Sanchez (15)", "Doyle was 35".
    name = _name_before(head)
    if name in HURT_NOUNS:
        # "Boy, 11, Recovering in Hospital": a generic noun is the person the incident hurt,
        # or nobody in particular
        hurt = _HURT_AFTER.match(_clause(rest.lstrip(" ,)"), None))
        return f"the {name} {HURT}" if hurt else None
    if name is not None:
        return name
    role = _role_before(head) or (noun if noun in ROLES else None)
    if role is not None:
        return f"the {role}"
    if worded and noun in KIN and _POSSESSIVE_BEFORE.search(head):
        # "his 11-year-old son", "Danny Davis' 15-year-old grandson": the one kinsman the
        # story is about, whoever else is named before him; a hurt son under 18 is the boy
        # the incident hurt, whom other outlets call "an 11-year-old boy"
        child = CHILD_KIN.get(noun)
        young = figure_years(text[start:end]) < ADULT_AGE
        if (
            child
            and young
            and (
                _HURT_AFTER.match(_clause(rest, noun))
                or _HURT_BEFORE.search(_POSSESSIVE_BEFORE.sub("the ", head))
            )
        ):
            return f"the {child} {HURT}"
        return f"the {noun}"
    figure = text[start:end].split("-")[0].split()[0] if text[start:end].strip() else ""
    definite = worded and re.search(r"\bthe\s*$", head, re.I) is not None
    spoken = _SPEECH_BEFORE.search(head[: head.lower().rfind("the")]) if definite else None
    if (
        definite
        and spoken is None
        and noun not in GENERIC  # "the 54-year-old man injured": a description, see below
        and noun not in KIN  # "the 13-year-old grandson": someone's kin, not the one named
        and not re.search(rf"\b{re.escape(figure)}[-\s]years?[-\s]old\b", head)
    ):
        # "The 24-year-old ...": the person just named (unless the age was given before,
        # to someone the sentence did not name: "a 15-year-old boy ... the 15-year-old")
        named = _last_name(before + head[: head.lower().rfind("the")])
        if named is not None:
            return named
    baby = baby_holder(text[start:end] + (m.group() if m else ""), noun) if worded else None
    if baby is not None:
        return baby  # "a three-week-old boy": the incident's baby (age_holders.py)
    generic = noun if noun in GENERIC else None
    if (
        worded
        and (noun is None or generic or noun not in _BETWEEN)
        and _SUSPECT.match(_clause(rest, generic))
        and not _OBJECT_BEFORE.search(head)
    ):
        # "A 16-year-old boy ... was charged", "the 15-year-old shot Wilson": the one
        # suspect of the incident, whom another report may name
        return "the suspect"
    decade = _DECADE_HOLDER.search(head)
    if decade is not None and (
        _HURT_AFTER.match(_clause(rest, None)) or _HURT_BEFORE.search(head[: decade.start("rest")])
    ):
        # "killed an unidentified woman in her 50s": the woman the incident hurt
        return f"the {decade.group('noun').lower()} {HURT}"
    if (
        worded
        and noun in HURT_NOUNS
        and not _two_of(text, noun)
        and (_HURT_AFTER.match(_clause(rest, noun)) or _HURT_BEFORE.search(head))
    ):
        # "a 12-year-old girl, was struck", "killing a 6-year-old boy": the girl or boy
        # the incident hurt. Another outlet's hurt girl is the same girl unless an article
        # gives two of them (see ``one_per_source``).
        return f"the {noun} {HURT}"
    return None


# Kin who, as children, are the boy or girl another outlet names generically.
CHILD_KIN = {"son": "boy", "daughter": "girl", "grandson": "boy", "granddaughter": "girl"}
ADULT_AGE = 18  # a son or daughter this old or older is no "boy" or "girl"


def figure_years(figure: str) -> float:
    """The years an age's own words give ("11-year-old" is 11, "6-month-old" under 1);
    infinity when they give none."""
    m = re.match(r"\s*(\d+)", figure)
    if m is None:
        return math.inf
    if re.search(r"month|week|day", figure, re.I):
        return 0.0
    return float(m.group(1))


# Generic nouns that, with what happened to them, stand for one person of an incident.
HURT_NOUNS = frozenset(
    {"man", "woman", "boy", "girl", "teen", "teenager", "child", "toddler", "baby", "infant"}
)
# The mark of a holder made of a generic noun and its fate: "the girl (hurt)".
HURT = "(hurt)"
_FATE = (
    r"(?:shot|killed|wounded|struck|hit|injured|hurt|hospitali[sz]ed|slain|murdered|"
    r"pronounced dead|found dead|grazed|stabbed|knifed|slashed|beaten)"
)
# What was done to the person, at the start of the clause after the noun phrase.
_HURT_AFTER = re.compile(
    rf"^(?:[^,;.]{{0,40}}?\b(?:was|were|is|are|has been|had been|been|got)\s+"
    rf"(?:(?:\w+ly|also|later|then|fatally|critically|seriously)\s+){{0,2}}{_FATE}\b"
    r"|(?:(?:later|also|has|had|have)\s+)?(?:died|dies|suffered|sustained)\b"
    r"|[^,;.]{0,20}?\b(?:to|in|at)\s+(?:the\s+|a\s+)?hospital\b"
    # "was taken by ambulance to Holy Cross Hospital", "were rushed to a trauma center"
    r"|(?:was|were)\s+(?:taken|rushed|transported|driven|airlifted|flown)\b[^,;.]{0,40}?"
    r"\b(?:hospital|medical\s+center|trauma\s+center)\b"
    # a participle standing for "who was": "the 54-year-old man injured in the shooting",
    # "a woman killed outside the library" (not "a man shot at police", "shot his wife")
    rf"|(?:(?:fatally|critically|seriously|also)\s+)?{_FATE}"
    r"(?=\s*[,.;]|\s*$|\s+(?:in|by|during|near|outside|inside|while|after|when|overnight)\b))",
    re.IGNORECASE,
)
# ... or just before it: "killing a 6-year-old boy", "the shooting death of a 5-year-old".
_HURT_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing)|shot|shooting|wound(?:ed|ing)|struck|striking|injur(?:ed|ing)|"
    r"(?:death|murder|slaying|killing|shooting) of)\s+(?:(?:a|an|the|his|her|their)\s+)?$",
    re.IGNORECASE,
)


# A generic noun given a decade of age: "an unidentified adult woman in her 50s", "a man in
# his early 30s" (the figure starts at "early"); ``rest`` starts past the article.
_DECADE_HOLDER = re.compile(
    r"\b(?:an?|the)\s+(?P<rest>(?:[a-z]+\s+){0,2}?"
    r"(?P<noun>man|woman|boy|girl|teen|teenager)\s+in\s+(?:his|her|their)\s+)$",
    re.IGNORECASE,
)


def _two_of(text: str, noun: str) -> bool:
    """Whether the sentence gives ages to two people of the same generic noun ("injured a
    39-year-old man and a 24-year-old man"), so that neither is "the man"."""
    aged = re.findall(rf"\b(\d+)[-\s](?:years?|months?)[-\s]old\s+{noun}\b", text, re.I)
    return len(set(aged)) > 1


def shared_surnames(text: str) -> frozenset[str]:
    """Surnames (matching form) that the source gives to two people or more: "Marcela
    Franco" and "Carlos Franco", with or without middle names. A surname alone ("Franco,
    26") is then one of a family, and which one is not known.

    >>> sorted(shared_surnames("Marcela Franco died. Carlos Navarro Franco, 68, and Sgt. "
    ...                        "Pat Doyle spoke; Marcela Dia Franco was 26."))
    ['franco']
    >>> sorted(shared_surnames("Officer Who Fatally Shot Rayshard Brooks Is Fired. "
    ...                        "Rayshard Brooks, 27, was shot."))
    []
    """
    people = {p for m in _NAME.finditer(fold(text)) if (p := _person(m.group(), whole=True))}
    firsts: dict[str, set[str]] = {}
    for person in people:
        words = person.split()
        if len(words) > 1 and not any(
            person.endswith(" " + other) for other in people if " " in other
        ):  # "Officer Who Fatally Shot Rayshard Brooks" in a headline is Rayshard Brooks
            firsts.setdefault(words[-1], set()).add(words[0])
    return frozenset(surname for surname, first in firsts.items() if len(first) > 1)


# A sentence that gives a figure as what was said before a correction: "Police initially
# said the boy was 11 years old due to misinformation from his parents".
REVISED = re.compile(
    r"\b(?:initially|originally|at first|first (?:said|reported|identified)|"
    r"(?:had )?(?:earlier|previously) (?:said|reported|identified))\b",
    re.IGNORECASE,
)


def one_per_source(
    holders: list[tuple[str | None, float | None]],
    surnames: frozenset[str] = frozenset(),
    old: frozenset[float | None] = frozenset(),
) -> list[str | None]:
    """The holders of one source's ages, with those the source shows to be more than one
    person dropped:

    * a hurt generic person ("the girl (hurt)") given two different ages: two girls were
      hurt, and which one another outlet's girl is, is not known;
    * a surname alone given two different ages ("Franco, 68" and "Franco, 26": father and
      daughter), or shared by two full names of the source ("Samir Zawahri", "Chris
      Zawahri"), given ages or not (``surnames``, see :func:`shared_surnames`): which of
      the family it is, is not known.

    Ages the source says were corrected (``old``: stated in a sentence of ``REVISED``) do not
    make a second person: "the boy, 11" and "the boy, 10" after "police initially said the
    boy was 11" is one boy, now 10.

    >>> one_per_source([("the girl (hurt)", 11.0), ("the boy (hurt)", 8.0),
    ...                 ("the girl (hurt)", 12.0), ("the girl (hurt)", 11.0)])
    [None, 'the boy (hurt)', None, None]
    >>> one_per_source([("franco", 68.0), ("franco", 26.0), ("samir zawahri", 55.0),
    ...                 ("chris zawahri", 25.0), ("zawahri", 23.0), ("lee", 9.0)])
    [None, None, 'samir zawahri', 'chris zawahri', None, 'lee']
    """
    values: dict[str, set[float | None]] = {}
    for holder, value in holders:
        if holder is not None:
            values.setdefault(holder, set()).add(value)
    families: dict[str, int] = {}
    for holder in values:
        words = holder.split()
        if len(words) > 1 and not holder.startswith("the "):
            families[words[-1]] = families.get(words[-1], 0) + 1

    def ambiguous(holder: str) -> bool:
        if holder.endswith(HURT) or " " not in holder:
            current = values[holder] - old or values[holder]
            return len(current) > 1 or families.get(holder, 0) > 1 or holder in surnames
        return False

    return [None if holder is not None and ambiguous(holder) else holder for holder, _ in holders]


# A speech verb right before "the 17-year-old": the speaker named before it is not the
# person meant ("Dillon said the 17-year-old leaned over her son").
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+|added|recalled|explained|testified|recounted)\s+(?:that\s+)?$",
    re.IGNORECASE,
)


# A preposition before the age's noun phrase: the phrase is no subject, and what the
# clause goes on to say is its subject's ("He left with a 1-year-old child and was arrested").
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|to|for|from|by|about|carrying|holding|toward|towards)\s+"
    r"(?:an?|the|his|her|their)\s+$",
    re.IGNORECASE,
)


# What a suspect is said to have done or undergone, at the start of the clause after the
# noun phrase: "was charged", "were arrested", "is accused", "shot Wilson", "opened fire".
_SUSPECT = re.compile(
    r"^(?:[^,;.]{0,40}?\b(?:was|were|is|are|has been|have been|had been|been)\s+"
    r"(?:each\s+|later\s+|also\s+)?(?:charged|arrested|accused|booked|indicted|detained|"
    r"taken into custody|jailed|convicted|sentenced)\b"
    r"|(?:allegedly\s+|then\s+)?(?:shot|killed|opened fire|fired|stabbed|gunned)\b"
    # ... with an object after it: "8-year-old shot, killed after accident" is a headline's
    # passive, the child was shot
    r"(?!\s*[,;.:]|\s*$|\s+(?:and|in|at|by|dead|to death|after|while|during|on|near)\b))",
    re.IGNORECASE,
)


_WANTED = re.compile(r"^(?:was|is|were|are)\s+(?:suspected|wanted|the suspect)\b", re.IGNORECASE)


def acts_as_suspect(after: str) -> bool:
    """Whether the words after an age say its person did the deed or was held for it:
    "Michael Vance, 38, wounded two officers", "38-year-old Ann Lee was arrested", "Lee, 38,
    was suspected of shooting".

    >>> acts_as_suspect(", wounded two Wellston officers called to a shooting")
    True
    >>> acts_as_suspect("-year-old Ann Lee was charged Monday."), acts_as_suspect(", was shot.")
    (True, False)
    """
    rest = fold(after)
    m = _AGE_WORDS.match(rest)
    rest = rest[m.end() :] if m else rest
    rest = rest.lstrip(" ,)")
    name = _NAME.match(rest)
    if name is not None:
        rest = rest[name.end() :].lstrip(" ,)")
    return bool(_SUSPECT.match(rest) or _WANTED.match(rest) or _ACTIVE_HURT.match(rest))


# An active verb of hurting someone with its object: "wounded two officers".
_ACTIVE_HURT = re.compile(
    r"^(?:allegedly\s+)?(?:wounded|injured|hurt)\s+(?:\w+\s+)?(?:officers?|people|others|"
    r"men|women|him|her|them|his|a|an|the|two|three|four|five|several)\b",
    re.IGNORECASE,
)


def _clause(rest: str, noun: str | None) -> str:
    """The words after an age's noun phrase, up to the clause's end."""
    text = rest.lstrip()
    if noun is not None and text.lower().startswith(noun):
        text = text[len(noun) :]
    return text.lstrip(" ,")


def _name_after(rest: str) -> str | None:
    """A name right after an age's words, past roles and generic nouns and a comma, and
    past an occupation with up to ``_DESCRIBING`` words before it ("25-year-old bank
    employee Connor Sturgeon"); any other word right before the name ends the phrase ("a
    25-year-old man who shot Connor Lee" gives Connor Lee no age).

    >>> _name_after(" bank employee Connor Sturgeon, died"), _name_after(" man who shot Bo Lee")
    ('connor sturgeon', None)
    >>> _name_after(" Black man named Rayshard Brooks"), _name_after(" Black man, police said")
    ('rayshard brooks', None)
    """
    i = 0
    described = 0  # words of no known kind since the last role, noun or occupation
    while True:
        m = re.compile(r"\s*,?\s*").match(rest, i)
        i = m.end() if m else i
        word = _WORD.match(rest, i)
        if word is None:
            return None
        if word.group()[0].isupper():
            run = _NAME.match(rest, i)
            if run is not None and _describes(rest, run.end()):
                # "a 27-year-old Black man named Rayshard Brooks", "a 30-year-old Chicago
                # man": the capitalised words describe the noun after them
                i = run.end()
                continue
            name = _person(rest[i:]) if described == 0 else None
            # "a 54-year-old Houston Police Department employee": a body the person works
            # for, not the person
            return None if name is not None and is_institution(name) else name
        lower = word.group().lower()
        if lower in _BETWEEN or lower in OCCUPATIONS:
            described = 0
        elif described < _DESCRIBING:
            described += 1
        else:
            return None
        i = word.end()


def _describes(text: str, end: int) -> bool:
    """Whether the capitalised words that end at ``end`` describe the lower-case noun
    right after them ("Black man", "Chicago police officer", "Dallas rapper")."""
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return after is not None and after.group() in _MODIFIED


# How many words may describe an occupation before it ("bank employee", "off-duty
# corrections officer"): more is a clause, not a noun phrase.
_DESCRIBING = 2
# Nouns of what a person does, which stand between an age and the name like a role:
# "a 25-year-old bank employee, Connor Sturgeon".
OCCUPATIONS = frozenset(
    {
        "employee",
        "worker",
        "student",
        "teacher",
        "nurse",
        "resident",
        "veteran",
        "guard",
        "firefighter",
        "manager",
        "owner",
        "cashier",
        "coach",
        "father",
        "mother",
    }
)

# Nouns that capitalised words before them describe rather than name: "a 27-year-old
# Black man", "a 19-year-old Mexican national", "a 30-year-old Chicago woman".
_MODIFIED = frozenset(
    GENERIC
    | HURT_NOUNS
    | ROLES
    | OCCUPATIONS
    | {"national", "resident", "native", "citizen", "rapper", "singer", "actor", "star"}
    | {"police", "officials", "authorities", "firefighters", "deputies", "troopers"}
)


def _name_before(head: str) -> str | None:
    """The name an apposition or "was" gives the figure to: "Clark III, ", "Sanchez (",
    "identified as Ann Lee, ", "Rico Doyle was ", "Seals was in his " (40s), "Ann Lee,
    believed to be in her " (50s)."""
    m = re.search(
        r"(?:,\s*(?:(?:who\s+(?:is|was)\s+)?(?:believed|thought|estimated)\s+to\s+be\s+)?"
        r"(?:an?\s+|age[d]?\s+|in\s+(?:his|her|their)\s+)?|\(|"
        r"\s+(?:was|is)(?:\s+in\s+(?:his|her|their))?)\s*$",
        head,
        re.I,
    )
    if m is None:
        return None
    stem = head[: m.start()].rstrip()
    # "Norris Greenhouse Jr., 32": the suffix's full stop closes the name
    stem = re.sub(r"(?<=\b(?:Jr|Sr))\.$", "", stem)
    # 'Mark "Cornbread" Cormier, 54': a nickname in quotes inside the name is left out
    stem = _NICKNAME.sub("", stem)
    candidates = [c for c in _NAME.finditer(stem) if c.end() == len(stem)]
    if not candidates:
        # "Nimishillen Township woman, 47, dies": a generic noun after its place
        noun = re.search(r"\b[a-z]+$", stem)
        return noun.group() if noun and noun.group() in HURT_NOUNS else None
    lead = stem[: candidates[0].start()]
    opening, _, rest = candidates[0].group().partition(" ")
    if rest and _PLACE_BEFORE.search(opening + " "):
        return None  # "In Humble, a 53-year-old man": a sentence opening on a place
    if rest and opening.lower() in _OPENING_WORDS:
        return _person(rest, whole=True)  # "For Tony Chen, a 74-year-old retiree"
    if _PLACE_BEFORE.search(lead) and not _PERSON_OF.search(lead):
        return None  # "a man in Little Rock, 30,": a place, not the person
    if _SPEAKER_BEFORE.search(lead) or is_institution(candidates[0].group()):
        # "According to the Antioch Police Department, a 19-year-old male": the speaker
        # or the body that tells, not the person the age describes
        return None
    return _person(candidates[0].group(), whole=True)


# Words that open a sentence before a name, capitalised there and so read into it: "For
# Tony Chen, a 74-year-old retiree, ..." (places' prepositions are ``_PLACE_BEFORE``'s).
_OPENING_WORDS = frozenset({"for", "with", "as", "like", "unlike", "after", "before", "when"})


# A nickname in quotes between a first name and a surname ('Candace "Candy" Cormier').
_NICKNAME = re.compile(
    r"(?<=[a-z.])\s+[\"\u201c\u2018'][^\"\u201d\u2019',]{1,24}[\"\u201d\u2019'](?=\s+[A-Z])"
)

# A name after these words tells the news ("according to Sgt. Pat Doyle, a 19-year-old
# ..."): a speaker, never the person an apposition's age describes.
_SPEAKER_BEFORE = re.compile(r"\baccording\s+to\s+(?:[^\s,]+\s+){0,3}$", re.IGNORECASE)

# The last word of a body's name ("Antioch Police Department", "Cook County Sheriff's
# Office"): an institution, never a person given an age. Narrower than ``PLACE_NOUNS``,
# whose "park" or "street" are also surnames ("Bo Park, 7").
_INSTITUTION_NOUNS = frozenset(
    {
        "department",
        "police",
        "office",
        "sheriff",
        "agency",
        "bureau",
        "patrol",
        "hospital",
        "university",
        "college",
        "school",
        "county",
        "authorities",
        "services",
    }
)


def is_institution(name: str) -> bool:
    """Whether ``name`` ends in a word that names a body, not a person.

    >>> is_institution("Antioch Police Department"), is_institution("Sheriff's Office")
    (True, True)
    >>> is_institution("Bo Park"), is_institution("Dezman Ellis")
    (False, False)
    """
    words = name.split()
    return bool(words) and words[-1].lower().rstrip(".") in _INSTITUTION_NOUNS


# A name after these words is a place ("in Little Rock", "of Vista") or a thing ("aboard
# Flight 12"), not a person an age could belong to.
# A part of a place may come between: "in northwest Houston", "in downtown Dallas".
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|of|from|near|outside|inside|into|to|on|across|aboard|toward|towards)\s+"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+"
    r"|(?:central|downtown|suburban|rural|nearby)\s+)?$",
    re.IGNORECASE,
)


# ... but after what happens to a person, "of" names one: "the release of Norris
# Greenhouse Jr., 23", "the killing of Ann Lee, 19", "the family of Bo Park, 7".
_PERSON_OF = re.compile(
    r"\b(?:release|arrest|death|killing|murder|slaying|shooting|stabbing|funeral|family|"
    r"mother|father|parents|identity|custody|trial|sentencing|memory|body)\s+of\s+$",
    re.IGNORECASE,
)


def _role_before(head: str) -> str | None:
    """ "the victim, a 16-year-old", "the suspect, 19,", "the suspect was a 23-year-old":
    the role the apposition or the copula names.

    >>> _role_before("According to police, the suspect was a "), _role_before("the man was a ")
    ('suspect', None)
    """
    # ... or its copula: "the suspect was a 23-year-old employee of the bank"
    m = re.search(r"\bthe\s+(\w+)\s*(?:,|\s(?:was|is))\s*(?:an?\s+)?$", head, re.I)
    if m and m.group(1).lower() in ROLES:
        return m.group(1).lower()
    return None


def last_person(text: str) -> str | None:
    """The last person ``text`` names, not a place or a body ("transported to Ronald Reagan
    UCLA Medical Center"): whose death a day dates ("Marcela ... where she passed away").

    >>> last_person("His daughter Marcela went to Ronald Reagan UCLA Medical Center, where")
    'marcela'
    """
    text = fold(text)
    found = [
        p
        for m in _NAME.finditer(text)
        if not _PLACE_BEFORE.search(text[: m.start()])
        and m.group().split()[-1].lower() not in PLACE_NOUNS
        and (p := _person(m.group(), whole=True))
    ]
    return found[-1] if found else None


# A name after these words and before its clause's end tells the news: "..., said Sgt. Pat
# Doyle." (not "Police said Jesse Dobbs died", whose name is what was said of).
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to)\s+(?:\S+\s+){0,5}$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"^\s*(?:[.,;:]|$)")
# ... and a name before these words tells the news: "WWJ's Laura Bonnell reports."
_REPORTS_AFTER = re.compile(r"^\s+(?:reports|reported|said|says|told)\s*[.,;:]", re.IGNORECASE)


def _last_name(text: str) -> str | None:
    """The last person named in ``text``, not one who tells the news ("..., said Officer
    Nicole Kirkwood.", "WWJ's Laura Bonnell reports").

    >>> _last_name("Ann Lee was hurt, said Officer Nicole Kirkwood. The")
    'ann lee'
    >>> _last_name("Franklin County Children Services said the") is None
    True
    """
    found = [
        p
        for m in _NAME.finditer(text)
        if not _PLACE_BEFORE.search(text[: m.start()])  # "the 18000 block of Winthrop"
        and not _describes(text, m.end())  # "Lakewood police say", "Dallas rapper Mo3"
        and m.group().lower() not in HURT_NOUNS  # "when a 9 yr old Boy can be executed"
        and not (
            _SAID_BEFORE.search(text[max(0, m.start() - 80) : m.start()])
            and _CLAUSE_END.match(text[m.end() :])
        )
        and not _REPORTS_AFTER.match(text[m.end() :])
        and (p := _person(m.group(), whole=True))
    ]
    return found[-1] if found else None


def _person(text: str, *, whole: bool = False) -> str | None:
    """The person's key for the name at the start of ``text`` (all of it when ``whole``):
    titles dropped ("Sgt. Pat Doyle" is "pat doyle"), suffixes dropped; None for a place or
    body the lexicon knows, or a single word that is a title or month."""
    m = _NAME.match(text)
    if m is None:
        return None
    words = re.sub(r"(?:'s|\u2019s|')$", "", m.group()).replace(",", " ").split()
    titles = _titles()
    while words and words[0].lower().rstrip(".") in titles:
        words = words[1:]
    words = [w for w in words if w.rstrip(".") not in {"Jr", "Sr", "II", "III", "IV"}]
    if not words or (len(words) == 1 and len(words[0]) <= 2):
        return None
    if len(words) == 1 and never_a_name(words[0]):
        return None  # "Santa Monica, Calif.", "Published: 2016-11-03", "Three were hurt"
    name = " ".join(words)
    if (
        _is_entity(name)
        or is_institution(name)
        or (
            len(words) == 1
            and (words[0].lower() in _not_names() or words[0].lower() in stop_words())
        )
    ):  # "Only the 24-year-old ...": a sentence's first word, not a name
        return None
    return matching_form(name.replace("-", " ")).replace(".", "")


@cache
def _titles() -> frozenset[str]:
    """Titles before a name ("sgt", "sgt.", "capt"), with and without their full stop."""
    titles = dated_lexicon().titles
    return frozenset(titles) | {t.rstrip(".") for t in titles}


def _is_entity(name: str) -> bool:
    index, _ = entity_index()
    return name in index or name.rstrip(".") in index


@cache
def _not_names() -> frozenset[str]:
    """Capitalised words that open sentences or name days and months, not people."""
    import calendar

    days = {d.lower() for d in (*calendar.day_name, *calendar.month_name) if d}
    return frozenset(days | {"police", "officers", "authorities", "the", "he", "she", "they"})


def words_before_fate(phrase: str | None) -> int:
    """How many words of a counted phrase come before the fate it names as an adjective
    ("12 missing miners", "three injured officers"): the casualty word is read there, as if
    it followed the figure. With no such adjective, the phrase's length (its whole is
    skipped); the head noun itself is never its adjective.

    >>> words_before_fate("missing miners"), words_before_fate("coal miners")
    (0, 2)
    >>> words_before_fate("deaths"), words_before_fate(None)
    (1, 0)
    """
    if not phrase:
        return 0
    words = phrase.lower().split()
    events = counted_lexicon().events
    for i, word in enumerate(words[:-1]):
        if word in events and (word.endswith("ed") or word in {"missing", "dead"}):
            return i
    return len(words)
