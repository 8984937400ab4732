#!/bin/sh
# SPDX-License-Identifier: MIT
# mkmutable.sh GEN OUT: a copy of the generated machines for `make mutate`
# whose dense table (gen/fdp_dense.h, the one the engine runs) is writable,
# with fdp_mu_dense, the harness's handle on it.  Nothing else changes: with
# the table unpatched the engine behaves as the default build (its hook
# build runs every machine on every symbol: a mutant may make a machine
# react to a symbol the committed relevance says it ignores).
set -eu
gen=$1 out=$2
mkdir -p "$out/windows"
for f in "$gen"/*.c "$gen"/*.h "$gen"/windows/*.c; do
    cp "$f" "$out/${f#"$gen"/}"
done
sed 's/^static const fdp_dense_cell fdp_dense\[/static fdp_dense_cell fdp_dense[/' \
    "$gen/fdp_dense.h" > "$out/fdp_dense.h"
grep -q '^static fdp_dense_cell fdp_dense\[' "$out/fdp_dense.h" ||
    { echo "mkmutable: $gen/fdp_dense.h has no fdp_dense table" >&2; exit 1; }
{
    echo
    echo "/* tests/mutate/mkmutable.sh: the table, writable, for the harness. */"
    echo "const fdp_mu_table fdp_mu_dense = {"
    echo "    &fdp_dense[0][0], FDP_DENSE_ROWS, FDP_DENSE_COLS,"
    echo "    FDP_DENSE_NEXT_BITS, &fdp_dense_why[0][0], fdp_dense_effects"
    echo "};"
} >> "$out/fdp_dense.h"
