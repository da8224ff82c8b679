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

Signals are read per sentence, after the claims stage (:func:`with_results`), from the
figure's clause before it (back to a comma, semicolon or the sentence's start: an
expectation names its figure in the same clause) and the text after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.frame_signal import Signal, qualifiers_of
from crosscheck.models import Claim, QuantityKind
from crosscheck.normalize import Gate

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
        after_gate=Gate(
            holds=("expect", "predict", "forecast", "estimat", "anticipat", "project")
        ),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
)


# An expectation names its figure in the figure's own clause: the clause is read back to a
# comma, semicolon or dash ("..., beating analysts' expectations of $1.44"), but a
# thousands separator or a decimal point is no clause end.
_CLAUSE_MARK = re.compile(r"[;\u2013\u2014]|,(?!\d)|\.\s")


def results_of(text: str, start: int, end: int, kind: QuantityKind) -> set[str]:
    """The qualifiers of the figure at ``start``:``end`` of the sentence ``text``.

    >>> t = "revenue of $62bn, exceeding analysts' expectations of $61bn"
    >>> results_of(t, t.index("$61bn"), len(t), QuantityKind.AMOUNT)
    {'expected'}
    >>> results_of(t, t.index("$62bn"), t.index("$62bn") + 5, QuantityKind.AMOUNT)
    set()
    """
    before = text[max(0, start - CLAUSE_CHARS) : start]
    marks = list(_CLAUSE_MARK.finditer(before))
    if marks:
        before = before[marks[-1].end() :]
    return qualifiers_of(SIGNALS, before, text[end:], kind)


def with_results(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the qualifiers the results signals of their sentences give them."""
    out: list[Claim] = []
    for claim in claims:
        q = claim.quantity
        text = claim.sentence.text
        start, end = q.start - claim.sentence.start, q.end - claim.sentence.start
        if not 0 <= start <= end <= len(text):
            out.append(claim)
            continue
        new = results_of(text, start, end, q.kind) - set(claim.qualifiers)
        if new:
            claim = claim.model_copy(
                update={"qualifiers": tuple(sorted({*claim.qualifiers, *new}))}
            )
        out.append(claim)
    return out
