#!/usr/bin/env bash
# compiled.sh OUT : a copy of src/ in OUT with the figure and claim hot path compiled by
# mypyc (mypy's compiler, already a dev dependency), to measure what compiling would
# give per-file reading (issue 19) without changing how the project is built:
#
#   benchmarks/compiled.sh /tmp/compiled
#   PYTHONPATH=/tmp/compiled/src .venv/bin/python benchmarks/floor.py CORPUS --repeat 1
#
# Nothing in the repository is changed: the copy's modules are compiled in place, and
# Python imports a compiled module (.so) before the .py beside it. Needs a C compiler;
# about 5 minutes on 2 busy cores.
#
# Not compiled: uses.py and wounds.py (mypyc 2.4 stops with an internal error on a loop
# over a slice of ``re.findall``'s list, typed list[Any]), and the modules outside the
# per-figure path (ingest, segment, stories, copies, pipeline, the renderers, ...).
#
# mypyc checks annotations at run time: a value that does not match its annotation is a
# TypeError where Python would go on (readings.py line 91: frozenset | dict keys is a set
# at run time, typed frozenset), so a compiled build must pass the whole test suite and
# the equivalence runs before anyone relies on it.
set -euo pipefail
out=$1
here=$(cd "$(dirname "$0")/.." && pwd)
mypyc=${MYPYC:-$here/.venv/bin/mypyc}
hot_path="actors age_holders ages aspects atoms bounds claims clock crews datelines dates
dating designations elections frame_signal grammar holders identities incidents markets
measure_words measures mentions moments normalize number_words organisations parts periods
phrases quantities readings referents relations results revisions scope series signals
survivors tables tallies tolls units years"
rm -rf "$out"
mkdir -p "$out"
cp -r "$here/src" "$out/"
cd "$out/src"
files=()
for module in $hot_path; do files+=("crosscheck/$module.py"); done
"$mypyc" "${files[@]}" > "$out/build.log" 2>&1
echo "compiled ${#files[@]} modules into $out/src (log: $out/build.log)"
