"""Tests for crosscheck.copies: shingles, containment, families of copies."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import crosscheck.copies as copies_module
from crosscheck.copies import MAX_POSTINGS, find_copies, independent_count, shingles
from crosscheck.pipeline import check
from crosscheck.settings import Settings

DEFAULTS = Settings()

ORIGINAL = """\
SEOUL - North Korea has sent about 11,000 troops to Russia, South Korea's spy agency said on \
Wednesday, and some of them have already moved to the front lines in the Kursk region.
"They are being trained to operate drones and artillery," an official told lawmakers in a \
closed-door briefing. The agency said the soldiers had arrived by sea from the port of Chongjin \
in late October.
Pyongyang has denied the reports, calling them a smear campaign. Moscow has not confirmed the \
deployment, but the Kremlin said military cooperation between the two countries was a \
sovereign matter.
Analysts say the troops could be a test of how far the two governments are prepared to go, \
and that North Korea may be seeking technology for its satellite and missile programmes in \
return.
"""

# The same article as republished elsewhere: dateline trimmed, curly quotes, a dash for a
# comma, British spelling made American, and a newsletter plug appended.
REPUBLISHED = """\
North Korea has sent about 11,000 troops to Russia, South Korea’s spy agency said on \
Wednesday, and some of them have already moved to the front lines in the Kursk region.
“They are being trained to operate drones and artillery,” an official told lawmakers in a \
closed-door briefing. The agency said the soldiers had arrived by sea from the port of Chongjin \
in late October.
Pyongyang has denied the reports — calling them a smear campaign. Moscow has not confirmed the \
deployment, but the Kremlin said military cooperation between the two countries was a \
sovereign matter.
Analysts say the troops could be a test of how far the two governments are prepared to go, \
and that North Korea may be seeking technology for its satellite and missile programs in \
return.
Read more: sign up for our morning newsletter.
"""

# Another newsroom's story on the same event: shares phrases ("South Korea's spy agency",
# "the front lines in the Kursk region", "Pyongyang has denied the reports"), not the text.
INDEPENDENT = """\
Thousands of North Korean soldiers are now in Russia, according to South Korea's spy agency, \
which told lawmakers on Wednesday that the first units had moved to the front lines in the \
Kursk region.
Officials in Washington said they could not confirm the figure but believed at least 8,000 \
had reached the border area. The Pentagon called the deployment a dangerous escalation.
Pyongyang has denied the reports, and Moscow declined to comment. Ukraine's president said his \
forces expected to meet the new units within days.
"""

# Four unrelated paragraphs, for building documents that overlap by construction.
P1 = "The harbour authority reopened the eastern pier after repairs that took most of the year."
P2 = "Fishing crews had waited since spring for the cranes to be replaced and the deck resurfaced."
P3 = "A local bakery chain announced it would open two new shops near the railway station soon."
P4 = "Its owners said rising flour prices had delayed the plans, which were first made in winter."


def containment(small: str, large: str) -> float:
    a, b = shingles(small, DEFAULTS.shingle_words), shingles(large, DEFAULTS.shingle_words)
    return len(a & b) / min(len(a), len(b))


# --- a republished copy ------------------------------------------------------------------


def test_edited_republication_is_a_copy_of_the_original() -> None:
    copies = find_copies({"wire/original.txt": ORIGINAL, "zsite/copy.txt": REPUBLISHED}, DEFAULTS)
    assert copies == {"zsite/copy.txt": "wire/original.txt"}


def test_the_family_stands_under_its_first_path_in_sorted_order_not_the_original() -> None:
    # The rule is the sorted path, not which text came first: here the republication sorts
    # first, so the original is reported as its copy.
    copies = find_copies({"b/original.txt": ORIGINAL, "a/copy.txt": REPUBLISHED}, DEFAULTS)
    assert copies == {"b/original.txt": "a/copy.txt"}


def test_result_does_not_depend_on_the_order_documents_are_given() -> None:
    docs = {"c.txt": REPUBLISHED, "a.txt": INDEPENDENT, "b.txt": ORIGINAL}
    forwards = find_copies(docs, DEFAULTS)
    backwards = find_copies(dict(reversed(docs.items())), DEFAULTS)
    assert forwards == backwards == {"c.txt": "b.txt"}


# --- not copies --------------------------------------------------------------------------


def test_independent_articles_on_one_event_sharing_phrases_are_not_copies() -> None:
    assert containment(INDEPENDENT, ORIGINAL) > 0  # they do share some shingles
    assert find_copies({"a.txt": ORIGINAL, "b.txt": INDEPENDENT}, DEFAULTS) == {}


def test_empty_documents_are_copies_of_nothing() -> None:
    assert shingles("", DEFAULTS.shingle_words) == frozenset()
    assert find_copies({"a.txt": "", "b.txt": "  \n", "c.txt": ORIGINAL}, DEFAULTS) == {}


def test_short_documents_are_copies_only_when_they_say_the_same_words() -> None:
    docs = {"a.txt": "Photo: Reuters.", "b.txt": "PHOTO: reuters", "c.txt": "Photo: AP."}
    assert find_copies(docs, DEFAULTS) == {"b.txt": "a.txt"}


def test_a_short_document_is_not_a_copy_because_its_words_occur_in_a_long_one() -> None:
    # Fewer words than a shingle: its one shingle is the whole text, which no window of
    # the long article equals.
    assert find_copies({"a.txt": "North Korea has sent", "b.txt": ORIGINAL}, DEFAULTS) == {}


# --- families ----------------------------------------------------------------------------


def test_three_copies_form_one_family() -> None:
    trimmed = ORIGINAL.split("\n", 2)[2]  # the last two paragraphs only
    docs = {"c.txt": trimmed, "a.txt": REPUBLISHED, "b.txt": ORIGINAL, "d.txt": INDEPENDENT}
    assert find_copies(docs, DEFAULTS) == {"b.txt": "a.txt", "c.txt": "a.txt"}


def test_copies_of_one_larger_document_join_its_family_though_they_share_nothing() -> None:
    first, whole, last = f"{P1} {P2}", f"{P1} {P2} {P3} {P4}", f"{P3} {P4}"
    assert containment(first, last) == 0
    assert find_copies({"a.txt": first, "b.txt": whole, "c.txt": last}, DEFAULTS) == {
        "b.txt": "a.txt",
        "c.txt": "a.txt",
    }


def test_independent_count_counts_a_family_once() -> None:
    paths = ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert independent_count(paths, {"b.txt": "a.txt", "c.txt": "a.txt"}) == 2
    assert independent_count(paths, {}) == 4
    # A copy whose canonical document is not among the paths still counts once.
    assert independent_count(["b.txt", "c.txt"], {"b.txt": "a.txt", "c.txt": "a.txt"}) == 1


def test_a_widely_syndicated_article_is_still_one_family() -> None:
    docs = {f"outlet{i:03}.txt": ORIGINAL for i in range(MAX_POSTINGS + 1)}
    copies = find_copies(docs, DEFAULTS)
    assert independent_count(list(docs), copies) == 1


# --- the threshold -----------------------------------------------------------------------


def test_copy_containment_setting_decides_the_outcome() -> None:
    score = containment(ORIGINAL, REPUBLISHED)
    assert 0.5 < score < 1
    docs = {"a.txt": ORIGINAL, "b.txt": REPUBLISHED}
    assert find_copies(docs, Settings(copy_containment=score)) == {"b.txt": "a.txt"}
    assert find_copies(docs, Settings(copy_containment=score + 0.01)) == {}


def test_a_low_copy_containment_makes_independent_articles_copies() -> None:
    docs = {"a.txt": ORIGINAL, "b.txt": INDEPENDENT}
    score = containment(INDEPENDENT, ORIGINAL)
    assert find_copies(docs, DEFAULTS) == {}
    assert find_copies(docs, Settings(copy_containment=score)) == {"b.txt": "a.txt"}


# --- through the pipeline ----------------------------------------------------------------


def test_report_names_the_copy_and_counts_independent_sources(tmp_path: Path) -> None:
    for name, text in [("a.txt", ORIGINAL), ("b.txt", REPUBLISHED), ("c.txt", INDEPENDENT)]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([str(tmp_path)])
    duplicate_of = {Path(s.path).name: s.duplicate_of for s in report.sources}
    assert duplicate_of == {"a.txt": None, "b.txt": str(tmp_path / "a.txt"), "c.txt": None}
    assert report.summary.sources == 3
    assert report.summary.independent_sources == 2


def test_a_large_corpus_samples_candidates_and_checks_them_in_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(copies_module, "SAMPLE_FROM_DOCUMENTS", 0)  # sample from the start
    docs = {"a.txt": ORIGINAL, "b.txt": REPUBLISHED, "c.txt": INDEPENDENT}
    assert find_copies(docs, DEFAULTS) == {"b.txt": "a.txt"}


def test_copies_among_boilerplate_held_by_many_are_still_found() -> None:
    # Every document holds the same boilerplate paragraph, more often than MAX_POSTINGS; the
    # one real copy pair must still be found, and the boilerplate alone makes no copy.
    boilerplate = "This story was produced by the newsroom desk with material from agencies. "
    docs = {
        f"other{i:03}.txt": f"{boilerplate}Local story number {i} about the weather in town {i}."
        for i in range(MAX_POSTINGS + 5)
    }
    docs |= {"a.txt": boilerplate + ORIGINAL, "b.txt": boilerplate + REPUBLISHED}
    assert find_copies(docs, DEFAULTS) == {"b.txt": "a.txt"}


def _pairwise_copies(
    documents: dict[str, frozenset[int]], settings: Settings, rate: int, limit: int
) -> dict[str, str]:
    """The candidate counting ``find_copies_by_shingles`` did before shingles held by the
    same documents were counted as one group (commit 5cd9604): one posting list per
    shingle, every candidate checked on its full sets. The reference for the test below."""
    import itertools
    from collections import Counter, defaultdict

    paths = sorted(documents)
    sets = [documents[p] for p in paths]
    postings: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        for h in s:
            if h % rate == 0:
                postings[h].append(i)
    later: list[list[list[int]]] = [[] for _ in paths]
    for ids in postings.values():
        if len(ids) < 2:
            continue
        if len(ids) > limit:
            later[ids[0]].append(ids[1:])
            continue
        for k in range(len(ids) - 1):
            later[ids[k]].append(ids[k + 1 :])
    parent = list(range(len(paths)))
    sizes = [len(s) for s in sets]
    floor = min(sizes, default=0) * settings.copy_containment * copies_module.SAMPLE_SLACK / rate

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for a, holders in enumerate(later):
        for b, count in Counter(itertools.chain.from_iterable(holders)).items():
            smaller = min(sizes[a], sizes[b])
            if count < floor or not smaller:
                continue
            if count * rate < smaller * settings.copy_containment * copies_module.SAMPLE_SLACK:
                continue
            if len(sets[a] & sets[b]) / smaller >= settings.copy_containment:
                ra, rb = root(a), root(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    return {paths[i]: paths[root(i)] for i in range(len(paths)) if root(i) != i}


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(st.frozensets(st.integers(0, 40), max_size=30), min_size=1, max_size=12),
    st.sampled_from([1, 2, 3]),
    st.sampled_from([2, 3, 5, 200]),
    st.sampled_from([0.3, 0.5, 0.8]),
)
def test_grouped_counts_find_the_copies_pairwise_counts_find(
    monkeypatch: pytest.MonkeyPatch,
    sets: list[frozenset[int]],
    rate: int,
    limit: int,
    containment: float,
) -> None:
    # Few distinct shingles among few documents: many shingles share their holders (the
    # groups), and with a small limit many are too common to pair everyone.
    monkeypatch.setattr(copies_module, "MAX_POSTINGS", limit)
    monkeypatch.setattr(copies_module, "SAMPLE_RATE", rate)
    monkeypatch.setattr(copies_module, "SAMPLE_FROM_DOCUMENTS", 0 if rate > 1 else 10**9)
    documents = {f"d{i:02}": s for i, s in enumerate(sets)}
    chosen = Settings(copy_containment=containment)
    expected = _pairwise_copies(documents, chosen, rate, limit)
    assert copies_module.find_copies_by_shingles(documents, chosen) == expected
