"""Group the same claim across sources: Claims -> groups.

Claims meet only inside a *block*: the same counted thing (or unit or currency when
nothing is counted), the same rate and the same frame signals. A fuzzy score alone cannot
tell "same claim, other number" from "other claim" (paraphrases of one claim score 44-67,
unrelated sentences 35-44), so it is used only where the frame has nothing better:

* claims that name an actor join the group of that actor;
* a claim without an actor joins an actor's group only when its masked sentence is a
  near-verbatim match of a member's (``Settings.frame_similarity``); otherwise the
  actor-less claims form their own group;
* a claim that counts nothing (a bare sum of money, a percentage) must match a member's
  masked sentence that closely to join any group.

Cost grows with the number of claims plus the fuzzy comparisons inside each block, which
stay small because blocks are keyed by what is counted.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from crosscheck.holders import MARKET_COUNTS, UNNAMED_POLL
from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.lexicon import nicknames, stop_words
from crosscheck.models import Claim, QuantityKind
from crosscheck.periods import period_words
from crosscheck.series import issues_apart, series_pairs
from crosscheck.settings import Settings
from crosscheck.units import dimension

BlockKey = tuple[str, str | None, str | None, str | None, str | None, tuple[str, ...]]

# Kinds whose actor is a person's name, written in full or in part ("Kim", "Kim Jong Un").
_NAMED_KINDS = frozenset({QuantityKind.AGE, QuantityKind.DATE, QuantityKind.TIME})


# Counted things that say nothing of what happened: "52 people", "700 people", "2,500
# people" in a refugee story are a shelter's capacity, a day's arrivals and a camp's count;
# "six men" wounded, "three men" who opened fire and "two men" at one hospital.
# Such claims meet only when their sentences are near-verbatim, as uncounted ones do.
_SAYS_NOTHING = frozenset(
    {"people", "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "adults"}
)


# Responders counted by what they did say who was there, not what happened: of one stop's
# "three troopers", "two troopers" fell and "at least two" ran back; "two officers" fired,
# "five" responded and "seven" were put on leave. A group at a scene is counted by many
# subsets, so such counts too meet only in near-verbatim frames (a responder hurt or killed
# is counted by the fate: "two officers were shot" counts the shot).
_RESPONDERS = frozenset(
    {
        "officer",
        "trooper",
        "deputy",
        "agent",
        "detective",
        "firefighter",
        "paramedic",
        "medic",
        "responder",
        "sergeant",
        "marshal",
        "ranger",
        "dispatcher",
        "police",
        "police officer",
    }
)


# What befalls the people of an incident (canonical counted things): killed, injured, ...
_FATES = frozenset(counted_lexicon().events.values())


# Counts of shares someone holds or bought are that holder's: two reports of a takeover
# give many holders' stakes, so a count whose holder is not named is not compared. (Sold
# shares are often an issuer's offering, "the company sold 34 mln shares".)
HOLDERS_COUNTS = frozenset({"shares held", "shares bought"})


# Counts that are some holder's: a party's seats or votes, or its percentage of the vote.
# One that names no holder ("317 seats, 42.4%" in a results table, "After 650 of 650 seats
# declared", "winning 48 of the 59 seats", "He won about 40 per cent of the vote") is the
# same claim as another only in a near-verbatim frame, even when one party alone is named
# beside it, unless its sentence names that party.
HELD_COUNTS = frozenset({"seats", "votes"})
HELD_SHARES = frozenset({"vote share"})


def _held(claim: Claim) -> bool:
    q = claim.quantity
    return claim.counted in HELD_COUNTS or (claim.counted in HELD_SHARES and q.unit == "%")


# The hour or day a count was read ("457,000 without power as of noon Thursday", "16
# patients as of 9 p.m. Monday"): it dates the count, not the event, and two counts' stamps
# are two readings: never compared.
_STAMPS = frozenset({"time of count", "date of count"})


def block_key(claim: Claim) -> BlockKey | None:
    """What a claim must share with another to be the same claim; None if not comparable."""
    q = claim.quantity
    if q.kind in _NAMED_KINDS:
        if claim.counted is None or claim.counted in _STAMPS:
            return None  # a date with no event near it, or an age of nobody in particular
        if q.kind is QuantityKind.AGE and claim.actor is None:
            return None
        return (q.kind.value, claim.counted, None, None, None, _hard(claim.qualifiers))
    if claim.counted is None and q.unit is None and q.currency is None:
        return None  # a bare number: nothing says what it is
    if claim.counted in HOLDERS_COUNTS | MARKET_COUNTS and claim.actor is None:
        return None  # "the group raised its stake to 88,580 shares": whose stake?
    if UNNAMED_POLL in claim.qualifiers:
        return None  # "In that survey, the Conservatives had 39 pct": whose poll?
    if q.low is None and q.high is None:
        return None
    # '100 yards' and '100 feet' are two lengths of one claim; a reading (a depth, a
    # speed at a place and time) keeps its unit: a claim with no place that fits the parts
    # of two places stays apart (_by_place_and_time), so a reading written in another unit
    # at another place would keep it from the one it matched.
    reading = claim.counted in counted_lexicon().readings
    unit = q.unit if reading else dimension(q.unit) or q.unit
    return (q.kind.value, claim.counted, unit, q.currency, q.rate, _hard(claim.qualifiers))


# Qualifiers that place a reading ("at lismore", "at early afternoon"), name the model a
# price is for ("for 256gb"), the period a result is for ("during h1") or what moved ("of
# cordell") or the month a monthly figure is for ("in month december") are soft: outlets
# often leave them out, so a claim that states none may join the one place, time, model,
# period, month or mover stated. The line of a result ("line net income", see aspects.py)
# is soft for the same reason.
SOFT_PREFIXES = ("at ", "for ", "during ", "of ", "against ", "on ", "in month ", "line ", "by ")


def _hard(qualifiers: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(q for q in qualifiers if not q.startswith(SOFT_PREFIXES))


def _soft(claim: Claim) -> tuple[str, ...]:
    return tuple(q for q in claim.qualifiers if q.startswith(SOFT_PREFIXES))


def _by_place_and_time(group: list[Claim]) -> list[list[Claim]]:
    """Claims at other places, times, models, periods or of other movers are other claims
    ('38.6C in Valmore', '41.2C in Orvale'). A claim joins the one part whose every stated
    place, time, ... it shares or leaves unstated, names matching when one holds the other's
    words ('cordell' in 'cordell semiconductor'); if it fits several parts it stays apart."""
    parts: list[tuple[dict[str, str], list[Claim]]] = []
    # The most specific claims first, so that parts form around what is stated.
    for claim in sorted(group, key=lambda c: (-len(_soft(c)), _position(c))):
        mine = _soft_dims(claim)
        fits = [i for i, (dims, _) in enumerate(parts) if _compatible(mine, dims)]
        if len(fits) == 1:
            dims, members = parts[fits[0]]
            for prefix, value in mine.items():
                if len(value) > len(dims.get(prefix, "")):
                    dims[prefix] = value  # the fuller name: 'cordell semiconductor'
            members.append(claim)
        else:
            parts.append((dict(mine), [claim]))
    return [members for _, members in parts]


def _soft_dims(claim: Claim) -> dict[str, str]:
    dims: dict[str, str] = {}
    for qualifier in _soft(claim):
        prefix = next(p for p in SOFT_PREFIXES if qualifier.startswith(p))
        # two values of one kind ('at orvale' and 'at early afternoon') are kept together
        dims[prefix] = " | ".join(sorted({*dims.get(prefix, "").split(" | "), qualifier})).strip(
            " |"
        )
    return dims


def _compatible(a: dict[str, str], b: dict[str, str]) -> bool:
    return all(_same_value(a[p], b[p]) for p in a.keys() & b.keys())


def _same_value(a: str, b: str) -> bool:
    if a == b:
        return True
    words_a, words_b = period_words(a), period_words(b)
    return words_a <= words_b or words_b <= words_a


def align(
    claims: Sequence[Claim], settings: Settings, templates: Collection[str] = frozenset()
) -> list[list[Claim]]:
    """Groups of claims that state the same thing, each sorted by source and position.

    ``templates`` are masked frames that many documents of the corpus write word for word
    (a wire's "Shr # cts vs # cts" tables): a claim that counts nothing and sits in one has
    nothing but that template to say what it is, so it is not aligned.
    """
    blocks: dict[BlockKey, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.counted is None and claim.frame in templates:
            continue
        key = block_key(claim)
        if key is not None:
            blocks[key].append(claim)
    _adopt_unnamed_measures(blocks, settings)
    groups: list[list[Claim]] = []
    for key in sorted(blocks, key=_sortable):
        # A part of a toll that names no one ("the other 195" died, "31 died in Wajima" of
        # a quake's toll) says no more of which part than "people" says of what: such parts
        # meet only in near-verbatim frames, unless an actor names whose part it is. A part
        # that names its people ("28 children" among the dead) says what it counts.
        says_what = (
            key[1] is not None
            and key[1] not in _SAYS_NOTHING
            and key[1] not in _RESPONDERS
            and not ("part" in key[5] and key[1] in _FATES)
        )
        groups.extend(_split_block(blocks[key], counted=says_what, settings=settings))
    groups = [part for g in groups for part in _by_place_and_time(g)]
    groups = [part for g in groups for part in _partitions_apart(g)]
    groups = [part for g in groups for part in _one_per_sentence(g, settings)]
    series = series_pairs(groups)  # issues of one recurring report are other periods
    groups = [part for g in groups for part in issues_apart(g, series)]
    return [sorted(g, key=_position) for g in groups if len({c.source for c in g}) > 1]


def template_frames(
    claims: Sequence[Claim], copies: Mapping[str, str], settings: Settings
) -> frozenset[str]:
    """Masked frames of claims that count nothing, written word for word by more than
    ``story_boilerplate_documents`` independent documents (copies count once): a template,
    as a site's sign-up box is a template line.

    >>> from crosscheck.models import Claim, Quantity, Sentence, Bound
    >>> def c(path):
    ...     s = Sentence(source=path, index=0, start=0, end=9, line=1, column=1, text="x")
    ...     q = Quantity(text="1", start=0, end=1, value=1, low=1, high=1, bound=Bound.EXACT)
    ...     return Claim(source=path, sentence=s, quantity=q, counted=None, counted_text=None,
    ...                  actor=None, frame="shr # cts vs # cts")
    >>> sorted(template_frames([c(p) for p in "abcd"], {}, Settings()))
    ['shr # cts vs # cts']
    >>> sorted(template_frames([c(p) for p in "abcd"], {"d": "a"}, Settings()))
    []
    """
    holders: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.counted is None:
            holders[claim.frame].add(copies.get(claim.source, claim.source))
    limit = settings.story_boilerplate_documents
    return frozenset(frame for frame, docs in holders.items() if len(docs) > limit)


def _partitions_apart(group: list[Claim]) -> list[list[Claim]]:
    """A sentence whose figures of one group add up to another source's figure gives the
    parts of that whole ("three people who had been shot were taken by ambulance and two
    went by private car" against "five people were shot"): a part never conflicts with its
    whole, so the parts leave the group (each sentence's parts stay together)."""
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in group:
        if claim.quantity.value is not None and claim.quantity.low == claim.quantity.high:
            by_sentence[(claim.source, claim.sentence.start)].append(claim)
    parts: list[list[Claim]] = []
    for (source, _), members in sorted(by_sentence.items()):
        if len(members) < 2:
            continue
        total = math.fsum(c.quantity.value or 0.0 for c in members)
        if any(c.source != source and c.quantity.value == total for c in group):
            parts.append(members)
    if not parts:
        return [group]
    apart = {id(c) for part in parts for c in part}
    return [[c for c in group if id(c) not in apart], *parts]


def _one_per_sentence(group: list[Claim], settings: Settings) -> list[list[Claim]]:
    """A sentence does not contradict itself: two figures of one sentence in a group ("52.4%
    of the vote against Lindqvist's 44.8%") are two claims, so the later one starts a group
    of its own with the other later ones. Later ones meet only when their frames are
    near-verbatim: what made the group (an actor, a counted word) was the first figure's,
    so "790 bodies recovered" after a toll of 803 and "Reuters' count stood at 187" after
    the AP's 194 are not one claim."""
    parts: list[list[Claim]] = []
    seen: list[set[tuple[str, int]]] = []
    for claim in sorted(group, key=_position):
        sentence = (claim.source, claim.sentence.start)
        for part, sentences in zip(parts, seen, strict=True):
            if sentence not in sentences:
                part.append(claim)
                sentences.add(sentence)
                break
        else:
            parts.append([claim])
            seen.append({sentence})
    return parts[:1] + [c for part in parts[1:] for c in _cluster_by_frame(part, settings)]


def _adopt_unnamed_measures(blocks: dict[BlockKey, list[Claim]], settings: Settings) -> None:
    """An amount with a unit or currency but no counted word ("starts at $1,299") joins the
    block of the same unit and currency whose frames it matches ("Prices start at
    $1,349"): outlets name the measure in one sentence and leave it implicit in another."""
    named: dict[BlockKey, list[BlockKey]] = defaultdict(list)
    for key in blocks:
        if key[1] is not None:
            named[(key[0], None, *key[2:])].append(key)
    for key in sorted(blocks, key=_sortable):
        if key[1] is not None or key not in named:
            continue
        siblings = sorted(named[key], key=_sortable)
        index = _FrameIndex()
        for i, sibling in enumerate(siblings):
            for claim in blocks[sibling]:
                index.add(claim.frame, i)
        kept: list[Claim] = []
        for claim in blocks[key]:
            found = index.best(claim.frame, settings.frame_similarity)
            if found is None:
                kept.append(claim)
            else:
                blocks[siblings[found]].append(claim)
        blocks[key] = kept


# Amounts that measure one person, as an age does: their holders' names are merged as
# ages' are ("seals" is "joseph seals").
_OF_A_PERSON = frozenset({"years of service"})


def _split_block(block: list[Claim], *, counted: bool, settings: Settings) -> list[list[Claim]]:
    by_actor: dict[str | None, list[Claim]] = defaultdict(list)
    for claim in block:
        by_actor[claim.actor].append(claim)
    actorless = by_actor.pop(None, [])
    groups = [by_actor[a] for a in sorted(by_actor, key=str)]
    if block and (block[0].quantity.kind in _NAMED_KINDS or block[0].counted in _OF_A_PERSON):
        groups = _merge_names(groups)
    else:
        groups = _merge_acronyms(groups)
    if not counted:
        # Nothing counted: only near-verbatim frames are the same claim.
        return [
            g for group in groups for g in _cluster_by_frame(group, settings)
        ] + _cluster_by_frame(actorless, settings)
    rest: list[Claim] = []
    orphans: list[Claim] = []
    index = _FrameIndex()
    for i, group in enumerate(groups):
        for member in group:
            index.add(member.frame, i)
    for claim in sorted(actorless, key=_position):  # the same groups for any input order
        # With a single actor in the block, a claim that names none is about that actor:
        # outlets often leave the actor unstated ("62 people died" / "floods killed 62 in
        # Bangladesh"). With several, only a near-verbatim frame says which.
        held = _held(claim)
        found = (
            0
            if len(groups) == 1 and (not held or _names_holder(claim, groups[0]))
            else index.best(claim.frame, settings.frame_similarity)
        )
        if found is not None and _same_sentence(claim, groups[found]):
            # "50 dead, including 22 in the Philippines": the 50 is not the 22's, and the
            # figures left out so meet others only in near-verbatim frames
            orphans.append(claim)
            continue
        if found is None:
            (orphans if held else rest).append(claim)
        else:
            groups[found].append(claim)
            index.add(claim.frame, found)
    if rest:
        groups.append(rest)
    return groups + _cluster_by_frame(orphans, settings)


# Words a name's acronym leaves out: "SNP" is the Scottish National Party, "ECB" the
# European Central Bank, "NRA" the National Rifle Association of America.
_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "&"})


def _initials(actor: str) -> str:
    return "".join(w[0] for w in actor.split() if w not in _ACRONYM_SKIPS)


def _merge_acronyms(groups: list[list[Claim]]) -> list[list[Claim]]:
    """Join a group whose holder is one word to the one group whose holder of several words
    it is the initials of: "snp" and "scottish national party" are one party. A word that
    is the initials of two holders joins neither.

    >>> from crosscheck.models import Bound, Claim, Quantity, Sentence
    >>> def c(actor, src):
    ...     s = Sentence(source=src, index=0, start=0, end=1, line=1, column=1, text="x")
    ...     q = Quantity(text="1", start=0, end=1, value=1, low=1, high=1, bound=Bound.EXACT)
    ...     return Claim(source=src, sentence=s, quantity=q, counted="seats",
    ...                  counted_text=None, actor=actor, frame="")
    >>> [[x.actor for x in g] for g in _merge_acronyms([[c("scottish national party", "a")],
    ...     [c("snp", "b")], [c("labour", "c")]])]
    [['scottish national party', 'snp'], ['labour']]
    """
    keys = [g[0].actor or "" for g in groups]
    long = {}
    for i, key in enumerate(keys):
        if len(key.split()) >= 2:
            long.setdefault(_initials(key), []).append(i)
    joined: dict[int, int] = {}
    for j, key in enumerate(keys):
        if " " in key or len(key) < 2:
            continue
        holders = long.get(key, [])
        if len(holders) == 1:
            joined[j] = holders[0]
    if not joined:
        return groups
    out: list[list[Claim]] = []
    for i, group in enumerate(groups):
        if i in joined:
            continue
        out.append(group + [c for j, k in sorted(joined.items()) if k == i for c in groups[j]])
    return out


def _names_holder(claim: Claim, group: list[Claim]) -> bool:
    """Whether the sentence of ``claim`` names the holder (actor) of ``group``: "the Civic
    Alliance won ..., giving it 31 of the 81 seats" is the Civic Alliance's count though the
    claims stage bound no actor to it."""
    words = set(re.findall(r"[^\W\d_]+", claim.sentence.text.lower()))
    return set((group[0].actor or "").split()) <= words


def _same_sentence(claim: Claim, group: list[Claim]) -> bool:
    """Whether a claim of ``group`` is in the sentence of ``claim``."""
    return any(m.source == claim.source and m.sentence.start == claim.sentence.start for m in group)


def _merge_names(groups: list[list[Claim]]) -> list[list[Claim]]:
    """Join groups whose person is one name written in full or in part: every word of the
    shorter name ("kim", "putin") is a word of the longer ("kim jong un", "vladimir putin").
    A short name that fits two different longer names joins neither: it is ambiguous.
    Spellings of one name ("javon wilson", "jovan wilson") are one name first."""
    groups = _merge_spellings(groups)
    names = [frozenset((g[0].actor or "").split()) for g in groups]
    repeated = [
        len(n) < len((g[0].actor or "").split()) for n, g in zip(names, groups, strict=True)
    ]
    merged: list[list[Claim]] = []
    taken: set[int] = set()
    for i in sorted(range(len(groups)), key=lambda k: -len(names[k])):
        if i in taken:
            continue
        family = [i]
        given = (groups[i][0].actor or "").split()[0] if groups[i][0].actor else ""
        # a shorter name holding the given name first: a surname may be a relative's
        for j in sorted(range(len(groups)), key=lambda k: given not in names[k]):
            if j == i or j in taken or not names[j] < names[i] or repeated[j]:
                continue  # ("abdi abdi" is a full name of its own, not the word "abdi")
            fits = [k for k in range(len(groups)) if k != j and names[j] < names[k]]
            joined = [c for k in family for c in groups[k]]
            if all(names[k] <= names[i] for k in fits) and not _told_apart(joined, groups[j]):
                family.append(j)
        taken.update(family)
        merged.append([c for k in sorted(family) for c in groups[k]])
    return merged


def _told_apart(full: list[Claim], short: list[Claim]) -> bool:
    """Whether one source gives the full name (or a name already joined to it) and the
    shorter one different figures: two people ("Kobe Bryant and his 13-year-old daughter,
    Gianna ... Bryant, 41").

    >>> from crosscheck.models import Bound, Claim, Quantity, Sentence
    >>> def c(actor, src, v):
    ...     s = Sentence(source=src, index=0, start=0, end=1, line=1, column=1, text="x")
    ...     q = Quantity(text="1", start=0, end=1, value=v, low=v, high=v, bound=Bound.EXACT)
    ...     return Claim(source=src, sentence=s, quantity=q, counted="age", counted_text=None,
    ...                  actor=actor, frame="")
    >>> _told_apart([c("gianna bryant", "a", 13)], [c("bryant", "a", 41)])
    True
    >>> _told_apart([c("kobe bryant", "a", 41)], [c("bryant", "a", 41), c("bryant", "b", 42)])
    False
    """
    values: dict[str, set[float | None]] = {}
    for claim in full:
        values.setdefault(claim.source, set()).add(claim.quantity.value)
    return any(
        claim.source in values and claim.quantity.value not in values[claim.source]
        for claim in short
    )


# A given name misspelt, not another name: the same letters in another order ("javon",
# "jovan"), or one letter off in a name of at least this many letters ("jeremiah",
# "jerimiah"). Shorter names one letter apart are often other people: "mark" and "mary".
MISSPELLING_MIN_LETTERS = 5


def _merge_spellings(groups: list[list[Claim]]) -> list[list[Claim]]:
    """Groups whose person names have the same surname and as many words, each other word
    misspelt at most (see MISSPELLING_MIN_LETTERS), and that no one source gives both, as
    one group.

    >>> from crosscheck.models import Bound, Claim, Quantity, Sentence
    >>> def c(actor, src):
    ...     s = Sentence(source=src, index=0, start=0, end=1, line=1, column=1, text="x")
    ...     q = Quantity(text="1", start=0, end=1, value=1, low=1, high=1, bound=Bound.EXACT)
    ...     return Claim(source=src, sentence=s, quantity=q, counted="age", counted_text=None,
    ...                  actor=actor, frame="")
    >>> [[x.actor for x in g] for g in _merge_spellings([[c("javon wilson", "a")],
    ...     [c("jovan wilson", "b")], [c("james wilson", "c")]])]
    [['james wilson'], ['javon wilson', 'jovan wilson']]
    """
    keys = [(g[0].actor or "").split() for g in groups]
    out: list[list[Claim]] = []
    used: set[int] = set()
    for i in sorted(range(len(groups)), key=lambda k: " ".join(keys[k])):
        if i in used:
            continue
        family = [i]
        sources = {c.source for c in groups[i]}
        for j in range(len(groups)):
            if j != i and j not in used and _same_spelling(keys[i], keys[j]):
                if sources & {c.source for c in groups[j]}:
                    continue  # one article naming both: two people
                family.append(j)
                sources |= {c.source for c in groups[j]}
        used.update(family)
        out.append([c for k in family for c in groups[k]])
    return out


def _same_spelling(a: list[str], b: list[str]) -> bool:
    if len(a) != len(b) or len(a) < 2 or a[-1] != b[-1] or a == b:
        return False
    return all(x == y or _misspelt(x, y) or _nickname(x, y) for x, y in zip(a, b, strict=True))


def _nickname(a: str, b: str) -> bool:
    """
    >>> _nickname("chris", "christopher"), _nickname("mike", "mark")
    (True, False)
    """
    short = nicknames()
    return b in short.get(a, ()) or a in short.get(b, ())


def _misspelt(a: str, b: str) -> bool:
    """
    >>> _misspelt("javon", "jovan"), _misspelt("jeremiah", "jerimiah"), _misspelt("mark", "mary")
    (True, True, False)
    """
    if sorted(a) == sorted(b):
        return True
    return min(len(a), len(b)) >= MISSPELLING_MIN_LETTERS and Levenshtein.distance(a, b) == 1


# token_set_ratio scores a short frame found inside a long one as a match ("# hours or
# less: the heart cost of cutting sleep" inside a long sentence about sleep). A match must
# also reach this share of the cutoff on token_sort_ratio, which compares whole frames.
WHOLE_FRAME_SHARE = 0.8


class _FrameIndex:
    """The distinct masked frames of some groups, searched in one rapidfuzz call (C loop)
    instead of one Python-level comparison per member; identical frames are found by
    lookup. Cost per query grows with the number of *distinct* frames, so a block where
    thousands of sources repeat one sentence stays cheap."""

    def __init__(self) -> None:
        self.frames: list[str] = []
        self.owner: list[int] = []
        self.first: dict[str, int] = {}

    def add(self, frame: str, group: int) -> None:
        if frame not in self.first:
            self.first[frame] = group
            self.frames.append(frame)
            self.owner.append(group)

    def best(self, frame: str, cutoff: float) -> int | None:
        """The group holding the frame most similar to ``frame``, if any reaches cutoff."""
        if frame in self.first:
            return self.first[frame]
        hit = process.extractOne(
            frame, self.frames, scorer=fuzz.token_set_ratio, score_cutoff=cutoff
        )
        if hit is None or fuzz.token_sort_ratio(frame, hit[0]) < cutoff * WHOLE_FRAME_SHARE:
            return None
        if _content_words(frame).isdisjoint(_content_words(hit[0])):
            return None  # "orders received # francs" is not "fell # francs to #"
        return self.owner[hit[2]]


_FRAME_TOKEN = re.compile(r"#|[^\W\d_][\w'-]*")


@lru_cache(maxsize=65536)
def _content_words(frame: str) -> frozenset[str]:
    """The words of a masked frame that say what it is about: not stop words, and not the
    word right after a figure (its unit or currency: "# francs", "# pct"). Two frames alike
    only in their figures' words ("sales # francs vs #", "fell # francs to #") share none.

    >>> sorted(_content_words("orders received # francs vs #."))
    ['orders', 'received']
    """
    tokens = _FRAME_TOKEN.findall(frame)
    stop = stop_words()
    return frozenset(
        w
        for i, w in enumerate(tokens)
        if w != "#" and w not in stop and w != "vs" and not (i and tokens[i - 1] == "#")
    )


def _cluster_by_frame(claims: list[Claim], settings: Settings) -> list[list[Claim]]:
    """Single-link clusters of claims whose masked frames are near-verbatim matches."""
    clusters: list[list[Claim]] = []
    index = _FrameIndex()
    for claim in sorted(claims, key=_position):
        found = index.best(claim.frame, settings.frame_similarity)
        if found is None:
            found = len(clusters)
            clusters.append([])
        clusters[found].append(claim)
        index.add(claim.frame, found)
    return clusters


def _position(claim: Claim) -> tuple[str, int, int]:
    return (claim.source, claim.quantity.start, claim.quantity.end)


def _sortable(key: BlockKey) -> tuple[str, ...]:
    return tuple(str(part) for part in key)
