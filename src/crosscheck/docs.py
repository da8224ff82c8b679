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

This module keeps those stage entry points and the alignment (:func:`align_entities`);
the rules are in their own modules: ``doc_times`` (the time, plan and unit of a figure),
``doc_entities`` (the names of a corpus and where a sentence mentions them),
``doc_owners`` (which name owns a figure), ``doc_words`` and ``doc_figures`` (the same
claim, by the words and by the figures around it).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import pairwise

from crosscheck.doc_entities import (
    GUESSED,
    UNNAMED,
    UNOWNED,
    EntityIndex,
    bare_entity,
    entity_parts,
    folder_of,
    is_guessed,
    label_end,
    page_entity,
    proper_runs,
    sentence_mentions,
)
from crosscheck.doc_figures import (
    SAME_FIGURE,
    SMALL_FIGURE,
    Figure,
    figure_words,
    figures_of,
    is_identifier,
    is_interval_level,
    is_labelled,
    is_option,
    is_small,
    same_figures,
    sharing_figures,
    states_figure,
)
from crosscheck.doc_owners import figure_owner, section_of, section_opener
from crosscheck.doc_times import (
    lead_in_times,
    nearest_label,
    opening_time,
    plans_in,
    price_unit,
    same_time,
    times_in,
)
from crosscheck.doc_words import (
    MIN_SHARED_WORDS,
    PASSAGE,
    STRONG_SHARED_WORDS,
    context_words,
    counted_of,
    counts_label,
    event_word,
    in_lists,
    instructed,
    next_word,
    passage_marks,
    passage_words,
    reader_supposed,
    said_alike,
    said_before,
    same_passage,
    says_label,
    sharing_words,
    supposed,
    word_weights,
    words_before,
    words_of,
)
from crosscheck.lexicon import docs_words
from crosscheck.models import Claim, Quantity, QuantityKind, Source
from crosscheck.tables import COLUMN, column_of, other_columns

__all__ = [
    "DOC_FORMATS",
    "align_docs",
    "align_entities",
    "assign_entities",
    "corpus_mode",
    "is_doc_like",
    "lead_in_times",
    "stamp_times",
]

# Formats that are documentation whatever they hold.
DOC_FORMATS = frozenset({"mdx", "rst", "asciidoc"})
# Plain Markdown is a documentation page (not a news article saved as Markdown) when it
# has no publication date and at least this many headings, or a table, or front matter
# that gives it a title: articles have a headline and rarely sections, and a site's front
# matter dates its posts but not its reference pages.
DOC_MIN_HEADINGS = 3
# The reason ``markup`` gives the front matter's lines it skips.
_FRONT_MATTER = "frontmatter"


def is_doc_like(source: Source) -> bool:
    """Whether a source reads as a documentation page rather than a news report."""
    if source.format in DOC_FORMATS:
        return True
    if source.format != "markdown" or source.published is not None:
        return False
    return (
        len(source.headings) >= DOC_MIN_HEADINGS
        or bool(source.tables)
        or (source.title is not None and _has_front_matter(source))
    )


def _has_front_matter(source: Source) -> bool:
    return any(region.reason.startswith(_FRONT_MATTER) for region in source.skipped)


def corpus_mode(sources: Sequence[Source], setting: str) -> str:
    """'news' or 'docs': the ``corpus`` setting, or for 'auto', docs when more than half
    the sources read as documentation pages."""
    if setting in ("news", "docs"):
        return setting
    docs = sum(1 for s in sources if is_doc_like(s))
    return "docs" if sources and docs * 2 > len(sources) else "news"


# --- time and qualifier, per file ----------------------------------------------------------


def stamp_times(
    claims: Sequence[Claim], text: str, lead_ins: Mapping[int, str] | None = None
) -> list[Claim]:
    """Each amount claim of one sentence with the time the sentence states for it (the
    nearest time within TIME_WINDOW_CHARS, after the figure first: '$50 million in April
    2025', 'as of 2024: 120'), else the time of the list it is an item of (``lead_ins``,
    see :func:`lead_in_times`), and the plan or tier it names. ``text`` is the source's."""
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
            times = times_in(text, sentence.start, sentence.end)
        if plans is None:
            plans = plans_in(text, claim.sentence.start, claim.sentence.end)
        parts = []
        time = (
            nearest_label(q, times)
            or opening_time(claim.sentence.start, times)
            or _item_time(claim, text, lead_ins)
        )
        if time:
            parts.append(time)
        plan = nearest_label(q, plans)
        if plan:
            parts.append(f"plan {plan}")
        per = price_unit(text, q.end)
        if per:
            parts.append(f"per {per}")
        out.append(claim.model_copy(update={"when": " ".join(parts)}) if parts else claim)
    return _with_shared_rates(out, text)


def _item_time(claim: Claim, text: str, lead_ins: Mapping[int, str] | None) -> str | None:
    """The time of the list a claim's sentence is an item of (its paragraph's)."""
    if not lead_ins:
        return None
    paragraph = text.rfind("\n", 0, claim.sentence.start) + 1
    return lead_ins.get(paragraph)


# The words between the two ends of a change: 'from 24,050 to approximately 6,500'.
_TO_END = re.compile(
    r"\s+to\s+(?:(?:approximately|about|around|roughly|nearly|almost|an estimated|just)\s+)?"
    r"[~\u2248]?\s*$",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom\s+(?:(?:approximately|about|around|roughly|nearly)\s+)?[~\u2248]?\s*$")


def _with_shared_rates(claims: list[Claim], text: str) -> list[Claim]:
    """The claims of one sentence with the start of a change given the rate its end is
    said per: in 'reducing incidents from 24,050 to approximately 6,500 annually' both
    figures are counts a year, though 'annually' follows only the second.

    >>> from crosscheck.models import Bound, Sentence
    >>> t = "reducing incidents from 24,050 to approximately 6,500 annually."
    >>> s = Sentence(source="a", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> def at(x, rate=None):
    ...     i = t.index(x)
    ...     v = float(x.split()[-1].replace(",", ""))
    ...     q = Quantity(text=x, start=i, end=i + len(x), value=v, low=v, high=v,
    ...                  bound=Bound.EXACT, rate=rate)
    ...     return Claim(source="a", sentence=s, quantity=q, counted=None, counted_text=None,
    ...                  actor=None, frame="")
    >>> [c.quantity.rate for c in _with_shared_rates(
    ...     [at("24,050"), at("approximately 6,500", "year")], t)]
    ['year', 'year']
    """
    out = list(claims)
    ordered = sorted(range(len(out)), key=lambda k: out[k].quantity.start)
    for a, b in pairwise(ordered):
        first, second = out[a].quantity, out[b].quantity
        if (
            first.rate is None
            and second.rate is not None
            and first.kind is QuantityKind.AMOUNT
            and second.kind is QuantityKind.AMOUNT
            and (first.unit, first.currency) == (second.unit, second.currency)
            and first.end <= second.start
            and _TO_END.match(text[first.end : second.start]) is not None
            and _FROM.search(text, max(0, first.start - 24), first.start) is not None
        ):
            rated = first.model_copy(update={"rate": second.rate})
            out[a] = out[a].model_copy(update={"quantity": rated})
    return out


# --- entities, for the whole corpus ---------------------------------------------------------


def assign_entities(claims: Sequence[Claim], source: Source, index: EntityIndex) -> list[Claim]:
    """The claims of one source, each with the entity it is about (UNOWNED when its
    sentence names several things and none of them plainly owns the figure). A name most
    of its folder's titles give alike (:func:`template_names`) owns no figure of a page
    about something else: the page's subject does, by default."""
    page = index.pages.get(source.path)
    titled = page_entity(source)
    template = index.templates.get(folder_of(source.path), frozenset())
    links = sorted(source.links, key=lambda link: link.start)
    out: list[Claim] = []
    cache: dict[int, list[tuple[int, int, str]]] = {}
    openers: dict[int, str | None] = {}
    passages: dict[int, tuple[str, ...]] = {}

    def opener(offset: int) -> str | None:
        heading = section_of(source, offset)
        if heading is None:
            return None
        if heading.start not in openers:
            openers[heading.start] = section_opener(source, heading, links, index)
        return openers[heading.start]

    for claim in claims:
        if claim.entity is not None:  # a table row's: the page's own, by the index's name
            own = claim.entity == titled and claim.entity != page
            out.append(claim.model_copy(update={"entity": page}) if own else claim)
            continue
        sentence = claim.sentence
        mentions = cache.get(sentence.start)
        if mentions is None:
            mentions = sentence_mentions(source, sentence.start, sentence.end, links, index)
            cache[sentence.start] = mentions
        entity = figure_owner(claim, mentions, source, page, opener)
        if entity in template and entity != page:
            # 'A running Kestra with three plugins' on 'Connect Kafka to Meilisearch with
            # Kestra': the tool every sibling guide's title names is the template's; the
            # figure is this page's use of it, its own by default
            entity = GUESSED + page if page else None
        out.append(claim.model_copy(update={"entity": UNOWNED if entity is None else entity}))
    return [_in_passage(claim, source.text, passages) for claim in out]


def _in_passage(claim: Claim, text: str, passages: dict[int, tuple[str, ...]]) -> Claim:
    """``claim`` with its sentence's neighbours as qualifiers (:func:`passage_marks`)."""
    sentence = claim.sentence
    if sentence.start not in passages:
        passages[sentence.start] = passage_marks(text, sentence.start, sentence.end)
    marks = passages[sentence.start]
    if not marks:
        return claim
    return claim.model_copy(update={"qualifiers": (*claim.qualifiers, *marks)})


def entity_of(claims: Sequence[Claim]) -> str | None:
    """The entity a group of claims is about, when they share one."""
    entities = {bare_entity(c.entity) or "" for c in claims}
    if len(entities) > 1:  # a joint pair's claim and a claim of one of the pair
        common = set.intersection(*(set(entity_parts(e)) for e in entities))
        entities = common if len(common) == 1 else entities
    entity = entities.pop() if len(entities) == 1 else UNNAMED
    return entity if entity not in (UNNAMED, UNOWNED) else None


# --- the same claim, by the words around the figure -----------------------------------------

# Qualifiers claims.py gives a figure of another year or month than the source's ("in
# 2024", "in month february"): in a docs tree, the time a figure is stated for is its
# ``when``.
_YEAR_QUALIFIER = re.compile(r"^(?:in|by|since|from|during) (?:\d{4}\b|month )")


# The qualifier of a figure inside an 'if' clause about the world: compared only with
# other pages' scenarios.
SUPPOSED = "supposed"

# A sentence that multiplies and gives a result works an example out.
_WORKED = re.compile(r"[\u00d7*]\s*[$\u20ac\u00a3]?\d[^=]{0,40}=")


def align_docs(
    claims: Sequence[Claim],
    overlap: float,
    *,
    by_figures: bool = False,
    by_words: bool = False,
    figures: Mapping[tuple[str, int], Sequence[tuple[Claim, Figure]]] | None = None,
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
    differ ('1,012 agreed to answer' and '1,316 answered'). ``by_words``: see
    :func:`align_entities`; the figures the two sentences share besides count as shared
    words. ``figures``: the figures of the sentences, when already read.
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
            and not (claim.counted or q.unit or q.currency or q.rate)
            and (not by_figures or (q.value or 0) < SMALL_FIGURE or is_labelled(claim))
        ):
            continue  # a bare number: nothing says what it is (unless the figures around do);
            # a count per year is a measure ('from 24,050 to 6,500 annually')
        if is_identifier(claim) or is_interval_level(claim) or is_option(claim):
            continue  # 'listens on port 8080': a port's number names it; '95% CI' is a
            # level; '1 hour, 24 hours, 7 days, or a custom range': a reader's choices
        if _WORKED.search(claim.sentence.text):
            continue  # a worked example: '0.3 GB times $10 = $3.00/month'
        if reader_supposed(claim) or instructed(claim):
            continue  # 'if you deploy 3 replicas, ...', 'Choose a size (1 GB is a reasonable
            # starting point)': the reader's choice, not a fact
        hard = tuple(
            x
            for x in claim.qualifiers
            if x != "table"
            and not x.startswith((COLUMN, PASSAGE, "line "))
            and not _YEAR_QUALIFIER.match(x)
        )
        if supposed(claim):
            # 'If OpenAI closes its $100B round at $830B, it would trade at 41x': a scenario,
            # the same only as another page's scenario, never as a fact
            hard = (*hard, SUPPOSED)
        blocks[(q.kind.value, q.unit, q.currency, q.rate, hard)].append(claim)
    # the figures of every sentence, read once for all blocks (and for both passes)
    if figures is None:
        figures = figures_of(claims) if by_figures or by_words else {}
    sentences = figures
    # how rare each word is, over the whole corpus's claims, not one block's (their words
    # read once, for the weights and the pairing)
    said = [_words_of(c) for c in claims] if by_words else []
    weights = word_weights(claims, said) if by_words else None
    known = {id(c): w for c, w in zip(claims, said, strict=True)} if by_words else None
    groups: list[list[Claim]] = []
    for key in sorted(blocks, key=lambda k: tuple(str(p) for p in k)):
        groups.extend(
            _pair(
                blocks[key],
                overlap,
                by_figures=by_figures,
                sentences=sentences,
                by_words=by_words,
                weights=weights,
                known=known,
            )
        )
    return [sorted(g, key=lambda c: (c.source, c.quantity.start)) for g in groups]


def _words_of(claim: Claim) -> frozenset[str] | None:
    return context_words(claim) if "table" not in claim.qualifiers else None


def _pair(
    block: Sequence[Claim],
    overlap: float,
    *,
    by_figures: bool = False,
    sentences: Mapping[tuple[str, int], Sequence[tuple[Claim, Figure]]] | None = None,
    by_words: bool = False,
    weights: dict[str, int] | None = None,
    known: Mapping[int, frozenset[str] | None] | None = None,
) -> list[list[Claim]]:
    claims = sorted(block, key=lambda c: (c.source, c.quantity.start, c.quantity.end))
    around: list[list[Figure]] = []
    if by_figures or by_words or sentences:
        if sentences is None:
            sentences = figures_of(claims)
        around = [
            [f for other, f in sentences.get((c.source, c.sentence.start), []) if other is not c]
            for c in claims
        ]
    words = [known[id(c)] if known is not None else _words_of(c) for c in claims]
    # by words, the figures around a figure count as words the two sentences share
    companions = [figure_words(f) for f in around] if by_words else []
    if weights is None:
        weights = word_weights(claims, words) if by_words else {}
    nexts = [next_word(c) for c in claims]
    counts = [counted_of(c) for c in claims]
    events = [event_word(c) for c in claims]
    listed = in_lists(claims)
    columns = [column_of(c) for c in claims]
    generic = docs_words()["value_headers"]
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        by_source[claim.source].append(i)
    befores: dict[int, frozenset[str]] = {}

    def _said_first(i: int, j: int) -> bool:
        # one claim says what its figure is of only before it ('accuracy averages only
        # 72.2% (barely above chance)'), the other after it ('at 55.5% accuracy')
        if counts[i] or words[i] is None:
            return False
        if i not in befores:
            befores[i] = words_before(claims[i])
        return said_before(counts[j] or nexts[j], befores[i])

    templated: dict[int, bool] = {}

    def _templated(i: int) -> bool:
        # the claim's page says the same words with another figure in another sentence
        # ('The chart covers the last 1 hour' and '... the last 24 hours'): the words are a
        # template the page fills for several things, and identify none of them
        if i not in templated:
            claim = claims[i]
            templated[i] = any(
                k != i
                and claims[k].sentence.start != claim.sentence.start
                and not _same_value(claim.quantity, claims[k].quantity)
                and _score(i, k) >= overlap
                for k in sharing[i].get(claim.source, ())
            )
        return templated[i]

    def score(i: int, j: int) -> float:
        if by_words and (_templated(i) or _templated(j)):
            return 0.0  # met by words a page fills in for several things
        return _score(i, j)

    def _score(i: int, j: int) -> float:
        a, b = claims[i], claims[j]
        if not same_time(a.when, b.when):
            return 0.0  # another time, plan or tier, or a time one states and one leaves out
            # (a span of years is the time of each year in it: '2024-25' and '2024')
        if by_words and (
            not (is_guessed(a.entity) or is_guessed(b.entity))
            or not _compatible(a.entity, b.entity)
        ):
            return 0.0  # met by words alone: one owner is only the page's by default
        if by_words and (is_small(a) or is_small(b) or _same_label(a, b)):
            return 0.0  # 'Top 5 labs'; a template's field that each page fills for itself
        if by_words and _sibling_subjects(a, b) and not _tied(i, j):
            return 0.0  # 'The first 1000 creations per month are free' on the page 'API
            # keys', '... 2,500 ...' on 'M2M tokens': each page's own, in a few words
        if other_columns(columns[i], columns[j]):
            return 0.0  # two tables' prose cells of different columns ('Linked Audiences
            # Limit', 'How to increase your limit'): different attributes of their rows
        if by_figures and (
            not same_figures(around[i], around[j])
            or states_figure(around[j], a)
            or states_figure(around[i], b)
            or not _compatible(a.entity, b.entity)
        ):
            return 0.0  # no figures in common, the other states this figure elsewhere, or
            # the two name different owners
        wa, wb = words[i], words[j]
        ca, cb = counts[i], counts[j]
        if ca and cb and ca != cb and wa is not None and wb is not None:
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
            if cell.counted in generic or not counts_label(cell.counted, other.counted, following):
                return 0.0
            if listed[i if wa is not None else j] and not other.counted:
                return 0.0  # one of a list of figures that says what none of them is
            return 1.0 if says_label(cell.counted, other.counted, said or frozenset()) else 0.0
        if (
            not (by_figures or by_words)
            and around
            and (states_figure(around[j], a) or states_figure(around[i], b))
        ):
            return 0.0  # 'from 25 people, awarding $70,000 to 8 contributors': the other
            # sentence states this figure too, which is its copy there
        if not by_figures and (listed[i] or listed[j]) and not (ca and ca == cb):
            # a list of figures ('$7.8M for X, $5.3M for Y, $0.5M for Z'): each is what
            # its own counted word says, and one that says none is no one claim
            return 0.0
        if (
            not by_figures
            and not (ca and ca == cb)
            and nexts[i] != nexts[j]
            and not _said_first(i, j)
            and not _said_first(j, i)
        ):
            return 0.0  # '$15 million grant' is not '$12 million from'
        if by_words:
            if states_figure(around[j], a) or states_figure(around[i], b):
                return 0.0  # the other sentence states this figure too: that one is its copy
            # the words of a passage both pages copy are said around the figure on both
            both = companions[i] & companions[j] | passage_words(a, b)
            return said_alike(wa | both, wb | both, weights)
        shared = len(wa & wb)
        fewer = min(len(wa), len(wb))
        if not by_figures and shared and (shared < MIN_SHARED_WORDS or shared < overlap * fewer):
            # of one owner's figures, a name both sentences write besides the owner's
            # ('80.9% on SWE-bench Verified') weighs one word more than its words
            alike = int(bool(_names(i) & _names(j)))
            shared, fewer = shared + alike, fewer + alike
        if shared < MIN_SHARED_WORDS:
            return 0.0
        return shared / fewer

    def _tied(i: int, j: int) -> bool:
        # two pages' subjects by default, tied by saying more than a template's few words
        # ('legislative mentions of AI rose 21.3% across 75 countries since 2023'): the
        # words or a figure besides
        if words[i] is None or words[j] is None:
            return bool(companions[i] & companions[j])
        # the words of each page's subject count ('**Manual backups** are limited to 50%
        # of the volume's total size' on 'Backups', 'Manual backups are limited to ...' on
        # a Postgres guide): the other sentence says them
        wa, wb = (
            context_words(claims[i], with_owner=True),
            context_words(claims[j], with_owner=True),
        )
        return (
            len(wa & wb) >= STRONG_SHARED_WORDS
            or bool(companions[i] & companions[j])
            or same_passage(claims[i], claims[j])
        )

    names: dict[int, frozenset[str]] = {}

    def _names(i: int) -> frozenset[str]:
        if i not in names:
            names[i] = other_names(claims[i])
        return names[i]

    # each claim's best match in a source, once: the pairing asks for most of them twice
    bests: dict[tuple[int, str], int | None] = {}

    def best(i: int, source: str) -> int | None:
        # of figures said in the same words (two in one sentence), the nearer in value:
        # '$500B with $20B ARR' meets '$500B' and '$20B' in its copy, not across them
        if (i, source) in bests:
            return bests[(i, source)]
        pool = by_source[source] if not indexed else sharing[i].get(source, ())
        found = None
        if pool:
            scores = [(score(i, j), j) for j in pool]
            top_score = max(x for x, _ in scores)
            if top_score >= overlap:  # of the best by words, the nearest, then the first
                found = max((j for x, j in scores if x == top_score),
                            key=lambda j: (-_distance(i, j), -j))  # fmt: skip
        bests[(i, source)] = found
        return found

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
        sharing_figures(claims, around)
        if by_figures
        else sharing_words(
            claims,
            [
                w if w is None else w | f | passage_words(c)
                for c, w, f in zip(claims, words, companions, strict=True)
            ],
        )
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
            # a joint pair's claim ('FTX Foundation/Future Fund') is in each one's block
            for entity in entity_parts(bare_entity(claim.entity) or UNNAMED):
                by_entity[entity].append(claim)
    described = [c for c in claims if _describes(c)]
    figures = figures_of(described)
    groups: list[list[Claim]] = []
    for entity in sorted(by_entity):
        groups.extend(align_docs(by_entity[entity], overlap, figures=figures))
    groups.extend(align_docs(described, overlap, by_figures=True, figures=figures))
    # a page's subject by default meets any page's claim said in many of the same words
    owned = [c for c in described if c.entity != UNOWNED]
    groups.extend(align_docs(owned, overlap, by_words=True, figures=figures))
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


def _compatible(a: str | None, b: str | None) -> bool:
    """Whether two claims' entities may be one: the same, one owner not known (or only the
    page's subject by default), one name the end of the other ('future-fund',
    'ftx-future-fund'), or one of a joint pair and the other.

    >>> _compatible("future-fund", "ftx-future-fund"), _compatible("deepmind", "alphabet")
    (True, False)
    >>> _compatible("ftx-foundation+future-fund", "future-fund")
    True
    """
    if is_guessed(a) or is_guessed(b):
        return True  # the page's subject by default: whose figure it is, is not known
    a, b = bare_entity(a), bare_entity(b)
    if a == b or UNOWNED in (a, b):
        return True
    return any(_one_of(x, y) for x in entity_parts(a or "") for y in entity_parts(b or ""))


def _one_of(a: str, b: str) -> bool:
    """Whether two names are one entity: the same, or one the end of the other."""
    a, b = sorted((a, b), key=len)
    return bool(a) and (a == b or b.endswith("-" + a))


def _sibling_subjects(a: Claim, b: Claim) -> bool:
    """Whether two claims are each owned by its page's subject by default (the sentence
    names nothing), and the two subjects differ: sibling pages filling one template, each
    for its own product ('API keys', 'M2M tokens'), or two topics' pages stating one fact
    about the world, which only more words tell apart.

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> def claim(entity):
    ...     t = "The first 1000 creations per month are free."
    ...     s = Sentence(source="a", index=0, start=0, end=len(t), line=1, column=1, text=t)
    ...     q = Quantity(text="1000", start=10, end=14, value=1e3, low=1e3, high=1e3,
    ...                  bound=Bound.EXACT)
    ...     return Claim(source="a", sentence=s, quantity=q, counted=None, counted_text=None,
    ...                  actor=None, frame="", entity=entity)
    >>> _sibling_subjects(claim("~api-keys"), claim("~m2m-tokens"))
    True
    >>> _sibling_subjects(claim("~api-keys"), claim("~api-keys"))
    False
    >>> _sibling_subjects(claim("~api-keys"), claim("clerk"))
    False
    """
    return (
        is_guessed(a.entity)
        and is_guessed(b.entity)
        and bare_entity(a.entity) != bare_entity(b.entity)
    )


def _same_value(a: Quantity, b: Quantity) -> bool:
    """Whether two figures are the same (within SAME_FIGURE), at both ends of a range.

    >>> from crosscheck.models import Bound
    >>> def q(low, high):
    ...     return Quantity(text="x", start=0, end=1, value=low if low == high else None,
    ...                     low=low, high=high, bound=Bound.EXACT)
    >>> _same_value(q(1.0, 1.0), q(1.0, 1.0)), _same_value(q(1.0, 1.0), q(24.0, 24.0))
    (True, False)
    >>> _same_value(q(109e9, 109e9), q(109.1e9, 109.1e9)), _same_value(q(1, 2), q(1, 3))
    (True, False)
    """
    ends = tuple(zip(_ends(a), _ends(b), strict=True))
    return all(
        x is not None and y is not None and math.isclose(x, y, rel_tol=SAME_FIGURE) for x, y in ends
    )


def _ends(q: Quantity) -> tuple[float | None, float | None]:
    return (q.value, q.value) if q.value is not None else (q.low, q.high)


def _same_label(a: Claim, b: Claim) -> bool:
    """Whether two sentences open with the same lead-in label: a template's field
    ('Estimated adequate funding level: ...') that each page states for its own subject."""
    labels = []
    for claim in (a, b):
        text = claim.sentence.text
        end = label_end(text)
        labels.append(words_of(text[:end]).strip(" *_:") if end else None)
    return labels[0] is not None and labels[0] == labels[1]


def _shown(claim: Claim) -> Claim:
    if claim.entity == UNOWNED:
        return claim.model_copy(update={"entity": None})
    if is_guessed(claim.entity):
        return claim.model_copy(update={"entity": bare_entity(claim.entity)})
    return claim


def _log_distance(a: Quantity, b: Quantity) -> float:
    x = a.value if a.value is not None else a.low
    y = b.value if b.value is not None else b.low
    if x is None or y is None or x <= 0 or y <= 0:
        return math.inf
    return abs(math.log(x / y))


def other_names(claim: Claim) -> frozenset[str]:
    """The names a claim's sentence writes (runs of capitalised words) besides its owner's."""
    own = {part.replace("-", "") for part in entity_parts(bare_entity(claim.entity) or "")}
    runs = proper_runs(claim.sentence.text)
    return frozenset(key for _s, _e, key in runs if key.replace("-", "") not in own)
