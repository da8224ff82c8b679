"""Tests for crosscheck.ingest: paths -> Source, decoding, HTML extraction, page chrome."""

from __future__ import annotations

import codecs
import hashlib
import io
import os
from pathlib import Path
from typing import BinaryIO

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import ingest
from crosscheck.chrome import find_chrome
from crosscheck.datelines import published_line
from crosscheck.errors import InputError
from crosscheck.ingest import load_source, read_sources
from crosscheck.models import SkippedFile, Source
from crosscheck.settings import Settings

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DEFAULTS = Settings()


def kept_text(source: Source) -> str:
    return "".join(source.text[start:end] for start, end in source.keep)


def skipped_text(source: Source) -> str:
    return "".join(source.text[region.start : region.end] for region in source.skipped)


def load(data: bytes, path: str = "article.txt") -> Source:
    result = load_source(path, data, DEFAULTS)
    assert isinstance(result, Source), result
    return result


def skip_reason(data: bytes, path: str = "article.txt") -> str:
    result = load_source(path, data, DEFAULTS)
    assert isinstance(result, SkippedFile), result
    return result.reason


@pytest.fixture(scope="module")
def seeds() -> dict[str, Source]:
    sources, skipped = read_sources([str(SEEDS)], DEFAULTS)
    assert skipped == ()
    return {Path(source.path).name[:3]: source for source in sources}


# --- the real seeds ----------------------------------------------------------------------


def test_seed_001_trailer_runs_from_the_ai_promo_to_the_end(seeds: dict[str, Source]) -> None:
    source = seeds["001"]
    (region,) = source.skipped
    assert source.text[region.start :].startswith("Try Our AI Features\n")
    assert source.text[region.start - 1] == "\n"
    assert region.end == len(source.text)
    assert region.reason == "page chrome: Comments"
    assert region.preview.startswith("Try Our AI Features")
    assert source.line_of(region.start)[0] == region.line
    kept = kept_text(source)
    for chrome in ("US$550 billion", "Related Articles", "Try Our AI", "Daily8"):
        assert chrome not in kept
    assert kept.rstrip().endswith("Read the original article.")


def test_seed_004_page_chrome_lines_and_comments_trailer(seeds: dict[str, Source]) -> None:
    source = seeds["004"]
    removed = [source.text[region.start : region.end] for region in source.skipped]
    assert removed[0] == "top of page"
    assert removed[-1].startswith("Comments")
    assert removed[-1].rstrip().endswith("bottom of page")
    kept = kept_text(source)
    assert "up to 12,000 troops" in kept
    for chrome in ("top of page", "Comments", "bottom of page"):
        assert chrome not in kept


def test_seed_000_read_more_list_skipped_disclosure_kept(seeds: dict[str, Source]) -> None:
    source = seeds["000"]
    (region,) = source.skipped
    removed = source.text[region.start : region.end]
    assert removed.startswith("Read more:\n- This isn")
    assert removed.endswith("is it even possible?")
    assert removed.count("\n- ") == 3
    kept = kept_text(source)
    assert "Read more" not in kept
    assert kept.endswith("beyond their academic appointment.")
    assert "republished from The Conversation" in kept


@pytest.mark.parametrize("seed", ["002", "003"])
def test_seeds_without_chrome_are_kept_whole(seeds: dict[str, Source], seed: str) -> None:
    source = seeds[seed]
    assert source.skipped == ()
    assert source.keep == ((0, len(source.text)),)


def test_seed_records_are_complete(seeds: dict[str, Source]) -> None:
    for source in seeds.values():
        assert source.encoding == "utf-8"
        assert source.format == "text"
        assert len(source.sha256) == 64
        assert source.line_map is None
        assert source.warnings == ()


# --- paths -------------------------------------------------------------------------------


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    path.write_bytes(data)
    return path


def test_folder_walk_sorted_hidden_skipped_and_display_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "docs" / "b.txt", "Second article.")
    write(tmp_path / "docs" / "a.md", "First article.")
    write(tmp_path / "docs" / "sub" / "c.html", "<p>Nested article.</p>")
    write(tmp_path / "docs" / ".hidden.txt", "Hidden.")
    write(tmp_path / "docs" / ".git" / "notes.txt", "Hidden folder.")
    write(tmp_path / "docs" / "sub" / ".draft.md", "Hidden draft.")
    monkeypatch.chdir(tmp_path)

    sources, skipped = read_sources(["docs/"], DEFAULTS)

    assert [s.path for s in sources] == ["docs/a.md", "docs/b.txt", "docs/sub/c.html"]
    assert [s.format for s in sources] == ["markdown", "text", "html"]
    assert skipped == ()
    sources_again, _ = read_sources(["docs"], DEFAULTS)
    assert [s.path for s in sources_again] == [s.path for s in sources]
    sources_doubled, _ = read_sources(["docs//"], DEFAULTS)
    assert [s.path for s in sources_doubled] == [s.path for s in sources]


def test_unsupported_extension_in_folder_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", "An article.")
    write(tmp_path / "table.csv", "a,b\n1,2\n")
    write(tmp_path / "README", "No extension.")

    sources, skipped = read_sources([str(tmp_path)], DEFAULTS)

    assert [Path(s.path).name for s in sources] == ["story.txt"]
    reasons = {Path(item.path).name: item.reason for item in skipped}
    kinds = "not a text, Markdown, MDX, reStructuredText, AsciiDoc or HTML file"
    assert reasons == {"README": f"{kinds} (no extension)", "table.csv": f"{kinds} (.csv)"}


def test_file_named_explicitly_is_read_whatever_its_extension(tmp_path: Path) -> None:
    path = write(tmp_path / "story.csv", "An article about 5,000 shells.")
    sources, skipped = read_sources([str(path)], DEFAULTS)
    assert skipped == ()
    assert [s.path for s in sources] == [str(path)]
    assert sources[0].format == "text"
    # ...also when its folder is given too.
    sources, skipped = read_sources([str(tmp_path), str(path)], DEFAULTS)
    assert (len(sources), skipped) == (1, ())


def test_missing_path_raises_before_reading_anything(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", "An article.")
    stdin = io.BytesIO(b"Piped article.")
    missing = str(tmp_path / "nope.txt")
    with pytest.raises(InputError) as caught:
        read_sources([str(tmp_path), "-", missing], DEFAULTS, stdin=stdin)
    assert str(caught.value) == f"{missing}: no such file or directory"
    assert stdin.tell() == 0


def test_stdin_is_read_under_its_name() -> None:
    stdin = io.BytesIO(b"Piped article about 11,000 troops.\r\n")
    sources, skipped = read_sources(["-"], DEFAULTS, stdin=stdin, stdin_name="<stdin>")
    assert skipped == ()
    (source,) = sources
    assert source.path == "<stdin>"
    assert source.text == "Piped article about 11,000 troops.\n"


def test_stdin_named_like_html_is_html() -> None:
    stdin = io.BytesIO(b"<p>One.</p><p>Two.</p>")
    sources, _ = read_sources(["-", "-"], DEFAULTS, stdin=stdin, stdin_name="page.html")
    (source,) = sources
    assert (source.format, source.text) == ("html", "One.\n\nTwo.")


def test_same_file_given_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", "An article.")
    spelled_otherwise = f"{tmp_path}//./story.txt"
    sources, skipped = read_sources([str(path), str(path), spelled_otherwise], DEFAULTS)
    assert [s.path for s in sources] == [str(path)]
    assert skipped == ()


def test_oversize_file_is_skipped_naming_the_setting(tmp_path: Path) -> None:
    path = write(tmp_path / "dump.txt", "x" * 2_000)
    small = Settings(max_file_bytes=1_000)
    sources, skipped = read_sources([str(path)], small)
    assert sources == ()
    (item,) = skipped
    assert item.path == str(path)
    assert "2,000 bytes" in item.reason
    assert "1,000" in item.reason
    assert "max_file_bytes" in item.reason
    assert "max_file_bytes" in skip_reason_with(small, b"y" * 1_001)


def skip_reason_with(settings_: Settings, data: bytes) -> str:
    result = load_source("-", data, settings_)
    assert isinstance(result, SkippedFile)
    return result.reason


def test_oversize_stdin_is_skipped() -> None:
    stdin = io.BytesIO(b"z" * 5_000)
    sources, skipped = read_sources(["-"], Settings(max_file_bytes=100), stdin=stdin)
    assert sources == ()
    assert "max_file_bytes" in skipped[0].reason


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_directory_loop_and_broken_link_are_reported_not_fatal(tmp_path: Path) -> None:
    write(tmp_path / "news" / "story.txt", "An article.")
    os.symlink(tmp_path / "news", tmp_path / "news" / "loop")
    os.symlink(tmp_path / "gone.txt", tmp_path / "news" / "broken.txt")

    sources, skipped = read_sources([str(tmp_path / "news")], DEFAULTS)

    assert [Path(s.path).name for s in sources] == ["story.txt"]
    reasons = {Path(item.path).name: item.reason for item in skipped}
    assert reasons["loop"].startswith("directory loop")
    assert reasons["broken.txt"] == "broken symbolic link"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads unreadable files"
)
def test_unreadable_file_is_skipped_and_others_read(tmp_path: Path) -> None:
    locked = write(tmp_path / "locked.txt", "Secret.")
    write(tmp_path / "open.txt", "Public.")
    locked.chmod(0)
    try:
        sources, skipped = read_sources([str(tmp_path)], DEFAULTS)
    finally:
        locked.chmod(0o600)
    assert [Path(s.path).name for s in sources] == ["open.txt"]
    assert skipped[0].reason.startswith("cannot read: ")


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (PermissionError(13, "Permission denied"), "cannot read: Permission denied"),
        (FileNotFoundError(2, "No such file"), "file vanished before it could be read"),
        (IsADirectoryError(21, "Is a directory"), "cannot read: Is a directory"),
    ],
)
def test_read_errors_skip_only_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, reason: str
) -> None:
    bad = write(tmp_path / "bad.txt", "Unlucky.")
    write(tmp_path / "good.txt", "Fine.")

    def failing_open(file: str, mode: str) -> BinaryIO:
        assert mode == "rb"
        if Path(file) == bad:
            raise error
        return open(file, "rb")

    monkeypatch.setattr(ingest, "open", failing_open, raising=False)
    sources, skipped = read_sources([str(tmp_path)], DEFAULTS)
    assert [Path(s.path).name for s in sources] == ["good.txt"]
    assert skipped == (SkippedFile(path=f"{tmp_path}/bad.txt", reason=reason),)


# --- decoding ----------------------------------------------------------------------------


def test_utf8_bom_is_stripped() -> None:
    source = load(codecs.BOM_UTF8 + "Caf\u00e9 owners.".encode())
    assert (source.text, source.encoding, source.warnings) == ("Caf\u00e9 owners.", "utf-8-sig", ())


@pytest.mark.parametrize(
    ("codec", "bom", "expected"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32-le"),
        ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_utf16_and_utf32_with_bom(codec: str, bom: bytes, expected: str) -> None:
    text = "Kim Jong Un sent 12,000 troops \u2013 \u201cofficials\u201d said.\r\nSecond."
    source = load(bom + text.encode(codec))
    assert source.encoding == expected
    assert source.text == text.replace("\r\n", "\n")
    assert source.warnings == ()


def test_cp1252_is_decoded_with_a_warning() -> None:
    source = load(b"caf\xe9 \x93quoted\x94")
    assert source.text == "caf\u00e9 \u201cquoted\u201d"
    assert source.encoding == "cp1252"
    assert source.warnings == ("decoded as cp1252; not valid UTF-8",)


def test_other_legacy_encodings_are_guessed() -> None:
    text = "\u041f\u0440\u0438\u0432\u0435\u0442, \u043a\u0430\u043a \u0434\u0435\u043b\u0430? "
    source = load((text * 5).encode("cp1251"))
    assert source.text == text * 5
    assert source.warnings == (f"decoded as {source.encoding}; not valid UTF-8",)


def test_mostly_utf8_with_a_bad_byte_is_replaced_with_a_warning() -> None:
    source = load("Caf\u00e9 na\u00efve ".encode() + b"\xff" + " r\u00e9sum\u00e9".encode())
    assert source.text == "Caf\u00e9 na\u00efve \ufffd r\u00e9sum\u00e9"
    assert source.encoding == "utf-8"
    assert source.warnings == ("invalid UTF-8 bytes replaced with U+FFFD",)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"GIF89a\x01\x00", "GIF image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"PK\x03\x04\x14\x00", "ZIP archive"),
        (b"\x1f\x8b\x08\x00", "gzip archive"),
        (b"7z\xbc\xaf\x27\x1c\x00", "7z archive"),
        (b"\x7fELF\x02\x01\x01", "ELF executable"),
        (b"Looks like text\x00\x00\x01\x02 but is not", "contains NUL bytes"),
    ],
)
def test_binary_files_are_skipped(data: bytes, kind: str) -> None:
    assert skip_reason(data) == f"binary file ({kind})"


def test_binary_file_in_folder_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "scan.txt", b"%PDF-1.4 binary")
    sources, skipped = read_sources([str(tmp_path)], DEFAULTS)
    assert sources == ()
    assert skipped == (SkippedFile(path=f"{tmp_path}/scan.txt", reason="binary file (PDF)"),)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8 + b"\n\n"])
def test_empty_files_are_skipped(data: bytes) -> None:
    assert skip_reason(data) == "empty file"


def test_newlines_are_normalized_and_sha256_is_of_raw_bytes() -> None:
    data = b"One.\r\nTwo.\rThree.\n\r\nFour."
    source = load(data)
    assert source.text == "One.\nTwo.\nThree.\n\nFour."
    assert source.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("path", "data", "fmt"),
    [
        ("a.md", b"# Title\n\nText.", "markdown"),
        ("a.markdown", b"Text.", "markdown"),
        ("a.txt", b"Text.", "text"),
        ("a.HTM", b"<p>Text.</p>", "html"),
        ("a.txt", b"  \n<!DOCTYPE html><html><body><p>Text.</p></body></html>", "html"),
        ("-", b"<html lang='en'><p>Text.</p></html>", "html"),
        ("a.txt", b"<p>Text.</p>", "text"),
    ],
)
def test_format_from_extension_and_sniffing(path: str, data: bytes, fmt: str) -> None:
    assert load(data, path).format == fmt


# --- HTML --------------------------------------------------------------------------------

PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <title>North Korea sends troops</title>
  <meta property="article:published_time" content="2024-10-23T09:00:00Z">
  <style>p { color: red; }</style>
  <script>var x = "<p>not text</p>";</script>
</head>
<body class="single has-sidebar">
<nav><ul><li><a href="/">Home</a><li><a href="/world">World</a></ul></nav>
<article>
<h1>North Korea sends troops</h1>
<div class="share-buttons"><a>Share on Facebook</a> <a>Tweet</a></div>
<p>North Korea has sent up to 12,000 troops
to Russia, officials said.</p>
<p>The deployment began in October &amp; continued.<br>A second line.
<p>An unclosed paragraph with caf&eacute; and&nbsp;a no-break space.</p>
<script>document.write("<p>Injected</p>")</script>
<aside class="related"><h2>Related</h2><p>Other story about 5,000 shells.</p></aside>
<table><tr><td>Troops</td><td>12,000</td></tr></table>
</article>
<footer>Copyright 2024 Example News</footer>
<div id="cookie-banner">We use cookies.</div>
</body>
</html>
"""


@pytest.fixture(scope="module")
def page() -> Source:
    return load(PAGE.encode(), "page.html")


def test_html_keeps_only_article_text(page: Source) -> None:
    assert page.format == "html"
    assert page.text == (
        "North Korea sends troops\n\n"
        "North Korea has sent up to 12,000 troops to Russia, officials said.\n\n"
        "The deployment began in October & continued.\n\n"
        "A second line.\n\n"
        "An unclosed paragraph with caf\u00e9 and\u00a0a no-break space.\n\n"
        "Troops 12,000"
    )
    assert page.keep == ((0, len(page.text)),)


def test_html_reads_the_published_date(page: Source) -> None:
    assert page.published == "2024-10-23"


def test_html_line_map_points_at_the_html_lines(page: Source) -> None:
    html_lines = PAGE.split("\n")
    assert page.line_map is not None
    assert len(page.line_map) == page.text.count("\n") + 1
    for needle, html_line in [
        ("North Korea sends troops", 12),
        ("12,000 troops", 14),
        ("A second line", 16),
        ("unclosed paragraph", 17),
        ("Troops 12,000", 20),
    ]:
        line, _ = page.line_of(page.text.index(needle))
        assert line == html_line
        assert needle.split()[0] in html_lines[line - 1]


def test_html_chrome_is_recorded_as_regions(page: Source) -> None:
    found = {region.reason: region for region in page.skipped}
    assert set(found) == {
        "page chrome: <nav>",
        "page chrome: <div class='share-buttons'>",
        "page chrome: <aside class='related'>",
        "page chrome: <footer>",
        "page chrome: <div id='cookie-banner'>",
    }
    related = found["page chrome: <aside class='related'>"]
    assert related.preview == "Related Other story about 5,000 shells."
    assert (related.line, related.end_line) == (19, 19)
    assert related.start == related.end == page.text.index("\n\nTroops 12,000")
    assert found["page chrome: <nav>"].start == 0
    assert all(region.start == region.end for region in page.skipped)


def test_html_unclosed_chrome_ends_with_its_parent() -> None:
    source = load(
        b"<html><body><div><aside class='promo'>Buy now<p>50% off</div>"
        b"<p>Troops arrived.</p><section><li>one<li>two</section></body></html>",
        "x.html",
    )
    assert source.text == "Troops arrived.\n\none\n\ntwo"
    (region,) = source.skipped
    assert region.preview == "Buy now 50% off"


def test_html_published_from_meta_name_or_first_time() -> None:
    by_meta = load(b'<meta name="date" content="2023-07-01"><p>Text.</p>', "a.html")
    assert by_meta.published == "2023-07-01"
    by_time = load(
        b'<p>Posted <time datetime="2022-02-24T05:00">Feb 24</time>.</p>'
        b'<p><time datetime="2020-01-01">older</time></p>',
        "a.html",
    )
    assert by_time.published == "2022-02-24"
    assert load(b'<p><time datetime="soon">x</time></p>', "a.html").published is None


def test_html_class_that_holds_the_article_is_not_dropped() -> None:
    source = load(
        b"<div class='page with-sidebar'><h1>Headline</h1><p>Body text.</p></div>"
        b"<div class='sidebar'>Ads</div>",
        "a.html",
    )
    assert source.text == "Headline\n\nBody text."
    assert [r.preview for r in source.skipped] == ["Ads"]


def test_html_pre_keeps_its_lines() -> None:
    source = load(b"<p>Intro.</p>\n<pre>a  b\nc</pre>", "a.html")
    assert source.text == "Intro.\n\na  b\nc"
    assert source.line_map == (1, 2, 2, 3)


def test_html_text_chrome_rules_apply_to_extracted_text() -> None:
    markup = (
        "<html><body>\n<p>Troops arrived in Kursk on Monday, officials said.</p>\n"
        "<p>Advertisement</p>\n<h3>Most read</h3>\n<p>Another story.</p>\n</body></html>"
    )
    source = load(markup.encode(), "a.html")
    assert kept_text(source).strip() == "Troops arrived in Kursk on Monday, officials said."
    # The trailer takes the chrome line just before it along.
    (region,) = source.skipped
    assert (region.reason, region.line, region.end_line) == ("page chrome: Most read", 3, 5)
    assert source.text[region.start :].startswith("Advertisement")


def test_html_with_only_chrome_is_skipped() -> None:
    reason = skip_reason(b"<html><nav>Home</nav><script>x()</script></html>", "a.html")
    assert reason.startswith("no article text")


@pytest.mark.parametrize(
    "markup",
    [
        "<![ x",
        "<![foo[bar]]><p>After.</p>",
        "<p>a</b></i></div></p></p>",
        "<div><div><div>",
        "<" * 50,
        "</br><br/><p/>",
        "<svg><p>hidden</p>",
    ],
)
def test_malformed_html_does_not_raise(markup: str) -> None:
    result = load_source("a.html", markup.encode(), DEFAULTS)
    assert isinstance(result, Source | SkippedFile)


# --- page chrome in text --------------------------------------------------------------------


def regions_of(text: str) -> list[str]:
    _, regions = find_chrome(text)
    return [text[region.start : region.end] for region in regions]


PROSE = "North Korea sent 12,000 troops to Russia, according to officials."


def test_single_chrome_lines_anywhere() -> None:
    text = f"Skip to main content\n{PROSE}\n  ADVERTISEMENT  \n{PROSE}\nShare this article:\n"
    assert regions_of(text) == ["Skip to main content", "  ADVERTISEMENT  ", "Share this article:"]


def test_chrome_word_inside_a_sentence_is_kept() -> None:
    text = f"{PROSE}\nRead the original article.\nPrint and email editions sold out.\n"
    assert regions_of(text) == []


def test_trailer_marker_runs_to_the_end_and_absorbs_labels() -> None:
    text = f"{PROSE}\n\nFollow our coverage\nGet the app\n\n## Related Articles\nOther.\n"
    (removed,) = regions_of(text)
    assert removed == "Follow our coverage\nGet the app\n\n## Related Articles\nOther.\n"


def test_trailer_markers_variants() -> None:
    for marker in [
        "Comments (12)",
        "12 Comments",
        "More from Reuters",
        "You may also like",
        "TRENDING",
    ]:
        text = f"{PROSE}\n{marker}\nSomething else.\n"
        assert regions_of(text) == [f"{marker}\nSomething else.\n"], marker


def test_trailer_marker_before_any_prose_is_only_a_line() -> None:
    text = f"Latest news\nHeadline of the story\n{PROSE}\n"
    assert regions_of(text) == ["Latest news"]


def test_long_run_of_short_lines_before_trailer_is_not_absorbed() -> None:
    facts = "\n".join(f"- Fact number {n}" for n in range(8))
    text = f"{PROSE}\n{facts}\nComments\nnone\n"
    assert regions_of(text) == ["Comments\nnone\n"]


def test_link_list_needs_list_items() -> None:
    listed = f"{PROSE}\nSee also:\n\n* One story\n* Another story\n\n{PROSE}\n"
    assert regions_of(listed) == ["See also:\n\n* One story\n* Another story"]
    assert regions_of(f"{PROSE}\nSee also:\n{PROSE}\n") == []


def test_regions_give_lines_and_previews() -> None:
    text = f"{PROSE}\nShare\n{PROSE}\nRelated\n\n\nA   long\ttrailer line\n"
    keep, (share, trailer) = find_chrome(text)
    assert (share.line, share.end_line, share.reason) == (2, 2, "page chrome: Share")
    assert (trailer.line, trailer.end_line) == (4, 7)
    assert trailer.preview == "Related A long trailer line"
    assert keep == ((0, share.start), (share.end, trailer.start))


def test_empty_text_has_nothing_to_keep() -> None:
    assert find_chrome("") == ((), ())


# --- properties ----------------------------------------------------------------------------

MARKERS = [
    "Share",
    "Related Articles",
    "Comments",
    "Read more:",
    "See also:",
    "- a link",
    "* another",
    "More from X",
    "top of page",
    "Advertisement",
    "",
    "  ",
    "Try Our AI Features",
    PROSE,
]
lines = st.one_of(st.sampled_from(MARKERS), st.text(max_size=80))


@given(st.lists(lines, max_size=30).map("\n".join))
@settings(max_examples=300, deadline=None)
def test_find_chrome_partitions_the_text(text: str) -> None:
    keep, regions = find_chrome(text)
    pieces = sorted([*keep, *((region.start, region.end) for region in regions)])
    position = 0
    for start, end in pieces:
        assert start == position
        assert start < end <= len(text)
        position = end
    assert position == len(text)
    assert list(keep) == sorted(keep)
    assert [r.start for r in regions] == sorted(r.start for r in regions)
    for region in regions:
        assert region.line == text.count("\n", 0, region.start) + 1
        assert region.line <= region.end_line <= text.count("\n") + 1
        assert len(region.preview) <= 60


@given(st.binary(max_size=2_000), st.sampled_from(["a.txt", "a.html", "a.md", "-"]))
@settings(max_examples=300, deadline=None)
def test_load_source_never_raises(data: bytes, path: str) -> None:
    result = load_source(path, data, DEFAULTS)
    if isinstance(result, Source):
        assert result.text.strip()
        assert "\r" not in result.text
        assert not result.text.startswith("\ufeff")
        assert result.keep
        assert all(0 <= start < end <= len(result.text) for start, end in result.keep)
        if result.line_map is not None:
            assert len(result.line_map) == result.text.count("\n") + 1


html_bits = st.sampled_from(
    ["<p>", "</p>", "<div class='share'>", "</div>", "<br>", "<pre>", "</pre>", "<li>", "\n",
     "Text.", " ", "&amp;", "<aside>", "</aside>", "<![x", "<h1>", "<script>", "</script>",
     "Comments", "<time datetime='2024-01-02'>", "<td>", "<!--", "-->"]
)  # fmt: skip


@given(st.lists(st.one_of(html_bits, st.text(max_size=10)), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_html_extraction_never_raises(markup: str) -> None:
    result = load_source("a.html", markup.encode(), DEFAULTS)
    if isinstance(result, Source):
        assert result.line_map is not None
        assert len(result.line_map) == result.text.count("\n") + 1
        html_lines = markup.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
        assert all(1 <= line <= html_lines for line in result.line_map)


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("Headline\nPublished: 2024-03-04 08:10 UTC\n\nBody.", "2024-03-04T08:10"),
        ("Updated March 4, 2024, 3:15 p.m.\nBody.", "2024-03-04T15:15"),
        ("4 March 2024\n\nBody.", "2024-03-04"),
        ("Posted on Monday, Sept. 9, 2024\nBody.", "2024-09-09"),
        ("Headline\n\nBody written on March 4, 2024 about a deal.", None),
        ("Published: 2024-02-30\nBody.", None),
    ],
)
def test_published_date_line(text: str, stamp: str | None) -> None:
    assert published_line(text) == stamp
    source = load_source("a.txt", text.encode(), Settings())
    assert isinstance(source, Source) and source.published == stamp


def test_a_teaser_line_for_another_page_is_chrome() -> None:
    text = (
        "One woman died and three others were injured in the rampage.\n"
        "Related: Police: 5 officers dead, 7 hurt in Dallas protest shooting\n"
        "PHOTOS: 1 dead, 4 injured in Bristol View as list (Photo: WJHL) (Photo: WJHL)\n"
        "Related: the suspect was known to police. He had served time. Officers said so.\n"
        "RELATED STORY: Officer-involved shooting that killed 6-year-old, on video\n"
        "READ: Gunman kills 10 people at Colorado supermarket, including police officer\n"
    )
    _, regions = find_chrome(text)
    assert [(r.line, r.reason) for r in regions] == [
        (2, "page chrome: Related"),
        (3, "page chrome: PHOTOS"),
        (5, "page chrome: RELATED STORY"),
        (6, "page chrome: READ"),
    ]


def test_tags_left_in_plain_text_are_skipped_not_read() -> None:
    text = (
        'EMBED More News Videos <iframe width="476" height="267" frameborder="0"></iframe> '
        "8 killed, gunman dead, police say.\nOfficers said x < 5 and y > 2 in prose.\n"
    )
    keep, skipped = find_chrome(text)
    kept = "".join(text[a:b] for a, b in keep)
    assert "476" not in kept and "frameborder" not in kept
    assert "8 killed" in kept and "x < 5 and y > 2" in kept
    assert [r.reason for r in skipped] == ["markup tag"]
