"""The company a document is about, named with its stock ticker in its opening.

Investors' pages open on the company they report, with its ticker in brackets: "Shares of
Amazon (AMZN 3.43%) jumped 7.1% ...", "Both classes of Alphabet (GOOGL 10.22%) (GOOG 9.96%)
stock declined ...", "Microsoft Corp. (NASDAQ: MSFT) reported ...". Two such pages about
two companies are two stories, however alike the words of their genre ("Revenue grew",
"constant currency", "YoY"): the stories stage weighs them as it weighs two documents
that open about companies named by their legal form (``organisations.lead_organisation``).
"""

from __future__ import annotations

import re

# How much of a document's opening is searched for a ticker.
TICKER_LEAD_CHARS = 400

# A name right before a bracket that opens with a ticker: capitalised words ("Alphabet",
# "Capital One", "Eli Lilly"), then "(AMZN", "(NASDAQ: MSFT", "(NYSE:DFS", "(TSLA -1.2%)".
_TICKER_AFTER_NAME = re.compile(
    r"(?P<name>[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3})\s*\(\s*"
    r"(?:(?:NASDAQ|NYSE|Nasdaq|NYSE\s+American|LSE|TSX|AMEX|OTC)\s*:\s*)?"
    r"[A-Z]{1,5}(?:\.[A-Z])?(?=\s*[)\s\d+\-\u2212,;])"
)
# Words that open a sentence before a company's name: not part of it.
_OPENERS = frozenset({"shares", "both", "stock", "the", "in", "on", "at", "for", "of"})
# A legal form after a name: not part of what it is called.
_FORMS = frozenset({"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc"})


def ticker_company(opening: str) -> str | None:
    """The company named with its ticker in ``opening``, lowered, or None.

    >>> ticker_company("Shares of Amazon (AMZN 3.43%) jumped 7.1% in after-hours trading")
    'amazon'
    >>> ticker_company("Both classes of Alphabet (GOOGL 10.22%) (GOOG 9.96%) stock declined")
    'alphabet'
    >>> ticker_company("Microsoft Corp. (NASDAQ: MSFT) reported revenue of $62 billion")
    'microsoft'
    >>> ticker_company("The World Health Organization (WHO) said on Monday") is None
    True
    """
    m = _TICKER_AFTER_NAME.search(opening[:TICKER_LEAD_CHARS])
    if m is None:
        return None
    words = m.group("name").split()
    # an acronym in brackets spells the capitalised words before it ("The Federal Bureau
    # of Investigation (FBI)"): no ticker
    letters = re.match(r"[A-Z]+", opening[m.end("name") :].lstrip(" ("))
    before = opening[max(0, m.end("name") - 80) : m.end("name")]
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", before) if w[0].isupper())
    if letters and len(letters.group()) > 1 and initials.endswith(letters.group()):
        return None
    kept = [w for w in words if w.lower() not in _FORMS]
    while kept and kept[0].lower() in _OPENERS:
        kept = kept[1:]
    return " ".join(kept).lower().strip(" .") or None
