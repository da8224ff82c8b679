"""Fuzz the quantity reader, the date reader and the segmenter for a while (run by hand).

    python benchmarks/fuzz.py --minutes 10

Hypothesis generates text from news-like tokens, raw Unicode and adversarial runs; every
reader must return spans that slice back to their text and never raise. Prints the number
of examples run and any failure (with its input) and exits 1 on a failure.
"""

from __future__ import annotations

import argparse
import sys
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.dates import read_dates
from crosscheck.ingest import load_source
from crosscheck.models import Sentence, Source
from crosscheck.quantities import read_quantities
from crosscheck.segment import split_sentences
from crosscheck.settings import Settings

TOKENS = [
    *"0123456789 ,.-\u2013\u2014/:$€£¥%()[]'\"\n\t",
    *("about ", "up to ", "at least ", "between ", " and ", "from ", " to ", "some "),
    *("million", "billion", "bn", "k", "thousand", "half a ", "a quarter of a ", "dozens of "),
    *("US$", "A$", "NZ$", "troops", "killed", "per day", "a year", "percent", "pct", "km"),
    *("June 2024", "mid-", "Q3 ", "Oct. ", "late ", "10:30 p.m.", "aged ", "-year-old"),
    *("Su-34", "F-16", "COVID-19", "155mm", "Tu-95MS", "U.S. ", "Dr. ", "No. ", "e.g. "),
    *("\u200b", "\u00a0", "\ufeff", "\u2028", "Ã©", "\x00"),
]
TEXT = st.one_of(
    st.lists(st.sampled_from(TOKENS), max_size=120).map("".join),
    st.text(max_size=300),
    st.builds(
        lambda unit, n: unit * n,
        st.sampled_from(["1,", "9", "1-", "$", "June "]),
        st.integers(1, 3000),
    ),
)


def _sentence(text: str) -> Sentence:
    return Sentence(source="-", index=0, start=0, end=len(text), line=1, column=1, text=text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args()
    deadline = time.monotonic() + args.minutes * 60
    count = 0

    @settings(
        max_examples=2000,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(TEXT)
    def readers(text: str) -> None:
        nonlocal count
        if time.monotonic() > deadline:
            return
        count += 1
        for q in (*read_quantities(_sentence(text), text), *read_dates(_sentence(text), text)):
            assert text[q.start : q.end] == q.text, (text, q)
        source = load_source("fuzz.txt", text.encode("utf-8", "surrogatepass"), Settings())
        if isinstance(source, Source):
            for s in split_sentences(source):
                assert 0 <= s.start <= s.end <= len(source.text)

    started = time.monotonic()
    try:
        while time.monotonic() < deadline:
            readers()
    except Exception as error:  # report the falsifying example hypothesis printed
        print(f"FAILED after {count} examples: {error!r}")
        return 1
    print(f"ok: {count} examples in {time.monotonic() - started:.0f} s, no failure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
