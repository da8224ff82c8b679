"""Figures that name, locate or relate things rather than count them.

Model names and codes (Su-34, COVID-19, "Boeing 737"), numbered names ("Article 5", "FTSE
100", "Page 2 of 5"), addresses and phone numbers ("10 Downing Street", "the 400 block",
"404-577-8477", "call 101"), ids, seasons, calibres ("155mm munitions", "38-caliber"),
ordinal places ("the 7th Precinct"), ratios ("one in 5 adults") and URLs: the reader
drops them.
"""

from __future__ import annotations

import re

from crosscheck.lexicon import designation_heads
from crosscheck.measures import GLUED_TEMPERATURE, SCALES, UNITS
from crosscheck.normalize import Gate, Window

# Nouns that make a preceding calibre a name of a kind of weapon, not a count.
_WEAPON_NOUNS = (
    "ammunition|munitions?|shells?|rounds?|guns?|howitzers?|artillery|cannons?|mortars?|"
    "rifles?|pistols?|bullets?|cartridges?|projectiles?|rockets?|missiles?|barrels?|calibre|caliber"
)

_NOT_A_MODEL_BEFORE = re.compile(r"(?:\bmid|\bmagnitude)-$", re.IGNORECASE)
# A figure with a scale letter glued on, then a range's dash: "700M-", "1.5bn\u2013".
_SCALED_END_BEFORE = re.compile(r"\d(?:k|m|mn|b|bn|t|tn)[-\u2013]$", re.IGNORECASE)

CALIBRE_AFTER = re.compile(
    r"^(?:\s*(?:,|and|or|/)\s*\d+(?:\.\d+)?\s*-?\s*(?:mm|millimet(?:re|er)s?|cm|inch))*"
    rf"\s*-?\s*(?:[a-z]+\s+)?(?:{_WEAPON_NOUNS})\b",
    re.IGNORECASE,
)
# The lookbehinds make each pattern start only at the beginning of a run, so a long run
# of word characters is scanned once, not once per position (which is quadratic).
URL = re.compile(
    r"(?<![\w.:/])(?:https?://|www\.)[^\s<>()\"']*|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+",
    re.IGNORECASE,
)
PLURAL_NEXT = re.compile(
    r"^\s+(?!(?:was|has|does|is|its|this|thus|as|us|yes|plus|less|unless|news|across)\b)"
    r"[a-z]+[^\Wsu]s\b"
)

# --- names, addresses, phone numbers -------------------------------------------------------
# The word right before a figure, separated by one space: "Article 5", "No. 23", "S&P 500".
_WORD_BEFORE = re.compile(r"(?:^|\s)(?P<w>[A-Za-z][\w&.]*)\s$")
# "Page 2 of 5": the count of pages is furniture too.
_OF_DESIGNATION = re.compile(
    r"\b(?:page|part|chapter|episode|photo|image|slide|step)\s+\d+\s+of\s+$", re.I
)
_OF_DESIGNATION_GATE = Gate(ends=("of",))
_STREET_AFTER = re.compile(
    # "10 Downing Street", "1335 6th Avenue": the street's name may be an ordinal
    r"^\s+(?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Parkway|Pkwy|Boulevard|Blvd|"
    r"Lane|Ln|Drive|Dr|Place|Pl|Square|Sq|Way|Terrace|Court|Crescent|Highway)\b"
)
# A number to call: "call police on 101", "dial 999", "0800 555 111".
_CALL_BEFORE = re.compile(
    r"\b(?:call|calls|called|calling|dial|dialled|dialed|ring)\s+(?:\w+\s+){0,2}?(?:on\s+)?$",
    re.IGNORECASE,
)
# An emergency number named by what it is for: "a 911 call", "999 calls", "911 dispatchers".
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112"})
_EMERGENCY_AFTER = re.compile(
    r"^\s*(?:calls?|callers?|dispatch\w*|operators?|cent(?:er|re)s?|lines?|hang-?ups?)\b",
    re.IGNORECASE,
)
_CALL_GATE = Gate(holds=("call", "dial", "ring"))
_PHONE_BEFORE = re.compile(r"(?:^|\s)(?:\+\d+|0\d{2,})(?:\s\d+)*\s$")
# A season: "the 2023-24 season", "2023/24".
_SEASON_BEFORE = re.compile(r"\b(?:19|20)\d\d[-/]$")

# "one in three adults", "1 in 5": a ratio, no count of adults.
RATIO_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE
)
RATIO_GATE = Gate(ends=("in", "of", "every"))
# "240 incidents per 100,000 residents", "per 1,000 live births": a round figure after
# "per" is the base of a rate, no count of residents.
RATE_BASE_BEFORE = re.compile(r"\bper\s+(?:every\s+)?$", re.IGNORECASE)
RATE_BASE_GATE = Gate(ends=("per", "every"))


def is_rate_base(digits: str, before: str, near: Window) -> bool:
    """Whether the figure whose digits follow ``before`` is a rate's base ("per 100,000").

    >>> w = Window("crime incidents per ")
    >>> is_rate_base("100,000", "crime incidents per ", w), is_rate_base("240", "per ", w)
    (True, False)
    """
    plain = digits.replace(",", "")
    return (
        len(plain) >= 3
        and plain.strip("0") == "1"
        and near.may(RATE_BASE_GATE)
        and RATE_BASE_BEFORE.search(before) is not None
    )


def is_address_or_phone(digits: str, before: str, after: str, near: Window) -> bool:
    """'10 Downing Street', 'the 400 block of Gilmer St', 'call police on 101', '0800 555
    111', '404-577-8477', the '24' of '2023-24', the '38' of '38-caliber bullets', the
    citation marker '[12]'."""
    return bool(
        _STREET_AFTER.match(after)
        or _BLOCK_AFTER.match(after)
        or (near.may(_CALL_GATE) and _CALL_BEFORE.search(before) and not PLURAL_NEXT.match(after))
        or _PHONE_BEFORE.search(before)
        or (digits in _EMERGENCY_NUMBERS and _EMERGENCY_AFTER.match(after))
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


def names_something(before: str, rest: str, bare: bool, near: Window) -> bool:
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
        len(letters) >= 2 and letters.isalpha() and word.isupper() and not PLURAL_NEXT.match(rest)
    )


_LETTERS = re.compile(r"[A-Za-z]+")


def is_designation(text: str, start: int, end: int) -> bool:
    """Model names and codes: Su-34, COVID-19, Tu-160, MiG-31I, F-16, G7, Boeing 737-800."""
    if start >= 2 and text[start - 1] in "-/" and text[start - 2].isalpha():
        # "mid-40s" is an age, "magnitude-5.1" a size; "$700M-1.25B" is a range whose
        # first end has its own scale, not a model "M-1"
        if _SCALED_END_BEFORE.search(text, max(0, start - 12), start):
            return False
        return not _NOT_A_MODEL_BEFORE.search(text, max(0, start - 12), start)
    if end < len(text) and text[end] == "-" and end + 1 < len(text) and text[end + 1].isupper():
        return True  # "737-MAX"
    # Letters glued after the figure that are not a unit or scale: "4x4", "5G", "B52s".
    glued = _LETTERS.match(text[end : end + 12])
    if glued and GLUED_TEMPERATURE.match(text, end):
        return False  # "41.2C"
    if glued:
        word = glued.group().lower()
        if word not in SCALES and word not in UNITS and word not in {"st", "nd", "rd", "th"}:
            return not (word in {"s"} or word.endswith("km") or word in {"kmh", "pc"})
    return False
