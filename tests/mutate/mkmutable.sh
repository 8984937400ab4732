#!/bin/sh
# mkmutable.sh GEN OUT: a copy of the generated machines whose transition
# target tables (_X_trans_targs) are writable, for `make mutate`, plus a
# registry of the machines (fdp_mu_machines[]) and a relevance table that
# runs every machine on every symbol (a mutant may make a machine react to
# a symbol the committed gen/fdp_relevance.h says it ignores).  Nothing else
# changes: with the tables unpatched the engine behaves as the default build.
# Works whatever table style RAGEL_STYLE picks, as long as the style has a
# _X_trans_targs table (-T0, -T1, -F0, -F1; not the goto styles).
set -eu
gen=$1 out=$2
mkdir -p "$out/windows"
mutable() {
    sed 's/^static const \([a-z ]*\) \(_[a-z_0-9]*_trans_targs\)\[\]/static \1 \2[]/' "$1" > "$2"
    grep -q '^static [a-z ]* _[a-z_0-9]*_trans_targs\[\]' "$2" ||
        { echo "mkmutable: $1 has no _trans_targs table (goto style?)" >&2; exit 1; }
}
machines=$(sed -n 's/^#include "\(.*\)\.c"$/\1/p' "$gen/fdp_machines.h")
for m in $machines; do mutable "$gen/$m.c" "$out/$m.c"; done
{
    echo '#include "fdp_mu.h"'
    cat "$gen/fdp_machines.h"
    echo
    echo "/* tests/mutate/mkmutable.sh: the machines, their target tables writable. */"
    echo "const fdp_mu_machine fdp_mu_machines[] = {"
    for m in $machines; do
        case $m in windows/*) n=${m#windows/}_windows ;; *) n=$m ;; esac
        echo "    { \"$n\", ${n}_step, &${n}_start, (void *)_${n}_trans_targs,"
        echo "      sizeof _${n}_trans_targs[0],"
        echo "      sizeof _${n}_trans_targs / sizeof _${n}_trans_targs[0] },"
    done
    echo "    { 0, 0, 0, 0, 0, 0 }"
    echo "};"
} > "$out/fdp_machines.h"
{
    echo "/* tests/mutate/mkmutable.sh: every machine runs on every symbol. */"
    echo "static const uint16_t fdp_relevance[FDP_PROFILES][FDP_SYM_MAX + 1] = {"
    n=$(sed -n 's/^#define FDP_SYM_MAX \([0-9]*\).*/\1/p' "$gen/fdp_alphabet.h")
    row=$(seq 0 "$n" | sed 's/.*/0x3FF/' | paste -sd, -)
    echo "    { $row },"
    echo "    { $row },"
    echo "};"
} > "$out/fdp_relevance.h"
