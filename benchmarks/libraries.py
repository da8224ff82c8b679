"""Weigh PyPI libraries against crosscheck's hand-written code (issue 14).

    python benchmarks/libraries.py [--gva /tmp/real/gva-all] [--reuters /tmp/real/reuters-all]
        [--repeat 7] [--corpus-files 300] [--pypi] [--json] [--candidates KIND]

Three slots, each scored on hand-labelled data under ``benchmarks/data/`` and timed with
every contender in one interleaved run (median of ``--repeat`` passes, contenders in a
rotating order, so all share the machine's noise):

1. **Plurals** (``data/plurals.tsv``): ``crosscheck.grammar.singular`` against
   ``lemminflect.getLemma(word, upos="NOUN")``, on plural nouns (lexicon forms and
   frequent plurals of the GVA and Reuters corpora) and on singular nouns ending in -s.
2. **Names** (``data/names.tsv``): ``crosscheck.mentions._person`` against
   ``nameparser.HumanName`` (first + last) and ``probablepeople.tag`` (GivenName +
   Surname; on its RepeatedLabelError, the tokens of ``probablepeople.parse``). Strict: the
   key equals the label; lenient: middle names may stay in the key.
3. **Addresses** (``data/addresses.tsv``): GVA sentences re-read from ``--gva`` (path,
   line and offset of a number; the texts are never in this repository). Is the number
   part of an address? crosscheck's rule (``designations.is_address_or_phone`` or
   ``names_something``, called as ``_read_number`` calls them), crosscheck's whole reader
   (the number is in no quantity of ``read_quantities``) and ``usaddress.parse`` (the
   number's token labelled as an address number, street name or unit/zip).

Then the cost of a swap in the claims stage: on ``--corpus-files`` GVA and Reuters
articles each, the claims stage (``known_names`` + ``make_claims``) is timed as it is,
with ``grammar.singular`` replaced by lemminflect and with ``mentions._person`` re-keyed
by nameparser, interleaved; the calls each would see are counted, with how many answers
and claims differ. Last, the cold start of each library (a fresh interpreter importing
it and making one call), interleaved. ``--candidates`` prints the pools the labelled
lists were drawn from.

``--pypi`` adds each package's last release date and Python 3.11 wheels from PyPI's
JSON API. Licences, versions and installed sizes come from the installed metadata.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import json
import random
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
PACKAGES = ("lemminflect", "nameparser", "probablepeople", "usaddress")
# What the candidates bring with them.
DEPENDENCIES = ("numpy", "python-crfsuite", "probableparsing", "doublemetaphone")


# --- timing ----------------------------------------------------------------------------


def interleaved(
    contenders: dict[str, Callable[[Any], object]], items: Sequence[Any], repeat: int
) -> dict[str, float]:
    """Median seconds per item of each contender over ``repeat`` passes, the contenders
    taking turns in a rotating order within each pass."""
    names = list(contenders)
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(repeat):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            fn = contenders[name]
            start = time.perf_counter()
            for item in items:
                fn(item)
            times[name].append((time.perf_counter() - start) / len(items))
    return {n: statistics.median(t) for n, t in times.items()}


def _tsv(path: Path) -> list[list[str]]:
    return [
        line.rstrip("\n").split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


# --- 1. plurals ------------------------------------------------------------------------


def plural_kind(word: str, singular: str) -> str:
    """How ``word`` is formed from its (first) labelled singular."""
    if word == singular:
        return "invariant"
    if not word.endswith("s"):
        return "irregular, no -s"
    if singular.endswith("is") and word == singular[:-2] + "es":
        return "-is -> -es"
    if word.endswith("ies") and singular.endswith("y"):
        return "-y -> -ies"
    if word.endswith("ves"):
        return "-f(e) -> -ves"
    if word == singular + "es":
        return "-es"
    if word == singular + "s" and word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return "-e stem + s after a hiss (cases, prizes)"
    if word == singular + "s":
        return "-s"
    return "other irregular"


def plurals(repeat: int) -> dict[str, Any]:
    from lemminflect import getLemma

    from crosscheck.grammar import plural as _plural
    from crosscheck.grammar import singular as _singular

    started = time.perf_counter()
    getLemma("warmups", upos="NOUN")  # loads lemminflect's tables
    load = time.perf_counter() - started

    def lemminflect(word: str) -> str:
        lemmas = getLemma(word, upos="NOUN")
        return lemmas[0] if lemmas else word

    def gated(word: str) -> str:  # as claims._head_phrase uses it: only plural-looking words
        return _singular(word) if _plural(word) else word

    rows = _tsv(DATA / "plurals.tsv")
    contenders: dict[str, Callable[[str], str]] = {
        "hand: claims._singular": _singular,
        "hand: _singular if _plural": gated,
        "lemminflect.getLemma NOUN": lemminflect,
    }
    out: dict[str, Any] = {"load seconds (lemminflect)": load, "sets": {}}
    for subset in ("plural", "singular"):
        chosen = [r for r in rows if (r[2] == "singular") == (subset == "singular")]
        scores: dict[str, Any] = {}
        for name, fn in contenders.items():
            wrong = [(w, s, fn(w)) for w, s, _ in chosen if fn(w) not in s.split("|")]
            kinds = Counter(plural_kind(w, s.split("|")[0]) for w, s, _ in wrong)
            scores[name] = {
                "right": len(chosen) - len(wrong),
                "of": len(chosen),
                "wrong by kind": dict(kinds.most_common()),
                "wrong": [f"{w}->{got} (not {s})" for w, s, got in wrong],
            }
        out["sets"][subset] = scores
    out["kinds"] = dict(
        Counter(plural_kind(w, s.split("|")[0]) for w, s, k in rows if k != "singular")
    )
    words = [r[0] for r in rows]
    out["seconds per call"] = interleaved(contenders, words, repeat)
    return out


# --- 2. names --------------------------------------------------------------------------


def name_key(text: str | None) -> str:
    """The form keys are compared in: lower case, hyphens as spaces, no full stops."""
    if not text:
        return ""
    text = text.casefold().replace("-", " ").replace(".", "").replace("\u2019", "'")
    return " ".join(text.split())


def _lenient(got: str, label: str) -> bool:
    """Right but for middle names: starts with the label's first word, ends with the rest."""
    first, _, rest = label.partition(" ")
    if not rest:
        return got == label
    return got.startswith(first + " ") and got.endswith(" " + rest)


def names(repeat: int) -> dict[str, Any]:
    import probablepeople
    from nameparser import HumanName

    from crosscheck.mentions import _last_name, _person

    def nameparser_key(text: str) -> str:
        h = HumanName(text)
        return " ".join(p for p in (h.first, h.last) if p)

    errors = Counter[str]()

    def probablepeople_key(text: str) -> str:
        try:
            tagged, _ = probablepeople.tag(text)
            parts = [tagged.get("GivenName") or tagged.get("FirstInitial"), tagged.get("Surname")]
        except probablepeople.RepeatedLabelError:
            errors["RepeatedLabelError"] += 1
            tokens = probablepeople.parse(text)
            given = next((t for t, lab in tokens if lab == "GivenName"), None)
            parts = [given, " ".join(t for t, lab in tokens if lab == "Surname")]
        return " ".join(p for p in parts if p)

    def hand_key(text: str) -> str:
        return _person(text, whole=True) or ""

    def hand_in_text(text: str) -> str:  # as mentions reads a name out of running text
        return _last_name(text) or ""

    contenders: dict[str, Callable[[str], str]] = {
        "hand: mentions._person": hand_key,
        "hand: mentions._last_name": hand_in_text,
        "nameparser.HumanName": nameparser_key,
        "probablepeople.tag": probablepeople_key,
    }
    rows = _tsv(DATA / "names.tsv")
    out: dict[str, Any] = {
        "of": len(rows),
        "kinds": dict(Counter(r[2] for r in rows)),
        "scores": {},
    }
    for name, fn in contenders.items():
        errors.clear()
        strict = lenient = 0
        wrong_by_kind = Counter[str]()
        wrong = []
        for text, labels, kind in rows:
            got = name_key(fn(text))
            keys = labels.split("|")
            if got in keys:
                strict += 1
            else:
                wrong_by_kind[kind] += 1
                wrong.append(f"{text} -> {got!r}")
            lenient += any(_lenient(got, k) for k in keys)
        out["scores"][name] = {
            "strict": strict,
            "lenient (middle names allowed)": lenient,
            "wrong by kind": dict(wrong_by_kind.most_common()),
            "tag errors": dict(errors),
            "wrong": wrong,
        }
    out["seconds per call"] = interleaved(contenders, [r[0] for r in rows], repeat)
    return out


# --- 3. addresses ----------------------------------------------------------------------

# usaddress labels that make a number part of an address.
ADDRESS_LABELS = frozenset(
    {
        "AddressNumberPrefix",
        "AddressNumber",
        "AddressNumberSuffix",
        "StreetNamePreModifier",
        "StreetName",
        "SubaddressIdentifier",
        "OccupancyIdentifier",
        "ZipCode",
        "USPSBoxID",
        "USPSBoxGroupID",
    }
)


def _read_sentences(gva: Path, rows: list[list[str]]) -> list[tuple[Any, Any, int, str, bool]]:
    """(source, sentence, offset of the number in the source, number, is an address)."""
    from crosscheck.ingest import load_source
    from crosscheck.models import Source
    from crosscheck.segment import split_sentences
    from crosscheck.settings import Settings

    settings = Settings()
    cache: dict[str, tuple[Any, Any]] = {}
    found = []
    for name, line, offset, number, label in rows:
        if name not in cache:
            path = gva / name
            source = load_source(str(path), path.read_bytes(), settings)
            if not isinstance(source, Source):
                raise SystemExit(f"{path}: cannot be read ({source.reason})")
            cache[name] = (source, split_sentences(source))
        source, sentences = cache[name]
        starts = [0] + [m.end() for m in re.finditer("\n", source.text)]
        at = starts[int(line) - 1] + int(offset)
        if not source.text.startswith(number, at):
            raise SystemExit(f"{name}:{line}: {number!r} is not at offset {offset}")
        sentence = next(s for s in sentences if s.start <= at < s.end)
        found.append((source, sentence, at, number, label == "address"))
    return found


def addresses(gva: Path, repeat: int) -> dict[str, Any]:
    import usaddress

    from crosscheck import designations
    from crosscheck import quantities as q
    from crosscheck.atoms import CONTEXT_CHARS
    from crosscheck.normalize import fold

    items = _read_sentences(gva, _tsv(DATA / "addresses.tsv"))

    def rule(item: tuple[Any, Any, int, str, bool]) -> bool:
        _, sentence, at, _, _ = item
        text = fold(sentence.text)
        start = at - sentence.start
        m = q._NUMBER.match(text, start)
        if m is None:
            return False
        before = text[max(0, start - CONTEXT_CHARS) : start]
        after = text[m.end() : m.end() + CONTEXT_CHARS]
        rest = text[m.end() : m.end() + CONTEXT_CHARS]
        return designations.is_address_or_phone(
            m.group(1), before, after
        ) or designations.names_something(before, rest, True)

    def reader(item: tuple[Any, Any, int, str, bool]) -> bool:
        source, sentence, at, _, _ = item
        return not any(x.start <= at < x.end for x in q.read_quantities(sentence, source.text))

    tag_errors = 0

    def parse(item: tuple[Any, Any, int, str, bool]) -> bool:
        _, sentence, at, _, _ = item
        cursor = 0
        for token, label in usaddress.parse(sentence.text):
            start = sentence.text.find(token, cursor)
            if start < 0:
                continue
            cursor = start + len(token)
            if start <= at - sentence.start < cursor:
                return label in ADDRESS_LABELS
        return False

    for _, sentence, _, _, _ in items:
        try:
            usaddress.tag(sentence.text)
        except usaddress.RepeatedLabelError:
            tag_errors += 1

    flaggers: dict[str, Callable[[Any], bool]] = {
        "hand: address rule": rule,
        "hand: whole reader (not a quantity)": reader,
        "usaddress.parse": parse,
        "hand rule or usaddress.parse": lambda item: rule(item) or parse(item),
    }
    out: dict[str, Any] = {
        "sentences": len(items),
        "addresses": sum(i[4] for i in items),
        "usaddress.tag RepeatedLabelError": tag_errors,
        "scores": {},
    }
    for name, fn in flaggers.items():
        tp = fp = fn_ = 0
        misses, false_alarms = [], []
        for item in items:
            flagged, truth = fn(item), item[4]
            where = f"{Path(item[0].path).name}:{item[1].line} {item[3]}"
            tp += flagged and truth
            fp += flagged and not truth
            fn_ += truth and not flagged
            if truth and not flagged:
                misses.append(where)
            if flagged and not truth:
                false_alarms.append(where)
        out["scores"][name] = {
            "precision": tp / (tp + fp) if tp + fp else 0.0,
            "recall": tp / (tp + fn_),
            "tp": tp,
            "fp": fp,
            "fn": fn_,
            "false alarms": false_alarms,
            "misses": misses,
        }

    def read_all(item: tuple[Any, Any, int, str, bool]) -> object:
        return q.read_quantities(item[1], item[0].text)

    timed: dict[str, Callable[[Any], object]] = {
        "hand: address rule (one number)": rule,
        "hand: read_quantities (whole sentence)": read_all,
        "usaddress.parse (whole sentence)": lambda item: usaddress.parse(item[1].text),
    }
    out["seconds per sentence"] = interleaved(timed, items, repeat)
    return out


# --- the cost of a swap in the claims stage --------------------------------------------


def claims_cost(corpora: Iterable[Path], files: int, repeat: int) -> dict[str, Any]:
    """The claims stage (``known_names`` + ``make_claims``) on ``files`` articles of each
    corpus, timed as it is and with each swap (``grammar.singular`` by lemminflect;
    ``mentions._person`` re-keyed by nameparser's first + last name), interleaved; with
    the calls each swap would see, how many of their answers differ, and how many claims
    come out different."""
    from lemminflect import getLemma
    from nameparser import HumanName

    from crosscheck import actors, claims, grammar, markets, mentions, phrases
    from crosscheck.datelines import published_line
    from crosscheck.ingest import load_source
    from crosscheck.models import Source
    from crosscheck.normalize import matching_form
    from crosscheck.reads import read_sentence
    from crosscheck.segment import split_sentences
    from crosscheck.settings import Settings

    settings = Settings()
    work = []
    for corpus in corpora:
        paths = sorted(corpus.glob("*.txt"))
        random.Random(14).shuffle(paths)
        for path in paths[:files]:
            source = load_source(str(path), path.read_bytes(), settings)
            if not isinstance(source, Source):
                continue
            year = int(source.published[:4]) if source.published else None
            sentences = [
                (s, read_sentence(s, source.text, default_year=year))
                for s in split_sentences(source)
                if published_line(s.text) is None
            ]
            work.append((source, year, sentences))

    def stage() -> list[Any]:
        made: list[Any] = []
        for source, year, sentences in work:
            names = actors.known_names(source.text)
            for sentence, quantities in sentences:
                made += claims.make_claims(
                    sentence, quantities, source.text, reference_year=year, names=names
                )
        return made

    hand_singular, hand_person = grammar.singular, mentions._person

    def lemminflect_singular(word: str) -> str:
        lemmas = getLemma(word, upos="NOUN")
        return lemmas[0] if lemmas else word

    def nameparser_person(text: str, *, whole: bool = False) -> str | None:
        key = hand_person(text, whole=whole)
        m = mentions._NAME.match(text)
        if key is None or m is None:
            return key
        parsed = HumanName(m.group())
        first_last = " ".join(p for p in (parsed.first, parsed.last) if p)
        return matching_form(first_last.replace("-", " ")).replace(".", "") or None

    swaps: dict[str, tuple[Callable[..., Any], Callable[..., Any]]] = {
        "hand": (hand_singular, hand_person),
        "lemminflect _singular": (lemminflect_singular, hand_person),
        "nameparser _person": (hand_singular, nameparser_person),
    }
    seen: dict[str, list[tuple[Any, Any, Any]]] = {"_singular": [], "_person": []}

    def watching(name: str, hand: Callable[..., Any], other: Callable[..., Any]) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            seen[name].append((args, hand(*args, **kwargs), other(*args, **kwargs)))
            return hand(*args, **kwargs)

        return wrapper

    def install(singular: Callable[..., Any], person: Callable[..., Any]) -> None:
        # where the claims stage looks singular up
        phrases.singular = singular  # type: ignore[assignment]
        markets.singular = singular  # type: ignore[assignment]
        mentions._person = person  # type: ignore[assignment]

    try:
        install(
            watching("_singular", hand_singular, lemminflect_singular),
            watching("_person", hand_person, nameparser_person),
        )
        stage()
        made = {}
        for name, functions in swaps.items():
            install(*functions)
            made[name] = [c.model_dump_json() for c in stage()]
        times: dict[str, list[float]] = {name: [] for name in swaps}
        names = list(swaps)
        for r in range(repeat):
            for name in names[r % len(names) :] + names[: r % len(names)]:
                install(*swaps[name])
                start = time.perf_counter()
                stage()
                times[name].append(time.perf_counter() - start)
    finally:
        install(hand_singular, hand_person)
    medians = {name: statistics.median(t) for name, t in times.items()}
    return {
        "articles": len(work),
        "sentences": sum(len(s) for _, _, s in work),
        "claims": len(made["hand"]),
        "calls (answers that differ)": {
            name: f"{len(calls)} ({sum(a != b for _, a, b in calls)})"
            for name, calls in seen.items()
        },
        "differing answers": {
            name: sorted({f"{args[0][:40]!r}: {a} -> {b}" for args, a, b in calls if a != b})
            for name, calls in seen.items()
        },
        "claims that differ": {
            name: sum(x != y for x, y in zip(made["hand"], made[name], strict=False))
            + abs(len(made[name]) - len(made["hand"]))
            for name in swaps
            if name != "hand"
        },
        "claims stage seconds": medians,
        "ratio to hand": {name: t / medians["hand"] for name, t in medians.items()},
    }


COLD_STARTS = {
    "python (nothing)": "pass",
    "crosscheck.claims (as now)": "import crosscheck.claims",
    "lemminflect": "import lemminflect; lemminflect.getLemma('houses', upos='NOUN')",
    "nameparser": "import nameparser; nameparser.HumanName('Sgt. Pat Doyle Jr.').last",
    "probablepeople": "import probablepeople; probablepeople.tag('Pat Doyle')",
    "usaddress": "import usaddress; usaddress.parse('at 1234 Main Street')",
}


def cold_starts(repeat: int) -> dict[str, float]:
    """Median seconds of a fresh interpreter that imports each library and makes its first
    call (what each worker process would pay once), interleaved."""
    names = list(COLD_STARTS)
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(repeat):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", COLD_STARTS[name]], check=True)
            times[name].append(time.perf_counter() - start)
    return {n: statistics.median(t) for n, t in times.items()}


# --- 4. the packages -------------------------------------------------------------------


def _licence(meta: Any) -> str:
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if "License" in c]
    return ", ".join(classifiers) or str(meta.get("License") or "?")[:40]


def packages(pypi: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in PACKAGES + DEPENDENCIES:
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            out[name] = {"installed": False}
            continue
        size = sum(f.size or 0 for f in dist.files or [])
        info: dict[str, Any] = {
            "version": dist.version,
            "licence": _licence(dist.metadata),
            "installed MB": round(size / 1e6, 1),
            "requires": [r for r in dist.requires or [] if "extra ==" not in r],
        }
        if pypi:
            info.update(_pypi(name, dist.version))
        out[name] = info
    return out


def _pypi(name: str, version: str) -> dict[str, Any]:
    url = f"https://pypi.org/pypi/{name}/json"  # (this mirror has no per-version pages)
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            data = json.load(response)
    except OSError as error:
        return {"pypi": f"unreachable: {error}"}
    latest = data["info"]["version"]
    files = data.get("releases", {}).get(version, [])
    wheels = [f["filename"] for f in files if f["filename"].endswith(".whl")]
    py311 = [
        w
        for w in wheels
        if "-none-any" in w or ("cp311" in w and "manylinux" in w and "x86_64" in w)
    ]
    return {
        "released": min((f["upload_time"][:10] for f in files), default="?"),
        "latest on PyPI": latest,
        "wheel for 3.11 (linux x86-64)": py311[0] if py311 else "none (sdist only)",
    }


# --- how the labelled lists were drawn -------------------------------------------------

_NAME_WORD = (
    r"(?:Mc[A-Z][a-z]+|O['\u2019][A-Z][a-z]+|D['\u2019][A-Z][a-z]+|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
)
_TITLE = (
    r"(?:Sgt\.|Sergeant|Lt\.|Lieutenant|Det\.|Detective|Officer|Deputy|Dr\.|Mr\.|Mrs\.|Ms\.|"
    r"Capt\.|Captain|Cpl\.|Chief|Sheriff|Trooper|Sen\.|Rep\.|Gov\.|Mayor|Judge|Rev\.|Pastor|"
    r"Agent|Cmdr\.|Police Chief|Sheriff's Deputy|Assistant Chief)"
)
_N = _NAME_WORD
NAME_KINDS = {
    "title": rf"\b{_TITLE} {_N}(?: (?:[A-Z]\.|{_N}))?(?: {_N})?\b",
    "suffix": rf"\b{_N}(?: (?:[A-Z]\.|{_N})){{1,2}},? (?:Jr\.|Sr\.|II\b|III\b|IV\b)",
    "particle": rf"\b{_N} (?:{_N} )?(?:de la|De La|de|De|del|Del|van|Van|von|Von|St\.|La) {_N}\b",
    "hyphen": rf"\b{_N} [A-Z][a-z]+-[A-Z][a-z]+(?=, \d)|\b[A-Z][a-z]+-[A-Z][a-z]+ {_N}(?=, \d)",
    "middle": rf"\b{_N} (?:[A-Z]\.|{_N}) {_N}(?=, \d)",
    "nickname": rf"\b{_N} [\"\u201c][A-Z][a-z]+[\"\u201d] {_N}\b",
    "plain": rf"\b{_N} {_N}(?=, \d)",
}
_STREET_WORD = re.compile(
    r"\b(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|"
    r"Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Trail|Pike|Route|Interstate|Freeway|Expressway|"
    r"[Bb]locks?)\b"
)
_FIGURE = re.compile(r"(?<![\w.,])\d(?:[\d,]*\d)?(?:st|nd|rd|th)?(?!\w)")


def candidates(kind: str, gva: Path, reuters: Path) -> None:
    """Print what the labelled lists were drawn from (the labels were then set by hand;
    words, names and locations only, never sentences, went into benchmarks/data)."""
    rng = random.Random(14)
    files = sorted(gva.glob("*.txt"))
    if kind == "plurals":  # the most frequent lower-case words ending in -s
        counts = Counter[str]()
        for path in files + sorted(reuters.glob("*.txt")):
            counts.update(re.findall(r"\b[a-z][a-z-]*[a-z]\b", path.read_text(errors="replace")))
        print(" ".join(w for w, _ in counts.most_common() if w.endswith("s"))[:20000])
    elif kind == "names":  # up to 60 of each kind, in a seeded order
        found: dict[str, set[str]] = {k: set() for k in NAME_KINDS}
        for path in files:
            text = path.read_text(errors="replace")
            for k, pattern in NAME_KINDS.items():
                found[k].update(m.group() for m in re.finditer(pattern, text))
        for k, names_found in found.items():
            chosen = sorted(names_found)
            rng.shuffle(chosen)
            print("\n".join(f"{k}\t{n}" for n in chosen[:60]))
    else:  # sentences with a figure within three words of a street word
        from crosscheck.ingest import load_source
        from crosscheck.models import Source
        from crosscheck.segment import split_sentences
        from crosscheck.settings import Settings

        rng.shuffle(files)
        for path in files[:1500]:
            source = load_source(str(path), path.read_bytes(), Settings())
            if not isinstance(source, Source):
                continue
            for sentence in split_sentences(source):
                for m in _FIGURE.finditer(sentence.text):
                    before = re.findall(
                        r"[\w']+|\S", sentence.text[max(0, m.start() - 40) : m.start()]
                    )
                    after = re.findall(r"[\w']+|\S", sentence.text[m.end() : m.end() + 40])
                    if any(_STREET_WORD.fullmatch(w) for w in before[-3:] + after[:4]):
                        at = sentence.start + m.start()
                        line_start = source.text.rfind("\n", 0, at) + 1
                        line = source.text.count("\n", 0, at) + 1
                        print(f"{path.name}\t{line}\t{at - line_start}\t{m.group()}")
                        break


# --- report ----------------------------------------------------------------------------


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:,.1f} µs"


def report(result: dict[str, Any]) -> None:
    p = result["plurals"]
    print("1. Plurals (benchmarks/data/plurals.tsv)")
    for subset, scores in p["sets"].items():
        for name, s in scores.items():
            print(f"  {subset:8} {name:30} {s['right']}/{s['of']}  wrong: {s['wrong by kind']}")
    for name, t in p["seconds per call"].items():
        print(f"  time {name:30} {_us(t)} a call")
    print(f"  lemminflect load {p['load seconds (lemminflect)']:.2f} s")
    n = result["names"]
    print(f"2. Names (benchmarks/data/names.tsv, {n['of']} names: {n['kinds']})")
    for name, s in n["scores"].items():
        print(
            f"  {name:26} strict {s['strict']}/{n['of']}  lenient "
            f"{s['lenient (middle names allowed)']}/{n['of']}  wrong: {s['wrong by kind']}"
            + (f"  {s['tag errors']}" if s["tag errors"] else "")
        )
    for name, t in n["seconds per call"].items():
        print(f"  time {name:26} {_us(t)} a call")
    a = result["addresses"]
    print(
        f"3. Addresses (benchmarks/data/addresses.tsv, {a['sentences']} sentences, "
        f"{a['addresses']} address numbers; usaddress.tag raises on "
        f"{a['usaddress.tag RepeatedLabelError']})"
    )
    for name, s in a["scores"].items():
        print(
            f"  {name:38} P {s['precision']:.3f} R {s['recall']:.3f} "
            f"(tp {s['tp']}, fp {s['fp']}, fn {s['fn']})"
        )
    for name, t in a["seconds per sentence"].items():
        print(f"  time {name:40} {_us(t)}")
    c = result.get("claims cost")
    if c:
        print(
            f"4. Claims stage on {c['articles']} articles ({c['sentences']} sentences, "
            f"{c['claims']} claims); calls (answers that differ): "
            f"{c['calls (answers that differ)']}; claims that differ: {c['claims that differ']}"
        )
        for name, t in c["claims stage seconds"].items():
            print(f"  time {name:24} {t:.2f} s  x{c['ratio to hand'][name]:.3f}")
    for name, t in result["cold starts"].items():
        print(f"  cold start {name:28} {t:.2f} s")
    print("5. Packages")
    for name, info in result["packages"].items():
        print(f"  {name:16} {info}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gva", type=Path, default=Path("/tmp/real/gva-all"))
    parser.add_argument("--reuters", type=Path, default=Path("/tmp/real/reuters-all"))
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--corpus-files", type=int, default=300, help="articles per corpus")
    parser.add_argument("--pypi", action="store_true", help="ask PyPI for dates and wheels")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--candidates",
        choices=("plurals", "names", "addresses"),
        help="print what that labelled list was drawn from, and stop",
    )
    args = parser.parse_args(argv)
    if args.candidates:
        candidates(args.candidates, args.gva, args.reuters)
        return 0
    if not args.gva.is_dir():
        parser.error(f"{args.gva}: no such folder (re-create it with benchmarks/real/gva.py)")
    result: dict[str, Any] = {
        "plurals": plurals(args.repeat),
        "names": names(args.repeat),
        "addresses": addresses(args.gva, args.repeat),
    }
    corpora = [c for c in (args.gva, args.reuters) if c.is_dir()]
    if args.corpus_files > 0:
        result["claims cost"] = claims_cost(corpora, args.corpus_files, max(3, args.repeat // 2))
    result["cold starts"] = cold_starts(args.repeat)
    result["packages"] = packages(args.pypi)
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
    else:
        report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
