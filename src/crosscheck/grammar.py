"""The English a claim's rules read: a sentence's words as tokens with their offsets, the
small closed word classes (prepositions, determiners, month and day names), plurals and
possessives, and the clause structure (relative clauses and asides in brackets) that
tells which words belong to a figure.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from typing import NamedTuple

# A word in any script ("Ilić", "Zoë"), or a punctuation mark that ends a phrase.
WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['.-])*[^\W\d_.]?(?<!['-])|[,;:()\[\]\"]")


PREPOSITIONS = frozenset(
    [
        "to",
        "from",
        "in",
        "into",
        "against",
        "with",
        "for",
        "by",
        "on",
        "at",
        "toward",
        "towards",
        "across",
        "near",
        "over",
        "through",
        "via",
        "inside",
        "outside",
        "within",
        "throughout",
        "of",
        "about",
        "around",
        "beyond",
        "upon",
        "onto",
    ]
)
DETERMINERS = frozenset({"the", "a", "an"})
# Ordinal words and the counts they tell ("a third person": at least three).
ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
ORDINAL_WORDS = "(?:" + "|".join(ORDINALS) + ")"

# Car makes that are no one's name: "a gold Honda Accord" is a car, never a person nor an
# accord (an agreement). Makes that are also surnames or words (Ford, Lincoln, Dodge,
# Mercury) are left out.
VEHICLE_MAKES = frozenset(
    {
        "acura",
        "audi",
        "bmw",
        "buick",
        "cadillac",
        "chevrolet",
        "chevy",
        "chrysler",
        "gmc",
        "honda",
        "hyundai",
        "infiniti",
        "jeep",
        "kia",
        "lexus",
        "mazda",
        "mercedes",
        "mitsubishi",
        "nissan",
        "oldsmobile",
        "pontiac",
        "subaru",
        "toyota",
        "volkswagen",
        "volvo",
    }
)

# The last word of a place's or a body's name: never a person's.
PLACE_NOUNS = frozenset(
    {
        "center",
        "centre",
        "hospital",
        "college",
        "school",
        "university",
        "street",
        "avenue",
        "road",
        "drive",
        "park",
        "department",
        "police",
        "county",
        "city",
        "church",
        "apartments",
        "complex",
        "station",
        "mall",
        "club",
        "lounge",
        "restaurant",
        "bar",
        "hotel",
        "office",
        "court",
        "jail",
        "prison",
        # street designators as written in addresses ("near 183 East 54th St.")
        "st",
        "ave",
        "rd",
        "blvd",
        "hwy",
        "pkwy",
        "boulevard",
        "lane",
        "highway",
    }
)


class Token(NamedTuple):
    """A word or a mark of a sentence, with its offsets (a tuple: a sentence makes many)."""

    text: str
    start: int
    end: int


def plain_words(tokens: Sequence[Token]) -> list[str]:
    """The tokens' words in lower case, without a full stop at the end."""
    return [t.text.lower().rstrip(".") for t in tokens]


def span_text(tokens: Sequence[Token]) -> str:
    return " ".join(t.text for t in tokens)


def plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def singular(word: str) -> str:
    """Crude English singular for nouns the lexicon does not know.

    >>> [singular(w) for w in ["builders", "casualties", "boxes", "deminers"]]
    ['builder', 'casualty', 'box', 'deminer']
    """
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


_RELATIVE_WORDS = frozenset({"which", "who", "whose", "where"})


def without_relative_clauses(tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` without the relative clauses set off by commas and without asides in
    brackets: in "Core inflation, which strips out food and energy prices, was 5.9%" the
    measure is core inflation; "has fined Wrenfield Bank plc (Wrenfield) £38,637,400"."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        if tokens[k].text == "(":
            close = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ")"), None)
            if close is not None:
                k = close + 1
                continue
        if (
            tokens[k].text == ","
            and k + 1 < len(tokens)
            and tokens[k + 1].text.lower() in _RELATIVE_WORDS
        ):
            close = next((j for j in range(k + 2, len(tokens)) if tokens[j].text == ","), None)
            if close is not None:
                k = close + 1
                continue
        out.append(tokens[k])
        k += 1
    return out


class Clauses:
    """The tokens of a sentence, indexed so that the last words of any prefix without its
    relative clauses and asides (``without_relative_clauses``) cost about that many
    words, not the length of the prefix: a long run of figures is no longer quadratic."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self._tokens = tokens
        # for each k: the index of the last "(", ")", "," and relative "," before k
        opened, closed, comma, relative = [-1], [-1], [-1], [-1]
        for k, token in enumerate(tokens):
            text = token.text
            opened.append(k if text == "(" else opened[-1])
            closed.append(k if text == ")" else closed[-1])
            comma.append(k if text == "," else comma[-1])
            starts = (
                text == ","
                and k + 1 < len(tokens)
                and tokens[k + 1].text.lower() in _RELATIVE_WORDS
            )
            relative.append(k if starts else relative[-1])
        self._opened, self._closed, self._comma, self._relative = opened, closed, comma, relative

    def tail(self, n: int, count: int) -> list[Token]:
        """``without_relative_clauses(tokens[:n])[-count:]``. Reading a prefix from a token
        ``s`` on gives the same tokens as reading it from the start does past ``s``, when
        no aside or relative clause open before ``s`` can close after it."""
        s = n - count
        while s > 0:
            unclosed = self._opened[s] if self._closed[s] < self._opened[s] else -1
            relative = self._relative[s]
            open_clause = relative if relative >= 0 and self._comma[s] < relative + 2 else -1
            if unclosed < 0 and open_clause < 0:
                kept = without_relative_clauses(self._tokens[s:n])
                if len(kept) >= count:
                    return kept[-count:]
                s -= count
            else:
                s = min(x for x in (unclosed, open_clause) if x >= 0)
        return without_relative_clauses(self._tokens[:n])[-count:]


_MONTH_NAMES = frozenset(
    name.lower()
    for name in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, "Sept")
    if name
)


def is_month(word: str) -> bool:
    return strip_possessive(word).lower().rstrip(".") in _MONTH_NAMES


def strip_possessive(word: str) -> str:
    for suffix in ("'s", "s'", "'"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)] if suffix != "s'" else word[:-1]
    return word
