"""Documents about many things: entity-keyed claims for wikis and documentation trees.

News reports are compared within stories (documents about one event). A wiki page or a
product manual is about many things at once, so there a claim's identity is:

* its **entity**: what it is about, as a slug: a link in the sentence, a name the corpus
  links or titles a page with, the section's heading or the page's own subject (its title
  or file name), or a table's row;
* its **attribute**: the counted thing or measure (as for news, see ``claims``), or a
  table's column;
* its **time and qualifier**: the month or year the sentence dates the figure to, and the
  plan or tier it names ("as of March 2025", "on the Pro plan").

Claims are compared across pages only when all three match: each (entity, time) is aligned
as a story of its own. :func:`corpus_mode` decides from the sources whether a corpus is
news or docs, unless the ``corpus`` setting says.

Per file (in a worker) a claim gets its time (:func:`stamp_times`); its entity needs the
names of the whole corpus and is found once all files are read (:func:`assign_entities`).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from crosscheck.lexicon import docs_words, stop_words
from crosscheck.markup import slug
from crosscheck.models import Claim, Granularity, Quantity, QuantityKind, Source
from crosscheck.normalize import fold

__all__ = [
    "DOC_FORMATS",
    "GUESSED",
    "UNNAMED",
    "UNOWNED",
    "EntityIndex",
    "align_docs",
    "align_entities",
    "assign_entities",
    "corpus_mode",
    "is_doc_like",
    "page_entity",
    "price_unit",
    "stamp_times",
    "time_in",
    "time_label",
    "without_times",
]

# Formats that are documentation whatever they hold.
DOC_FORMATS = frozenset({"mdx", "rst", "asciidoc"})
# Plain Markdown is a documentation page (not a news article saved as Markdown) when it
# has no publication date and at least this many headings, or a table: articles have a
# headline and rarely sections.
DOC_MIN_HEADINGS = 3
# A date this many characters or fewer from a figure, in its sentence, dates it: "raised
# $50 million in April 2025", "$1.25B (as of Series B, Feb 2026)".
TIME_WINDOW_CHARS = 60
# A time this many characters or fewer from the start of a sentence ("In August 2024,",
# "As of early 2025,") dates every figure of the sentence.
OPENING_CHARS = 12
# A name mentioned this many words or fewer before a figure, with only its possessive
# between, owns it: "OpenAI's $500B valuation".
POSSESSIVE_WORDS = 3
# Words on each side of a figure that say what it is, for telling two claims of one
# entity, attribute and time apart: "$50 million in Series A funding" and "$50,000 and
# $100,000 prizes" share the entity and "USD", not these words.
CONTEXT_WORDS = 8
# Two sentences' figures are the same claim only if at least this many content words
# around them are the same: two shared words ("billion", "funding") say little.
MIN_SHARED_WORDS = 3
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
# Names of entities are matched as runs of at most this many words.
MAX_NAME_WORDS = 5
# A name shorter than this is not matched in plain text (only as a link): "AI", "EU".
MIN_NAME_CHARS = 3

_WORD = re.compile(r"[^\W_][\w'\u2019.&+-]*[^\W_]|[^\W_]")
_PLAN = re.compile(
    r"\b(?P<name>[A-Za-z][\w-]*)\s+(?:plan|tier|edition|subscription|account)s?\b"
    r"|\b(?:plan|tier|edition)\s*[:=]?\s*(?P<after>[A-Z][\w-]*)"
    r"|\b(?:on|for|with|in)\s+(?:the\s+)?(?P<bare>[A-Z][\w-]*)\b"
)
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


def is_doc_like(source: Source) -> bool:
    """Whether a source reads as a documentation page rather than a news report."""
    if source.format in DOC_FORMATS:
        return True
    if source.format != "markdown" or source.published is not None:
        return False
    return len(source.headings) >= DOC_MIN_HEADINGS or bool(source.tables)


def corpus_mode(sources: Sequence[Source], setting: str) -> str:
    """'news' or 'docs': the ``corpus`` setting, or for 'auto', docs when more than half
    the sources read as documentation pages."""
    if setting in ("news", "docs"):
        return setting
    docs = sum(1 for s in sources if is_doc_like(s))
    return "docs" if sources and docs * 2 > len(sources) else "news"


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


def page_entity(source: Source) -> str | None:
    """The page's own subject: its title, else its file name (a folder's index page takes
    the folder's name)."""
    if source.title:
        return slug(source.title) or None
    return slug(_file_stem(source.path)) or None


# --- time and qualifier, per file ----------------------------------------------------------


def stamp_times(claims: Sequence[Claim], text: str) -> list[Claim]:
    """Each amount claim of one sentence with the time the sentence states for it (the
    nearest time within TIME_WINDOW_CHARS, after the figure first: '$50 million in April
    2025', 'as of 2024: 120') and the plan or tier it names. ``text`` is the source's."""
    out: list[Claim] = []
    times: list[tuple[int, int, str]] | None = None
    plans: list[tuple[int, int, str]] | None = None
    for claim in claims:
        q = claim.quantity
        if q.kind is not QuantityKind.AMOUNT or claim.when is not None:
            out.append(claim)
            continue
        if times is None:
            sentence = claim.sentence
            times = [
                (m.start(), m.end(), _time_of(m))
                for m in _TIME.finditer(text, sentence.start, sentence.end)
            ]
        if plans is None:
            plans = _plans(text, claim.sentence.start, claim.sentence.end)
        parts = []
        time = _nearest(q, times) or _opening_time(claim.sentence.start, times)
        if time:
            parts.append(time)
        plan = _nearest(q, plans)
        if plan:
            parts.append(f"plan {plan}")
        per = price_unit(text, q.end)
        if per:
            parts.append(f"per {per}")
        out.append(claim.model_copy(update={"when": " ".join(parts)}) if parts else claim)
    return out


# "$20/vCPU-month", "$10 per GB-month", "$20 / month": what a price is for.
_PER = re.compile(r"\s*(?:/|per\s+|a\s+|an\s+)\s*([A-Za-z][\w-]*)")
_PER_ALIASES = {"mo": "month", "monthly": "month", "yr": "year", "annually": "year", "hr": "hour"}


def price_unit(text: str, end: int) -> str | None:
    """The unit a figure is per, written right after it ('/vCPU-month', 'per seat').

    >>> price_unit("$20/vCPU-month and", 3), price_unit("$20 per seat", 3), price_unit("$2 a", 2)
    ('vcpu-month', 'seat', None)
    """
    match = _PER.match(text, end)
    if match is None:
        return None
    word = match.group(1).lower()
    if word in stop_words() and word not in _PER_ALIASES:
        return None
    return _PER_ALIASES.get(word, word)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_TIME = re.compile(
    r"(?:\b(?P<by>by|before|until|through)\s+)?"
    r"(?:(?:early|mid|late|(?:the\s+)?end\s+of|(?:the\s+)?start\s+of|spring|summer|fall|"
    r"autumn|winter)[\s-]+)?"
    r"(?:\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
    r"(?:\d{1,2},?\s+)?)?"
    r"(?:\b(?P<quarter>q[1-4])\s+)?(?:\bfy\s?)?"
    r"\b(?P<year>(?:19|20)\d\d)(?:-(?P<iso_month>[01]\d)(?:-[0-3]\d)?)?\b(?![-\u2013]\d)",
    re.IGNORECASE,
)


def _time_of(match: re.Match[str]) -> str:
    """A time expression as a label: '2025-04', 'by 2027', '2024-q3', '2025'.

    >>> _time_of(_TIME.search("raised in April 2025"))
    '2025-04'
    >>> _time_of(_TIME.search("50% by 2031"))
    'by 2031'
    """
    label = match.group("year")
    month = match.group("month") or None
    if match.group("iso_month"):
        label += "-" + match.group("iso_month")
    elif month:
        label += f"-{_MONTHS.index(month.lower()[:3]) + 1:02d}"
    elif match.group("quarter"):
        label += "-" + match.group("quarter").lower()
    return f"by {label}" if match.group("by") else label


def time_in(text: str) -> str | None:
    """The first time a text states, as a label ('Feb 2026' -> '2026-02').

    >>> time_in("≈$39B (2024)")
    '2024'
    """
    match = _TIME.search(text)
    return _time_of(match) if match else None


def without_times(text: str) -> str:
    """The text with its time expressions left out.

    >>> without_times("$380B (Series G, Feb 2026)")
    '$380B (Series G, )'
    """
    return _TIME.sub("", text)


def _opening_time(start: int, times: Sequence[tuple[int, int, str]]) -> str | None:
    """A time that opens the sentence ('In August 2024, the court ordered ...') dates all
    of its figures."""
    for time_start, _, label in times:
        if time_start - start <= OPENING_CHARS:
            return label
    return None


def _nearest(q: Quantity, times: Sequence[tuple[int, int, str]]) -> str | None:
    best: tuple[int, str] | None = None
    for start, end, label in times:
        if start < q.end and q.start < end:
            continue  # the figure is the year itself
        # a time after the figure is nearer than one as far before it
        gap = start - q.end if start >= q.end else (q.start - end) * 2
        if gap <= TIME_WINDOW_CHARS and (best is None or gap < best[0]):
            best = (gap, label)
    return None if best is None else best[1]


def time_label(q: Quantity) -> str | None:
    """A date as the time a figure is stated for: its month ('2025-04'), or its year when
    it names no month; None for a span of years."""
    span = q.date
    if span is None:
        return None
    if span.granularity is Granularity.DAY or span.granularity is Granularity.MONTH:
        return span.earliest[:7]
    label = span.earliest[:4]
    return label if span.latest[:4] == label else None


def _plans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of every plan or tier a sentence names: 'the Free plan', 'a paid
    plan', 'Pro tier', 'plan: Hobby', or a plan's name after 'on', 'for', 'with' ('7 days
    on Hobby, 30 on Pro')."""
    words = docs_words()["qualifier_words"]
    found: list[tuple[int, int, str]] = []
    for match in _PLAN.finditer(text, start, end):
        name = (match.group("name") or match.group("after") or match.group("bare") or "").lower()
        last = name.split()[-1] if name else ""
        if last in words:
            found.append((match.start(), match.end(), last))
    return found


# --- entities, for the whole corpus ---------------------------------------------------------


@dataclass(frozen=True)
class EntityIndex:
    """The names a corpus gives its entities: page titles and file names, the words of
    links (each with the target most links with those words point to)."""

    names: Mapping[tuple[str, ...], str]  # folded words -> slug
    pages: Mapping[str, str | None]  # source path -> its page entity
    proper: frozenset[tuple[str, ...]]  # names written capitalised where links use them

    @classmethod
    def build(cls, sources: Iterable[Source]) -> EntityIndex:
        votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        cases: Counter[tuple[tuple[str, ...], bool]] = Counter()
        pages: dict[str, str | None] = {}
        titled: list[Source] = []
        titles: set[tuple[str, ...]] = set()
        sources = list(sources)
        targets = {link.target for source in sources for link in source.links}
        for source in sources:
            if source.title:
                titled.append(source)
            entity = linked_entity(source, targets)
            pages[source.path] = entity
            if entity:
                for name in (source.title or "", entity.replace("-", " ")):
                    key = _key(name)
                    if key:
                        votes[key][entity] += 3  # a page's own name outweighs a link's
                # 'Vitalik Buterin (Funder)': the page is the entity its title names
                # without the part in brackets, as the other pages write it
                bare = _BRACKETED.sub("", source.title or "").strip()
                key = _key(bare) if bare != source.title else None
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
        return index

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
        words = [(m.start(), m.end(), fold(m.group()).lower()) for m in _WORD.finditer(text)]
        bare = [_bare(w[2]) for w in words]
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
                        i > 0 and _capital(words[i - 1], text) and not _opens(text, words[i][0])
                    )
                    and not (i + n < len(words) and _capital(words[i + n], text))
                ):
                    found.append((words[i][0], words[i + n - 1][1], target))
                    i += n
                    break
            else:
                i += 1
        return found


_BRACKETED = re.compile(r"\s*\([^)]*\)")

_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "de", "du", "von", "van", "&"})


def _titled(name: str) -> bool:
    """Whether a name is written as a proper name: every word but small ones capitalised
    ('Survival and Flourishing Fund', 'METR'; not 'AI safety').

    >>> _titled("Survival and Flourishing Fund"), _titled("AI safety")
    (True, False)
    """
    words = _WORD.findall(name)
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w in _SMALL_WORDS for w in words)


def _capital(word: tuple[int, int, str], text: str) -> bool:
    """A capitalised word next to a name makes it part of a longer name ('International
    AI Safety Report' is not 'AI Safety')."""
    return text[word[0]].isupper()


def _opens(text: str, start: int) -> bool:
    return _opens_sentence(text, start)


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" *_\"'(")
    return not before or before[-1] in ".!?:\n|"


def _bare(word: str) -> str:
    return word.removesuffix("'s").removesuffix("\u2019s")


def _key(name: str) -> tuple[str, ...] | None:
    words = tuple(_bare(w.lower()) for w in _WORD.findall(fold(name)))
    text = " ".join(words)
    if not words or len(words) > MAX_NAME_WORDS or len(text) < MIN_NAME_CHARS:
        return None
    if text in _STOP_NAMES or all(w.isdigit() for w in words):
        return None
    return words


def assign_entities(claims: Sequence[Claim], source: Source, index: EntityIndex) -> list[Claim]:
    """The claims of one source, each with the entity it is about (UNOWNED when its
    sentence names several things and none of them plainly owns the figure)."""
    page = index.pages.get(source.path)
    titled = page_entity(source)
    links = sorted(source.links, key=lambda link: link.start)
    out: list[Claim] = []
    cache: dict[int, list[tuple[int, int, str]]] = {}
    for claim in claims:
        if claim.entity is not None:  # a table row's: the page's own, by the index's name
            own = claim.entity == titled and claim.entity != page
            out.append(claim.model_copy(update={"entity": page}) if own else claim)
            continue
        sentence = claim.sentence
        mentions = cache.get(sentence.start)
        if mentions is None:
            mentions = _sentence_mentions(source, sentence.start, sentence.end, links, index)
            cache[sentence.start] = mentions
        entity = _owner(claim, mentions, source, page)
        out.append(claim.model_copy(update={"entity": UNOWNED if entity is None else entity}))
    return out


def _sentence_mentions(
    source: Source, start: int, end: int, links: Sequence[object], index: EntityIndex
) -> list[tuple[int, int, str]]:
    """Names in the sentence at [start, end): its links (their targets), then the names
    the index knows, in order of place."""
    found: list[tuple[int, int, str]] = []
    for link in source.links:
        if link.start >= start and link.end <= end:
            found.append((link.start, link.end, link.target))
    text = source.text[start:end]
    for s, e, target in (*index.mentions(text), *_proper_runs(text)):
        s, e = s + start, e + start
        if not any(s < fe and fs < e for fs, fe, _ in found):
            found.append((s, e, target))
    return _with_acronyms(sorted(found), source.text)


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
        before = list(_WORD.finditer(text, max(0, s - 1 - 120), s - 1))
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
     *_MONTHS, "january", "february", "march", "april", "june", "july", "august",
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


def _proper_runs(text: str) -> list[tuple[int, int, str]]:
    """Runs of capitalised words (a number may follow one: 'Claude 3 Sonnet') that the
    index does not know, as names of their own: 'WMDP', 'Colossus'. A sentence's first
    word is left out when it is a function word ('The', 'In')."""
    stop = stop_words()
    runs: list[tuple[int, int, str]] = []
    words = list(_WORD.finditer(text))
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
        key = slug(name)
        capitals = sum(1 for w in words[i:j] if w.group()[0].isupper())
        versioned = any(_VERSION.fullmatch(w.group()) for w in words[i + 1 : j])
        if i in opening and capitals == 1 and not _cased_inside(word) and not versioned:
            i = j  # 'Estimated ...', 'Choose a size', 'Scenario 3:': a capital of the sentence
            continue  # ('Petri 2.0 introduced': a name and its version)
        plans = docs_words()["qualifier_words"]
        first = words[i].group().lower()
        if first in _GENERIC_CAPITALS or first in _GENERIC_FIRST:
            i = j  # 'April 2025', 'Series B', 'Table 3': a date or a part, not a name
            continue
        if key and key not in _GENERIC_CAPITALS and name.lower() not in stop | plans:
            runs.append((words[i].start(), words[j - 1].end(), key))
        i = j
    return runs


def _cased_inside(word: str) -> bool:
    """'OpenAI', 'NVIDIA', 'xAI': capitals past the first letter make a name."""
    return any(ch.isupper() for ch in word[1:])


def _owner(
    claim: Claim, mentions: Sequence[tuple[int, int, str]], source: Source, page: str | None
) -> str | None:
    q = claim.quantity
    sentence = claim.sentence
    text = source.text
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
        and _TIME.search(prefix) is not None
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
    if match is None or len(_WORD.findall(match.group())) > LABEL_WORDS:
        return None
    return match.end()


# Where a sentence turns to another subject.
_TURN = re.compile(
    r";|\||\u2014|\bwhile\b|\bwhereas\b|\bvs\b\.?|\bversus\b|\bcompared (?:to|with)\b"
    r"|\bbut\b|\bunlike\b",
    re.IGNORECASE,
)
_PREPOSITIONS = frozenset(
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
    words = _WORD.findall(text[max(0, start - 16) : start])
    return bool(words) and words[-1].lower() in _PREPOSITIONS


def _about_subject(sentence: str) -> bool:
    """Whether a sentence opens with a word standing for the page's subject.

    >>> _about_subject("It raised $5M from Acme."), _about_subject("The company's revenue")
    (True, True)
    >>> _about_subject("The market's prediction proved correct")
    False
    """
    words = [_bare(w.lower()) for w in _WORD.findall(sentence[:40])][:2]
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
    heading = None
    for h in source.headings:
        if h.start > offset:
            break
        heading = h
    if heading is None or heading.level <= 1:
        return None
    for link in source.links:
        if link.start == heading.start and link.end - link.start >= len(heading.text) - 1:
            return link.target
    return None


def entity_of(claims: Sequence[Claim]) -> str | None:
    """The entity a group of claims is about, when they share one."""
    entities = {bare_entity(c.entity) or "" for c in claims}
    entity = entities.pop() if len(entities) == 1 else UNNAMED
    return entity if entity not in (UNNAMED, UNOWNED) else None


# --- the same claim, by the words around the figure -----------------------------------------

_CONTEXT_WORD = re.compile(r"[^\W\d_][\w'-]*")


def context_words(claim: Claim) -> frozenset[str]:
    """The content words around a claim's figure in its sentence (CONTEXT_WORDS a side):
    no numbers, no function words, not the words of its entity's name."""
    sentence = claim.sentence
    text = sentence.text
    at = claim.quantity.start - sentence.start
    if not 0 <= at <= len(text) or not text.startswith(claim.quantity.text[:1], at):
        found = text.find(claim.quantity.text)
        at = found if found >= 0 else min(max(at, 0), len(text))
    end = min(len(text), at + len(claim.quantity.text))
    before = _CONTEXT_WORD.findall(_words_of(text[:at]))[-CONTEXT_WORDS:]
    after = _CONTEXT_WORD.findall(_words_of(text[end:]))[:CONTEXT_WORDS]
    stop = stop_words()
    own = set((bare_entity(claim.entity) or "").split("-"))
    return frozenset(
        w
        for w in (*before, *after)
        if w not in stop and w not in own and w not in _VAGUE_WORDS and len(w) > 1
    )


_DASHES = str.maketrans({"\u2014": " ", "\u2013": " "})


def _words_of(text: str) -> str:
    """Text folded for its words; a dash between two words parts them ('FLI\u2014the').

    >>> _words_of("to FLI\u2014the largest")
    'to fli the largest'
    """
    return fold(text.translate(_DASHES)).lower()


# Words around figures that say nothing of what is counted.
_VAGUE_WORDS = frozenset(
    {"million", "billion", "trillion", "thousand", "approximately", "roughly", "around",
     "about", "estimated", "est", "nearly", "almost", "over", "under", "least", "more",
     "less", "than", "percent", "per", "total", "just", "only", "reportedly", "reported",
     "usd", "us", "m", "b", "k"}
)  # fmt: skip


# Qualifiers claims.py gives a figure of another year or month than the source's ("in
# 2024", "in month february"): in a docs tree, the time a figure is stated for is its
# ``when``.
_YEAR_QUALIFIER = re.compile(r"^(?:in|by|since|from|during) (?:\d{4}\b|month )")


# A sentence that multiplies and gives a result works an example out.
_WORKED = re.compile(r"[\u00d7*]\s*[$\u20ac\u00a3]?\d[^=]{0,40}=")


def align_docs(
    claims: Sequence[Claim], overlap: float, *, by_figures: bool = False, by_words: bool = False
) -> list[list[Claim]]:
    """Groups of the same claim in a docs corpus, from claims of one entity.

    Claims meet in a block of the same kind, unit, currency, rate and frame signals; within
    it, two claims of different sources are the same claim when each is the other's best
    match in its source by the content words around the figure, these overlap by at least
    ``overlap`` of the fewer, their counted things agree (or one names none), and their
    times agree (or one states none). A table's cell is said by its row and column: it
    matches a claim that counts the same thing. A sentence that gives three sums ("$12.7
    billion ..., comprising $8.7 billion in restitution and $4 billion in disgorgement")
    thus meets each in its copy on another page. Parts stated by one source only are
    dropped. ``by_figures``: claims of any entity, which meet only when their sentences
    share the figures around them (:func:`figures_of`); the word after the figure may then
    differ ('1,012 agreed to answer' and '1,316 answered').
    """
    blocks: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        q = claim.quantity
        if q.kind is not QuantityKind.AMOUNT and claim.counted is None:
            continue  # a date of no event, an age of no one
        if q.kind is QuantityKind.AMOUNT and q.low is None and q.high is None:
            continue
        if (
            q.kind is QuantityKind.AMOUNT
            and not (claim.counted or q.unit or q.currency)
            and (not by_figures or (q.value or 0) < SMALL_FIGURE or _labelled(claim))
        ):
            continue  # a bare number: nothing says what it is (unless the figures around do)
        if _WORKED.search(claim.sentence.text):
            continue  # a worked example: '0.3 GB times $10 = $3.00/month'
        if _supposed(claim) or _instructed(claim):
            continue  # 'if you deploy 3 replicas, ...', 'Choose a size (1 GB is a reasonable
            # starting point)': the reader's choice, not a fact
        hard = tuple(x for x in claim.qualifiers if x != "table" and not _YEAR_QUALIFIER.match(x))
        blocks[(q.kind.value, q.unit, q.currency, q.rate, hard)].append(claim)
    # the figures of every sentence, read once for all blocks
    sentences = figures_of(claims) if by_figures else {}
    groups: list[list[Claim]] = []
    for key in sorted(blocks, key=lambda k: tuple(str(p) for p in k)):
        groups.extend(
            _pair(
                blocks[key], overlap, by_figures=by_figures, sentences=sentences, by_words=by_words
            )
        )
    return [sorted(g, key=lambda c: (c.source, c.quantity.start)) for g in groups]


_SUPPOSITION = re.compile(r"\b(?:if|suppose|supposing|say)\b[^,;:.]*$", re.IGNORECASE)


def _supposed(claim: Claim) -> bool:
    """Whether a figure is inside an 'if' clause of its sentence: a supposition.

    >>> from crosscheck.models import Bound, Claim, Quantity, Sentence
    >>> t = "So if you deploy 3 replicas, you get 72 vCPU."
    >>> s = Sentence(source="a", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> def at(x, v):
    ...     q = Quantity(text=x, start=t.index(x), end=t.index(x) + len(x), value=v, low=v,
    ...                  high=v, bound=Bound.EXACT)
    ...     return Claim(source="a", sentence=s, quantity=q, counted=None, counted_text=None,
    ...                  actor=None, frame="")
    >>> _supposed(at("3", 3)), _supposed(at("72", 72))
    (True, False)
    """
    at = claim.quantity.start - claim.sentence.start
    return 0 <= at <= len(claim.sentence.text) and bool(
        _SUPPOSITION.search(claim.sentence.text[:at])
    )


def _instructed(claim: Claim) -> bool:
    """Whether a figure's sentence tells the reader what to do: it opens (after a lead-in
    label) with a verb of the lexicon's ``instruction_verbs`` ('Choose a size (1 GB is a
    reasonable starting point)', 'Set replicas to 3')."""
    text = claim.sentence.text
    words = _WORD.findall(text[label_end(text) or 0 :][:40])
    return bool(words) and words[0].lower() in docs_words()["instruction_verbs"]


def _stem(word: str) -> str:
    """A plural's singular, roughly: 'branches' -> 'branch', 'queries' -> 'query'."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith("ss"):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    return word[:-1]


# A sentence with this many figures of one kind and unit or more lists them.
LIST_FIGURES = 3


def _listed(claims: Sequence[Claim]) -> list[bool]:
    """Of each claim, whether its sentence gives LIST_FIGURES or more figures of
    ``claims`` (one block)."""
    per = Counter((c.source, c.sentence.start) for c in claims)
    return [
        "table" not in c.qualifiers and per[(c.source, c.sentence.start)] >= LIST_FIGURES
        for c in claims
    ]


def _counts_label(label: str | None, counted: str | None, following: str | None) -> bool:
    """Whether what a sentence's figure is of, its counted thing or the word after it, is
    in a table's label (or the sentence says neither).

    >>> _counts_label("probability", "pledge", "equity")
    False
    >>> _counts_label("branches per project", "stores", "branches")
    True
    """
    if not counted and not following:
        return True
    label_words = {_stem(w) for w in _CONTEXT_WORD.findall((label or "").lower())}
    said = [_CONTEXT_WORD.findall(x.lower()) for x in (counted, following) if x]
    return any(words and all(_stem(w) in label_words for w in words) for words in said)


def _says_label(label: str | None, counted: str | None, words: frozenset[str]) -> bool:
    """Whether a sentence's figure is what a table's label names: every content word of
    the label is the sentence's counted thing or a word around its figure.

    >>> _says_label("branches per project", "branch", frozenset({"project", "allows"}))
    True
    >>> _says_label("storage", "branch", frozenset({"project"}))
    False
    """
    if not label:
        return False
    stop = stop_words()
    label_words = _CONTEXT_WORD.findall(label.lower())
    wanted = {_stem(w) for w in label_words if w not in stop and w not in _VAGUE_WORDS}
    have = {_stem(w) for w in words} | {_stem(w) for w in (counted or "").lower().split()}
    return bool(wanted) and wanted <= have


def next_word(claim: Claim) -> str | None:
    """The first content word after a claim's figure in its sentence: what the figure is
    of when the claim names no counted thing ('$25 million theft', '$12 million from').

    >>> from crosscheck.models import Bound, Claim, Quantity, Sentence
    >>> s = Sentence(source="a", index=0, start=0, end=40, line=1, column=1,
    ...              text="a $25 million theft from Arup")
    >>> q = Quantity(text="$25 million", start=2, end=13, value=2.5e7, low=2.5e7, high=2.5e7,
    ...              bound=Bound.EXACT)
    >>> next_word(Claim(source="a", sentence=s, quantity=q, counted=None, counted_text=None,
    ...                 actor=None, frame=""))
    'theft'
    """
    sentence = claim.sentence
    at = claim.quantity.end - sentence.start
    if not 0 <= at <= len(sentence.text):
        return None
    stop = stop_words()
    for word in _CONTEXT_WORD.findall(_words_of(sentence.text[at:])):
        if word not in stop and word not in _VAGUE_WORDS and len(word) > 1:
            return str(word)
    return None


def event_word(claim: Claim) -> str | None:
    """Of a date in running text, the content word right before it (prepositions aside):
    the event it dates ('adopted in May 2024', '(signed September 2024)'). None for other
    figures and for a date no word comes before.

    >>> from crosscheck.models import Bound, Claim, Quantity, QuantityKind, Sentence
    >>> s = Sentence(source="a", index=0, start=0, end=40, line=1, column=1,
    ...              text="The treaty, adopted in May 2024, binds")
    >>> q = Quantity(text="May 2024", start=23, end=31, value=None, low=None, high=None,
    ...              bound=Bound.EXACT, kind=QuantityKind.DATE)
    >>> event_word(Claim(source="a", sentence=s, quantity=q, counted=None, counted_text=None,
    ...                  actor=None, frame=""))
    'adopted'
    """
    if claim.quantity.kind is not QuantityKind.DATE or "table" in claim.qualifiers:
        return None
    sentence = claim.sentence
    at = claim.quantity.start - sentence.start
    if not 0 <= at <= len(sentence.text):
        return None
    words = _CONTEXT_WORD.findall(_words_of(sentence.text[:at]))
    while words and words[-1] in _PREPOSITIONS:
        words.pop()
    return str(words[-1]) if words and words[-1] not in stop_words() else None


def _pair(
    block: Sequence[Claim],
    overlap: float,
    *,
    by_figures: bool = False,
    sentences: Mapping[tuple[str, int], Sequence[tuple[Claim, Figure]]] | None = None,
    by_words: bool = False,
) -> list[list[Claim]]:
    claims = sorted(block, key=lambda c: (c.source, c.quantity.start, c.quantity.end))
    around: list[list[Figure]] = []
    if by_figures:
        if sentences is None:
            sentences = figures_of(claims)
        around = [
            [f for other, f in sentences.get((c.source, c.sentence.start), []) if other is not c]
            for c in claims
        ]
    words = [context_words(c) if "table" not in c.qualifiers else None for c in claims]
    nexts = [next_word(c) for c in claims]
    events = [event_word(c) for c in claims]
    listed = _listed(claims)
    generic = docs_words()["value_headers"]
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        by_source[claim.source].append(i)

    def score(i: int, j: int) -> float:
        a, b = claims[i], claims[j]
        if a.when != b.when:
            return 0.0  # another time, plan or tier, or a time one states and one leaves out
        if by_words and (
            not (_guessed(a.entity) or _guessed(b.entity)) or not _compatible(a.entity, b.entity)
        ):
            return 0.0  # met by words alone: one owner is only the page's by default
        if by_words and (_small(a) or _small(b) or _same_label(a, b)):
            return 0.0  # 'Top 5 labs'; a template's field that each page fills for itself
        if by_figures and (
            not _same_figures(around[i], around[j])
            or _states(around[j], a)
            or _states(around[i], b)
            or not _compatible(a.entity, b.entity)
        ):
            return 0.0  # no figures in common, the other states this figure elsewhere, or
            # the two name different owners
        wa, wb = words[i], words[j]
        if a.counted and b.counted and a.counted != b.counted and wa is not None and wb is not None:
            return 0.0
        if events[i] and events[j] and events[i] != events[j]:
            return 0.0  # 'adopted in May 2024' is not 'signed September 2024'
        if wa is None and wb is None:
            # two tables' cells: their column or row labels must be the same, and say what
            # the figure is ('Amount' of a grant to the page's subject says nothing)
            same = a.counted and a.counted == b.counted and a.counted not in generic
            return 1.0 if same else 0.0
        if wa is None or wb is None:
            # a table's cell and a sentence: the sentence says the cell's label, and what
            # the sentence counts is in it
            cell, said = (a, wb) if wa is None else (b, wa)
            other = b if wa is None else a
            following = nexts[j if wa is None else i]
            if cell.counted in generic or not _counts_label(cell.counted, other.counted, following):
                return 0.0
            if listed[i if wa is not None else j] and not other.counted:
                return 0.0  # one of a list of figures that says what none of them is
            return 1.0 if _says_label(cell.counted, other.counted, said or frozenset()) else 0.0
        if (
            not by_figures
            and (listed[i] or listed[j])
            and not (a.counted and a.counted == b.counted)
        ):
            # a list of figures ('$7.8M for X, $5.3M for Y, $0.5M for Z'): each is what
            # its own counted word says, and one that says none is no one claim
            return 0.0
        if not by_figures and not (a.counted and a.counted == b.counted) and nexts[i] != nexts[j]:
            return 0.0  # '$15 million grant' is not '$12 million from'
        shared = len(wa & wb)
        if shared < (STRONG_SHARED_WORDS if by_words else MIN_SHARED_WORDS):
            return 0.0
        ratio = shared / min(len(wa), len(wb))
        return ratio if not by_words or ratio >= STRONG_OVERLAP else 0.0

    def best(i: int, source: str) -> int | None:
        # of figures said in the same words (two in one sentence), the nearer in value:
        # '$500B with $20B ARR' meets '$500B' and '$20B' in its copy, not across them
        pool = by_source[source] if not indexed else sharing[i].get(source, ())
        if not pool:
            return None
        top = max(pool, key=lambda j: (score(i, j), -_distance(i, j), -j))
        return top if score(i, top) >= overlap else None

    def _distance(i: int, j: int) -> float:
        a, b = claims[i].quantity, claims[j].quantity
        x, y = a.value if a.value is not None else a.low, b.value if b.value is not None else b.low
        if x is None or y is None or x <= 0 or y <= 0:
            return math.inf
        return abs(math.log(x / y))

    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # by figures, only claims that share a figure can meet: each one's, by source
    indexed = by_figures or by_words
    sharing = (
        _sharing(claims, around)
        if by_figures
        else _sharing_words(claims, words)
        if by_words
        else []
    )
    paired: set[int] = set()
    for i, claim in enumerate(claims):
        for source in sharing[i] if indexed else by_source:
            if source == claim.source:
                continue
            j = best(i, source)
            if j is not None and best(j, claim.source) == i:
                parent[find(i)] = find(j)
                paired.update((i, j))
    # A page that states one claim twice ('$109.1 billion in 2024' in its summary and in
    # its body) offers another page's copy two partners, and the copy takes the nearer
    # figure: a claim left without a partner meets its best match anyway when that one's
    # partner on this page is the same claim by its own words, in another sentence.
    for i, claim in enumerate(claims):
        if i in paired:
            continue
        for source in sharing[i] if indexed else by_source:
            if source == claim.source:
                continue
            j = best(i, source)
            k = None if j is None else best(j, claim.source)
            if (
                j is not None
                and k is not None
                and k != i
                and claims[k].sentence.start != claim.sentence.start
                and score(i, k) >= overlap
            ):
                parent[find(i)] = find(j)
    parts: dict[int, list[Claim]] = defaultdict(list)
    for i, claim in enumerate(claims):
        parts[find(i)].append(claim)
    return [p for p in parts.values() if len({c.source for c in p}) > 1]


def align_entities(claims: Sequence[Claim], overlap: float) -> list[list[Claim]]:
    """Groups of the same claim in a docs corpus: the claims of each entity aligned on
    their own (:func:`align_docs`); then the claims left without a partner, whatever their
    entity (or none), aligned by the figures around them (:func:`figures_of`): 'a 2024
    field experiment with 1,256 participants' or 'of 3,567 respondents, 1,012 agreed' is
    an unnamed thing that the figures it is described with identify."""
    by_entity: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.entity is not None and claim.entity != UNOWNED:
            by_entity[bare_entity(claim.entity) or UNNAMED].append(claim)
    groups: list[list[Claim]] = []
    for entity in sorted(by_entity):
        groups.extend(align_docs(by_entity[entity], overlap))
    described = [c for c in claims if _describes(c)]
    groups.extend(align_docs(described, overlap, by_figures=True))
    # a page's subject by default meets any page's claim said in many of the same words
    groups.extend(align_docs([c for c in described if c.entity != UNOWNED], overlap, by_words=True))
    return [[_shown(c) for c in group] for group in _merged(groups)]


def _merged(groups: Sequence[list[Claim]]) -> list[list[Claim]]:
    """Groups that share a claim, as one (a claim met by its entity and by its figures)."""
    parent: dict[int, int] = {}

    def find(i: int) -> int:
        while parent.setdefault(i, i) != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    claim_of: dict[int, Claim] = {}
    for group in groups:
        for claim in group:
            claim_of[id(claim)] = claim
            parent[find(id(claim))] = find(id(group[0]))
    merged: dict[int, list[Claim]] = defaultdict(list)
    for key, claim in claim_of.items():
        merged[find(key)].append(claim)
    ordered = [sorted(g, key=lambda c: (c.source, c.quantity.start)) for g in merged.values()]
    return sorted(ordered, key=lambda g: (g[0].source, g[0].quantity.start))


def _describes(claim: Claim) -> bool:
    """Whether a claim may be identified by the figures around it: an amount in running
    text (a table's row is its own entity, and its cells' figures are of many things)."""
    return (
        claim.entity is not None
        and claim.quantity.kind is QuantityKind.AMOUNT
        and "table" not in claim.qualifiers
        and " | " not in claim.sentence.text
    )


# Claims met by their words alone, when one's owner is only the page's by default: at
# least this many content words around the figure shared, and this share of the fewer.
STRONG_SHARED_WORDS = 5
STRONG_OVERLAP = 0.75
# A word said around more figures than this ('ai', 'model') is not looked up to find the
# claims that share words with one: it would make every pair a candidate.
COMMON_WORD_CLAIMS = 400

# A figure around a claim's figure identifies what the sentence is about when it is this
# precise (significant digits: '3,567 respondents', '48.87'), or when two are shared:
# '$8.7 billion in restitution and $4 billion in disgorgement'.
PRECISE_DIGITS = 3
SHARED_FIGURES = 2
# Whole numbers below this say nothing of what a sentence is about: '5 of 6 models', '7
# co-founders' are in many sentences about many things.
SMALL_FIGURE = 10
# Two figures within this share of each other are the same figure written two ways
# ('$109B' and '$109.1 billion', '$5K' and '$5,000').
SAME_FIGURE = 0.01

# A figure as a sentence's companion: its value, how precisely it is written, and what it
# measures (its unit or currency; '' for a count).
Figure = tuple[float, int, str]


def figures_of(claims: Sequence[Claim]) -> dict[tuple[str, int], list[tuple[Claim, Figure]]]:
    """The figures of each sentence (by source and start) that may identify what it is
    about: amounts that are sums, shares or counts of 10 or more, not years."""
    found: dict[tuple[str, int], list[tuple[Claim, Figure]]] = defaultdict(list)
    for claim in claims:
        q = claim.quantity
        value = q.value if q.value is not None else q.low
        if q.kind is not QuantityKind.AMOUNT or value is None:
            continue
        bare = not (q.unit or q.currency)
        if bare and (value < SMALL_FIGURE or (value.is_integer() and 1900 <= value < 2100)):
            continue  # '5 of 6', a year
        measure = q.unit or q.currency or ""
        found[(claim.source, claim.sentence.start)].append(
            (claim, (value, _significant(q.text), measure))
        )
    return found


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _significant(text: str) -> int:
    """The significant digits of the first number written in ``text``.

    >>> _significant("3,567"), _significant("$8.7 billion"), _significant("100")
    (4, 2, 1)
    >>> _significant("62.10%")
    4
    """
    match = _NUMBER.search(text)
    if match is None:
        return 0
    number = match.group().rstrip(",").replace(",", "")
    digits = number.replace(".", "").lstrip("0")
    if "." not in number:
        digits = digits.rstrip("0")
    return len(digits)


def _near(x: float, y: float) -> bool:
    return abs(x - y) <= SAME_FIGURE * max(abs(x), abs(y))


def _same_figures(a: Sequence[Figure], b: Sequence[Figure]) -> bool:
    """Whether two sentences share figures enough to be about one thing."""
    shared = [(x, digits) for x, digits, _ in a if any(_near(x, y) for y, _, _ in b)]
    return len(shared) >= SHARED_FIGURES or any(d >= PRECISE_DIGITS for _, d in shared)


def _states(figures: Sequence[Figure], claim: Claim) -> bool:
    """Whether a sentence's other figures include this claim's figure, of the same measure
    (its own is met there, not this one; '56 papers' is not '55.54%')."""
    q = claim.quantity
    own = [v for v in (q.value, q.low, q.high) if v is not None]
    measure = q.unit or q.currency or ""
    return any(_near(x, v) for x, _, m in figures if m == measure for v in own)


def _compatible(a: str | None, b: str | None) -> bool:
    """Whether two claims' entities may be one: the same, one owner not known (or only the
    page's subject by default), or one name the end of the other ('future-fund',
    'ftx-future-fund').

    >>> _compatible("future-fund", "ftx-future-fund"), _compatible("deepmind", "alphabet")
    (True, False)
    """
    if _guessed(a) or _guessed(b):
        return True  # the page's subject by default: whose figure it is, is not known
    a, b = bare_entity(a), bare_entity(b)
    if a == b or UNOWNED in (a, b):
        return True
    a, b = sorted((a or "", b or ""), key=len)
    return bool(a) and b.endswith("-" + a)


def _labelled(claim: Claim) -> bool:
    """Whether a bare number names something: 'Executive Order 14110', '10^25', 'GPT-4'."""
    sentence = claim.sentence
    at = claim.quantity.start - sentence.start
    before = sentence.text[max(0, at - 24) : at]
    if before.endswith(("^", "-", "#")):
        return True
    words = _WORD.findall(before)
    return bool(words) and before.endswith(" ") and words[-1][0].isupper()


def _sharing(
    claims: Sequence[Claim], around: Sequence[Sequence[Figure]]
) -> list[dict[str, list[int]]]:
    """For each claim, the other claims whose sentences share one of its figures (within
    SAME_FIGURE), by source in order: the only ones it may meet by figures."""
    buckets: dict[int, set[int]] = defaultdict(set)
    for i, figures in enumerate(around):
        for x, _, _ in figures:
            buckets[_bucket(x)].add(i)
    out: list[dict[str, list[int]]] = []
    for i, figures in enumerate(around):
        near: set[int] = set()
        for x, _, _ in figures:
            b = _bucket(x)
            near.update(buckets.get(b - 1, ()), buckets.get(b, ()), buckets.get(b + 1, ()))
        near.discard(i)
        by_source: dict[str, list[int]] = defaultdict(list)
        for j in sorted(near):
            by_source[claims[j].source].append(j)
        out.append(dict(sorted(by_source.items())))
    return out


def _sharing_words(
    claims: Sequence[Claim], words: Sequence[frozenset[str] | None]
) -> list[dict[str, list[int]]]:
    """For each claim, the other claims whose words around the figure share at least
    STRONG_SHARED_WORDS with its own, by source in order (words said around more than
    COMMON_WORD_CLAIMS figures are not looked up)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, mine in enumerate(words):
        for word in mine or ():
            postings[word].append(i)
    out: list[dict[str, list[int]]] = []
    for i, mine in enumerate(words):
        counts: Counter[int] = Counter()
        for word in mine or ():
            others = postings[word]
            if len(others) <= COMMON_WORD_CLAIMS:
                counts.update(others)
        by_source: dict[str, list[int]] = defaultdict(list)
        for j in sorted(counts):
            if j != i and counts[j] >= STRONG_SHARED_WORDS:
                by_source[claims[j].source].append(j)
        out.append(dict(sorted(by_source.items())))
    return out


def _small(claim: Claim) -> bool:
    """A bare count under SMALL_FIGURE ('Top 5 labs', '3-5x'), which many things share."""
    q = claim.quantity
    value = q.value if q.value is not None else q.low
    return not (q.unit or q.currency) and (value is None or value < SMALL_FIGURE)


def _same_label(a: Claim, b: Claim) -> bool:
    """Whether two sentences open with the same lead-in label: a template's field
    ('Estimated adequate funding level: ...') that each page states for its own subject."""
    labels = []
    for claim in (a, b):
        text = claim.sentence.text
        end = label_end(text)
        labels.append(_words_of(text[:end]).strip(" *_:") if end else None)
    return labels[0] is not None and labels[0] == labels[1]


def _guessed(entity: str | None) -> bool:
    return entity is not None and entity.startswith(GUESSED)


def _bucket(x: float) -> int:
    """A figure's place on a scale of steps of SAME_FIGURE: near figures are in the same
    or the next step."""
    if x <= 0:
        return 0
    return math.floor(math.log(x) / math.log1p(SAME_FIGURE))


def _shown(claim: Claim) -> Claim:
    if claim.entity == UNOWNED:
        return claim.model_copy(update={"entity": None})
    if _guessed(claim.entity):
        return claim.model_copy(update={"entity": bare_entity(claim.entity)})
    return claim


def bare_entity(entity: str | None) -> str | None:
    """An entity without its GUESSED mark.

    >>> bare_entity("~securebio"), bare_entity("nao"), bare_entity(None)
    ('securebio', 'nao', None)
    """
    return entity.removeprefix(GUESSED) if entity else entity


def _log_distance(a: Quantity, b: Quantity) -> float:
    x = a.value if a.value is not None else a.low
    y = b.value if b.value is not None else b.low
    if x is None or y is None or x <= 0 or y <= 0:
        return math.inf
    return abs(math.log(x / y))
