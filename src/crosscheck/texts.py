"""Source -> the text crosscheck reads from it: the JSON contract of ``crosscheck text``.

For each source: the kept text (what the later stages read), the line of the file (for
a web page, of its HTML) that each kept line comes from, and every skipped region with
its reason, so a user can see exactly what was read and what was not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from pydantic import Field

from crosscheck.fetch import Fetcher
from crosscheck.ingest import read_sources
from crosscheck.models import REPORT_VERSION, Record, Region, SkippedFile, Source
from crosscheck.settings import Settings

__all__ = ["SourceText", "TextLine", "TextList", "read_texts", "source_text"]


class TextLine(Record):
    """One line of kept text and where it comes from."""

    line: int = Field(description="1-based line of the file (of the HTML, for a web page).")
    text: str


class SourceText(Record):
    """What crosscheck reads from one source."""

    path: str = Field(description="The path or URL as the user gave it.")
    url: str | None = Field(description="For a fetched page: the URL after redirects.")
    format: str = Field(description="'text', 'markdown' or 'html'.")
    encoding: str
    published: str | None = Field(description="Publication date, if stated.")
    text: str = Field(description="The kept text: what the later stages read.")
    lines: tuple[TextLine, ...] = Field(description="Every non-blank line of the kept text.")
    skipped: tuple[Region, ...] = Field(
        description="What was not read, and why (offsets are into the source's whole text)."
    )
    warnings: tuple[str, ...]


class TextList(Record):
    """The text read from every input: the JSON contract of ``crosscheck text``."""

    version: int = REPORT_VERSION
    sources: tuple[SourceText, ...]
    skipped_files: tuple[SkippedFile, ...] = ()


def source_text(source: Source) -> SourceText:
    """The kept text of ``source``, each of its lines with its line in the file."""
    text = source.text
    line_map = source.line_map
    parts: list[str] = []
    lines: list[TextLine] = []
    for start, end in source.keep:
        chunk = text[start:end]
        parts.append(chunk)
        number = text.count("\n", 0, start)  # 0-based line of the chunk's start
        for piece in chunk.split("\n"):
            if piece.strip():
                line = number + 1
                if line_map is not None and number < len(line_map):
                    line = line_map[number]
                lines.append(TextLine(line=line, text=piece))
            number += 1
    return SourceText(
        path=source.path,
        url=source.url,
        format=source.format,
        encoding=source.encoding,
        published=source.published,
        text="".join(parts),
        lines=tuple(lines),
        skipped=source.skipped,
        warnings=source.warnings,
    )


def read_texts(
    paths: Sequence[str],
    settings: Settings | None = None,
    *,
    stdin: BinaryIO | None = None,
    stdin_name: str = "-",
    fetcher: Fetcher | None = None,
) -> TextList:
    """The text crosscheck reads from each of ``paths`` (files, folders, URLs, '-')."""
    settings = settings or Settings()
    sources, skipped = read_sources(
        paths, settings, stdin=stdin, stdin_name=stdin_name, fetcher=fetcher
    )
    return TextList(sources=tuple(source_text(s) for s in sources), skipped_files=skipped)
