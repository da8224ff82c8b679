"""Group documents into stories: Sources -> stories (documents about one event).

Claims of different stories are never compared: "His bond was set at $50,000" and "$700,000"
are two suspects in two cities, whatever their sentences share. A story is one real-world
event or development, found from what its documents share:

* **names and distinctive terms**: each document is a TF-IDF profile of its own words
  (page chrome and corpus-wide boilerplate lines left out), where names (words the source
  only writes capitalised) and the headline count double;
* **time**: the days a document is about, its publication day and the days it states
  ("on Feb. 6", "Saturday night" read against the publication day) and the spans it names
  relative to that day ("last week"). Two documents far
  apart in time must share much more to be one story, unless one names a day the other
  is about (a trial's report dates the shooting).

Candidate pairs meet only through rare terms in an inverted index, so cost grows with the
pairs that share something rare, not with all pairs. Similar documents are then merged by
average linkage (a document joins a story when it is close to the story as a whole, not to
one member: single links chain unrelated events through round-ups). Copies join their
original's story. A document that reports two stories (a round-up) belongs to both: see
:mod:`crosscheck.roundups`.

The per-file part (:func:`profile`) runs in the workers and is cached; the corpus part
(:func:`find_stories`) runs once per corpus in the main process.
"""

from __future__ import annotations

import calendar
import heapq
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from crosscheck.lexicon import entity_index, entity_lengths, stop_words
from crosscheck.models import Source, Story
from crosscheck.normalize import fold, lower_words, matching_form, matching_forms
from crosscheck.organisations import lead_organisation
from crosscheck.roundups import shared_stories
from crosscheck.settings import Settings
from crosscheck.story_labels import label, links
from crosscheck.tickers import ticker_company

# A headline is a short first line; longer first lines are prose.
HEADLINE_MAX_WORDS = 25
# How much more a headline word and a name count than a word of the body: a headline and
# the names in a story are what set it apart from other stories of its kind.
HEADLINE_WEIGHT = 2
NAME_WEIGHT = 2
# A document's days: at most this many (a timeline stating hundreds adds cost, not sense).
MAX_DAYS = 64

_TERM = re.compile(r"[^\W\d_][\w'-]*[^\W_]|\d[\d,.]*\d")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Profile:
    """What one document offers for grouping: its kept lines' terms, names and days.

    ``lines`` holds (hash of the line, its terms) for each kept line with a term, the
    headline first when ``headline``; ``names`` are the terms the source writes only
    capitalised; ``days`` are ordinal days.
    """

    lines: tuple[tuple[int, tuple[str, ...]], ...]
    days: tuple[int, ...]
    published: int | None = None  # the ordinal day of publication, when stated
    names: frozenset[str] = frozenset()
    headline: bool = False
    places: frozenset[str] = frozenset()  # the countries and bodies it names most
    # months it states and weeks it names ("last week"), as (first, last) days
    months: tuple[tuple[int, int], ...] = ()
    lead: str | None = None  # the company its opening is about ("Torchmark Corp is ...")


def profile(
    source: Source, names: frozenset[str], dates: Iterable[tuple[str, str, str]]
) -> Profile:
    """The profile of one source: its kept lines' terms, its names (of ``names``, the words
    it writes only capitalised), and its days (``dates`` are the text and the earliest and
    latest ISO days of the dates it states).

    >>> from crosscheck.models import Source
    >>> text = "Man shot in Vista\\nPublished: 2016-06-06\\n\\nPolice said Vista was calm."
    >>> s = Source(path="a", sha256="", text=text, format="text", encoding="utf-8",
    ...            keep=((0, len(text)),), published="2016-06-06")
    >>> p = profile(s, frozenset({"Vista"}), ())
    >>> [terms for _, terms in p.lines], sorted(p.names), p.headline
    ([('man', 'shot', 'vista'), ('police', 'vista', 'calm')], ['vista'], True)
    >>> [date.fromordinal(d).isoformat() for d in p.days]
    ['2016-06-06']
    """
    stop = stop_words()
    named: set[str] = set()
    # the words of every line, counted once at the end (a Counter update per line cost
    # more than the counting)
    capitalised_words: list[str] = []
    lower_words_seen: list[str] = []
    entity_names: list[str] = []
    headline = None
    kept: list[tuple[str, tuple[str, ...]]] = []  # each line with a term, and its terms
    for start, end in source.keep:
        for raw in source.text[start:end].split("\n"):
            line = fold(raw).strip()
            if not line or _is_date_line(line):
                continue
            words = _TERM.findall(line)
            if "'" in line:  # a possessive's "'s" is no part of the term
                words = [w[:-2] if w.endswith(("'s", "'S")) else w for w in words]
            capitalised_words.extend(w.lower() for w in _CAPITALISED_INSIDE.findall(line))
            lower_words_seen.extend(lower_words(line))
            entity_names.extend(_entities(words))
            terms: list[str] = []
            for word in words:
                low = word.lower()
                if low in stop or len(low) < 2:
                    continue
                if word in names:
                    named.add(low)
                terms.append(low)
            if headline is None:
                headline = len(words) <= HEADLINE_MAX_WORDS and bool(terms)
            if terms:
                kept.append((line, tuple(terms)))
    # each kept line's hash, their matching forms found in one pass
    forms = matching_forms([line for line, _ in kept])
    lines = [(_form_hash(form), terms) for form, (_, terms) in zip(forms, kept, strict=True)]
    lower = Counter(lower_words_seen)
    named.update(w for w, k in Counter(capitalised_words).items() if k > lower[w])
    published = _day(source.published)
    days, months = _days(source, dates)
    return Profile(
        tuple(lines),
        days,
        published.toordinal() if published else None,
        frozenset(named - _CALENDAR),
        bool(headline),
        _main(Counter(entity_names)),
        months,
        _lead(" ".join(source.text[a:b] for a, b in source.keep[:3])),
    )


def _lead(opening: str) -> str | None:
    """The company a document opens about: named by its legal form, else by its ticker."""
    return lead_organisation(opening) or ticker_company(opening)


def dated(undated: Profile, source: Source, dates: Iterable[tuple[str, str, str]]) -> Profile:
    """``profile(source, names, dates)`` from ``undated``, ``profile(source, names, ())``:
    only its days and months come from ``dates``, so a worker can build a large source's
    profile beside the pieces that find its dates (issue 19)."""
    days, months = _days(source, dates)
    return replace(undated, days=days, months=months)


_DIGITS = re.compile(r"\d+")
# A word inside a line written capitalised (not opening it); words in lower case are
# normalize.lower_words.
_CAPITALISED_INSIDE = re.compile(r"(?<=[\w,;] )[A-Z][^\W\d_]+")
# Month and day names are written capitalised but name no one: time is weighed apart.
_CALENDAR = frozenset(
    n.lower() for n in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name) if n
) | {"sept"}


def _line_hash(line: str) -> int:
    """A line's hash for finding templates: in matching form, every number masked, so
    that a site's "Copyright 2014" and "Copyright 2016" lines, or a wire's "Shr 12 cts vs
    15 cts" tables, are one line.

    >>> _line_hash("Copyright 2014 WALB.") == _line_hash("copyright 2016 WALB.")
    True
    """
    return _form_hash(matching_form(line))


def _form_hash(form: str) -> int:
    """:func:`_line_hash` of a line whose matching form is ``form``."""
    return zlib.crc32(_DIGITS.sub("#", form).encode())


def _entities(words: Sequence[str]) -> Iterable[str]:
    """The canonical countries and bodies named in a line's words ('Tokyo' is Japan)."""
    index, _ = entity_index()
    lengths = entity_lengths()  # a word that starts no name is not looked up
    i = 0
    while i < len(words):
        word = words[i]
        if word[:1].isupper():
            for n in lengths.get(word, ()):
                if i + n > len(words):
                    continue
                canonical = index.get(word if n == 1 else " ".join(words[i : i + n]))
                if canonical:
                    yield canonical
                    i += n - 1
                    break
        i += 1


def _main(entities: Counter[str]) -> frozenset[str]:
    """The entities a document names most: each named at least half as often as the top.

    >>> sorted(_main(Counter({"japan": 6, "china": 3, "turkey": 1})))
    ['china', 'japan']
    """
    if not entities:
        return frozenset()
    top = max(entities.values())
    return frozenset(e for e, k in entities.items() if 2 * k >= top)


def _is_date_line(line: str) -> bool:
    from crosscheck.datelines import published_line

    return len(line) < 60 and published_line(line) is not None


def _days(
    source: Source, dates: Iterable[tuple[str, str, str]]
) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    """The days a source is about: its publication day, the weekdays it names (read
    against that day) and the days it states; and the months it states and the weeks it
    names relative to that day ("last week"), as spans of days.
    Without a publication day, only the dates it states with their year ("May 3, 2013"):
    they tell when it was written, while a year-less date is read in the corpus's year,
    which may not be its own.

    A day stated without a year and more than half a year after publication is last
    year's: "Dec. 28" in a story of January 3 is the December before, while "March 3" in
    it is a date ahead (a hearing), in the same year.
    """
    published = _day(source.published)
    days: set[int] = set()
    months: set[tuple[int, int]] = set()
    if published is not None:
        days.add(published.toordinal())
        # "Saturday night" in a story published on a Monday is the Saturday before.
        kept = " ".join(source.text[a:b] for a, b in source.keep)
        for m in _WEEKDAY.finditer(kept):
            back = (published.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
            days.add((published - timedelta(days=back)).toordinal())
        months.update(_relative_spans(kept, published))
    for text, earliest, latest in dates:
        first, last = _day(earliest), _day(latest)
        if first is None or last is None:
            continue
        if _YEAR.search(text) is None:
            if published is None:
                continue
            if (first - published).days > HALF_A_YEAR:
                first, last = _year_before(first), _year_before(last)
        if first == last:
            days.add(first.toordinal())
        elif (last - first).days <= MONTH_DAYS:
            months.add((first.toordinal(), last.toordinal()))
    if len(days) > MAX_DAYS:  # the publication day (or the last), and the days nearest it
        anchor = published.toordinal() if published is not None else max(days)
        days = set(sorted(days, key=lambda d: (abs(d - anchor), d))[:MAX_DAYS])
    return tuple(sorted(days)), tuple(sorted(months)[:MAX_DAYS])


# Spans of days named relative to the publication day: "last week" is the calendar week
# before the one published in, "the past week" the seven days before publication, "last
# weekend" the Saturday and Sunday before, "this week" and "earlier this week" the week
# published in up to that day, "last month" the calendar month before.
_RELATIVE = re.compile(
    r"\b(?:(last|this|past) (week|weekend|month)|(earlier) this week)\b", re.IGNORECASE
)


def _relative_spans(text: str, published: date) -> set[tuple[int, int]]:
    """The spans of days ``text`` names relative to ``published`` ("last week").

    >>> d = date(2016, 7, 12)  # a Tuesday
    >>> [(date.fromordinal(a).isoformat(), date.fromordinal(b).isoformat())
    ...  for a, b in sorted(_relative_spans("the shootings in Bristol last week", d))]
    [('2016-07-04', '2016-07-10')]
    >>> [(date.fromordinal(a).isoformat(), date.fromordinal(b).isoformat())
    ...  for a, b in sorted(_relative_spans("Last month and last weekend", d))]
    [('2016-06-01', '2016-06-30'), ('2016-07-09', '2016-07-10')]
    """
    out: set[tuple[int, int]] = set()
    monday = published - timedelta(days=published.weekday())
    for m in _RELATIVE.finditer(text):
        which, unit = (m.group(1) or "this").lower(), (m.group(2) or "week").lower()
        if unit == "month":
            if which == "this":
                continue  # the month published in: its days are near publication anyway
            last = published.replace(day=1) - timedelta(days=1)
            first, end = last.replace(day=1), last
        elif unit == "weekend":
            first = monday - timedelta(days=2 if which != "this" else -5)
            end = first + timedelta(days=1)
        elif which == "past":
            first, end = published - timedelta(days=7), published
        elif which == "last":
            first, end = monday - timedelta(days=7), monday - timedelta(days=1)
        else:
            first, end = monday, published
        out.add((first.toordinal(), end.toordinal()))
    return out


HALF_A_YEAR = 183
MONTH_DAYS = 31
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|'\d\d\b")


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _day(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class Grouping:
    """The stories of a corpus, and which story each source belongs to: ``of`` the one
    linkage put it in, ``also`` the others it reports too (a round-up's; most have none)."""

    stories: tuple[Story, ...]
    of: Mapping[str, str]  # source path -> story id
    also: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def stories_of(self, path: str) -> tuple[str, ...]:
        """Every story the source at ``path`` belongs to, its own first."""
        return (self.of[path], *self.also.get(path, ()))


def one_story(paths: Sequence[str]) -> Grouping:
    """Every source in a single story (``--one-story``)."""
    ordered = tuple(sorted(paths))
    story = Story(id="S1", label="all sources", sources=ordered, links=())
    return Grouping((story,), {p: story.id for p in ordered})


Vector = dict[str, float]


@dataclass(frozen=True)
class Space:
    """Every document of a corpus as a unit-length TF-IDF vector of its own words.

    Template lines are left out: a line found in more than ``story_boilerplate_documents``
    documents (a site's sign-up box, a station's slogan, a reporter's sign-off) is the
    site's, not the story's, unless every document holding it was published within
    ``story_syndication_days`` of the others (a wire story run by several outlets).
    """

    paths: tuple[str, ...]
    vectors: tuple[Vector, ...]
    days: tuple[tuple[int, ...], ...]
    months: tuple[tuple[tuple[int, int], ...], ...]
    places: tuple[frozenset[str], ...]
    names: tuple[frozenset[str], ...]
    shown: Mapping[str, str]  # term -> as shown (names capitalised)
    leads: tuple[str | None, ...]
    index: Mapping[str, int]

    def similarity(self, a: str, b: str) -> float | None:
        """Cosine of two documents' vectors; None when either has no words of its own."""
        return cosine(self.vectors[self.index[a]], self.vectors[self.index[b]])


def cosine(va: Vector, vb: Vector) -> float | None:
    """Cosine of two unit vectors; None when either has no words of its own."""
    if not va or not vb:
        return None
    return math.fsum(va[t] * vb[t] for t in va.keys() & vb.keys())  # any order, one sum


def build_space(profiles: Mapping[str, Profile], settings: Settings) -> Space:
    """The TF-IDF space of ``profiles`` (path -> profile), paths in sorted order."""
    paths = tuple(sorted(profiles))
    ordered = [profiles[p] for p in paths]
    holders: dict[int, list[int | None]] = defaultdict(list)
    for p in ordered:
        for h in {h for h, _ in p.lines}:
            holders[h].append(p.published)
    template = template_lines(holders, settings)
    counts = [term_counts(p, template) for p in ordered]
    df = Counter(t for c in counts for t in c)
    n = len(ordered)
    idf = {t: inverse_frequency(k, n) for t, k in df.items()}
    vectors = [unit_vector(c, idf) for c in counts]
    shown = {t: t.title() for p in ordered for t in p.names}
    return Space(
        paths,
        tuple(vectors),
        tuple(p.days for p in ordered),
        tuple(p.months for p in ordered),
        tuple(p.places for p in ordered),
        tuple(p.names for p in ordered),
        shown,
        tuple(p.lead for p in ordered),
        {p: i for i, p in enumerate(paths)},
    )


def template_lines(holders: Mapping[int, Sequence[int | None]], settings: Settings) -> set[int]:
    """The template lines among ``holders`` (a line's hash -> the publication day of each
    document holding it): held by too many documents, and not all within a few days."""
    return {
        h
        for h, days in holders.items()
        if len(days) > settings.story_boilerplate_documents
        and not _syndicated(days, settings.story_syndication_days)
    }


def term_counts(p: Profile, template: Container[int]) -> Counter[str]:
    """How often a document uses each term outside ``template`` lines, headline and
    names counted more."""
    terms: Counter[str] = Counter()
    for k, (h, words) in enumerate(p.lines):
        if h not in template:
            terms.update(words)
            if k == 0 and p.headline:
                for _ in range(HEADLINE_WEIGHT - 1):
                    terms.update(words)
    for name in p.names & terms.keys():
        terms[name] *= NAME_WEIGHT
    return terms


def inverse_frequency(held: int, documents: int) -> float:
    """Smoothed IDF of a term ``held`` by that many of ``documents``."""
    return math.log((1 + documents) / (1 + held)) + 1


def unit_vector(counts: Mapping[str, int], idf: Mapping[str, float]) -> Vector:
    """A document's unit-length TF-IDF vector (sublinear term frequency), in the order of
    its ``counts``."""
    v = {t: (1 + math.log(k)) * idf[t] for t, k in counts.items()}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {t: x / norm for t, x in v.items()}


# Corpora of at most SMALL_CORPUS documents merge at story-small-similarity, of at least
# LARGE_CORPUS at story-similarity, and in between at a threshold rising with log size.
SMALL_CORPUS = 10
LARGE_CORPUS = 1000


def merge_threshold(documents: int, settings: Settings) -> float:
    """The mean similarity a document needs to join a story, in a corpus of ``documents``.

    IDF learned from a handful of documents cannot tell a story's own words from the words
    every story uses, so two reports of one event score lower there than in a large
    corpus: the threshold rises with the log of the corpus size.

    >>> s = Settings()
    >>> [round(merge_threshold(n, s), 3) for n in (3, 10, 100, 1000, 20000)]
    [0.08, 0.08, 0.12, 0.16, 0.16]
    """
    low, high = settings.story_small_similarity, settings.story_similarity
    return low + (high - low) * size_share(documents)


def size_share(documents: int) -> float:
    """How far a corpus is from small (0, at SMALL_CORPUS documents or fewer) to large (1,
    at LARGE_CORPUS or more), by the log of its size: the share of the evidence only a
    large corpus gives (IDF that knows everyone's words, look-alike events to tell apart).

    >>> [round(size_share(n), 2) for n in (5, 10, 100, 1000, 5000)]
    [0.0, 0.0, 0.5, 1.0, 1.0]
    """
    if documents <= SMALL_CORPUS:
        return 0.0
    if documents >= LARGE_CORPUS:
        return 1.0
    return math.log(documents / SMALL_CORPUS) / math.log(LARGE_CORPUS / SMALL_CORPUS)


def _syndicated(days: Sequence[int | None], window: int) -> bool:
    """Whether documents published on ``days`` were all published within ``window`` days
    of each other (unknown days: not known to be).

    >>> _syndicated([10, 12, 11], 7), _syndicated([10, 40], 7), _syndicated([10, None], 7)
    (True, False, False)
    """
    known = [d for d in days if d is not None]
    return len(known) == len(days) and max(known) - min(known) <= window


def find_stories(space: Space, copies: Mapping[str, str], settings: Settings) -> Grouping:
    """Group the documents of ``space`` into stories.

    Copies (``copies`` maps a copy to its original) join their original's story. Story ids
    are S1, S2, ... in the order of each story's first source path.
    """
    originals = [p for p in space.paths if p not in copies]
    vectors = [space.vectors[space.index[p]] for p in originals]
    days = [space.days[space.index[p]] for p in originals]
    months = [space.months[space.index[p]] for p in originals]
    places = [space.places[space.index[p]] for p in originals]
    names = [space.names[space.index[p]] for p in originals]
    leads = [space.leads[space.index[p]] for p in originals]
    edges = _edges(vectors, days, months, places, names, settings, leads)
    threshold = merge_threshold(len(originals), settings)
    members = _average_link(len(originals), edges, threshold)
    shared = shared_stories(members, edges, threshold, settings.story_roundup_link)
    stories, families = story_members(members, originals, copies, shared)
    out: list[Story] = []
    for number, story in enumerate(stories, 1):
        group = story.group
        out.append(
            Story(
                id=f"S{number}",
                label=label(group, vectors, space.shown),
                sources=tuple(story.paths),
                links=links(group, originals, vectors, days, space.shown, edges, copies, families),
            )
        )
    of, also = memberships(stories)
    return Grouping(tuple(out), of, also)


Edges = dict[tuple[int, int], float]


@dataclass(frozen=True)
class Members:
    """One story's members: its paths (originals and their copies, sorted), its originals'
    indexes (sorted), and the paths among them that belong first to another story (a
    round-up and its copies, see :mod:`crosscheck.roundups`)."""

    paths: list[str]
    group: list[int]
    shared: frozenset[str] = frozenset()


def story_members(
    members: Sequence[list[int]],
    originals: Sequence[str],
    copies: Mapping[str, str],
    shared: Sequence[Sequence[int]] = (),
) -> tuple[list[Members], dict[str, list[str]]]:
    """Each story's members, with the documents of other stories that also belong to it
    (``shared``, by story, as :func:`crosscheck.roundups.shared_stories` finds them), ordered
    by first path (then by the first of its own) as story ids S1, S2, ... number them; and
    each original's copies. Both engines group by this."""
    families: dict[str, list[str]] = defaultdict(list)
    for copy, original in copies.items():
        families[original].append(copy)

    def paths_of(group: Iterable[int]) -> list[str]:
        return sorted(p for i in group for p in (originals[i], *families.get(originals[i], ())))

    stories: list[tuple[str, Members]] = []
    for k, group in enumerate(members):
        own = paths_of(group)
        borrowed = shared[k] if shared else ()
        if not borrowed:
            stories.append((own[0], Members(own, group)))
            continue
        paths = sorted([*own, *paths_of(borrowed)])
        stories.append(
            (own[0], Members(paths, sorted([*group, *borrowed]), frozenset(paths) - set(own)))
        )
    stories.sort(key=lambda s: (s[1].paths[0], s[0]))
    return [story for _, story in stories], families


def memberships(
    stories: Sequence[Members],
) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Each path's own story id (S1, S2, ... in the order of ``stories``), and the other
    stories it belongs to, in id order."""
    of: dict[str, str] = {}
    also: dict[str, list[str]] = defaultdict(list)
    for number, story in enumerate(stories, 1):
        for path in story.paths:
            if path in story.shared:
                also[path].append(f"S{number}")
            else:
                of[path] = f"S{number}"
    return of, {path: tuple(ids) for path, ids in sorted(also.items())}


def _edges(
    vectors: Sequence[Vector],
    days: Sequence[tuple[int, ...]],
    months: Sequence[tuple[tuple[int, int], ...]],
    places: Sequence[frozenset[str]],
    names: Sequence[frozenset[str]],
    settings: Settings,
    leads: Sequence[str | None] = (),
) -> Edges:
    """Similarity of the pairs of documents that share enough rare terms, weighed by time.

    Candidates meet through terms held by at most ``story_max_postings`` documents: common
    words would pair everyone with everyone, and a cap on postings keeps the work linear
    in the corpus (each document meets at most that many others per term). The rare
    terms' part of each candidate's cosine is summed document by document; a candidate
    whose rare part reaches ``story_rare_floor`` gets its exact cosine (the common terms'
    part added), weighed by how far apart in time the two documents are, and is kept
    when that reaches ``story_link_floor``.
    """
    df = Counter(t for v in vectors for t in v)
    rare = {t for t, k in df.items() if is_rare(k, settings)}
    discounts = pair_discounts(len(vectors), settings)
    sides = [
        side(v, d, m, p, n, rare, leads[i] if leads else None)
        for i, (v, d, m, p, n) in enumerate(zip(vectors, days, months, places, names, strict=True))
    ]
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    edges: Edges = {}
    for b, vb in enumerate(vectors):
        partial: dict[int, float] = defaultdict(float)
        for t, wb in vb.items():
            if t in rare:
                held = postings[t]
                for a, wa in held:
                    partial[a] += wa * wb
                held.append((b, wb))
        for a, rare_part in partial.items():
            if rare_part < settings.story_rare_floor:
                continue
            similarity = weighed(rare_part, sides[a], sides[b], discounts, settings)
            if similarity is not None:
                edges[(a, b)] = similarity
    return edges


def is_rare(held: int, settings: Settings) -> bool:
    """Whether a term held by ``held`` documents (originals) pairs its holders."""
    return 1 < held <= settings.story_max_postings


def pair_discounts(documents: int, settings: Settings) -> tuple[float, float]:
    """What counts of a pair's similarity, in a corpus of ``documents`` originals, when
    the pair is undated and when it shares no rare name."""
    # Undated pairs need more words in a corpus large enough to hold look-alike events,
    # and more again as it grows past that: look-alikes grow with the corpus.
    undated = 1 - (1 - settings.story_undated_weight) * size_share(documents)
    if documents > LARGE_CORPUS:
        undated *= settings.story_undated_decade_weight ** math.log10(documents / LARGE_CORPUS)
    # ... and pairs that share no rare name (who or where: few documents name it).
    nameless = 1 - (1 - settings.story_nameless_weight) * size_share(documents)
    return undated, nameless


@dataclass(frozen=True)
class Side:
    """What weighing a candidate pair needs of one of its documents: its vector, the
    part of it without rare terms (and that part's norm), its days, months, places, and
    the rare terms among its names."""

    vector: Vector
    common: Vector
    norm: float
    days: tuple[int, ...]
    months: tuple[tuple[int, int], ...]
    places: frozenset[str]
    rare_names: frozenset[str]
    lead: str | None = None  # the company its opening is about
    named: bool = True  # whether it names anyone or anything at all


def side(
    vector: Vector,
    days: tuple[int, ...],
    months: tuple[tuple[int, int], ...],
    places: frozenset[str],
    names: frozenset[str],
    rare: Container[str],
    lead: str | None = None,
) -> Side:
    """One document's :class:`Side`, given which terms are ``rare``."""
    common = {t: x for t, x in vector.items() if t not in rare}
    # The common terms' part of a cosine is at most the product of their norms.
    norm = math.sqrt(sum(x * x for x in common.values()))
    rare_names = frozenset(n for n in names if n in rare)
    return Side(vector, common, norm, days, months, places, rare_names, lead, bool(names))


def weighed(
    rare_part: float, a: Side, b: Side, discounts: tuple[float, float], settings: Settings
) -> float | None:
    """The similarity of a candidate pair whose rare terms give ``rare_part`` of its
    cosine, weighed by time, names and places; None under ``story_link_floor``."""
    undated, nameless = discounts
    gap = _gap(a.days, b.days)
    if gap is not None and gap > settings.story_same_days and (a.months or b.months):
        gap = min(gap, _span_gap(a.days, b.months), _span_gap(b.days, a.months))
    weight = _time_weight(gap, settings)
    if gap is None:
        weight *= undated
    # (a vector's keys tested against the few rare names: a frozenset's isdisjoint of a
    # dict walks every key of the dict, a fifth of finding stories in all Reuters)
    if b.vector.keys().isdisjoint(a.rare_names) and a.vector.keys().isdisjoint(b.rare_names):
        weight *= nameless
        if not (a.named and b.named):
            # A document that names no one and nothing (a wire's dividend brief with its
            # headline lost) has only the words of its genre to tie it to an event.
            weight *= nameless
    if a.places and b.places and a.places.isdisjoint(b.places):
        weight *= settings.story_other_place_weight
    if a.lead and b.lead and not _same_lead(a.lead, b.lead):
        weight *= settings.story_other_lead_weight
    if (rare_part + a.norm * b.norm) * weight < settings.story_link_floor:
        return None
    ca, cb = a.common, b.common
    cosine = rare_part + math.fsum(ca[t] * cb[t] for t in ca.keys() & cb.keys())
    if cosine * weight >= settings.story_link_floor:
        return cosine * weight
    return None


def _same_lead(a: str, b: str) -> bool:
    """Whether two documents' leads name one company: the words of one hold the other's
    ("coinspeaker alphabet", a site's name before the company's, and "alphabet").

    >>> _same_lead("coinspeaker alphabet", "alphabet"), _same_lead("first union", "first chicago")
    (True, False)
    """
    words_a, words_b = set(a.split()), set(b.split())
    return words_a <= words_b or words_b <= words_a


def _gap(a: tuple[int, ...], b: tuple[int, ...]) -> int | None:
    """Fewest days between a day of ``a`` and a day of ``b``; None when either has none.

    >>> _gap((1, 10), (4, 30)), _gap((5,), ()), _gap((3, 8), (8,))
    (3, None, 0)
    """
    if not a or not b:
        return None
    i = j = 0
    best = abs(a[0] - b[0])
    while i < len(a) and j < len(b):
        best = min(best, abs(a[i] - b[j]))
        if a[i] < b[j]:
            i += 1
        else:
            j += 1
    return best


def _span_gap(days: tuple[int, ...], spans: tuple[tuple[int, int], ...]) -> int:
    """Fewest days between a day of ``days`` and a span of ``spans`` (0 inside one).

    >>> _span_gap((10, 50), ((20, 30), (45, 60))), _span_gap((10,), ())
    (0, 1000000)
    """
    best = 1_000_000
    for first, last in spans:
        for day in days:
            best = min(best, first - day if day < first else day - last if day > last else 0)
    return best


def _time_weight(gap: int | None, settings: Settings) -> float:
    """How much of two documents' similarity counts, by the days between them: all of it
    within ``story_same_days``, then less with the log of the gap, never under
    ``story_far_weight``. Unknown dates weigh nothing against them.

    >>> s = Settings()
    >>> [round(_time_weight(g, s), 2) for g in (None, 0, 1, 2, 7, 30, 365)]
    [1.0, 1.0, 1.0, 0.79, 0.42, 0.1, 0.1]
    """
    if gap is None or gap <= settings.story_same_days:
        return 1.0
    tau = max(settings.story_same_days, 1)
    weight = 1 - settings.story_time_decay * math.log1p((gap - tau) / tau)
    return max(settings.story_far_weight, weight)


def _average_link(n: int, edges: Edges, threshold: float) -> list[list[int]]:
    """Clusters of 0..n-1 by average linkage over the sparse similarity graph ``edges``
    (a missing pair has similarity 0): the two clusters whose mean pairwise similarity is
    highest merge, until none reaches ``threshold``. Ties break by index, so the result is
    the same for the same input.

    >>> _average_link(4, {(0, 1): 0.9, (1, 2): 0.5, (0, 2): 0.4, (2, 3): 0.1}, 0.3)
    [[0, 1, 2], [3]]
    >>> _average_link(3, {(0, 1): 0.9, (1, 2): 0.5}, 0.3)  # 2 is 0.25 from {0, 1}
    [[0, 1], [2]]
    """
    size = [1] * n
    members: list[list[int]] = [[i] for i in range(n)]
    link: list[dict[int, float]] = [{} for _ in range(n)]
    for (a, b), s in edges.items():
        link[a][b] = s
        link[b][a] = s
    alive = [True] * n
    heap = [(-s / 1.0, a, b) for (a, b), s in edges.items() if s >= threshold]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]):
            continue
        current = link[a].get(b, 0.0) / (size[a] * size[b])
        if abs(current + negative) > 1e-12:
            continue  # a stale entry: the pair was re-pushed with its new mean
        if current < threshold:
            break
        # b joins a; a keeps the smaller index, so the merge order is deterministic
        a, b = min(a, b), max(a, b)
        alive[b] = False
        members[a].extend(members[b])
        members[b] = []
        size[a] += size[b]
        for c, s in link[b].items():
            if c == a:
                continue
            link[c].pop(b, None)
            total = link[a].get(c, 0.0) + s
            link[a][c] = total
            link[c][a] = total
        link[a].pop(b, None)
        link[b] = {}
        for c, total in link[a].items():
            mean = total / (size[a] * size[c])
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(a, c), max(a, c)))
    return [sorted(m) for i, m in enumerate(members) if alive[i]]
