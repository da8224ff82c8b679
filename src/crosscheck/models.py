"""Immutable records that flow through the pipeline.

Every record keeps its provenance (source path, character span, line), so any
finding can quote the original sentences. These models are also the JSON
contract: ``crosscheck schema`` prints the schema generated from :class:`Report`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

REPORT_VERSION = 2


class Record(BaseModel):
    """Base for every record: frozen, and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Region(Record):
    """A stretch of a source that was not checked, and why."""

    start: int = Field(description="Character offset where the region starts.")
    end: int = Field(description="Character offset just past the region.")
    line: int = Field(description="1-based line where the region starts.")
    end_line: int = Field(description="1-based line where the region ends.")
    reason: str = Field(
        description="Why the region was skipped, e.g. 'page chrome: Related Articles'."
    )
    preview: str = Field(description="The first characters of the skipped text.")


class Heading(Record):
    """A section heading of a document (Markdown, reStructuredText, AsciiDoc)."""

    start: int = Field(description="Character offset of the heading's text in `text`.")
    level: int = Field(description="1 for the title, 2 for a section, ...")
    text: str


class Link(Record):
    """A link in a document's text: the words linked and the slug of what they link to."""

    start: int
    end: int
    target: str = Field(description="The last part of the link's address, or the entity named.")


class Cell(Record):
    """One cell of a table, with its text's place in `Source.text`."""

    start: int
    end: int
    text: str
    link: str | None = Field(default=None, description="The slug the cell links to, if any.")


class Table(Record):
    """A table read as records: header cells name attributes, rows hold the values."""

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    section: str | None = Field(default=None, description="The heading the table sits under.")


class Source(Record):
    """One input document, decoded, with the regions that will be read."""

    path: str = Field(description="The path as the user gave it (or '-' for stdin).")
    url: str | None = Field(
        default=None, description="For a fetched page: the URL its text came from."
    )
    sha256: str
    text: str = Field(description="Decoded text; for HTML, the extracted text.")
    format: str = Field(description="'text', 'markdown' or 'html'.")
    encoding: str
    keep: tuple[tuple[int, int], ...] = Field(
        description="Character ranges of `text` that hold the document's own content."
    )
    skipped: tuple[Region, ...] = ()
    line_map: tuple[int, ...] | None = Field(
        default=None,
        description="For extracted text (HTML): line i+1 of `text` comes from this file line.",
    )
    warnings: tuple[str, ...] = ()
    published: str | None = Field(default=None, description="Publication date, if stated.")
    year: int | None = Field(
        default=None,
        description="The year its dates without one belong to: the publication year, else "
        "the year most sources of the corpus were published in (a wire story's 'Oct 13' and "
        "'October 11' carry no year).",
    )
    title: str | None = Field(
        default=None, description="A document's title (its frontmatter's, or first heading)."
    )
    headings: tuple[Heading, ...] = Field(default=(), description="Section headings, in order.")
    links: tuple[Link, ...] = Field(default=(), description="Links in the kept text, in order.")
    tables: tuple[Table, ...] = Field(
        default=(), description="Tables, read as records (their rows are not sentences)."
    )

    def line_of(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset, in the file's own lines."""
        line = self.text.count("\n", 0, offset) + 1
        column = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        if self.line_map is not None and 0 < line <= len(self.line_map):
            line = self.line_map[line - 1]
        return line, column


class Sentence(Record):
    """A sentence of a source, with its place in it."""

    source: str
    index: int = Field(description="0-based position of the sentence in its source.")
    start: int
    end: int
    line: int
    column: int
    text: str = Field(description="The sentence as written, hard wraps joined by spaces.")


class Bound(StrEnum):
    """How a quantity's figure is stated."""

    EXACT = "exact"  # "11,000 troops"
    APPROXIMATE = "approximate"  # "about 5,000", "an estimated 12,000"
    UPPER = "upper"  # "up to 12,000", "fewer than 20": low is open
    LOWER = "lower"  # "at least 30", "more than 100": high is open
    RANGE = "range"  # "25,000-30,000", "from 1.7 to 5.5 billion"


class QuantityKind(StrEnum):
    """What a quantity measures."""

    AMOUNT = "amount"  # "11,000 troops", "US$1.7 billion", "4.5%"
    AGE = "age"  # "a 23-year-old man", "Jane Doe, 34,", "aged 41", "in his 20s"
    TIME = "time"  # a clock time: "about 10:30 p.m." (value in hours after midnight)
    DATE = "date"  # "June 2024", "mid-2024", "10/23/24" (see `date`)


class Granularity(StrEnum):
    """How finely a date is stated."""

    DAY = "day"  # "23 October 2024", "10/23/24", "September 8-9"
    MONTH = "month"  # "June 2024"
    PART_OF_YEAR = "part of year"  # "mid-2024", "late 2022", "summer 2023", "Q3 2024"
    YEAR = "year"  # "in 2023"


class DateSpan(Record):
    """A stated date as the interval of days it allows."""

    earliest: str = Field(description="First day the text allows, ISO 8601 (YYYY-MM-DD).")
    latest: str = Field(description="Last day the text allows, ISO 8601 (YYYY-MM-DD).")
    granularity: Granularity


class Quantity(Record):
    """A number as stated in a sentence: an interval with its bound."""

    text: str = Field(description="The quantity as written, hedge words included.")
    start: int = Field(description="Character offset in the source text.")
    end: int
    value: float | None = Field(description="The stated point figure; null for a range.")
    low: float | None = Field(description="Lowest value the text allows; null if open.")
    high: float | None = Field(description="Highest value the text allows; null if open.")
    bound: Bound
    unit: str | None = None
    currency: str | None = Field(default=None, description="ISO 4217 code.")
    rate: str | None = Field(default=None, description="Per what: 'day', 'year', ...")
    precision: float | None = Field(
        default=None,
        description="The place of the last stated digit: 1000 for '11,000', 0.1 for '1.7'.",
    )
    alternates: tuple[Quantity, ...] = Field(
        default=(),
        description="The same amount given again in another unit or currency.",
    )
    kind: QuantityKind = QuantityKind.AMOUNT
    vague: bool = Field(
        default=False,
        description="A vague amount ('dozens', 'hundreds of', 'thousands of'): a wide "
        "interval that can never make a hard conflict.",
    )
    date: DateSpan | None = Field(default=None, description="Set when kind is 'date'.")


class Claim(Record):
    """A quantity with its frame: what is counted, about whom, in which sentence."""

    source: str
    sentence: Sentence
    quantity: Quantity
    counted: str | None = Field(description="Canonical counted thing, e.g. 'troops'.")
    counted_text: str | None = Field(description="The counted noun phrase as written.")
    actor: str | None = Field(description="Canonical actor, e.g. 'north korea'.")
    qualifiers: tuple[str, ...] = Field(
        default=(), description="Frame signals that make it a different claim, e.g. 'additional'."
    )
    frame: str = Field(description="Normalized sentence with every number masked.")
    entity: str | None = Field(
        default=None,
        description="In a docs corpus: what the claim is about (a page, a link target, a "
        "table row), as a slug.",
    )
    when: str | None = Field(
        default=None,
        description="In a docs corpus: the time and qualifier the figure is stated for "
        "('2025-02', 'plan pro').",
    )

    @property
    def subject(self) -> str:
        """A short, readable name for what the claim counts."""
        from crosscheck.lexicon import actor_label

        head = self.counted or self.quantity.unit or self.quantity.currency or "quantity"
        label = actor_label(self.actor) if self.actor else None
        if self.quantity.kind is not QuantityKind.AMOUNT:
            return f"{head} ({label})" if label else head
        parts = [p for p in (label, head) if p]
        if self.quantity.rate:
            parts.append(f"per {self.quantity.rate}")
        return " ".join(parts)


class Kind(StrEnum):
    """What the sources say together about one claim."""

    CONFLICT = "conflict"
    COMPATIBLE = "compatible"
    AGREEMENT = "agreement"


class Severity(StrEnum):
    """How strongly a finding calls for an editor's attention."""

    HIGH = "high"  # firm figures from independent sources disagree
    MEDIUM = "medium"  # a hedged figure falls outside the other's tolerance
    LOW = "low"  # differences explained by hedges, bounds or rounding
    NONE = "none"  # the sources agree


class QuantityOut(Record):
    """The quantity as shown in a finding or by ``crosscheck claims``."""

    text: str = Field(description="The quantity as written, hedge words included.")
    kind: QuantityKind
    value: float | None = Field(description="The stated point figure; null for a range.")
    low: float | None = Field(description="Lowest value the text states; null if open.")
    high: float | None = Field(description="Highest value the text states; null if open.")
    bound: Bound
    unit: str | None
    currency: str | None = Field(description="ISO 4217 code.")
    rate: str | None = Field(description="Per what: 'day', 'year', ...")
    counted: str | None = Field(description="The thing counted, e.g. 'troops', 'people killed'.")
    vague: bool
    date: DateSpan | None
    alternates: tuple[str, ...] = Field(default=(), description="Other renderings, as written.")


class ClaimOut(Record):
    """One source's claim inside a finding."""

    source: str
    line: int
    column: int
    start: int
    end: int
    sentence: str
    quantity: QuantityOut
    counted: str | None
    actor: str | None
    copy_of: str | None = Field(
        default=None, description="Set when the source is a copy of another source."
    )


class Side(Record):
    """One value stated in a finding, and who stands behind it."""

    value: str = Field(description="The value as a reader would say it, e.g. '11,000'.")
    sources: tuple[str, ...] = Field(description="Every source path stating it.")
    claims: tuple[int, ...] = Field(description="Indexes into the finding's claims stating it.")
    independent: int = Field(description="How many of them are independent (copies count once).")


class Finding(Record):
    """One group of aligned claims and what comparing them found."""

    id: str = Field(description="Stable fingerprint of the finding's content.")
    kind: Kind
    severity: Severity
    subject: str
    reason: str
    sides: tuple[Side, ...]
    claims: tuple[ClaimOut, ...]
    latest: str | None = Field(
        default=None,
        description="When the figure was updated over time (later publications, or a figure "
        "stated as a rise), the latest value.",
    )
    story: str = Field(description="The id of the story whose sources state it (see `stories`).")
    entity: str | None = Field(
        default=None,
        description="In a docs corpus: the entity the claims are about (they are compared "
        "across pages only for the same entity, attribute and time).",
    )


class StoryLink(Record):
    """Why one source is in its story: the member it is closest to, and what they share."""

    source: str
    joined: str = Field(description="The member of the story this source is closest to.")
    similarity: float = Field(description="Their similarity, weighed by time (0-1).")
    shared: tuple[str, ...] = Field(
        default=(), description="The names and terms they share that weigh most."
    )
    days: tuple[str, ...] = Field(default=(), description="Days both are about (ISO 8601).")
    kind: Literal["similar", "copy"] = Field(
        default="similar",
        description="'similar': they share names and terms; 'copy': the source is a copy.",
    )


class Story(Record):
    """Documents about one real-world event or development; claims of different stories
    are never compared."""

    id: str = Field(description="S1, S2, ... in the order of each story's first source.")
    label: str = Field(description="A short name from the story's top names and terms.")
    sources: tuple[str, ...]
    links: tuple[StoryLink, ...] = Field(
        default=(), description="What joined each source to the story."
    )


class SourceOut(Record):
    """What the report says about one source."""

    path: str
    sha256: str
    format: str
    encoding: str
    sentences: int
    claims: int
    duplicate_of: str | None
    story: str = Field(description="The id of the story the source belongs to.")
    also_in: tuple[str, ...] = Field(
        default=(),
        exclude_if=lambda ids: not ids,
        description="The other stories the source reports too (a round-up of several "
        "events): its claims are compared within each. Left out when there are none.",
    )
    skipped: tuple[Region, ...]
    warnings: tuple[str, ...]


class Summary(Record):
    """Counts for the whole run."""

    sources: int
    independent_sources: int
    stories: int = Field(description="Stories the sources were grouped into.")
    sentences: int
    claims: int
    conflicts: int
    compatible: int
    agreements: int
    skipped_files: int
    suppressed: int = Field(
        default=0, description="Findings left out because the baseline already accepts them."
    )
    unfocused: int = Field(
        default=0, description="Findings left out because they involve no --focus source."
    )


class SkippedFile(Record):
    """An input that could not be checked at all."""

    path: str
    reason: str


class ClaimList(Record):
    """Every claim read from the inputs: the JSON contract of ``crosscheck claims``."""

    version: int = REPORT_VERSION
    claims: tuple[ClaimOut, ...]
    skipped_files: tuple[SkippedFile, ...] = ()


class StoryList(Record):
    """The stories found in the inputs: the JSON contract of ``crosscheck stories``."""

    version: int = REPORT_VERSION
    stories: tuple[Story, ...]
    skipped_files: tuple[SkippedFile, ...] = ()


class Report(Record):
    """The result of one run: the JSON contract of ``crosscheck run --format json``."""

    version: int = REPORT_VERSION
    sources: tuple[SourceOut, ...]
    stories: tuple[Story, ...] = Field(
        description="Documents grouped by the event they report; claims are compared only "
        "within a story."
    )
    skipped_files: tuple[SkippedFile, ...] = ()
    findings: tuple[Finding, ...]
    summary: Summary
    corpus: Literal["news", "docs"] = Field(
        default="news",
        description="How claims were compared: 'news' within stories (documents about one "
        "event), 'docs' by entity, attribute and time across a documentation tree.",
    )

    @property
    def conflicts(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.kind is Kind.CONFLICT)
