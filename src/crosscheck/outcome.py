"""A run's outcome once its report is built: the findings a baseline file accepts (read,
written, left out), a focus on the findings of some files, and the exit status.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection
from pathlib import Path

from crosscheck.errors import InputError
from crosscheck.models import Finding, Kind, Report, Severity
from crosscheck.settings import FailOn, Settings

_SEVERITY_RANK = {Severity.NONE: 0, Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3}


def exit_status(report: Report, settings: Settings) -> int:
    """1 when a finding fails the run under ``fail_on`` and ``fail_severity``, else 0."""
    if settings.fail_on is FailOn.NEVER:
        return 0
    kinds = (
        {Kind.CONFLICT}
        if settings.fail_on is FailOn.CONFLICT
        else {
            Kind.CONFLICT,
            Kind.COMPATIBLE,
        }
    )
    floor = _SEVERITY_RANK[settings.fail_severity]
    failing = (
        f for f in report.findings if f.kind in kinds and _SEVERITY_RANK[f.severity] >= floor
    )
    return 1 if any(failing) else 0


def focus(report: Report, paths: Collection[str]) -> Report:
    """Only the findings that involve one of ``paths`` (a source stating a figure in them).

    Paths match when they name the same file, however they are spelled.
    """
    wanted = {_same_file_key(p) for p in paths}
    kept = tuple(
        f for f in report.findings if any(_same_file_key(c.source) in wanted for c in f.claims)
    )
    return _with_findings(report, kept, unfocused=len(report.findings) - len(kept))


def _same_file_key(path: str) -> str:
    return path if path == "-" else os.path.realpath(path)


BASELINE_VERSION = 1


def read_baseline(path: Path) -> frozenset[str]:
    """The fingerprints of findings already accepted, from a baseline file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        ids = frozenset(str(entry["id"]) for entry in data["findings"])
    except FileNotFoundError:
        raise InputError(
            f"{path}: no such baseline; create it with --baseline {path} --update-baseline"
        ) from None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise InputError(f"{path}: not a crosscheck baseline ({error})") from None
    return ids


def baseline_text(report: Report) -> str:
    """A baseline accepting every finding of ``report`` that is not an agreement: its
    content fingerprint, with the subject and values for a human reader."""
    entries = sorted(
        (
            {"id": f.id, "kind": f.kind.value, "subject": f.subject}
            | {"values": [side.value for side in f.sides]}
            for f in report.findings
            if f.kind is not Kind.AGREEMENT
        ),
        key=lambda e: (str(e["subject"]), str(e["id"])),
    )
    body = {"version": BASELINE_VERSION, "findings": entries}
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def suppress(report: Report, accepted: Collection[str]) -> Report:
    """The report without the findings a baseline accepts (matched by fingerprint)."""
    kept = tuple(f for f in report.findings if f.id not in accepted)
    return _with_findings(report, kept, suppressed=len(report.findings) - len(kept))


def _with_findings(
    report: Report, findings: tuple[Finding, ...], *, suppressed: int = 0, unfocused: int = 0
) -> Report:
    s = report.summary
    summary = s.model_copy(
        update={
            "conflicts": sum(f.kind is Kind.CONFLICT for f in findings),
            "compatible": sum(f.kind is Kind.COMPATIBLE for f in findings),
            "agreements": sum(f.kind is Kind.AGREEMENT for f in findings),
            "suppressed": s.suppressed + suppressed,
            "unfocused": s.unfocused + unfocused,
        }
    )
    return report.model_copy(update={"findings": findings, "summary": summary})
