"""Score conflict findings against labelled cases: ``crosscheck eval DIR``.

A *case* is a folder of 2-8 source texts and an ``expected.toml`` that labels them::

    about = "Quake toll: outlets differ on deaths; the aftershock is a different claim."

    [[conflict]]
    why = "deaths in the main quake"
    claims = { "a.txt" = "30", "b.txt" = "45" }   # file -> the figure as written in it

    [[no_conflict]]
    why = "magnitude of the aftershock, not of the main quake"
    claims = { "a.txt" = "5.1", "c.txt" = "7.8" }

A conflict finding *matches* a labelled pair when, for every file named, one of its claims
comes from that file and its quantity text contains the figure given. Every expected
conflict matched by some conflict finding is a hit (recall); every conflict finding that
matches no expected conflict is a false alarm (precision), and is reported with the
``no_conflict`` label it hits, if any. Compatible findings and agreements are not alarms.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field

from crosscheck.errors import InputError
from crosscheck.models import ClaimOut, Finding, Record
from crosscheck.settings import Settings

EXPECTED_FILE = "expected.toml"


class Label(Record):
    """A labelled pair (or group) of claims: file name -> the figure as written in it."""

    claims: dict[str, str]
    why: str = ""


class CaseResult(Record):
    """How the findings on one case compare with its labels."""

    case: str
    expected: int
    hits: int
    conflicts_found: int
    misses: tuple[Label, ...] = Field(description="Expected conflicts no finding reported.")
    false_alarms: tuple[str, ...] = Field(
        description="Conflict findings matching no expected conflict, as 'subject: values'."
    )


class Evaluation(Record):
    """Precision, recall and F1 of conflict findings over every case."""

    precision: float
    recall: float
    f1: float
    expected: int
    hits: int
    conflicts_found: int
    false_alarms: int
    cases: tuple[CaseResult, ...]


@dataclass(frozen=True)
class Case:
    """A labelled case: its folder and labels."""

    path: Path
    about: str
    conflicts: tuple[Label, ...]
    no_conflicts: tuple[Label, ...]


def load_cases(root: Path) -> list[Case]:
    """Every case folder under ``root`` (a folder holding ``expected.toml``), sorted."""
    if not root.is_dir():
        raise InputError(f"{root}: not a folder of labelled cases")
    folders = sorted(p.parent for p in root.rglob(EXPECTED_FILE))
    if not folders:
        raise InputError(f"{root}: no case folders (each holds an {EXPECTED_FILE})")
    return [_load_case(folder) for folder in folders]


def _load_case(folder: Path) -> Case:
    path = folder / EXPECTED_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        conflicts = tuple(Label(**entry) for entry in data.get("conflict", []))
        no_conflicts = tuple(Label(**entry) for entry in data.get("no_conflict", []))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, TypeError, ValueError) as e:
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise InputError(f"{path}: cannot read labels: {first}") from None
    for label in (*conflicts, *no_conflicts):
        for name in label.claims:
            if not (folder / name).is_file():
                raise InputError(f"{path}: label names {name!r}, which is not in {folder}")
    return Case(folder, str(data.get("about", "")), conflicts, no_conflicts)


def evaluate(root: Path, settings: Settings | None = None, *, mixed: bool = False) -> Evaluation:
    """Run every case under ``root`` and score its conflict findings.

    With ``mixed``, every case's sources are checked in one run, as a folder of many
    stories would be: each case is scored on the findings about its own sources, and a
    conflict that joins sources of two cases is a false alarm of its own (a case named
    ``(across cases)``).
    """
    from crosscheck.pipeline import check

    settings = settings or Settings()
    cases = load_cases(root)
    results = []
    if mixed:
        report = check([s for case in cases for s in _sources(case, settings)], settings)
        # An article two cases both hold (a first-night story of two shootings) is one
        # document: a finding is a case's when each of its files is one the case holds.
        holders: dict[str, set[Path]] = defaultdict(set)
        for case in cases:
            for s in _sources(case, settings):
                holders[_digest(s)].add(case.path)
        owner = {s: holders[_digest(s)] for case in cases for s in _sources(case, settings)}
        across: list[Finding] = []
        by_case: dict[Path, list[Finding]] = {case.path: [] for case in cases}
        for finding in report.conflicts:
            folders = set.intersection(*(owner.get(c.source, set()) for c in finding.claims))
            for folder in sorted(folders):
                by_case[folder].append(finding)
            if not folders:
                across.append(finding)
        results = [score_case(case, by_case[case.path]) for case in cases]
        if across:
            empty = Case(root, "conflicts that join sources of different cases", (), ())
            results.append(score_case(empty, across).model_copy(update={"case": ACROSS}))
    else:
        for case in cases:
            results.append(score_case(case, check(_sources(case, settings), settings).conflicts))
    expected = sum(r.expected for r in results)
    hits = sum(r.hits for r in results)
    found = sum(r.conflicts_found for r in results)
    alarms = sum(len(r.false_alarms) for r in results)
    precision = (found - alarms) / found if found else 1.0
    recall = hits / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Evaluation(
        precision=round(precision, 4),
        recall=round(recall, 4),
        f1=round(f1, 4),
        expected=expected,
        hits=hits,
        conflicts_found=found,
        false_alarms=alarms,
        cases=tuple(results),
    )


# The name under which a mixed run scores conflicts that join sources of two cases.
ACROSS = "(across cases)"


def _digest(path: str) -> str:
    """The sha256 of a file's bytes: two cases' copies of one article are one document."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _sources(case: Case, settings: Settings) -> list[str]:
    """A case's sources: the labels file is not a source, and need not be reported skipped."""
    return [str(p) for p in sorted(case.path.rglob("*")) if p.suffix in settings.extensions]


def score_case(case: Case, conflicts: Sequence[Finding]) -> CaseResult:
    """Hits, misses and false alarms of one case's conflict findings."""
    matched = [any(_matches(f, label, case.path) for f in conflicts) for label in case.conflicts]
    alarms = []
    for finding in conflicts:
        if any(_matches(finding, label, case.path) for label in case.conflicts):
            continue
        values = " vs ".join(side.value for side in finding.sides)
        hard = next((n for n in case.no_conflicts if _matches(finding, n, case.path)), None)
        note = f" (labelled not a conflict: {hard.why})" if hard and hard.why else ""
        alarms.append(f"{finding.subject}: {values}{note}")
    return CaseResult(
        case=case.path.name,
        expected=len(case.conflicts),
        hits=sum(matched),
        conflicts_found=len(conflicts),
        misses=tuple(label for label, hit in zip(case.conflicts, matched, strict=True) if not hit),
        false_alarms=tuple(alarms),
    )


def _matches(finding: Finding, label: Label, folder: Path) -> bool:
    by_file: Mapping[str, list[ClaimOut]] = _claims_by_file(finding, folder)
    return all(
        any(figure in c.quantity.text for c in by_file.get(name, []))
        for name, figure in label.claims.items()
    )


def _claims_by_file(finding: Finding, folder: Path) -> dict[str, list[ClaimOut]]:
    out: dict[str, list[ClaimOut]] = {}
    for claim in finding.claims:
        path = Path(claim.source)
        name = path.relative_to(folder).as_posix() if path.is_relative_to(folder) else path.name
        out.setdefault(name, []).append(claim)
    return out


def read_minimums(path: Path) -> dict[str, float]:
    """The gate: minimum precision and recall, in a file that is only ever raised."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {"precision": float(data["precision"]), "recall": float(data["recall"])}


__all__ = ["Evaluation", "evaluate", "load_cases", "read_minimums", "score_case"]
