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
# One to four capitalised words (or "&", "and" between them), then the legal form; "and Co"
# and "& Co" end a name too ("Merrill Lynch and Co is issuing ...").
# ... also written with full stops: "Harris Associates L.P.", "Philips N.V.".
_DOTTED_FORMS = r"L\.P\.|N\.V\.|S\.A\.|B\.V\.|A\.G\.|S\.p\.A\."
_NAME = re.compile(
    r"(?<![\w&])(?P<name>[A-Z][\w'.-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w'.-]*){0,3})\s+"
    rf"(?:(?:and|&)\s+(?=Co\b))?(?:(?:{_FORMS})\b\.?|{_DOTTED_FORMS})"
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
    >>> lead_organisation("Merrill Lynch and Co is issuing a 100 mln Ecu eurobond.")
    'merrill lynch'
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
        new = _new_value(text, start)
        return shares_issuer(text, *new) if new is not None else None
    words = found.group("name").split()
    while words and words[0] in _NOT_NAME_START:
        words.pop(0)
    while words and (words[-1] in {"and", "&"} or _FORM.fullmatch(words[-1])):
        words.pop()
    return matching_form(" ".join(words)).lower() if words else None


# What a count of shares is of: the shares a company has ("outstanding"), a holder's
# stake, a purchase, a sale, an offering, an authorisation, a buy-back, or options and
# warrants on them. A takeover's reports give many such counts for one company, and each
# is another quantity: "raised its stake to 412,000 shares" is no offering of 1.2 mln.
_DEALS = (
    ("outstanding", r"outstanding|on\s+issue|in\s+issue|issued\s+and\s+outstanding"),
    ("repurchased", r"buy\s*-?\s*back|buybacks?|repurchas\w*|buy\s+back"),
    ("options", r"options?|warrants?|convertible|converted|conversion|rights"),
    ("authorized", r"authori[sz]ed|authori[sz]ation"),
    ("tendered", r"tender\w*"),
    # an issuer's offering is its sale: "its offering of 31,000,000 shares", "sold 34 mln"
    (
        "sold",
        r"offer\w*|placement|placing|registration|flotation|issue|issuing|sold|sells?|"
        r"selling|sale|dispos\w*",
    ),
    ("bought", r"bought|buys?|buying|purchas\w*|acquir\w*|acquisition"),
    ("held", r"stake|owns?|owned|holds?|holding|holdings|controls?|controlled|beneficially"),
)
_DEAL = re.compile(
    "|".join(rf"(?P<{name}>\b(?:{pattern})\b)" for name, pattern in _DEALS), re.IGNORECASE
)
DEAL_WINDOW_CHARS = 60  # how far from a count of shares the word saying what it is of counts
_CLAUSE_BREAK = re.compile(r"[;:()]|,\s|\s(?:and|while|but|which|who)\s")


def share_deal(text: str, start: int, end: int) -> str | None:
    """What the count of shares at ``start``-``end`` of ``text`` is of (see _DEALS): the
    deal word nearest the figure inside its clause, after it first on a tie; None when
    the clause says nothing.

    >>> t = "It raised its stake in Dart Inc to 412,000 shares from 347,000 shares."
    >>> share_deal(t, t.index("412"), t.index(" shares from"))
    'held'
    >>> t = "BRT filed for the public offering of 1.2 mln shares of common stock."
    >>> share_deal(t, t.index("1.2"), t.index(" shares of"))
    'sold'
    >>> t = "Piedmont now has about 18.6 mln shares outstanding."
    >>> share_deal(t, t.index("18.6"), t.index(" shares out"))
    'outstanding'
    >>> share_deal("The company has 52.6 mln shares.", 16, 24) is None
    True
    """
    new = _new_value(text, start)
    if new is not None:  # the old value of a change is of what the new one is of
        return share_deal(text, *new)
    before = text[max(0, start - DEAL_WINDOW_CHARS) : start]
    before = _CLAUSE_BREAK.split(before)[-1]
    after = text[end : end + DEAL_WINDOW_CHARS]
    after = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
    found_after = _DEAL.search(after)
    found_before = list(_DEAL.finditer(before))
    if found_after is None and not found_before:
        return None
    if found_after is not None and (
        not found_before or found_after.start() <= len(before) - found_before[-1].end()
    ):
        return found_after.lastgroup
    return found_before[-1].lastgroup


# The old value of a change of shares: "raised its stake to 816,000 shares, or 11.3 pct,
# from 453,300 shares" (what the new value is of, the old one is of too).
_FROM_BEFORE = re.compile(r"[,;]?\s*(?:from|against|compared\s+with|up\s+from|down\s+from)\s+$")
_SHARE_COUNT = re.compile(
    r"\d[\d,.]*(?:\s+(?:mln|million|billion))?(?=\s+(?:[\w-]+\s+){0,3}shares\b)"
)


def _new_value(text: str, start: int) -> tuple[int, int] | None:
    """Where the new value of the change whose old value starts at ``start`` is: the last
    count of shares before it in ``text``, when ``start`` follows 'from'; else None.

    >>> t = "It raised its stake to 816,000 shares, or 11.3 pct, from 453,300 shares."
    >>> _new_value(t, t.index("453")), t.index("816")
    ((23, 30), 23)
    """
    if not _FROM_BEFORE.search(text, max(0, start - 30), start):
        return None
    found = list(_SHARE_COUNT.finditer(text, 0, start))
    return (found[-1].start(), found[-1].end()) if found else None
