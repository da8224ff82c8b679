"""Frame signals: the words around a figure that make it a different claim from a
similar-looking one. An additional or a new figure, a change, a previous figure given for
comparison, a part of a whole (a breakdown, an advance party, a contribution), a time
window, a forecast or a deadline, a threshold, a hypothetical, another place or another
incident. Each is a qualifier of the claim (``frame_signals``); each pattern that runs on
a window has a gate (``normalize.Gate``) that says what the window must hold for it to
match, tested in tests/test_gates.py.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from typing import NamedTuple

from crosscheck.bounds import CHANGE_VERBS
from crosscheck.dates import EVENT_NOUNS
from crosscheck.dating import month_of
from crosscheck.incidents import closed_list
from crosscheck.models import Quantity, QuantityKind
from crosscheck.normalize import Gate, Window, may_contain
from crosscheck.periods import period_at, periods_in
from crosscheck.scope import scope_qualifiers

_ADDITIVE_BEFORE = re.compile(
    r"\b(?:another|an additional|additional|a further|further|extra|an extra)\s+$", re.IGNORECASE
)
_ADDITIVE_AFTER = re.compile(r"^\s+(?:more|additional|extra|further)\b", re.IGNORECASE)
# Gates (normalize.Gate): what a window needs for the pattern before to match in it.
_ADDITIVE_GATE = Gate(ends=("another", "additional", "further", "extra"))
_CHANGE_BEFORE = re.compile(
    r"\b(?:(?:increase|rise|drop|fall|decline|jump|cut|reduction|gain|loss|growth|decrease)\s+of"
    r"|(?:rose|risen|rising|fell|fallen|falling|increased|decreased|grew|grown|dropped|declined|"
    r"jumped|climbed|gained|lost|cut|raised|lowered|up|down|surged|soared|swelled|spiked|"
    r"plunged|plummeted|slid|tumbled)\s+by)\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
# A net change by its verb: "Disney+ added nearly seven million subscribers", "gained 13.1
# million", "shed 20,000 jobs" (not the total they make); "gained 54.9 percent of the votes"
# is a share won (:data:`_SHARE_AFTER`).
_NET_CHANGE_BEFORE = re.compile(
    r"\b(?P<verb>added|adding|adds|gained|gaining|gains|lost|losing|loses|shed|shedding|sheds|"
    r"netted)"
    r"\s+(?:(?:a\s+)?(?:net|record|further|another)\s+)?(?:(?:more|less|fewer)\s+than\s+|"
    r"nearly\s+|almost\s+|about\s+|around\s+|roughly\s+|some\s+)?$",
    re.IGNORECASE,
)
_CHANGE_GATE = Gate(ends=("of", "by"))
_NET_CHANGE_GATE = Gate(
    ends=(
        *("added", "adding", "adds", "gained", "gaining", "gains", "lost", "losing", "loses"),
        *("shed", "shedding", "sheds", "netted", "net", "record", "further", "another"),
        *("than", "nearly", "almost", "about", "around", "roughly", "some"),
    )
)
_SHARE_AFTER = re.compile(r"^\s*of\b", re.IGNORECASE)
_PEOPLE_LOST = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:soldiers|troops|men|women|fighters|people|lives|personnel|"
    r"servicemen|officers|children|civilians|crew|members\s+of)\b",
    re.IGNORECASE,
)
_CHANGE_FROM = re.compile(rf"\b(?:{CHANGE_VERBS})\b[^.;]{{0,30}}\bfrom\s+$", re.IGNORECASE)
_CHANGE_FROM_GATE = Gate(ends=("from",))
# "63 new cases": an increment, not the running total.
_NEW_AFTER = re.compile(r"^\s+(?:new|fresh)\s+(?!york|zealand|delhi|jersey|mexico)", re.IGNORECASE)
_TO_AFTER = re.compile(r"^\s*to\b", re.IGNORECASE)
# "rose to 6.8% in October from 6.1% in September": the figure after "from" is the old one.
_CHANGE_TO_FROM = re.compile(
    rf"\b(?:{CHANGE_VERBS})\s+to\b(?:[^.;]|\.(?=\d)){{0,60}}\bfrom\s+(?:a\s+|an\s+)?$",
    re.IGNORECASE,
)
_CHANGE_TO_FROM_GATE = Gate(ends=("from", "a", "an"))
# "increased to 33 mln shares from the proposed 30 mln", "raised its stake to 816,000
# shares, or 11.3 pct, from 453,300": after a new figure, "from" gives the old one.
_TO_FIGURE_FROM = re.compile(
    r"\bto\s+(?:about\s+|around\s+|some\s+)?\S{0,4}\d[^;]{0,100}\bfrom\s+(?:the\s+|a\s+)?"
    r"(?:proposed\s+|previous\s+|original\s+|earlier\s+|prior\s+|planned\s+)?$",
    re.IGNORECASE,
)
# Between two figures of one sentence: the first is a part of the second ...
_PART_OF_NEXT = re.compile(
    r"\b(?:vanguard|part|portion|share|fraction|first wave|first batch|advance guard|"
    r"advance party|contingent|subset|out)\s+of\b",
    re.IGNORECASE,
)
# ... or the second is a part of the first.
_PART_OF_PREVIOUS = re.compile(
    r"\b(?:including|includes|included|of whom|of which|among them|among whom|among those)\b",
    re.IGNORECASE,
)
# A breakdown by place: "four people in Kashiwazaki and two in Nagaoka", "3 in Texas, 5 in
# Ohio". Each figure is a local part, not the whole the other reports give.
_BREAKDOWN_BETWEEN = re.compile(
    r"^[^,;.]{0,40}?\bin\s+(?:the\s+(?:city|town|village|district|province|region|state|"
    r"county|prefecture)\s+of\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*\s*(?:,\s*|\s+)"
    r"(?:and\s+)?(?:another\s+)?$"
)
# ... also when the next figure is a small spelled one the reader does not count alone:
# "four people in Kashiwazaki and two in Nagaoka".
_BREAKDOWN_AFTER = re.compile(
    _BREAKDOWN_BETWEEN.pattern[:-1]
    + r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more\s+)?in\b"
)


# A time window narrower than the whole event: "on Tuesday alone", "in the first week",
# "in three days", "over the weekend". A figure for a window is a different claim from the
# event's total.
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)"
_WINDOW = re.compile(
    r"\b(?:in|on|during|over|within|for)\s+(?:the\s+)?(?:first|last|past|previous|opening|"
    r"final|initial|second|third|fourth|same)\s+(?:\w+\s+)?(?:days?|weeks?|months?|hours?|"
    r"minutes?|years?|quarter|half|round|session|weekend|night)\b"
    rf"|\b(?:on\s+)?{_WEEKDAY}\s+alone\b"
    r"|\bin\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*(?:\s+[a-z]+)?\s+alone\b"
    r"|\bin\s+(?:just\s+|only\s+|less\s+than\s+)?(?:a|one|two|three|four|five|six|seven|"
    r"\d+)\s+(?:days|hours|weeks|minutes)\b"
    r"|\bover\s+the\s+weekend\b",
    re.IGNORECASE,
)
_WINDOW_GATE = Gate(
    holds=(
        *("day", "week", "month", "hour", "minute", "year", "quarter", "half", "round"),
        *("session", "night", "alone"),
    )
)
# A figure for an earlier period, given for comparison: "up from $4.1 billion a year earlier".
_PREVIOUS_BEFORE = re.compile(
    r"\b(?:up|down)\s+from\s+$|\bcompared\s+(?:with|to)\s+$|\bversus\s+$|\bvs\.?\s+$"
    # an earlier stage, in the past perfect: "It had marketed the stock at $17 to $19",
    # "officials had earlier put the toll at 19"
    r"|\bhad\s+(?:initially\s+|earlier\s+|previously\s+|originally\s+|first\s+)?"
    r"(?:marketed|priced|offered|put|set|estimated|forecast|reported|given|targeted|planned|"
    r"proposed|intended)\b"
    r"[^.;:]{0,40}$"
    # an earlier period's, in the possessive: "up from the previous quarter's 48.3 million"
    r"|\b(?:previous|prior|preceding|last|year-ago|year-earlier)\s+(?:quarter|year|month|"
    r"period|season|week)['\u2019]s\s+$",
    re.IGNORECASE,
)
_PREVIOUS_GATE = Gate(
    ends=("from", "with", "to", "versus", "vs", "vs.", "'s", "\u2019s"), holds=("had",)
)
# The one before: "The last exchange, in January, freed 75", "the previous record of 40.3C".
_PREVIOUS_EVENT = re.compile(
    r"\b(?:the|its|their|an?)\s+(?:last|previous|prior|earlier|rejected|failed|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December))\s+(?:[a-z0-9-]+\s+)?"
    rf"(?:{EVENT_NOUNS}|exchange|swap|round|deal|offer|bid|approach|proposal|record|high|low|"
    r"peak|meeting|election|vote|census|survey|estimate|count|forecast|season|edition)\b",
    re.IGNORECASE,
)
_PREVIOUS_EVENT_GATE = Gate(
    holds=(
        *("last", "previous", "prior", "earlier", "rejected", "failed"),
        *(name.lower() for name in calendar.month_name[1:]),
    )
)
_PREVIOUS_AFTER = re.compile(
    r"^\s*(?:(?:a|one|the)\s+year\s+(?:earlier|ago|before)|last\s+year|"
    r"(?:in|during|for)\s+the\s+(?:same|previous|prior|year-earlier|year-ago)\s+"
    r"(?:period|quarter|year|month|season)"
    # a wire's tables: "Qtly div 25 cts vs 25 cts prior", "... vs 1.10 dlrs prior qtr"
    r"|(?:cts|cents|dlrs|dollars|pct)?\s*prior\b)",
    re.IGNORECASE,
)
# A span of time named for comparison: "the biggest in 120 years", "his first visit in 24
# years", "the lowest since 2008".
_COMPARISON_BEFORE = re.compile(
    r"(?<!at )\b(?:\w+est|most\s+\w+|least\s+\w+|worst|best|first|only)\b[^.;:,]{0,40}?"
    r"\b(?:in|since|for)\s+(?:nearly\s+|almost\s+|more\s+than\s+|over\s+|about\s+)?$"
    r"|\b(?:record|all-time|previous\s+high\s+of|previous\s+record\s+of)\s+$",
    re.IGNORECASE,
)
_COMPARISON_GATE = Gate(
    ends=(
        *("in", "since", "for", "nearly", "almost", "than", "over", "about"),
        *("record", "all-time", "of"),
    )
)
# A round-up sentence about another incident: its figures are not the story's.
_SEPARATE = re.compile(
    r"(?i:\b(?:in\s+(?:a|another)\s+separate\s+\w+|in\s+another\s+(?:incident|attack|"
    r"strike|case|development)|separately|elsewhere|in\s+an\s+unrelated\s+\w+)\b)"
    # a round-up line about a competitor: "Rival Kuroda Motors reported ..."
    r"|\b(?:[Rr]ival|[Cc]ompetitor|[Pp]eer)s?\s+(?=[A-Z])",
)
# What every match of _SEPARATE holds, lowered: a sentence without any of them is not
# searched (the search tries every position of every sentence that has a figure).
_SEPARATE_WORDS = ("separate", "another", "elsewhere", "unrelated", "rival", "competitor", "peer")
# Qualifier windows: hedges, additives and time words sit within a few words of a figure.
# A threshold or requirement, not a result: "the 41 seats required for a majority",
# "needs 270 electoral votes to win", "a 5% threshold to enter parliament".
_THRESHOLD_AFTER = re.compile(
    r"^\s*(?:[a-z-]+\s+){0,3}?(?:required|needed|necessary)\b"
    r"|^\s*(?:[a-z-]+\s+){0,3}?(?:for|to\s+(?:form|win|secure|reach|pass))\s+(?:a\s+)?"
    r"(?:majority|quorum|threshold)\b"
    r"|^\s*(?:[a-z-]+\s+)?(?:threshold|target|goal|ceiling)\b",
    re.IGNORECASE,
)
# "which targets inflation of 2%", "aims for a deficit of 3%": the clause states a goal.
_TARGETS = re.compile(r"\b(?:targets|targeted|targeting|aims?\s+(?:for|at)|aiming\s+for)\b", re.I)
_TARGETS_GATE = Gate(holds=("target", "aim"))
# Another place than the one the story is about: "In neighbouring Zomba district, 210 cases".
_ELSEWHERE = re.compile(
    r"\b(?:in|across)\s+(?:the\s+)?(?:neighbouring|neighboring|nearby|adjacent|another|"
    r"other)\s+[^.;:]{0,40}$",
    re.IGNORECASE,
)
_ELSEWHERE_GATE = Gate(holds=("other", "neighbo", "nearby", "adjacent"))
# A forecast or guidance, not a result: "expects revenue of up to $5.3 billion next quarter".
# ("expected to cost about $240 million" states the cost itself and stays a plain claim.)
_FORECAST = re.compile(
    r"\b(?:forecasts?|forecasted|forecasting|projections?|guidance|outlook|predicts?|"
    r"predicted)\b"
    r"|\b(?:next|coming|following)\s+(?:fiscal\s+)?(?:quarter|year|month|season)\b"
    r"|\bforecasters?\b|\bexpects?\s+(?:highs?|lows?|temperatures?|gusts?|winds?)\b"
    r"|\b(?:base|central)\s+case\b|\bbaseline\s+scenario\b"
    # guidance: "now expects full-year net profit of more than 5.2 billion euros"
    r"|\bexpects?\s+(?:[a-z-]+\s+){0,2}?(?:profit|revenue|sales|earnings|income|growth|"
    r"margin|margins|loss|losses)\b"
    # a company's own outlook: "Operating income is projected to be between $8.0 billion
    # and $12.0 billion", "is expected to be between $8.0 billion and $12.0 billion" (a
    # range; "Gross proceeds are expected to be approximately $620 million" is the deal's)
    r"|\b(?:is|are)\s+(?:now\s+)?projected\s+to\s+(?:be|come\s+in|total|range)\b"
    r"|\b(?:is|are)\s+(?:now\s+)?expected\s+to\s+(?:be|come\s+in)\s+between\b",
    re.IGNORECASE,
)
# Words every match of _FORECAST holds: a sentence without them is not searched.
_FORECAST_WORDS = (
    "forecast",
    "projection",
    "projected",
    "guidance",
    "outlook",
    "predict",
    "next",
    "coming",
    "following",
    "expect",
    "case",
    "baseline",
)
# A result measured against the outlook, in the clause after it: "Net sales of $148 billion
# landed at the higher end of management's guidance range", "beating the guidance range":
# the figure is what came in, not the forecast.
_AGAINST_OUTLOOK = re.compile(
    r"^\W*(?:[\w-]+\s+){0,3}?(?:at|near|toward|towards|within|above|below|beat|beats|beating"
    r"|exceed(?:s|ed|ing)?|top(?:s|ped|ping)|surpass(?:es|ed|ing)?|miss(?:es|ed|ing)?"
    r"|ahead\s+of|short\s+of|in\s+line\s+with)\s+(?:the\s+)?(?:(?:higher|upper|lower|high|low|top"
    r"|bottom|midpoint|middle)(?:\s+end)?\s+of\s+)?(?:the\s+|its\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:guidance|outlook|forecasts?|projections?)\b",
    re.IGNORECASE,
)
# A deadline ahead, in the figure's own clause, not a result: "1,200 job cuts planned by
# 2028" (in "savings of 90 million euros by 2027 and would cut 1,200 jobs" the deadline
# is the savings').
_DEADLINE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?20\d\d\b", re.IGNORECASE)


def _deadline_before(between: str, *, follows_figure: bool) -> bool:
    """A deadline in the figure's clause before it ('By 2028 the bank will cut 1,200'),
    unless it closes the previous figure's phrase ('90 million euros by 2027 and 1,200')."""
    m = _DEADLINE.search(_CLAUSE_MARKS.split(between)[-1])
    if m is None:
        return False
    return not (follows_figure and between[: between.find(m.group())].strip() == "")


# What a figure would have been, not what it is: "the fine would have been £69.4m".
# ... or what it may come to: "a fee that could eventually rise to £64m".
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:would|could|might)\s+(?:otherwise\s+)?have\s+(?:been|cost|reached|totalled|"
    r"totaled|paid|received)\b[^.;:,]{0,30}$"
    r"|\b(?:could|might|may)\s+(?:eventually\s+|ultimately\s+|potentially\s+)?"
    r"(?:rise|climb|grow|increase|reach|swell|total)\s+(?:to\s+)?(?:as\s+much\s+as\s+)?$",
    re.IGNORECASE,
)
_HYPOTHETICAL_GATE = Gate(holds=("would", "could", "might", "may"))
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:needs?|needed|requires?|required|threshold\s+of|majority\s+of|quorum\s+of|"
    r"target\s+of|goal\s+of|aims?\s+for|targets?|targeting|targeted)\s+"
    r"(?:at\s+least\s+|a\s+)?$",
    re.IGNORECASE,
)
_THRESHOLD_GATE = Gate(
    ends=(
        *("need", "needs", "needed", "require", "requires", "required", "of", "for", "target"),
        *("targets", "targeting", "targeted", "least", "a"),
    )
)
# The whole that a part is counted out of: "31 of the 81 seats", "12 out of 20 members".
# ... also with the part's noun between: "three ships damaged out of twelve in port".
# "the vehicles on the car deck, including nine lorries": a part of a whole of its own kind
# named just before, even with no figure for the whole.
_INCLUDING_BEFORE = re.compile(
    r"(?P<whole>[^.;:]{0,50}?),?\s+(?:including|among\s+them)\s+"
    r"(?:about\s+|some\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
# Words every match of _INCLUDING_BEFORE holds: text without them is not searched.
_INCLUDING_WORDS = ("including", "among")
_WHOLE_BEFORE = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+|his\s+|her\s+)?",
    re.I,
)
# A part spelled as a small number word, which is not read as a figure of its own: the
# figure after it is the whole ('five of six models showed scheming').
_SPELLED_PART_BEFORE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:out\s+)?of\s+$", re.I
)
# The first of a deployment, a part of the whole: "an advance contingent of 1,200 soldiers",
# "a 1,200-strong advance party", "the first wave of 500 troops".
_ADVANCE_NOUNS = r"(?:contingent|party|team|group|wave|batch|unit|detachment|element|guard)"
_ADVANCE_BEFORE = re.compile(
    rf"\b(?:advance|first|initial|lead|leading)\s+{_ADVANCE_NOUNS}\s+of\s+(?:about\s+|some\s+)?$",
    re.IGNORECASE,
)
_ADVANCE_GATE = Gate(ends=("of", "about", "some"))
_ADVANCE_AFTER = re.compile(
    rf"^(?:-strong)?\s+(?:\w+\s+)?(?:advance|initial|lead|leading)\s+{_ADVANCE_NOUNS}\b",
    re.IGNORECASE,
)
# A contribution to a whole: "Ondura will contribute 1,500 troops to the 4,500-strong force".
_CONTRIBUTE = re.compile(
    r"\b(?:contribute|contributes|contributing|contributed|commit|commits|committed|pledge|"
    r"pledged|pledges|provide|provides|provided|add|adds|added)\s+(?:about\s+|some\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)
_CONTRIBUTE_GATE = Gate(holds=("contribut", "commit", "pledge", "provide", "add"))
_TO_THE_WHOLE = re.compile(r"^\s*(?:[a-z-]+\s+){0,3}?(?:to|toward|towards)\s+(?:the|its|a|an)\s+$")
QUALIFIER_BEFORE_CHARS = 60
# What ends a clause around a figure, and what ends the part of a sentence it is in.
_CLAUSE_MARKS = re.compile(r"[,;:()]")
QUALIFIER_AFTER_CHARS = 60


# Every month ``dating.month_of`` reads begins with one of these (its names and their
# abbreviations): a sentence holding none has no month for any figure.
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


class Signals(NamedTuple):
    """What a sentence holds, read once for all its figures."""

    periods: list[tuple[int, str]]  # the reporting periods it names (``periods_in``)
    separate: bool  # a round-up of another incident (``_SEPARATE``)
    forecast: bool  # may hold a forecast (``_FORECAST_WORDS``); if not, none is searched
    months: bool  # may name a month (``_MONTH_WORDS``); if not, ``month_of`` finds none


def sentence_signals(text: str) -> Signals:
    """What a sentence holds, read once for all its figures."""
    return Signals(
        periods_in(text),
        may_contain(text, _SEPARATE_WORDS) and _SEPARATE.search(text) is not None,
        may_contain(text, _FORECAST_WORDS),
        may_contain(text, _MONTH_WORDS),
    )


def including_before(text: str, start: int) -> re.Match[str] | None:
    """The whole named before "including" ahead of the figure at ``start`` (group
    "whole"): "the vehicles on the car deck, including nine lorries".

    >>> including_before("the vehicles on the car deck, including nine", 40).group("whole")
    'the vehicles on the car deck'
    """
    window = text[max(0, start - QUALIFIER_BEFORE_CHARS) : start]
    return _INCLUDING_BEFORE.search(window) if may_contain(window, _INCLUDING_WORDS) else None


def frame_signals(
    text: str, quantities: Sequence[Quantity], i: int, base: int, signals: Signals
) -> tuple[str, ...]:
    """The frame signals of figure ``i`` of a sentence (``signals``: read once for it)."""
    q = quantities[i]
    start, end = q.start - base, q.end - base
    before = text[max(0, start - QUALIFIER_BEFORE_CHARS) : start]
    after = text[end : end + QUALIFIER_AFTER_CHARS]
    found: set[str] = set()
    mark = _CLAUSE_MARKS.search(after)
    clause_after = after if mark is None else after[: mark.start()]
    # the part of ``before`` after its last ";", ":" or bracket
    clause_before = before[_last_mark(before, 0, len(before)) + 1 :]
    # each window lowered once: a pattern runs only where its gate says it may match
    near, near_after, near_before = Window(before), Window(clause_after), Window(clause_before)
    if (near_after.may(_WINDOW_GATE) and _WINDOW.search(clause_after)) or (
        near_before.may(_WINDOW_GATE) and _WINDOW.search(clause_before)
    ):
        found.add("window")
    period = period_at(signals.periods, start)
    if period is not None:
        found.add(f"during {period}")  # a reporting period: soft, outlets often leave it out
    month = None
    if signals.months and q.kind is not QuantityKind.DATE:
        others = [
            o.start - base for o in quantities if o is not q and o.kind is not QuantityKind.DATE
        ]
        month = month_of(text, start, end, others)
    if month is not None:
        found.add(month)  # a monthly figure's month (soft: see align.SOFT_PREFIXES)
    if (
        (near.may(_PREVIOUS_GATE) and _PREVIOUS_BEFORE.search(before))
        or _PREVIOUS_AFTER.match(clause_after)
        or (near_before.may(_PREVIOUS_EVENT_GATE) and _PREVIOUS_EVENT.search(clause_before))
    ):
        found.add("previous")
    if near.may(_COMPARISON_GATE) and _COMPARISON_BEFORE.search(before):
        found.add("comparison")
    if signals.separate:
        found.add("separate")
    # the clause before the figure, from its last ";", ":" or bracket
    clause_start = _last_mark(text, 0, start) + 1
    found |= scope_qualifiers(text[clause_start:start], after)
    if (near.may(_ADDITIVE_GATE) and _ADDITIVE_BEFORE.search(before)) or _ADDITIVE_AFTER.match(
        after
    ):
        found.add("additional")
    net = (
        _NET_CHANGE_BEFORE.search(before)
        if near.may(_NET_CHANGE_GATE) and not _SHARE_AFTER.match(after)
        else None
    )
    if (near.may(_CHANGE_GATE) and _CHANGE_BEFORE.search(before)) or _NEW_AFTER.match(after):
        found.add("change")
    if net is not None and _PEOPLE_LOST.match(after):
        net = None  # "Ukraine lost 1,200 soldiers": the dead, a toll, not a net change
    if net is not None:  # a loss is never set against a gain: "lost 60 seats", "gained nine"
        found.add("change")
        if net.group("verb").lower().startswith(("los", "shed")):
            found.add("loss")
    if (
        (near.may(_CHANGE_FROM_GATE) and _CHANGE_FROM.search(before) and _TO_AFTER.match(after))
        or (near.may(_CHANGE_TO_FROM_GATE) and _CHANGE_TO_FROM.search(before))
        or (before.endswith(" ") and _TO_FIGURE_FROM.search(text, max(0, start - 150), start))
    ):
        found.add("previous")
    if (
        _THRESHOLD_AFTER.match(clause_after)
        or (near.may(_THRESHOLD_GATE) and _THRESHOLD_BEFORE.search(before))
        or (near_before.may(_TARGETS_GATE) and _TARGETS.search(clause_before))
    ):
        found.add("threshold")
    if near.may(_ELSEWHERE_GATE) and _ELSEWHERE.search(before):
        found.add("elsewhere")
    # A forecast is often announced at the head of its sentence: "My base case is one more
    # hike in December, taking the policy rate to 5.50%".
    since_previous = max(
        max(0, start - QUALIFIER_BEFORE_CHARS), quantities[i - 1].end - base if i else 0
    )
    if (
        (
            signals.forecast
            and (
                # the sentence before the figure, from its last ";" or ":"
                _FORECAST.search(
                    text[max(text.rfind(";", 0, start), text.rfind(":", 0, start)) + 1 : start]
                )
                or (_FORECAST.search(clause_after) and not _AGAINST_OUTLOOK.match(clause_after))
            )
        )
        or _DEADLINE.search(clause_after)
        or _deadline_before(text[since_previous:start], follows_figure=i > 0)
    ):
        found.add("forecast")
    if near.may(_HYPOTHETICAL_GATE) and _HYPOTHETICAL_BEFORE.search(before):
        found.add("hypothetical")
    if (i > 0 and _WHOLE_BEFORE.fullmatch(text[quantities[i - 1].end - base : start])) or (
        _SPELLED_PART_BEFORE.search(before)
    ):
        found.add("whole")
    if i + 1 < len(quantities):
        between = text[end : quantities[i + 1].start - base]
        alike = _alike(q, quantities[i + 1])
        if _PART_OF_NEXT.search(between) or (alike and _BREAKDOWN_BETWEEN.match(between)):
            found.add("part")
    if _BREAKDOWN_AFTER.match(after):
        found.add("part")
    # Parts named by what they are: two different parts of one whole are two claims.
    if (near.may(_ADVANCE_GATE) and _ADVANCE_BEFORE.search(before)) or _ADVANCE_AFTER.match(after):
        # "an advance contingent of 1,200", "a 1,200-strong advance party"
        found.add("advance part")
    if i + 1 < len(quantities) and near.may(_CONTRIBUTE_GATE) and _CONTRIBUTE.search(before):
        between = text[end : quantities[i + 1].start - base]
        if _TO_THE_WHOLE.match(between):
            found.add("contribution")  # "will contribute 1,500 troops to the 4,500-strong force"
    if i > 0:
        between = text[quantities[i - 1].end - base : start]
        alike = _alike(q, quantities[i - 1])
        if (_PART_OF_PREVIOUS.search(between) and not closed_list(between)) or (
            alike and _BREAKDOWN_BETWEEN.match(between)
        ):
            found.add("part")
    return tuple(sorted(found))


def _last_mark(text: str, start: int, end: int) -> int:
    """Where the last ";", ":" or bracket of ``text[start:end]`` is, -1 if none (four
    ``rfind``, in C: a search or a split per figure took several times as long).

    >>> _last_mark("a (b); c", 0, 8), _last_mark("a b", 0, 3)
    (5, -1)
    """
    return max(
        text.rfind(";", start, end),
        text.rfind(":", start, end),
        text.rfind("(", start, end),
        text.rfind(")", start, end),
    )


def _alike(a: Quantity, b: Quantity) -> bool:
    """Figures that can be a breakdown of one count: the same kind, unit and currency
    ('Twelve days into the offensive in Rhenva, 100,000 refugees' is no breakdown)."""
    return a.kind is b.kind and a.unit == b.unit and a.currency == b.currency
