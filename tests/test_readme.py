"""Docs that cannot drift: every README example with its output shown ("# ..." lines right
after the command) is run, and prints exactly that."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _examples() -> list[tuple[str, list[str]]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        lines = [line.strip() for line in block.splitlines()]
        for i, line in enumerate(lines):
            if "crosscheck " not in line or line.startswith("#") or "pip install" in line:
                continue
            shown = []
            for after in lines[i + 1 :]:
                if not after.startswith("# "):
                    break
                shown.append(after[2:])
            if shown:
                found.append((line, shown))
    return found


EXAMPLES = _examples()


def test_the_readme_has_examples_with_output() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.skipif(shutil.which("jq") is None, reason="the examples pipe into jq")
@pytest.mark.parametrize(("command", "shown"), EXAMPLES, ids=[c[:60] for c, _ in EXAMPLES])
def test_readme_example_prints_what_the_readme_shows(command: str, shown: list[str]) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        ["bash", "-c", command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert done.stdout.splitlines() == shown
