"""The JSON report, claim list and story list: byte-identical for identical input."""

from __future__ import annotations

import json

from crosscheck.models import Record, Report


def render_json(report: Record) -> str:
    """The report (or claim or story list) as indented JSON with a trailing newline."""
    return report.model_dump_json(indent=2) + "\n"


def schema(model: type[Record] = Report) -> str:
    """The JSON Schema of a report record, generated from the pydantic models."""
    return json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"
