"""Documentation readers: Markdown/MDX (markup.py), reStructuredText, AsciiDoc, and the
Source they make (line provenance, frontmatter, tables, links)."""

from __future__ import annotations

import html

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crosscheck.ingest import load_source
from crosscheck.markup import _MARKERS, read_markup, slug
from crosscheck.models import Source
from crosscheck.settings import Settings

DEFAULTS = Settings()

PAGE = """---
title: Acme Cloud
description: Acme Cloud hosts 5,000 apps.
date: 2025-03-01
---
import { R } from '@components'

# Acme Cloud

Acme Cloud raised \\$50 million in April 2025 <R id="a1b2c3" />.
See [issue 4512](https://github.com/acme/cloud/issues/4512) and version 2.3.1 of the SDK.

<Callout type="note">
The Pro plan allows 5,000 branches per project.
</Callout>

```js
const limit = 9000;
```

Use `maxConnections = 100` to tune it.

| Plan | Branches | Price ($/mo) |
|---|---|---|
| [Free](/plans/free) | 10 | 0 |
| Pro | 5,000 | 19 |
"""


def load(text: str, path: str = "docs/acme.mdx") -> Source:
    source = load_source(path, text.encode(), DEFAULTS)
    assert isinstance(source, Source), source
    return source


def kept(source: Source) -> str:
    return "\n".join(source.text[s:e] for s, e in source.keep)


def line_of_text(source: Source, needle: str) -> int:
    return source.line_of(source.text.index(needle))[0]


def test_mdx_components_imports_code_and_escapes() -> None:
    source = load(PAGE)
    text = kept(source)
    assert "import" not in text and "<R" not in text and "<Callout" not in text
    assert "The Pro plan allows 5,000 branches per project." in text  # prose in a component
    assert "$50 million" in text and "\\$" not in text  # MDX escape undone
    assert "9000" not in text and "maxConnections" not in text  # code is not prose
    assert "github.com" not in text  # a link's address is not text


def test_frontmatter_is_metadata_not_prose() -> None:
    source = load(PAGE)
    assert source.title == "Acme Cloud"
    assert source.published is not None and source.published.startswith("2025-03-01")
    assert "title:" not in kept(source)


def test_lines_map_to_the_file() -> None:
    source = load(PAGE)
    lines = PAGE.split("\n")
    for needle in ("Acme Cloud raised", "The Pro plan allows", "Use ", "See "):
        line = line_of_text(source, needle)
        assert needle.strip() in lines[line - 1]


def test_tables_are_records_not_prose() -> None:
    source = load(PAGE)
    (table,) = source.tables
    assert [c.text for c in table.header] == ["Plan", "Branches", "Price ($/mo)"]
    assert [[c.text for c in row] for row in table.rows] == [
        ["Free", "10", "0"],
        ["Pro", "5,000", "19"],
    ]
    assert table.rows[0][0].link == "free"


def test_links_inside_the_docs_name_entities() -> None:
    source = load("Acme is run by [Jane Doe](/people/jane-doe/) ([site](https://x.org)).\n")
    words = {source.text[link.start : link.end]: link.target for link in source.links}
    assert words == {"Jane Doe": "jane-doe"}  # another site's link names nothing here


def test_slug() -> None:
    assert slug("Survival and Flourishing Fund") == "survival-and-flourishing-fund"
    assert slug("  OpenAI's GPT-4 ") == "openais-gpt-4"


def test_restructured_text() -> None:
    text = (
        "Acme Cloud\n==========\n\n:date: 2025-01-02\n\n"
        "Acme Cloud serves 1,200 teams.\n\n"
        ".. code-block:: python\n\n   limit = 9000\n\n"
        "Limits\n------\n\n"
        "The Pro plan allows 5,000 branches.\n"
    )
    markup = read_markup("rst", text)
    assert markup is not None
    assert markup.title == "Acme Cloud"
    body = "\n".join(markup.text[s:e] for s, e in markup.keep)
    assert "1,200 teams" in body and "5,000 branches" in body and "9000" not in body
    lines = text.split("\n")
    at = markup.text.index("The Pro plan")
    line = markup.line_map[markup.text.count("\n", 0, at)]
    assert "The Pro plan" in lines[line - 1]


def test_asciidoc() -> None:
    text = (
        "= Acme Cloud\n:revdate: 2025-01-02\n\n"
        "Acme Cloud serves 1,200 teams.\n\n"
        "----\nlimit = 9000\n----\n\n"
        "== Limits\n\n"
        "|===\n| Plan | Branches\n\n| Pro | 5,000\n|===\n"
    )
    markup = read_markup("asciidoc", text)
    assert markup is not None
    assert markup.title == "Acme Cloud"
    body = "\n".join(markup.text[s:e] for s, e in markup.keep)
    assert "1,200 teams" in body and "9000" not in body
    assert [c.text for c in markup.tables[0].header] == ["Plan", "Branches"]


def test_broken_frontmatter_is_a_warning_not_a_crash() -> None:
    source = load("---\ntitle: [unclosed\n---\n\nAcme serves 1,200 teams.\n", "x.md")
    assert "1,200 teams" in kept(source)


# --- properties ------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "# Title",
        "## Plans",
        "Acme raised \\$50 million in 2024.",
        "The Pro plan allows 5,000 branches per project.",
        "| Plan | Price |",
        "|---|---|",
        "| Pro | $20 |",
        "```",
        "code = 1",
        "<Callout>",
        "</Callout>",
        '<R id="x1" />',
        "import x from 'y'",
        "export const a = {b: 1}",
        "---",
        "title: T",
        "- item 12",
        "1. step",
        "[^1]: a note 33",
        "See [the page](/a/b) and `code 7`.",
        "{/* a comment */}",
        "> quoted 40%",
        "",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=25),
    st.sampled_from(["markdown", "mdx"]),
)
@example(["\\|", "---"], "markdown")  # a one-cell table whose cell is an escaped pipe
def test_every_kept_line_comes_from_its_source_line(lines: list[str], kind: str) -> None:
    """Never raises; every kept line of text is found (as written, or with its markup and
    escapes left out) in the file line the line map gives for it."""
    text = "\n".join(lines)
    markup = read_markup(kind, text)
    assert markup is not None
    file_lines = text.split("\n")
    out_lines = markup.text.split("\n")
    assert not markup.text or len(out_lines) == len(markup.line_map)
    for s, e in markup.keep:
        first = markup.text.count("\n", 0, s)
        for k, line in enumerate(markup.text[s:e].split("\n")):
            number = markup.line_map[first + k]
            assert 1 <= number <= len(file_lines)
            # CommonMark reads NUL as U+FFFD and decodes entities ('&amp;')
            source_line = html.unescape(file_lines[number - 1]).replace("\x00", "\ufffd")
            source_line = source_line.replace("\\", "")
            # emphasis markers are markup too: "{/* x */}" then "0*0" is emphasis across the
            # lines in CommonMark, and the kept "00" is "0*0" without its marker
            # (and so are citation markers: "0[0]{" keeps "0{")
            bare_line = _MARKERS.sub("", source_line).replace("*", "").replace("_", "")
            for word in line.split():
                bare = word.replace("\\", "")
                unmarked = _MARKERS.sub("", bare).replace("*", "").replace("_", "")
                # a table cell's own "|" (escaped in the file) is kept as "/", since "|"
                # separates the cells of the kept row
                piped = bare.replace("/", "|")
                assert (
                    bare in source_line
                    or unmarked in bare_line
                    or piped in source_line
                    or not word.strip("|")
                ), (
                    word,
                    source_line,
                )


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["a.md", "a.mdx", "a.rst", "a.adoc"]))
def test_any_bytes_load_without_raising(data: bytes, path: str) -> None:
    load_source(path, data, DEFAULTS)
