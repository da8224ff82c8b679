"""`crosscheck claims`: every claim read, as text or JSON, from files or stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parent.parent


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crosscheck", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=ROOT,
        check=False,
    )


def test_stdin_range_in_dollars() -> None:
    done = _cli(
        "claims",
        "-",
        "--format",
        "json",
        stdin="It earned anywhere from US$1.7 billion to $5.5 billion.\n",
    )
    assert done.returncode == 0, done.stderr
    claims = json.loads(done.stdout)["claims"]
    assert len(claims) == 1
    q = claims[0]["quantity"]
    assert (q["low"], q["high"], q["bound"], q["currency"], q["value"]) == (
        1.7e9,
        5.5e9,
        "range",
        "USD",
        None,
    )
    assert claims[0]["source"] == "-"
    assert claims[0]["sentence"][claims[0]["column"] - 1 :].startswith(q["text"])


def test_json_matches_its_schema_and_is_deterministic() -> None:
    first = _cli("claims", "seeds", "--format", "json")
    second = _cli("claims", "seeds", "--format", "json")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    schema = json.loads(_cli("schema", "claims").stdout)
    document = json.loads(first.stdout)
    jsonschema.validate(document, schema)
    paths = {c["source"] for c in document["claims"]}
    assert len(paths) == 5


def test_provenance_points_at_the_figure(tmp_path: Path) -> None:
    text = "Intro line.\n\nOfficials said 11,000 troops\nhad crossed the border.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    done = _cli("claims", str(tmp_path / "a.txt"), "--format", "json")
    (claim,) = json.loads(done.stdout)["claims"]
    assert text[claim["start"] : claim["end"]] == "11,000"
    assert (claim["line"], claim["column"]) == (3, 16)
    assert claim["counted"] == "troops"
    assert claim["quantity"]["counted"] == "troops"


def test_text_format_shows_place_and_reading(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Up to 12,000 soldiers were sent.\n", encoding="utf-8")
    done = _cli("claims", str(tmp_path / "a.md"))
    assert done.returncode == 0
    assert "a.md:1" in done.stdout
    assert "'Up to 12,000' | amount | upper" in done.stdout
    assert "1 claim in 1 source" in done.stdout


def test_missing_path_is_one_line_exit_2() -> None:
    done = _cli("claims", "no/such/file.txt")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "no/such/file.txt" in done.stderr
