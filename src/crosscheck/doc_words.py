"""The words around a docs figure that say what it is.

The content words on each side of a figure (no numbers, function words or its entity's
name), the first word after it ("$25 million theft"), the event word before a date
("adopted in May 2024"), whether a table's label names what a sentence counts, and the
sentences whose figures are the reader's choice, not a fact ("if you deploy 3 replicas",
"Choose a size"). Two claims of one entity and time are the same claim when enough of
these words are shared.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from crosscheck.doc_entities import GUESSED, WORD, label_end
from crosscheck.doc_owners import PREPOSITIONS
from crosscheck.lexicon import docs_words, stop_words
from crosscheck.models import Claim, QuantityKind
from crosscheck.normalize import fold

# Words on each side of a figure that say what it is, for telling two claims of one
# entity, attribute and time apart: "$50 million in Series A funding" and "$50,000 and
# $100,000 prizes" share the entity and "USD", not these words.
CONTEXT_WORDS = 8
# Two sentences' figures are the same claim only if at least this many content words
# around them are the same: two shared words ("billion", "funding") say little.
MIN_SHARED_WORDS = 3

_CONTEXT_WORD = re.compile(r"[^\W\d_][\w'-]*")


# The words of a sentence's neighbours in its paragraph (the sentence before it, the one
# after), as qualifiers of its claims: 'passage<:...' and 'passage>:...'. Two pages that
# say a figure's sentence between the same neighbours copy one passage (a snippet, a
# site's llms-full.txt); sibling pages filling a template vary a word around it.
PASSAGE = "passage"
# A neighbour of fewer content words says too little to tell a copied passage: sibling
# pages open a template alike ('The core Segment SDK is extremely lightweight.', five,
# before each platform's SDK size).
PASSAGE_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?:](?=\s)|\n\s*\n|\n\s*[-*]\s")


def passage_marks(text: str, start: int, end: int) -> tuple[str, ...]:
    """The neighbours of the sentence at ``text[start:end]`` in its paragraph, each as its
    content words with the numbers left out: ('passage<:...', 'passage>:...'), either
    left out when its neighbour has fewer than PASSAGE_WORDS words or none.

    >>> t = "Segment displays the most recent 15,000 properties. To find a property not "
    >>> passage_marks(t + "in the filter dropdown, enter the property manually.", 0, 51)
    ('passage>:find property filter dropdown enter property manually',)
    >>> passage_marks(t + "in the dropdown, enter it manually.", 0, 51)  # five words
    ()
    >>> passage_marks("Intro.\\n\\nThe first 100 are free.", 8, 31)
    ()
    """
    marks: list[str] = []
    before = text[max(0, start - 400) : start]
    kept = before.rstrip()
    pieces = _SENTENCE_END.split(kept)
    if "\n\n" not in before[len(kept) :] and (len(pieces) > 1 or start <= 400):
        previous = pieces[-1] if pieces else ""
        words = _passage_words(previous)
        if len(words) >= PASSAGE_WORDS:
            marks.append(f"{PASSAGE}<:{' '.join(words)}")
    after = text[end : end + 400]
    following = _SENTENCE_END.split(after.lstrip(" .!?:\t"), maxsplit=1)[0]
    if "\n\n" not in after[: len(after) - len(after.lstrip())]:
        words = _passage_words(following)
        if len(words) >= PASSAGE_WORDS:
            marks.append(f"{PASSAGE}>:{' '.join(words)}")
    return tuple(marks)


def _passage_words(text: str) -> list[str]:
    stop = stop_words()
    return [w for w in _CONTEXT_WORD.findall(words_of(text)) if w not in stop and len(w) > 1]


def same_passage(a: Claim, b: Claim) -> bool:
    """Whether two claims' sentences stand between the same neighbours (see PASSAGE)."""
    return bool(passage_words(a, b))


def passage_words(a: Claim, b: Claim | None = None) -> frozenset[str]:
    """The words of the neighbours of a claim's sentence (see PASSAGE), or those two
    claims' sentences share, marked apart from the sentences' own words ('<find',
    '>find')."""
    marks = {x for x in a.qualifiers if x.startswith(PASSAGE)}
    if b is not None:
        marks.intersection_update(b.qualifiers)
    return frozenset(f"{x[len(PASSAGE)]}{w}" for x in marks for w in x[len(PASSAGE) + 2 :].split())


def context_words(claim: Claim, *, with_owner: bool = False) -> frozenset[str]:
    """The content words around a claim's figure in its sentence (CONTEXT_WORDS a side):
    no numbers, no function words, not the words of its entity's name (unless
    ``with_owner``: what another page's sentence may say of it)."""
    sentence = claim.sentence
    text = sentence.text
    at = claim.quantity.start - sentence.start
    if not 0 <= at <= len(text) or not text.startswith(claim.quantity.text[:1], at):
        found = text.find(claim.quantity.text)
        at = found if found >= 0 else min(max(at, 0), len(text))
    end = min(len(text), at + len(claim.quantity.text))
    before = _CONTEXT_WORD.findall(words_of(text[:at]))[-CONTEXT_WORDS:]
    after = _CONTEXT_WORD.findall(words_of(text[end:]))[:CONTEXT_WORDS]
    stop = stop_words()
    own = set() if with_owner else set(re.split(r"[-+]", _named_owner(claim, text)))
    return frozenset(
        w
        for w in (*before, *after)
        if w not in stop and w not in own and w not in _VAGUE_WORDS and len(w) > 1
    )


# A page's subject is written in a sentence when the first words of its name are, this
# many ('autonomous weapons' of 'Autonomous Weapons Escalation'), or all of a shorter name.
NAME_OPENING_WORDS = 2


def _named_owner(claim: Claim, text: str) -> str:
    """The owner's slug when the sentence writes its name; a page's subject by default
    (GUESSED) only when the first words of its name are written together ('capability
    elicitation research' on the page 'Capability Elicitation', 'autonomous weapons safety
    research' on 'Autonomous Weapons Escalation'): other single words of it are the
    sentence's own ('automated detection systems' on the page 'Deepfake Detection').

    >>> from crosscheck.models import Bound, Quantity, Sentence
    >>> def claim(t, entity):
    ...     s = Sentence(source="a", index=0, start=0, end=len(t), line=1, column=1, text=t)
    ...     q = Quantity(text="5%", start=0, end=2, value=5.0, low=5.0, high=5.0,
    ...                  bound=Bound.EXACT, unit="%")
    ...     return Claim(source="a", sentence=s, quantity=q, counted=None, counted_text=None,
    ...                  actor=None, frame="", entity=entity)
    >>> t = "5% of automated detection systems"
    >>> _named_owner(claim(t, "~deepfake-detection"), t), _named_owner(claim(t, "acme"), t)
    ('', 'acme')
    >>> t = "5% on capability elicitation research"
    >>> _named_owner(claim(t, "~capability-elicitation"), t)
    'capability-elicitation'
    >>> _named_owner(claim(t, "~capability-elicitation-methods"), t)
    'capability-elicitation-methods'
    """
    entity = claim.entity or ""
    if not entity.startswith(GUESSED):
        return entity
    entity = entity.removeprefix(GUESSED)
    name = " ".join(entity.split("-")[:NAME_OPENING_WORDS])
    written = re.search(rf"\b{re.escape(name)}\b", words_of(text)) if name else None
    return entity if written else ""


_DASHES = str.maketrans({"\u2014": " ", "\u2013": " "})


def words_of(text: str) -> str:
    """Text folded for its words; a dash between two words parts them ('FLI\u2014the').

    >>> words_of("to FLI\u2014the largest")
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

_SUPPOSITION = re.compile(r"\b(?:if|suppose|supposing|say)\b[^,;:.]*$", re.IGNORECASE)


def supposed(claim: Claim) -> bool:
    """Whether a figure is inside an 'if' clause of its sentence: a supposition.

    >>> from crosscheck.models import Bound, Claim, Quantity, Sentence
    >>> t = "So if you deploy 3 replicas, you get 72 vCPU."
    >>> s = Sentence(source="a", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> def at(x, v):
    ...     q = Quantity(text=x, start=t.index(x), end=t.index(x) + len(x), value=v, low=v,
    ...                  high=v, bound=Bound.EXACT)
    ...     return Claim(source="a", sentence=s, quantity=q, counted=None, counted_text=None,
    ...                  actor=None, frame="")
    >>> supposed(at("3", 3)), supposed(at("72", 72))
    (True, False)
    """
    at = claim.quantity.start - claim.sentence.start
    return 0 <= at <= len(claim.sentence.text) and bool(
        _SUPPOSITION.search(claim.sentence.text[:at])
    )


_READER = re.compile(r"\b(?:you|your|you're|yours)\b", re.IGNORECASE)


def reader_supposed(claim: Claim) -> bool:
    """Whether a figure is inside an 'if' clause about the reader ('if you deploy 3
    replicas'): the reader's choice, which no other page can contradict. A supposition
    about the world ('If OpenAI closes its $100B round at $830B, it would trade at 41x')
    is a scenario other pages may state with other figures.

    >>> from crosscheck.models import Bound, Claim, Quantity, Sentence
    >>> def first(t):
    ...     s = Sentence(source="a", index=0, start=0, end=len(t), line=1, column=1, text=t)
    ...     i = next(k for k, ch in enumerate(t) if ch.isdigit())
    ...     q = Quantity(text=t[i], start=i, end=i + 1, value=1, low=1, high=1,
    ...                  bound=Bound.EXACT)
    ...     return Claim(source="a", sentence=s, quantity=q, counted=None, counted_text=None,
    ...                  actor=None, frame="")
    >>> reader_supposed(first("So if you deploy 3 replicas, you get 72 vCPU."))
    True
    >>> reader_supposed(first("If OpenAI raises at $8B, it trades at 41x."))
    False
    """
    at = claim.quantity.start - claim.sentence.start
    if not 0 <= at <= len(claim.sentence.text):
        return False
    clause = _SUPPOSITION.search(claim.sentence.text[:at])
    return clause is not None and _READER.search(clause.group()) is not None


def instructed(claim: Claim) -> bool:
    """Whether a figure's sentence tells the reader what to do: it opens (after a lead-in
    label) with a verb of the lexicon's ``instruction_verbs`` ('Choose a size (1 GB is a
    reasonable starting point)', 'Set replicas to 3')."""
    text = claim.sentence.text
    words = WORD.findall(text[label_end(text) or 0 :][:40])
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


def in_lists(claims: Sequence[Claim]) -> list[bool]:
    """Of each claim, whether its sentence gives LIST_FIGURES or more figures of
    ``claims`` (one block)."""
    per = Counter((c.source, c.sentence.start) for c in claims)
    return [
        "table" not in c.qualifiers and per[(c.source, c.sentence.start)] >= LIST_FIGURES
        for c in claims
    ]


def counts_label(label: str | None, counted: str | None, following: str | None) -> bool:
    """Whether what a sentence's figure is of, its counted thing or the word after it, is
    in a table's label (or the sentence says neither).

    >>> counts_label("probability", "pledge", "equity")
    False
    >>> counts_label("branches per project", "stores", "branches")
    True
    """
    if not counted and not following:
        return True
    label_words = {_stem(w) for w in _CONTEXT_WORD.findall((label or "").lower())}
    said = [_CONTEXT_WORD.findall(x.lower()) for x in (counted, following) if x]
    return any(words and all(_stem(w) in label_words for w in words) for words in said)


def says_label(label: str | None, counted: str | None, words: frozenset[str]) -> bool:
    """Whether a sentence's figure is what a table's label names: every content word of
    the label is the sentence's counted thing or a word around its figure.

    >>> says_label("branches per project", "branch", frozenset({"project", "allows"}))
    True
    >>> says_label("storage", "branch", frozenset({"project"}))
    False
    """
    if not label:
        return False
    stop = stop_words()
    label_words = _CONTEXT_WORD.findall(label.lower())
    wanted = {_stem(w) for w in label_words if w not in stop and w not in _VAGUE_WORDS}
    have = {_stem(w) for w in words} | {_stem(w) for w in (counted or "").lower().split()}
    return bool(wanted) and wanted <= have


# At most this many capitalised words right after a figure are read as a name before the
# thing it counts ('$1.25M FTX Foundation grant'); more is a title or a heading.
NAME_WORDS_AFTER = 3


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
    >>> s2 = s.model_copy(update={"text": "a $25 million FTX Foundation grant to Arup"})
    >>> next_word(Claim(source="a", sentence=s2, quantity=q, counted=None, counted_text=None,
    ...                 actor=None, frame=""))
    'grant'
    """
    sentence = claim.sentence
    at = claim.quantity.end - sentence.start
    if not 0 <= at <= len(sentence.text):
        return None
    stop = stop_words()
    frames = docs_words()["change_frames"]

    def is_content(w: str) -> bool:
        return w not in stop and w not in _VAGUE_WORDS and w not in frames and len(w) > 1

    # the words after the figure, read only as far as the first content word and the
    # longest name before it (a sentence can run on for hundreds of words)
    words: list[tuple[str, bool]] = []
    content: list[str] = []
    for raw in _CONTEXT_WORD.finditer(sentence.text, at):
        for word in _CONTEXT_WORD.findall(words_of(raw.group())):
            words.append((word, raw.group()[:1].isupper()))
            if is_content(word):
                content.append(word)
        if content and len(words) > NAME_WORDS_AFTER:
            break
    if not content:
        return None
    # '$1.25M FTX Foundation grant': a name right after the figure says whose the thing
    # is; the figure is of the first word after that name ('grant')
    lead = 0
    while lead < min(len(words), NAME_WORDS_AFTER + 1) and words[lead][1]:
        lead += 1
    if 0 < lead <= NAME_WORDS_AFTER and lead < len(words):
        word = words[lead][0]
        if word not in stop and word not in _VAGUE_WORDS and len(word) > 1:
            return str(word)
    return str(content[0])


def words_before(claim: Claim) -> frozenset[str]:
    """The words right before a claim's figure (CONTEXT_WORDS of them), folded: where a
    sentence may say what the figure is of before giving it ('detection accuracy averages
    only 72.2%', 'account takeover incidents from 24,050 to 6,500').

    >>> from crosscheck.models import Bound, Claim, Quantity, Sentence
    >>> t = "accuracy averages only 72.2% (barely above chance)"
    >>> s = Sentence(source="a", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> q = Quantity(text="72.2%", start=23, end=28, value=72.2, low=72.2, high=72.2,
    ...              bound=Bound.EXACT, unit="%")
    >>> sorted(words_before(Claim(source="a", sentence=s, quantity=q, counted=None,
    ...                           counted_text=None, actor=None, frame="")))
    ['accuracy', 'averages', 'only']
    """
    sentence = claim.sentence
    at = claim.quantity.start - sentence.start
    if not 0 <= at <= len(sentence.text):
        return frozenset()
    return frozenset(_CONTEXT_WORD.findall(words_of(sentence.text[:at]))[-CONTEXT_WORDS:])


def said_before(thing: str | None, before: frozenset[str]) -> bool:
    """Whether what one claim's figure is of (its counted thing or the word after it) is
    among the words before another's figure, plural or not: 'a 283% increase in wealth'
    and 'saw wealth increase 368%' say what they count on either side of the figure.

    >>> said_before("increase", frozenset({"wealth", "increase"}))
    True
    >>> said_before("incident", frozenset({"takeover", "incidents"}))
    True
    >>> said_before("grant", frozenset({"received"})), said_before(None, frozenset({"a"}))
    (False, False)
    """
    if not thing:
        return False
    wanted = {_stem(w) for w in _CONTEXT_WORD.findall(thing.lower())}
    have = {_stem(w) for w in before}
    return bool(wanted) and wanted <= have


def counted_of(claim: Claim) -> str | None:
    """What a figure counts, for telling claims apart: its counted thing, unless that only
    says how a change is measured (the lexicon's ``change_frames``: 'a 183% year-over-year
    increase' is an increase, as '141% increase' is, not a count of years).

    >>> from crosscheck.models import Bound, Claim, Quantity, Sentence
    >>> s = Sentence(source="a", index=0, start=0, end=30, line=1, column=1,
    ...              text="a 183% year-over-year increase")
    >>> q = Quantity(text="183%", start=2, end=6, value=183.0, low=183.0, high=183.0,
    ...              bound=Bound.EXACT, unit="%")
    >>> c = Claim(source="a", sentence=s, quantity=q, counted="year-over-year",
    ...           counted_text=None, actor=None, frame="")
    >>> counted_of(c), next_word(c)
    (None, 'increase')
    >>> counted_of(c.model_copy(update={"counted": "increase"}))
    'increase'
    """
    counted = claim.counted
    if counted in docs_words()["classifier_words"]:
        return _kind_of(claim) or counted
    return None if counted in docs_words()["change_frames"] else counted


# '... types of destination connection modes': the words after 'of' up to the first that
# is not part of the noun phrase (a stop word, a preposition, punctuation).
_OF_PHRASE = re.compile(r"\s+of\s+((?:[^\W\d_][\w'-]*\s+){0,4}[^\W\d_][\w'-]*)")


def _kind_of(claim: Claim) -> str | None:
    """Of a figure that counts kinds ('two different types of destination connection
    modes'), the thing the kinds are of, singular ('mode'): two kinds of modes are not
    three kinds of connections. None when no 'of' follows the counted word.

    >>> from crosscheck.models import Bound, Claim, Quantity, Sentence
    >>> t = "It supports two different types of connection modes: cloud and device."
    >>> s = Sentence(source="a", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> q = Quantity(text="two", start=12, end=15, value=2.0, low=2.0, high=2.0,
    ...              bound=Bound.EXACT)
    >>> c = Claim(source="a", sentence=s, quantity=q, counted="type",
    ...           counted_text="different types", actor=None, frame="")
    >>> counted_of(c)
    'mode'
    >>> t = "There are three connection types in the catalog."
    >>> s = Sentence(source="a", index=0, start=0, end=len(t), line=1, column=1, text=t)
    >>> q = Quantity(text="three", start=10, end=15, value=3.0, low=3.0, high=3.0,
    ...              bound=Bound.EXACT)
    >>> counted_of(Claim(source="a", sentence=s, quantity=q, counted="type",
    ...                  counted_text="connection types", actor=None, frame=""))
    'type'
    """
    text = claim.sentence.text
    after = claim.quantity.end - claim.sentence.start
    if claim.counted_text is None or not 0 <= after <= len(text):
        return None
    at = text.find(claim.counted_text, after)
    if at < 0:
        return None
    match = _OF_PHRASE.match(text, at + len(claim.counted_text))
    if match is None:
        return None
    stop = stop_words()
    head = None
    for word in match.group(1).split():
        lowered = word.lower()
        if lowered in stop or lowered in PREPOSITIONS:
            break
        head = lowered
    return _stem(head) if head else None


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
    words = _CONTEXT_WORD.findall(words_of(sentence.text[:at]))
    while words and words[-1] in PREPOSITIONS:
        words.pop()
    return str(words[-1]) if words and words[-1] not in stop_words() else None


# Claims met by their words alone, when one's owner is only the page's by default: at
# least this many content words around the figure shared, and this share of the fewer.
STRONG_SHARED_WORDS = 5
STRONG_OVERLAP = 0.75
# A word said around more figures than this ('ai', 'model') is not looked up to find the
# claims that share words with one: it would make every pair a candidate.
COMMON_WORD_CLAIMS = 400


# A word said around figures on this many pages or fewer ('takeover', 'pledgers') says
# more of what a figure is than one said on many ('found', 'annually'): it counts as
# RARE_WORD_WEIGHT words.
RARE_WORD_PAGES = 10
RARE_WORD_WEIGHT = 2
# Claims said in fewer words (FEWEST_SHARED_WORDS and up) still meet in the words pass when
# the words they share weigh at least RARE_SHARED_WEIGHT (so: two rare ones among four)
# and this share of the fewer's weight.
FEWEST_SHARED_WORDS = 4
RARE_SHARED_WEIGHT = 6
RARE_OVERLAP = 0.5


def word_weights(claims: Sequence[Claim], words: Sequence[frozenset[str] | None]) -> dict[str, int]:
    """What each word around the claims' figures counts for in the words pass: words said
    on RARE_WORD_PAGES pages or fewer count RARE_WORD_WEIGHT, others one."""
    pages: dict[str, set[str]] = defaultdict(set)
    for claim, mine in zip(claims, words, strict=True):
        for word in mine or ():
            pages[word].add(claim.source)
    return {w: RARE_WORD_WEIGHT if len(p) <= RARE_WORD_PAGES else 1 for w, p in pages.items()}


def weight_of(words: frozenset[str], weights: Mapping[str, int]) -> int:
    """The weight of a set of words (:func:`word_weights`); a word not weighed counts one."""
    return sum(weights.get(w, 1) for w in words)


def said_alike(a: frozenset[str], b: frozenset[str], weights: Mapping[str, int]) -> float:
    """How far two claims met by their words alone are said alike (0 when not enough):
    STRONG_SHARED_WORDS shared and STRONG_OVERLAP of the fewer, or, of words that
    include rare ones, FEWEST_SHARED_WORDS shared weighing RARE_SHARED_WEIGHT and
    RARE_OVERLAP of the fewer's weight.

    >>> common = {w: 1 for w in ("found", "annually", "global", "report", "ai")}
    >>> mine = frozenset({"account", "takeover", "incidents", "annually", "reducing"})
    >>> theirs = frozenset({"account", "takeover", "incidents", "annually", "bank", "firm"})
    >>> round(said_alike(mine, theirs, {"takeover": 2, "incidents": 2, "bank": 2}), 3)
    0.857
    >>> said_alike(mine, theirs, {})
    0.0
    >>> said_alike(frozenset(common), frozenset(common), common)
    1.0
    """
    shared = a & b
    if not a or not b:
        return 0.0
    ratio = len(shared) / min(len(a), len(b))
    if len(shared) >= STRONG_SHARED_WORDS and ratio >= STRONG_OVERLAP:
        return ratio
    weight = weight_of(shared, weights)
    if len(shared) < FEWEST_SHARED_WORDS or weight < RARE_SHARED_WEIGHT:
        return 0.0
    weighed = weight / min(weight_of(a, weights), weight_of(b, weights))
    return weighed if weighed >= RARE_OVERLAP else 0.0


def sharing_words(
    claims: Sequence[Claim],
    words: Sequence[frozenset[str] | None],
) -> list[dict[str, list[int]]]:
    """For each claim, the other claims whose words around the figure share at least
    FEWEST_SHARED_WORDS with its own, by source in order (words said around more than
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
            if j != i and counts[j] >= min(STRONG_SHARED_WORDS, FEWEST_SHARED_WORDS):
                by_source[claims[j].source].append(j)
        out.append(dict(sorted(by_source.items())))
    return out
