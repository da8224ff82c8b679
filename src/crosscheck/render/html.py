"""The HTML report: one self-contained page to open in a browser, attach or share.

The page's layout is the template ``templates/report.html.j2`` with its style and script
(``report.css``, ``report.js``) inlined: no network, no fonts, nothing to fetch. This
module only prepares what the page shows: each finding's sides with their claims (copies
folded under their original), and each source's kept text line by line, with the claimed
figures marked and an anchor per line of the file (``#source-3-L12``).

Every piece of text in the markup goes through Jinja's autoescaping; the sources' texts
travel as JSON data blocks (``<``, ``>`` and ``&`` escaped) that the page's script turns
into text nodes, never markup. Characters that could hide or reorder text (bidi
overrides, zero-width and other format characters, controls) are shown as visible
``U+XXXX`` marks instead of being written. The page's Content-Security-Policy allows only
its own style and script (by hash), so even a bug in escaping could neither run a script
nor fetch anything.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import jinja2
from markupsafe import Markup

from crosscheck import __version__
from crosscheck.models import ClaimOut, Finding, Kind, Region, Report, Side, Source, SourceOut
from crosscheck.settings import Settings

__all__ = ["Segment", "render_html", "segments", "shown"]

TEMPLATE = "report.html.j2"
STYLE = "report.css"
SCRIPT = "report.js"

# Characters that are invisible or that change how the text around them is shown: C0 and
# C1 controls (tab and newline excepted), format characters (bidi embeddings, overrides
# and isolates, marks, zero-width spaces and joiners, word joiner, invisible operators,
# the byte-order mark, interlinear annotation, tag characters), line and paragraph
# separators, and lone surrogates. They are shown as ``U+XXXX``. The soft hyphen (U+00AD)
# is left alone: it only hints where a word may break, and web text is full of it.
# tests/test_html.py checks this class against every Cc, Cf, Cs, Zl and Zp code point.
_HIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    "\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f\ud800-\udfff]"
)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text as the page shows it.

    ``mark`` is set on a claimed figure: the fragment it links to, or "" for none.
    ``hidden`` is set on one invisible character: its name; ``text`` is then ``U+XXXX``.
    """

    text: str
    mark: str | None = None
    hidden: str | None = None


def segments(text: str, mark: str | None = None) -> list[Segment]:
    """``text`` cut into runs, each invisible character a run of its own, shown by code.

    >>> segments("a\\u202eb")
    [Segment(text='a', mark=None, hidden=None), Segment(text='U+202E', mark=None, \
hidden='RIGHT-TO-LEFT OVERRIDE'), Segment(text='b', mark=None, hidden=None)]
    >>> segments("12,000", mark="#finding-1")
    [Segment(text='12,000', mark='#finding-1', hidden=None)]
    """
    if not _HIDDEN.search(text):
        return [Segment(text, mark)]
    out: list[Segment] = []
    at = 0
    for found in _HIDDEN.finditer(text):
        if found.start() > at:
            out.append(Segment(text[at : found.start()], mark))
        char = found.group()
        name = unicodedata.name(char, "") or f"control character {ord(char):#04x}"
        out.append(Segment(f"U+{ord(char):04X}", mark, name))
        at = found.end()
    if at < len(text) or not out:
        out.append(Segment(text[at:], mark))
    return out


def shown(text: str) -> str:
    """``text`` with each invisible character written as ``[U+XXXX]``: for paths, labels
    and reasons, which the page shows as plain text.

    >>> shown("evil\u202etxt.exe")
    'evil[U+202E]txt.exe'
    """
    return _HIDDEN.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


# --- what the page shows ----------------------------------------------------------------


@dataclass(frozen=True)
class ClaimView:
    """One claim under its side: ``path:line`` linking to the source's line, its sentence
    (empty for a copy repeating its original's), and the copies folded under it."""

    where: str
    href: str
    copy_of: str | None
    sentence: tuple[Segment, ...]
    copies: tuple[ClaimView, ...] = ()


@dataclass(frozen=True)
class SideView:
    side: Side
    claims: tuple[ClaimView, ...]


@dataclass(frozen=True)
class FindingView:
    anchor: str
    finding: Finding
    story: str
    sources: str  # the numbers of the sources it quotes, space-separated, for the filters
    sides: tuple[SideView, ...]


@dataclass(frozen=True)
class SourceView:
    """One source: its row in the sources table, and its kept text as the data the page's
    script shows when the source is opened (see ``_text_data``)."""

    number: int
    anchor: str
    out: SourceOut
    copy_of: int | None  # the number of the source it is a copy of
    text: Markup  # JSON, safe inside <script type="application/json">
    lines: frozenset[int]  # the file lines that have an anchor
    missing: str | None  # why its text is not shown


@dataclass(frozen=True)
class SettingView:
    name: str
    value: str
    changed: bool


def render_html(
    report: Report,
    sources: Sequence[Source] = (),
    *,
    settings: Settings | None = None,
    version: str = __version__,
) -> str:
    """The report as one HTML page. ``sources`` are the sources as read (the report does
    not carry their text); one missing, or whose bytes changed since the report was made
    (its sha256 differs), is listed without its text."""
    numbers = {s.path: i for i, s in enumerate(report.sources, 1)}
    texts = {s.path: s for s in sources}
    anchors = _finding_anchors(report.findings)
    marks = _marks(report.findings, anchors)
    source_views = [
        _source_view(out, numbers, texts.get(out.path), marks.get(out.path, []))
        for out in report.sources
    ]
    line_anchors = {f"source-{v.number}-L{n}" for v in source_views for n in v.lines}
    labels = {story.id: story.label for story in report.stories}
    views = [
        _finding_view(f, anchor, numbers, labels, line_anchors)
        for f, anchor in zip(report.findings, anchors, strict=True)
    ]
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("crosscheck.render", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["plural"] = _plural
    environment.filters["thousands"] = "{:,}".format
    environment.filters["shown"] = shown
    assert environment.loader is not None
    style = environment.loader.get_source(environment, STYLE)[0]
    script = environment.loader.get_source(environment, SCRIPT)[0]
    return environment.get_template(TEMPLATE).render(
        report=report,
        summary=report.summary,
        version=version,
        settings=_settings(settings or Settings()),
        conflicts=[v for v in views if v.finding.kind is Kind.CONFLICT],
        compatible=[v for v in views if v.finding.kind is Kind.COMPATIBLE],
        agreements=[v for v in views if v.finding.kind is Kind.AGREEMENT],
        sources=source_views,
        style=Markup(style),
        script=Markup(script),
        style_hash=_csp_hash(style),
        script_hash=_csp_hash(script),
    )


def _csp_hash(text: str) -> str:
    """The Content-Security-Policy source that allows exactly this inline style or script."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _plural(n: int, word: str, many: str | None = None) -> str:
    """``1 source``, ``1,204 sources``; ``many`` for an irregular plural."""
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def _settings(settings: Settings) -> list[SettingView]:
    """Every setting in kebab case (as the configuration file spells it), its value as
    JSON, and whether it differs from the default."""
    values = settings.model_dump(mode="json")
    defaults = Settings().model_dump(mode="json")
    return [
        SettingView(
            name.replace("_", "-"),
            json.dumps(value, ensure_ascii=False),
            value != defaults[name],
        )
        for name, value in values.items()
    ]


def _finding_anchors(findings: Sequence[Finding]) -> list[str]:
    """``finding-<id>`` for each finding (the id is a content fingerprint, so a link
    survives a re-run), with a suffix in the rare case two findings share an id."""
    seen: dict[str, int] = {}
    out = []
    for finding in findings:
        n = seen[finding.id] = seen.get(finding.id, 0) + 1
        out.append(f"finding-{finding.id}" + (f"-{n}" if n > 1 else ""))
    return out


def _finding_view(
    finding: Finding,
    anchor: str,
    numbers: Mapping[str, int],
    labels: Mapping[str, str],
    line_anchors: set[str],
) -> FindingView:
    def href(claim: ClaimOut) -> str:
        number = numbers.get(claim.source)
        if number is None:
            return ""
        line = f"source-{number}-L{claim.line}"
        return "#" + (line if line in line_anchors else f"source-{number}")

    sides = tuple(
        SideView(side, _folded([finding.claims[i] for i in side.claims], href))
        for side in finding.sides
    )
    used = sorted({numbers[c.source] for c in finding.claims if c.source in numbers})
    label = labels.get(finding.story, "")
    return FindingView(
        anchor=anchor,
        finding=finding,
        story=f"{finding.story} {label}".strip(),
        sources=" ".join(map(str, used)),
        sides=sides,
    )


def _folded(claims: Sequence[ClaimOut], href: Callable[[ClaimOut], str]) -> tuple[ClaimView, ...]:
    """The claims of one side, a copy folded under its original's claim when the original
    is on the same side; a copy repeating the original's sentence shows only its place."""
    originals = {c.source: c for c in claims if not c.copy_of}
    folded: dict[str, list[ClaimView]] = {}
    for claim in claims:
        original = originals.get(claim.copy_of or "")
        if original is not None:
            same = _SPACES.sub(" ", claim.sentence) == _SPACES.sub(" ", original.sentence)
            folded.setdefault(original.source, []).append(_claim_view(claim, href, not same))
    views = []
    for claim in claims:
        if claim.copy_of in originals:
            continue
        copies = tuple(folded.pop(claim.source, [])) if claim.source in originals else ()
        views.append(_claim_view(claim, href, True, copies))
    return tuple(views)


def _claim_view(
    claim: ClaimOut,
    href: Callable[[ClaimOut], str],
    quote: bool,
    copies: tuple[ClaimView, ...] = (),
) -> ClaimView:
    return ClaimView(
        where=f"{claim.source}:{claim.line}",
        href=href(claim),
        copy_of=claim.copy_of,
        sentence=tuple(_quoted(claim)) if quote else (),
        copies=copies,
    )


def _quoted(claim: ClaimOut) -> list[Segment]:
    """The claim's sentence with its figure, as written, marked."""
    sentence = claim.sentence
    needle = _SPACES.sub(" ", claim.quantity.text).strip()
    at = sentence.find(needle) if needle else -1
    if at < 0:
        return segments(sentence)
    end = at + len(needle)
    return [*segments(sentence[:at]), *segments(needle, ""), *segments(sentence[end:])]


# --- source texts -----------------------------------------------------------------------

Mark = tuple[int, int, str]  # start, end (offsets in the source's text), the finding's anchor


def _marks(findings: Sequence[Finding], anchors: Sequence[str]) -> dict[str, list[Mark]]:
    """Per source, the figures its claims state, sorted; an overlapping one is left out
    (the first finding that quotes a figure is the one it links to)."""
    found: dict[str, list[Mark]] = {}
    for finding, anchor in zip(findings, anchors, strict=True):
        for claim in finding.claims:
            if claim.end > claim.start:
                found.setdefault(claim.source, []).append((claim.start, claim.end, anchor))
    out: dict[str, list[Mark]] = {}
    for path, marks in found.items():
        kept: list[Mark] = []
        for mark in sorted(marks, key=lambda m: m[:2]):
            if not kept or mark[0] >= kept[-1][1]:
                kept.append(mark)
        out[path] = kept
    return out


def _source_view(
    out: SourceOut,
    numbers: Mapping[str, int],
    source: Source | None,
    marks: Sequence[Mark],
) -> SourceView:
    number = numbers[out.path]
    missing = None
    data: list[object] = []
    if source is None:
        missing = "Its text was not read again for this page."
    elif source.sha256 != out.sha256:
        missing = "It changed after it was checked: its text is not shown."
    else:
        data = list(_text_data(source, marks))
    anchored = frozenset(item[0] for item in data if isinstance(item, list) and item[1])
    copy_of = numbers.get(out.duplicate_of) if out.duplicate_of else None
    return SourceView(
        number, f"source-{number}", out, copy_of, _script_json(data), anchored, missing
    )


def _script_json(data: object) -> Markup:
    """JSON that cannot end or comment out the <script> element it sits in: every ``<``,
    ``>`` and ``&`` is written as a JSON escape (the parser then never sees ``</script``
    or ``<!--``).

    >>> print(_script_json(["</script><!--", "a&b"]))
    ["\\u003c/script\\u003e\\u003c!--","a\\u0026b"]
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _text_data(source: Source, marks: Sequence[Mark]) -> Iterator[object]:
    """The kept text of ``source`` as the page's script reads it, in order:

    - a kept line is ``[line, anchored, run, ...]``: its line in the file (in the HTML,
      for a web page), 1 if it carries the anchor ``#source-N-L<line>`` (the first text
      line from each file line does), then its runs: a string of plain text, or
      ``[text, mark, hidden]`` as in :class:`Segment`;
    - a skipped region is ``{"from": line, "to": end_line, "why": reason}``, where it was.
    """
    text = source.text
    keep = sorted(source.keep)
    regions = sorted(source.skipped, key=lambda r: (r.start, r.line))
    line_map = source.line_map
    starts = [m[0] for m in marks]
    anchored: set[int] = set()
    r = 0
    start = 0
    for index, piece in enumerate(text.split("\n")):
        end = start + len(piece)
        while r < len(regions) and regions[r].start <= start:
            yield _gap(regions[r])
            r += 1
        parts = [
            (max(start, a), min(end, b))
            for a, b in keep
            if (a < end and b > start) or (start == end and a <= start < b)
        ]
        if parts:
            line = line_map[index] if line_map and index < len(line_map) else index + 1
            item: list[object] = [line, 0 if line in anchored else 1]
            anchored.add(line)
            for a, b in parts:
                if b == end and b > a and text[b - 1] == "\r":
                    b -= 1  # a CRLF line's CR ends the line; it is not shown as a character
                at = bisect.bisect_left(starts, b)  # marks starting before b: one may overlap
                plain = (at == 0 or marks[at - 1][1] <= a) and not _HIDDEN.search(text, a, b)
                if plain:  # most lines: one run of plain text (none for a blank line)
                    if b > a:
                        item.append(text[a:b])
                else:
                    item += [_run(segment) for segment in _marked(text, a, b, marks, starts)]
            yield item
        start = end + 1
    for region in regions[r:]:
        yield _gap(region)


def _run(segment: Segment) -> object:
    if segment.mark is None and segment.hidden is None:
        return segment.text
    return [segment.text, segment.mark, segment.hidden]


def _gap(region: Region) -> dict[str, object]:
    return {"from": region.line, "to": region.end_line, "why": shown(region.reason)}


def _marked(text: str, a: int, b: int, marks: Sequence[Mark], starts: list[int]) -> list[Segment]:
    """``text[a:b]`` with the figures of ``marks`` (sorted, not overlapping) marked."""
    out: list[Segment] = []
    i = max(0, bisect.bisect_right(starts, a) - 1)
    at = a
    while i < len(marks) and marks[i][0] < b:
        start, end, anchor = marks[i]
        i += 1
        if end <= at:
            continue
        start = max(start, at)
        end = min(end, b)
        if start > at:
            out += segments(text[at:start])
        out += segments(text[start:end], "#" + anchor)
        at = end
    if at < b or not out:
        out += segments(text[at:b])
    return [s for s in out if s.text]
