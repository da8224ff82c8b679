"""Re-create the Reuters-21578 wire stories as text files, outside the repository.

    python benchmarks/real/reuters.py MIRROR OUT [--first N] [--dated]

MIRROR is the git directory of the public repository Arthur-sauvage/Reuter (``fetch``
gives it); its data/reut2-*.sgm files hold the 21,578 stories, 19,043 of them with a
BODY. Each BODY is written to OUT/<NEWID>.txt in NEWID order (``--first N`` keeps the
first N). ``--dated`` puts the title and a ``Published:`` line (from the story's DATE)
above the body, the way a saved wire story reads; without it, only the body is written,
as in the measures of issue 13. The texts are others' work: never commit them.
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

_STORY = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("DATE", "TITLE", "BODY")}


def _git(mirror: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={mirror}", *args], capture_output=True, check=True
    ).stdout


def stories(mirror: Path) -> list[tuple[int, str, str, str]]:
    """(NEWID, date, title, body) of every story with a body, in NEWID order."""
    names = [
        n
        for n in _git(mirror, "ls-tree", "--name-only", "HEAD", "data/").decode().split()
        if re.fullmatch(r"data/reut2-\d{3}\.sgm", n)
    ]
    out = []
    for name in sorted(names):
        raw = _git(mirror, "show", f"HEAD:{name}").decode("latin-1")
        for match in _STORY.finditer(raw):
            fields = {k: p.search(match.group(2)) for k, p in _FIELD.items()}
            if fields["BODY"] is None:
                continue
            text = {k: html.unescape(m.group(1)).strip() if m else "" for k, m in fields.items()}
            body = text["BODY"].removesuffix("Reuter").rstrip().removesuffix("REUTER").rstrip()
            out.append((int(match.group(1)), text["DATE"], text["TITLE"], body))
    return sorted(out)


def _iso(stamp: str) -> str | None:
    try:
        return datetime.strptime(stamp.split(".")[0], "%d-%b-%Y %H:%M:%S").date().isoformat()
    except ValueError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mirror", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--first", type=int)
    parser.add_argument("--dated", action="store_true")
    args = parser.parse_args(argv)
    found = stories(args.mirror)[: args.first]
    args.out.mkdir(parents=True, exist_ok=True)
    for newid, stamp, title, body in found:
        text = body + "\n"
        if args.dated:
            day = _iso(stamp)
            head = [title] + ([f"Published: {day}"] if day else [])
            text = "\n".join(head) + "\n\n" + text
        (args.out / f"{newid:05d}.txt").write_text(text, encoding="utf-8")
    print(f"{len(found)} stories written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
