"""Whose figure it is: of the names a sentence mentions, the one that owns a figure.

A possessive right before it ("OpenAI's $500B valuation"), a lead-in label ("OpenAI:
$100B valuation"), the name after a turn of the sentence ("..., while Anthropic grew to
$9B"), the name the sentence opens with, or the one name before it; names after a
preposition and names that only describe the next one ("Ethereum co-founder Vitalik
Buterin") are not owners. A figure no name comes before is the section's subject (its
heading's name, else the name its first sentence opens with) or the page's by default
(GUESSED), or a product's (a plan's limit, a price per unit of use).
Two names joined by a slash ("FTX Foundation/Future Fund") are one owner under both names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from crosscheck.doc_entities import (
    GUESSED,
    JOINT,
    UNNAMED,
    WORD,
    EntityIndex,
    bare_word,
    label_end,
    sentence_mentions,
)
from crosscheck.doc_times import TIME
from crosscheck.models import Claim, Heading, Link, Source

# A name mentioned this many words or fewer before a figure, with only its possessive
# between, owns it: "OpenAI's $500B valuation".
POSSESSIVE_WORDS = 3


def figure_owner(
    claim: Claim,
    mentions: Sequence[tuple[int, int, str]],
    source: Source,
    page: str | None,
    opener: Callable[[int], str | None] | None = None,
) -> str | None:
    """Of the names a sentence mentions, the entity that owns a claim's figure (None when
    several are named and none plainly owns it). ``opener``: the name that opens the first
    sentence of the section at an offset, if any (:func:`section_opener`)."""
    q = claim.quantity
    sentence = claim.sentence
    text = source.text
    mentions = joined(mentions, text)
    # names after a preposition are objects ('On Railway, the setup is two services';
    # '96.7% on AIME 2024, 87.7% on GPQA Diamond'), not the subject of a figure after them
    before = [m for m in mentions if m[1] <= q.start and not _after_preposition(text, m[0])]
    # 'Ethereum co-founder Vitalik Buterin donated': a name that describes the next one
    before = [m for k, m in enumerate(before) if not _apposed(text, m, before[k + 1 :])]
    # "OpenAI's $500B valuation": a possessive right before the figure
    for _s, e, target in reversed(before):
        between = text[e : q.start]
        if between.startswith(("'s", "\u2019s")) and len(between.split()) <= POSSESSIVE_WORDS:
            return target
    # 'MATS ($23.6M), CAIS ($8.5M)', 'grants to MIRI ($4.1M)': a figure in brackets
    # right after a name is that name's, whatever the name's place in the sentence, unless
    # the name ends a list of bare names ('AWS, Azure, Google Cloud (68% market share)')
    earlier = [m for m in mentions if m[1] <= q.start]
    for k in range(len(earlier) - 1, -1, -1):
        s, e, target = earlier[k]
        if _BRACKETED_AFTER.fullmatch(text, e, q.start):
            listed = k > 0 and _LIST_BETWEEN.fullmatch(text, earlier[k - 1][1], s) is not None
            if not listed:
                return target
            break
    # 'OpenAI: $100B valuation', 'Data Exhaustion: Epoch AI estimates ...': a lead-in
    # label names the subject when no name follows it; a name after it is the subject only
    # when it is the one name before the figure ('SWE-bench: Claude Opus 4.5 at 80.9%,
    # Claude 3.5 Sonnet at 49%' lists)
    label = label_end(text, sentence.start, q.start)
    if label is not None:
        named = {m[2] for m in before if m[1] <= label}
        before = [m for m in before if m[0] >= label]
        if not before and len(named) == 1:
            return named.pop()
    # 'OpenAI grew to $13B, while Anthropic grew to $9B': a figure after a turn of the
    # sentence ('while', 'vs', ';') is the name's after that turn
    turns = [m.end() for m in _TURN.finditer(text, sentence.start, q.start)]
    if turns:
        inside = [m for m in before if m[0] >= turns[-1]]
        if inside:
            return inside[-1][2]
    if (
        before
        and label is None
        and (
            before[0][0] - sentence.start <= 2
            or _opening_phrase(text[sentence.start : before[0][0]])
        )
    ):
        return before[0][2]  # the sentence opens with a name: its subject
    if not before:
        # 'It raised ...', 'The organization has received $53,000 from SFF', 'Total funding
        # was $110 million': a figure no name comes before is about the section's or the
        # page's own subject, when the sentence names nothing else or opens with a word that
        # stands for the subject ('It', 'The company'). A plan's limit or a price ('5,000
        # branches on the Pro plan', '$20/vCPU-month') is the product's, which product docs
        # rarely name: those meet across pages by their plan, unit and words.
        section = _section_entity(source, sentence.start)
        if section is None and is_product_claim(claim):
            return UNNAMED
        if section is not None:
            return section
        opening = opener(sentence.start) if opener is not None and not mentions else None
        if opening is not None:
            # '### Pathogen Surveillance / The Nucleic Acid Observatory (NAO), operated by
            # ... / - 60 billion read pairs sequenced weekly': a section's figure naming
            # nothing is the subject its first sentence opens with, by default
            return GUESSED + opening
        if page and (not mentions or _about_subject(sentence.text)):
            # named by nothing, or by a word that stands for a subject: the page's by
            # default ('The company reported' on a page about chips is about NVIDIA)
            return GUESSED + page
        return None  # 'a $25 million theft from Arup': whose figure it is is not said
    if len({m[2] for m in before}) == 1:
        return before[0][2]  # the one name before the figure: 'In 2025, Acme Corp raised'
    targets = {m[2] for m in mentions}
    if page in targets and len(targets) == 1:
        return page
    return None  # several names, none of them plainly the subject: not compared


# Between two names written as one: 'FTX Foundation/Future Fund'.
_SLASH = re.compile(r" ?/ ?")


def joined(mentions: Sequence[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """The mentions of a sentence with two names joined by a slash as one mention of both
    ('FTX Foundation/Future Fund' is one funder under two names: a figure it owns is each
    name's, as pages that write only one of them say it).

    >>> t = "FTX Foundation/Future Fund committed $160M"
    >>> joined([(0, 14, "ftx-foundation"), (15, 26, "future-fund")], t)
    [(0, 26, 'ftx-foundation+future-fund')]
    """
    out: list[tuple[int, int, str]] = []
    for mention in mentions:
        if out and out[-1][2] != mention[2] and JOINT not in out[-1][2]:
            last = out[-1]
            if _SLASH.fullmatch(text, last[1], mention[0]):
                out[-1] = (last[0], mention[1], last[2] + JOINT + mention[2])
                continue
        out.append(mention)
    return out


# Between a name and a figure in brackets right after it: 'CAIS ($8.5M)'.
_BRACKETED_AFTER = re.compile(r"\s?\(\s*")
# Between two bare names of a list: 'AWS, Azure, Google Cloud'.
_LIST_BETWEEN = re.compile(r",?\s*(?:(?:and|or|&)\s+)?")


# Words that say what a person is, between a name and theirs: 'Ethereum co-founder Vitalik
# Buterin', 'OpenAI CEO Sam Altman'.
_ROLE_WORDS = frozenset(
    {"founder", "co-founder", "cofounder", "ceo", "cto", "cfo", "chief", "president",
     "chair", "chairman", "director", "head", "researcher", "scientist", "investor",
     "billionaire", "executive", "engineer", "partner", "leader", "lead", "employee",
     "board", "member", "alumnus", "philanthropist", "economist", "professor"}
)  # fmt: skip


def _apposed(
    text: str, mention: tuple[int, int, str], after: Sequence[tuple[int, int, str]]
) -> bool:
    """Whether a name only describes the name after it ('Ethereum co-founder Vitalik
    Buterin').

    >>> t = "Ethereum co-founder Vitalik Buterin donated"
    >>> _apposed(t, (0, 8, "ethereum"), [(20, 35, "vitalik-buterin")])
    True
    """
    if not after:
        return False
    between = text[mention[1] : after[0][0]].split()
    return 1 <= len(between) <= 2 and between[-1].lower() in _ROLE_WORDS


# A sentence opening with a time, then its subject: 'In 2021, Vitalik Buterin donated',
# 'As of November 2025, NAO monitors'.
OPENING_PHRASE_CHARS = 32


def _opening_phrase(prefix: str) -> bool:
    """Whether the words before a sentence's first name are a time that opens it.

    >>> _opening_phrase("In 2021, "), _opening_phrase("As of November 2025, ")
    (True, True)
    >>> _opening_phrase("Funding from ")
    False
    """
    stripped = prefix.rstrip()
    return (
        len(prefix) <= OPENING_PHRASE_CHARS
        and stripped.endswith(",")
        and TIME.search(prefix) is not None
    )


# Words that open a sentence about the page's own subject without naming it: 'It raised',
# 'The company's revenue', 'Its budget'.
_SUBJECT_PRONOUNS = frozenset({"it", "its", "they", "their", "he", "she", "his", "her"})
_SUBJECT_NOUNS = frozenset(
    {"company", "organization", "organisation", "lab", "laboratory", "fund", "foundation",
     "institute", "group", "firm", "startup", "nonprofit", "project", "program", "programme",
     "team", "center", "centre", "initiative", "platform", "service", "product", "model",
     "agency", "university", "network", "coalition", "campaign", "society", "council"}
)  # fmt: skip

# Where a sentence turns to another subject.
_TURN = re.compile(
    r";|\||\u2014|\bwhile\b|\bwhereas\b|\bvs\b\.?|\bversus\b|\bcompared (?:to|with)\b"
    r"|\bbut\b|\bunlike\b",
    re.IGNORECASE,
)
PREPOSITIONS = frozenset(
    {"on", "in", "at", "for", "with", "from", "to", "by", "via", "of", "than", "like",
     "unlike", "vs", "versus", "into", "over", "under", "about", "after", "before",
     "between", "among", "against", "through", "including", "across", "within", "without",
     "toward", "towards", "beyond", "behind", "per", "as"}
)  # fmt: skip


def _after_preposition(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a preposition ('On Railway', 'to FLI').

    >>> _after_preposition("On Railway, the", 3), _after_preposition("Acme raised", 0)
    (True, False)
    """
    words = WORD.findall(text[max(0, start - 16) : start])
    return bool(words) and words[-1].lower() in PREPOSITIONS


def _about_subject(sentence: str) -> bool:
    """Whether a sentence opens with a word standing for the page's subject.

    >>> _about_subject("It raised $5M from Acme."), _about_subject("The company's revenue")
    (True, True)
    >>> _about_subject("The market's prediction proved correct")
    False
    """
    words = [bare_word(w.lower()) for w in WORD.findall(sentence[:40])][:2]
    if not words:
        return False
    if words[0] in _SUBJECT_PRONOUNS:
        return True
    return len(words) == 2 and words[0] in ("the", "this") and words[1] in _SUBJECT_NOUNS


def is_product_claim(claim: Claim) -> bool:
    """Whether a claim is stated for a plan or tier, or is a price per a unit of use
    ('per seat', 'per vCPU-month'; not 'per year')."""
    when = claim.when or ""
    if "plan " in when:
        return True
    per = re.search(r"\bper (\S+)", when)
    return per is not None and per.group(1) not in _TIME_UNITS


# Units of time a figure may be per without being a price of the product.
_TIME_UNITS = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "annum", "quarter"}
)


def _section_entity(source: Source, offset: int) -> str | None:
    """A section whose heading is only a link or an entity's name is about that entity."""
    heading = section_of(source, offset)
    if heading is None:
        return None
    for link in source.links:
        if link.start == heading.start and link.end - link.start >= len(heading.text) - 1:
            return link.target
    return None


def section_of(source: Source, offset: int) -> Heading | None:
    """The section heading (below the title) an offset of the text is under."""
    heading = None
    for h in source.headings:
        if h.start > offset:
            break
        heading = h
    return heading if heading is not None and heading.level > 1 else None


def section_opener(
    source: Source, heading: Heading, links: Sequence[Link], index: EntityIndex
) -> str | None:
    """The name the first sentence of a section opens with ('The Nucleic Acid Observatory
    (NAO), operated by SecureBio, ...' -> 'nao'), if it opens with one."""
    text = source.text
    start = text.find("\n", heading.start)
    if start < 0:
        return None
    while start < len(text) and text[start] in "\n ":
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if any(h.start == start for h in source.headings):
        return None  # a heading right under a heading
    mentions = sentence_mentions(source, start, end, links, index)
    if not mentions:
        return None
    first = mentions[0]
    opening = text[start : first[0]]
    if opening.strip(" *_") not in ("", "The", "the"):
        return None
    return first[2]
