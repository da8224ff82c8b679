"""Per-file results cached on disk, so an unchanged corpus is not read twice.

An entry holds one source's claims, shingles and sentence count as JSON (never pickle:
nothing in the cache is executed or unpickled). The source's path and each sentence's
text are stored once, not once per claim, and fields at their defaults are left out; the
same bytes carry a worker process's results to the main one (:func:`encode_entry`,
:func:`decode_entry`). Its key covers everything the per-file
stages depend on: the source's path and content hash, the code itself (a hash of the
package's files, so a changed lexicon or reader never meets stale results), and the
settings. An entry that cannot be read, fails validation, or belongs to another key is
ignored and rebuilt. The copy map and the report of a whole corpus are cached the same
way, under a key of every path and content hash (and, for the report, every skipped file).

The cache lives in ``$XDG_CACHE_HOME/crosscheck`` (default ``~/.cache/crosscheck``), or in
``$CROSSCHECK_CACHE_DIR`` when set.
"""

from __future__ import annotations

import base64
import hashlib
import os
import sys
import tempfile
from array import array
from collections.abc import Collection, Sequence
from functools import cache
from pathlib import Path
from sys import intern
from typing import TypeVar

import pydantic_core
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic.main import IncEx

from crosscheck.models import Claim, Quantity, Report, Sentence, SkippedFile, Source
from crosscheck.settings import Settings
from crosscheck.stories import Profile

# 6: sentence texts keyed by start offset (pieces of one long sentence share an index)
CACHE_FORMAT = 6
# Settings that only decide which files are read or how the run exits do not change what
# is read from one file, so they stay out of the key.
_NOT_PER_FILE = frozenset({"fail_on", "fail_severity", "paths", "exclude", "extensions"})


class _Keyed(BaseModel):
    """What every cache entry starts with: the format it was written in and its key."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: int
    key: str


class Entry(_Keyed):
    """One cached source: its key, sentence count, claims and shingles.

    As stored, the claims leave out their source and their sentence's source and text:
    ``source`` and ``texts`` hold them once for the whole entry.
    """

    source: str = Field(description="The path every claim and sentence belongs to.")
    sentences: int
    texts: dict[int, str] = Field(
        description="Sentence start offset -> text, for claimed sentences (the pieces of one "
        "long sentence share its index, not its start)."
    )
    claims: tuple[Claim, ...]
    shingles: str = Field(description="The shingle hashes, packed as signed 64-bit ints, base64.")
    lines: tuple[tuple[int, str], ...] = Field(
        default=(), description="The story profile's lines: hash, and terms joined by spaces."
    )
    days: tuple[int, ...] = Field(default=(), description="The story profile's days.")
    published_day: int | None = Field(default=None, description="Publication, ordinal day.")
    names: str = Field(default="", description="The story profile's names, space-separated.")
    headline: bool = Field(default=False, description="The profile's first line is a headline.")
    places: tuple[str, ...] = Field(default=(), description="The profile's main entities.")
    months: tuple[tuple[int, int], ...] = Field(default=(), description="The profile's months.")
    lead: str | None = Field(default=None, description="The company the profile opens about.")


# What each stored claim leaves out (``Entry.source`` and ``Entry.texts`` hold it).
_SENTENCE_EXCLUDES: IncEx = {"source", "text"}
_CLAIM_EXCLUDES: IncEx = {"source": True, "sentence": _SENTENCE_EXCLUDES}
_STORED_CLAIM_EXCLUDES: IncEx = {"claims": {"__all__": _CLAIM_EXCLUDES}}

# What is read from one file: its sentence count, claims, shingles and story profile.
FileResult = tuple[int, tuple[Claim, ...], Collection[int], Profile]


def encode_entry(
    key: str,
    path: str,
    sentences: int,
    claims: tuple[Claim, ...],
    shingles: Collection[int],
    profile: Profile,
) -> bytes:
    """The entry for one source's results, as the bytes stored (and sent by workers)."""
    if any(c.source != path or c.sentence.source != path for c in claims):
        raise ValueError(f"claims of another source than {path}")
    entry = Entry.model_construct(  # the claims are already valid records
        format=CACHE_FORMAT,
        key=key,
        source=path,
        sentences=sentences,
        texts={c.sentence.start: c.sentence.text for c in claims},
        claims=claims,
        shingles=_pack(shingles),
        lines=tuple((h, " ".join(terms)) for h, terms in profile.lines),
        days=profile.days,
        published_day=profile.published,
        names=" ".join(sorted(profile.names)),
        headline=profile.headline,
        places=tuple(sorted(profile.places)),
        months=profile.months,
        lead=profile.lead,
    )
    return entry.model_dump_json(exclude=_STORED_CLAIM_EXCLUDES, exclude_defaults=True).encode()


def decode_entry(
    data: bytes, key: str, sharing: Sharing | None = None, offset: int = 0
) -> FileResult | None:
    """The sentence count, claims and shingles of an entry written by :func:`encode_entry`,
    or None when it does not parse, does not validate, or has another key or format.
    ``offset`` is added to every sentence's index (a piece of a large source, numbered
    from 0 where the piece begins).

    Claims of one sentence share one :class:`Sentence` record, as when they were read;
    records of all the entries decoded with one ``sharing`` share their equal parts, and
    the story profile's words are interned (see :func:`compact`).
    """
    try:
        raw = pydantic_core.from_json(data)
        if not isinstance(raw, dict) or raw.get("format") != CACHE_FORMAT or raw.get("key") != key:
            return None
        path, texts = raw["source"], raw["texts"]
        made: dict[int, Sentence] = {}
        for claim in raw["claims"]:
            stored = claim["sentence"]
            sentence = made.get(stored["start"])
            if sentence is None:
                text = texts[str(stored["start"])]
                sentence = Sentence.model_validate(
                    {**stored, "source": path, "text": text, "index": stored["index"] + offset}
                )
                made[sentence.start] = sentence
            claim["sentence"] = sentence
            claim["source"] = path
        entry = Entry.model_validate(raw)
        compact(entry.claims, sharing or Sharing())
        lines = tuple((h, tuple(map(intern, t.split()))) for h, t in entry.lines)
        names = frozenset(map(intern, entry.names.split()))
        profile = Profile(
            lines,
            entry.days,
            entry.published_day,
            names,
            entry.headline,
            frozenset(map(intern, entry.places)),
            entry.months,
            entry.lead,
        )
        return entry.sentences, entry.claims, _unpack(entry.shingles), profile
    except (ValueError, KeyError, TypeError, AttributeError):  # ValidationError is a ValueError
        return None


class Sharing:
    """Equal parts of the records decoded in one run, held once (see :func:`compact`)."""

    def __init__(self) -> None:
        self._field_sets: dict[tuple[type, frozenset[str]], set[str]] = {}

    def fields_set(self, record: BaseModel) -> None:
        """Give ``record`` the one set of given field names its kind and fields share."""
        fields = record.__pydantic_fields_set__
        shared = self._field_sets.setdefault((type(record), frozenset(fields)), fields)
        if shared is not fields:
            object.__setattr__(record, "__pydantic_fields_set__", shared)


def compact(claims: Sequence[Claim], sharing: Sharing) -> None:
    """Decoded claims made to share what they hold alike, as the main process keeps every
    claim of a corpus until the report is made (issue 19: peak memory under 600 MB for
    all 19,043 Reuters bodies). Each pydantic record has its own set of the names of the
    fields it was given, 54% of a claim's memory (730 bytes each for a claim and its
    quantity): records given the same fields now share one such set, which no record
    changes (``model_copy`` copies it first). Frames, counted things, actors and paths
    repeat across claims: each is interned, so repeats are one string. Values are
    unchanged: only which equal objects hold them.
    """
    sentences: set[int] = set()

    def quantity(q: Quantity) -> None:
        sharing.fields_set(q)
        if q.date is not None:
            sharing.fields_set(q.date)
        for alternate in q.alternates:
            quantity(alternate)

    for claim in claims:
        sharing.fields_set(claim)
        quantity(claim.quantity)
        if id(claim.sentence) not in sentences:
            sentences.add(id(claim.sentence))
            sharing.fields_set(claim.sentence)
        values = claim.__dict__
        for name in _INTERNED_CLAIM_FIELDS:
            value = values[name]
            if value is not None:
                values[name] = intern(value)


# Claim fields whose values repeat across claims (see ``compact``).
_INTERNED_CLAIM_FIELDS = ("source", "frame", "counted", "counted_text", "actor")


class CopiesEntry(_Keyed):
    """The copy map of one exact set of sources (paths and contents)."""

    copies: dict[str, str]


class ReportEntry(_Keyed):
    """The whole report of one exact set of sources and skipped files."""

    report: Report


def _pack(shingles: Collection[int]) -> str:
    """Shingle hashes as base64 of packed 64-bit ints: about half the size of a JSON list
    of decimals, and one string to write and read instead of hundreds of numbers. In the
    order given (the pipeline's are sorted, see ``reads.packed``); any order reads back
    as the same shingles."""
    packed = array("q", shingles)
    if sys.byteorder == "big":
        packed.byteswap()  # stored little-endian, whatever machine wrote it
    return base64.b64encode(packed.tobytes()).decode("ascii")


def _unpack(packed: str) -> array[int]:
    """Shingle hashes packed by :func:`_pack`, kept packed: a set of them would take
    about 60 bytes a shingle in the main process, the array 8."""
    data = base64.b64decode(packed, validate=True)
    if len(data) % _INT64_BYTES:
        raise ValueError("not a whole number of 64-bit ints")
    numbers = array("q", data)
    if sys.byteorder == "big":
        numbers.byteswap()
    return numbers


_INT64_BYTES = 8


_E = TypeVar("_E", bound=_Keyed)


def default_dir() -> Path:
    """Where the cache lives: $CROSSCHECK_CACHE_DIR, else $XDG_CACHE_HOME/crosscheck."""
    explicit = os.environ.get("CROSSCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crosscheck"


@cache
def code_fingerprint() -> str:
    """A hash of the package's own files (code and lexicons)."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".json"} and path.is_file():
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


class Cache:
    """Read and write cached per-file results under ``folder``."""

    def __init__(self, folder: Path, settings: Settings) -> None:
        self.folder = folder
        per_file = settings.model_dump(mode="json", exclude=set(_NOT_PER_FILE))
        self._salt = hashlib.sha256(
            f"{CACHE_FORMAT}\n{code_fingerprint()}\n{sorted(per_file.items())}".encode()
        ).hexdigest()
        self.hits = 0
        self.misses = 0
        self.report_hits = 0
        self.sharing = Sharing()  # what the entries it decodes share

    def key(self, source: Source) -> str:
        text = f"{self._salt}\n{source.path}\n{source.sha256}\n{source.published}\n{source.year}"
        return hashlib.sha256(text.encode()).hexdigest()

    def corpus_key(self, sources: Sequence[Source]) -> str:
        """A key for results that depend on every source at once (copy detection)."""
        digest = hashlib.sha256(f"{self._salt}\ncorpus".encode())
        for path, sha in sorted((s.path, s.sha256) for s in sources):
            digest.update(f"\n{path}\n{sha}".encode())
        return digest.hexdigest()

    def get_copies(self, sources: Sequence[Source]) -> dict[str, str] | None:
        """The cached copy map of exactly these sources, or None."""
        entry = self._read(self.corpus_key(sources), CopiesEntry)
        return None if entry is None else dict(entry.copies)

    def put_copies(self, sources: Sequence[Source], copies: dict[str, str]) -> None:
        key = self.corpus_key(sources)
        self._write(key, CopiesEntry(format=CACHE_FORMAT, key=key, copies=copies))

    def report_key(self, sources: Sequence[Source], skipped: Sequence[SkippedFile]) -> str:
        digest = hashlib.sha256(f"{self.corpus_key(sources)}\nreport".encode())
        for item in sorted((f.path, f.reason) for f in skipped):
            digest.update(f"\n{item}".encode())
        return digest.hexdigest()

    def get_report(
        self, sources: Sequence[Source], skipped: Sequence[SkippedFile]
    ) -> Report | None:
        """The report already made for exactly these sources and skipped files, or None."""
        entry = self._read(self.report_key(sources, skipped), ReportEntry)
        if entry is None:
            return None
        self.report_hits += 1
        return entry.report

    def put_report(
        self, sources: Sequence[Source], skipped: Sequence[SkippedFile], report: Report
    ) -> None:
        key = self.report_key(sources, skipped)
        self._write(key, ReportEntry(format=CACHE_FORMAT, key=key, report=report))

    def _read(self, key: str, model: type[_E]) -> _E | None:
        """The entry stored under ``key``, or None when it is missing, does not validate,
        or was written for another key or cache format."""
        try:
            entry = model.model_validate_json(self._file(key).read_bytes())
        except (OSError, ValidationError, ValueError):
            return None
        return entry if entry.format == CACHE_FORMAT and entry.key == key else None

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, source: Source) -> FileResult | None:
        """The cached sentence count, claims, shingles and story profile of ``source``, or
        None (missing or untrusted)."""
        key = self.key(source)
        try:
            data = self._file(key).read_bytes()
        except OSError:
            data = None
        read = None if data is None else decode_entry(data, key, self.sharing)
        if read is None:
            self.misses += 1
            return None
        self.hits += 1
        return read

    def put(
        self,
        source: Source,
        sentences: int,
        claims: tuple[Claim, ...],
        shingles: Collection[int],
        profile: Profile,
    ) -> None:
        """Store a source's results; a cache that cannot be written is simply not used."""
        key = self.key(source)
        data = encode_entry(key, source.path, sentences, claims, shingles, profile)
        self.put_encoded(source, data)

    def put_encoded(self, source: Source, data: bytes) -> None:
        """Store an entry already encoded (by :func:`encode_entry`, with this cache's key)."""
        self._write_bytes(self.key(source), data)

    def _write(self, key: str, entry: BaseModel) -> None:
        self._write_bytes(key, entry.model_dump_json().encode())

    def _write_bytes(self, key: str, data: bytes) -> None:
        path = self._file(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)


__all__ = [
    "Cache",
    "Sharing",
    "code_fingerprint",
    "decode_entry",
    "default_dir",
    "encode_entry",
]
