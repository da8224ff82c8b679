"""Business results: frame signals that say a figure of a company's results or of an
economic release is not the figure reported.

Each signal is a named entry with the sentences it must fire on and must not fire on
(``tests/test_results.py`` runs them all), and becomes a hard qualifier of the claim:

* ``expected``: what analysts, economists or a consensus expected ("the Wall Street
  consensus for this quarter was $25.640 billion", "economists' predictions of an 8.8%
  increase", "Estimate: $43.81 billion", "the $1.45 per share that was expected by LSEG"),
  against the figure the company or the agency reported. Stories of results give both in
  one sentence ("revenue of $62bn, exceeding analysts' expectations of $61bn"), and the
  expectation is never a side of a conflict with the result. A company's own guidance is a
  forecast (``signals._FORECAST``), not this.
* ``segment`` and ``of <part>``: the part of a company or of a price index a figure is
  for ("iPad revenue is $6.43 billion", "China revenue ... was $15.08 billion", "the
  Intelligent Cloud segment ... generated $25.9 billion", "Electricity prices rose 13.7%",
  "Prices for food at home increased 12.2%"). A part is never the whole: ``segment`` is
  hard, so a figure naming a part is kept from the figures that name none (the company's
  or the index's); the part's name is soft (``of``, as a mover's is), so that two parts stay
  apart while "Google Cloud" and "cloud" are one.
* ``contract total``: a pay deal's sum over its whole term ("Over the length of the
  contract, wage increases will total $7.50 per hour", "$7.50 more by the end of the
  five-year contract"), against its first year's raise or the rates it sets (hard).
* ``previous``: the old rate of a change of rates written "from $16.20 per hour to $21 per
  hour" (the claims stage reads "from X to Y" without a rate between).
* ``for adjusted`` and ``for gaap``: the basis of a result ("earnings of $0.71 per share
  (non-GAAP)", "Excluding certain items, diluted EPS ... $0.82", "GAAP earnings ... at
  $2.27 per share"). Soft, as a period is: most reports name no basis, and a figure that
  names none joins the one basis named.

Signals are read per sentence, after the claims stage (:func:`with_results`), from the
figure's clause before it (back to a comma, semicolon or the sentence's start: an
expectation names its figure in the same clause) and the text after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.frame_signal import Signal, add_qualifiers, qualifiers_of
from crosscheck.models import Claim, QuantityKind
from crosscheck.normalize import Gate, may_contain

# How far before a figure its clause is read, in characters.
CLAUSE_CHARS = 160

# Who holds an expectation: analysts and the consensus of their estimates, economists,
# the market, and the data firms that compile consensus figures.
_EXPECTERS = (
    r"(?:analysts?|wall\s+street|the\s+street|consensus|economists?|forecasters?|markets?"
    r"|investors|lseg|refinitiv|factset|zacks|visible\s+alpha|bloomberg|polled)"
)
# What they do: expect, anticipate, predict, forecast, estimate, project, or point to.
_EXPECTING = (
    r"(?:expect\w*|anticipat\w*|predict\w*|forecast\w*|estimat\w*|project\w*|consensus"
    r"|pointed\s+to|looking\s+for)"
)
# An expectation named by its noun, followed by what introduces its figure: "expectations
# of $61bn", "estimates of $25.7 billion", "the consensus was", "Estimate: $43.81 billion"
# ("missed expectations with earnings of $0.71" is the result, not the expectation). A
# forecast or projection by its noun is the forecaster's own ("its forecast of the shortage
# ... to around 700 mln"), a forecast, not an expectation of a result.
_EXPECTATION_NOUN = (
    r"\b(?:expectations?|estimates?|consensus|predictions?)"
    r"(?:\s+(?:for|of)\s+[\w\s-]{0,30}?)?\s*(?:of|at|was|were|is|stood\s+at|called\s+for|:)\s+"
    r"(?:(?:about|around|roughly|some|an?|the)\s+)*$"
)
_EXPECTED_BEFORE = (
    rf"\b{_EXPECTERS}\b[^;.!?]{{0,60}}?\b{_EXPECTING}\b[^;!?]{{0,100}}$"
    rf"|{_EXPECTATION_NOUN}"
    r"|\bthe\s+(?:expected|anticipated|forecast|predicted|estimated)\s+$"
)
# After the figure: "$1.45 per share that was expected by LSEG", "$75.97 billion predicted
# by LSEG", "the $0.74/share expectation", "the Wall Street's $0.59 estimate".
_EXPECTED_AFTER = (
    r"^(?:\s*/\s*share|\s+(?:a|per)\s+(?:diluted\s+)?share)?"
    r"(?:\s+(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been)\s+)?"
    r"(?:expected|predicted|forecast|estimated|anticipated|projected)\s+by\b"
    r"|\s+(?:consensus\s+)?(?:estimate|expectation|forecast)s?\b)"
)

# A pay deal's term: "over the length of the contract", "over the life of the deal", "by
# the end of the five-year contract".
_DEAL_TERM = (
    r"(?:over|during|across|by\s+the\s+end\s+of)\s+the\s+(?:(?:full\s+)?(?:length|life|"
    r"course|term|span)\s+of\s+the\s+)?(?:new\s+)?(?:[\w-]+[-\s]year\s+)?"
    r"(?:contract|deal|agreement|pact)\b"
)
# "a 25% wage increase over four years": a term in years, after the figure's raise. Before
# the figure it is the term only within the figure's clause: in "grew from under 1,000 to
# more than 300,000 over two years, with approximately 85% of revenue ..." it is the
# growth's, not the share's.
_YEARS_TERM = r"over\s+(?:the\s+(?:next|following)\s+)?(?:two|three|four|five|six|\d)\s+years\b"
_TERM = rf"(?:{_DEAL_TERM}|{_YEARS_TERM})"
# The base of a change named by its period, and the figure that period saw: "a 23% decline
# from 2022 which saw earnings of $4.07 per share", "up from the year-ago quarter, when it
# posted $2.1 billion": the earlier figure, never a side against the current one.
_BASE_PERIOD = (
    r"\b(?:from|than|over|versus|vs\.?|compared\s+(?:to|with))\s+(?:the\s+)?"
    r"(?:(?:same\s+|year[-\s]ago\s+|prior[-\s]year\s+)?(?:quarter|period|year)"
    r"(?:\s+(?:a\s+year\s+)?(?:earlier|ago|before))?|(?:fiscal\s+|fy\s*)?(?:19|20)\d\d"
    r"|q[1-4]\s+(?:19|20)\d\d|last\s+year|a\s+year\s+(?:earlier|ago))\s*,?\s+"
    r"(?:which|that|when)\s+(?:(?:the\s+)?(?:company|firm|group|it)\s+)?"
    r"(?:saw|had|posted|reported|recorded|brought|delivered|produced|generated)\b"
)
# The old rate of a change between rates: "from $16.20 per hour to $21 per hour".
_RATE_UNIT = r"(?:an?|per)\s+(?:hour|share|barrel|month|year|week|day|tonne|ton|gallon|litre|liter)"

SIGNALS: tuple[Signal, ...] = (
    Signal(
        "an expectation, not the reported figure",
        "expected",
        re.compile(_EXPECTED_BEFORE, re.IGNORECASE),
        re.compile(_EXPECTED_AFTER, re.IGNORECASE),
        (
            "the Wall Street consensus for this quarter was [$25.640 billion] in revenue",
            "the Wall Street consensus for this quarter was $25.640 billion in revenue and "
            "earnings of [$0.73] per share",
            "surpassing last month's record 8.6% reading and even economists' predictions "
            "of an [8.8%] CPI increase in June",
            "Wall Street was expecting Apple to report earnings of $1.39 a share on revenue "
            "of [$89.28 billion]",
            "Economists expected the U.S. to add roughly [240,000] jobs last month",
            "iPhone revenue: $43.8 billion; Estimate: [$43.81 billion]",
            "reported Earnings Per Share of $1.55, surpassing the [$1.45] per share that was "
            "expected by LSEG",
            "The revenue amounted to $76.69 billion, again exceeding the [$75.97 billion] "
            "predicted by LSEG",
            "revenue grew to $62bn, up 18 percent, exceeding analysts' expectations of [$61bn]",
            "Economists were expecting [185,000] jobs would be added last month",
            "earnings of $0.71 per share versus estimates of [$0.73] per share",
            "As for EPS, Tesla's $0.71/share didn't quite hit the [$0.74]/share expectation",
            "GAAP EPS is listed at $2.27 versus the Wall Street's [$0.59] estimate",
            "the cloud division recorded $8.41 billion, slightly below the expected [$8.6 billion]",
            "Wall Street had anticipated cloud computing revenue of [$8.62 billion]",
            "Analysts surveyed by Zacks were expecting earnings of 68 cents per share on "
            "revenue of [$21.32 billion]",
        ),
        (
            "Apple reported Earnings Per Share of [$1.55], surpassing the $1.45 per share "
            "that was expected by LSEG",
            "it did miss expectations with earnings of [$0.71] per share (non-GAAP)",
            "The EV manufacturer reported [$25.2 billion] in revenue for the quarter, which "
            "comes in just below the analyst expectation of $25.6 billion",
            "Tesla reported total revenue of $25.17 billion in Q4, growing [3%] year-over-year",
            "the company saw revenue grow to [$62bn], exceeding analysts' expectations of $61bn",
            "Microsoft posted better-than-expected net income of [$21.9 billion]",
            "Shares of Disney jumped 3% after it beat Wall Street expectations for its "
            "fourth quarter, bolstered by a [7%] boost in subscribers",
            "The Consumer Prices Index will probably fall below [5%] in the final quarter",
            "Pfizer will pay [$229] per Seagen share, analysts said",
            "an estimated [5,000] people attended the rally",
            "The Bank of England said it revised its forecast of the shortage in the money "
            "market down to around [700 mln stg] from its original estimate of 800 mln",
        ),
        before_gate=Gate(
            holds=(
                "expect",
                "estimat",
                "consensus",
                "predict",
                "forecast",
                "project",
                "anticipat",
                "pointed",
                "looking",
            )
        ),
        after_gate=Gate(holds=("expect", "predict", "forecast", "estimat", "anticipat", "project")),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
    Signal(
        "a pay deal's total over its term",
        "contract total",
        re.compile(
            rf"\b(?:{_DEAL_TERM})[^;]{{0,80}}$|\b{_YEARS_TERM}[^,;]{{0,80}}$", re.IGNORECASE
        ),
        re.compile(r"^[^,;.]{0,40}?\b" + _TERM, re.IGNORECASE),
        (
            "Over the length of the contract, wage increases will total [$7.50] per hour.",
            "workers will get $2.75 more per hour in 2023 and [$7.50] per more hour over the "
            "length of the contract",
            "increases wages by $2.75 in 2023 and by [$7.50] over the course of the five-year "
            "contract",
            "gives workers $2.75 more per hour in 2023, and [$7.50] more by the end of the "
            "five-year contract",
            "The UAW said the agreement calls for a [25%] wage increase over four years.",
        ),
        (
            "existing full- and part-time UPS Teamsters will get [$2.75] more per hour in 2023",
            "improving their average top rate to [$49] per hour",
            "The union has [340,000] members covered by the contract",
            "Anthropic's business customer base grew from under 1,000 to more than 300,000 "
            "over two years, with approximately [85%] of revenue derived from business "
            "customers.",
            "Workers will receive an immediate [11%] wage increase upon ratification.",
        ),
        before_gate=Gate(holds=("contract", "deal", "agreement", "pact", "years")),
        after_gate=Gate(holds=("contract", "deal", "agreement", "pact", "years")),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
    Signal(
        "a share of the whole's result",
        "share of total",
        None,
        re.compile(
            r"^\s*of\s+(?:(?:its|their|his|her|the\s+(?:company|group|firm)['\u2019]s|the|all|"
            r"total|overall|annual|quarterly)\s+)*(?:[\w-]+\s+)?(?:revenues?|sales|income|"
            r"profits?|earnings|turnover|net\s+sales)\b",
            re.IGNORECASE,
        ),
        (
            "It generated [31%] of its revenue from the Productivity and Business Processes "
            "division",
            "Parks, Experiences, and Products, contributing [38.4%] of revenues",
            "China accounted for [19%] of the company's total sales",
        ),
        ("Revenue rose [31%] to $62bn", "[31%] revenue growth", "a [20%] rise in revenue"),
        after_gate=Gate(holds=("revenue", "sales", "income", "profit", "earnings", "turnover")),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
    Signal(
        "the base of a comparison named by its period",
        "previous",
        re.compile(_BASE_PERIOD + r"[^;]{0,60}$", re.IGNORECASE),
        None,
        (
            "This was a 23% decline from 2022 which saw earnings of [$4.07] per share.",
            "Profit rose 12% from the year-ago quarter, which saw net income of [$2.1 billion]",
            "up from Q4 2022, when the company posted revenue of [$24.3 billion]",
        ),
        (
            "This was a [23%] decline from 2022 which saw earnings of $4.07 per share.",
            "Revenue of [$25.2 billion] in 2023 was a record, which saw earnings rise",
            "from 2022, the company said, revenue grew to [$96.8 billion]",
        ),
        before_gate=Gate(holds=("which", "that", "when")),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
)


# An expectation names its figure in the figure's own clause: the clause is read back to a
# comma, semicolon or dash ("..., beating analysts' expectations of $1.44"), but a
# thousands separator or a decimal point is no clause end.
# (A full stop ends a clause, but not one of an abbreviation such as "U.S." or "U.K.".)
_CLAUSE_MARK = re.compile(r"[;\u2013\u2014]|,(?!\d)|(?<![A-Z]\.[A-Z])\.\s")


# What a part is written with: a word of a name, with the marks names of segments carry
# ("Direct-to-Consumer", "Sales/Licensing", "Wearables, Home and Accessories" is cut at the
# comma).
_PART_WORD = r"[A-Za-z][\w+&/-]*"
_PARTS = re.compile(
    # "the advertising segment", "the Intelligent Cloud segment", "the cloud unit"
    rf"(?<![\w'\u2019])(?P<a>{_PART_WORD}(?:\s+{_PART_WORD})?)\s+"
    r"(?:segment|division|unit|business)\b"
    # "iPad revenue", "Google Cloud revenue", "Direct-to-Consumer revenues"
    rf"|(?<![\w'\u2019])(?P<b>{_PART_WORD}(?:\s+{_PART_WORD})?)\s+(?:revenues?|sales)\b"
    # "Revenue in Productivity and Business Processes", "revenue from Services"
    r"|\b(?:revenues?|sales|(?:operating|net)\s+income|profits?)\s+(?:from|in|at)\s+(?:the\s+|its\s+)?"
    r"(?P<c>[A-Z][\w+&/-]*(?:\s+(?:and\s+)?[A-Z][\w+&/-]*){0,3})"
    # "Electricity prices", "the food index", "prices for food at home"
    rf"|(?<![\w'\u2019])(?P<d>{_PART_WORD})\s+(?:prices|index)\b"
    r"|\bprices\s+(?:for|of)\s+(?P<e>[a-z][\w-]*(?:\s+(?:at\s+home|away\s+from\s+home))?)"
    # a rung of a pay scale: "The starting wage will rise about 68%", "the top wage rate"
    r"|\b(?P<f>starting|top|entry[-\s]level|minimum)\s+(?:hourly\s+)?"
    r"(?:wages?|pay|rates?|salar(?:y|ies))\b",
    re.IGNORECASE,
)
# Words that name the whole, a period, a basis or a kind of figure, or that are verbs:
# never a part ("total revenue", "quarterly sales", "fourth-quarter revenue", "consumer
# prices", "the all items index", "Apple managed revenue of", "reported sales").
_WHOLE_TEXT = (
    "total net gross quarterly annual overall record consolidated adjusted reported "
    "top-line bottom-line top bottom line "
    "its their his her our the a an company group quarter year q1 q2 q3 q4 fy h1 h2 "
    "first-quarter second-quarter third-quarter fourth-quarter full-year half-year "
    "fiscal gaap non-gaap higher lower strong weak same-store comparable organic "
    "underlying consumer producer import export all items average in of and with to "
    "from by for on at as than that which this these those has have had was were is "
    "are be been will would could up down rose fell grew last previous prior next new "
    "share stock price market per while after before since monthly weekly daily "
    "yearly expected estimated consensus analysts wall street growing rising falling "
    "increasing declining boosting driving generating posting reporting saw see sees "
    "had got made brought expects expect around about some roughly nearly almost over "
    "under just more less fixed current such world official spot list marker "
    "benchmark pull push cut raise lift boost keep hold drive send lower"
)
_WHOLE_WORDS = frozenset(_WHOLE_TEXT.split())
# What every match of _PARTS holds, lowered: a clause without any of them names no part.
_PART_NOUNS = (
    "segment",
    "division",
    "unit",
    "business",
    "revenue",
    "sales",
    "prices",
    "index",
    "wage",
    "pay",
    "rate",
    "salar",
    "income",
    "profit",
)


def part_of(text: str, start: int) -> str | None:
    """The part of a company or of a price index the figure at ``start`` of ``text`` is
    for: the nearest named before it in its clause (back to a semicolon), None for the
    whole.

    >>> t = "iPad revenue is $6.43 billion, down from $7.17 billion a year ago"
    >>> part_of(t, t.index("$7.17"))
    'ipad'
    >>> t = "For the fourth quarter, Apple managed revenue of $89.5 billion"
    >>> part_of(t, t.index("$89.5")) is None
    True
    >>> t = "Microsoft's revenue rose 18% to $62 billion"
    >>> part_of(t, t.index("$62")) is None
    True
    >>> t = "The operating income in North America reached $14.9 billion"
    >>> part_of(t, t.index("$14.9"))
    'north america'
    >>> t = "Prices for food at home increased 12.2% over the year"
    >>> part_of(t, t.index("12.2%"))
    'food at home'
    >>> t = "Consumer prices soared 9.1% compared with a year earlier"
    >>> part_of(t, t.index("9.1%")) is None
    True
    >>> t = "The cloud division recorded $8.41 billion in revenue, below the expected $8.6 billion"
    >>> part_of(t, t.index("$8.6"))
    'cloud'
    >>> t = "The segment increased 17% year over year to account for $40.2 billion in sales."
    >>> part_of(t, t.index("$40.2"))
    'segment'
    >>> t = "Its business grew 10% to $5 per unit"
    >>> part_of(t, t.index("$5")) is None
    True
    """
    before = text[max(0, start - CLAUSE_CHARS) : start]
    before = before[before.rfind(";") + 1 :]
    if not may_contain(before, _PART_NOUNS):
        return None
    for m in reversed(list(_PARTS.finditer(before))):
        name = next(g for g in m.groups() if g is not None)
        if name.lower().split()[-1] in _NO_NAME:
            continue  # "recorded $8.41 billion in revenue": the part is named before
        named = _part_name(m, name)
        if named is None and m.group("a") is not None:
            noun = m.group(0).split()[-1].lower()
            if noun in _UNNAMED_PARTS:
                # "The segment increased 17%", "The direct to consumer division's revenue":
                # a part, though its name is told elsewhere or is made of words of the whole
                return noun
        return named
    return None


# Nouns that name a part of a company by themselves ("The segment increased 17%"); "unit"
# and "business" do not ("$5 per unit", "its business grew").
_UNNAMED_PARTS = frozenset({"segment", "division"})


# Words before a noun of results that leave it unnamed, not named as the whole: "$8.41
# billion in revenue", "contributing 38.4% of revenues".
_NO_NAME = frozenset({"in", "of", "billion", "million", "trillion", "bn", "mln"})


# A part named after a change: "a 30% year-on-year revenue growth in Azure and other cloud
# services", "a 12% rise in Services revenue". The name is capitalised (a product, a
# segment, a region): "growth in revenue" and "a rise in the quarter" name none.
_PART_AFTER = re.compile(
    r"^\s*(?:(?:year[-\s](?:on|over)[-\s]year|yoy|annual|sequential)\s+)?"
    r"(?:(?:revenue|sales)\s+)?(?:growth|increase|rise|jump|gain|decline|drop|fall)\s+in\s+"
    r"(?:(?:the|its|their)\s+)?(?P<name>[A-Z][\w+&/-]*(?:\s+[A-Z][\w+&/-]*){0,2})"
)
# Capitalised words after "in" that name a time, not a part: "growth in Q2", "in January".
_NOT_PARTS_TEXT = (
    "q1 q2 q3 q4 h1 h2 fy fiscal january february march april may june july august "
    "september october november december the its their"
)
_NOT_PARTS = frozenset(_NOT_PARTS_TEXT.split())


def part_after(text: str, end: int) -> str | None:
    """The part named right after the change that ends at ``end`` of ``text``, or None.

    >>> t = "reported a 30% year-on-year revenue growth in Azure and other cloud services"
    >>> part_after(t, t.index("30%") + 3)
    'azure'
    >>> t = "reported a 30% growth in Q2 FY24"
    >>> part_after(t, t.index("30%") + 3) is None
    True
    """
    m = _PART_AFTER.match(text[end : end + CLAUSE_CHARS])
    if m is None:
        return None
    words = m.group("name").lower().split()
    if words[0] in _NOT_PARTS:
        return None
    return " ".join(words)


# A region or a segment a sentence opens with, before a result: "In North America,
# operating income was $6.5 billion", "For the Intelligent Cloud segment, revenue was".
_OPENING_PART = re.compile(
    r"^\s*(?:In|For|At)\s+(?:the\s+|its\s+)?"
    r"(?P<name>[A-Z][\w&+-]*(?:\s+(?:and\s+)?[A-Z][\w&+-]*){0,3})(?:\s+(?:segment|division|unit))?,"
)
# The results whose figure a sentence's opening region or segment is for.
_RESULT_LINES = frozenset({"revenue", "profit", "loss", "operating income"})


def opening_part(before: str) -> str | None:
    """The region or segment the sentence opens with, given the text ``before`` a result.

    >>> opening_part("In North America, operating income was ")
    'north america'
    >>> opening_part("In January, operating income was ") is None
    True
    >>> opening_part("In the quarter, revenue rose to ") is None
    True
    """
    m = _OPENING_PART.match(before)
    if m is None:
        return None
    words = m.group("name").lower().split()
    if words[0] in _NOT_PARTS or words[0] in _WHOLE_WORDS:
        return None
    return " ".join(words)


# A share of the whole's revenue told before a figure of the same sentence: the sentence is
# about a part ("Parks, Experiences, and Products contributing 38.4% of revenues, reported
# a 12.5% increase to $8.16 billion").
_SHARE_BEFORE = re.compile(
    r"\d\s*(?:%|percent|per\s+cent)\s+of\s+(?:(?:its|their|the\s+(?:company|group|firm)"
    r"['\u2019]s|the|all|total|overall)\s+)*(?:revenues?|sales|turnover)\b",
    re.IGNORECASE,
)


def _part_name(m: re.Match[str], name: str) -> str | None:
    words = name.lower().split()
    if m.group("f") is not None:
        return f"{words[0]} pay"  # "starting pay", "top pay": a rung of the scale
    if m.group("c") is None and m.group("e") is None:
        # a name written before its noun ends where a word of the whole or a verb begins:
        # "Apple managed revenue", "its Cloud revenue"
        kept: list[str] = []
        for word in reversed(words):
            if word in _WHOLE_WORDS or word.endswith("ed") or word.isdigit():
                break
            kept.insert(0, word)
        words = kept
    elif m.group("e") is not None:
        # "prices for food at home": the part as written, unless it is the whole ("prices
        # for all items")
        return None if words[0] in _WHOLE_WORDS else " ".join(words)
    else:
        # a name written after its noun ends where a verb begins: "operating income in
        # North America reached"
        cut = next((i for i, w in enumerate(words) if w.endswith("ed")), len(words))
        words = words[:cut]
    words = [w for w in words if w not in _WHOLE_WORDS and not w.isdigit()]
    return " ".join(words) or None


# The basis of a result: adjusted (non-GAAP, excluding items) or as reported under GAAP.
_ADJUSTED = re.compile(
    r"\bnon[-\s]?gaap\b|\badjusted\b|\bexcluding\s+(?:certain|one-time|special|some)\s+items"
    r"|\bex[-\s]items\b",
    re.IGNORECASE,
)
_GAAP = re.compile(r"(?<![-\w])(?<!non\s)gaap\b", re.IGNORECASE)
# What every match of _ADJUSTED and of _GAAP holds, lowered.
_BASIS_WORDS = ("gaap", "adjusted", "items")
# What every match of _CONSTANT_CURRENCY holds, lowered.
_CURRENCY_WORDS = ("currenc", "exchange", "fx", "cc basis")
# A basis named after the figure, in brackets: "$0.71 per share (non-GAAP)".
_BASIS_AFTER = re.compile(r"^(?:\s+(?:a|per)\s+(?:diluted\s+)?share)?\s*\((?P<b>[^)]{1,20})\)")


def basis_of(text: str, start: int, end: int) -> str | None:
    """The basis of the result at ``start``:``end`` of ``text``: "adjusted", "gaap" or None.

    >>> t = "earnings of $0.71 per share (non-GAAP) and revenue of $25.167 billion"
    >>> basis_of(t, t.index("$0.71"), t.index("$0.71") + 5)
    'adjusted'
    >>> t = "The actual GAAP earnings are actually much higher at $2.27 per share."
    >>> basis_of(t, t.index("$2.27"), t.index("$2.27") + 5)
    'gaap'
    >>> basis_of("Revenue was $62 billion", 12, 15) is None
    True
    """
    after = _BASIS_AFTER.match(text[end:])
    if after is not None:
        named = after.group("b")
        if _ADJUSTED.search(named):
            return "adjusted"
        if _GAAP.search(named):
            return "gaap"
    before = text[max(0, start - CLAUSE_CHARS) : start]
    if not may_contain(before, _BASIS_WORDS):
        return None  # neither pattern can match in the clause or the opening, parts of it
    marks = list(_CLAUSE_MARK.finditer(before))
    clause = before[marks[-1].end() :] if marks else before
    # "Excluding certain items, diluted EPS ... $0.82": the basis may open the sentence
    opening = before if _ADJUSTED.match(before.lstrip()) else clause
    adjusted = list(_ADJUSTED.finditer(opening)) + list(_ADJUSTED.finditer(clause))
    gaap = list(_GAAP.finditer(clause))
    if adjusted and not gaap:
        return "adjusted"
    if gaap and not adjusted:
        return "gaap"
    if adjusted and gaap:
        return "adjusted" if adjusted[-1].start() > gaap[-1].start() else "gaap"
    return None


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+current\s+|about\s+|around\s+)?$", re.IGNORECASE)
_RATE_TO_AFTER = re.compile(r"^\s+" + _RATE_UNIT + r"\s+to\s+\S", re.IGNORECASE)


def is_old_rate(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``:``end`` is the old rate of a change of rates.

    >>> t = "to increase starting pay from $16.20 per hour to $21 per hour"
    >>> is_old_rate(t, t.index("$16.20"), t.index("$16.20") + 6)
    True
    >>> is_old_rate(t, t.index("$21"), t.index("$21") + 3)
    False
    >>> t = "New hires rose to $21 per hour to attract workers"
    >>> is_old_rate(t, t.index("$21"), t.index("$21") + 3)
    False
    """
    return bool(_FROM_BEFORE.search(text[max(0, start - 30) : start])) and bool(
        _RATE_TO_AFTER.match(text[end:])
    )


def results_of(text: str, start: int, end: int, kind: QuantityKind) -> set[str]:
    """The qualifiers of the figure at ``start``:``end`` of the sentence ``text``.

    >>> t = "revenue of $62bn, exceeding analysts' expectations of $61bn"
    >>> results_of(t, t.index("$61bn"), len(t), QuantityKind.AMOUNT)
    {'expected'}
    >>> results_of(t, t.index("$62bn"), t.index("$62bn") + 5, QuantityKind.AMOUNT)
    set()
    """
    before = text[max(0, start - CLAUSE_CHARS) : start]
    sentence = before[before.rfind(";") + 1 :]
    marks = list(_CLAUSE_MARK.finditer(before))
    clause = before[marks[-1].end() :] if marks else before
    after = text[end:]
    # an expectation names its figure in the figure's own clause; a deal's term may open
    # the sentence ("Over the length of the contract, wage increases will total $7.50")
    return qualifiers_of(SIGNALS[:1], clause, after, kind) | qualifiers_of(
        SIGNALS[1:], sentence, after, kind
    )


# A change told without the effect of exchange rates: "Excluding the $1.3 billion favorable
# impact from ... foreign exchange rates, net sales increased 13%", "up 9% in constant
# currency". Hard (a qualifier without a prefix): a report that names no basis gives the
# reported change, which is another figure ("Revenue grew 14%").
_CONSTANT_CURRENCY = re.compile(
    r"\b(?:excluding|excluding\s+the|ex|without|stripping\s+out)\s+(?:[^,;]{0,80}?\s)?"
    r"(?:impact|effect|effects|changes|swings|movements)\s+(?:of|from|in)\s+[^,;]{0,60}?"
    r"(?:foreign[-\s](?:currency|exchange)|currenc(?:y|ies)|exchange\s+rates?|fx)\b"
    r"|\b(?:excluding|ex)\s+(?:foreign[-\s]exchange|currency|currencies|fx)\b"
    r"|\b(?:in|at)\s+constant\s+(?:currency|currencies|exchange\s+rates?)\b"
    r"|\bconstant[-\s]currency\b|\bcurrency[-\s]neutral\b|\bcc\s+basis\b",
    re.IGNORECASE,
)


def constant_currency(text: str, start: int, end: int) -> bool:
    """Whether the change at ``start``:``end`` of ``text`` leaves out exchange rates, said in
    its sentence before it or just after it.

    >>> t = "Excluding the negative effect from foreign-currency exchange, revenue rose 13%."
    >>> constant_currency(t, t.index("13%"), t.index("13%") + 3)
    True
    >>> t = "Sales rose 9% in constant currency."
    >>> constant_currency(t, t.index("9%"), t.index("9%") + 2)
    True
    >>> constant_currency("Revenue grew 14%.", 13, 16)
    False
    """
    after = re.split(r"[,;\d]", text[end : end + 60], maxsplit=1)[0]  # its own words only
    return bool(
        _CONSTANT_CURRENCY.search(text[max(0, start - 2 * CLAUSE_CHARS) : start])
        or _CONSTANT_CURRENCY.search(after)
    )


def with_results(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the qualifiers the results signals of their sentences give them."""
    return add_qualifiers(claims, _results_signals)


def _results_signals(claim: Claim, text: str, start: int, end: int) -> set[str]:
    q = claim.quantity
    found = results_of(text, start, end, q.kind)
    if q.kind is QuantityKind.AMOUNT and (q.currency is not None or q.unit == "%"):
        part = part_of(text, start) or (part_after(text, end) if q.unit == "%" else None)
        if part is None and claim.counted in _RESULT_LINES:
            part = opening_part(text[:start])
        if part is None and q.currency is not None and _SHARE_BEFORE.search(text[:start]):
            part = "share of total"  # the sentence's subject gives a share of the whole
        if part is not None:
            found |= {"segment", f"of {part}"}
        if q.currency is not None and is_old_rate(text, start, end):
            found.add("previous")
        basis = basis_of(text, start, end) if q.currency is not None else None
        if basis is not None:
            found.add(f"for {basis}")
        if (
            q.unit == "%"
            and may_contain(text, _CURRENCY_WORDS)
            and constant_currency(text, start, end)
        ):
            found.add("constant currency")
    return found
