"""Ingest: paths -> :class:`Source` records, with page chrome marked and offsets kept.

Three steps, each usable alone:

* :func:`read_sources` turns the paths the user typed into bytes (walking folders,
  reading ``-`` from stdin) and reports every file it cannot use as a
  :class:`SkippedFile`; nothing the user asked for is dropped silently.
* :func:`load_source` is pure: bytes -> decoded, newline-normalized text (HTML is
  reduced to its article text), with the page chrome found in it.
* :func:`~crosscheck.chrome.find_chrome` marks navigation, share buttons, "Related
  Articles" trailers and link lists in plain text, by general line-based rules.

The rules for bytes (binary files, encodings, mojibake) are in ``decoding``, those for
page chrome in ``chrome``, and the publication date line in ``datelines``.

Every offset is into ``Source.text``, the decoded text after ``\\r\\n`` and ``\\r`` became
``\\n``; for HTML it is the extracted text, and ``Source.line_map`` leads back to the
file's own lines.
"""

from __future__ import annotations

import fnmatch
import hashlib
import multiprocessing
import os
import re
import stat
import sys
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import BinaryIO

from crosscheck.chrome import find_chrome
from crosscheck.datelines import published_line
from crosscheck.decoding import binary_kind, decode_bytes, repair_mojibake
from crosscheck.errors import InputError
from crosscheck.fetch import Fetcher, FetchFailed, is_url
from crosscheck.markup import DOC_SUFFIXES, Markup, read_markup
from crosscheck.models import Region, SkippedFile, Source
from crosscheck.settings import Settings
from crosscheck.workers import interrupts_held, start_worker, stopped_at_the_end, unless_stopped

__all__ = ["load_source", "read_source_list", "read_sources"]

# The format of a file by its name, unless its text opens as HTML.
_FORMATS = {**DOC_SUFFIXES, ".html": "html", ".htm": "html"}
_HTML_SNIFF = re.compile(r"\s*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)


# =========================================================================================
# paths -> bytes
# =========================================================================================


@dataclass
class _Entry:
    """One file to read: how to show it, where it is (None: stdin), whether it was named,
    and the URL to fetch it from, for a web page."""

    display: str
    fs_path: str | None
    explicit: bool
    url: str | None = None


Entry = _Entry  # what plan_sources returns, for other engines to read


def read_sources(
    paths: Sequence[str],
    settings: Settings,
    *,
    stdin: BinaryIO | None = None,
    stdin_name: str = "-",
    fetcher: Fetcher | None = None,
    jobs: int = 1,
) -> tuple[tuple[Source, ...], tuple[SkippedFile, ...]]:
    """Read every file the user named or that sits in a folder they named, and every
    http or https URL they gave (with ``fetcher``; by default one without a cache).
    Files are decoded and their markup parsed in ``jobs`` worker processes when there
    are many (a documentation tree's Markdown parser is the slowest part of reading it).

    ``-`` reads ``stdin`` (``sys.stdin.buffer`` when not given) under ``stdin_name``.
    Raises :class:`InputError` before reading anything when a path does not exist;
    every other problem (a page that cannot be fetched too) skips only the source
    concerned. Both tuples are sorted by path.
    """
    entries, skipped = plan_sources(paths, settings, stdin_name=stdin_name)
    sources: dict[str, Source] = {}
    files: list[_Entry] = []
    for entry in entries:
        if entry.fs_path is not None and entry.url is None:
            files.append(entry)  # read below, in the workers when there are many
            continue
        if entry.url is not None:
            fetcher = fetcher or Fetcher(settings)
        result = read_entry(entry, settings, stdin, fetcher)
        if isinstance(result, SkippedFile):
            skipped.append(result)
        else:
            sources.setdefault(result.path, result)
    for result in _read_files(files, settings, jobs):
        if isinstance(result, SkippedFile):
            skipped.append(result)
        else:
            sources.setdefault(result.path, result)

    unique_skipped = {item.path: item for item in reversed(skipped)}
    return (
        tuple(sources[key] for key in sorted(sources)),
        tuple(unique_skipped[key] for key in sorted(unique_skipped)),
    )


def plan_sources(
    paths: Sequence[str], settings: Settings, *, stdin_name: str = "-"
) -> tuple[list[_Entry], list[SkippedFile]]:
    """The files to read for ``paths`` (folders walked, each file once, filtered by
    extension and exclude patterns) and the ones skipped already, without reading any:
    :func:`read_sources` is this, then :func:`read_entry` for each.

    Raises :class:`InputError` when a path does not exist.
    """
    for path in paths:
        if path != "-" and not is_url(path) and not os.path.exists(path):
            raise InputError(f"{path}: no such file or directory")

    skipped: list[SkippedFile] = []
    entries: list[_Entry] = []
    for path in paths:
        if path == "-":
            entries.append(_Entry(stdin_name, None, explicit=True))
        elif is_url(path):
            entries.append(_Entry(path, None, explicit=True, url=path))
        elif os.path.isdir(path):
            for item in _walk(path):
                if isinstance(item, SkippedFile):
                    skipped.append(item)
                else:
                    entries.append(item)
        else:
            entries.append(_Entry(_display(path), path, explicit=True))

    planned: list[_Entry] = []
    for entry in _dedupe(entries):
        reason = left_out(entry.display, settings, explicit=entry.explicit)
        if reason is not None:
            skipped.append(SkippedFile(path=entry.display, reason=reason))
        else:
            planned.append(entry)
    return planned, skipped


def left_out(display: str, settings: Settings, *, explicit: bool) -> str | None:
    """Why a file found in a folder is not read (its extension, an exclude pattern), or
    None to read it; a file named explicitly is always read."""
    if explicit:
        return None
    if not _has_extension(display, settings):
        return _unsupported(display)
    pattern = _excluded_by(display, settings)
    return None if pattern is None else f"excluded by '{pattern}'"


def read_entry(
    entry: _Entry, settings: Settings, stdin: BinaryIO | None, fetcher: Fetcher | None
) -> Source | SkippedFile:
    """One planned file read (a web page fetched with ``fetcher``), or why it cannot be."""
    if entry.url is not None:
        return _fetch_entry(entry.url, settings, fetcher or Fetcher(settings))
    return _read_entry(entry, settings, stdin)


def _display(path: str) -> str:
    """The path as typed, with POSIX separators and no doubled slashes."""
    if os.sep != "/":
        path = path.replace(os.sep, "/")
    return re.sub(r"/{2,}", "/", path)


def _walk(root: str) -> Iterator[_Entry | SkippedFile]:
    """Every non-hidden file under ``root``, in sorted order; loops and errors reported."""
    base = _display(root).rstrip("/")
    root_id = _identity(root)
    # (folder on disk, its display path, identities of the folders that contain it)
    pending: list[tuple[str, str, frozenset[tuple[int, int]]]] = [
        (root, base, frozenset({root_id}) if root_id else frozenset())
    ]
    while pending:
        folder, shown, ancestors = pending.pop()
        try:
            with os.scandir(folder) as listing:
                children = sorted(listing, key=lambda child: child.name)
        except OSError as error:
            yield SkippedFile(path=shown or "/", reason=f"cannot list folder: {_why(error)}")
            continue
        subfolders: list[tuple[str, str, frozenset[tuple[int, int]]]] = []
        for child in children:
            if child.name.startswith("."):
                continue
            child_shown = f"{shown}/{child.name}"
            try:
                is_dir = child.is_dir()
                is_file = child.is_file()
            except OSError as error:
                yield SkippedFile(path=child_shown, reason=f"cannot read: {_why(error)}")
                continue
            if is_dir:
                child_id = _identity(child.path)
                if child_id is not None and child_id in ancestors:
                    yield SkippedFile(
                        path=child_shown,
                        reason="directory loop: links back to a folder that contains it",
                    )
                    continue
                inner = ancestors | {child_id} if child_id else ancestors
                subfolders.append((child.path, child_shown, inner))
            elif is_file:
                yield _Entry(child_shown, child.path, explicit=False)
            elif child.is_symlink():
                yield SkippedFile(path=child_shown, reason="broken symbolic link")
            else:
                yield SkippedFile(path=child_shown, reason="not a regular file")
        pending.extend(reversed(subfolders))


def _identity(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _dedupe(entries: Sequence[_Entry]) -> list[_Entry]:
    """One entry per file on disk (first spelling wins); named if any spelling was."""
    seen: dict[object, _Entry] = {}
    for entry in entries:
        key: object
        if entry.url is not None:
            key = ("url", entry.url)
        elif entry.fs_path is None:
            key = ("stdin",)
        else:
            key = _identity(entry.fs_path) or ("path", entry.display)
        first = seen.get(key)
        if first is None:
            seen[key] = _Entry(entry.display, entry.fs_path, entry.explicit, entry.url)
        elif entry.explicit:
            first.explicit = True
    return list(seen.values())


def _has_extension(display: str, settings: Settings) -> bool:
    name = display.rsplit("/", 1)[-1].lower()
    return any(name.endswith(ext.lower()) for ext in settings.extensions)


def _excluded_by(display: str, settings: Settings) -> str | None:
    """The first exclude pattern matching the path, or any trailing part of it."""
    parts = display.split("/")
    tails = ["/".join(parts[i:]) for i in range(len(parts))]
    for pattern in settings.exclude:
        if any(fnmatch.fnmatchcase(tail, pattern) for tail in tails):
            return pattern
    return None


def _unsupported(display: str) -> str:
    _, ext = os.path.splitext(display.rsplit("/", 1)[-1])
    return (
        "not a text, Markdown, MDX, reStructuredText, AsciiDoc or HTML file "
        f"({ext.lower() or 'no extension'})"
    )


# Below this many files a second process costs more than it saves.
MIN_FILES_PER_WORKER = 16


def _read_files(
    files: Sequence[_Entry], settings: Settings, jobs: int
) -> Iterator[Source | SkippedFile]:
    """Each file read, in order: in ``jobs`` worker processes when there are many."""
    workers = min(jobs, len(files) // MIN_FILES_PER_WORKER)
    if workers <= 1:
        yield from (_read_entry(entry, settings, None) for entry in files)
        return
    stop = multiprocessing.Event()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=start_worker, initargs=(stop,))
    with stopped_at_the_end(pool, stop):
        chunk = max(1, len(files) // (workers * 8))
        read = partial(unless_stopped, partial(_read_entry, settings=settings, stdin=None))
        with interrupts_held():  # the workers start here, and ignore Ctrl-C from the start
            results = pool.map(read, files, chunksize=chunk)
        for result in results:
            assert result is not None  # None only for jobs skipped once stopped
            yield result


def _read_entry(entry: _Entry, settings: Settings, stdin: BinaryIO | None) -> Source | SkippedFile:
    limit = settings.max_file_bytes
    try:
        if entry.fs_path is None:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(limit + 1)
        else:
            with open(entry.fs_path, "rb") as handle:
                info = os.fstat(handle.fileno())
                if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                    return SkippedFile(path=entry.display, reason=_too_large(info.st_size, limit))
                data = handle.read(limit + 1)
    except FileNotFoundError:
        return SkippedFile(path=entry.display, reason="file vanished before it could be read")
    except OSError as error:
        return SkippedFile(path=entry.display, reason=f"cannot read: {_why(error)}")
    return load_source(entry.display, data, settings)


def _fetch_entry(url: str, settings: Settings, fetcher: Fetcher) -> Source | SkippedFile:
    """A web page, read like a file under its URL; a failed fetch skips it, with why."""
    try:
        page = fetcher.fetch(url)
    except FetchFailed as failure:
        return SkippedFile(path=url, reason=str(failure))
    return load_source(url, page.data, settings, url=page.url, kind=page.kind)


def read_source_list(path: str) -> list[str]:
    """The sources listed in a file (``--sources-from``): one path or URL a line; blank
    lines and lines starting with '#' are left out.

    Raises :class:`InputError` when the file cannot be read.
    """
    try:
        with open(path, encoding="utf-8-sig") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        why = _why(error) if isinstance(error, OSError) else "not UTF-8 text"
        raise InputError(f"{path}: cannot read the list of sources: {why}") from None
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _why(error: OSError) -> str:
    """A one-line reason from an OS error, without the path (the caller shows it)."""
    return (error.strerror or type(error).__name__).splitlines()[0]


def _too_large(size: int, limit: int) -> str:
    return (
        f"file too large ({size:,} bytes; the limit is {limit:,}): "
        "raise the max_file_bytes setting to read it"
    )


# =========================================================================================
# bytes -> Source
# =========================================================================================


def load_source(
    path: str,
    data: bytes,
    settings: Settings,
    *,
    url: str | None = None,
    kind: str | None = None,
) -> Source | SkippedFile:
    """Decode ``data`` (the contents of ``path``) into a Source, or say why it can't be.

    ``url`` is where a fetched page came from; ``kind`` ("html", "markdown" or "text"),
    when known (from a server's content type), wins over the name and the contents.
    Pure: no I/O. Never raises on any input bytes.
    """
    if len(data) > settings.max_file_bytes:
        return SkippedFile(path=path, reason=_too_large(len(data), settings.max_file_bytes))
    binary = binary_kind(data)
    if binary is not None:
        return SkippedFile(path=path, reason=f"binary file ({binary})")
    text, encoding, warnings = decode_bytes(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    if "\x00" in text:
        text = text.replace("\x00", " ")
        warnings.append("NUL bytes blanked")
    if not text.strip():
        return SkippedFile(path=path, reason="empty file")

    fmt = kind or _format_of(path, text)
    sha256 = hashlib.sha256(data).hexdigest()
    if fmt != "html":
        text, repaired = repair_mojibake(text)
        markup = read_markup(fmt, text)
        if markup is not None and not any(s < e for s, e in markup.keep):
            return SkippedFile(
                path=path,
                reason="no prose or tables in the markup (only code, components or metadata)",
            )
        if markup is not None:
            return _from_markup(
                path, url, sha256, encoding, markup, (*warnings, *_repaired(repaired))
            )
        keep, skipped = find_chrome(text)
        return Source(
            path=path,
            url=url,
            sha256=sha256,
            text=text,
            format=fmt,
            encoding=encoding,
            keep=keep,
            skipped=skipped,
            warnings=(*warnings, *_repaired(repaired)),
            published=published_line(text),
        )

    from crosscheck.webpage import read_page  # trafilatura loads in 0.2 s: only for HTML

    page = read_page(text, published_line)
    # Mojibake is repaired in the text read, not in the markup (a tenth of the size).
    page_text, repaired = repair_mojibake(page.text)
    page_regions = _moved(page.regions, page.text, page_text) if repaired else page.regions
    if not page_text.strip():
        return SkippedFile(path=path, reason="no article text in the HTML (only markup or chrome)")
    line_map = page.line_map
    if page.reader == "own rules":
        keep, text_regions = find_chrome(page_text)
    else:
        # The library's text gets no second pass: on the benchmark, the line rules cut
        # more article than chrome (F1 0.9632 without them, 0.9627 with them).
        keep, text_regions = (((0, len(page_text)),), ())
    regions = [
        region.model_copy(
            update={"line": line_map[region.line - 1], "end_line": line_map[region.end_line - 1]}
        )
        for region in text_regions
    ]
    regions.extend(page_regions)
    regions.sort(key=lambda region: (region.start, region.end, region.line))
    return Source(
        path=path,
        url=url,
        sha256=sha256,
        text=page_text,
        format="html",
        encoding=encoding,
        keep=keep,
        skipped=tuple(regions),
        line_map=line_map,
        warnings=(*warnings, *_repaired(repaired), *page.warnings),
        published=page.published,
    )


def _from_markup(
    path: str,
    url: str | None,
    sha256: str,
    encoding: str,
    markup: Markup,
    warnings: tuple[str, ...],
) -> Source:
    """A Source from a document read from its markup (see :mod:`crosscheck.markup`). Plain
    Markdown (no frontmatter, not MDX) may be a news article saved as Markdown: its prose
    also goes through the page chrome rules."""
    keep, skipped = markup.keep, list(markup.skipped)
    if not markup.frontmatter and markup.format == "markdown":
        chrome_keep, chrome = find_chrome(markup.text)
        keep = _intersect(keep, chrome_keep)
        line_map = markup.line_map
        skipped.extend(
            region.model_copy(
                update={
                    "line": line_map[region.line - 1],
                    "end_line": line_map[region.end_line - 1],
                }
            )
            for region in chrome
            if any(s < region.end and region.start < e for s, e in markup.keep)
        )
        skipped.sort(key=lambda region: (region.start, region.end, region.line))
    return Source(
        path=path,
        url=url,
        sha256=sha256,
        text=markup.text,
        format=markup.format,
        encoding=encoding,
        keep=keep,
        skipped=tuple(skipped),
        line_map=markup.line_map,
        warnings=(*warnings, *markup.warnings),
        published=markup.published or published_line(markup.text),
        title=markup.title,
        headings=markup.headings,
        links=markup.links,
        tables=markup.tables,
    )


def _intersect(
    a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]
) -> tuple[tuple[int, int], ...]:
    """The ranges both sorted, disjoint range lists hold.

    >>> _intersect([(0, 10), (20, 30)], [(5, 25)])
    ((5, 10), (20, 25))
    """
    out: list[tuple[int, int]] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return tuple(out)


def _repaired(lines: int) -> tuple[str, ...]:
    if not lines:
        return ()
    return (f"mojibake repaired on {lines} line{'s' if lines != 1 else ''}",)


def _moved(regions: Sequence[Region], before: str, after: str) -> list[Region]:
    """Regions of ``before`` placed in ``after``, the same lines with some repaired: each
    offset keeps its line and its column (within the line's new length)."""
    old_starts = _line_starts(before)
    new_starts = _line_starts(after)
    new_ends = [*(start - 1 for start in new_starts[1:]), len(after)]

    def move(offset: int) -> int:
        line = bisect_right(old_starts, offset) - 1
        return min(new_starts[line] + offset - old_starts[line], new_ends[line])

    return [
        region.model_copy(update={"start": move(region.start), "end": move(region.end)})
        for region in regions
    ]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    position = text.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


def _format_of(path: str, text: str) -> str:
    if _HTML_SNIFF.match(text[:4096]):
        return "html"
    _, ext = os.path.splitext(path.rsplit("/", 1)[-1].lower())
    return _FORMATS.get(ext, "text")
