"""Which company a figure is about: organisations named with a legal form.

A wire's bodies rarely name a company in the entity lexicon: "Torchmark Corp is raising
200 mln dlrs" and "Commercial Credit Co is raising 150 mln dlrs" are two issuers, and their
figures are two claims however alike the sentences. A company's name is known by its legal
form ("Corp", "Inc", "Ltd", "plc", "AG", ...) after one to four capitalised words; the
company a figure is about is the first such name in its sentence before the figure that is
not the object of a preposition ("a stake in Viacom Inc", "from Lloyds Bank Plc" are
targets and sources, not the doer).

An organisation is keyed by its name without the legal form, in matching form
("torchmark"), so "Torchmark Corp" and "Torchmark Corporation" are one company.
"""

from __future__ import annotations

import re

from crosscheck.normalize import matching_form

# Legal forms that end a company's name; all are written capitalised.
_FORMS = (
    r"Corp|Corporation|Inc|Incorporated|Co|Cos|Ltd|Limited|Plc|PLC|plc|AG|SA|NV|BV|GmbH|"
    r"LLC|LP|Bancorp|Bancshares|Holdings|AB|ASA|SpA|SE|Oyj|KGaA|Pty|Bhd"
)
# One to four capitalised words (or "&", "and" between them), then the legal form.
# ... also written with full stops: "Harris Associates L.P.", "Philips N.V.".
_DOTTED_FORMS = r"L\.P\.|N\.V\.|S\.A\.|B\.V\.|A\.G\.|S\.p\.A\."
_NAME = re.compile(
    r"(?<![\w&])(?P<name>[A-Z][\w'.-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w'.-]*){0,3})\s+"
    rf"(?:(?:{_FORMS})\b\.?|{_DOTTED_FORMS})"
)
_FORM = re.compile(rf"(?:{_FORMS})\.?|{_DOTTED_FORMS}")
# Words before a name that make it the object of a preposition or a verb's complement.
_GOVERNED = re.compile(
    r"\b(?:to|from|in|into|of|for|with|by|at|on|against|over|than|about|under|between|"
    r"manager|managers|unit|subsidiary)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "the 70 mln dlr eurobond for Best Denki Co Ltd": the issuer of a bond or loan, which its
# figures are about, though a preposition governs it.
_ISSUE_FOR = re.compile(
    r"\b(?:bonds?|eurobonds?|issues?|notes|debentures|offering|deal|placement|loans?|"
    r"facility|credit)\s+for\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SPEAKS = re.compile(r",?\s+(?:said|says|told|reported|announced)\b")
# Capitalised words that open a sentence or a clause without naming the company.
_NOT_NAME_START = frozenset({"The", "A", "An", "In", "On", "For", "And", "But", "Its", "Shares"})


# A company that owns the figure: "AVX Corp's 28 mln dlrs", "500 mln dlrs of debt of
# Navistar International Corp" (a few lower-case words of the counted phrase between).
# Shares and stakes are the holder's, not the company they are in: "X holds 500,000 shares
# of Viacom Inc" is X's figure.
_OWNER_BEFORE = re.compile(rf"\s+(?:{_FORMS})\.?'s\s+(?:[a-z-]+\s+){{0,2}}$")
_OWNER_AFTER = re.compile(
    r"\S*\s+(?:(?!shares?\b|stock\b|stake\b|common\b)[a-z-]+\s+){0,3}of\s+(?:the\s+)?(?=[A-Z])"
)


def organisation_subject(text: str, start: int, end: int) -> str | None:
    """The company a figure at ``start``-``end`` of sentence ``text`` is about: the company
    that owns it ("AVX Corp's 28 mln dlrs", "500 mln dlrs of debt of Navistar Corp"), else
    the first company named before it that no preposition governs, by its name without the
    legal form.

    >>> organisation_subject("Torchmark Corp is raising 200 mln dlrs through", 26, 38)
    'torchmark'
    >>> t = "Chrysler Corp, is raising 250 mln dlrs, said lead manager Salomon Brothers Inc."
    >>> organisation_subject(t, t.index("250"), t.index(", said"))
    'chrysler'
    >>> t = "It bought a 5.1 pct stake in Viacom Inc for 20 mln dlrs."
    >>> organisation_subject(t, t.index("20 mln"), len(t) - 1) is None
    True
    >>> organisation_subject("Morgan Stanley and Co Inc said it sold 10 mln", 39, 45)
    'morgan stanley'
    >>> t = "Harris Associates L.P. said it cut its stake to 437,425 shares."
    >>> organisation_subject(t, t.index("437"), t.index(" shares"))
    'harris associates'
    >>> t = "S and P Corp said it upgraded 500 mln dlrs of debt of Navistar International Corp."
    >>> organisation_subject(t, t.index("500"), t.index(" of debt"))
    'navistar international'
    >>> t = "The coupon on the eurobond for Best Denki Co Ltd has been set at 3 pct."
    >>> organisation_subject(t, t.index("3 pct"), len(t) - 1)
    'best denki'
    >>> t = "Icahn Corp said it holds 500,000 shares of TWA Inc."
    >>> organisation_subject(t, t.index("500"), t.index(" shares"))
    'icahn'
    >>> t = "S and P Corp said it affirmed the rating on AVX Corp's 28 mln dlrs of debt."
    >>> organisation_subject(t, t.index("28"), t.index(" of debt"))
    'avx'
    """
    owner = _OWNER_AFTER.match(text, end)
    if owner is not None:
        m = _NAME.match(text, owner.end())
        if m is not None:
            return _key(m)
    before = _OWNER_BEFORE.search(text, 0, start)
    if before is not None:
        for m in _NAME.finditer(text, 0, before.end()):
            if m.end() >= before.start() + len(before.group().split("'s")[0]):
                return _key(m)
    found = None
    for m in _NAME.finditer(text, 0, start):
        key = _key(m)
        if key is None:
            continue
        dropped = len(m.group("name")) - len(m.group("name").lstrip())  # none: \s is in \s+
        first = m.start("name") + dropped
        for word in m.group("name").split():
            if word not in _NOT_NAME_START:
                break
            first = text.index(word, first) + len(word)
            first += len(text[first:]) - len(text[first:].lstrip())
        window = text[max(0, first - 30) : first]
        if _GOVERNED.search(window) and not _ISSUE_FOR.search(window):
            continue
        found = key
        # "Moody's Corp said Orion Holdings holds ...": a speaker gives way to the subject
        # of what it said, when one is named
        if _SPEAKS.match(text, m.end()) is None:
            break
    return found


def _key(m: re.Match[str]) -> str | None:
    """A company's key: its name without articles, legal forms or a closing "and"."""
    words = m.group("name").split()
    while words and words[0] in _NOT_NAME_START:
        words.pop(0)
    while words and (words[-1] in {"and", "&"} or _FORM.fullmatch(words[-1])):
        words.pop()
    return matching_form(" ".join(words)).lower() if words else None


# How much of a document's opening is searched for the company it is about.
LEAD_CHARS = 300


def lead_organisation(text: str) -> str | None:
    """The company a document opens with, as the subject of its first sentences: "Torchmark
    Corp is raising 200 mln dlrs ..." is about Torchmark (a speaker gives way, as for a
    figure). None when the opening names no company by its legal form.

    >>> lead_organisation("Torchmark Corp is raising 200 mln dlrs through an offering.")
    'torchmark'
    >>> lead_organisation("Shares rose 5 pct in heavy trading on Monday.") is None
    True
    """
    opening = text[:LEAD_CHARS]
    return organisation_subject(opening, len(opening), len(opening))


# The company whose shares a figure counts: "1,483,886 Prime Medical shares", "593,000
# shares of Midway Airlines Inc", "raised its stake in Computer Memories Inc to 573,300
# shares". Capitalised words as for a company, with or without a legal form.
_ISSUER_NAME = r"(?P<name>[A-Z][\w&'.-]*(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){0,4})"
_ISSUER_BEFORE_SHARES = re.compile(
    rf"\s+{_ISSUER_NAME}\s+(?:common\s+|preferred\s+|ordinary\s+|class\s+\w\s+)?"
    r"(?:shares|stock)\b"
)
_SHARES_OF = re.compile(
    r"\s+(?:[a-z-]+\s+){0,3}(?:shares|stock)\s+(?:of|in)\s+(?:the\s+)?" + _ISSUER_NAME
)
_STAKE_IN = re.compile(rf"\bstake\s+in\s+(?:the\s+)?{_ISSUER_NAME}\b[^.;]{{0,60}}$")
ISSUER_WINDOW_CHARS = 120  # how far before a figure "stake in X" is looked for


def shares_issuer(text: str, start: int, end: int) -> str | None:
    """The company whose shares (or stake) the figure at ``start``-``end`` of ``text``
    counts, by its name without the legal form; None when the sentence does not say.

    >>> t = "The group said it holds 1,483,886 Prime Medical shares, or 17.5 pct."
    >>> shares_issuer(t, 24, 33)
    'prime medical'
    >>> t = "They acquired 593,000 shares of Midway Airlines Inc, or 7.7 pct of the total."
    >>> shares_issuer(t, 14, 21), shares_issuer(t, t.index("7.7"), t.index(" of the total"))
    ('midway airlines', None)
    >>> t = "She raised her stake in Computer Memories Inc to 573,300 shares, or 5.1 pct."
    >>> shares_issuer(t, t.index("573"), t.index(" shares")), shares_issuer(t, 65, 72)
    ('computer memories', 'computer memories')
    >>> shares_issuer("The company has 52.6 mln shares outstanding.", 16, 24) is None
    True
    """
    after = _ISSUER_BEFORE_SHARES.match(text, end) or _SHARES_OF.match(text, end)
    found = after or _STAKE_IN.search(text, max(0, start - ISSUER_WINDOW_CHARS), start)
    if found is None:
        return None
    words = found.group("name").split()
    while words and words[0] in _NOT_NAME_START:
        words.pop(0)
    while words and (words[-1] in {"and", "&"} or _FORM.fullmatch(words[-1])):
        words.pop()
    return matching_form(" ".join(words)).lower() if words else None
