"""Which aspect of a subject a figure gives: frame signals beside the figure that say it is
not the figure other reports give under the same subject.

Each signal is a named entry with the sentences it must fire on and must not fire on
(``tests/test_aspects.py`` runs them all), and becomes a qualifier of the claim:

* ``season``: a player's or team's figure for one season ("In the 2022-23 season, he made
  42 appearances"), against the figures of a whole spell or career (hard);
* ``initial``: the fixed or upfront part of a fee or payment ("an initial fee of
  £88.5m"), against the fee with its add-ons (hard);
* ``limit``: a limit, not the value measured ("the speed limit of 80 km/h", "the maximum
  speed allowed there is 80 km/h"), against the speed the train was going at (hard); a
  ceiling or quota is a limit too ("a ceiling of 15.8 mln bpd", "its 285,000 bpd quota"),
  against the output produced;
* ``excess``: a figure above a limit ("up to one mln bpd above a ceiling of 15.8 mln
  bpd"), the excess, against the output or the limit (hard);
* ``as of``: the time of a report's status ("As of 2 a.m. Thursday, 179 had been
  rescued", opening its clause), not the time of the event (hard); "end the strike as of
  12:01 am" is the event's;
* ``size``: a size written as a compound adjective ("the 136-unit condo building"), the
  whole thing's size against counts of its parts ("55 units were destroyed") (hard);
* ``listed``: an item of an inventory line ("Damage: Eight carriages, one dining car, two
  generator cars"), a part against the whole ("All 13 carriages derailed") (hard);
* ``line <line>``: the line of a result a percentage change or a result's sum is of
  ("income from operations was $6.4 billion, a 49% decrease", "shares of Meta up nearly
  20%", "Diluted earnings per share were $8.59"): other lines are other claims. Soft, like
  the issuer a move is of: a figure that names no line joins the one line named.

Signals are read per sentence, after the claims stage (:func:`with_aspects`), from the
figure's clause before it (back to a semicolon or the sentence's start) and the rest of the
sentence after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.frame_signal import Signal, add_qualifiers, qualifiers_of
from crosscheck.lexicon import counted as counted_lexicon
from crosscheck.models import Claim, QuantityKind
from crosscheck.normalize import Gate

# How far before a figure a signal of its clause is looked for, in characters.
CLAUSE_CHARS = 160


_SEASON = (
    r"\b(?:(?:in|during|for|over|of)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:(?:19|20)\d\d\s*[-\u2013/]\s*(?:19|20)?\d\d|this|last|past|previous|that|debut|first"
    r"|single|one)\s+(?:league\s+)?(?:season|campaign)"
    r"|(?:this|last)\s+(?:league\s+)?season)\b(?!\s+tickets?)"
)
_INITIAL = (
    r"\b(?:initial|upfront|up-front|guaranteed|fixed|basic)\s+(?:transfer\s+)?"
    r"(?:fee|sum|payment|pay|price|outlay|amount|cost)\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?$"
    r"|\b(?:initially|upfront|up\s+front)\s+(?:for\s+)?(?:about\s+|around\s+|some\s+)?$"
    r"|\b(?:for|of)\s+an?\s+(?:initial|upfront|up-front|guaranteed|basic)\s+$"
)
_LIMIT = (
    r"\b(?:(?:speed|weight|height|age|load|spending|borrowing|term|time)\s+limit"
    r"|limit(?:ed)?|capped|ceiling|quota"
    r"|maximum(?:\s+(?:permitted|allowed|legal|authorised|authorized))?"
    r"\s+(?:speed|weight|height|load|capacity)"
    r"|(?:speed|weight|load)\s+(?:allowed|permitted))\b"
    r"[^,;()]{0,30}$"
)
# Units a limit is written with after its figure: "80 km/h speed limit", "285,000 bpd quota".
_LIMIT_UNITS = (
    r"(?:km/h|kph|mph|km|kg|tonnes?|tons?|metres?|meters?|feet|ft|bpd|b/d"
    r"|barrels?\s+(?:per|a)\s+day)"
)
_LIMIT_AFTER = rf"^\s*{_LIMIT_UNITS}?\s*(?:speed\s+)?(?:limit|quota|ceiling)\b"
# A figure above a limit: the excess, not the value measured ("producing up to one mln bpd
# above a ceiling of 15.8 mln bpd", "pumping one million bpd over its self-imposed limits").
_EXCESS_AFTER = (
    rf"^\s*{_LIMIT_UNITS}?\s*(?:above|over|beyond|in\s+excess\s+of)\s+"
    r"(?:(?:a|the|its|their|an?)\s+)?(?:[\w-]+\s+){0,2}?(?:ceiling|quota|limits?|cap)\b"
)
_SIZE_NOUNS = (
    r"unit|room|bed|stor(?:e)?y|floor|seat|apartment|flat|carriage|car|coach|deck|cabin|berth"
    r"|lane|bay|platform|home|house|bedroom|acre|hectare"
)
# "136-unit condo building", "a 300-bed hospital": the figure, a hyphen, a counted noun of
# a thing's parts, and a noun after it (not a verb, a preposition or the end of a clause).
_SIZE_AFTER = (
    r"^-(?:" + _SIZE_NOUNS + r")\s+(?!(?:were|was|are|is|have|has|had|and|or|of|in|on|at|to"
    r"|for|that|which|who|with|by|from|as|but|been|be|will|would|could|may|might)\b)[a-z]"
)
# Lines of a company's results, each with the words it is written with, in order of
# length (the longest matches first: "net income" before "income").
_LINES = (
    ("operating income", r"income\s+from\s+operations|operating\s+(?:income|profit)"),
    ("eps", r"earnings\s+per\s+share|\beps\b"),
    ("net income", r"net\s+(?:income|profit|earnings|loss)"),
    # a store's sales against the same stores' a year before, not all sales
    (
        "comparable sales",
        r"(?:same[-\s]store|comparable(?:[-\s]store)?|like[-\s]for[-\s]like|comp)\s+sales|comps\b",
    ),
    # how many purchases, not how much was spent
    ("transactions", r"transactions|customer\s+(?:traffic|visits|counts?)"),
    # how many units were sold, not how much was paid for them
    ("units", r"(?:unit|volume)\s+sales|sales\s+volumes?|units\s+sold|unit\s+shipments"),
    ("revenue", r"revenues?|sales|turnover"),
    ("costs", r"costs|expenses|spending"),
    ("shares", r"shares|stock|share\s+price"),
    ("results", r"results"),
)
_LINE = re.compile(
    "|".join(f"(?P<l{i}>{pattern})" for i, (_, pattern) in enumerate(_LINES)), re.IGNORECASE
)
_LINE_NEEDS = (
    "unit",
    "volume",
    "transactions",
    "customer",
    "comps",
    "income",
    "operations",
    "operating",
    "earnings",
    "eps",
    "net",
    "revenue",
    "sales",
    "turnover",
    "costs",
    "expenses",
    "spending",
    "shares",
    "stock",
    "share",
    "results",
)
# What a percentage change is counted as when it is one.
_CHANGES = frozenset(
    {
        "decrease",
        "increase",
        "change",
        "rise",
        "fall",
        "drop",
        "decline",
        "growth",
        "gain",
        "jump",
        "slump",
        "loss",
        "year-over-year",
        # "up 10% year over year", "rose 11% year-on-year": the claims stage names the basis
        # of the change, not what changed
        "year-on-year",
        "year",
    }
)
# Words of a change's basis, never a change noun before "in" ("up 10% year in ...").
_BASIS_WORDS = frozenset({"year-over-year", "year-on-year", "year"})

# What a sum of money is counted as when it is a result whose line the sentence may name
# ("Diluted earnings per share were $8.59" is read as a profit).
_RESULTS = frozenset({"profit", "revenue", "income", "earnings", "sales", "loss"})

# Less-lethal munitions named right after a count of shots or rounds ("shot him six times
# with bean bag rounds", "five rubber bullets"): shots of another weapon than the gunfire
# other reports count ("then shot him five times").
_LESS_LETHAL_AFTER = (
    r"^(?:\s+times)?\s+(?:with\s+(?:an?\s+)?)?(?:less[-\s]lethal|non[-\s]?lethal|bean[-\s]?bag|"
    r"rubber|pepper[-\s]?balls?|sponge|foam|tasers?|stun)\b"
)

# A balance net of what offsets it ("net debt", "net cash"): another measure than the
# total, which other reports give ("total debt is approximately $332.1 million"). Net
# income and profit are lines of a result (``line_of``), not this.
_NET_OF = r"net\s+(?:debt|cash|assets|proceeds|worth|borrowings|liabilities)"

ASPECTS: tuple[Signal, ...] = (
    Signal(
        "a balance net of what offsets it",
        "net",
        re.compile(
            rf"\b{_NET_OF}\s+(?:of\s+|was\s+|is\s+|stood\s+at\s+|totall?ing\s+)?"
            r"(?:(?:about|approximately|around|nearly|some|roughly)\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(rf"^\s+(?:in\s+|of\s+)?{_NET_OF}\b", re.IGNORECASE),
        (
            "that will include iRobot's net debt of about [$275.6 million]",
            "the company had [$2 billion] in net cash",
            "Net debt was [$1.2 billion] at the end of June",
        ),
        (
            "the company's current total debt is approximately [$332.1 million]",
            "net income of [$1.2 billion]",
        ),
        before_gate=Gate(holds=("net",)),
        after_gate=Gate(holds=("net",)),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
    Signal(
        "one season's figure",
        "season",
        re.compile(_SEASON, re.IGNORECASE),
        re.compile(r"^[^.;]{0,60}?" + _SEASON, re.IGNORECASE),
        (
            "In the 2022-2023 season, Bellingham made [42] appearances for the club",
            "He scored [14] goals in the 2022/23 campaign",
            "She has scored [21] goals this season",
            "he made [31] league appearances last season",
        ),
        (
            "Bellingham made [132] appearances for Dortmund, scoring 24 goals",
            "the club sold [40,000] season tickets this year",
            "The season starts in [three] weeks",
        ),
        before_gate=Gate(holds=("season", "campaign")),
        after_gate=Gate(holds=("season", "campaign")),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
    Signal(
        "the initial part of a fee",
        "initial",
        re.compile(_INITIAL, re.IGNORECASE),
        re.compile(r"^\s*(?:up[-\s]?front|initially)\b", re.IGNORECASE),
        (
            "Real Madrid agreed to sign him for an initial transfer fee of [£88.5 million]",
            "a fee of £115m (with an upfront pay of [£88.5m] and add-ons)",
            "He joined for an initial [£58m], a fee that could rise to £64m",
            "Rovers got their man on Friday, paying Brugstad [£52m] up front for Veld",
        ),
        (
            "Real Madrid agreed to sign him for a fee of [£115m]",
            "The initial reports said [12] people died",
        ),
        before_gate=Gate(holds=("initial", "front", "guaranteed", "fixed", "basic")),
        after_gate=Gate(holds=("front", "initial")),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
    Signal(
        "a limit, not the value measured",
        "limit",
        re.compile(_LIMIT, re.IGNORECASE),
        re.compile(_LIMIT_AFTER, re.IGNORECASE),
        (
            "it was travelling at over twice the posted speed limit of [80 km/h]",
            "when the maximum speed allowed at that point is [80 km/h]",
            "the road has an [80 km/h] speed limit",
            "The bridge has a weight limit of [40 tonnes]",
            "OPEC agreed to lower its total output ceiling by 7.25 pct to [15.8 mln] barrels",
            "Qatar was selling less than 180,000 bpd of its [285,000] bpd quota",
        ),
        (
            "at the time of the accident the train was going at [190 km/h]",
            "winds of up to [170 km/h] were recorded",
            "The train was going at [190 km/h], when the maximum speed allowed is 80 km/h",
            "Qatar was selling less than [180,000] bpd of its 285,000 bpd quota",
            "Saudi crude oil output last month fell to an average of [3.5 mln] barrels",
        ),
        before_gate=Gate(
            holds=("limit", "capped", "maximum", "allowed", "permitted", "ceiling", "quota")
        ),
        after_gate=Gate(holds=("limit", "quota", "ceiling")),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
    Signal(
        "a figure above a limit",
        "excess",
        None,
        re.compile(_EXCESS_AFTER, re.IGNORECASE),
        (
            "OPEC is producing up to [one mln] bpd above a ceiling of 15.8 mln bpd",
            "OPEC was pumping up to [one million] bpd over its self-imposed limits",
            "the plant emitted [40 tonnes] above its quota",
        ),
        (
            "OPEC is producing [16.8 mln] bpd, above its ceiling",
            "the train ran at [190 km/h], over twice the limit",
            "Qatar was selling less than [180,000] bpd of its 285,000 bpd quota",
        ),
        after_gate=Gate(holds=("ceiling", "quota", "limit", "cap")),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
    Signal(
        "the time of a report's status",
        "as of",
        re.compile(r"(?:^|[,;:(]\s*)as\s+(?:of|at)\s+(?:about\s+|around\s+)?$", re.IGNORECASE),
        None,
        (
            "As of [2 a.m.] Thursday, 179 aboard the ferry had been rescued",
            "as at [5pm] on Sunday the toll stood at 56",
        ),
        (
            "The ferry began sinking at [8.50 am]",
            "the blast hit at [6.07pm]",
            "they voted to end the strike as of [12:01 am] PT on Wednesday",
        ),
        before_gate=Gate(ends=("of", "at", "about", "around")),
        kinds=frozenset({QuantityKind.TIME, QuantityKind.DATE}),
    ),
    Signal(
        "a size written as a compound adjective",
        "size",
        None,
        re.compile(_SIZE_AFTER, re.IGNORECASE),
        (
            "the demolition of the other half of the [136]-unit condo building",
            "a [300]-bed hospital was evacuated",
            "the [12]-storey tower collapsed",
        ),
        (
            "Officials estimated that [55] units were destroyed",
            "a [148]-day strike ended",
            "[30]-odd people were hurt",
            "the [136]-unit and 40-room buildings",
        ),
        after_gate=Gate(holds=("-",)),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
    Signal(
        "less-lethal munitions",
        "less-lethal",
        None,
        re.compile(_LESS_LETHAL_AFTER, re.IGNORECASE),
        (
            "these officers busted out his window, shot him [six] times with bean bag rounds",
            "Officers fired [five] bean bag rounds at the man",
            "She was hit by [two] rubber bullets during the protest",
            "a deputy fired [three] less-lethal rounds before the shooting",
            "troopers fired [12] pepper balls into the car",
        ),
        (
            "shot Glass with bean bag rounds and shocked him with a Taser before shooting"
            " him [five] times",
            "and then shot him [five] times.",
            "The deputy fired [six] rounds from his rifle",
            "[Two] officers armed with rubber bullets stood by",
        ),
        after_gate=Gate(
            holds=("bean", "rubber", "pepper", "lethal", "sponge", "foam", "taser", "stun")
        ),
        kinds=frozenset({QuantityKind.AMOUNT}),
    ),
)


def aspects_of(text: str, start: int, end: int, kind: QuantityKind) -> set[str]:
    """The qualifiers of the figure at ``start``:``end`` of the sentence ``text``.

    >>> sorted(aspects_of("In the 2022-23 season he made 42 appearances", 30, 32,
    ...                   QuantityKind.AMOUNT))
    ['season']
    >>> aspects_of("He made 132 appearances for Dortmund", 8, 11, QuantityKind.AMOUNT)
    set()
    """
    before = text[max(0, start - CLAUSE_CHARS) : start]
    before = before[before.rfind(";") + 1 :]
    after = text[end:]
    return qualifiers_of(ASPECTS, before, after, kind)


# Where the clause of a figure ends, for a line named after it: a comma or semicolon, or a
# conjunction that opens another clause.
_CLAUSE_END = re.compile(
    r"[,;:]\s|\s(?:after|as|when|because|while|following|since)\s|\s[\u2013\u2014]\s"
)


# A change noun after the figure, then "in" and up to two words before the line: "6%
# decrease in transactions", "4% decline in global same-store sales".
_CHANGE_IN = re.compile(
    r"[^\s]*\s+(?:" + "|".join(sorted(_CHANGES - _BASIS_WORDS)) + r")s?\s+in\s+"
    r"(?:(?:global|total|overall|u\.s\.|us|domestic|its|the|north\s+american)\s+){0,2}",
    re.IGNORECASE,
)

# The measure a change names after "in": up to three words in lower case, up to a word that
# starts what follows it ("a 6% rise in average price per ad" is of the average price).
_OWN_MEASURE = re.compile(
    r"[a-z][\w-]*(?:\s+(?!(?:of|per|from|to|at|on|for|in|and|or|compared|year|versus|vs|"
    r"over|since|as|while|with|by|the|a|an|was|were|is|are|this|that|which)\b)[a-z][\w-]*){0,2}"
)


def line_of(text: str, start: int) -> str | None:
    """The line of a result the percentage change at ``start`` of ``text`` is of: the
    nearest line named before it in its clause, else the first after it in the sentence.

    >>> line_of("income from operations was $6.4 billion, a 49% decrease", 43)
    'operating income'
    >>> line_of("Diluted earnings per share were $8.59, a 38% decrease.", 41)
    'eps'
    >>> line_of("That helped send shares of Meta up nearly 20% in trading.", 41)
    'shares'
    >>> line_of("This marks a 41% decrease from the previous year.", 13) is None
    True
    >>> line_of("Cordell tumbled 22%, its worst day, after cutting its sales outlook.", 16) is None
    True
    >>> t = "Comparable sales fell 4%, driven by a 6% decrease in transactions."
    >>> line_of(t, t.index("4%")), line_of(t, t.index("6%"))
    ('comparable sales', 'transactions')
    >>> t = "Driven by a 20% increase in ad impressions and a 6% rise in average price per ad."
    >>> line_of(t, t.index("20%")), line_of(t, t.index("6%"))
    ('ad impressions', 'average price')
    """
    named = _CHANGE_IN.match(text, start)
    if named is not None:
        # "a 6% decrease in transactions": the change names its line itself
        m = _LINE.match(text, named.end())
        if m is not None:
            return _LINES[int((m.lastgroup or "l0")[1:])][0]
        # or a measure of its own: "a 20% increase in ad impressions delivered", "a 14%
        # increase in effective tax rate" (a line or a market in its words is read below)
        own = _OWN_MEASURE.match(text, named.end())
        if own is not None and not _LINE.search(own.group()) and not _MARKET.search(own.group()):
            return own.group().lower()
    lowered = text.lower()
    if not any(w in lowered for w in _LINE_NEEDS):
        return None
    before = text[max(0, start - CLAUSE_CHARS) : start]
    before = before[before.rfind(";") + 1 :]
    found = list(_LINE.finditer(before))
    if found:
        m: re.Match[str] | None = found[-1]
    else:
        # after the figure, only in its own clause: "Cordell tumbled 22%, its biggest drop,
        # after cutting its sales outlook" is a move of the shares, not of sales
        stop = _CLAUSE_END.search(text, start)
        m = _LINE.search(text, start, stop.start() if stop else len(text))
    if m is None:
        return None
    return _LINES[int((m.lastgroup or "l0")[1:])][0]


# An inventory: a sentence that is only a list of three or more counted items, after an
# optional label ("Damage: Eight carriages, one dining car, two generator cars, two
# locomotives"). Each item is a part of what the list takes stock of.
_ITEM = (
    r"(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
)
_INVENTORY = re.compile(
    rf"^\s*(?:[a-z][\w ]{{0,30}}:\s*)?{_ITEM}(?:\s*,\s*(?:and\s+)?{_ITEM}){{2,}}\s*\.?\s*$",
    re.IGNORECASE,
)
# Longest sentence read as an inventory, in characters (a list line is short).
INVENTORY_CHARS = 200


def is_inventory(text: str) -> bool:
    """Whether the sentence ``text`` is only a list of counted items (not of casualties:
    "2 dead, 5 injured, 3 missing" is a toll).

    >>> is_inventory("Damage: Eight carriages, one dining car, two generator cars, two locomotives")
    True
    >>> is_inventory("Two people died, 5 were injured, 3 missing")
    False
    >>> is_inventory("2 dead, 5 injured, 3 missing")
    False
    >>> is_inventory("All 13 carriages of the train derailed as the train rounded a curve.")
    False
    """
    if len(text) > INVENTORY_CHARS or text.count(",") < 2 or not _INVENTORY.match(text):
        return False
    words = set(re.findall(r"[a-z]+", text.lower()))
    return not words & counted_lexicon().events.keys()


# A clock time given in universal time ("19:53 GMT", "0100 UTC"): a report of an event abroad
# often gives it beside the local time ("11:53 local time (19:53 GMT)"), so it is compared
# only with other universal times.
_UNIVERSAL = re.compile(r"\s*(?:GMT|UTC)\b")
_UNIVERSAL_END = re.compile(r"\b(?:GMT|UTC)$")


def in_universal_time(figure: str, after: str) -> bool:
    """Whether the clock time ``figure``, followed by ``after``, is in universal time.

    >>> in_universal_time("19:53", " GMT) that police"), in_universal_time("0930 GMT", ".")
    (True, True)
    >>> in_universal_time("11:53", " local time (19:53 GMT)")
    False
    """
    return _UNIVERSAL_END.search(figure) is not None or _UNIVERSAL.match(after) is not None


def with_aspects(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the qualifiers their sentences' aspect signals give them."""
    return add_qualifiers(claims, _aspect_signals)


def _aspect_signals(claim: Claim, text: str, start: int, end: int) -> set[str]:
    q = claim.quantity
    found = aspects_of(text, start, end, q.kind)
    if q.kind is QuantityKind.TIME and in_universal_time(q.text, text[end:]):
        found.add("gmt")
    if q.kind is QuantityKind.AMOUNT and is_inventory(text):
        found.add("listed")
    # a percentage of a result is its change or its share ('revenues decrease by 5%', '3%
    # U.S. sales decline'): of a line and a market, as the result's sums are
    if (
        q.unit == "%" and (claim.counted in _CHANGES | _RESULTS or "change" in claim.qualifiers)
    ) or (q.currency is not None and claim.counted in _RESULTS):
        line = line_of(text, start)
        if line is not None:
            found.add(f"line {line}")
        market = market_of(text, start)
        if market not in (None, "global"):
            # a region's figure (hard): the whole company's is written with no region
            found.add(f"market {market}")
    return found


# The market a result or its change is of: a region, or the whole company's ("global").
_MARKETS = (
    ("global", r"global|worldwide|company-wide|total|overall|consolidated"),
    ("international", r"international|overseas|outside\s+the\s+U\.S\.?"),
    ("us", r"U\.S\.|US\b|United\s+States|American|domestic"),
    ("north america", r"North\s+America(?:n)?"),
    ("china", r"China|Chinese"),
    ("europe", r"Europe(?:an)?|EMEA"),
)
_MARKET = re.compile(
    r"\b(?:" + "|".join(f"(?P<m{i}>{pattern})" for i, (_, pattern) in enumerate(_MARKETS)) + ")"
)
# How far before a figure, in its clause, its market may be named ("In North America,
# same-store sales declined by 3%").
MARKET_BEFORE_CHARS = 60


def market_of(text: str, start: int) -> str | None:
    """The market a result or a change at ``start`` of ``text`` is of: the one named right
    after it in its clause ("a 6% decrease in international sales"), else the nearest
    before it in its sentence, within ``MARKET_BEFORE_CHARS`` ("China was hit hardest,
    with an 11% decline"). Case matters: "us" is no country.

    >>> t = "Sales fell 3% in North America, while international markets reported a 6% drop."
    >>> market_of(t, t.index("3%")), market_of(t, t.index("6%"))
    ('north america', 'international')
    >>> market_of("Revenue rose 7% to $164 billion.", 13) is None
    True
    """
    stop = _CLAUSE_END.search(text, start)
    m = _MARKET.search(text, start, stop.start() if stop else len(text))
    if m is None:
        before = text[max(0, start - MARKET_BEFORE_CHARS) : start]
        cut = max(before.rfind(";"), before.rfind(". "))
        found = list(_MARKET.finditer(before[cut + 1 :]))
        m = found[-1] if found else None
    if m is None:
        return None
    return _MARKETS[int((m.lastgroup or "m0")[1:])][0]
