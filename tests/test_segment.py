"""Tests for crosscheck.segment: Source -> Sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.models import Sentence, Source
from crosscheck.segment import split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_PATHS = sorted(SEEDS.glob("*.txt"))


def make_source(
    text: str,
    keep: tuple[tuple[int, int], ...] | None = None,
    line_map: tuple[int, ...] | None = None,
) -> Source:
    return Source(
        path="t.txt",
        sha256="0" * 64,
        text=text,
        format="text",
        encoding="utf-8",
        keep=((0, len(text)),) if keep is None else keep,
        line_map=line_map,
    )


def sentence_texts(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(make_source(text))]


def check_invariants(source: Source, sentences: tuple[Sentence, ...]) -> None:
    """What every segmentation must satisfy, whatever the text."""
    text = source.text
    previous_end = -1
    for index, sentence in enumerate(sentences):
        piece = text[sentence.start : sentence.end]
        assert re.sub(r"\s+", " ", piece) == sentence.text
        assert piece == piece.strip() and piece
        assert sentence.index == index
        assert sentence.source == source.path
        assert (sentence.line, sentence.column) == source.line_of(sentence.start)
        assert sentence.start >= previous_end, "sentences overlap or are out of order"
        previous_end = sentence.end
        assert any(start <= sentence.start and sentence.end <= end for start, end in source.keep), (
            "sentence outside the keep ranges"
        )


def list_number(text: str, position: int, line_start: int) -> bool:
    """Whether ``position`` is a digit of an ordered-list marker ("1. ", "> 2) ")."""
    end = position
    while end < len(text) and text[end].isdigit():
        end += 1
    return (
        text[position].isdigit()
        and text[end : end + 1] in (".", ")")
        and all(c.isspace() or c in "#>*+-.)0123456789" for c in text[line_start:position])
    )


def check_coverage(source: Source, sentences: tuple[Sentence, ...]) -> None:
    """Every letter and digit of the kept text is in a sentence, but list numbers."""
    covered = bytearray(len(source.text))
    for sentence in sentences:
        covered[sentence.start : sentence.end] = b"\x01" * (sentence.end - sentence.start)
    for start, end in source.keep:
        for position in range(start, end):
            char = source.text[position]
            if char.isalnum() and not covered[position]:
                line_start = max(start, source.text.rfind("\n", 0, position) + 1)
                assert list_number(source.text, position, line_start), (
                    f"{char!r} at {position} is in no sentence"
                )


# --- the classic edge cases ----------------------------------------------------------

CLASSIC = [
    ("U.S. mid-sentence", "The U.S. military said 500 troops arrived.", 1),
    ("U.S. before a name", "He lived in the U.S. Army barracks for a year.", 1),
    ("U.S. at a true end", "Troops trained in the U.S. The next day they flew home.", 2),
    ("Dr.", "Dr. Smith said three people died. Others disagreed.", 2),
    ("Gen.", "Gen. Milley told Congress that 300 troops would go.", 1),
    ("St. Louis", "He flew to St. Louis on Monday. Then he left.", 2),
    ("currency decimal", "North Korea earned US$1.7 billion. The think tank said so.", 2),
    ("decimal and percent", "Growth was 3.5 percent last year. Inflation fell to 2.1%.", 2),
    ("date", "The piece ran on 10/23/24 in the National Interest.", 1),
    ("quote ends sentence", 'He said "no." Then he left.', 2),
    ("curly single quote", "She called it \u2018unacceptable.\u2019 The ministry disagreed.", 2),
    ("curly double quote", "He said \u201cwe will win.\u201d Officials agreed.", 2),
    ("time a.m. mid-sentence", "The meeting starts at 10:30 a.m. on Monday in Seoul.", 1),
    ("time a.m. at an end", "The meeting started at 10:30 a.m. The talks ended at noon.", 2),
    ("No. 5", "No. 5 was the largest unit, with 2,000 soldiers.", 1),
    ("initials", "John F. Kennedy met J. K. Rowling's grandfather in 1961.", 1),
    ("ellipsis then capital", "He paused... Then 3,000 more arrived.", 2),
    ("ellipsis then lower case", "He paused... and then 3,000 more arrived.", 1),
    ("unicode ellipsis", "He paused\u2026 Then he spoke.", 2),
    ("question and exclamation", "Why now? Because troops arrived! The end came fast.", 3),
    ("e.g.", "Some weapons, e.g. this rifle, were sent.", 1),
    ("i.e. then capital", "The unit, i.e. The Storm Corps, moved.", 1),
    ("Co. before a digit", "Samsung Electronics Co. 5 plants were hit.", 1),
    ("Inc. at an end", "He worked for Acme Inc. He left in 2020.", 2),
    ("month", "On Sept. 11 the towers fell. Nobody forgot.", 2),
    ("Mr. and Mrs.", "Mr. and Mrs. Smith arrived. They left.", 2),
    ("closing bracket", "(The figure was 5,000.) Later it rose to 6,000.", 2),
    ("sentence starting with a digit", "It rose. 5,000 more came.", 2),
    ("lower-case word before a period", 'He said no. Then he left. "Fine," she said.', 3),
]


@pytest.mark.parametrize(("text", "count"), [c[1:] for c in CLASSIC], ids=[c[0] for c in CLASSIC])
def test_classic_edge_cases(text: str, count: int) -> None:
    source = make_source(text)
    sentences = split_sentences(source)
    check_invariants(source, sentences)
    assert len(sentences) == count, [s.text for s in sentences]
    assert " ".join(s.text for s in sentences) == text


def test_quote_boundary_is_after_the_closing_quote() -> None:
    assert sentence_texts('He said "no." Then he left.') == ['He said "no."', "Then he left."]
    assert sentence_texts("in the U.S. The next day") == ["in the U.S.", "The next day"]


# --- lines, headlines and hard wraps ---------------------------------------------------


def test_headline_without_period_is_not_merged() -> None:
    # The seed starts with a blank line, then a headline without a full stop.
    text = (SEEDS / "001_5bf60654a78975c2.txt").read_text(encoding="utf-8")
    head = "\n".join(text.split("\n")[:5])
    source = make_source(head)
    sentences = split_sentences(source)
    check_invariants(source, sentences)
    assert sentences[0].text == "Ukraine war making North Korea a more formidable fighting force"
    assert (sentences[0].line, sentences[0].column) == (2, 1)
    assert sentences[1].text.startswith("North Korea has benefited tremendously")
    assert sentences[1].line == 3


def test_every_line_ends_a_sentence_in_one_paragraph_per_line_text() -> None:
    text = (
        "Troops sent to Russia\n"
        "North Korea has sent about 11,000 troops to Russia, according to officials in "
        "Seoul and in Kyiv, who cited satellite imagery and intercepted communications\n"
        "The deployment began in October, officials said, and more were expected to follow "
        "before the end of the year, when the fighting in Kursk was expected to intensify.\n"
    )
    assert sentence_texts(text) == [line for line in text.split("\n") if line]


def test_short_lines_are_not_joined() -> None:
    text = "Troops\nSent to Russia\nBy Jane Doe\n4 hours ago\n"
    assert sentence_texts(text) == ["Troops", "Sent to Russia", "By Jane Doe", "4 hours ago"]


def test_two_line_wrapped_paragraph_is_joined() -> None:
    text = (
        "Short wrapped doc at 72 columns. North Korea sent about 11,000 troops\n"
        "to Russia, officials said.\n"
    )
    assert sentence_texts(text) == [
        "Short wrapped doc at 72 columns.",
        "North Korea sent about 11,000 troops to Russia, officials said.",
    ]


def test_headline_before_wrapped_text_is_not_joined() -> None:
    text = (
        "Troops arrive in Kursk\n"
        "North Korean soldiers reached the front on Monday, officials in Seoul\n"
        "said, citing satellite imagery and intercepted radio communications.\n"
    )
    assert sentence_texts(text) == [
        "Troops arrive in Kursk",
        "North Korean soldiers reached the front on Monday, officials in Seoul said, citing "
        "satellite imagery and intercepted radio communications.",
    ]


def test_a_line_broken_mid_sentence_at_a_narrower_width_is_joined() -> None:
    # Pasted text whose first paragraph was wrapped narrower than the rest.
    text = (
        "European ministers signed off on Tessera, an orbiter that will look\n"
        "for buried ice on Mars, in a programme costing\n"
        "€2.4 billion.\n"
        "\n"
        "The spacecraft is scheduled to lift off in October 2028. Its journey of some\n"
        "480 million km will take around 210 days, after which it will spend at least\n"
        "four years surveying the mid-latitudes from an orbit high above the surface.\n"
    )
    assert sentence_texts(text)[0] == (
        "European ministers signed off on Tessera, an orbiter that will look for buried ice "
        "on Mars, in a programme costing €2.4 billion."
    )


MARKDOWN = """\
# North Korean troops in Russia

North Korea sent about 11,000 troops to Russia in the autumn of 2024, according
to officials in Seoul. The soldiers were deployed to the Kursk region, where
Ukrainian forces had captured territory in August. Dr. Kim Tae-hyo said the
number could rise to 15,000 by the end of the year.

- South Korea's spy agency put the figure at 12,000 soldiers, including about
  1,500 special forces sent in October.
- Ukraine said 3,000 more had arrived.

The U.S. estimate was similar to the one given by the National Intelligence
Service. Analysts said the deployment was the largest since the Korean War, when
as many as 1.35 million Chinese soldiers fought for the North.
"""


def test_markdown_wrapped_at_80_columns() -> None:
    source = make_source(MARKDOWN)
    sentences = split_sentences(source)
    check_invariants(source, sentences)
    check_coverage(source, sentences)
    assert [(s.line, s.column, s.text) for s in sentences] == [
        (1, 3, "North Korean troops in Russia"),
        (
            3,
            1,
            "North Korea sent about 11,000 troops to Russia in the autumn of 2024, "
            "according to officials in Seoul.",
        ),
        (
            4,
            24,
            "The soldiers were deployed to the Kursk region, where Ukrainian forces had "
            "captured territory in August.",
        ),
        (5, 52, "Dr. Kim Tae-hyo said the number could rise to 15,000 by the end of the year."),
        (
            8,
            3,
            "South Korea's spy agency put the figure at 12,000 soldiers, including about "
            "1,500 special forces sent in October.",
        ),
        (10, 3, "Ukraine said 3,000 more had arrived."),
        (
            12,
            1,
            "The U.S. estimate was similar to the one given by the National Intelligence Service.",
        ),
        (
            13,
            10,
            "Analysts said the deployment was the largest since the Korean War, when as many "
            "as 1.35 million Chinese soldiers fought for the North.",
        ),
    ]


def test_markdown_blocks_are_never_joined() -> None:
    text = (
        "Officials said the figure of 11,000 troops given by the intelligence service was\n"
        "1. an estimate, made from satellite imagery of the bases near the eastern port\n"
        "> quoted text that runs on and on to fill the line as wrapped text would do so\n"
        "| a table | row with 12,000 |\n"
        "```\n"
        "code 1234 that is long enough to look like a wrapped line of prose text here\n"
        "```\n"
    )
    source = make_source(text)
    sentences = split_sentences(source)
    check_invariants(source, sentences)
    check_coverage(source, sentences)
    assert [s.line for s in sentences] == [1, 2, 3, 4, 6]
    assert sentences[1].text.startswith("an estimate")
    assert sentences[2].text.startswith("quoted text")


def test_setext_heading_underline_is_not_joined() -> None:
    text = (
        "North Korean troops in Russia: what we know about the deployment so far\n"
        "=======================================================================\n"
        "\n"
        "North Korea sent about 11,000 troops to Russia in the autumn of 2024, according\n"
        "to officials in Seoul.\n"
    )
    assert sentence_texts(text) == [
        "North Korean troops in Russia: what we know about the deployment so far",
        "North Korea sent about 11,000 troops to Russia in the autumn of 2024, according to "
        "officials in Seoul.",
    ]


NEWSWIRE = """\
North Korea sends troops to Russia, Seoul says
By Hyonhee Shin
SEOUL, Oct 18 (Reuters) - North Korea has sent about 1,500
special forces troops to Russia's Far East for training and
acclimation, South Korea's spy agency said on Friday, and they
are likely to be deployed to fight in the war against Ukraine
soon.
    The National Intelligence Service said the troops were
transported by Russian navy ships from Oct. 8 to 13, and that
more deployments were expected, bringing the total to about
12,000.
Reporting by Hyonhee Shin; Editing by Ed Davies
"""


def test_newswire_wrapped_at_65_columns() -> None:
    source = make_source(NEWSWIRE)
    sentences = split_sentences(source)
    check_invariants(source, sentences)
    check_coverage(source, sentences)
    assert [(s.line, s.column) for s in sentences] == [(1, 1), (2, 1), (3, 1), (8, 5), (12, 1)]
    assert [s.text for s in sentences] == [
        "North Korea sends troops to Russia, Seoul says",
        "By Hyonhee Shin",
        "SEOUL, Oct 18 (Reuters) - North Korea has sent about 1,500 special forces troops to "
        "Russia's Far East for training and acclimation, South Korea's spy agency said on "
        "Friday, and they are likely to be deployed to fight in the war against Ukraine soon.",
        "The National Intelligence Service said the troops were transported by Russian navy "
        "ships from Oct. 8 to 13, and that more deployments were expected, bringing the total "
        "to about 12,000.",
        "Reporting by Hyonhee Shin; Editing by Ed Davies",
    ]


def test_wrapped_paragraph_keeps_hard_wrap_offsets() -> None:
    source = make_source(MARKDOWN)
    third = split_sentences(source)[3]
    assert "\n" in MARKDOWN[third.start : third.end]
    assert "\n" not in third.text


# --- keep ranges ---------------------------------------------------------------------


def test_text_outside_keep_ranges_never_appears() -> None:
    text = (
        "Troops arrived on Monday. About 11,000 came.\n"
        "Share this article\n"
        "Related: Kim visits Moscow\n"
        "More troops came later. Officials said so."
    )
    chrome_start = text.index("Share")
    chrome_end = text.index("More")
    source = make_source(text, keep=((0, chrome_start), (chrome_end, len(text))))
    sentences = split_sentences(source)
    check_invariants(source, sentences)
    check_coverage(source, sentences)
    assert [s.text for s in sentences] == [
        "Troops arrived on Monday.",
        "About 11,000 came.",
        "More troops came later.",
        "Officials said so.",
    ]
    assert all("Share" not in s.text and "Related" not in s.text for s in sentences)
    assert sentences[2].line == 4


def test_keep_range_cutting_a_sentence_cuts_the_sentence() -> None:
    text = "About 11,000 troops Share this came on Monday."
    cut = text.index("Share")
    source = make_source(text, keep=((0, cut), (cut + len("Share this "), len(text))))
    assert [s.text for s in split_sentences(source)] == ["About 11,000 troops", "came on Monday."]


def test_empty_and_blank_sources() -> None:
    assert split_sentences(make_source("")) == ()
    assert split_sentences(make_source(" \n\n\t\n")) == ()
    assert split_sentences(make_source("---\n***\n...")) == ()
    assert split_sentences(make_source("Some text.", keep=())) == ()


def test_lines_follow_the_line_map() -> None:
    text = "First line.\n\nThird line."
    source = make_source(text, line_map=(10, 11, 14))
    assert [(s.line, s.column) for s in split_sentences(source)] == [(10, 1), (14, 1)]


def test_newline_only_input_has_plain_offsets() -> None:
    # Ingest converts CRLF to LF; a stray carriage return is just whitespace.
    text = "Troops came.\nMore came.\rThen\r\nmore."
    source = make_source(text)
    sentences = split_sentences(source)
    check_invariants(source, sentences)
    assert [s.text for s in sentences] == ["Troops came.", "More came.", "Then", "more."]


# --- the seeds -------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEED_PATHS, ids=[p.name for p in SEED_PATHS])
def test_seed_sentences_are_slices_of_the_text(path: Path) -> None:
    source = make_source(path.read_text(encoding="utf-8"))
    sentences = split_sentences(source)
    assert sentences
    check_invariants(source, sentences)
    check_coverage(source, sentences)


def test_seed_sentence_comes_out_whole() -> None:
    source = make_source((SEEDS / "000_f329a0b33699e6f3.txt").read_text(encoding="utf-8"))
    wanted = (
        "Soon after, a deployment of 11,000 North Korean troops was headed to the front lines "
        "to help Russia retake the Russian region of Kursk, part of which had been captured by "
        "Ukraine."
    )
    found = [s for s in split_sentences(source) if s.text == wanted]
    assert len(found) == 1
    assert (found[0].line, found[0].column) == (12, 1)


# --- inputs that would make a backtracking splitter crawl -------------------------------
# The house style forbids timed tests; these check that pathological inputs complete
# and come out right. A quadratic splitter makes this module take minutes.


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param("1," * 500_000, 1, id="1MB line of 1,1,1"),
        pytest.param("7" * 1_000_000, 1, id="a million digits"),
        pytest.param("." * 1_000_000, 0, id="a million full stops"),
        pytest.param("1." * 500_000 + " Then", 2, id="a million dotted digits"),
        pytest.param("troops " * 700_000, 1, id="5MB paragraph without punctuation"),
        pytest.param(("troops and soldiers " * 4 + "\n") * 60_000, 1, id="5MB wrapped paragraph"),
        pytest.param("A" + " " * 1_000_000 + "b", 1, id="a million spaces"),
        pytest.param("x.\u2019" + "\u2019" * 1_000_000 + "y", 1, id="a million closing quotes"),
        pytest.param("Mr. " * 250_000 + "Smith", 1, id="a million characters of Mr."),
        pytest.param("Troops came. " * 100_000, 100_000, id="100,000 sentences"),
        pytest.param("# " * 500_000 + "Title", 1, id="a million heading marks"),
        pytest.param("\n" * 1_000_000 + "Troops came.", 1, id="a million newlines"),
    ],
)
def test_pathological_inputs_complete(text: str, count: int) -> None:
    sentences = split_sentences(make_source(text))
    assert len(sentences) == count
    if sentences:
        last = sentences[-1]
        assert text[last.start : last.end].strip() == text[last.start : last.end]


# --- properties ------------------------------------------------------------------------

CHARACTERS = st.sampled_from(
    [
        *"aAbBtTxZ 09.!?\n\n \"'()-#>*+|,:",
        *("\u2019", "\u201d", "\u201c", "\u2026", "\u00a0", "\t", "\u2028", "\r"),
    ]
)
TOKENS = st.sampled_from(
    [
        *("The", "troops", "Mr.", "Dr.", "U.S.", "a.m.", "e.g.", "Inc.", "No.", "St.", "J."),
        *("3.5", "10/23/24", "11,000", "US$1.7", "...", "?", "!", '"', "\u2019", "(", ")"),
        *(" ", " ", " ", "\n", "\n\n", "- ", "# ", "1. ", "> ", "| ", "```", "    "),
        "This is a long line of ordinary prose that goes on until it needs wrapping here",
    ]
)
RANDOM_TEXT = st.one_of(
    st.text(alphabet=CHARACTERS, max_size=400),
    st.lists(TOKENS, max_size=120).map("".join),
)


@st.composite
def sources(draw: st.DrawFn) -> Source:
    text = draw(RANDOM_TEXT)
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=6)))
    if draw(st.booleans()) or len(cuts) < 2:
        keep: tuple[tuple[int, int], ...] = ((0, len(text)),)
    else:
        keep = tuple((cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2))
    return make_source(text, keep=keep)


@given(sources())
def test_sentences_are_ordered_slices_inside_keep_ranges(source: Source) -> None:
    check_invariants(source, split_sentences(source))


@given(sources())
def test_every_kept_letter_and_digit_is_in_a_sentence(source: Source) -> None:
    check_coverage(source, split_sentences(source))


@given(RANDOM_TEXT)
def test_split_is_deterministic(text: str) -> None:
    assert split_sentences(make_source(text)) == split_sentences(make_source(text))
