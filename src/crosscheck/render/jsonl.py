"""JSON Lines: a line per story, a line per finding, then a summary line; byte-identical
for identical input.

Each story line is the :class:`~crosscheck.models.Story` JSON after a ``"type": "story"``
key (findings name their story by its id). Each finding line is the
:class:`~crosscheck.models.Finding` JSON (as in ``--format json``) after a ``"type":
"finding"`` key; the last line is ``{"type": "summary", ...}`` with the
:class:`~crosscheck.models.Summary` fields and the report ``version``. Every finding kind is
written (conflict, compatible, agreement): consumers filter on ``kind``. Lines are compact
and keep the models' field order, so a stream can be read with ``jq -c`` or line by line.
"""

from __future__ import annotations

import json

from crosscheck.models import Report


def render_jsonl(report: Report) -> str:
    """The findings, then the summary, one JSON object per line, each ending in a newline."""
    lines = [_dumps({"type": "story", **s.model_dump(mode="json")}) for s in report.stories]
    lines += [_dumps({"type": "finding", **f.model_dump(mode="json")}) for f in report.findings]
    summary = {"type": "summary", **report.summary.model_dump(mode="json")}
    summary["version"] = report.version
    lines.append(_dumps(summary))
    return "".join(line + "\n" for line in lines)


# Characters that json.dumps leaves raw with ensure_ascii=False but that some line readers
# (Python's str.splitlines, JavaScript before ES2019) take as line ends: written as \uXXXX.
_LINE_ENDS = str.maketrans({c: f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"})


def _dumps(record: dict[str, object]) -> str:
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return text.translate(_LINE_ENDS)  # they can only occur inside strings
