"""Tests for crosscheck.webpage: a page's main text, its line map and what was left out."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import webpage
from crosscheck.datelines import published_line
from crosscheck.ingest import load_source
from crosscheck.models import SkippedFile, Source
from crosscheck.settings import Settings
from crosscheck.webpage import OUTSIDE_MAIN_TEXT, read_page

# A made-up news page, long enough for the library to find its article.
PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Floods in Port Merran | The Valley Courier</title>
  <script type="application/ld+json">{"@type": "NewsArticle",
    "articleBody": "At least 14 people died after the Merran river burst its banks"}</script>
</head>
<body>
<nav class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="breaking">Breaking: markets open lower</div>
<article>
<h1>Floods in Port Merran leave 14 dead</h1>
<p class="byline">By Hana Obi in Port Merran | 14 October 2026</p>
<div class="share-tools">Share on Facebook | Share on X | Email this article</div>
<p>At least 14 people died after the Merran river burst its banks on Tuesday night,
the regional emergency service said, and some 2,300 residents were moved to shelters
in schools and sports halls across the valley.</p>
<p>The river rose by 4.2 metres in six hours, the highest level recorded since 1987,
according to the hydrological office. Rescue teams reached the <a href="/x">last
cut-off villages</a> on Wednesday morning.</p>
<ul>
  <li>Shelters: 31 schools and halls</li>
  <li>Roads closed: 12, including the coast road</li>
</ul>
<p>The mayor, Ilse Varga, said damage to the harbour alone would cost about
&euro;40 million to repair &amp; that the town would ask the government for help.</p>
</article>
<aside class="related"><h3>Related stories</h3>
<ul><li><a href="/a">Storm warning for the coast</a></li>
<li><a href="/b">Harbour plans</a></li></ul>
</aside>
<footer>&copy; 2026 The Valley Courier. <a href="/privacy">Privacy</a></footer>
</body>
</html>
"""
HTML_LINES = PAGE.split("\n")
WORDS = re.compile(r"\w+")


@pytest.fixture(scope="module")
def page() -> webpage.Page:
    return read_page(PAGE, published_line)


def test_the_library_reads_the_article(page: webpage.Page) -> None:
    assert page.reader == "trafilatura"
    assert page.text.startswith("Floods in Port Merran leave 14 dead\n\n")
    for kept in ("some 2,300 residents", "4.2 metres", "€40 million to repair & that"):
        assert kept in " ".join(page.text.split())
    for chrome in ("Home", "Breaking", "Share on Facebook", "Storm warning", "Privacy"):
        assert chrome not in page.text
    # One paragraph per line, a blank line between.
    assert "\n\n\n" not in page.text


def test_every_kept_line_maps_to_the_html_line_where_it_starts(page: webpage.Page) -> None:
    lines = page.text.split("\n")
    assert len(page.line_map) == len(lines)
    for line, html_line in zip(lines, page.line_map, strict=True):
        if not line:
            continue
        first_words = " ".join(WORDS.findall(line)[:2])
        visible = " ".join(WORDS.findall(re.sub(r"<[^>]*>", " ", HTML_LINES[html_line - 1])))
        assert first_words in visible, (line, html_line)


def test_line_map_of_a_paragraph_wrapped_in_the_html(page: webpage.Page) -> None:
    number = next(i for i, line in enumerate(page.text.split("\n")) if "4.2 metres" in line)
    assert page.line_map[number] == 18  # "<p>The river rose by 4.2 metres..." starts there


def test_left_out_text_is_a_region_with_a_reason(page: webpage.Page) -> None:
    by_preview = {region.preview: region for region in page.regions}
    nav = next(r for r in page.regions if r.preview.startswith("Home News Sport"))
    assert nav.reason == "page chrome: <nav class='top'>"
    assert (nav.start, nav.end, nav.line) == (0, 0, 9)
    related = next(r for r in page.regions if r.preview.startswith("Related stories"))
    assert related.reason == "page chrome: <aside class='related'>"
    assert (related.line, related.end_line) == (28, 32)  # the aside, then the footer
    assert related.start == related.end == len(page.text)
    byline = next(r for r in page.regions if r.preview.startswith("By Hana Obi"))
    assert byline.reason == OUTSIDE_MAIN_TEXT
    assert page.text[: byline.start].endswith("leave 14 dead")
    assert all(region.start == region.end for region in by_preview.values())
    assert all(len(region.preview) <= webpage.PREVIEW_CHARS for region in page.regions)


def test_date_from_the_byline_when_the_markup_has_none(page: webpage.Page) -> None:
    # The library leaves the byline out; the own rules' first lines still hold it.
    assert page.published == "2026-10-14"


def test_date_from_meta_first_then_time_then_htmldate() -> None:
    body = "<p>" + "Quake survivors were found in the rubble on Friday. " * 8 + "</p>"
    meta = '<html><head><meta property="article:published_time" content="2025-01-02T10:00Z">'
    assert read_page(f"{meta}</head><body>{body}</body></html>").published == "2025-01-02"
    timed = f'<html><body><time datetime="2024-05-06">May 6</time>{body}</body></html>'
    assert read_page(timed).published == "2024-05-06"
    ld = (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "datePublished": "2023-07-08T09:00:00Z"}</script></head>'
        f"<body>{body}</body></html>"
    )
    assert read_page(ld).published == "2023-07-08"  # htmldate reads JSON-LD


def test_short_page_is_read_by_the_own_rules() -> None:
    page = read_page("<div class='sidebar'>Ads</div><h1>Headline</h1><p>Body text.</p>")
    assert page.reader == "own rules"
    assert page.text == "Headline\n\nBody text."
    assert [r.reason for r in page.regions] == ["page chrome: <div class='sidebar'>"]


def test_own_rules_beat_the_library_on_a_short_page() -> None:
    import trafilatura

    markup = (
        "<html><body><nav>Home | World</nav><article><h1>Troops arrive</h1>"
        "<div class='share'>Share on Facebook | Tweet</div>"
        "<p>North Korea has sent up to 12,000 troops to Russia, officials said.</p>"
        "<p>The deployment began in October.</p></article></body></html>"
    )
    dump = trafilatura.extract(markup, fast=True, favor_recall=True, include_comments=False)
    assert dump is not None and "Share on Facebook" in dump  # under 250 characters
    page = read_page(markup)
    assert page.reader == "own rules"
    assert page.text == (
        "Troops arrive\n\nNorth Korea has sent up to 12,000 troops to Russia, officials said."
        "\n\nThe deployment began in October."
    )


def test_sidebar_layout_classes_do_not_lose_the_article() -> None:
    # vox.com and theverge.com wrap the article in "l-sidebar-fixed ... l-article-body";
    # the old rules dropped the whole page.
    paragraphs = "".join(
        f"<p>Paragraph {n} says the dam held back 3,{n}00 cubic metres of water a second.</p>\n"
        for n in range(1, 8)
    )
    markup = (
        "<html><body><div class='l-sidebar-fixed l-segment l-article-body'>\n"
        f"<h1>Dam holds</h1>\n{paragraphs}</div></body></html>"
    )
    page = read_page(markup)
    assert page.reader == "trafilatura"
    assert "Paragraph 7 says the dam held back 3,700 cubic metres" in page.text


def test_a_line_the_library_changed_is_found_by_its_first_words() -> None:
    words = webpage._Words(
        [webpage._Piece("Intro.", 1, None, 0, False), webpage._Piece("x" * 40, 3, None, 0, False)]
    )  # type: ignore[arg-type]
    found = words.find("x" * 30 + "changed", 0)
    assert found is not None and found.in_order and words.line_at(found.start) == 3


def test_decomposed_accents_in_the_page_are_found_in_the_librarys_nfc_text() -> None:
    paragraph = "Le pre\u0301fet a compte\u0301 {n} maisons de\u0301truites dans la valle\u0301e."
    body = "".join(f"<p>{paragraph.format(n=n * 10)}</p>\n" for n in range(1, 9))
    page = read_page(f"<html><body><article>\n{body}</article></body></html>")
    assert page.reader == "trafilatura"
    assert "pr\u00e9fet" in page.text
    assert (
        page.line_map[
            page.text.split("\n").index(next(x for x in page.text.split("\n") if "80 maisons" in x))
        ]
        == 9
    )
    assert [r.reason for r in page.regions] == []


def test_a_page_whose_lines_are_not_found_costs_a_bounded_search() -> None:
    words = webpage._Words([webpage._Piece("a" * 1000, 1, None, 0, False)])  # type: ignore[arg-type]
    for _ in range(webpage.WIDE_SEARCHES + 5):
        assert words.find("zzz", 0) is None
    assert words.wide_searches_left == 0


def test_lines_past_what_lxml_counts_are_counted_from_the_text() -> None:
    filler = "<p>filler</p>\n" * (webpage.MAX_SOURCELINE + 10)
    article = "".join(
        f"<p>Line {n}: officials counted {n * 100} damaged homes in the district.</p>\n"
        for n in range(1, 9)
    )
    markup = f"<html><body><div class='promo'>{filler}</div>\n<article>{article}</article>"
    page = read_page(markup + "</body></html>")
    first = page.text.split("\n").index(next(x for x in page.text.split("\n") if "Line 1:" in x))
    assert page.line_map[first] == webpage.MAX_SOURCELINE + 12


def test_load_source_uses_the_page_reader_and_keeps_its_regions() -> None:
    source = load_source("page.html", PAGE.encode(), Settings())
    assert isinstance(source, Source)
    assert source.keep == ((0, len(source.text)),)
    assert source.line_map is not None
    assert {r.reason for r in source.skipped} >= {"page chrome: <nav class='top'>"}
    assert source.published == "2026-10-14"
    assert source.line_of(source.text.index("some 2,300"))[0] == 15  # its paragraph's line


def test_mojibake_is_repaired_in_the_page_text_and_regions_follow() -> None:
    broken = PAGE.replace("Port Merran leave", "Port MerrÃ©an leave")
    source = load_source("page.html", broken.encode(), Settings())
    assert isinstance(source, Source)
    assert "Merr\u00e9an" in source.text
    assert any("mojibake repaired" in w for w in source.warnings)
    byline = next(r for r in source.skipped if r.preview.startswith("By Hana Obi"))
    assert source.text[: byline.start].endswith("leave 14 dead")


# --- properties ---------------------------------------------------------------------------

PARAGRAPH = "<p>Officials said 12,000 troops had crossed the border by Tuesday night.</p>"
bits = st.sampled_from(
    [PARAGRAPH, "<div class='share'>", "</div>", "<nav>", "</nav>", "<br>", "<pre>", "</pre>",
     "\n", "<li>", "<table><tr><td>", "</td></tr></table>", "<script>", "</script>",
     "<h1>", "</h1>", "&amp;", "<!--", "-->", "<![x", "<?pi?>", "<aside>", "</aside>"]
)  # fmt: skip


@given(st.lists(st.one_of(bits, st.text(max_size=12)), max_size=60).map("".join))
@settings(max_examples=200, deadline=None)
def test_read_page_never_raises_and_keeps_its_invariants(markup: str) -> None:
    markup = markup.replace("\r\n", "\n").replace("\r", "\n")  # as ingest gives it
    page = read_page(markup, published_line)
    html_lines = markup.count("\n") + 1
    if page.text:
        assert len(page.line_map) == page.text.count("\n") + 1
        assert all(1 <= line <= html_lines for line in page.line_map)
    for region in page.regions:
        assert 0 <= region.start == region.end <= len(page.text)
        assert 1 <= region.line <= region.end_line <= html_lines
        assert region.preview and len(region.preview) <= webpage.PREVIEW_CHARS


@given(st.lists(bits, min_size=1, max_size=40).map("".join))
@settings(max_examples=100, deadline=None)
def test_load_source_on_pages_never_raises(markup: str) -> None:
    result = load_source("a.html", markup.encode(), Settings())
    assert isinstance(result, Source | SkippedFile)
