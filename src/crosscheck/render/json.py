"""The JSON report (version 1): byte-identical for identical input."""

from __future__ import annotations

import json

from crosscheck.models import Report


def render_json(report: Report) -> str:
    """The report as indented JSON with a trailing newline."""
    return report.model_dump_json(indent=2) + "\n"


def schema() -> str:
    """The JSON Schema of the report, generated from the pydantic models."""
    return json.dumps(Report.model_json_schema(), indent=2, sort_keys=True) + "\n"
