"""What a sum in a court story is: which damages, a sum sought, or a legal cap.

A verdict's report gives several sums of one case, each right: "$10 million in
compensatory damages and $5 million in punitive damages", the $15 million they make, the
"$50 million in damages" the plaintiff sought, and a state law that "limits punitive
damages to $350,000". They are different claims, never one figure given several ways.
Each signal is a hard qualifier, so a sum under it is compared only with sums under the
same signal:

* ``<kind> damages``: damages of one kind ("compensatory", "punitive", "statutory"), a
  part of the damages awarded;
* ``sought``: a sum asked for ("sued for $50 million", "is seeking $1 billion in
  damages"), not one awarded or paid;
* ``cap``: a limit set on a sum ("limits punitive damages to $350,000", "capped at
  $250,000"), not the sum itself;
* ``combined sums``: sums of two kinds added up ("$145,000 in fines and restitution", "a
  combination of fines and restitution totaling $145,000"), never one of them.

Each signal is a named entry with the sentences it must and must not fire on
(``tests/test_awards.py`` runs them all).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.frame_signal import Signal, add_qualifiers, qualifiers_of
from crosscheck.models import Claim, QuantityKind
from crosscheck.normalize import Gate

_KINDS = r"(?P<kind>compensatory|punitive|statutory|exemplary|nominal|actual|treble|emotional)"

# How far before a sum its clause's verb or cap is looked for, in characters.
AWARD_WINDOW_CHARS = 80

SIGNALS = (
    Signal(
        "damages of one kind",
        "damages",  # replaced by "<kind> damages" in awards_of
        re.compile(rf"\b{_KINDS}\s+damages\s+(?:of|totall?ing|worth|amounting\s+to)\s+$", re.I),
        re.compile(rf"^\s*(?:\([^)]{{0,30}}\)\s*)?in\s+{_KINDS}\s+damages\b", re.IGNORECASE),
        (
            "she was ordered to pay him [$10 million] in compensatory damages",
            "and [$5 million] in punitive damages",
            "They awarded him US$10 million ($15m) in damages and [US$5m] ($7.5m) in punitive "
            "damages",
            "punitive damages of [$5 million]",
        ),
        ("Jurors awarded Depp [$15 million] in damages", "a fine of [$5 million]"),
        Gate(ends=("of", "totaling", "totalling", "worth", "to")),
        Gate(holds=("damages",)),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
    Signal(
        "a sum sought",
        "sought",
        re.compile(
            r"\b(?:sought|seeks|seeking|seek|(?:counter)?su(?:ed|ing|es)\s+(?:\w+\s+){0,3}?for"
            r"|asked\s+for|asking\s+for|asks\s+for|demanded|"
            r"demanding|demands|claimed|claiming)\s+(?:(?:about|around|nearly|more\s+than|"
            r"over|up\s+to|at\s+least|some|an?\s+)\s*)?$",
            re.IGNORECASE,
        ),
        None,
        (
            "Depp had sued Heard over her article and sought [$50 million] in damages",
            "The family is suing the city for [$10 million]",
            "Heard had countersued for [$100 million]",
            "the union demanded [40%] over four years",
        ),
        ("Jurors awarded Depp [$15 million]", "The company paid [$10 million]"),
        Gate(
            ends=(
                "sought",
                "seeks",
                "seeking",
                "seek",
                "for",
                "demanded",
                "demanding",
                "demands",
                "claimed",
                "claiming",
                "about",
                "around",
                "nearly",
                "than",
                "over",
                "to",
                "least",
                "some",
                "a",
                "an",
            )
        ),
    ),
    Signal(
        "a legal cap on a sum",
        "cap",
        re.compile(
            r"\b(?:limits?|limited|caps?|capped|ceiling)\b[^.;]{0,40}?\b(?:to|at|of)\s+"
            r"(?:(?:about|around|only|just)\s+)?$",
            re.IGNORECASE,
        ),
        None,
        (
            "state law limits punitive damages to [US$350,000]",
            "damages are capped at [$250,000] under state law",
            "a cap of [$350,000] on punitive damages",
        ),
        ("The jury awarded [$350,000]", "The capital's mayor said [12] people died"),
        Gate(holds=("limit", "cap", "ceiling")),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
)


# Kinds of sum a court orders or a party pays; two of them joined by "and" around a sum are
# added up in it.
_SUMS = r"(?:fines?|fees?|restitution|damages|costs|penalt(?:y|ies)|interest|forfeitures?)"
_COMBINED_BEFORE = re.compile(
    rf"\b{_SUMS}\s+and\s+(?:\w+\s+)?{_SUMS}\s+(?:totall?ing|amounting\s+to|worth|of)\s+$",
    re.IGNORECASE,
)
_COMBINED_AFTER = re.compile(
    rf"^\s*in\s+(?:\w+\s+)?{_SUMS}\s+and\s+(?:\w+\s+)?{_SUMS}\b", re.IGNORECASE
)

# A sum in the list a request names: "Prosecutors sought an 11-year sentence, a $5 million
# fine, ...", "asked for an 11-year sentence and a $5 million fine" (the clause split above
# loses the verb); not past a word of what was decided ("sought ten years, and the judge
# imposed a $1 million fine").
_SOUGHT_LIST = re.compile(
    r"\b(?:sought|seeks|seeking|asked\s+for|asking\s+for|requested|recommended|demanded)\s+"
    r"(?:(?!\b(?:imposed|ordered|awarded|fined|sentenced|gave|handed|granted|while|but|"
    r"judge|jury)\b)[^.;]){1,80}?(?:,|\band\b)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)

# A sum someone asked a court or a body to impose: "had asked Engoron to fine Trump and other
# defendants $370 million", "urged the judge to order him to pay $2 million".
_ASKED_TO = re.compile(
    r"\b(?:asked|asking|asks|urged|urging|urges|wanted|wants|requested|requesting|requests)\s+"
    r"(?:[\w.'\u2019-]+\s+){0,4}?to\s+(?:fine|order|award|impose|levy|make)\b"
    r"(?:(?!\b(?:but|while|instead|imposed|ordered|awarded|fined)\b)[^.;]){0,60}?$",
    re.IGNORECASE,
)
# Interest on a sum is a sum of its own: "$354.8 million plus approximately $100 million in
# interest", "$168 million in interest".
_INTEREST_AFTER = re.compile(
    r"^\s*(?:\([^)]{0,30}\)\s*)?in\s+(?:pre-?judgment\s+|post-?judgment\s+|accrued\s+)?interest\b",
    re.IGNORECASE,
)

# "in punitive damages" after a sum, or "punitive damages of" before it: which damages.
_KIND_AFTER = re.compile(rf"^\s*(?:\([^)]{{0,30}}\)\s*)?in\s+{_KINDS}\s+damages\b", re.I)
_KIND_BEFORE = re.compile(rf"\b{_KINDS}\s+damages\b", re.IGNORECASE)


def awards_of(text: str, start: int, end: int, kind: QuantityKind) -> set[str]:
    """The qualifiers of a sum at ``text[start:end]``.

    >>> t = "She must pay $10 million in compensatory damages and $5 million in punitive damages."
    >>> awards_of(t, t.index("$10"), t.index(" in comp"), QuantityKind.AMOUNT)
    {'compensatory damages'}
    >>> awards_of(t, t.index("$5"), t.index(" in pun"), QuantityKind.AMOUNT)
    {'punitive damages'}
    >>> awards_of("Jurors awarded $15 million.", 15, 26, QuantityKind.AMOUNT)
    set()
    >>> t = "Prosecutors sought an 11-year sentence, a $5 million fine and restitution."
    >>> awards_of(t, t.index("$5"), t.index(" fine"), QuantityKind.AMOUNT)
    {'sought'}
    >>> t = "They sought ten years, and the judge imposed a $1 million fine."
    >>> awards_of(t, t.index("$1"), t.index(" fine"), QuantityKind.AMOUNT)
    set()
    >>> t = "The attorney general had asked the judge to fine them $370 million."
    >>> awards_of(t, t.index("$"), len(t) - 1, QuantityKind.AMOUNT)
    {'sought'}
    >>> t = "He was fined $354.8 million plus about $100 million in interest."
    >>> awards_of(t, t.index("$1"), t.index(" in int"), QuantityKind.AMOUNT)
    {'interest'}
    >>> t = "He was charged more than $145,000 in fines and restitution."
    >>> awards_of(t, t.index("more"), t.index(" in f"), QuantityKind.AMOUNT)
    {'combined sums'}
    """
    before = text[max(0, start - AWARD_WINDOW_CHARS) : start]
    clause = re.split(r"[;,]\s|\band\b", before)[-1]
    after = text[end : end + AWARD_WINDOW_CHARS]
    found = qualifiers_of(SIGNALS, clause, after, kind)
    if _COMBINED_BEFORE.search(before) or _COMBINED_AFTER.match(after):
        found.add("combined sums")
    if "sought" not in found and _SOUGHT_LIST.search(before):
        found.add("sought")
    if _ASKED_TO.search(before):
        found.add("sought")
    if _INTEREST_AFTER.match(after):
        found.add("interest")
    if "damages" in found:  # the kind the signal matched, after the sum or before it
        found.discard("damages")
        m = _KIND_AFTER.match(after) or _KIND_BEFORE.search(clause)
        if m is not None:
            found.add(f"{m.group('kind').lower()} damages")
    return found


def with_awards(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the qualifiers the award signals of their sentences give them."""
    return add_qualifiers(claims, _award_signals)


def _award_signals(claim: Claim, text: str, start: int, end: int) -> set[str]:
    if claim.quantity.currency is None and claim.quantity.unit != "%":
        return set()
    return awards_of(text, start, end, claim.quantity.kind)
