"""The stories stage: documents grouped by the event they report, and claims compared only
within a story."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.graphs import similarity_graphs
from tests.texts import plain_source

from crosscheck.evaluate import evaluate
from crosscheck.models import Source
from crosscheck.pipeline import check, list_stories
from crosscheck.settings import Settings
from crosscheck.stories import (
    Profile,
    _average_link,
    build_space,
    find_stories,
    merge_threshold,
    profile,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "fixtures"

QUAKE_A = """Quake kills 30 in central Turkey
Published: 2026-03-03

ANKARA - A magnitude 6.4 earthquake struck central Turkey near Malatya on Monday, killing 30
people, Turkey's disaster agency AFAD said. Rescuers in Malatya searched collapsed buildings.
"""
QUAKE_B = """Turkey quake toll rises to 45
Published: 2026-03-04

The death toll from Monday's magnitude 6.4 earthquake in central Turkey rose to 45, the
disaster agency AFAD said, as rescuers in Malatya pulled more bodies from collapsed buildings.
"""
VOTE_A = """Okafor wins Brookhaven mayoral race
Published: 2026-11-04

Adaeze Okafor was elected mayor of Brookhaven on Tuesday with 52 percent of the vote,
defeating incumbent Gary Lindqvist. Turnout in Brookhaven reached 61 percent, officials said.
"""
VOTE_B = """Brookhaven elects Okafor
Published: 2026-11-05

Adaeze Okafor won Brookhaven's mayoral election with 54 percent, ousting Gary Lindqvist after
two terms. Okafor thanked Brookhaven volunteers; 30 people were killed in no one's story.
"""


def _write(folder: Path, files: dict[str, str]) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in sorted(files)]


def _story_of(paths: list[str], **overrides: object) -> dict[str, str]:
    found = list_stories(paths, Settings(**overrides))  # type: ignore[arg-type]
    return {Path(p).name: s.id for s in found.stories for p in s.sources}


def test_two_events_are_two_stories(tmp_path: Path) -> None:
    paths = _write(
        tmp_path, {"quake-a.txt": QUAKE_A, "quake-b.txt": QUAKE_B, "vote-a.txt": VOTE_A,
                   "vote-b.txt": VOTE_B}
    )  # fmt: skip
    story = _story_of(paths)
    assert story["quake-a.txt"] == story["quake-b.txt"]
    assert story["vote-a.txt"] == story["vote-b.txt"]
    assert story["quake-a.txt"] != story["vote-a.txt"]
    assert _story_of(paths, one_story=True) == dict.fromkeys(story, "S1")


def test_claims_of_different_stories_are_never_compared(tmp_path: Path) -> None:
    paths = _write(tmp_path, {"quake-a.txt": QUAKE_A, "vote-b.txt": VOTE_B})
    assert check(paths).conflicts == ()  # "30 killed" in the quake, "30 people" in a vote
    report = check(paths, Settings(one_story=True))
    assert report.summary.stories == 1


def test_findings_and_sources_name_their_story(tmp_path: Path) -> None:
    paths = _write(
        tmp_path, {"quake-a.txt": QUAKE_A, "quake-b.txt": QUAKE_B, "vote-a.txt": VOTE_A,
                   "vote-b.txt": VOTE_B}
    )  # fmt: skip
    report = check(paths)
    assert report.summary.stories == len(report.stories) == 2
    ids = {s.id for s in report.stories}
    assert {s.story for s in report.sources} == ids
    (toll,) = [f for f in report.conflicts if "30" in {side.value for side in f.sides}]
    quake = next(s for s in report.stories if s.id == toll.story)
    assert {Path(p).name for p in quake.sources} == {"quake-a.txt", "quake-b.txt"}
    assert "Turkey" in quake.label or "Malatya" in quake.label


def test_copies_join_their_originals_story(tmp_path: Path) -> None:
    copy = "Reposted from the wire\n\n" + QUAKE_A.split("\n", 3)[3]
    paths = _write(tmp_path, {"a.txt": QUAKE_A, "b.txt": copy, "vote.txt": VOTE_A})
    found = list_stories(paths)
    (quake,) = [s for s in found.stories if any(p.endswith("a.txt") for p in s.sources)]
    assert {Path(p).name for p in quake.sources} == {"a.txt", "b.txt"}
    link = next(link for link in quake.links if link.source.endswith("b.txt"))
    assert link.kind == "copy" and link.joined.endswith("a.txt")


def test_what_joined_a_story_is_shown(tmp_path: Path) -> None:
    paths = _write(tmp_path, {"a.txt": QUAKE_A, "b.txt": QUAKE_B})
    (story,) = list_stories(paths).stories
    link = story.links[0]
    assert link.kind == "similar" and 0 < link.similarity <= 1
    assert "Malatya" in link.shared and "Afad" in link.shared
    assert link.days  # both are about Monday, 2 March 2026
    assert "2026-03-02" in link.days


TEMPLATE = (
    "We have sent you a verification email. Please check your email and click on the link "
    "to activate your profile before you read on.\n\n"
    "If you do not receive the verification message within a few minutes of signing up, "
    "please check your spam or junk folder and try again.\n\n"
)


def test_a_sites_template_is_neither_a_story_nor_a_copy(tmp_path: Path) -> None:
    """Pages of one site that hold little but its sign-up box, months apart, share n-grams,
    not an event."""
    files = {
        f"page{i}.txt": f"{title}\nPublished: {day}\n\n{TEMPLATE}{body}\n"
        for i, (title, day, body) in enumerate(
            [
                ("Man shot on Elm Street", "2015-01-10", "A man was shot on Elm Street."),
                ("Girl hurt in Vista crash", "2015-06-02", "A girl was hurt in Vista."),
                ("Fire at Oakdale mill", "2016-02-20", "A fire broke out at the mill."),
                ("Flooding closes Route 9", "2016-09-14", "Flooding closed the road."),
                ("School board votes budget", "2017-04-03", "The board voted 5 to 2."),
            ]
        )
    }
    paths = _write(tmp_path, files)
    report = check(paths)
    assert all(s.duplicate_of is None for s in report.sources)
    assert report.summary.stories == 5


def test_similar_events_far_apart_in_time_are_two_stories(tmp_path: Path) -> None:
    later = QUAKE_B.replace("2026-03-04", "2026-09-20").replace("Monday's", "Saturday's")
    _write(tmp_path, {"a.txt": QUAKE_A, "b.txt": later})
    for i in range(12):  # a corpus large enough for time to tell events apart
        _write(tmp_path, {f"other{i}.txt": VOTE_A.replace("Okafor", f"Candidate{i}")})
    story = _story_of([str(tmp_path)])
    assert story["a.txt"] != story["b.txt"]
    # ... unless the later one reports the day of the first: a follow-up.
    follow_up = later + "The earthquake struck on March 2.\n"
    (tmp_path / "b.txt").write_text(follow_up, encoding="utf-8")
    story = _story_of([str(tmp_path)])
    assert story["a.txt"] == story["b.txt"]


def test_the_seeds_are_one_story() -> None:
    (story,) = list_stories([str(SEEDS)]).stories
    assert len(story.sources) == 5
    assert check([str(SEEDS)]).summary.conflicts == 1


def test_a_short_new_source_joins_the_seeds_story(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "seeds" / "new.txt").write_text(
        "Pyongyang sent 15,000 troops\n\n"
        "North Korea has deployed 15,000 troops to Russia, a defence official said on Monday.\n"
    )
    (story,) = list_stories([str(tmp_path / "seeds")]).stories
    assert len(story.sources) == 6


def test_mixed_evaluation_of_the_fixtures_equals_the_per_case_one() -> None:
    """The regression guard of stories: every labelled case checked in one run, as one
    folder of many stories, scores as when each case is checked alone."""
    alone = evaluate(FIXTURES)
    mixed = evaluate(FIXTURES, mixed=True)
    assert (mixed.hits, mixed.conflicts_found, mixed.false_alarms) == (
        alone.hits,
        alone.conflicts_found,
        alone.false_alarms,
    )
    assert [c.case for c in mixed.cases] == [c.case for c in alone.cases]


def test_merge_threshold_rises_with_corpus_size() -> None:
    s = Settings()
    sizes = [1, 5, 10, 20, 50, 100, 300, 1000, 5000]
    thresholds = [merge_threshold(n, s) for n in sizes]
    assert thresholds == sorted(thresholds)
    assert thresholds[0] == s.story_small_similarity and thresholds[-1] == s.story_similarity


def _profile(terms: list[str], day: int | None) -> Profile:
    return Profile(((hash(tuple(terms)), tuple(terms)),), (day,) if day else (), day)


WORDS = st.sampled_from(["kursk", "troops", "quake", "vista", "okafor", "mill", "flood", "vote"])


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.from_regex(r"[a-z]{1,6}\.txt", fullmatch=True),
        st.tuples(st.lists(WORDS, min_size=1, max_size=6), st.none() | st.integers(1, 40)),
        min_size=1,
        max_size=12,
    )
)
def test_every_document_has_exactly_one_own_story_whatever_the_order(
    docs: dict[str, tuple[list[str], int | None]],
) -> None:
    """Each document is in the story linkage put it in, and in any other it reports too
    (a round-up: crosscheck.roundups), and every story lists each of its members."""
    s = Settings()
    start = date(2026, 1, 1).toordinal()
    profiles = {p: _profile(t, start + d if d else None) for p, (t, d) in docs.items()}
    grouping = find_stories(build_space(profiles, s), {}, s)
    placed = [p for story in grouping.stories for p in story.sources if grouping.of[p] == story.id]
    assert sorted(placed) == sorted(docs)
    listed = {(story.id, p) for story in grouping.stories for p in story.sources}
    assert listed == {(i, p) for p in docs for i in grouping.stories_of(p)}
    assert [story.id for story in grouping.stories] == [
        f"S{i}" for i in range(1, len(grouping.stories) + 1)
    ]
    firsts = [story.sources[0] for story in grouping.stories]
    assert firsts == sorted(firsts)
    backwards = dict(reversed(list(profiles.items())))
    assert find_stories(build_space(backwards, s), {}, s) == grouping


@settings(max_examples=60, deadline=None)
@given(
    similarity_graphs(1, 9, st.floats(0.0, 1.0)),
    st.floats(0.05, 0.9),
)
def test_average_link_is_a_partition_whose_merges_reach_the_threshold(
    graph: tuple[int, dict[tuple[int, int], float]], threshold: float
) -> None:
    n, edges = graph
    clusters = _average_link(n, edges, threshold)
    assert sorted(i for c in clusters for i in c) == list(range(n))
    for cluster in clusters:
        if len(cluster) > 1:  # a merged cluster holds some pair at the threshold or above
            assert any(edges.get((a, b), 0.0) >= threshold for a in cluster for b in cluster)


def _source(text: str, published: str | None = None) -> Source:
    return plain_source(text, published=published)


def test_profile_reads_names_days_and_places() -> None:
    source = _source(QUAKE_A, published="2026-03-03")
    stated = [("March 1", "2026-03-01", "2026-03-01"), ("December 2", "2026-12-02", "2026-12-02")]
    p = profile(source, frozenset({"Malatya", "Turkey", "AFAD"}), stated)
    assert p.headline and p.lines[0][1] == ("quake", "kills", "30", "central", "turkey")
    assert {"malatya", "turkey", "afad"} <= p.names
    days = {date.fromordinal(d).isoformat() for d in p.days}
    # published, Monday, stated; a year-less day far ahead is last year's
    assert days == {"2026-03-03", "2026-03-02", "2026-03-01", "2025-12-02"}
    assert p.places == frozenset({"turkey"})


def test_a_follow_up_is_about_the_week_it_names() -> None:
    """A follow-up published days later names the event's time relative to its own day
    ("the shootings last week"): that week is a span it is about, so it meets the first
    reports in time (issue 15's short AP follow-up)."""
    text = "Suspect indicted\n\nHe faces charges for the shootings in Bristol last week."
    p = profile(_source(text, published="2016-07-12"), frozenset({"Bristol"}), ())
    spans = [
        (date.fromordinal(a).isoformat(), date.fromordinal(b).isoformat()) for a, b in p.months
    ]
    assert spans == [("2016-07-04", "2016-07-10")]  # the calendar week before a Tuesday
    undated = profile(_source(text), frozenset({"Bristol"}), ())
    assert undated.months == ()  # no publication day, nothing to read it against


def test_stories_command_lists_stories_with_what_joined_them(tmp_path: Path) -> None:
    _write(tmp_path, {"a.txt": QUAKE_A, "b.txt": QUAKE_B, "v.txt": VOTE_A})
    done = subprocess.run(
        [sys.executable, "-m", "crosscheck", "stories", ".", "-f", "json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [len(s["sources"]) for s in data["stories"]] == [2, 1]
    text = subprocess.run(
        [sys.executable, "-m", "crosscheck", "stories", "."],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        env={"COLUMNS": "200", "NO_COLOR": "1", "PATH": ""},
    ).stdout
    assert "S1 " in text and "S2 " in text and "2 stories of 3 sources" in text
    assert "Malatya" in text


@pytest.mark.parametrize("flag", [["--one-story"], []])
def test_one_story_flag_and_config_key(tmp_path: Path, flag: list[str]) -> None:
    _write(tmp_path, {"quake-a.txt": QUAKE_A, "vote-b.txt": VOTE_B})
    if not flag:
        (tmp_path / "crosscheck.toml").write_text("one-story = true\n")
    done = subprocess.run(
        [sys.executable, "-m", "crosscheck", "run", ".", "-f", "json", *flag],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert json.loads(done.stdout)["summary"]["stories"] == 1


def test_the_report_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Similarities summed over a set of shared terms once differed in the last digit
    between processes (the set's order follows the hash seed): the same input must give
    the same bytes in any process."""
    root = Path(__file__).resolve().parents[1]
    folder = tmp_path / "all"
    folder.mkdir()
    for case in sorted((root / "fixtures").iterdir()):
        for source in sorted(case.glob("*.*")):
            if source.suffix in {".txt", ".md", ".html"}:
                shutil.copy(source, folder / f"{case.name}-{source.name}")
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-m", "crosscheck", "run", str(folder), "--format", "json",
             "--exit-zero", "--no-cache"],
            capture_output=True, env=env, check=True,
        )  # fmt: skip
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]


_EDGES_SCRIPT = """
import random
from crosscheck.settings import Settings
from crosscheck.stories import _edges
rng = random.Random(7)
common = [f"w{i}" for i in range(300)]
vectors = [{t: rng.random() for t in common} for _ in range(60)]
for v in vectors[:2]:
    v["rare"] = 5.0
n = len(vectors)
edges = _edges(vectors, [()] * n, [()] * n, [frozenset()] * n, [frozenset()] * n, Settings())
print(repr(sorted(edges.items())))
"""


def test_story_similarities_do_not_depend_on_the_hash_seed() -> None:
    """The common terms' part of a cosine is summed over the terms two documents share, a
    set whose order follows the process's hash seed; summed as floats in that order, the
    last digits changed from process to process."""
    outputs = {
        subprocess.run(
            [sys.executable, "-c", _EDGES_SCRIPT],
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
            text=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(outputs) == 1


def _named(terms: list[str], names: set[str]) -> Profile:
    return Profile(((hash(tuple(terms)), tuple(terms)),), (), None, frozenset(names))


def test_a_pair_that_shares_no_rare_name_is_weighed_down_whoever_names_someone() -> None:
    """Two earnings tables of different companies share only the table's words: in a large
    corpus they are a genre, not a story, even when one of them names someone of its own
    (the weight once applied only when the second document named no one)."""
    s = Settings()
    table = ["shr", "profit", "cts", "loss", "revs", "seven"]
    profiles = {
        "a.txt": _named([*table, "norsk"], {"norsk"}),
        "b.txt": _named([*table, "halvorsen"], {"halvorsen"}),
    }
    # filler documents make the corpus large and hold each name once more (rare, not unique)
    for i in range(1200):
        profiles[f"f{i:04}.txt"] = _named([f"w{i}", ("norsk", "halvorsen", "x")[min(i, 2)]], set())
    space = build_space(profiles, s)
    grouping = find_stories(space, {}, s)
    assert grouping.of["a.txt"] != grouping.of["b.txt"]
    shared_name = dict(profiles)
    shared_name["b.txt"] = _named([*table, "norsk"], {"norsk"})
    grouping = find_stories(build_space(shared_name, s), {}, s)
    assert grouping.of["a.txt"] == grouping.of["b.txt"]


def test_documents_that_name_nothing_need_more_than_their_genre_words() -> None:
    """Two dividend briefs whose headlines were lost ("Qtly div eight cts vs 7.5 cts
    prior / Pay March 31 / Record March 13") name no one and nothing: in a large corpus
    their near-identical wording is a wire's form, not one event. Named twins that share
    their names still join."""
    s = Settings()
    brief = ["qtly", "div", "cts", "prior", "pay", "record", "march"]
    day = date(1987, 3, 2).toordinal()
    profiles = {
        "a.txt": replace(_named([*brief, "eight"], set()), days=(day,)),
        "b.txt": replace(_named([*brief, "seven"], set()), days=(day,)),
    }
    for i in range(1200):
        profiles[f"f{i:04}.txt"] = _named([f"w{i}", ("qtly", "div", "x")[min(i, 2)]], set())
    grouping = find_stories(build_space(profiles, s), {}, s)
    assert grouping.of["a.txt"] != grouping.of["b.txt"]
    named = dict(profiles)
    named["a.txt"] = replace(_named([*brief, "eight", "norsk"], {"norsk"}), days=(day,))
    named["b.txt"] = replace(_named([*brief, "seven", "norsk"], {"norsk"}), days=(day,))
    named["f0003.txt"] = _named(["w3", "norsk"], set())
    grouping = find_stories(build_space(named, s), {}, s)
    assert grouping.of["a.txt"] == grouping.of["b.txt"]


def test_names_are_words_written_capitalised_more_than_in_lower_case() -> None:
    """A name also written once in lower case (in a web address) is still a name; a word
    of the language written capitalised once (a title) is not; month and day names are
    never names (time is weighed on its own)."""
    text = (
        "http://example.com/lindsay-lohan-rehab\n"
        "Actress Lindsay Lohan checked into rehab on Thursday, her lawyer said.\n"
        "A judge ordered Lindsay Lohan to stay in Rehab until March, the lawyer said.\n"
        "The lawyer for Lohan said the rehab stay was agreed.\n"
    )
    p = profile(_source(text), frozenset(), ())
    assert {"lindsay", "lohan"} <= p.names
    assert not {"rehab", "thursday", "march"} & p.names


def test_documents_opening_about_two_companies_are_two_stories(tmp_path: Path) -> None:
    """Two wire items of one kind about two issuers share the kind's words but not its
    company: two stories."""
    files = {
        "a.txt": "Torchmark Corp is raising 200 mln dlrs through an offering of sinking fund "
        "debentures due 2017 yielding 8.65 pct, said lead manager First Boston Corp. The "
        "debentures are non-refundable for 10 years and rated A-1 by Moody's.\n",
        "b.txt": "Norcross Inc is raising 150 mln dlrs through an offering of notes due 1997 "
        "yielding 8.217 pct, said lead manager Morgan Stanley. Non-callable for five years, "
        "the debentures are rated A-2 by Moody's, the lead manager said.\n",
    }
    # a corpus large enough for the opening's company to weigh (a handful of files is one story)
    files |= {
        f"f{i:03}.txt": f"Filler item {i} about crop {i} in region {i}.\n" for i in range(120)
    }
    story = _story_of(_write(tmp_path, files))
    assert story["a.txt"] != story["b.txt"]


def _entities_plain(words: list[str]) -> list[str]:
    """stories._entities as first written: every length tried from every capitalised word."""
    from crosscheck.lexicon import entity_index

    index, longest = entity_index()
    found, i = [], 0
    while i < len(words):
        if words[i][:1].isupper():
            for n in range(min(longest, len(words) - i), 0, -1):
                canonical = index.get(" ".join(words[i : i + n]))
                if canonical:
                    found.append(canonical)
                    i += n - 1
                    break
        i += 1
    return found


def _entity_names() -> list[str]:
    from crosscheck.lexicon import entity_index

    index, _ = entity_index()
    names = sorted(index, key=lambda name: (-name.count(" "), name))
    return names[:300] + names[-300:]  # the longest and some single words


# Names run together, cut anywhere: "United States Army Corps of" holds several.
_NAME_RUNS = st.lists(
    st.sampled_from([*_entity_names(), "Said", "the", "New", "of", "North"]), max_size=8
).map(lambda names: " ".join(names).split(" "))


@given(_NAME_RUNS, st.integers(0, 3))
@settings(max_examples=300, deadline=None)
def test_entities_looked_up_by_first_word_are_the_plain_reading(words: list[str], cut: int) -> None:
    from crosscheck.stories import _entities

    words = words[cut:]
    assert list(_entities(words)) == _entities_plain(words)


def test_entities_of_every_fixture_line_are_the_plain_reading() -> None:
    from crosscheck.stories import _TERM, _entities

    root = Path(__file__).resolve().parent.parent
    for path in sorted((root / "fixtures").rglob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            words = _TERM.findall(line)
            assert list(_entities(words)) == _entities_plain(words), line


def test_an_undated_source_is_read_in_its_storys_year() -> None:
    from crosscheck.ingest import load_source
    from crosscheck.models import Source
    from crosscheck.pipeline import in_story_year, with_year
    from crosscheck.reads import Read, read_claims
    from crosscheck.settings import Settings

    def read(text: str, year: int | None = None) -> Read:
        source = load_source(f"{len(text)}.txt", text.encode(), Settings())
        assert isinstance(source, Source)
        return read_claims(with_year(source, year))

    dated = read("Plant fire\nPublished: 2023-07-03\n\nThe fire broke out on July 2, 2023.")
    # the corpus's most common year (2019) was given to the undated page's year-less dates
    undated = read("Plant fire\n\nThe fire at the plant broke out on July 2.", 2019)
    before = [c.quantity.date for c in undated.claims if c.quantity.date]
    assert before and before[0].earliest.startswith("2019")
    _, again = in_story_year([dated, undated])
    after = [c.quantity.date for c in again.claims if c.quantity.date]
    assert after and after[0].earliest == "2023-07-02"
