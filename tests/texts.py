"""A plain text as a source, whole, for tests that read claims from a sentence or two."""

from __future__ import annotations

from crosscheck.models import Source


def plain_source(text: str, path: str = "a.txt", published: str | None = None) -> Source:
    """``text`` as a UTF-8 text file at ``path``, every character kept."""
    return Source(
        path=path,
        sha256="",
        text=text,
        format="text",
        encoding="utf-8",
        keep=((0, len(text)),),
        published=published,
    )
