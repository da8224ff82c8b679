"""The names a docs corpus gives its entities, and where a sentence mentions them.

An entity is a slug: a page's own subject (its title or file name, or the name its links
call it by), a link's target, or a name the corpus links or titles a page with, written
capitalised in a sentence (:class:`EntityIndex`). A run of capitalised words the index
does not know names a thing of its own ("WMDP", "Colossus"), unless it is the whole of a
quotation (a work's title: 'the "Pause Giant AI Experiments" open letter'); a name with
its acronym in brackets is the acronym. Also the marks of an entity that is not plainly named
(``UNNAMED``, ``UNOWNED``, ``GUESSED``) and a sentence's lead-in label (:func:`label_end`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from crosscheck.doc_times import MONTHS
from crosscheck.lexicon import docs_words, stop_words
from crosscheck.markup import slug
from crosscheck.models import Link, Source
from crosscheck.normalize import fold

# The entity of claims whose sentence names nothing.
UNNAMED = ""
# The entity of a claim whose sentence names several things and none plainly owns the
# figure: compared with no entity's claims, only by the figures around it (see
# :func:`align_entities`); the report shows it as no entity.
UNOWNED = "?"
# Marks an entity that is only the page's own subject by default (the sentence names
# nothing, or opens with 'It', 'The company'): "~securebio". Within the page's entity it
# is that entity; across entities it is not known (see :func:`align_entities`).
GUESSED = "~"
# Joins the entities of two names a sentence writes as one ('FTX Foundation/Future Fund'):
# a figure they own is each one's ("ftx-foundation+future-fund"). Slugs have no '+'.
JOINT = "+"
# Names of entities are matched as runs of at most this many words.
MAX_NAME_WORDS = 5
# A name shorter than this is not matched in plain text (only as a link): "AI", "EU".
MIN_NAME_CHARS = 3

WORD = re.compile(r"[^\W_][\w'\u2019.&+-]*[^\W_]|[^\W_]")

_STOP_NAMES = frozenset(
    {
        "the",
        "this",
        "that",
        "these",
        "here",
        "there",
        "see",
        "and",
        "for",
        "more",
        "page",
        "overview",
        "introduction",
        "summary",
        "index",
        "home",
        "about",
        "link",
        "source",
        "sources",
        "read more",
        "details",
        "wikipedia",
        "official website",
    }
)


def linked_entity(source: Source, targets: Collection[str]) -> str | None:
    """The page's own subject as the corpus's links name it: its file name when links
    point to it by that name ('vitalik-buterin-philanthropy', titled 'Vitalik Buterin
    (Funder)'), else :func:`page_entity`."""
    stem = slug(_file_stem(source.path))
    return stem if stem and stem in targets else page_entity(source)


def _file_stem(path: str) -> str:
    name = path.rstrip("/").rsplit("/", 1)[-1]
    stem = name.split(".", 1)[0]
    if stem.lower() in ("index", "readme", "_index") and "/" in path:
        stem = path.rsplit("/", 2)[-2]
    return stem


def _shared_titles(titles: Iterable[str | None]) -> frozenset[tuple[str, ...]]:
    """The titles (as index keys) that two or more pages have.

    >>> sorted(_shared_titles(["Setup", "Billing", "setup", None, None]))
    [('setup',)]
    """
    counts = Counter(_key(title) for title in titles if title)
    return frozenset(key for key, n in counts.items() if key is not None and n > 1)


def page_entity(source: Source) -> str | None:
    """The page's own subject: its title, else its file name (a folder's index page takes
    the folder's name)."""
    if source.title:
        return slug(source.title) or None
    return slug(_file_stem(source.path)) or None


@dataclass(frozen=True)
class EntityIndex:
    """The names a corpus gives its entities: page titles and file names, the words of
    links (each with the target most links with those words point to)."""

    names: Mapping[tuple[str, ...], str]  # folded words -> slug
    pages: Mapping[str, str | None]  # source path -> its page entity
    proper: frozenset[tuple[str, ...]]  # names written capitalised where links use them
    # folder -> the names most of its pages' titles give alike (see :func:`template_names`)
    templates: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, sources: Iterable[Source]) -> EntityIndex:
        votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        cases: Counter[tuple[tuple[str, ...], bool]] = Counter()
        pages: dict[str, str | None] = {}
        titled: list[Source] = []
        titles: set[tuple[str, ...]] = set()
        sources = list(sources)
        targets = {link.target for source in sources for link in source.links}
        shared = _shared_titles(source.title for source in sources)
        for source in sources:
            # a title several pages share ('Auto-Instrumentation Setup' of the Kotlin,
            # Swift and web guides) names none of them: each is its file name
            title = None if _key(source.title or "") in shared else source.title
            if title:
                titled.append(source)
            entity = (
                linked_entity(source, targets)
                if title or not source.title
                else slug(_file_stem(source.path)) or None
            )
            pages[source.path] = entity
            if entity:
                for name in (title or "", entity.replace("-", " ")):
                    key = _key(name)
                    if key:
                        votes[key][entity] += 3  # a page's own name outweighs a link's
                # 'Vitalik Buterin (Funder)': the page is the entity its title names
                # without the part in brackets, as the other pages write it
                bare = _BRACKETED.sub("", title or "").strip()
                key = _key(bare) if bare != title else None
                if key and _titled(bare):
                    votes[key][entity] += 3
                    titles.add(key)
            for link in source.links:
                words = source.text[link.start : link.end]
                key = _key(words)
                if key:
                    votes[key][link.target] += 1
                    if not _opens_sentence(source.text, link.start):
                        cases[(key, _titled(words))] += 1
        names = {key: max(counter, key=lambda t: (counter[t], t)) for key, counter in votes.items()}
        proper = frozenset(
            key for key in names if cases[(key, True)] > cases[(key, False)] or key in titles
        )
        index = cls(names=names, pages=pages, proper=proper)
        # A page no link names by its title is a part of something ("Anthropic Valuation",
        # "FTX Collapse and EA's Public Credibility"): it is about the name its title opens
        # with, as the pages that state the same figures say it.
        linked = {key for key, _ in cases}
        for source in titled:
            key = _key(source.title or "")
            if key is None or key in linked:
                continue
            found = [m for m in index.mentions(source.title or "") if m[2] != pages[source.path]]
            if found and found[0][0] == 0:
                pages[source.path] = found[0][2]
        return replace(index, templates=template_names(sources, index))

    @cached_property
    def starts(self) -> frozenset[str]:
        """The first words of the index's proper names: where :meth:`mentions` looks."""
        return frozenset(key[0] for key in self.proper)

    @cached_property
    def known(self) -> frozenset[str]:
        """Slugs of the corpus's pages and link targets."""
        return frozenset({*(p for p in self.pages.values() if p), *self.names.values()})

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, slug) of every proper name of the index written capitalised in
        ``text`` ('Anthropic', not the concept 'deepfakes'), longest first at each place,
        in order."""
        words = [(m.start(), m.end(), fold(m.group()).lower()) for m in WORD.finditer(text)]
        bare = [bare_word(w[2]) for w in words]
        starts = self.starts
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            first = text[words[i][0]]
            if bare[i] not in starts or not (first.isupper() or first.isdigit()):
                i += 1  # no proper name of the index begins with this word
                continue
            for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
                key = tuple(bare[i : i + n])
                target = self.names.get(key) if key in self.proper else None
                if (
                    target is not None
                    and _titled(text[words[i][0] : words[i + n - 1][1]])
                    and not (
                        i > 0
                        and _joins(words[i - 1], words[i], text)
                        and not _opens(text, words[i][0])
                        and not _opening_function_word(words[i - 1], text)
                    )
                    and not (i + n < len(words) and _joins(words[i + n], words[i + n - 1], text))
                ):
                    found.append((words[i][0], words[i + n - 1][1], target))
                    i += n
                    break
            else:
                i += 1
        return found


_BRACKETED = re.compile(r"\s*\([^)]*\)")

# A name the titles of at least this many pages of one folder give, and of at least half
# of its titled pages, is the folder's template's ('Connect Kafka to Meilisearch with
# Kestra', 'Connect PostgreSQL to ... with Kestra'): see :func:`template_names`.
TEMPLATE_TITLES = 3


def folder_of(path: str) -> str:
    """The folder a page is in.

    >>> folder_of("docs/kestra/kafka.mdx"), folder_of("index.md")
    ('docs/kestra', '')
    """
    return path.rsplit("/", 1)[0] if "/" in path else ""


def template_names(sources: Iterable[Source], index: EntityIndex) -> dict[str, frozenset[str]]:
    """For each folder, the names that most of its pages' titles give alike: a tool or a
    platform every guide of the folder is about using ('... to Meilisearch with Kestra'),
    each page for its own thing. A page's own subject is no such name."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    titled: Counter[str] = Counter()
    for source in sources:
        if not source.title:
            continue
        folder = folder_of(source.path)
        titled[folder] += 1
        named = {m[2] for m in index.mentions(source.title)}
        named |= {key for _s, _e, key in proper_runs(source.title)}
        counts[folder].update(named - {index.pages.get(source.path)})
    out: dict[str, frozenset[str]] = {}
    for folder, named in counts.items():
        shared = frozenset(
            name for name, n in named.items() if n >= TEMPLATE_TITLES and 2 * n >= titled[folder]
        )
        if shared:
            out[folder] = shared
    return out


_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "de", "du", "von", "van", "&"})


def _titled(name: str) -> bool:
    """Whether a name is written as a proper name: every word but small ones capitalised
    ('Survival and Flourishing Fund', 'METR'; not 'AI safety').

    >>> _titled("Survival and Flourishing Fund"), _titled("AI safety")
    (True, False)
    """
    words = WORD.findall(name)
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w in _SMALL_WORDS for w in words)


def _capital(word: tuple[int, int, str], text: str) -> bool:
    """A capitalised word next to a name makes it part of a longer name ('International
    AI Safety Report' is not 'AI Safety')."""
    return text[word[0]].isupper()


def _joins(neighbour: tuple[int, int, str], name: tuple[int, int, str], text: str) -> bool:
    """Whether a capitalised word next to a name's first or last word makes one longer
    name with it; a slash parts two names ('FTX Foundation/Future Fund').

    >>> t = "FTX Foundation/Future Fund and International AI Safety Report"
    >>> _joins((4, 14, "foundation"), (15, 21, "future"), t)
    False
    >>> _joins((31, 44, "international"), (45, 47, "ai"), t)
    True
    """
    between = text[min(neighbour[1], name[1]) : max(neighbour[0], name[0])]
    return _capital(neighbour, text) and "/" not in between


def _opening_function_word(word: tuple[int, int, str], text: str) -> bool:
    """Whether a capitalised word is a function word that opens its sentence ('The AI
    Impacts survey', 'In Anthropic's case'): a capital of the sentence, not of a name.

    >>> t = "The AI Impacts survey. The Hague is a city."
    >>> _opening_function_word((0, 3, "the"), t), _opening_function_word((4, 6, "ai"), t)
    (True, False)
    """
    return _opens_sentence(text, word[0]) and word[2] in stop_words()


def _opens(text: str, start: int) -> bool:
    return _opens_sentence(text, start)


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" *_\"'(")
    return not before or before[-1] in ".!?:\n|"


def bare_word(word: str) -> str:
    return word.removesuffix("'s").removesuffix("\u2019s")


def _key(name: str) -> tuple[str, ...] | None:
    words = tuple(bare_word(w.lower()) for w in WORD.findall(fold(name)))
    text = " ".join(words)
    if not words or len(words) > MAX_NAME_WORDS or len(text) < MIN_NAME_CHARS:
        return None
    if text in _STOP_NAMES or all(w.isdigit() for w in words):
        return None
    return words


def sentence_mentions(
    source: Source, start: int, end: int, links: Sequence[object], index: EntityIndex
) -> list[tuple[int, int, str]]:
    """Names in the sentence at [start, end): its links (their targets), then the names
    the index knows, in order of place."""
    found: list[tuple[int, int, str]] = []
    for link in source.links:
        if link.start >= start and link.end <= end and not concept_link(source, link):
            found.append((link.start, link.end, link.target))
    text = source.text[start:end]
    for s, e, target in (*index.mentions(text), *proper_runs(text)):
        if target not in index.known and _quoted(text, s, e):
            continue  # a work's title ('the "Pause Giant AI Experiments" open letter')
        s, e = s + start, e + start
        if not any(s < fe and fs < e for fs, fe, _ in found):
            found.append((s, e, target))
    return _with_acronyms(sorted(found), source.text)


def concept_link(source: Source, link: Link) -> bool:
    """Whether a link's words are a common phrase pointing to the page on a topic ('This
    endpoint is [rate limited](/docs/system-limits) to 250 requests'): written in lower
    case and not the target's own name, they name no owner ('[deepfakes](/risks/deepfakes)'
    still names its page)."""
    words = source.text[link.start : link.end]
    return words[:1].islower() and slug(words) != link.target


_QUOTES = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019"}


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are the whole of a quotation.

    >>> t = 'the "Pause Giant" open letter'
    >>> _quoted(t, 5, 16), _quoted(t, 0, 3)
    (True, False)
    """
    before, after = text[start - 1 : start], text[end : end + 1]
    return bool(before) and _QUOTES.get(before) == after


# An acronym in brackets after the name it stands for: 'Weapons of Mass Destruction Proxy
# Benchmark (WMDP)'. The name may have this many words more than the acronym's letters
# ('Benchmark').
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
ACRONYM_EXTRA_WORDS = 1


def _with_acronyms(found: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """The mentions of a sentence with a name and its acronym in brackets as one mention
    of the acronym ('Weapons of Mass Destruction Proxy Benchmark (WMDP)' is 'wmdp', as the
    pages that write only the acronym name it).

    >>> t = "the Weapons of Mass Destruction Proxy Benchmark (WMDP), a dataset"
    >>> _with_acronyms([(4, 11, "weapons"), (15, 47, "mass"), (49, 53, "wmdp")], t)
    [(4, 54, 'wmdp')]
    """
    out = list(found)
    for s, e, target in found:
        if not (text[s - 1 : s] == "(" and text[e : e + 1] == ")"):
            continue
        match = _ACRONYM.fullmatch(text, s - 1, e + 1)
        if match is None:
            continue
        letters = [ch for ch in match.group(1) if ch.isupper()]
        before = list(WORD.finditer(text, max(0, s - 1 - 120), s - 1))
        capitals = [w for w in before if w.group()[0].isupper()]
        named = None
        for extra in range(ACRONYM_EXTRA_WORDS + 1):
            words = capitals[len(capitals) - extra - len(letters) : len(capitals) - extra]
            if len(words) == len(letters) and [w.group()[0] for w in words] == letters:
                named = words[0].start()
                break
        if named is None or any(
            w.group().lower() not in _SMALL_WORDS and not w.group()[0].isupper()
            for w in before
            if w.start() > named
        ):
            continue  # the words before it do not spell it, or a lower-case word comes between
        out = [m for m in out if not (m[0] >= named and m[1] <= s - 1)]
        out = [(named, e + 1, target) if m == (s, e, target) else m for m in out]
    return out


# Capitalised words that name no one thing in this kind of text.
_GENERIC_CAPITALS = frozenset(
    {"ai", "agi", "asi", "llm", "llms", "ml", "gpu", "gpus", "ceo", "cto", "ceos", "i", "q1",
     "q2", "q3", "q4", "h1", "h2", "fy", "us", "usd", "eur", "gbp", "ci", "tbd", "n/a", "yes",
     "no", "key", "note", "see", "source", "sources", "total", "average", "median", "mean",
     "arr", "cagr", "yoy", "capex", "opex", "api", "apis", "cpu", "vcpu", "ram", "gb", "tb",
     "mb", "sla", "sso", "url", "cli", "ui", "faq", "tl;dr", "tldr", "p(doom)",
     *MONTHS, "january", "february", "march", "april", "june", "july", "august",
     "september", "october", "november", "december", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip


# Capitalised words that open a label of a part or a moment, not a name.
_GENERIC_FIRST = frozenset(
    {"series", "table", "figure", "section", "chapter", "phase", "stage", "step", "round",
     "version", "v", "tier", "plan", "option", "scenario", "level", "type", "part", "appendix"}
)  # fmt: skip


# Month names that end a run of capitals ('May' is also a name).
_MONTH_NAMES = frozenset(
    {"january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip
# A version number after a name: 'Petri 2.0', 'Claude 3.5'.
_VERSION = re.compile(r"\d{1,2}\.\d{1,2}")


def proper_runs(text: str) -> list[tuple[int, int, str]]:
    """Runs of capitalised words (a number may follow one: 'Claude 3 Sonnet') that the
    index does not know, as names of their own: 'WMDP', 'Colossus'. A sentence's first
    word is left out when it is a function word ('The', 'In')."""
    stop = stop_words()
    runs: list[tuple[int, int, str]] = []
    words = list(WORD.finditer(text))
    # 'Amazon: Invested a total of ...': the word after a lead-in label opens the sentence
    label = label_end(text)
    opening = {0} | {k for k, w in enumerate(words) if w.start() == label}
    i = 0
    while i < len(words):
        word = words[i].group()
        if not word[0].isupper() or (i in opening and word.lower() in stop):
            i += 1
            continue
        j = i + 1
        while j < len(words) and text[words[j - 1].end() : words[j].start()] in (" ", "-"):
            following = words[j].group()
            if following.lower() in _MONTH_NAMES:
                break  # 'Released January 2026, Petri 2.0 ...': a date ends a name
            if following[0].isupper() or (following[0].isdigit() and len(following) <= 4):
                j += 1
            else:
                break
        name = " ".join(w.group() for w in words[i:j])
        key = slug(bare_word(name))  # "Future Fund's collapse" names the Future Fund
        capitals = sum(1 for w in words[i:j] if w.group()[0].isupper())
        versioned = any(_VERSION.fullmatch(w.group()) for w in words[i + 1 : j])
        if i in opening and capitals == 1 and not _cased_inside(word) and not versioned:
            i = j  # 'Estimated ...', 'Choose a size', 'Scenario 3:': a capital of the sentence
            continue  # ('Petri 2.0 introduced': a name and its version)
        if j == i + 1 and _ADJECTIVE.fullmatch(word):
            i = j  # 'AI-powered fraud detection', 'AI-caused extinction': an adjective
            continue
        plans = docs_words()["qualifier_words"]
        first = words[i].group().lower()
        if first in _GENERIC_CAPITALS or first in _GENERIC_FIRST:
            i = j  # 'April 2025', 'Series B', 'Table 3': a date or a part, not a name
            continue
        if key and key not in _GENERIC_CAPITALS and name.lower() not in stop | plans:
            runs.append((words[i].start(), words[j - 1].end(), key))
        i = j
    return runs


# A capitalised word joined to lower-case ones by hyphens describes a noun: 'AI-powered',
# 'US-based', 'AI-caused' (not 'Mercedes-Benz', 'Coca-Cola', whose parts are capitalised).
_ADJECTIVE = re.compile(r"[^\W\d_][\w'\u2019.&+]*(?:-[a-z]+)+")


def _cased_inside(word: str) -> bool:
    """'OpenAI', 'NVIDIA', 'xAI': capitals past the first letter make a name."""
    return any(ch.isupper() for ch in word[1:])


# A lead-in label opening a sentence ('Key finding:', 'Amazon:', 'AI Impacts Survey
# (2023):') has at most this many words.
LABEL_WORDS = 6
_LABEL = re.compile(r"[*_ ]*[^\W\d_][^:;.!?|\n]{0,60}?[*_]*:[*_]* +")


def label_end(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Where the lead-in label that opens a sentence at ``start`` ends, if it has one.

    >>> t = "Data Exhaustion: Epoch AI estimates"
    >>> t[label_end(t):]
    'Epoch AI estimates'
    >>> label_end("Total: ~$45-117M annually"), label_end("Note that 5:30 is late") is None
    (7, True)
    """
    match = _LABEL.match(text, start, len(text) if end is None else end)
    if match is None or len(WORD.findall(match.group())) > LABEL_WORDS:
        return None
    return match.end()


def is_guessed(entity: str | None) -> bool:
    return entity is not None and entity.startswith(GUESSED)


def entity_parts(entity: str) -> tuple[str, ...]:
    """The entities a bare entity stands for: each of a joint pair, else itself.

    >>> entity_parts("ftx-foundation+future-fund"), entity_parts("nao")
    (('ftx-foundation', 'future-fund'), ('nao',))
    """
    return tuple(entity.split(JOINT))


def bare_entity(entity: str | None) -> str | None:
    """An entity without its GUESSED mark.

    >>> bare_entity("~securebio"), bare_entity("nao"), bare_entity(None)
    ('securebio', 'nao', None)
    """
    return entity.removeprefix(GUESSED) if entity else entity
