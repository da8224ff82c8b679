"""Write ``things.txt``: the English nouns that never name a person or a group of people.

Run by hand, not at run time: ``python -m crosscheck.lexicon.make_things DATA_NOUN``, where
DATA_NOUN is WordNet 3.0's ``data.noun`` (the Debian package ``wordnet-base`` installs it as
``/usr/share/wordnet/data.noun``). A noun is a *thing* when WordNet files every sense of it
under a lexicographer file other than ``noun.person`` and ``noun.group``:
"farm" (an artifact), "shooting" (an act), "county" (a location) are things; "victim",
"family" and "crew" are not, nor is a word WordNet also writes with a capital ("Ukrainian"
is a language there, "Ukrainians" people here), nor one WordNet does not hold
("concertgoers" stays unknown). ``phrases.combine`` reads it: "killing spree at two
mushroom farms" counts farms, not the dead.
"""

from __future__ import annotations

import sys
from pathlib import Path

# WordNet's lexicographer files (lexnames(5WN)): 14 noun.group, 18 noun.person.
_NOT_THINGS = frozenset({14, 18})
_TOPS = 3
# noun.Tops holds the unique beginners ("location", "object", "act"): things, but for the
# synsets of people and groups ("person, individual, someone, somebody, mortal", "group,
# grouping", "organism, being").
_TOPS_OF_PEOPLE = frozenset({"person", "group", "organism"})

NOTICE = """\
# Nouns that never name a person or a group of people: derived from WordNet 3.0
# (crosscheck.lexicon.make_things, from data.noun). One lower-case word per line.
#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT
# LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
# ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE,
# DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
# TRADEMARKS OR OTHER RIGHTS.
"""


def things(data_noun: str) -> list[str]:
    """The sorted single-word nouns of ``data_noun`` with no person or group sense."""
    files: dict[str, set[int]] = {}
    for line in data_noun.splitlines():
        if not line or line.startswith(" "):
            continue  # the license header
        fields = line.split()
        lexfile, count = int(fields[1]), int(fields[3], 16)
        lemmas = [fields[4 + 2 * k].split("(")[0] for k in range(count)]  # "long(a)": a marker
        if lexfile == _TOPS and _TOPS_OF_PEOPLE & set(lemmas):
            lexfile = 18
        for word in lemmas:
            if word.isalpha():
                # a capitalised lemma ("Ukrainian", a language; "China") marks the word
                # as a name's: never a thing ("Ukrainians" are people)
                files.setdefault(word.lower(), set()).add(lexfile if word.islower() else 18)
    return sorted(w for w, f in files.items() if not f & _NOT_THINGS)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python -m crosscheck.lexicon.make_things DATA_NOUN\n")
        return 2
    words = things(Path(argv[0]).read_text(encoding="latin-1"))
    out = Path(__file__).with_name("things.txt")
    out.write_text(NOTICE + "\n".join(words) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
