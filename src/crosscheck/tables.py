"""Tables read as records: Table -> claims about (row entity, column attribute).

A documentation table is never read as sentences ("| $25K - $50K | 25% | $35K |" is no
sentence). Its header cells name the attributes; the row's first cell (or its link) names
what the row is about; units come from the header ("Funding ($M)", "Share (%)"). Three
shapes are told apart by their first column:

* **records**: the first column names entities (its header is an entity kind such as
  "Company" or "Model", or most of its cells are links): a cell's figure is about the
  row's entity, and its attribute is the column's header;
* **key-value**: the first column holds labels ("Founded", "Funding") and the header of
  the value column says nothing ("Value", "Assessment"): a figure is about the page's
  subject, its attribute is the row's label;
* **otherwise** (a plan comparison, "Feature | Free | Pro"), a figure is about the page's
  subject, and its attribute is the row's label with the column's header.

A row's date (a "Date" or "Year" column: in the first, the table is the page subject's
timeline) or a year in a header gives the figure its time; rows that sum others ("Total")
and rows of an entity that fills several rows (one funder's grants) are not records.
Only the first amount of a short cell is read ("$209M+ (Seed: $7M Aug 2024)": the rest
are its parts); a cell of prose (a timeline's "Event") is read as a sentence of its own.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence

from crosscheck.claims import make_claims
from crosscheck.dates import read_dates
from crosscheck.doc_entities import UNNAMED
from crosscheck.doc_times import price_unit, time_in, without_times
from crosscheck.lexicon import docs_words, stop_words
from crosscheck.markup import slug
from crosscheck.models import Cell, Claim, Quantity, QuantityKind, Sentence, Source, Table
from crosscheck.normalize import fold
from crosscheck.quantities import read_quantities
from crosscheck.segment import Locator

__all__ = ["COLUMN", "column_of", "other_columns", "outside_tables", "table_claims"]

# A cell of at least this many words is prose (a timeline's event, a note), read as a
# sentence; shorter cells hold a value ("$209M+ (Seed: $7M, Series A: $50M)" is 7).
PROSE_CELL_WORDS = 9
# Share of a table's first-column cells that must be links for the column to name
# entities: a comparison of organisations links most of them.
LINKED_SHARE = 0.5

_UNIT_IN_HEADER = re.compile(r"\(([^()]{1,20})\)\s*$|,\s*([^,]{1,12})$")
_SCALE = {
    "k": 1e3,
    "thousand": 1e3,
    "thousands": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "t": 1e12,
    "trillion": 1e12,
}
_CURRENCY = {
    "$": "USD",
    "usd": "USD",
    "us$": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
}
# The qualifier a figure of a prose cell gets for its column: 'column:linked audiences
# limit'. It is no hard qualifier (the cell's sentence may meet a sentence elsewhere), but
# two cells of different columns are different attributes.
COLUMN = "column:"
_TOTAL = re.compile(r"\W*(?:total|sum|all|overall|combined|average|mean|median)\b", re.I)
_HEADER_WORDS = re.compile(r"[^\W\d_][\w'-]*")


def table_claims(
    source: Source, first_index: int, *, default_year: int | None, entity: str | None
) -> list[Claim]:
    """Claims of every table of ``source``; their sentences are numbered from
    ``first_index`` on (after the source's own sentences). ``entity`` is the page's."""
    locate = Locator(source)
    claims: list[Claim] = []
    index = first_index
    for table in source.tables:
        shape = _shape(table)
        attributes = [_attribute(cell.text) for cell in table.header]
        date_column = _date_column(table)
        repeated = _repeated_entities(table) if shape == "records" else set()
        for row in table.rows:
            if not row:
                continue
            row_sentence = _row_sentence(source, row, index, locate)
            index += 1
            if _TOTAL.match(row[0].text):
                continue  # a sum of the rows above, not a record
            row_entity = _row_entity(row[0]) if shape == "records" else entity
            if row_entity in repeated:
                continue  # rows of one entity's grants or rounds: events, not records
            when = _row_time(source, row, date_column, default_year)
            if shape == "records" and _attribute(table.header[0].text) in _PLAN_HEADERS:
                # a plan's row ('Pro | $20/mo'): the product's figure on that plan
                plan = _plan_of(row[0]) or f"plan {slug(row[0].text)}"
                row_entity = UNNAMED if _pricing_page(entity) else entity
                when = " ".join(p for p in (when, plan) if p)
            for c, cell in enumerate(row):
                if (c == 0 and date_column != 0) or c == date_column or c >= len(attributes):
                    continue
                attribute = _cell_attribute(shape, attributes, table.header, row, c)
                if attribute is None:
                    continue
                cell_entity, cell_when = row_entity, when
                column_plan = _plan_of(table.header[c]) if shape == "grid" else None
                if column_plan:
                    # a plan comparison ('Feature | Free | Pro'): the row's label on that plan
                    attribute = _attribute(row[0].text) or attribute
                    cell_entity = UNNAMED if _pricing_page(entity) else entity
                    cell_when = " ".join(p for p in (when, column_plan) if p)
                claims.extend(
                    _cell_claims(
                        source,
                        cell,
                        row_sentence,
                        header=table.header[c].text,
                        attribute=attribute,
                        entity=cell_entity,
                        when=cell_when or _header_time(table.header[c].text),
                        default_year=default_year,
                    )
                )
    return claims


# Between two figures of a table row flattened into text ("GAAP net income $656 million
# $6.19 billion 843%": last year's, this year's, the change), no word: only spaces, tabs
# or bars. A row has three figures or more ("Nimbus X5 256GB - EUR 999" is a label and
# its price).
_CELL_GAP = re.compile(r"[\s|]*")
ROW_FIGURES = 3


def flattened_row(text: str, quantities: Sequence[Quantity], base: int) -> bool:
    """Whether ``text`` (a sentence starting at offset ``base``) is a table row flattened
    into a line: two amounts side by side with no word between them. Which column each
    is in (last year, this year, the change) is lost, so its figures are not claims.

    >>> from crosscheck.models import Bound
    >>> def q(a, b):
    ...     return Quantity(text="x", start=a, end=b, value=1.0, low=1.0, high=1.0,
    ...                     bound=Bound.EXACT)
    >>> t = "GAAP net income $656 million $6.19 billion 843%"
    >>> flattened_row(t, [q(16, 28), q(29, 42), q(43, 47)], 0)
    True
    >>> t = "It made $6.1 billion, up 843% on the year."
    >>> flattened_row(t, [q(8, 20), q(25, 29)], 0)
    False
    >>> flattened_row("Nimbus X5 256GB - EUR 999", [q(10, 15), q(18, 25)], 0)
    False
    """
    amounts = [q for q in quantities if q.kind is QuantityKind.AMOUNT]
    return len(amounts) >= ROW_FIGURES and any(
        _CELL_GAP.fullmatch(text[a.end - base : b.start - base]) is not None
        for a, b in itertools.pairwise(amounts)
        if a.end <= b.start
    )


def outside_tables(sentences: Sequence[Sentence], tables: Sequence[Table]) -> tuple[Sentence, ...]:
    """The sentences that start outside every table: a table's rows are records, read by
    :func:`table_claims`, never sentences."""
    spans = sorted(
        (t.header[0].start if t.header else t.rows[0][0].start, _table_end(t))
        for t in tables
        if t.header or (t.rows and t.rows[0])
    )
    starts = [s for s, _ in spans]
    kept = []
    for sentence in sentences:
        i = bisect_right(starts, sentence.start) - 1
        if i >= 0 and sentence.start < spans[i][1]:
            continue
        kept.append(sentence)
    return tuple(kept)


def _table_end(table: Table) -> int:
    last = next((row for row in reversed(table.rows) if row), table.header)
    return last[-1].end if last else 0


def _shape(table: Table) -> str:
    """'records', 'dated', 'key-value' or 'grid' (see the module's docstring)."""
    words = docs_words()
    first = " ".join(_HEADER_WORDS.findall(table.header[0].text.lower())) if table.header else ""
    if first in words["date_headers"]:
        return "dated"  # a timeline: each row is a moment of the page's subject
    firsts = [row[0] for row in table.rows if row]
    linked = sum(1 for cell in firsts if cell.link) if firsts else 0
    if first in words["entity_headers"] or (firsts and linked >= LINKED_SHARE * len(firsts)):
        return "records"
    values = [_attribute(cell.text) for cell in table.header[1:]]
    if len(table.header) == 2 and (not values[0] or values[0] in words["value_headers"]):
        return "key-value"
    if first in words["label_headers"] and all(v in words["value_headers"] for v in values if v):
        return "key-value"
    return "grid"


def _attribute(header: str) -> str:
    """A header as an attribute: lower case, folded, its unit in brackets left out.

    >>> _attribute("Funding ($M)")
    'funding'
    >>> _attribute("**Valuation**")
    'valuation'
    >>> _attribute("Science (Total)"), _attribute("2026 Capex (Guided/Est.)")
    ('science total', 'capex')
    """
    text = fold(header).lower()
    match = _UNIT_IN_HEADER.search(text)
    if match is not None and _says_unit(match.group(1) or match.group(2) or ""):
        text = text[: match.start()]
    return " ".join(_HEADER_WORDS.findall(text))


def _says_unit(bracket: str) -> bool:
    """Whether a header's bracket gives a unit, a hedge or a time ('$M', '%', 'Est.',
    'Dec 2025'), not words of the attribute ('Total', '25→26').

    >>> _says_unit("$M"), _says_unit("est."), _says_unit("guided/est."), _says_unit("total")
    (True, True, True, False)
    """
    if any(mark in bracket for mark in "$€£%"):
        return True
    words = _HEADER_WORDS.findall(without_times(bracket))
    hedges = docs_words()["cell_hedge_words"]
    if not words:
        return not any(ch.isdigit() for ch in bracket) or time_in(bracket) is not None
    return all(w in hedges or w in _SCALE or w in _CURRENCY for w in words)


def _cell_attribute(
    shape: str, attributes: Sequence[str], header: Sequence[Cell], row: Sequence[Cell], c: int
) -> str | None:
    label = _attribute(row[0].text)
    if shape == "records" or shape == "dated":
        return attributes[c] or None
    if shape == "key-value":
        return label or None
    parts = [p for p in (label, attributes[c]) if p]
    return " / ".join(parts) or None


_PLAN_HEADERS = frozenset({"plan", "plans", "tier", "tiers", "edition", "editions"})


def _pricing_page(entity: str | None) -> bool:
    """Whether a page is the product's pricing or limits page ('pricing', 'plans',
    'usage-limits'): its plan tables are about the product. A plan table on another page
    is about that page's feature ('Cloud Agents: Pro | 4 vCPU')."""
    words = set((entity or "").split("-"))
    return entity is not None and bool(words & docs_words()["pricing_pages"])


def _plan_of(cell: Cell) -> str | None:
    """'plan pro' for a cell naming a plan ('Pro', 'Pro plan', '**Hobby**'), else None."""
    words = _HEADER_WORDS.findall(fold(cell.text).lower())
    words = [w for w in words if w not in ("plan", "plans", "tier", "tiers")]
    if len(words) == 1 and words[0] in docs_words()["qualifier_words"]:
        return f"plan {words[0]}"
    return None


def _row_entity(cell: Cell) -> str | None:
    if cell.link:
        return cell.link
    return slug(cell.text) or None


def _date_column(table: Table) -> int | None:
    words = docs_words()["date_headers"]
    for c, cell in enumerate(table.header):
        if _attribute(cell.text) in words:
            return c
    return None


def _repeated_entities(table: Table) -> set[str | None]:
    seen: set[str | None] = set()
    repeated: set[str | None] = set()
    for row in table.rows:
        if row:
            entity = _row_entity(row[0])
            (repeated if entity in seen else seen).add(entity)
    return repeated


def _row_time(
    source: Source, row: Sequence[Cell], column: int | None, default_year: int | None
) -> str | None:
    """The month or year a row's date cell states ('Feb 2026' -> '2026-02')."""
    if column is None or column >= len(row):
        return None
    return time_in(row[column].text)


def _header_time(header: str) -> str | None:
    return time_in(header)


def _row_sentence(source: Source, row: Sequence[Cell], index: int, locate: Locator) -> Sentence:
    start, end = row[0].start, row[-1].end
    line, column = locate(start)
    return Sentence(
        source=source.path,
        index=index,
        start=start,
        end=end,
        line=line,
        column=column,
        text=source.text[start:end],
    )


def _cell_claims(
    source: Source,
    cell: Cell,
    row: Sentence,
    *,
    header: str,
    attribute: str,
    entity: str | None,
    when: str | None,
    default_year: int | None,
) -> list[Claim]:
    """The claims of one cell: its first amount as (entity, attribute), or the figures of
    its prose read as a sentence."""
    piece = row.model_copy(update={"start": cell.start, "end": cell.end, "text": cell.text})
    dates = read_dates(piece, source.text, default_year=default_year)
    amounts = [
        q
        for q in read_quantities(piece, source.text)
        if q.kind is QuantityKind.AMOUNT
        and not any(q.start < d.end and d.start < q.end for d in dates)
    ]
    if len(cell.text.split()) >= PROSE_CELL_WORDS:
        claims = make_claims(piece, (*amounts, *dates), source.text, reference_year=default_year)
        column = _attribute(header)
        return [
            c.model_copy(
                update={
                    "sentence": row,
                    "entity": entity,
                    "when": when,
                    "qualifiers": (*c.qualifiers, f"{COLUMN}{column}") if column else c.qualifiers,
                }
            )
            for c in claims
            if c.quantity.kind is QuantityKind.AMOUNT
        ]
    if not amounts:
        return []
    quantity = _with_header_unit(amounts[0], header)
    # "$39B (2024) -> $60-65B", "$380B (Series G, Feb 2026)": a time after the figure
    # in its cell is its own
    when = time_in(source.text[quantity.end : cell.end]) or when
    # "£100M (5yr)", "45% (China IP cameras)", "Part of 60% combined": words of the cell
    # that are not the figure, a hedge or a time qualify it
    per = price_unit(source.text, quantity.end)
    parts = [p for p in (when, f"per {per}" if per else None) if p]
    rest = cell_qualifier(source.text, cell, (amounts[0], *amounts[1:], *dates), per)
    if rest:
        parts.append(f"[{rest}]")
    when = " ".join(parts) or None
    claim = Claim(
        source=source.path,
        sentence=row,
        quantity=quantity,
        counted=attribute,
        counted_text=header,
        actor=None,
        qualifiers=("table",),
        frame=f"{attribute} #",
        entity=entity,
        when=when,
    )
    return [claim]


def column_of(claim: Claim) -> str | None:
    """The column of a table's prose cell a claim was read in ('linked audiences limit'),
    or None for a claim of a sentence or of a value cell.

    >>> from crosscheck.models import Bound, Quantity
    >>> q = Quantity(text="40", start=0, end=2, value=40, low=40, high=40, bound=Bound.EXACT)
    >>> s = Sentence(source="a.md", index=0, start=0, end=2, line=1, column=1, text="40")
    >>> c = Claim(source="a.md", sentence=s, quantity=q, counted=None, counted_text=None,
    ...           actor=None, qualifiers=("column:limit",), frame="#")
    >>> column_of(c), column_of(c.model_copy(update={"qualifiers": ()}))
    ('limit', None)
    """
    return next((x[len(COLUMN) :] for x in claim.qualifiers if x.startswith(COLUMN)), None)


def other_columns(a: str | None, b: str | None) -> bool:
    """Whether two prose cells' columns are different attributes: neither header says all
    the words of the other ('Evidence' is said by 'Key Evidence'; 'Linked Audiences Limit'
    and 'How to increase your limit' share only 'limit').

    >>> other_columns("linked audiences limit", "how to increase your limit")
    True
    >>> other_columns("evidence", "key evidence"), other_columns("limit", None)
    (False, False)
    """
    if not a or not b:
        return False
    x, y = set(a.split()), set(b.split())
    return not (x <= y or y <= x)


def cell_qualifier(
    text: str, cell: Cell, figures: Sequence[Quantity], per: str | None
) -> str | None:
    """The words of a table cell that are neither its figures, nor their times, hedges or
    price unit: what qualifies the cell's figure.

    >>> from crosscheck.models import Bound
    >>> t = "£100M (5yr)"
    >>> q = Quantity(text="£100M", start=0, end=5, value=1e8, low=1e8, high=1e8, bound=Bound.EXACT)
    >>> cell_qualifier(t, Cell(start=0, end=len(t), text=t), [q], None)
    '5yr'
    >>> t = "≈$50M+ (estimated, 2024)"
    >>> q = Quantity(text="$50M", start=1, end=5, value=5e7, low=5e7, high=None, bound=Bound.LOWER)
    >>> cell_qualifier(t, Cell(start=0, end=len(t), text=t), [q], None) is None
    True
    """
    pieces: list[str] = []
    at = cell.start
    for q in sorted(figures, key=lambda f: f.start):
        if q.start >= at:
            pieces.append(text[at : q.start])
        at = max(at, q.end)
    pieces.append(text[at : cell.end])
    rest = without_times(" ".join(pieces))
    hedges = docs_words()["cell_hedge_words"]
    stop = stop_words()
    words = [
        w
        for w in _QUALIFIER_WORDS.findall(fold(rest).lower())
        if w not in hedges and w not in stop and w != per
    ]
    return " ".join(words) or None


_QUALIFIER_WORDS = re.compile(r"[^\W_][\w'-]*")


def _with_header_unit(q: Quantity, header: str) -> Quantity:
    """A bare figure given the unit, currency and scale its column's header states.

    >>> from crosscheck.models import Bound
    >>> q = Quantity(text="12", start=0, end=2, value=12, low=12, high=12, bound=Bound.EXACT)
    >>> r = _with_header_unit(q, "Funding ($M)")
    >>> (r.value, r.currency)
    (12000000.0, 'USD')
    """
    match = _UNIT_IN_HEADER.search(header)
    if match is None or q.unit or q.currency:
        return q
    words = (match.group(1) or match.group(2) or "").lower().replace(" ", "")
    if words in ("%", "percent"):
        return q.model_copy(update={"unit": "%"})
    currency = next((code for mark, code in _CURRENCY.items() if words.startswith(mark)), None)
    rest = words
    if currency is not None:
        rest = words[len(next(m for m in _CURRENCY if words.startswith(m))) :]
    scale = _SCALE.get(rest.strip(" .")) if rest else None
    if currency is None and scale is None:
        return q
    factor = scale or 1.0

    def scaled(x: float | None) -> float | None:
        return None if x is None else x * factor

    return q.model_copy(
        update={
            "currency": currency,
            "value": scaled(q.value),
            "low": scaled(q.low),
            "high": scaled(q.high),
            "precision": scaled(q.precision),
        }
    )
