"""Word lists crosscheck reads by: data files beside this module, loaded once.

The data lives in JSON so that adding a spelling variant, a country or a counted noun
is a data change, not a code change.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any


def _load(name: str) -> Any:
    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


@cache
def spelling() -> Mapping[str, str]:
    """British spelling -> American spelling, lower case, whole words."""
    data: dict[str, str] = _load("spelling.json")
    return MappingProxyType(
        {k.lower(): v.lower() for k, v in data.items() if not k.startswith("_")}
    )


@cache
def things() -> frozenset[str]:
    """Nouns that never name a person or a group of people ("farm", "shooting", "county"),
    lower case, singular: WordNet's, written by ``make_things``."""
    text = resources.files(__package__).joinpath("things.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


@cache
def designation_heads() -> frozenset[str]:
    """Words after which a number names something ('Article 5', 'Windows 11'), lower case."""
    return frozenset(w.lower() for w in _load("designations.json")["heads"])


@cache
def entities() -> tuple[tuple[str, str, str], ...]:
    """(surface form, canonical actor, label) for every country and organisation name.

    Surface forms are matched case-sensitively as written (proper nouns).
    """
    rows: list[tuple[str, str, str]] = []
    for entry in _load("entities.json")["entities"]:
        canonical = entry["canonical"]
        label = entry.get("label", canonical.title())
        for name in (canonical.title(), *entry.get("names", ())):
            rows.append((name, canonical, label))
    # Longest names first, so "North Korea" wins over "Korea".
    rows.sort(key=lambda r: (-len(r[0]), r[0]))
    return tuple(dict.fromkeys(rows))


@cache
def labels() -> Mapping[str, str]:
    return MappingProxyType({canonical: label for _, canonical, label in entities()})


def actor_label(canonical: str) -> str:
    """Adjective form of an actor for display: 'north korea' -> 'North Korean'; a role
    stays as written: 'the victim', 'the boy (hurt)' -> 'the hurt boy'.

    >>> actor_label("north korea"), actor_label("the boy (hurt)"), actor_label("ann lee")
    ('North Korean', 'the hurt boy', 'Ann Lee')
    """
    if canonical.startswith("the "):
        noun = canonical.removeprefix("the ")
        return f"the hurt {noun.removesuffix(' (hurt)')}" if noun.endswith("(hurt)") else canonical
    return labels().get(canonical, canonical.title())


class CountedLexicon:
    """Counted-noun classes, casualty events, generic heads and phrase stop words."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.classes: Mapping[str, str] = MappingProxyType(
            {form: name for name, forms in data["classes"].items() for form in forms}
        )
        self.events: Mapping[str, str] = MappingProxyType(
            {form: name for name, forms in data["events"].items() for form in forms}
        )
        self.measures: Mapping[str, str] = MappingProxyType(
            {form: name for name, forms in data.get("measures", {}).items() for form in forms}
        )
        self.longest_measure = max((len(f.split()) for f in self.measures), default=1)
        self.units: Mapping[str, str] = MappingProxyType(dict(data.get("units", {})))
        self.readings: frozenset[str] = frozenset(data.get("readings", ()))
        # event form -> words after it that make it another thing ("shot at officers")
        self.event_exceptions: Mapping[str, frozenset[str]] = MappingProxyType(
            {
                form: frozenset(words)
                for form, words in data.get("event_exceptions", {}).items()
                if not form.startswith("_")
            }
        )
        self.generic: frozenset[str] = frozenset(data["generic"])
        self.stop: frozenset[str] = frozenset(data["stop"])
        self.longest_class = max(len(f.split()) for f in self.classes)
        self.class_names: frozenset[str] = frozenset(data["classes"])
        self.longest_event = max(len(f.split()) for f in self.events)


@cache
def counted() -> CountedLexicon:
    """The counted-noun lexicon (``counted.json``)."""
    return CountedLexicon(_load("counted.json"))


class DatedLexicon:
    """Events a date or clock time may date, and title words that precede names."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.events: Mapping[str, str] = MappingProxyType(
            {form: name for name, forms in data["events"].items() for form in forms}
        )
        self.titles: frozenset[str] = frozenset(data["titles"])
        self.longest_event = max(len(f.split()) for f in self.events)


@cache
def dated() -> DatedLexicon:
    """The dated-event lexicon (``dated.json``)."""
    return DatedLexicon(_load("dated.json"))


@cache
def entity_index() -> tuple[Mapping[str, str], int]:
    """Surface form -> canonical actor, and the most words any surface form has."""
    index = {name: canonical for name, canonical, _ in entities()}
    return MappingProxyType(index), max(len(n.split()) for n in index)


@cache
def entity_lengths() -> Mapping[str, tuple[int, ...]]:
    """First word of a surface form in :func:`entity_index` -> how many words the forms
    that start with it have, most first: a word that starts none needs no look-up."""
    index, _ = entity_index()
    lengths: dict[str, set[int]] = {}
    for name in index:
        words = name.split(" ")
        lengths.setdefault(words[0], set()).add(len(words))
    return MappingProxyType({w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()})


@cache
def nicknames() -> Mapping[str, frozenset[str]]:
    """Short form of a given name -> the full names it stands for (``nicknames.json``)."""
    return MappingProxyType(
        {short: frozenset(full) for short, full in _load("nicknames.json")["names"].items()}
    )


@cache
def stop_words() -> frozenset[str]:
    """Function words that say nothing of which story a document tells, lower case."""
    return frozenset(_load("stopwords.json")["words"])


@cache
def docs_words() -> Mapping[str, frozenset[str]]:
    """Words documentation tables and pages are read by (``docs.json``): headers that
    name no attribute ('value'), an entity column ('company'), a date column, a label
    column ('metric'), words that name a plan or tier ('pro', 'enterprise'), and words
    that say how a change is measured, not what it counts ('year-over-year')."""
    data: dict[str, Any] = _load("docs.json")
    return MappingProxyType(
        {k: frozenset(w.lower() for w in v) for k, v in data.items() if not k.startswith("_")}
    )
