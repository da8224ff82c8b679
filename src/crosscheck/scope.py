"""Which incident, part or moment a figure belongs to: frame signals of scope.

Each signal is a named entry with the clause text it must fire on and must not fire on
(``tests/test_scope.py`` runs them all). A signal becomes a hard qualifier of the claim, so
a figure under it is compared only with figures under the same signal:

* ``tally``: a count over a period wider than the incident ("so far this year",
  "year-to-date", "worldwide since 1960"), not the incident's own;
* ``part``: a part of a whole the article counts ("two of the victims", "four others",
  "eight adults and two juveniles");
* ``hurt fleeing``: people hurt escaping an attack ("four others sustained minor injuries
  while fleeing"), a part of the injured that no gunfire hit;
* ``with perpetrator``: a toll that counts the attacker too ("including the gunman",
  "killed three and himself"), against tolls of victims;
* ``earlier event``: a figure of an earlier event of the same kind ("in last year's local
  elections", "at the previous election");
* ``previous``: the figure a revision replaced ("revised the toll to 97, down from their
  previous toll of 115"): the source states an update, old to new (see :func:`revisions`);
  likewise a figure the source says was given earlier ("Earlier he had said that a dozen
  miners were trapped", "an increase from 43 deaths reported the previous night").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from crosscheck.clock import MONTH_NAMES
from crosscheck.frame_signal import Signal, qualifiers_of
from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.lexicon import entities, entity_index
from crosscheck.models import Claim
from crosscheck.normalize import Gate

_TALLY = (
    r"\b(?:so\s+far\s+(?:(?:this|in\s+the)\s+(?:year|month)|in\s+\d{4})|this\s+year"
    r"|year[-\s]to[-\s]date|since\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the\s+)?year"
    r"|january\s+1)|(?:worldwide|nationwide|globally)\s+since"
    r"|\bin\s+(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))?\s+(?:during|over|this|that|last)\s+"
    r"(?:\w+\s+){0,2}weekend)\b"
)

# Several incidents counted together, a round-up's total rather than one incident's:
# "in three separate shootings", "a series of shootings", "after weekend shootings" (a
# plural with no article: "the shootings" is often one spree, so it is not a signal).
_INCIDENTS = r"(?:shootings|incidents|attacks|shootouts|stabbings|robberies|crashes)"
_SEVERAL_INCIDENTS = (
    r"\b(?:in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|a\s+"
    r"couple\s+of)\s+(?:separate\s+|different\s+|unrelated\s+)?"
    + _INCIDENTS
    + r"|(?:series|string|spate|rash|wave|number|couple)\s+of\s+(?:[\w-]+\s+){0,2}"
    + _INCIDENTS
    + r"|(?:multiple|separate|unrelated)\s+"
    + _INCIDENTS
    + r"|(?:after|in|from)\s+(?:(?:weekend|overnight|holiday|night|nighttime|mass)\s+)?"
    + r"(?:shootings|stabbings|shootouts))\b"
)
# Groups a count of people is broken down into, and the small figures that count them.
_GROUP = (
    r"(?:adults?|juveniles?|minors?|m[ae]n|wom[ae]n|boys?|girls?|child|children|teens?|"
    r"teenagers?|officers?|civilians?|males?|females?|students?|passengers?|crew|"
    r"crew\s+members?|crewmembers?)"
)
_FEW = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

# Words every match of a tally, and of several incidents, holds (before and after alike).
_TALLY_GATE = Gate(holds=("far", "year", "since", "weekend"))
_SEVERAL_INCIDENTS_GATE = Gate(
    holds=("shootings", "incidents", "attacks", "shootouts", "stabbings", "robberies", "crashes")
)

SIGNALS: tuple[Signal, ...] = (
    Signal(
        "a tally over a period or an area",
        "tally",
        re.compile(_TALLY + r"[^;.]{0,30}$", re.IGNORECASE),
        re.compile(r"^[^.;]{0,60}?" + _TALLY, re.IGNORECASE),
        (
            "Chicago has had more than [600] homicides so far this year",
            "This year, [3,165] shooting incidents have been reported",
            "there have been [342] deaths worldwide since 1960",
            "police said [12] people were shot in the city year-to-date",
            "one of nine people killed and [46] wounded in Chicago during that June weekend",
            "[Dozens] of people have died in mass shootings so far in 2023",
        ),
        (
            "the shooting left two people dead and [eight] others injured last weekend",
            "A gunman killed [three] people on Monday",
            "About [700] cases have been reported across the country",
        ),
        _TALLY_GATE,
        _TALLY_GATE,
    ),
    Signal(
        "a count over several incidents",
        "tally",
        re.compile(_SEVERAL_INCIDENTS, re.IGNORECASE),
        re.compile(r"^[^.;]{0,70}?" + _SEVERAL_INCIDENTS, re.IGNORECASE),
        (
            "gunfire in three separate shootings left one man dead and [five] others hurt",
            "a series of back-and-forth shootings that have left [two] people dead",
            "[4] dead, 9 hurt after weekend shootings across the city",
            "[Two] men were killed in a string of shootings overnight",
            "[Six] people were wounded in multiple shootings on Saturday",
            "more than [600] people have been killed in mass shootings",
        ),
        (
            "the shooting left [two] people dead",
            "[Ten] people were killed in the mass shooting at a supermarket",
            "[Three] people died in the shootings at two churches",
            "He faces [six] counts in the shootings",
            "one of the [two] shooters fled",
        ),
        _SEVERAL_INCIDENTS_GATE,
        _SEVERAL_INCIDENTS_GATE,
    ),
    Signal(
        "another incident told beside this one",
        "separate",
        re.compile(
            r"\b(?:(?:hours?|minutes?|days?|weeks?)\s+(?:after|before)\s+that\s+"
            + r"(?:incident|shooting|attack|stabbing|crash)"
            + r"|in\s+(?:an|another)\s+(?:earlier|later|unrelated)\s+(?:incident|shooting|attack)"
            + r"|another\s+(?:stray\s+)?(?:bullet|round)\s+(?:struck|hit|killed|wounded))\b",
            re.IGNORECASE,
        ),
        None,
        (
            "About an hour after that incident, another bullet struck a [5]-year-old girl",
            "In an earlier incident, [two] men were wounded",
        ),
        (
            "An hour after the shooting, police arrested a [20]-year-old man",
            "The bullet struck a [5]-year-old girl",
        ),
        Gate(holds=("incident", "shooting", "attack", "stabbing", "crash", "bullet", "round")),
    ),
    Signal(
        "a later shock of an earthquake",
        "aftershock",
        re.compile(
            r"\b(?:aftershocks?|after-shocks?|(?:followed|succeeded)\s+by\s+(?:a|another)\s+"
            r"(?:second|third|later|smaller|strong|powerful)?\b"
            r"|(?:a|the)\s+(?:second|third)\s+(?:quake|earthquake|tremor|shock|jolt)"
            r"|another\s+(?:quake|earthquake|tremor|shock|jolt))[^.;]{0,40}\bmagnitude[\s-]*$",
            re.IGNORECASE,
        ),
        re.compile(r"^\s*-?\s*(?:magnitude\s+)?after-?shocks?\b", re.IGNORECASE),
        (
            "The main shock was followed by a second of magnitude [5.5]",
            "A magnitude-[5.1] aftershock struck on Sunday",
            "Several aftershocks followed, the strongest of magnitude [6.3]",
            "Another quake of magnitude [4.9] hit the area on Monday",
        ),
        (
            "The earthquake registered a magnitude [6.3] followed by several aftershocks",
            "A magnitude [6.3] earthquake struck western Afghanistan",
            "a second earthquake in the region killed [12]",
            "The quake, followed by aftershocks, killed [1,000] people",
        ),
        Gate(holds=("magnitude",)),
        Gate(holds=("shock",)),
    ),
    Signal(
        "what something can hold, not what it held",
        "capacity",
        re.compile(
            r"\b(?:capacity\s+(?:of|for|to\s+(?:carry|hold|seat))|(?:licensed|designed|built|"
            r"certified|rated|permitted|allowed|authori[sz]ed|meant|able)\s+to\s+(?:carry|hold|"
            r"seat|accommodate|take)|(?:can|could)\s+(?:carry|hold|seat|accommodate|take)|"
            r"capacity\s+of\s+(?:[\w-]+\s+){1,6}?(?:was|is|stood\s+at))\s+"
            r"(?:only\s+|up\s+to\s+|about\s+|some\s+|around\s+|a\s+maximum\s+of\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:capacity|seats?\s+capacity)\b", re.IGNORECASE),
        (
            "the ferry, which has a capacity of [100] passengers",
            "it was only licensed to carry [100] passengers",
            "a stadium that can hold up to [40,000] fans",
            "a [300]-passenger capacity",
            "the capacity of a double-decker launch like Pinak-6 was [120-150] passengers",
        ),
        (
            "the ferry was carrying [300] passengers",
            "[40,000] fans filled the stadium",
            "the capacity of the ferry was stretched when [300] boarded",
        ),
        Gate(holds=("capacity", "carry", "hold", "seat", "accommodate", "take")),
        Gate(holds=("capacity",)),
    ),
    Signal(
        "people who fired",
        "who fired",
        None,
        re.compile(
            r"^\s+(?:[\w-]+\s+){0,2}?(?:officers?|deputies|deputy|troopers?|agents?|people|men|"
            r"gunmen|shooters|suspects)\s+(?:who\s+|that\s+)?(?:had\s+)?(?:fired|returned\s+fire|"
            r"opened\s+fire|discharged)\b",
            re.IGNORECASE,
        ),
        (
            "As many as [seven] officers returned fire",
            "[Two] deputies fired their weapons",
            "[3] officers who opened fire were placed on leave",
        ),
        ("[Two] officers were injured", "[Seven] people were shot"),
        after_gate=Gate(holds=("fire", "discharged")),
    ),
    Signal(
        "people involved",
        "involved",
        None,
        re.compile(
            r"^\s+(?:[\w-]+\s+){0,2}?(?:officers?|deputies|deputy|troopers?|agents?|people|men|"
            r"suspects|persons)\s+(?:who\s+|that\s+)?(?:were|was)\s+(?:directly\s+)?involved\b",
            re.IGNORECASE,
        ),
        ("A total of [five] officers were involved in the shooting",),
        ("[Five] officers were hurt", "[Five] people involved in a fight were hurt"),
        after_gate=Gate(holds=("involved",)),
    ),
    Signal(
        "a part of the victims",
        "part",
        None,
        re.compile(
            r"^\s*(?:of\s+(?:them|those|(?:the\s+|(?=\d))(?:[\w-]+\s+){0,2}(?:victims|people|dead|wounded|"
            r"injured|passengers|patients|children|men|women|teens|students|miners|workers|"
            r"crew|crewmen|soldiers|hostages|survivors|shots|rounds|bullets))\b|others?\b"
            r"|other\s+(?:people|victims|men|women|children|teens|persons)\b)",
            re.IGNORECASE,
        ),
        (
            "[Two] of the victims died",
            "One man died and [four] others were hurt",
            "[12] of the 13 trapped miners were dead",
            "after reports that [12] of 13 miners trapped had survived",
            "[14] of the 18 shots came from one gun",
        ),
        ("[Two] victims died", "[Four] people were hurt", "It won [31] of the 81 seats"),
    ),
    Signal(
        # "Autopsies have been conducted on five victims as of Saturday", "Five victims have
        # been identified so far": the people a step has reached yet, some of the toll
        "the people a procedure has reached",
        "part",
        re.compile(
            r"\b(?:autops(?:y|ies)|post-mortems?|examinations?)\s+(?:have\s+|has\s+|had\s+)?"
            r"(?:now\s+|so\s+far\s+)?(?:been\s+)?(?:conducted|performed|done|completed|"
            r"carried\s+out)\s+on\s+(?:the\s+(?:bodies|remains)\s+of\s+)?(?:at\s+least\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(
            r"^\s+(?:[\w-]+\s+){0,2}?(?:have|has|had)\s+(?:now\s+|so\s+far\s+)?been\s+"
            r"(?:positively\s+|officially\s+)?(?:identified|autopsied|named)\b",
            re.IGNORECASE,
        ),
        (
            "Autopsies have been conducted on [five] victims as of the last update Saturday",
            "[Five] victims have been identified so far",
            "[Four] of the dead have now been positively identified",
        ),
        (
            "[Ten] people were killed in the fire",
            "[Two] men have been charged",
            "Autopsies showed [three] gunshot wounds",
        ),
        Gate(holds=("autops", "post-mortem", "examination")),
        Gate(holds=("identified", "autopsied", "named")),
    ),
    Signal(
        "a part singled out",
        "part",
        re.compile(
            r"\b(?:in\s+particular|particularly|especially|notably)\s*,?\s*$", re.IGNORECASE
        ),
        re.compile(r"^\s*(?:[\w-]+\s+){0,2}in\s+particular\b", re.IGNORECASE),
        (
            "the earthquake affected [four] villages in particular in the Zenda Jan district",
            "the storm hit hard, especially [three] coastal towns",
        ),
        (
            "[Four] villages were destroyed, particularly in the north",
            "[Twelve] villages were completely destroyed",
        ),
        Gate(holds=("particular", "especially", "notably")),
        Gate(holds=("particular",)),
    ),
    Signal(
        "the hurt in a critical condition",
        "condition critical",
        # "killing one person and critically injuring [four] others"
        re.compile(
            r"\b(?:critically|seriously|gravely|severely)\s+(?:injuring|wounding|hurting)\s+$",
            re.IGNORECASE,
        ),
        re.compile(
            r"^(?:\s+(?:male|female|other|adult|young|more))?(?:\s+(?:patients|people|victims|"
            r"men|women|children|students|others))?\s+(?:(?:are|were|was|is|remain|remained|"
            r"remains)\s+)?(?:listed\s+)?(?:(?:in|with)\s+(?:critical|serious|grave|"
            r"life-threatening)\s+(?:condition|injuries)|critically\s+(?:injured|wounded|hurt)"
            r"|seriously\s+(?:injured|wounded|hurt)|fighting\s+for\s+(?:their|his|her)\s+lives?"
            r"|clinging\s+to\s+life)\b",
            re.IGNORECASE,
        ),
        (
            "[Two] male patients are in critical condition and one is in good condition",
            "It left four people dead and [two] critically injured",
            "[three] victims remain in serious condition",
            "killing one person and critically injuring [four] others",
            "has left a man dead and [four] children fighting for their lives",
        ),
        (
            "[Two] patients were treated",
            "[four] people were injured, one critically",
            "[two] were killed in critical moments",
            "killing one person and injuring [four] others",
        ),
        Gate(holds=("critically", "seriously", "gravely", "severely")),
        Gate(holds=("critical", "serious", "grave", "life-threatening", "fighting", "clinging")),
    ),
    Signal(
        "the hurt in a stable condition",
        "condition stable",
        None,
        re.compile(
            r"^(?:\s+(?:male|female|other|adult|young|more))?(?:\s+(?:patients|people|victims|"
            r"men|women|children|students|others))?\s+(?:(?:are|were|was|is|remain|remained|"
            r"remains)\s+)?(?:listed\s+)?(?:(?:in|with)\s+(?:stable|good|fair|satisfactory)"
            r"\s+condition|(?:in|with)\s+non-life-threatening\s+injuries"
            r"|(?:slightly|minor(?:ly)?)\s+(?:injured|wounded|hurt))\b",
            re.IGNORECASE,
        ),
        (
            "[one] male is in good condition",
            "[three] others were in stable condition",
        ),
        ("[three] others were injured", "[two] were taken to a hospital in good time"),
        None,
        Gate(holds=("stable", "good", "fair", "satisfactory", "non-life", "slightly", "minor")),
    ),
    Signal(
        "a sentence for one count of several",
        "part",
        re.compile(
            r"\b(?:for|on)\s+(?:his|her|their|the)\s+(?:conviction|guilty\s+verdict|plea)\s+"
            r"(?:on|for|of)\s+(?:the\s+|a\s+|one\s+)?(?:[\w-]+\s+){0,4}?(?:count|charge)\b[^.;]*$"
            r"|\b(?:for|on)\s+(?:the|each|one)\s+(?:[\w-]+\s+){0,3}?(?:count|charge)\s+of\b[^.;]*$",
            re.IGNORECASE,
        ),
        None,
        (
            "For his conviction on the first-degree count of criminal sexual act, Weinstein was "
            "given [20] years in prison",
            "on the count of rape he was sentenced to [three] years",
        ),
        (
            "Weinstein was sentenced on Wednesday to [23] years in prison following his "
            "conviction last month",
            "He faces [six] counts in the shootings",
        ),
        Gate(holds=("count", "charge")),
    ),
    Signal(
        "the rest of a group",
        "part",
        re.compile(r"\b(?:the|their|its|his|her)\s+(?:other|remaining)\s+$", re.IGNORECASE),
        None,
        (
            "That number will rise when the other [10] victims have been identified",
            "the remaining [three] hostages were freed",
        ),
        ("[10] victims were identified", "another [10] victims were found"),
        Gate(ends=("other", "remaining")),
    ),
    Signal(
        "a part of a group named to open the sentence",
        "part",
        re.compile(
            r"^\s*(?:Of|Among)\s+(?:the|those)\s+(?:[\w-]+\s+){0,3}?(?:victims|dead|wounded|"
            r"injured|passengers|patients|people|killed|hurt)\b[^.;:]*,[^.;:]*$",
            re.IGNORECASE,
        ),
        None,
        (
            "Of the adult victims, authorities said, three were women, with [two] killed",
            "Among the dead, [four] were children",
            "Of those killed, [two] were officers",
        ),
        (
            "Of the [10] dead, four were children",
            "One of the victims, a [25]-year-old man, died",
            "Of course, [two] people died",
        ),
        Gate(holds=("of ", "among ")),
    ),
    Signal(
        "a breakdown by group",
        "part",
        re.compile(rf"\b{_FEW}\s+{_GROUP}\s*(?:,|and|plus)\s+$", re.IGNORECASE),
        re.compile(
            rf"^\s+{_GROUP}\b[^.;]{{0,25}}?(?:,|\band\b|\bplus\b)\s+{_FEW}\s+"
            rf"(?:other\s+)?{_GROUP}\b",
            re.IGNORECASE,
        ),
        (
            "[eight] adults and two juveniles were wounded",
            "eight adults and [two] juveniles",
            "carrying [175] passengers and six crew members",
            "The shooting left [two] men and one woman dead",
            "the shooter either killed or injured [four] females and one male",
            "the shooter killed four females and [one] male",
        ),
        ("[eight] adults were wounded", "[ten] people, adults and children, were hurt"),
        Gate(ends=(",", "and", "plus")),
    ),
    Signal(
        "a figure a revision replaced",
        "previous",
        re.compile(
            r"(?:\b(?:down|up|revised|lowered|raised|cut|corrected|changed)\s+from\s+"
            r"(?:(?:their|the|its|an?|his|her)\s+)?(?:(?:previous|earlier|initial|original|"
            r"prior|first|preliminary)\s+)?(?:(?:death\s+)?(?:toll|figure|count|estimate|"
            r"tally|total|number)\s+)?(?:of\s+)?"
            r"|\b(?:revis\w*|correct\w*|updat\w*|lower\w*|rais\w*|adjust\w*)\b[^.;]{0,40}?"
            r"\bfrom\s+(?:an?\s+)?(?:(?:previous|earlier|initial|original)\s+)?"
            r"|\b(?:previous|earlier|initial|original|preliminary)\s+(?:death\s+)?(?:toll|figure"
            r"|count|estimate|tally|total)\s+(?:of\s+|was\s+)?"
            r"|\b(?:initially|originally|first)\s+(?:said|reported|put|gave|announced|counted)"
            r"\s+(?:that\s+|the\s+(?:death\s+)?toll\s+at\s+)?(?:there\s+(?:were|was)\s+)?"
            r"(?:at\s+least\s+|about\s+|as\s+many\s+as\s+)?)$",
            re.IGNORECASE,
        ),
        None,
        (
            "revised the number of deaths to 97, down from their previous toll of [115]",
            "after revising the toll from [115]",
            "The earlier toll of [115] was wrong",
            "The interior ministry initially said [15] people had been killed",
            "Officers initially said that there were [two] people potentially dead",
        ),
        ("The toll rose to [97] on Monday", "They fled from [115] homes", "Police said [15] died"),
        Gate(holds=("from", "previous", "earlier", "initial", "original", "preliminary", "first")),
    ),
    Signal(
        "a figure stated as said earlier",
        "previous",
        re.compile(
            r"\bearlier\b\s*,?\s+(?:[\w'\u2019-]+\s+){0,4}?had\s+(?:said|reported|announced|"
            r"indicated|confirmed|estimated)\b[^.;]{0,100}$"
            r"|\bearlier\s+(?:reports?|figures?|estimates?|counts?)\s+(?:had\s+)?(?:indicated|said|"
            r"put|suggested|showed|gave|cited)\b[^.;]{0,60}$"
            r"|\b(?:an?\s+)?(?:increase|rise|jump|drop|decrease|decline)\s+from\s+$",
            re.IGNORECASE,
        ),
        None,
        (
            "Earlier he had said that a fire was burning where more than [a dozen] were trapped",
            "Earlier, he had said the area where [a dozen] miners were trapped was on fire",
            "Earlier reports indicated [217] fatalities and 89 missing people",
            "68 have died in Kerr County, an increase from [43] deaths reported the night before",
        ),
        (
            "Earlier, police said [two] people were shot",
            "He had said [two] people died",
            "Earlier on Monday, [two] people were shot",
            "The toll rose to [97] from 81",
        ),
        Gate(holds=("earlier", "from")),
    ),
    Signal(
        "an earlier event of the same kind",
        "earlier event",
        re.compile(
            r"\b(?:(?:last|previous|prior)\s+(?:year|month|week|season)(?:'s|\u2019s)"
            r"|(?:in|at|during)\s+the\s+(?:previous|last|prior)\s+(?:elections?|votes?|polls?|"
            r"seasons?|tournaments?|games|census)"
            r"|(?:weeks|months|years)\s+(?:after|since)\s+(?:a|an|another)\s)\b[^.;]*$",
            re.IGNORECASE,
        ),
        None,
        (
            "In last year's local elections, the party took only [19] percent of the vote",
            "At the previous election it won [12] seats",
            "Less than five months after a factory fire killed [112] people",
        ),
        (
            "The party took [34.6] percent of the vote",
            "Last year, [12] people died",
            "Two days after the quake, [50] people were dead",
        ),
        Gate(holds=("last", "previous", "prior", "after", "since")),
    ),
    Signal(
        "the incident a ranking measures this one against",
        "earlier event",
        re.compile(
            r"\b(?:deadliest|worst|bloodiest|largest|biggest|strongest|most\s+(?:deadly|lethal|"
            r"powerful|significant|severe|destructive|intense))\b(?:[^.;]|\.\d)*?"
            r"\b(?:since|after|than|surpassing|eclipsing)\s+(?:the\s|an?\s|(?-i:[A-Z]))"
            r"(?!(?:start|beginning|end)\b|(?:year|month|week|decade)s?\b)(?:[^.;]|\.\d)*$",
            re.IGNORECASE,
        ),
        None,
        (
            "This is the deadliest shooting after the Colorado supermarket shooting that "
            "killed [10] people",
            "the worst mass shooting since a gunman killed [23] people at a Walmart",
            "the deadliest attack on a school since Sandy Hook, where [26] people died",
            "the most significant since a magnitude 7.6 quake in [1999]",
        ),
        (
            "the deadliest attack in years, killing [8] people",
            "[Eight] people were killed in the deadliest shooting since 2019",
            "It was the worst day, police said, and [four] people died",
            "the deadliest shooting since 2019, which left [8] dead",
            "the deadliest since the start of the year, leaving [8] dead",
        ),
        Gate(holds=("deadliest", "worst", "bloodiest", "largest", "biggest", "strongest", "most")),
    ),
    Signal(
        "an incident this one came after",
        "earlier event",
        re.compile(
            r"\b(?:(?:comes?|came|coming|occurred|happened|follows|followed|following)\s+"
            r"(?:only\s+|just\s+|barely\s+|less\s+than\s+)?(?:(?:a|an|one|two|three|four|five|"
            r"six|\d+|a\s+few|several)\s+)?(?:hours?|days?|weeks?|months?)\s+after"
            r"(?!\s+(?:the|this|that|his|her|their|its)\b)"
            r"|on\s+the\s+heels\s+of"
            r"|(?:follows|followed|comes\s+after|came\s+after)\s+(?:a|an|another)\s+"
            r"(?:[\w-]+\s+){0,2}(?:shooting|attack|massacre|stabbing|rampage|bombing))\b[^.;]*$",
            re.IGNORECASE,
        ),
        None,
        (
            "The Farmington incident comes two days after a shooting in Yuma, Arizona, which "
            "left [two] people dead",
            "The tragedy occurred only days after [11] people were killed at a dance studio",
            "Coming on the heels of the killing of [five] people at a nightclub, it prompted",
            "The Orange shooting follows a mass shooting in Boulder, Colorado at a supermarket "
            "that left [10] people dead",
        ),
        (
            "The arrest came two days after the shooting that killed [three] people",
            "Two days after the shooting, [three] victims remained in hospital",
            "The shooting happened after [two] men argued",
            "The vigil followed the shooting that killed [four] people",
        ),
        Gate(holds=("after", "heels", "follow")),
    ),
    Signal(
        "a sentence opening before this incident",
        "earlier event",
        re.compile(
            r"^\W*(?:(?:just\s+|only\s+)?(?:(?:a|one|two|three|four|five|\d+|a\s+few|several)\s+)?"
            r"(?:hours?|days?|weeks?)\s+(?:earlier|before)|earlier\s+(?:this|that)\s+"
            r"(?:week|month))\b[^.;]*$",
            re.IGNORECASE,
        ),
        None,
        (
            "Days earlier, an attacker killed [five] people and wounded 18 others",
            "Earlier this month [eight] were killed in a shooting at a mall",
            "Two weeks before, a gunman shot [three] people at a school",
        ),
        (
            "Days later, [two] more victims died",
            "Earlier on Monday, [two] people were shot",
            "Police said that days earlier [two] people were shot",
        ),
        Gate(holds=("earlier", "before")),
    ),
    Signal(
        "people hurt fleeing",
        "hurt fleeing",
        None,
        re.compile(
            r"^[^.;]{0,60}?\b(?:injur(?:ed|ies|y)|hurt|wounded|bruises|cuts)\s+(?:while|when|as|"
            r"after|in\s+the\s+(?:rush|scramble|stampede|chaos|panic))(?:\s+(?:they|he|she|"
            r"people))?(?:\s+(?:were|was))?\s+(?:fleeing|escaping|running|jumping|trying\s+to\s+"
            r"(?:flee|escape|get\s+away)|fled|escaped|to\s+(?:flee|escape))\b",
            re.IGNORECASE,
        ),
        (
            "[four] others sustained minor injuries while fleeing",
            "[Two] people were hurt while trying to escape",
            "[3] suffered injuries in the rush to escape",
        ),
        ("[Four] people were injured in the shooting", "[Two] were shot while fleeing"),
        after_gate=Gate(holds=("flee", "fled", "escap", "running", "jumping", "rush", "stampede")),
    ),
    Signal(
        "a toll counting the attacker",
        "with perpetrator",
        None,
        re.compile(
            r"^[^.;]{0,50}?\b(?:including\s+(?:the\s+|an?\s+)?(?:gunman|shooter|"
            r"attacker|suspect|assailant|perpetrator)|and\s+(?:then\s+)?(?:himself|herself))\b",
            re.IGNORECASE,
        ),
        (
            "[Six] people, including the gunman, died",
            "He killed [three] and himself",
            "Shooting leaves [4] dead, including gunman armed with rifle",
        ),
        ("[Six] people died, police said", "He killed [three] people"),
        after_gate=Gate(holds=("including", "himself", "herself")),
    ),
)


def scope_qualifiers(clause_before: str, after: str) -> set[str]:
    """The scope qualifiers of a figure, from its clause before it and the text after it.

    >>> sorted(scope_qualifiers("Chicago has had more than ", " homicides so far this year"))
    ['tally']
    >>> scope_qualifiers("A gunman killed ", " people on Monday")
    set()
    """
    return qualifiers_of(SIGNALS, clause_before, after)


# "the death toll for Sunday's earthquake had risen to", "bringing the overall toll to",
# "the toll stood at": the figure after is the toll, whatever noun follows it.
_TOLL_BEFORE = re.compile(
    r"\b(?:death|overall|official|confirmed|final)?\s*toll\b[^.;:]{0,50}?\b(?:to|at|reached|"
    r"hit|is|was|of)\s+(?:(?:about|around|nearly|almost|close\s+to|more\s+than|over|at\s+least|"
    r"some|roughly)\s+)?$",
    re.IGNORECASE,
)
# How far before a figure its toll is looked for, in characters.
TOLL_WINDOW_CHARS = 90


# "... the death toll resulting from the floods that ravaged the state, revealing that it
# has surged to 143": a toll named earlier in the sentence, then "it" rose to the figure.
_IT_ROSE = re.compile(
    r"\bit\s+(?:has\s+|had\s+|now\s+)?(?:risen|rose|surged|climbed|jumped|reached|hit|"
    r"stands|stood|increased|grown|grew)\s+(?:to\s+|at\s+)?(?:about\s+|nearly\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_TOLL_NAMED = re.compile(r"\b(?:death|overall|official|confirmed)\s+toll\b", re.IGNORECASE)
TOLL_IT_CHARS = 250


def toll_before(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is a death toll the clause before it names.

    >>> t = "The death toll for Sunday's earthquake had risen to 381 people."
    >>> toll_before(t, t.index("381"))
    True
    >>> t = "bringing the overall toll to close to 600"
    >>> toll_before(t, t.index("close"))
    True
    >>> t = "the death toll from the floods that ravaged the state, revealing it has surged to 143"
    >>> toll_before(t, t.index("143"))
    True
    >>> t = "The toll road carries 40,000 cars a day."
    >>> toll_before(t, t.index("40,000"))
    False
    """
    window = text[max(0, start - TOLL_WINDOW_CHARS) : start]
    if _IT_ROSE.search(window) and _TOLL_NAMED.search(text[max(0, start - TOLL_IT_CHARS) : start]):
        return True  # "the death toll from the floods ... has surged to 143": "it" is the toll
    return _TOLL_BEFORE.search(window) is not None and not re.search(
        r"\btoll\s+(?:road|roads|booth|booths|free|plaza|bridge|fee|fees|charge|charges)\b",
        window,
        re.IGNORECASE,
    )


# Vehicles whose people are its passengers.
_VEHICLE = re.compile(
    r"\b(?:bus|buses|minibus|coach|ferry|ferries|boat|vessel|launch|ship|train|plane|"
    r"aircraft|airliner|jet|flight|helicopter|van|truck|lorry)\b",
    re.IGNORECASE,
)
_ABOARD_AFTER = re.compile(
    r"^[^,;.]{0,30}?\b(?:on[-\s]board|aboard|(?:in|on|inside)\s+the\s+(?:bus|minibus|coach|"
    r"ferry|boat|vessel|launch|ship|train|plane|aircraft|jet|helicopter|van|truck|lorry)\b)",
    re.IGNORECASE,
)
_ABOARD_BEFORE = re.compile(
    r"\b(?:carrying|carried|ferrying|transporting|(?:(?:packed|crammed|filled|overcrowded|"
    r"crowded|loaded)\s+)?with)\s+$",
    re.IGNORECASE,
)
# How far before a figure "carrying" or "with" is looked for, in characters.
ABOARD_WINDOW_CHARS = 30


def names_vehicle(text: str) -> bool:
    """Whether ``text`` names a vehicle whose people are its passengers."""
    return _VEHICLE.search(text) is not None


def aboard(text: str, start: int, end: int) -> bool:
    """Whether the people counted at ``text[start:end]`` are those aboard a vehicle the
    sentence names: "with 50 people on board", "the bus was carrying close to 60
    people", against "more than 60 passengers".

    >>> t = "The 42-seater bus was reportedly carrying close to 60 people."
    >>> aboard(t, t.index("close"), t.index(" people"))
    True
    >>> t = "With 50 people on-board, the bus was going to Gadagushani."
    >>> aboard(t, 5, 7)
    True
    >>> t = "There were over 50 people in the bus."
    >>> aboard(t, t.index("over"), t.index(" people"))
    True
    >>> t = "Police met with 50 people on Monday."
    >>> aboard(t, 16, 18)
    False
    """
    if not _VEHICLE.search(text):
        return False
    return bool(
        _ABOARD_AFTER.match(text[end : end + ABOARD_WINDOW_CHARS + 10])
        or _ABOARD_BEFORE.search(text[max(0, start - ABOARD_WINDOW_CHARS) : start])
    )


# "killed in the Philippines", "the number of known dead in Taiwan was 15", "In Japan on
# Monday, at least 12 people were killed": where the casualties were.
_IN_PLACE = re.compile(
    r"\b(?:[Ii]n|on)\s+(?:the\s+)?(?:mainland\s+)?(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})"
)
_CLAUSE_END = re.compile(r"[,;:.()]|\band\b|\bincluding\b|\bwhile\b|\bwhere\b")
# How far from a casualty figure its place may be named, in characters.
PLACE_WINDOW_CHARS = 60


def casualty_place(text: str, start: int, end: int, counted: str | None) -> str | None:
    """The country a casualty count is for, named with "in" in the figure's clause: the
    nearest after the figure, else the nearest before it; None for other counts, or when
    the clause names no country the lexicon knows.

    >>> t = "At least 25 people were killed in the Philippines and six in China."
    >>> casualty_place(t, 0, 11, "killed")
    'philippines'
    >>> t = "The number of known dead in Taiwan was 15, with 32 injured."
    >>> casualty_place(t, 39, 41, "killed")
    'taiwan'
    >>> casualty_place("Exports to Japan rose to 15 in May.", 25, 27, "exports") is None
    True
    """
    if counted is None or counted not in set(counted_lexicon().events.values()):
        return None
    index, _ = entity_index()
    after = _CLAUSE_END.split(text[end : end + PLACE_WINDOW_CHARS])[0]
    before = re.split(
        r"[;:]|\band\b|\bincluding\b", text[max(0, start - PLACE_WINDOW_CHARS) : start]
    )[-1]
    for m in _IN_PLACE.finditer(after):
        place = _known(m.group("place"), index)
        if place is not None:
            return place
    for m in reversed(list(_IN_PLACE.finditer(before))):
        place = _known(m.group("place"), index)
        if place is not None:
            return place
    return None


def _known(name: str, index: Mapping[str, str]) -> str | None:
    """The country the longest leading words of ``name`` name: a place, not the adjective
    ("in Taiwan", not "emerald in Thai")."""
    words = name.split()
    adjectives = _adjectives()
    for n in range(len(words), 0, -1):
        surface = " ".join(words[:n])
        canonical = index.get(surface)
        if canonical:
            return None if surface in adjectives else canonical
    return None


@cache
def _adjectives() -> frozenset[str]:
    """Every entity's adjective as written ("Thai", "Philippine", "North Korean")."""
    return frozenset(label for _, _, label in entities())


# A revision: what was counted, the old figure and the new one (as stated figures).
Revision = tuple[str | None, float, float]


def revisions(claims: Sequence[Claim]) -> frozenset[Revision]:
    """Updates the sources state themselves: in one sentence, a figure a revision replaced
    (qualifier ``previous``) and the current one of the same kind and unit.

    >>> from crosscheck.models import Bound, Sentence, Quantity
    >>> s = Sentence(source="a", index=0, start=0, end=9, line=1, column=1, text="x")
    >>> def c(v, counted, qualifiers=()):
    ...     q = Quantity(text=str(v), start=int(v), end=int(v) + 1, value=v, low=v, high=v,
    ...                  bound=Bound.EXACT)
    ...     return Claim(source="a", sentence=s, quantity=q, counted=counted, counted_text=None,
    ...                  actor=None, qualifiers=qualifiers, frame="")
    >>> sorted(revisions([c(97, "killed"), c(115, None, ("previous",))]))
    [('killed', 115.0, 97.0)]
    """
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault((claim.source, claim.sentence.index), []).append(claim)
    found: set[Revision] = set()
    for group in by_sentence.values():
        old = [c for c in group if "previous" in c.qualifiers and c.quantity.value is not None]
        new = [c for c in group if "previous" not in c.qualifiers and c.quantity.value is not None]
        for o in old:
            for n in new:
                qo, qn = o.quantity, n.quantity
                if (qo.kind, qo.unit, qo.currency) == (qn.kind, qn.unit, qn.currency) and (
                    o.counted in (None, n.counted)
                ):
                    assert qo.value is not None and qn.value is not None
                    found.add((n.counted, qo.value, qn.value))
    return frozenset(found)


# The day a clock time is on, named right beside it: "10:30 a.m. Thursday", "on Sunday at 9".
_DAY_NAME = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY_AFTER = re.compile(rf"^[\s,]*(?:(?:on|this|last)\s+)?(?P<day>{_DAY_NAME})\b", re.IGNORECASE)
_DAY_BEFORE = re.compile(
    rf"\b(?P<day>{_DAY_NAME})(?:\s+(?:morning|afternoon|evening|night))?[\s,]+(?:at\s+)?"
    r"(?:about\s+|around\s+|shortly\s+(?:before|after)\s+|just\s+(?:before|after)\s+)?$",
    re.IGNORECASE,
)
# A clock time that dates a statement, not the event: "tweeted just before 9 a.m.",
# "said at 10:30", "posted about 4 p.m.".
_STATEMENT_BEFORE = re.compile(
    # "the call was reported just after 9:30": a passive report dates what was reported
    r"\b(?:tweeted|posted|said|says|announced|wrote|told|(?<!was )(?<!were )reported|"
    r"released|issued|updated|confirmed|stated)\s+(?:(?:at|on|by|about|around|shortly|just|before|after)\s+)*$",
    re.IGNORECASE,
)


def time_frame(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """(the day a clock time names, whether it dates a statement rather than the event).

    >>> time_frame("a news conference at 10:30 a.m. Thursday", 21, 31)
    ('thursday', False)
    >>> time_frame("The police tweeted just before 9 a.m. Sunday that", 31, 37)
    ('sunday', True)
    >>> time_frame("The shooting happened at about 11 p.m.", 31, 38)
    (None, False)
    """
    after = _DAY_AFTER.match(text[end : end + 30])
    before = _DAY_BEFORE.search(text[max(0, start - 40) : start])
    found = after or before
    day = found.group("day").lower() if found is not None else None
    return day, dates_a_statement(text, start)


# A page's own stamp: "Posted: Sunday, August 2, 2015 11:49 AM EDT Updated: ...".
_STAMP_BEFORE = re.compile(
    r"\b(?:posted|updated|published|last\s+updated|modified|first\s+published)\s*"
    r"(?:on|at)?\s*:?[^.|:;]{0,45}(?::\d\d[^.|:;]{0,12})?$"
    # a page's update line: "UPDATE @ 5:30 p.m.:", "UPDATE 6:17 PM -"
    r"|(?:^|\n)\s*update\s*(?:@|at|:)?\s*$",
    re.IGNORECASE,
)


# A byline's date and time closing its line: "Madeline Kenney on January 27, 2021 at 10:00
# pm" (a time after a full date, with nothing after it but a time zone).
_BYLINE_DATE_BEFORE = re.compile(rf"\b(?:{MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}},?\s+(?:at\s+)?$")
_BYLINE_TIME_ENDS = re.compile(
    r"\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?\s*$", re.IGNORECASE
)


def is_stamp(text: str, start: int) -> bool:
    """Whether the date or time at ``start`` is the page's own stamp (when it was posted or
    updated), never a date the article reports.

    >>> t = "Man guilty Posted: Thursday, August 6, 2015 8:36 AM EDT Updated: Thursday"
    >>> is_stamp(t, t.index("August")), is_stamp(t, t.index("8:36"))
    (True, True)
    >>> t = "He was shot on August 2, 2015 and died."
    >>> is_stamp(t, t.index("August"))
    False
    >>> t = "Fire kills five'Madeline Kenneyon January 27, 2021 at 10:00 pm"
    >>> is_stamp(t, t.index("10:00"))
    True
    >>> t = "On January 27, 2021 at 10:00 pm, the fire broke out."
    >>> is_stamp(t, t.index("10:00"))
    False
    >>> t = "UPDATE @ 5:30 p.m. (Jan. 20): Police have released cruiser camera footage."
    >>> is_stamp(t, t.index("5:30"))
    True
    """
    if _STAMP_BEFORE.search(text[max(0, start - 80) : start]) is not None:
        return True
    return bool(
        _BYLINE_DATE_BEFORE.search(text[max(0, start - 40) : start])
        and _BYLINE_TIME_ENDS.match(text, start)
    )


# A time of a timetable, in its own clause: "was scheduled to be on campus at 7 a.m.", "The
# school day begins around 7:35 a.m." (the shooting the sentence goes on to tell came at
# another time).
_SCHEDULE_BEFORE = re.compile(
    r"\b(?:(?:scheduled|slated|due|set)\s+to\s+(?:[\w-]+\s+){0,4}?|"
    r"(?:day|classes|class|school|shift|session|practice|service)\s+"
    r"(?:begins|starts|opens|ends|began|started|opened|ended)\s+)"
    r"(?:at\s+|around\s+|about\s+|by\s+)?$",
    re.IGNORECASE,
)
# A clock time at the figure's start (a timetable's dates, "due to launch in September
# 2028", are claims of their own).
_CLOCK_AT = re.compile(
    r"(?:(?:around|about|at|by)\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\d{1,2}:\d\d)",
    re.IGNORECASE,
)


def is_schedule(text: str, start: int) -> bool:
    """Whether the clock time at ``start`` is a timetable's (when someone is due, when a
    school day begins), never when what is reported happened.

    >>> t = "An officer was scheduled to be on campus at 7 a.m., shortly after the shooting."
    >>> is_schedule(t, t.index("7 a.m."))
    True
    >>> t = "The school day begins around 7:35 a.m., so not all students had arrived."
    >>> is_schedule(t, t.index("around"))
    True
    >>> is_schedule("The shooting happened at 7 a.m.", 25)
    False
    >>> t = "The shootings started around 9:08 a.m.; Tessera is due to launch in May 2028."
    >>> is_schedule(t, t.index("around")), is_schedule(t, t.index("May"))
    (False, False)
    """
    return (
        _CLOCK_AT.match(text, start) is not None
        and _SCHEDULE_BEFORE.search(text[max(0, start - 60) : start]) is not None
    )


def not_when_it_happened(text: str, start: int) -> bool:
    """Whether the date or time at ``start`` is when something was said, the page's own
    stamp, or a timetable's: never the date of what the sentence reports."""
    return dates_a_statement(text, start) or is_stamp(text, start) or is_schedule(text, start)


def dates_a_statement(text: str, start: int) -> bool:
    """Whether the date or time at ``start`` is when something was said ("police said
    Monday", "tweeted just before 9 a.m."), not when what is reported happened.

    >>> t = "The shooting happened Saturday, police said Monday."
    >>> dates_a_statement(t, t.index("Saturday")), dates_a_statement(t, t.index("Monday"))
    (False, True)
    """
    return _STATEMENT_BEFORE.search(text[max(0, start - 40) : start]) is not None
