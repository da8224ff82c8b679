"""Re-create Gun Violence Archive articles as text files, outside the repository.

The articles are the corpus of the public repository cltl/LongTailQATask
(EventRegistries/GunViolenceArchive/the_violent_corpus/<incident>/<doc>.json). Each file
is a Python pickle of a news item (title, dct, uri, id, content). Downloaded data is
hostile: it is read with an unpickler that builds only that one record class and
``datetime.date``/``datetime.datetime``, and never runs anything else.

    python benchmarks/real/gva.py MIRROR OUT [--incidents FILE] [--layout flat|cases]

MIRROR is the repository's git directory (``fetch`` gives it, e.g.
/work/.mirror/cltl+LongTailQATask/repo). Each article is written as
``<title>\\nPublished: <date>\\n\\n<content>``, the way a user's saved article reads.

* ``--layout flat`` (the default) puts every article in OUT, named by its document id
  (nothing in a name tells its incident), and writes OUT/../<name>-manifest.json mapping
  each file to its incident: the labels of a story-clustering measure.
* ``--layout cases`` writes one folder per incident (OUT/<incident>/<doc>.txt), the
  shape of a labelled case.

``--incidents FILE`` keeps only the incident ids listed in FILE (one per line).
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

CORPUS = "EventRegistries/GunViolenceArchive/the_violent_corpus"


class NewsItem:
    """The one record class the pickles may build: plain attributes, no behaviour."""

    title: str
    content: str
    dct: datetime.date | None
    uri: str
    id: str


class _Restricted(pickle.Unpickler):
    """Builds NewsItem and datetime values only; any other global is refused."""

    _ALLOWED: ClassVar[dict[tuple[str, str], type]] = {
        ("classes", "NewsItem"): NewsItem,
        ("datetime", "date"): datetime.date,
        ("datetime", "datetime"): datetime.datetime,
    }

    def find_class(self, module: str, name: str) -> type:
        try:
            return self._ALLOWED[(module, name)]
        except KeyError:
            raise pickle.UnpicklingError(f"refused global {module}.{name}") from None


def load_item(data: bytes) -> NewsItem:
    item = _Restricted(io.BytesIO(data)).load()
    if not isinstance(item, NewsItem):
        raise pickle.UnpicklingError(f"not a news item: {type(item).__name__}")
    return item


def _git(mirror: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={mirror}", *args], capture_output=True, check=True
    ).stdout


def _blobs(mirror: Path) -> list[tuple[str, str, str]]:
    """(incident, doc id, blob sha) of every article, sorted."""
    listing = _git(mirror, "ls-tree", "-r", "HEAD", "--", CORPUS).decode()
    out = []
    for line in listing.splitlines():
        meta, path = line.split("\t", 1)
        parts = path.split("/")
        if len(parts) < 5 or not parts[-1].endswith(".json"):
            continue
        out.append((parts[-2], parts[-1][: -len(".json")], meta.split()[2]))
    return sorted(out)


def _read_blobs(mirror: Path, shas: list[str]) -> list[bytes]:
    """Every blob's bytes, through one ``git cat-file --batch``."""
    proc = subprocess.run(
        ["git", f"--git-dir={mirror}", "cat-file", "--batch"],
        input="".join(s + "\n" for s in shas).encode(),
        capture_output=True,
        check=True,
    )
    data, pos, out = proc.stdout, 0, []
    for _ in shas:
        header_end = data.index(b"\n", pos)
        size = int(data[pos:header_end].split()[2])
        out.append(data[header_end + 1 : header_end + 1 + size])
        pos = header_end + 1 + size + 1
    return out


def article_text(item: NewsItem) -> str:
    title = " ".join((getattr(item, "title", "") or "").split())
    content = (getattr(item, "content", "") or "").strip()
    dct = getattr(item, "dct", None)
    head = [title] if title else []
    if isinstance(dct, datetime.date):
        head.append(f"Published: {dct.isoformat()[:10]}")
    return "\n".join(head) + "\n\n" + content + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mirror", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--incidents", type=Path)
    parser.add_argument("--layout", choices=("flat", "cases"), default="flat")
    args = parser.parse_args(argv)
    wanted = None
    if args.incidents:
        wanted = {x.strip() for x in args.incidents.read_text().split() if x.strip()}
    blobs = [b for b in _blobs(args.mirror) if wanted is None or b[0] in wanted]
    args.out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, str] = {}
    bad = 0
    contents = _read_blobs(args.mirror, [b[2] for b in blobs])
    for (incident, doc, _), data in zip(blobs, contents, strict=True):
        try:
            item = load_item(data)
        except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError) as e:
            print(f"{incident}/{doc}: skipped: {e}", file=sys.stderr)
            bad += 1
            continue
        if args.layout == "cases":
            target = args.out / incident / f"{doc}.txt"
            target.parent.mkdir(exist_ok=True)
        else:
            # A few articles are filed under two incidents: each copy gets its own name.
            name, n = f"{doc}.txt", 1
            while name in manifest:
                n += 1
                name = f"{doc}-{n}.txt"
            target = args.out / name
            manifest[name] = incident
        target.write_text(article_text(item), encoding="utf-8")
    if args.layout == "flat":
        path = args.out.parent / f"{args.out.name}-manifest.json"
        path.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    print(f"{len(blobs) - bad} articles written to {args.out} ({bad} skipped)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
