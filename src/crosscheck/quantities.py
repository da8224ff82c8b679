"""Read the quantities a sentence states: Sentence -> Quantity.

The reader works on the length-preserving folded text (see ``normalize.fold``), so every
span it returns is a span of the original source text. It reads in three passes:

1. *atoms*: one figure each, with its currency, scale word and unit
   ("US$1.7 billion", "25,000", "155mm", "half a billion US dollars");
2. *quantities*: atoms joined into ranges ("25,000-30,000", "from X to Y",
   "between X and Y"), hedges applied ("about", "up to", "at least"), and a figure in
   brackets right after another kept as its alternate ("US$1.7 billion (A$2.6 billion)");
3. *filters*: numbers that are not amounts are dropped: model designations (Su-34,
   COVID-19), calibres used as names ("155mm munitions"), years, dates, clock times,
   ordinals and numbers inside URLs.

Every pattern is linear: digit runs are matched by single bounded loops, and context is
read from short fixed windows around a figure, never by scanning the sentence again.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from text_to_num import text2num  # type: ignore[import-untyped]  # ships no type hints

from crosscheck.lexicon import designation_heads
from crosscheck.models import Bound, Quantity, QuantityKind, Sentence
from crosscheck.normalize import Gate, Window, fold, may_contain

# How far around a figure the reader looks for its currency, hedge or calibre noun.
# Hedges are at most four words ("no more than", "an estimated"), so 40 characters suffice.
CONTEXT_CHARS = 40

# Years that stand alone ("in 2019", "2016 civil war") are dates, not counts.
YEAR_MIN, YEAR_MAX = 1800, 2100

_SCALES = {
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

_FRACTIONS = {
    "half": 0.5,
    "a half": 0.5,
    "one half": 0.5,
    "a quarter": 0.25,
    "quarter": 0.25,
    "one quarter": 0.25,
    "three quarters": 0.75,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "two thirds": 2 / 3,
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
}

_CURRENCY_PREFIXES = {
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
_UNITS = {
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

# Hedge phrases just before a figure, and the bound they give it.
_HEDGES = {
    "about": Bound.APPROXIMATE,
    "around": Bound.APPROXIMATE,
    "roughly": Bound.APPROXIMATE,
    "approximately": Bound.APPROXIMATE,
    "approx.": Bound.APPROXIMATE,
    "some": Bound.APPROXIMATE,
    "nearly": Bound.APPROXIMATE,
    "almost": Bound.APPROXIMATE,
    "close to": Bound.APPROXIMATE,
    "circa": Bound.APPROXIMATE,
    "an estimated": Bound.APPROXIMATE,
    "estimated": Bound.APPROXIMATE,
    "an average of": Bound.APPROXIMATE,
    "on average": Bound.APPROXIMATE,
    "just under": Bound.APPROXIMATE,
    "just over": Bound.APPROXIMATE,
    "just after": Bound.APPROXIMATE,
    "just before": Bound.APPROXIMATE,
    "shortly after": Bound.APPROXIMATE,
    "shortly before": Bound.APPROXIMATE,
    "~": Bound.APPROXIMATE,
    "up to": Bound.UPPER,
    "as many as": Bound.UPPER,
    "as much as": Bound.UPPER,
    "fewer than": Bound.UPPER,
    "less than": Bound.UPPER,
    "no more than": Bound.UPPER,
    "not more than": Bound.UPPER,
    "at most": Bound.UPPER,
    "under": Bound.UPPER,
    "below": Bound.UPPER,
    "a maximum of": Bound.UPPER,
    "more than": Bound.LOWER,
    "over": Bound.LOWER,
    "above": Bound.LOWER,
    "at least": Bound.LOWER,
    "in excess of": Bound.LOWER,
    "upwards of": Bound.LOWER,
    "no fewer than": Bound.LOWER,
    "no less than": Bound.LOWER,
    "a minimum of": Bound.LOWER,
    "exceeding": Bound.LOWER,
    # Verbs that state a threshold passed: "the toll topped 1,400" says at least 1,400.
    "topped": Bound.LOWER,
    "topping": Bound.LOWER,
    "tops": Bound.LOWER,
    "top": Bound.LOWER,
    "exceeded": Bound.LOWER,
    "exceeds": Bound.LOWER,
    "surpassed": Bound.LOWER,
    "surpassing": Bound.LOWER,
    "surpasses": Bound.LOWER,
}

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)

# Nouns that make a preceding calibre a name of a kind of weapon, not a count.
_WEAPON_NOUNS = (
    "ammunition|munitions?|shells?|rounds?|guns?|howitzers?|artillery|cannons?|mortars?|"
    "rifles?|pistols?|bullets?|cartridges?|projectiles?|rockets?|missiles?|barrels?|calibre|caliber"
)


def _alternation(words: object) -> str:
    items = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w) for w in items)


# A figure: digits with thousands separators, or plain digits, with an optional decimal part.
# Bounded, non-nested loops: linear on any digit run.
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d])")
_WORD_SCALE = re.compile(
    r"\b(?P<frac>three quarters|two thirds|one quarter|one third|one half|a quarter|a third"
    r"|a half|quarter|half|an|a|one)\s+(?:of\s+(?:a|an)\s+|a\s+|an\s+)?"
    r"(?P<scale>thousand|million|billion|trillion)\b(?!\s+(?:of|or)\b)",
    re.IGNORECASE,
)
# Whatever a figure is written with: a digit, or the start of a number word ("eleven",
# "dozens", "hundreds", "half a billion" has "billion"). A sentence with neither is skipped.
_A_DIGIT = re.compile(r"\d")
_NUMBER_WORD_START = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|score)"
)  # searched in lower-cased text: faster than a case-blind search
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion)"
)
# Spelled numbers of ten or more ("eleven thousand", "twenty-seven"): smaller ones
# ("two countries") describe rather than report, and are left to later work.
_SPELLED = re.compile(
    rf"\b{_NUMBER_WORD}(?:(?:\s+and\s+|[\s-]){_NUMBER_WORD}){{0,8}}\b",
    re.IGNORECASE,
)

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


def _prefix_currency(before: str) -> re.Match[str] | None:
    """The currency sign or code right before a figure ("US$", "EUR ")."""
    if not before.rstrip().endswith(_PREFIX_CURRENCY_ENDS):
        return None
    return _PREFIX_CURRENCY.search(before, max(0, len(before) - PREFIX_CURRENCY_CHARS))


_ATTACHED_SCALE = re.compile(r"(?P<s>bn|mn|mln|bln|tn|trn|k|m|b)(?![A-Za-z])", re.IGNORECASE)
_SPACED_SCALE = re.compile(
    r"\s+(?P<s>thousand|million|billion|trillion|mln|bln|mn|bn|tn|lakhs?|crores?)\b", re.IGNORECASE
)
_UNIT = re.compile(
    r"\s?-?(?P<u>" + _alternation(k for k in _UNITS if k[0].isalpha() or k[0] == "°") + r")\b"
    r"|(?P<pct>\s?%)",
    re.IGNORECASE,
)
_CURRENCY_WORD = re.compile(
    r"\s+(?:of\s+)?(?P<c>" + _alternation(_CURRENCY_WORDS) + r")\b", re.IGNORECASE
)
_RATE = re.compile(
    r"\s*(?:\w+\s+){0,4}?(?P<r>" + _alternation(_RATES) + r")\b"
    r"(?!\s+(?:ago|after|before|earlier|later)\b)",
    re.IGNORECASE,
)
_RANKING_TOP = re.compile(r"\b(?:the|a|its|their|his|her|our|in|of)\s+$", re.IGNORECASE)
# Hedges written after the figure.
_HEDGES_AFTER = {
    "or less": Bound.UPPER,
    "or fewer": Bound.UPPER,
    "or under": Bound.UPPER,
    "or younger": Bound.UPPER,
    "or more": Bound.LOWER,
    "or over": Bound.LOWER,
    "or older": Bound.LOWER,
    "or above": Bound.LOWER,
    "and over": Bound.LOWER,
    "and above": Bound.LOWER,
    "and up": Bound.LOWER,
    "or so": Bound.APPROXIMATE,
    "odd": Bound.APPROXIMATE,
}
_HEDGE_AFTER = re.compile(r"[ -](?P<h>" + _alternation(_HEDGES_AFTER) + r")\b", re.IGNORECASE)
_HEDGE = re.compile(r"(?:^|(?<=\W))(?P<h>" + _alternation(_HEDGES) + r")\s*$", re.IGNORECASE)
# Gates (normalize.Gate): what a window needs for the pattern before to match in it.
_HEDGE_GATE = Gate(ends=tuple(_HEDGES))
_RANGE_JOIN = re.compile(r"^\s*(?P<j>-|to|and|through)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?P<o>anywhere from|anywhere between|between|from)\s+$", re.IGNORECASE)
_RANGE_OPEN_GATE = Gate(ends=("between", "from"))
# Verbs that make "from X to Y" a change between two figures, not a range (shared with claims).
CHANGE_VERBS = (
    r"rose|rising|rises|risen|increased|increasing|grew|grown|jumped|climbed|fell|fallen|"
    r"dropped|declined|decreased|surged|soared|plunged|slipped|slid|went up|went down|"
    r"cut|raised|lowered|up|down|revised"
)
_CHANGE_VERB = re.compile(rf"\b(?:{CHANGE_VERBS})\b[^.;]{{0,30}}$", re.IGNORECASE)
_CHANGE_VERB_GATE = Gate(holds=tuple(CHANGE_VERBS.split("|")))
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_NOT_A_MODEL_BEFORE = re.compile(r"(?:\bmid|\bmagnitude)-$", re.IGNORECASE)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[-\s]+(?:of\s+)?$", re.IGNORECASE)
_MAGNITUDE_GATE = Gate(holds=("magnitude",))
_MATCH_MINUTE = re.compile(r"(?:st|nd|rd|th)[-\s]minute\b", re.IGNORECASE)
# Month names are matched as written (capitalised), so "300 may have died" stays a count.
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*(?:\d{{1,2}}\s*-\s*)?$")
_DATE_AFTER = re.compile(rf"^(?:\s*-\s*\d{{1,2}})?\s+(?:of\s+)?(?:{_MONTHS})\b")
_CALIBRE_AFTER = re.compile(
    r"^(?:\s*(?:,|and|or|/)\s*\d+(?:\.\d+)?\s*-?\s*(?:mm|millimet(?:re|er)s?|cm|inch))*"
    rf"\s*-?\s*(?:[a-z]+\s+)?(?:{_WEAPON_NOUNS})\b",
    re.IGNORECASE,
)
# The lookbehinds make each pattern start only at the beginning of a run, so a long run
# of word characters is scanned once, not once per position (which is quadratic).
_URL = re.compile(
    r"(?<![\w.:/])(?:https?://|www\.)[^\s<>()\"']*|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+",
    re.IGNORECASE,
)
_PLURAL_NEXT = re.compile(
    r"^\s+(?!(?:was|has|does|is|its|this|thus|as|us|yes|plus|less|unless|news|across)\b)"
    r"[a-z]+[^\Wsu]s\b"
)

# --- ages ----------------------------------------------------------------------------------
# "a 23-year-old man", "23 years old", "a 5-month-old baby"
_AGE_AFTER = re.compile(r"^[-\s](?P<u>year|yr|month|week|day)s?[-\s]old\b", re.IGNORECASE)
# "aged 41", "at age 41", "ages 18 to 25"
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+$", re.IGNORECASE)
_AGE_GATE = Gate(ends=("aged", "age", "ages"))
# "Jane Doe, 34, was arrested", "the driver, 45, of Leeds": a name or person noun, then
# the figure between commas.
_PERSON_NOUNS = (
    r"man|woman|boy|girl|driver|suspect|victim|gunman|mother|father|son|daughter|wife|"
    r"husband|teenager|pilot|officer|soldier|resident|student|worker|nurse|doctor|teacher|"
    r"leader|president|minister|chief|executive|founder|chairman|chairwoman|spokesman|"
    r"spokeswoman|lawmaker|senator|player|striker|midfielder|defender|goalkeeper|coach|"
    r"manager|actor|actress|singer|author|journalist|businessman|businesswoman|candidate|"
    r"mayor|governor|star|winner|champion|survivor|passenger|patient|defendant|accused"
)
# "Adults over 65", "people aged under 30": an age bound for a group.
_AGE_GROUP_BEFORE = re.compile(
    r"\b(?:adults|people|patients|those|anyone|women|men|children|residents|voters|drivers|"
    r"pupils|workers|users|participants)\s+(?:aged\s+)?(?:over|under|above|below|older\s+than|"
    r"younger\s+than)\s+$",
    re.IGNORECASE,
)
_AGE_GROUP_GATE = Gate(ends=("over", "under", "above", "below", "than"))
# "aged 19, 22 and 24": a list after an age goes on giving ages.
_LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$")
# A name, in any Latin script ("Luka Ilić, 26", "Zoë Ørsted, 41"), with its suffix ("Marcus
# Clark III, 27"), or a person noun.
_AGE_APPOSITION = re.compile(
    rf"(?:\b[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u024f'-]+"
    rf"(?:\s+(?:Jr|Sr|II|III|IV)\.?)?|\b(?:{_PERSON_NOUNS})),\s*$"
)
# ... and after the figure, the apposition closes: "Baez, 24.", "Jackson, 40;", "Lee, 19)",
# "Franco, 26 — who ...".
_AGE_APPOSITION_AFTER = re.compile(r"^\s*(?:[,;)\u2014\u2013]|\.(?!\d))|^\s+--?\s")
# "Rico Doyle was 35.": a full name, "was", then the figure closing the clause.
_AGE_WAS_BEFORE = re.compile(
    r"\b[A-Z][a-z\u00df-\u024f'-]+\s+[A-Z][a-z\u00df-\u024f'-]+\s+(?:was|is)\s+$"
)
_AGE_WAS_AFTER = re.compile(r"^\s*(?:[,;]|\.(?!\d)|$)")
_AGE_IN_BRACKETS_BEFORE = re.compile(
    r"\b[A-Z][a-z\u00df-\u024f'-]+\s+[A-Z][a-z\u00df-\u024f'-]+\s\($"
)
# Oldest age the apposition reading accepts: "Smith, 34," is an age, "Kherson, 300," is not.
MAX_AGE = 120
# "in his 20s", "in her early 30s", "in their mid-40s"
_DECADE_BEFORE = re.compile(
    r"\b(?:his|her|their)\s+(?:(?P<q>early|mid|late)[\s-]*)?$", re.IGNORECASE
)
# Which years of a decade "early", "mid" and "late" cover, as offsets from its start.
_DECADE_PART = {None: (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}

# --- clock times ---------------------------------------------------------------------------
_TIME_12 = re.compile(
    r"(?<![\w.:,])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?"
    r"(?P<ap>[ap]\.m\.?|[ap]m\b)",
    re.IGNORECASE,
)
_TIME_24 = re.compile(r"(?<![\w.:,])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])")
_TIME_ZONE = re.compile(
    r"(?<![\w.:,])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?:GMT|UTC|hrs|local time)\b"
)
# A time opening its sentence, right before a capitalised word, is the length of a video
# in a playlist ("0:43 Homeless man found dead in Parkland") or a live blog's stamp
# ("14:30 Police confirm two dead"): neither is when something happened.
_HEADLINE_AFTER = re.compile(r"\s+[A-Z'\u2018\u201c\"]")
# What a match of each holds (_TIME_ZONE's as written: it is case-sensitive).
_TIME_12_WORDS = ("am", "pm", "a.m", "p.m")
_TIME_ZONE_WORDS = ("GMT", "UTC", "hrs", "local time")

# --- vague amounts -------------------------------------------------------------------------
# Each vague word and the interval a reader allows it: "dozens" is at least two dozen and
# fewer than a hundred, "thousands" at least two thousand and fewer than ten thousand.
_VAGUE_RANGES = {
    "dozens": (24.0, 99.0),
    "scores": (40.0, 99.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2e3, 9999.0),
    "millions": (2e6, 999_999_999.0),
    "billions": (2e9, 999_999_999_999.0),
    "tens of thousands": (2e4, 99_999.0),
    "hundreds of thousands": (2e5, 999_999.0),
    "tens of millions": (2e7, 99_999_999.0),
    "hundreds of millions": (2e8, 999_999_999.0),
    "several dozen": (24.0, 99.0),
    "a few dozen": (24.0, 99.0),
    "several hundred": (200.0, 999.0),
    "a few hundred": (200.0, 999.0),
    "several thousand": (2e3, 9999.0),
    "a few thousand": (2e3, 9999.0),
    "several million": (2e6, 9_999_999.0),
    "a few million": (2e6, 9_999_999.0),
    "several billion": (2e9, 9_999_999_999.0),
    "a few billion": (2e9, 9_999_999_999.0),
}
_VAGUE = re.compile(
    r"\b(?P<v>" + _alternation(k for k in _VAGUE_RANGES if k != "scores") + r"|scores(?= of\b))\b",
    re.IGNORECASE,
)
# "a dozen", "two dozen", "half a dozen"
_DOZEN_COUNTS = {
    "a": 1,
    "one": 1,
    "half a": 0.5,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_DOZEN = re.compile(r"\b(?P<n>" + _alternation(_DOZEN_COUNTS) + r")\s+dozen\b(?!s)", re.IGNORECASE)

# --- small spelled counts ------------------------------------------------------------------
# "three people were killed", "nine other club-goers": spelled numbers two to nine are read
# when they count a plural noun; "one", "the two leaders", "two of them", "two years ago"
# and "two or three" are not.
_SMALL_COUNT_AFTER = re.compile(
    r"^\s+(?:other\s+)?(?:(?!(?:of|or|to|and|more|fewer|times|other|others)\b)[a-z-]+\s+){0,2}?"
    r"(?:people|men|women|children|police|personnel|staff|crew|[a-z-]*[a-rt-z]s)\b"
)
_SMALL_COUNT_DURATION = re.compile(
    r"^[-\s](?:years?|months?|weeks?|days?|hours?|minutes?)\b(?!-old)", re.IGNORECASE
)
# "Two were pronounced dead", "six were wounded", a headline's "Four shot, two dead": a
# small count standing alone as the subject of what befell people counts them.
_SMALL_COUNT_SUBJECT = re.compile(
    r"^\s+(?:(?:were|are|was|have\s+been|had\s+been|remain|remained)\s+"
    r"(?:(?:fatally|critically|seriously|severely|also|later|all)\s+)?)?"
    r"(?:killed|dead|died|wounded|injured|hurt|shot|stabbed|pronounced\s+dead|hospitali[sz]ed|"
    r"taken\s+to|transported\s+to|rushed\s+to)\b",
    re.IGNORECASE,
)
# "a majority of just four", "cut to three": a count that ends its clause.
_SMALL_COUNT_ENDING = re.compile(r"\b(?:of|to|by)\s+(?:just\s+|only\s+)?$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"^\s*(?:[.,;:)]|$)")
_SMALL_COUNT_BEFORE = re.compile(
    r"\b(?:the|these|those|all|both|its|their|his|her|our|my|your|every|each|or|first|"
    r"last|next|other)\s+$",
    re.IGNORECASE,
)

# --- names, addresses, phone numbers, scores ------------------------------------------------
# The word right before a figure, separated by one space: "Article 5", "No. 23", "S&P 500".
_WORD_BEFORE = re.compile(r"(?:^|\s)(?P<w>[A-Za-z][\w&.]*)\s$")
# "Page 2 of 5": the count of pages is furniture too.
_OF_DESIGNATION = re.compile(
    r"\b(?:page|part|chapter|episode|photo|image|slide|step)\s+\d+\s+of\s+$", re.I
)
_OF_DESIGNATION_GATE = Gate(ends=("of",))
_STREET_AFTER = re.compile(
    r"^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Parkway|Pkwy|Boulevard|Blvd|"
    r"Lane|Ln|Drive|Dr|Place|Pl|Square|Sq|Way|Terrace|Court|Crescent|Highway)\b"
)
# A number to call: "call police on 101", "dial 999", "0800 555 111".
_CALL_BEFORE = re.compile(
    r"\b(?:call|calling|dial|dialled|dialed|ring)\s+(?:\w+\s+){0,2}?(?:on\s+)?$", re.IGNORECASE
)
_CALL_GATE = Gate(holds=("call", "dial", "ring"))
_PHONE_BEFORE = re.compile(r"(?:^|\s)(?:\+\d+|0\d{2,})(?:\s\d+)*\s$")
# A season: "the 2023-24 season", "2023/24".
_SEASON_BEFORE = re.compile(r"\b(?:19|20)\d\d[-/]$")
# Words before a year that make it one even when a plural noun follows: "the 2020 races".
_YEAR_DETERMINER = re.compile(r"\b(?:the|its|their|this|last|next|that)\s+$", re.IGNORECASE)
_YEAR_DETERMINER_GATE = Gate(ends=("the", "its", "their", "this", "last", "next", "that"))
# A score, not a range: "beat Everton 2-0", "won 6-4, 6-3", "a 1-1 draw".
_SCORE_CONTEXT = re.compile(
    r"\b(?:beat|beats|beaten|won|win|wins|winning|lost|lose|loses|losing|drew|draw|drawn|"
    r"defeated|defeat|victory|score|scored|scoreline|trail|trailed|trailing|led|leads|lead)\b"
    r"[^.;]{0,30}$",
    re.IGNORECASE,
)
# Largest figure a score holds (runs, points): beyond it "120-180" is a range.
MAX_SCORE = 200
# "one in three adults", "1 in 5": a ratio, no count of adults.
_RATIO_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE
)
_RATIO_GATE = Gate(ends=("in", "of", "every"))
# "minus 12 degrees Celsius"
_MINUS_BEFORE = re.compile(r"(?<!plus or )\bminus\s+$", re.IGNORECASE)
_MINUS_GATE = Gate(ends=("minus",))
# "over 68 weeks" is a span of time, not "more than 68 weeks".
_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
# "the 10-year Treasury yield", "the 30-year Bund": a term that names a bond.
_NAMED_TERM_AFTER = re.compile(r"^\s+[A-Z]")
# "a quarter of a percentage point", "half a per cent"
_FRACTION_UNIT = re.compile(
    r"\b(?P<frac>three quarters|a quarter|one quarter|a third|a half|half)\s+(?:of\s+)?(?:a|an)\s+"
    r"(?P<u>percentage point|per cent|percent)\b",
    re.IGNORECASE,
)

# Newswire cents: "75 cts" is 0.75 US dollars.
_CENTS_VALUE = 0.01
# "41.2C", "104F": a temperature with its scale glued on (capital letter only).
_GLUED_TEMPERATURE = re.compile(r"(?P<t>[CF])(?![A-Za-z0-9])")


@dataclass
class _Atom:
    """One figure while it is being read (mutable scratch, never leaves this module)."""

    start: int
    end: int
    value: float
    precision: float
    currency: str | None = None
    currency_explicit: bool = False
    scale: float = 1.0
    scaled: bool = False
    unit: str | None = None
    words: bool = False
    drop: bool = False
    kind: QuantityKind = QuantityKind.AMOUNT
    high: float | None = None  # set when the atom alone states an interval ("in his 20s")
    vague: bool = False
    approximate: bool = False  # a round figure by its wording: "a dozen"


@dataclass
class _Quantity:
    atoms: list[_Atom]
    start: int
    end: int
    bound: Bound = Bound.EXACT
    rate: str | None = None
    alternates: list[_Quantity] = field(default_factory=list)


def read_quantities(sentence: Sentence, source_text: str) -> tuple[Quantity, ...]:
    """Every quantity stated in ``sentence``, with spans into ``source_text``.

    >>> from crosscheck.models import Sentence
    >>> text = "It earned anywhere from US$1.7 billion to $5.5 billion."
    >>> s = Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)
    >>> [(q.text, q.low, q.high, q.bound.value, q.currency) for q in read_quantities(s, text)]
    [('anywhere from US$1.7 billion to $5.5 billion', 1700000000.0, 5500000000.0, 'range', 'USD')]
    """
    base = sentence.start
    original = source_text[sentence.start : sentence.end]
    if _A_DIGIT.search(original) is None and _NUMBER_WORD_START.search(original.lower()) is None:
        return ()  # no digit and no number word: most sentences need no more work
    text = fold(original)
    if "@" in text or "://" in text or "www." in text.lower():  # else no URL can match
        text = _URL.sub(lambda m: " " * len(m.group()), text)
    atoms = [a for a in _read_atoms(text) if not a.drop]
    quantities = _join(text, atoms)
    return tuple(_to_record(q, text, original, base) for q in quantities)


# --- pass 1: atoms -------------------------------------------------------------------------


# Words every match of a pattern holds, so a sentence without them skips that pattern
# (normalize.may_contain): "dozens", "hundreds of", "two dozen", "half a per cent",
# "a half million". Most sentences with a figure hold none of them.
_VAGUE_WORDS = ("dozen", "score", "hundred", "thousand", "million", "billion")
_DOZEN_WORDS = ("dozen",)
_FRACTION_UNIT_WORDS = ("per",)
_WORD_SCALE_WORDS = ("thousand", "million", "billion", "trillion")


def _read_atoms(text: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    taken = _Taken(len(text))
    for atom in (
        *_read_times(text),
        *(_read_vague(text) if may_contain(text, _VAGUE_WORDS) else ()),
        *(_read_dozens(text) if may_contain(text, _DOZEN_WORDS) else ()),
        *(_read_fraction_units(text) if may_contain(text, _FRACTION_UNIT_WORDS) else ()),
    ):
        if not taken.overlaps(atom.start, atom.end):
            atoms.append(atom)
            taken.add(atom.start, atom.end)
    scaled = _WORD_SCALE.finditer(text) if may_contain(text, _WORD_SCALE_WORDS) else ()
    for m in scaled:
        if taken.overlaps(m.start(), m.end()):
            continue
        frac = _FRACTIONS[m.group("frac").lower()]
        scale = _SCALES[m.group("scale").lower()]
        value = frac * scale
        atom = _Atom(m.start(), m.end(), value, 10 ** math.floor(math.log10(value)), words=True)
        atom.scale, atom.scaled = scale, True
        _read_suffix(text, atom)
        atoms.append(atom)
        taken.add(m.start(), m.end())
    for m in _spelled(text) if _may_spell(text) else ():
        first_word = m.group().split()[0].split("-")[0].lower()
        if taken.overlaps(m.start(), m.end()) or first_word in _SCALE_WORDS:
            continue  # "8 million" is read from its digits; a lone "million" is no figure
        try:
            value = float(text2num(m.group().lower().replace("-", " "), "en"))
        except ValueError:
            continue
        age = _AGE_AFTER.match(text[m.end() : m.end() + CONTEXT_CHARS])
        if age and 0 < value <= MAX_AGE:  # "a three-week-old boy", "the one-month-old"
            unit = age.group("u").lower().replace("yr", "year")
            atom = _Atom(m.start(), m.end() + age.end(), value, 1.0, unit=unit, words=True)
            atom.kind = QuantityKind.AGE
            atoms.append(atom)
            taken.add(atom.start, atom.end)
            continue
        if value < 10 and not _is_small_count(text, m.start(), m.end(), value):
            continue
        atom = _Atom(m.start(), m.end(), value, 10 ** math.floor(math.log10(value)), words=True)
        _read_suffix(text, atom)
        atoms.append(atom)
        taken.add(m.start(), m.end())
    covered = 0  # the end of the last figure read from digits ("7-1/4" holds "1" and "4")
    for m in _NUMBER.finditer(text):
        if m.start() < covered or taken.overlaps(m.start(), m.end()):
            continue
        number = _read_number(text, m)
        if number is not None:
            atoms.append(number)
            covered = number.end
    atoms.sort(key=lambda a: a.start)
    _continue_age_lists(text, atoms)
    return atoms


def _spelled(text: str) -> Iterator[re.Match[str]]:
    """The matches of _SPELLED in ``text``, as its ``finditer`` gives them: tried only where
    a number word starts (found in the lowered text, which is faster than a case-blind
    scan; every match starts at one, and none starts inside another's word). Text that is
    not all ASCII is scanned whole (lowering may move offsets or miss what
    re.IGNORECASE reads as ASCII letters)."""
    if not text.isascii():
        yield from _SPELLED.finditer(text)
        return
    end = 0
    for start in _NUMBER_WORD_START.finditer(text.lower()):
        if start.start() < end:
            continue
        m = _SPELLED.match(text, start.start())
        if m is not None:
            yield m
            end = m.end()


def _may_spell(text: str) -> bool:
    """False only when ``text`` holds no match of _SPELLED: no number word after a word
    boundary, in any case (text holding a letter re.IGNORECASE reads as ASCII always may)."""
    return _NUMBER_WORD_START.search(text.lower()) is not None or may_contain(text, ())


def _continue_age_lists(text: str, atoms: list[_Atom]) -> None:
    """'Three men, aged 19, 22 and 24': the figures listed after an age are ages too."""
    for prev, atom in itertools.pairwise(atoms):
        if (
            prev.kind is QuantityKind.AGE
            and atom.kind is QuantityKind.AMOUNT
            and atom.unit is None
            and atom.currency is None
            and not atom.scaled
            and atom.value <= MAX_AGE
            and _LIST_JOIN.match(text[prev.end : atom.start])
        ):
            atom.kind, atom.unit = QuantityKind.AGE, prev.unit


def _read_fraction_units(text: str) -> Iterator[_Atom]:
    """'a quarter of a percentage point' (0.25 pp), 'half a per cent'."""
    for m in _FRACTION_UNIT.finditer(text):
        value = _FRACTIONS[m.group("frac").lower()]
        yield _Atom(m.start(), m.end(), value, value, unit=_UNITS[m.group("u").lower()], words=True)


class _Taken:
    """Characters already read as part of a figure: one flag per character, so checking a
    span costs its length, not the number of figures read so far."""

    def __init__(self, size: int) -> None:
        self._marks = bytearray(size)

    def add(self, start: int, end: int) -> None:
        self._marks[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return self._marks.find(1, start, end) != -1


def _read_times(text: str) -> Iterator[_Atom]:
    """Clock times as hours after midnight: '10:30 p.m.' -> 22.5, '0930 GMT' -> 9.5."""
    if may_contain(text, _TIME_12_WORDS):
        for m in _TIME_12.finditer(text):
            hour = int(m.group("h")) % 12 + (12 if m.group("ap")[0].lower() == "p" else 0)
            yield _time_atom(m, hour)
    if ":" in text:
        for m in _TIME_24.finditer(text):
            if not text[: m.start()].strip() and _HEADLINE_AFTER.match(text, m.end()):
                continue  # "1:47 Family of victim speaks": a video's length, a blog's stamp
            yield _time_atom(m, int(m.group("h")))
    if any(zone in text for zone in _TIME_ZONE_WORDS):
        for m in _TIME_ZONE.finditer(text):
            yield _time_atom(m, int(m.group("h")))


def _time_atom(m: re.Match[str], hour: int) -> _Atom:
    minutes = int(m.group("m") or 0)
    precision = 1 / 60 if m.group("m") else 1.0
    atom = _Atom(m.start(), m.end(), hour + minutes / 60, precision)
    atom.kind = QuantityKind.TIME
    return atom


def _read_vague(text: str) -> Iterator[_Atom]:
    """'dozens', 'hundreds of', 'tens of thousands': wide intervals, marked vague."""
    for m in _VAGUE.finditer(text):
        low, high = _VAGUE_RANGES[m.group("v").lower()]
        atom = _Atom(m.start(), m.end(), low, low, words=True, high=high, vague=True)
        _read_suffix(text, atom)
        yield atom


def _read_dozens(text: str) -> Iterator[_Atom]:
    """'a dozen' (about twelve), 'two dozen' (24), 'half a dozen' (about six)."""
    for m in _DOZEN.finditer(text):
        count = m.group("n").lower()
        atom = _Atom(m.start(), m.end(), _DOZEN_COUNTS[count] * 12, 1.0, words=True)
        atom.approximate = count in {"a", "half a"}  # "a dozen" is a round figure
        yield atom


def _is_small_count(text: str, start: int, end: int, value: float) -> bool:
    """Whether a spelled number under ten counts something: 'three people were killed'."""
    after = text[end : end + CONTEXT_CHARS]
    before = text[max(0, start - CONTEXT_CHARS) : start]
    if value < 2 or _SMALL_COUNT_BEFORE.search(before) or _RATIO_BEFORE.search(before):
        return False
    if _SMALL_COUNT_DURATION.match(after):
        return True  # "six weeks", "a five-year contract": read with the unit
    if _SMALL_COUNT_ENDING.search(before) and _CLAUSE_END.match(after):
        return True
    if _SMALL_COUNT_SUBJECT.match(after):
        return True
    return not after.startswith("-") and _SMALL_COUNT_AFTER.match(after) is not None


def _read_number(text: str, m: re.Match[str]) -> _Atom | None:
    start, end = m.start(), m.end()
    digits, decimals = m.group(1), m.group(2) or ""
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    if _is_designation(text, start, end) or _is_date_or_time(text, start, end, before, after):
        return None
    near = Window(before)  # lowered once for the gates of the patterns read on it
    if _is_address_or_phone(digits, before, after, near) or (
        near.may(_RATIO_GATE) and _RATIO_BEFORE.search(before)
    ):
        return None  # ... or the "5" of "one in 5 adults": a ratio, not a count
    value = float(digits.replace(",", "") + decimals)
    fraction = None if decimals else _MIXED_FRACTION.match(after)
    if fraction is not None and int(fraction.group("n")) < int(fraction.group("d")):
        # "a 7-1/4 pct coupon", "rose 2-1/2 to 50-3/8": a wire's whole and fraction
        denominator = int(fraction.group("d"))
        value += int(fraction.group("n")) / denominator
        end += fraction.end()
        after = text[end : end + CONTEXT_CHARS]
        atom = _Atom(start, end, value, 1 / denominator)
        return _finish_mixed(text, atom, before)
    if after[:1] == "s" and not after[1:2].isalpha():
        return _read_decade_age(text, start, end, before, value)  # "in his 20s"; "1990s"
    if _ORDINAL.match(after):
        minute = _MATCH_MINUTE.match(after)
        if minute is None:
            return None  # "4th"
        # "in the 87th minute", "an 88th-minute winner": when in a match it happened
        return _Atom(start, end + minute.end(), value, 1.0, unit="minute")
    age = _read_age(text, start, end, before, after, value, digits + decimals, near)
    if age is not None:
        return age
    if decimals:
        precision = 10.0 ** -(len(decimals) - 1)
    else:
        plain = digits.replace(",", "")
        precision = 10.0 ** (len(plain) - len(plain.rstrip("0"))) if value else 1.0
    atom = _Atom(start, end, value, precision)
    currency = _prefix_currency(before)
    if currency:
        symbol = (currency.group("sym") or currency.group("code")).lower()
        atom.currency = _CURRENCY_PREFIXES[symbol]
        atom.currency_explicit = symbol != "$"
        atom.start = start - (len(before) - currency.start())
    if near.may(_MAGNITUDE_GATE) and _MAGNITUDE_BEFORE.search(before):
        atom.unit = "magnitude"  # "A magnitude 6.4 earthquake", "a magnitude-5.1 aftershock"
    minus = _MINUS_BEFORE.search(before) if near.may(_MINUS_GATE) else None
    if minus:
        atom.value = -value
        atom.start = start - (len(before) - minus.start())
    _read_suffix(text, atom)
    bare = atom.currency is None and not atom.scaled and atom.unit is None
    rest = text[atom.end : atom.end + CONTEXT_CHARS]
    if (
        bare
        and not decimals
        and "," not in digits
        and YEAR_MIN <= value <= YEAR_MAX
        and (
            not _PLURAL_NEXT.match(rest)
            or (near.may(_YEAR_DETERMINER_GATE) and _YEAR_DETERMINER.search(before))
        )
    ):
        return None  # a year: "in 2019", "the 2016 civil war", "the 2020 races"
    if _names_something(before, rest, bare, near):
        return None  # "Article 5", "Windows 11", "S&P 500", "FTSE 100", "Page 2 of 5"
    if atom.unit in _TIME_UNITS and after[:1] == "-" and _NAMED_TERM_AFTER.match(rest):
        return None  # "the 10-year Treasury yield"
    if atom.unit in {"mm", "cm"} and _CALIBRE_AFTER.match(text[atom.end : atom.end + 80]):
        return None  # "155mm munitions", "122 millimetre and 152 millimetre ammunition"
    return atom


# The fraction of a mixed number, as wire copy writes prices, yields and coupons: "7-1/4",
# "10-13/16", "96-16/32" (halves to sixty-fourths only: "24/7" and "9/11" are no fractions).
_MIXED_FRACTION = re.compile(r"[-\s](?P<n>\d{1,2})/(?P<d>2|4|8|16|32|64)(?![\d/])")


def _finish_mixed(text: str, atom: _Atom, before: str) -> _Atom:
    """A mixed number's atom with its currency and unit, as for any figure.

    >>> a = _finish_mixed("a 7-1/4 pct coupon", _Atom(2, 7, 7.25, 0.25), "a ")
    >>> (a.value, a.unit, a.end)
    (7.25, '%', 11)
    """
    currency = _prefix_currency(before)
    if currency:
        symbol = (currency.group("sym") or currency.group("code")).lower()
        atom.currency = _CURRENCY_PREFIXES[symbol]
        atom.currency_explicit = symbol != "$"
        atom.start -= len(before) - currency.start()
    _read_suffix(text, atom)
    return atom


def _is_address_or_phone(digits: str, before: str, after: str, near: Window) -> bool:
    """'10 Downing Street', 'the 400 block of Gilmer St', 'call police on 101', '0800 555
    111', '404-577-8477', the '24' of '2023-24', the '38' of '38-caliber bullets', the
    citation marker '[12]'."""
    return bool(
        _STREET_AFTER.match(after)
        or _BLOCK_AFTER.match(after)
        or (near.may(_CALL_GATE) and _CALL_BEFORE.search(before) and not _PLURAL_NEXT.match(after))
        or _PHONE_BEFORE.search(before)
        or _us_phone(digits, before, after)
        or _CALIBRE_WORD_AFTER.match(after)
        or _ORDINAL_PLACE_AFTER.match(after)
        or (before.rstrip().endswith(("-", "/")) and _ID_PART_BEFORE.search(before))
        or (before.endswith("[") and after.startswith("]"))  # a citation marker: "[12]"
        or (len(digits) > 1 and digits.startswith("0"))
        or _SEASON_BEFORE.search(before)
    )


# "the 400 block of Gilmer St": where it happened, not how many.
_BLOCK_AFTER = re.compile(r"^\s*(?:-|\s)\s*block\b|^\s+block\b", re.IGNORECASE)
# The parts of a US phone number, "404-577-8477" or "(404) 577-8477": the area code, the
# exchange (three digits each) and the line (four).
_PHONE_AREA_AFTER = re.compile(r"^\)?[-.\s]\d{3}[-.]\d{4}\b")
_PHONE_EXCHANGE = (re.compile(r"(?:\(\d{3}\)\s?|\b\d{3}[-.])$"), re.compile(r"^[-.]\d{4}\b"))
_PHONE_LINE_BEFORE = re.compile(r"(?:\(\d{3}\)\s?|\b\d{3}[-.])\d{3}[-.]$")


def _us_phone(digits: str, before: str, after: str) -> bool:
    """Whether the figure is a part of a US phone number.

    >>> _us_phone("404", "at ", "-577-8477."), _us_phone("8477", "at 404-577-", ".")
    (True, True)
    >>> _us_phone("000", "Another 25,", "-30,000 soldiers")
    False
    """
    if len(digits) == 3:
        before_ok, after_ok = _PHONE_EXCHANGE
        return bool(
            _PHONE_AREA_AFTER.match(after) or (before_ok.search(before) and after_ok.match(after))
        )
    return len(digits) == 4 and bool(_PHONE_LINE_BEFORE.search(before))


# "a 38-caliber handgun", "12-gauge shotgun": a calibre names a kind of weapon.
_CALIBRE_WORD_AFTER = re.compile(r"^\s*-?\s*(?:caliber|calibre|cal\.|gauge)\b", re.IGNORECASE)
# The second part of an id: "case number 16-12345", "report No. 2016/0412".
_ID_PART_BEFORE = re.compile(
    r"\b(?:number|no|nos|case|docket|report|file|ticket)\.?\s+#?[A-Z]*\d+[-/]$", re.IGNORECASE
)
# "the 7th Precinct", "the 3rd District", "2nd Avenue": an ordinal naming a place.
_ORDINAL_PLACE_AFTER = re.compile(
    r"^(?:st|nd|rd|th)\s+(?:precinct|district|ward|avenue|street|circuit|division|"
    r"battalion|floor|congressional)\b",
    re.IGNORECASE,
)


_VERB_BEFORE_NAMING = re.compile(
    r"\b(?:will|would|could|may|might|to|now|which|that|should|must|can)\s+$", re.IGNORECASE
)


def _names_something(before: str, rest: str, bare: bool, near: Window) -> bool:
    """A number that is part of a name: after a naming word ('Article 5', 'Boeing 737') or
    an all-capitals one ('FTSE 100', 'MAX 9') with no unit, currency or plural after it."""
    if near.may(_OF_DESIGNATION_GATE) and _OF_DESIGNATION.search(before):
        return True
    m = _WORD_BEFORE.search(before)
    if m is None or not bare:
        return False
    word = m.group("w")
    if word.lower().rstrip(".") in designation_heads():
        # "will number 340 aircraft", "now numbers 120": the verb, not "Number 10"
        return not (word.islower() and _VERB_BEFORE_NAMING.search(before[: m.start("w")]))
    letters = word.replace("&", "")
    return (
        len(letters) >= 2 and letters.isalpha() and word.isupper() and not _PLURAL_NEXT.match(rest)
    )


def _read_age(
    text: str,
    start: int,
    end: int,
    before: str,
    after: str,
    value: float,
    figure: str,
    near: Window,
) -> _Atom | None:
    """'a 23-year-old man', 'aged 41', 'Jane Doe, 34,': the age of a person."""
    unit = "year"
    m = _AGE_AFTER.match(after)
    if m:
        unit = m.group("u").lower().replace("yr", "year")
        end += m.end()
    elif not (
        (near.may(_AGE_GATE) and _AGE_BEFORE.search(before))
        or (near.may(_AGE_GROUP_GATE) and _AGE_GROUP_BEFORE.search(before))
        or (
            before.rstrip().endswith(",")  # (case-sensitive: a plain test is exact)
            and _AGE_APPOSITION.search(before)
            and _AGE_APPOSITION_AFTER.match(after)
            and figure.isdigit()
            and value <= MAX_AGE
            and not _DATE_BEFORE.search(before[:-1].rstrip())
        )
        or (
            before.rstrip().endswith(("was", "is"))
            and _AGE_WAS_BEFORE.search(before)
            and _AGE_WAS_AFTER.match(after)
            and figure.isdigit()
            and value <= MAX_AGE
        )
        or (
            # "Mara Ilves (67), whose husband ...": an age in brackets after a full name
            before.rstrip().endswith("(")
            and _AGE_IN_BRACKETS_BEFORE.search(before)
            and after.startswith(")")
            and figure.isdigit()
            and value <= MAX_AGE
        )
    ):
        return None
    atom = _Atom(start, end, value, 1.0, unit=unit)
    atom.kind = QuantityKind.AGE
    return atom


def _read_decade_age(text: str, start: int, end: int, before: str, value: float) -> _Atom | None:
    """'in his 20s', 'in her early 30s', 'in their mid-40s': an age range."""
    m = _DECADE_BEFORE.search(before)
    if m is None or value % 10 or not 10 <= value <= 90:
        return None  # "the 1990s" is a decade of history, not an age
    part = m.group("q")
    first, last = _DECADE_PART[part.lower() if part else None]
    if part:
        start -= len(before) - m.start("q")
    atom = _Atom(start, end + 1, value + first, 1.0, unit="year", high=value + last)
    atom.kind = QuantityKind.AGE
    return atom


_LETTERS = re.compile(r"[A-Za-z]+")
_CLAUSE_MARKS = re.compile(r"[,;:()]")


def _is_designation(text: str, start: int, end: int) -> bool:
    """Model names and codes: Su-34, COVID-19, Tu-160, MiG-31I, F-16, G7, Boeing 737-800."""
    if start >= 2 and text[start - 1] in "-/" and text[start - 2].isalpha():
        # "mid-40s" is an age, "magnitude-5.1" a size
        return not _NOT_A_MODEL_BEFORE.search(text, max(0, start - 12), start)
    if end < len(text) and text[end] == "-" and end + 1 < len(text) and text[end + 1].isupper():
        return True  # "737-MAX"
    # Letters glued after the figure that are not a unit or scale: "4x4", "5G", "B52s".
    glued = _LETTERS.match(text[end : end + 12])
    if glued and _GLUED_TEMPERATURE.match(text, end):
        return False  # "41.2C"
    if glued:
        word = glued.group().lower()
        if word not in _SCALES and word not in _UNITS and word not in {"st", "nd", "rd", "th"}:
            return not (word in {"s"} or word.endswith("km") or word in {"kmh", "pc"})
    return False


def _is_date_or_time(text: str, start: int, end: int, before: str, after: str) -> bool:
    if start and text[start - 1] in "/:" and start >= 2 and text[start - 2].isdigit():
        return True  # 10/23/24, 10:30
    if after[:1] in {"/", ":"} and after[1:2].isdigit():
        return True
    # "June 15", "15 June", "September 8-9"
    return bool(_DATE_BEFORE.search(before) or _DATE_AFTER.match(after))


def _read_suffix(text: str, atom: _Atom) -> None:
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
            atom.scale = _SCALES[m.group("s").lower()]
            atom.scaled = True
            atom.value *= atom.scale
            atom.precision *= atom.scale
            pos = m.end()
    m = _UNIT.match(text, pos)
    temperature = _GLUED_TEMPERATURE.match(text, pos)
    cents = _CENTS.match(text, pos)
    if m:
        unit = m.group("u")
        atom.unit = "%" if m.group("pct") else _UNITS[unit.lower()]
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


# --- pass 2: quantities ----------------------------------------------------------------------


def _join(text: str, atoms: list[_Atom]) -> list[_Quantity]:
    quantities: list[_Quantity] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        q = _Quantity([atom], atom.start, atom.end)
        if nxt is not None and _is_score(text, atom, nxt):
            i += 2  # "beat Everton 2-0": a score is no amount
            continue
        if nxt is not None and _is_range(text, atom, nxt):
            _share(atom, nxt)
            q = _Quantity([atom, nxt], atom.start, nxt.end, Bound.RANGE)
            opener = _range_opener(text[max(0, atom.start - CONTEXT_CHARS) : atom.start])
            if opener:
                q.start = atom.start - (min(atom.start, CONTEXT_CHARS) - opener.start())
            i += 1
        else:
            _apply_hedge(text, q)
            if q.bound is Bound.EXACT and atom.approximate:
                q.bound = Bound.APPROXIMATE
        _apply_rate(text, q)
        quantities.append(q)
        i += 1
    _inherit_currency(quantities)
    return _attach_alternates(text, quantities)


def _is_score(text: str, a: _Atom, b: _Atom) -> bool:
    """'2-0', '6-4', 'a 1-1 draw': a result written winner first, or after a word of play."""
    if text[a.end : b.start] != "-" or a.words or b.words:
        return False
    plain = all(
        x.kind is QuantityKind.AMOUNT
        and x.unit is None
        and x.currency is None
        and not x.scaled
        and x.value == int(x.value)
        and 0 <= x.value <= MAX_SCORE
        and text[x.start : x.end].isdigit()
        for x in (a, b)
    )
    before = text[max(0, a.start - CONTEXT_CHARS) : a.start]
    return plain and (a.value >= b.value or _SCORE_CONTEXT.search(before) is not None)


def _is_range(text: str, a: _Atom, b: _Atom) -> bool:
    if a.vague or b.vague or a.high is not None or b.high is not None:
        return False
    if a.kind is not b.kind and QuantityKind.AMOUNT not in (a.kind, b.kind):
        return False
    join = _RANGE_JOIN.match(text[a.end : b.start])
    if not join or ((a.unit or b.unit) and a.unit != b.unit and a.unit and b.unit):
        return False
    word = join.group("j").lower()
    before = text[max(0, a.start - CONTEXT_CHARS) : a.start]
    opener = _range_opener(before)
    if word == "and":
        return bool(opener and opener.group("o").lower().endswith("between"))
    if word == "-" and text[a.end : b.start].strip() == "-" and b.start - a.end > 1:
        return False  # "12 - 3" spaced dash: a score or aside, not a range
    if word == "to" and opener and opener.group("o").lower() == "from":
        return not _changes(before[: opener.start()])  # "rose from 5 to 15"
    if word == "to" and not opener:
        return not _changes(before) and a.value <= b.value
    return True


def _range_opener(before: str) -> re.Match[str] | None:
    """'from', 'between' or 'anywhere from' right before a range's first figure."""
    return _RANGE_OPEN.search(before) if Window(before).may(_RANGE_OPEN_GATE) else None


def _changes(before: str) -> bool:
    """Whether a verb of change ('rose', 'cut') comes shortly before."""
    return Window(before).may(_CHANGE_VERB_GATE) and _CHANGE_VERB.search(before) is not None


def _share(a: _Atom, b: _Atom) -> None:
    """Let the two ends of a range share scale, unit, currency and kind: '10-12 million',
    'ages 18 to 25'."""
    if a.kind is not b.kind:
        a.kind = b.kind = a.kind if a.kind is not QuantityKind.AMOUNT else b.kind
    if b.scaled and not a.scaled and a.value * b.scale <= b.value:
        a.value *= b.scale
        a.precision *= b.scale
        a.scale, a.scaled = b.scale, True
    if a.unit is None:
        a.unit = b.unit
    if b.unit is None:
        b.unit = a.unit
    if b.currency is None or (a.currency_explicit and not b.currency_explicit):
        b.currency = a.currency
    if a.currency is None:
        a.currency = b.currency


def _apply_hedge(text: str, q: _Quantity) -> None:
    before = text[max(0, q.start - CONTEXT_CHARS) : q.start]
    m = _HEDGE.search(before) if Window(before).may(_HEDGE_GATE) else None
    first = q.atoms[0]
    if (
        m
        and m.group("h").lower() == "over"
        and first.unit in _TIME_UNITS
        and first.kind is not QuantityKind.AGE
    ):
        return  # "lost 15% over 68 weeks": a span of time
    if m and m.group("h").lower() == "top" and _RANKING_TOP.search(before[: m.start("h")]):
        return  # "the top 10 firms" is a ranking, not a threshold passed
    if m:
        q.bound = _HEDGES[m.group("h").lower()]
        q.start -= len(before) - m.start("h")
    elif text[q.end : q.end + 1] == "+" and not text[q.end + 1 : q.end + 2].isdigit():
        q.bound = Bound.LOWER  # "10,000+"
        q.end += 1
    else:
        after = _HEDGE_AFTER.match(text, q.end)
        if after:  # "six hours or less", "50 or more", "200 or so"
            q.bound = _HEDGES_AFTER[after.group("h").lower()]
            q.end = after.end()


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


def _apply_rate(text: str, q: _Quantity) -> None:
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


def _inherit_currency(quantities: list[_Quantity]) -> None:
    """A bare '$' takes the dollar currency named earlier in the sentence: 'A$2.6bn to $8.5bn'."""
    last: str | None = None
    for q in quantities:
        for atom in q.atoms:
            if atom.currency and atom.currency_explicit:
                last = atom.currency
            elif atom.currency == "USD" and not atom.currency_explicit and last in _DOLLARS:
                atom.currency = last


def _attach_alternates(text: str, quantities: list[_Quantity]) -> list[_Quantity]:
    """'26km (16 miles)', 'US$1.7 billion (A$2.6 billion)': one quantity, two renderings."""
    out: list[_Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if prev is not None:
            gap = text[prev.end : q.start]
            after = text[q.end : q.end + 2]
            if re.fullmatch(r"\s*[(\[]\s*(?:or\s+|about\s+|approximately\s+)?", gap) and (
                after[:1] in {")", "]"}
            ):
                prev.alternates.append(q)
                continue
        out.append(q)
    return out


# --- records ---------------------------------------------------------------------------------


def _to_record(q: _Quantity, text: str, original: str, base: int) -> Quantity:
    first, last = q.atoms[0], q.atoms[-1]
    low: float | None
    high: float | None
    value: float | None
    if q.bound is Bound.RANGE:
        value, low, high = None, min(first.value, last.value), max(first.value, last.value)
    elif first.high is not None:  # an interval in one phrase: "dozens", "in his 20s"
        value, low, high = None, first.value, first.high
        if q.bound is Bound.LOWER:
            high = None
        elif q.bound is Bound.UPPER:
            low = None
        else:
            q.bound = Bound.RANGE
    else:
        value = low = high = first.value
        if q.bound is Bound.UPPER:
            low = None
        elif q.bound is Bound.LOWER:
            high = None
    currency = next((a.currency for a in q.atoms if a.currency), None)
    unit = next((a.unit for a in q.atoms if a.unit), None)
    return Quantity(
        text=original[q.start : q.end],
        start=base + q.start,
        end=base + q.end,
        value=value,
        low=low,
        high=high,
        bound=q.bound,
        unit=unit,
        currency=currency,
        rate=q.rate,
        precision=min(a.precision for a in q.atoms),
        alternates=tuple(_to_record(a, text, original, base) for a in q.alternates),
        kind=first.kind,
        vague=any(a.vague for a in q.atoms),
    )


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def iter_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Spans of every figure in ``text`` (digits or number words), for masking frames.

    >>> list(iter_numbers("11,000 troops and half a billion dollars"))
    [(0, 6), (18, 32)]
    """
    taken = _Taken(len(text))
    spans: list[tuple[int, int]] = []
    patterns = (
        _WORD_SCALE if may_contain(text, _WORD_SCALE_WORDS) else None,
        _SPELLED if _may_spell(text) else None,  # the same gates as _read_atoms'
        _DIGITS,
    )
    for pattern in patterns:
        if pattern is None:
            continue
        for m in _spelled(text) if pattern is _SPELLED else pattern.finditer(text):
            if not taken.overlaps(*m.span()):
                spans.append(m.span())
                taken.add(*m.span())
    yield from sorted(spans)


__all__ = ["iter_numbers", "read_quantities"]
