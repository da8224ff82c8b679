"""What a company's or a deal's value is measured on: the market's price of its shares,
its equity, or its equity with its debt.

Reports of one takeover give several values, all right at once: "an all-stock transaction
valued at $35.3 billion" and Discover's "market valuation of about $27.72 billion";
"Chevron's deal values Hess's equity at $53 billion, while the total enterprise value ...,
including debt, is $60 billion". A value measured on one basis is never a side against a
value on another, nor against a deal's price that names none (the price paid is neither
the market's nor, unless said, the one with debt): each basis is a hard qualifier.

Each basis is a named :class:`~crosscheck.frame_signal.Signal` with the sentences it must
and must not fire on (``tests/test_deal_values.py`` runs them all). It is read from the
figure's clause before it and the words right after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.frame_signal import Signal, add_qualifiers, qualifiers_of
from crosscheck.models import Claim, QuantityKind
from crosscheck.normalize import Gate

# How far before a figure its basis is read, in characters: a basis names its figure in
# the figure's own clause ("a market valuation of about $27.72 billion").
CLAUSE_CHARS = 80

# A clause ends at a semicolon, a dash, or a comma that is no thousands separator.
_CLAUSE_MARK = re.compile(r"[;\u2013\u2014]|,(?!\d)|\.\s")

_MARKET = r"(?:market|stock[-\s]market)\s+(?:value|valuation|capitali[sz]ation|cap|worth)"

SIGNALS: tuple[Signal, ...] = (
    Signal(
        "the market's value of a company's shares",
        "market value",
        re.compile(rf"\b{_MARKET}\b(?:\s+(?:of|at|was|is|stood\s+at))?[^,;]{{0,25}}$", re.I),
        re.compile(rf"^\s+(?:in\s+)?{_MARKET}\b", re.I),
        (
            "Discover is one of the smaller credit card companies, with a market valuation "
            "of about [$27.72 billion].",
            "The company has a market capitalization of [$90 billion]",
            "Apple's stock market value hit [$3 trillion]",
            "a company with [$12 billion] in market value",
        ),
        (
            "an all-stock transaction valued at [$35.3 billion]",
            "Capital One will pay [$35.3 billion] for Discover, a premium to its market value",
            "the total enterprise value is [$60 billion]",
        ),
        before_gate=Gate(holds=("market",)),
        after_gate=Gate(holds=("market",)),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
    Signal(
        "the value of a company's equity",
        "equity value",
        re.compile(
            r"\bequity\s+(?:value|valuation)\b[^,;]{0,25}$|\bvalu\w*\s+(?:[\w'\u2019.-]+\s+){0,3}?"
            r"equity\s+at\s+(?:about\s+|around\s+|roughly\s+)?$",
            re.I,
        ),
        re.compile(r"^\s+(?:in\s+)?equity\s+value\b", re.I),
        (
            "Chevron's deal values Hess's equity at [$53 billion]",
            "The deal has an equity value of [$14.1 billion]",
        ),
        (
            "the total enterprise value of the transaction, including debt, is [$60 billion]",
            "Hess shareholders will receive shares worth [$171] each",
        ),
        before_gate=Gate(holds=("equity",)),
        after_gate=Gate(holds=("equity",)),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
    Signal(
        "a value with the company's debt",
        "value with debt",
        re.compile(
            r"\benterprise\s+value\b[^;]{0,60}$|\b(?:including|includes|plus)\s+"
            r"(?:(?:its|the|assumed|net)\s+)*debt\b[^;]{0,40}$",
            re.I,
        ),
        re.compile(
            r"^[^;.]{0,12}?\b(?:including|includes|with|plus)\s+(?:(?:its|the|assumed|net)\s+)*debt\b"
            r"|^\s+(?:in\s+)?enterprise\s+value\b",
            re.I,
        ),
        (
            "Including debt, the total enterprise value is [$60 billion].",
            "giving the company a total enterprise value of [$60 billion], including debt",
            "The total enterprise value, including debt, of the transaction works out to "
            "[$60 billion].",
            "The deal is worth [$14.9 billion] including debt",
        ),
        (
            "Chevron's deal values Hess's equity at [$53 billion]",
            "Hess had [$9 billion] of debt",
            "Its debt of [$2 billion] matures in 2030",
        ),
        before_gate=Gate(holds=("enterprise", "debt")),
        after_gate=Gate(holds=("enterprise", "debt")),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
)


def bases_of(text: str, start: int, end: int, kind: QuantityKind) -> set[str]:
    """The value bases the figure at ``start``:``end`` of the sentence ``text`` is on.

    >>> t = "a market valuation of about $27.72 billion, against a deal worth $35.3 billion"
    >>> bases_of(t, t.index("$27.72"), t.index("$27.72") + 13, QuantityKind.AMOUNT)
    {'market value'}
    >>> bases_of(t, t.index("$35.3"), t.index("$35.3") + 12, QuantityKind.AMOUNT)
    set()
    >>> t = "Last Thursday, PXD stock had a $50.1 billion valuation."
    >>> bases_of(t, t.index("$50.1"), t.index("$50.1") + 13, QuantityKind.AMOUNT)
    {'market value'}
    >>> t = "The company had a $50.1 billion valuation in its last funding round."
    >>> bases_of(t, t.index("$50.1"), t.index("$50.1") + 13, QuantityKind.AMOUNT)
    set()
    """
    before = text[max(0, start - CLAUSE_CHARS) : start]
    marks = list(_CLAUSE_MARK.finditer(before))
    clause = before[marks[-1].end() :] if marks else before
    # debt is often named in a clause of its own ("The total enterprise value, including
    # debt, of the transaction works out to $60 billion"): read back to a semicolon
    sentence = before[before.rfind(";") + 1 :]
    after = text[end:]
    found = qualifiers_of(SIGNALS[:2], clause, after, kind) | qualifiers_of(
        SIGNALS[2:], sentence, after, kind
    )
    if _SHARES_HAD.search(clause) and _VALUATION_AFTER.match(after):
        found.add("market value")  # "PXD stock had a $50.1 billion valuation"
    return found


# A valuation the shares had: the market's value, though the word "market" is left out
# ("Last Thursday, PXD stock had a $50.1 billion valuation"). Both sides must hold: "a
# deal valued at" and "a $35.3 billion valuation" of a deal are no market's.
_SHARES_HAD = re.compile(
    r"\b(?:stock|shares)\s+(?:had|has|have|carried|carries|commanded)\s+an?\s+$", re.I
)
_VALUATION_AFTER = re.compile(r"^\s+(?:market\s+)?valuation\b", re.I)


def with_deal_values(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the basis of each money value as a hard qualifier."""
    return add_qualifiers(claims, _signals)


def _signals(claim: Claim, text: str, start: int, end: int) -> set[str]:
    q = claim.quantity
    if q.kind is not QuantityKind.AMOUNT or q.currency is None:
        return set()
    return bases_of(text, start, end, q.kind)
