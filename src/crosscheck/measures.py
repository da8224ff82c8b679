"""What a figure is measured in: scale words, currencies, units and rates.

The tables map each spelling to its normal form ("bn" -> 1e9, "US$" -> USD, "sq km" ->
km2, "a day" -> day); :func:`read_suffix` reads the scale, unit and currency words written
after a figure, :func:`apply_rate` the rate a quantity is stated per ("per day", "per
share", "annual ... of"), and :func:`inherit_currency` gives a bare "$" the dollar named
before it.
"""

from __future__ import annotations

import re

from crosscheck.atoms import CONTEXT_CHARS, Atom, Reading, alternation

SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    # South Asian scale words: "2 lakh" is 200,000, "45 crore" 450 million.
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}

CURRENCY_PREFIXES = {
    "us$": "USD",
    "u.s.$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "nz$": "NZD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "s$": "SGD",
    "r$": "BRL",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "jpy": "JPY",
    "aud": "AUD",
    "cad": "CAD",
    "chf": "CHF",
    "cny": "CNY",
    "rmb": "CNY",
    "inr": "INR",
    "krw": "KRW",
    "rub": "RUB",
    "nzd": "NZD",
    "rs": "INR",
    "rs.": "INR",
}

_CURRENCY_WORDS = {
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "new zealand dollars": "NZD",
    "hong kong dollars": "HKD",
    "dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "rupee": "INR",  # "the 46.5 billion rupee IPO"
    "swiss francs": "CHF",
    "francs": "CHF",
    "franc": "CHF",
    "won": "KRW",
    "roubles": "RUB",
    "rubles": "RUB",
    "dlrs": "USD",
    # a wire's singular before what the money is for: "a 1.3 billion dlr stock transaction"
    "dlr": "USD",
    "canadian dlrs": "CAD",
    "canadian dlr": "CAD",
    "australian dlrs": "AUD",
    "australian dlr": "AUD",
    "new zealand dlrs": "NZD",
    "new zealand dlr": "NZD",
    "hong kong dlrs": "HKD",
    "h.k. dlrs": "HKD",
    "danish crowns": "DKK",
    "swedish crowns": "SEK",
    "norwegian crowns": "NOK",
    "marks": "DEM",
    "guilders": "NLG",
    "lire": "ITL",
    "pesetas": "ESP",
    "stg": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
}
# Currency words that name something else unless a scale word comes first: "200 pounds"
# is a weight, "46.8 million pounds" is money; "won" is a verb.
# "50 marks" may be a score; "2.5 billion marks" is money.
_SCALED_ONLY_CURRENCIES = frozenset({"won", "pounds", "pound", "marks"})

_CENTS = re.compile(r"\s?(?:cts|cents)\b", re.IGNORECASE)

# Unit spellings -> normalized unit.
UNITS = {
    # The size of an earthquake: "a 6.4-magnitude quake", "magnitude 6.4" (read before too).
    "magnitude": "magnitude",
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "pct": "%",
    "percentage points": "pp",
    "percentage point": "pp",
    "km/h": "km/h",
    "kph": "km/h",
    "mph": "mph",
    "km": "km",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "miles": "mi",
    "mile": "mi",
    "feet": "ft",
    "foot": "ft",
    "ft": "ft",
    "yards": "yd",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "cm": "cm",
    "centimetres": "cm",
    "centimeters": "cm",
    "mm": "mm",
    "millimetres": "mm",
    "millimeters": "mm",
    "millimetre": "mm",
    "millimeter": "mm",
    "kg": "kg",
    "kilograms": "kg",
    "kilogrammes": "kg",
    "tonnes": "t",
    "tons": "t",
    "tonne": "t",
    "ton": "t",
    "hectares": "ha",
    "acres": "acre",
    "square kilometres": "km2",
    "square kilometers": "km2",
    "sq km": "km2",
    "km2": "km2",
    "square miles": "mi2",
    "barrels": "bbl",
    "litres": "l",
    "liters": "l",
    "gallons": "gal",
    "mw": "MW",
    "gw": "GW",
    "gwh": "GWh",
    "twh": "TWh",
    "degrees": "deg",
    "°c": "°C",
    "°f": "°F",
    "degrees celsius": "°C",
    "degrees c": "°C",
    "celsius": "°C",
    "degrees fahrenheit": "°F",
    "degrees f": "°F",
    "fahrenheit": "°F",
    "mah": "mAh",
    "wh": "Wh",
    "kwh": "kWh",
    "hz": "Hz",
    "khz": "kHz",
    "mhz": "MHz",
    "ghz": "GHz",
    "kb": "KB",
    "mb": "MB",
    "gb": "GB",
    "tb": "TB",
    "inches": "in",
    "inch": "in",
    "basis points": "bp",
    "basis point": "bp",
    "bps": "bp",
    "years": "year",
    "year": "year",
    "months": "month",
    "month": "month",
    "weeks": "week",
    "week": "week",
    "days": "day",
    "day": "day",
    "hours": "hour",
    "hour": "hour",
    "minutes": "minute",
    "seconds": "second",
}

_RATES = {
    "per day": "day",
    "a day": "day",
    "each day": "day",
    "every day": "day",
    "daily": "day",
    "per week": "week",
    "a week": "week",
    "weekly": "week",
    "per month": "month",
    "a month": "month",
    "monthly": "month",
    "per year": "year",
    "a year": "year",
    "each year": "year",
    "every year": "year",
    "per annum": "year",
    "annually": "year",
    "yearly": "year",
    "per hour": "hour",
    "an hour": "hour",
    "a night": "night",
    "per night": "night",
    "each night": "night",
    "nightly": "night",
    "per minute": "minute",
    "per second": "second",
    # Prices per item: "$20 a share", "$80 a barrel". Never compared with a total.
    "a share": "share",
    "per share": "share",
    "a barrel": "barrel",
    "per barrel": "barrel",
    "an ounce": "ounce",
    "per ounce": "ounce",
    "a tonne": "tonne",
    "per tonne": "tonne",
    "a litre": "litre",
    "per litre": "litre",
    "a gallon": "gallon",
    "per gallon": "gallon",
    "per person": "person",
    "per capita": "person",
    # For each party or item: "exchanged 103 prisoners of war each", "freed 75 prisoners
    # from each side", "34 million shares at $20 each". Never compared with a total.
    "each": "each",
    "apiece": "each",
    "from each side": "each",
    "on each side": "each",
    "per side": "each",
    "a side": "each",
}

_PREFIX_CURRENCY = re.compile(
    r"(?:(?<![A-Za-z])(?P<sym>(?:US|U\.S\.|AU|NZ|CA|HK|A|C|S|R)?\$|[£€¥₹₩₽])"
    r"|\b(?P<code>USD|EUR|GBP|JPY|AUD|CAD|CHF|CNY|RMB|INR|KRW|RUB|NZD|Rs\.?)\s?)\s?$"
)
# What the text before a figure ends with (space stripped) when _PREFIX_CURRENCY can match:
# the pattern is case-sensitive, so a plain ``endswith`` is exact.
_PREFIX_CURRENCY_ENDS = (
    *("$", "£", "€", "¥", "₹", "₩", "₽", "USD", "EUR", "GBP", "JPY", "AUD", "CAD", "CHF"),
    *("CNY", "RMB", "INR", "KRW", "RUB", "NZD", "Rs", "Rs."),
)


# The longest match of _PREFIX_CURRENCY ("U.S.$ ", "Rs.  " before a last line break), so
# a search may start this far from the end: the look-behind still sees what is before.
PREFIX_CURRENCY_CHARS = 8


def prefix_currency(before: str) -> re.Match[str] | None:
    """The currency sign or code right before a figure ("US$", "EUR ")."""
    if not before.rstrip().endswith(_PREFIX_CURRENCY_ENDS):
        return None
    return _PREFIX_CURRENCY.search(before, max(0, len(before) - PREFIX_CURRENCY_CHARS))


_ATTACHED_SCALE = re.compile(r"(?P<s>bn|mn|mln|bln|tn|trn|k|m|b)(?![A-Za-z])", re.IGNORECASE)
_SPACED_SCALE = re.compile(
    r"\s+(?P<s>thousand|million|billion|trillion|mln|bln|mn|bn|tn|lakhs?|crores?)\b", re.IGNORECASE
)
_UNIT = re.compile(
    r"\s?-?(?P<u>" + alternation(k for k in UNITS if k[0].isalpha() or k[0] == "°") + r")\b"
    r"|(?P<pct>\s?%)",
    re.IGNORECASE,
)
_CURRENCY_WORD = re.compile(
    r"\s+(?:of\s+)?(?P<c>" + alternation(_CURRENCY_WORDS) + r")\b", re.IGNORECASE
)
_RATE = re.compile(
    r"\s*(?:\w+\s+){0,4}?(?P<r>" + alternation(_RATES) + r")\b"
    r"(?!\s+(?:ago|after|before|earlier|later)\b)",
    re.IGNORECASE,
)

# Newswire cents: "75 cts" is 0.75 US dollars.
_CENTS_VALUE = 0.01
# "41.2C", "104F": a temperature with its scale glued on (capital letter only).
GLUED_TEMPERATURE = re.compile(r"(?P<t>[CF])(?![A-Za-z0-9])")

_CLAUSE_MARKS = re.compile(r"[,;:()]")


def read_suffix(text: str, atom: Atom) -> None:
    """Scale word, unit and currency words that follow a figure."""
    pos = atom.end
    if not atom.scaled:
        m = _ATTACHED_SCALE.match(text, pos)
        scale_word = m.group("s").lower() if m else None
        if m and scale_word in {"m", "b"} and atom.currency is None and m.group("s").islower():
            # "5m" without a currency is five metres; "5b" is not a scale; but "34M
            # features" and "70B parameters" are (metres are never written "M")
            m = None
        if m is None:
            m = _SPACED_SCALE.match(text, pos)
        if m:
            atom.scale = SCALES[m.group("s").lower()]
            atom.scaled = True
            atom.value *= atom.scale
            atom.precision *= atom.scale
            pos = m.end()
    m = _UNIT.match(text, pos)
    temperature = GLUED_TEMPERATURE.match(text, pos)
    cents = _CENTS.match(text, pos)
    if m:
        unit = m.group("u")
        atom.unit = "%" if m.group("pct") else UNITS[unit.lower()]
        pos = m.end()
    elif temperature:
        atom.unit = "°" + temperature.group("t")
        pos = temperature.end()
    elif cents and atom.currency is None:
        atom.value *= _CENTS_VALUE
        atom.precision *= _CENTS_VALUE
        atom.currency, atom.currency_explicit = "USD", True
        pos = cents.end()
    else:
        cw = _CURRENCY_WORD.match(text, pos)
        if (
            cw
            and atom.currency is None
            and (cw.group("c").lower() not in _SCALED_ONLY_CURRENCIES or atom.scaled)
        ):
            atom.currency = _CURRENCY_WORDS[cw.group("c").lower()]
            atom.currency_explicit = True
            pos = cw.end()
    atom.end = pos


# A share named by its company or class: "31.50 euros per Ostra share", "EUR 31.50 in cash
# for each share", "$4 per ordinary share".
_PER_SHARE = re.compile(
    r"\s*(?:in\s+cash\s+)?(?:per|for\s+each|for\s+every|each)\s+"
    r"(?:(?:[A-Z][\w&'-]*|ordinary|common|class\s+[A-Z])\s+){0,2}shares?\b"
)
# "annual cost savings of 380 million euros", "a yearly fee of $99": the rate is stated
# before the figure, in the noun phrase it completes.
_RATE_ADJECTIVE_BEFORE = re.compile(
    r"\b(?P<r>annual|yearly|monthly|weekly|daily)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:of|at|to|was|were|is|are|totall?ing|reached|worth)\s+$",
    re.IGNORECASE,
)
_ADJECTIVE_RATES = {
    "annual": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
}
RATE_BEFORE_CHARS = 60


def apply_rate(text: str, q: Reading) -> None:
    if _PER_SHARE.match(text, q.end, min(len(text), q.end + CONTEXT_CHARS)):
        q.rate = "share"
        return
    m = _RATE.match(text, q.end, min(len(text), q.end + CONTEXT_CHARS))
    if m and not _CLAUSE_MARKS.search(text[q.end : m.start("r")]):
        q.rate = _RATES[m.group("r").lower()]
        return
    before = _RATE_ADJECTIVE_BEFORE.search(text, max(0, q.start - RATE_BEFORE_CHARS), q.start)
    if before is not None and before.end() == q.start:
        q.rate = _ADJECTIVE_RATES[before.group("r").lower()]


# Currencies written with a bare "$" sign: a later "$8.5bn" keeps the dollar named before it.
_DOLLARS = frozenset({"USD", "AUD", "NZD", "CAD", "HKD", "SGD"})


def inherit_currency(quantities: list[Reading]) -> None:
    """A bare '$' takes the dollar currency named earlier in the sentence: 'A$2.6bn to $8.5bn'."""
    last: str | None = None
    for q in quantities:
        for atom in q.atoms:
            if atom.currency and atom.currency_explicit:
                last = atom.currency
            elif atom.currency == "USD" and not atom.currency_explicit and last in _DOLLARS:
                atom.currency = last
