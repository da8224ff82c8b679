"""Re-create the ECB+ corpus's documents as text files, outside the repository.

    python benchmarks/real/ecb.py MIRROR OUT

MIRROR is the git directory of the public repository cltl/ECB-parser (``fetch`` gives
it); ECB+/<topic>/<topic>_<n>ecb.xml and <topic>_<n>ecbplus.xml hold 982 tokenised news
documents. Each topic has two different events of one kind (two earthquakes, two
shootings): the ``ecb`` documents report one, the ``ecbplus`` documents the other. Each
document is written to OUT/<topic>_<n><kind>.txt (sentences rejoined, one per line), and
OUT/../<name>-manifest.json maps each file to its event, ``<topic>/<kind>``: the labels of
a story-clustering measure. The texts are others' work: never commit them.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)$", re.I)
_NO_SPACE_AFTER = re.compile(r"^[(\[{$]$")


def _git(mirror: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={mirror}", *args], capture_output=True, check=True
    ).stdout


_QUOTES = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}


def detokenise(tokens: list[str]) -> str:
    """Tokens of one sentence as text: no space before closing punctuation or after an
    opening bracket; the tokeniser's quote marks as plain quotes."""
    out = ""
    for token in (_QUOTES.get(t, t) for t in tokens):
        if out and not _NO_SPACE_BEFORE.match(token) and not _NO_SPACE_AFTER.match(out[-1]):
            out += " "
        out += token
    return out


def document_text(xml: bytes) -> str:
    # ElementTree builds no entities from the network and runs nothing; the files are
    # plain token lists.
    root = ET.fromstring(xml)
    sentences: dict[int, list[str]] = {}
    for token in root.iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    return "\n".join(detokenise(sentences[k]) for k in sorted(sentences)) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mirror", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    names = _git(args.mirror, "ls-tree", "-r", "--name-only", "HEAD", "ECB+/").decode()
    docs = sorted(
        n for n in names.splitlines() if re.fullmatch(r"ECB\+/\d+/\d+_\d+ecb(?:plus)?\.xml", n)
    )
    args.out.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for name in docs:
        stem = name.rsplit("/", 1)[1].removesuffix(".xml")
        topic, rest = stem.split("_", 1)
        kind = "ecbplus" if rest.endswith("ecbplus") else "ecb"
        text = document_text(_git(args.mirror, "show", f"HEAD:{name}"))
        (args.out / f"{stem}.txt").write_text(text, encoding="utf-8")
        manifest[f"{stem}.txt"] = f"{topic}/{kind}"
    path = args.out.parent / f"{args.out.name}-manifest.json"
    path.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    print(f"{len(docs)} documents written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
