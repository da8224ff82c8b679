"""SARIF 2.1.0: conflicts and compatible findings as results, for code-scanning tools.

One run whose driver is crosscheck, with two rules: ``conflict`` (level ``error``) and
``compatible`` (level ``note``). Agreements are not results: SARIF reports problems. Each
result is located at the first claim of the odd one out (the side with the fewest
independent sources, as the GitHub annotations are); every other claim of the finding is a
related location whose message says which value it states. The finding's content
fingerprint is the result's partial fingerprint, so a result keeps its identity across runs.

Locations: ``region`` is the figure as written (start line and column, and end column when
the figure sits on one line), and ``contextRegion`` holds the whole sentence as its
snippet. Columns count Unicode code points (``columnKind``), as crosscheck does. Output is
indented JSON, byte-identical for identical input.
"""

from __future__ import annotations

import json
from posixpath import normpath
from urllib.parse import quote

from crosscheck import __version__
from crosscheck.models import ClaimOut, Finding, Kind, Report
from crosscheck.render.github import anchor_index

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "crosscheckFinding/v1"

_RULES: dict[Kind, dict[str, object]] = {
    Kind.CONFLICT: {
        "id": "conflict",
        "name": "NumericConflict",
        "shortDescription": {"text": "Sources state figures for the same claim that disagree."},
        "fullDescription": {
            "text": "Independent reports give values for the same counted thing that cannot "
            "both be true, even allowing for hedges, bounds and rounding."
        },
        "defaultConfiguration": {"level": "error"},
        "help": {"text": "Check the figure against the other sources and correct or attribute it."},
    },
    Kind.COMPATIBLE: {
        "id": "compatible",
        "name": "NumericDifferenceExplained",
        "shortDescription": {
            "text": "Sources state different figures that hedges, bounds or rounding reconcile."
        },
        "fullDescription": {
            "text": "The figures differ as written, but an approximate figure, a bound or the "
            "rounding of one of them allows the other."
        },
        "defaultConfiguration": {"level": "note"},
        "help": {"text": "Consider whether the wording makes the difference clear to a reader."},
    },
}
_RULE_INDEX = {kind: i for i, kind in enumerate(_RULES)}
_LEVEL = {Kind.CONFLICT: "error", Kind.COMPATIBLE: "note"}  # as the rules' defaults


def render_sarif(report: Report) -> str:
    """The report as a SARIF 2.1.0 log (indented JSON, trailing newline)."""
    labels = {story.id: story.label for story in report.stories}
    results = [_result(f, labels.get(f.story, "")) for f in report.findings if f.kind in _RULES]
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "crosscheck",
                        "version": __version__,
                        "rules": list(_RULES.values()),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def artifact_uri(path: str) -> str:
    """A source path as a URI reference: forward slashes, relative as given, and
    percent-encoded where a path character is not allowed in a URI.

    >>> artifact_uri("news/a b.txt")
    'news/a%20b.txt'
    >>> artifact_uri("./x:y,z.txt")
    'x%3Ay%2Cz.txt'
    """
    path = normpath(path.replace("\\", "/"))
    uri = quote(path, safe="/")
    return "file://" + uri if path.startswith("/") else uri


def _result(finding: Finding, story_label: str) -> dict[str, object]:
    at = anchor_index(finding)
    main = finding.claims[at]
    value_of = {i: side.value for side in finding.sides for i in side.claims}
    related = [
        {
            "id": i,
            "physicalLocation": _physical(claim),
            "message": {"text": f"states {value_of.get(i, claim.quantity.text)}"},
        }
        for i, claim in enumerate(finding.claims)
        if i != at
    ]
    result: dict[str, object] = {
        "ruleId": _RULES[finding.kind]["id"],
        "ruleIndex": _RULE_INDEX[finding.kind],
        "level": _LEVEL[finding.kind],
        "message": {"text": f"{finding.reason} (story {finding.story}: {story_label})"},
        "locations": [{"physicalLocation": _physical(main)}],
    }
    if related:
        result["relatedLocations"] = related
    result["partialFingerprints"] = {FINGERPRINT_KEY: finding.id}
    result["properties"] = {
        "severity": finding.severity.value,
        "subject": finding.subject,
        "story": finding.story,
        "storyLabel": story_label,
    }
    return result


def _physical(claim: ClaimOut) -> dict[str, object]:
    figure = claim.quantity.text
    region: dict[str, object] = {"startLine": claim.line, "startColumn": claim.column}
    if "\n" not in figure and claim.end > claim.start:
        region["endColumn"] = claim.column + (claim.end - claim.start)
    region["snippet"] = {"text": figure}
    return {
        "artifactLocation": {"uri": artifact_uri(claim.source)},
        "region": region,
        "contextRegion": {"startLine": claim.line, "snippet": {"text": claim.sentence}},
    }
