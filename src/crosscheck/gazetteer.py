"""Capitalised single words in news text that are never a person's name: the US states
and their AP-style abbreviations ("Santa Monica, Calif."), the towns a source itself places
things in ("was shot in Kenosha"), and words that open lines and sentences ("Published:",
"Soon after", "Two males", "We're").

A holder of an age found by anaphora ("the 23-year-old" after "Santa Monica, Calif."), or
the doer of a dated event, is no person when it is one of these.
"""

from __future__ import annotations

import re

US_STATES = frozenset(
    {
        *("alabama", "alaska", "arizona", "arkansas", "california", "colorado"),
        *("connecticut", "delaware", "florida", "hawaii", "idaho", "illinois", "indiana"),
        *("iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts"),
        *("michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska"),
        *("nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas"),
        *("utah", "vermont", "virginia", "wisconsin", "wyoming"),
    }
)
# AP-style abbreviations of states, as a dateline writes them ("Calif.", "Wash.", "Ill.").
# Not those that are also common first names or words ("Ind.", "Ore.", "Miss.", "Mo.").
US_STATE_ABBREVIATIONS = frozenset(
    {
        *("ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ill", "kan"),
        *("mass", "mich", "minn", "mont", "neb", "nev", "okla", "tenn", "wash", "wis"),
        *("wyo", "penn", "va", "ga", "ky", "md", "pa"),
    }
)

# Capitalised words that open sentences, lines or headlines and are no name: counts, time
# words, the labels of a page's dates and pictures, headline verbs.
OPENERS = frozenset(
    {
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        *("published", "updated", "posted", "soon", "shortly", "later", "earlier"),
        *("officials", "investigators", "witnesses", "neighbors", "neighbours"),
        *("shot", "killed", "dead", "hurt", "injured", "wounded", "slain"),
        *("photo", "video", "caption", "image"),
        # sentence adverbs: "Sadly, the 16-year-old victim passed away"
        *("sadly", "tragically", "unfortunately", "fortunately", "thankfully", "luckily"),
        *("meanwhile", "however", "additionally", "moreover", "finally", "ultimately"),
        *("reportedly", "allegedly", "separately", "initially", "previously", "currently"),
    }
)
_CONTRACTION = re.compile(r"['\u2019](?:re|ll|ve|d|m|s)$|n['\u2019]t$")

# "in Kenosha", "near Auburn", "outside Lakewood": one capitalised word after a place's
# preposition, with no other capitalised word after it (not "in Adam Toledo's case").
_PLACED = re.compile(
    r"\b(?:in|near|outside|downtown|suburban)\s+([A-Z][a-z]{2,})\b(?![\s-]+[A-Z])(?!['\u2019])"
)


def is_state(word: str) -> bool:
    """Whether ``word`` (any case, a trailing full stop allowed) names a US state."""
    w = word.lower().rstrip(".")
    return w in US_STATES or w in US_STATE_ABBREVIATIONS


def never_a_name(word: str) -> bool:
    """Whether a capitalised word standing alone is no person's name: a state, an opener
    ("Published", "Two", "Soon") or a contraction ("We're", "I'm").

    >>> [never_a_name(w) for w in ("Calif.", "Published", "We're", "Brooks", "Heard")]
    [True, True, True, False, False]
    """
    w = word.lower().rstrip(".")
    return is_state(w) or w in OPENERS or _CONTRACTION.search(w) is not None


def source_places(text: str) -> frozenset[str]:
    """The single-word places a source puts things in (lower case): "shot in Kenosha".

    >>> sorted(source_places("He was shot in Kenosha. Adam Toledo lived in Chicago's west."))
    ['kenosha']
    """
    return frozenset(m.group(1).lower() for m in _PLACED.finditer(text))
