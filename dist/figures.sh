#!/bin/sh
# SPDX-License-Identifier: MIT
# figures: the table of README.md's "Figures" section, its measured rows made
# again from the built tools, so that a number typed by hand cannot go stale
# unseen.
#
#   sh dist/figures.sh print README.md   the table as it should read
#   sh dist/figures.sh write README.md   the same, put between the markers
#                                        <!-- figures: make figures --> and
#                                        <!-- /figures -->; nothing else changes
#   sh dist/figures.sh check README.md   exit 1, naming the row, when a measured
#                                        row differs from README.md's
#
# It reads what dist/docs.mk leaves in $FIG: info.txt (`fdpost info`),
# verify.txt (`fdpost verify`), unit.txt (the unit suites' run) and
# coverage.txt (`fdp_mutate coverage`); the tests and vectors it counts in
# the tree.  The long campaigns (mutation, fuzzing, bench, live soak, load,
# demo, make check's time) are not re-run: their rows are copied from
# README.md as they are, but for mutation once `make mutate` has left its
# output in $MUTATE (empty: none).
set -eu
B=${B:-build}
FIG=${FIG:-$B/figures}
MUTATE=${MUTATE-$B/mutate/mutate.txt}
BEGIN_MARK='<!-- figures: make figures -->'
END_MARK='<!-- /figures -->'

die() {
    echo "figures: $*" >&2
    exit 1
}
[ $# = 2 ] || die "usage: sh dist/figures.sh print|write|check README.md"
mode=$1 readme=$2
case $mode in print | write | check) ;; *) die "no mode $mode" ;; esac
[ -f "$readme" ] || die "no $readme"
for f in info verify unit coverage; do
    [ -f "$FIG/$f.txt" ] || die "no $FIG/$f.txt: run \`make figures\`"
done
# Exactly one of each marker, in order: else the table has no safe bounds.
b=$(grep -nxF "$BEGIN_MARK" "$readme" | cut -d: -f1)
e=$(grep -nxF "$END_MARK" "$readme" | cut -d: -f1)
case "$b $e" in
*[!0-9\ ]* | " "* | *" ") die "$readme needs one line $BEGIN_MARK and one $END_MARK" ;;
esac
[ "$b" -lt "$e" ] || die "$readme: $BEGIN_MARK comes after $END_MARK"

# Numbers as the README writes them: 162936 -> 162,936.
COMMAS='function commas(n, s) {
    s = ""
    while (length(n) > 3) {
        s = "," substr(n, length(n) - 2) s
        n = substr(n, 1, length(n) - 3)
    }
    return n s
}'

count() {
    n=0
    for f in "$@"; do [ -e "$f" ] && n=$((n + 1)); done
    echo $n
}

measured() {
    # fdpost info: the state a socket costs and the machines per profile.
    awk "$COMMAS"'
    BEGIN { split("one two three four five six seven eight nine ten eleven twelve", w, " ") }
    /^profile=/ { p = substr($0, 9); prof[++np] = p; next }
    /^  FD_/ { mach[p]++; next }
    /^  total / {
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[p, kv[1]] = kv[2] }
        next
    }
    /^dense_table_bytes=/ { dense = substr($0, 19) }
    /^state_bytes=/ { sb = substr($0, 13) }
    END {
        if (!np || sb == "" || dense == "") exit 1
        per = ""
        for (i = 1; i <= np; i++) {
            p = prof[i]
            if (v[p, "states"] == "" || v[p, "table_bytes"] == "") exit 1
            if (mach[p] != mach[prof[1]]) exit 1
            per = per (i > 1 ? ", " p " " v[p, "states"] " (" commas(v[p, "table_bytes"]) ")" \
                             : p " " v[p, "states"] " reachable states (" commas(v[p, "table_bytes"]) " table bytes)")
        }
        n = mach[prof[1]]
        printf "| per-socket state | %s bytes, no allocation | `fdpost info` |\n", sb
        printf "| machines | %s per profile; %s; one dense table of %s bytes at run time | `fdpost info` |\n",
            ((n in w) ? w[n] : n), per, commas(dense)
    }' "$FIG/info.txt" || die "cannot read $FIG/info.txt (fdpost info)"

    # fdpost verify: counts only; its times vary from run to run.
    awk "$COMMAS"'
    $1 == "verify:" { lines++ }
    $1 == "verify:" && $4 == "states," && $6 == "transitions," && $7 == "equivalent," &&
    $9 == "properties" && $10 == "hold" {
        p = $2; sub(/:$/, "", p)
        s = s (n ? "; " : "") sprintf("%s: %s states, %.1f M transitions", p, commas($3), $5 / 1e6)
        props = props (n ? ", " $8 " for " p : $8 " checked for " p)
        n++
    }
    END {
        if (!n || n != lines) exit 1
        printf "| equivalence with the reference model | %s; equivalent; every safety property holds (%s) | `make verify` (a few seconds per profile) |\n",
            s, props
    }' "$FIG/verify.txt" || die "cannot read $FIG/verify.txt (fdpost verify)"

    # The unit suites: tests in the sources, checks as Check counts them.
    tests=$(grep -h '^START_TEST' tests/unit/*.c | wc -l | tr -d ' ')
    checks=$(sed -n 's/^.*Checks: \([0-9]*\), Failures: 0, Errors: 0$/\1/p' "$FIG/unit.txt" | tail -n 1)
    [ -n "$checks" ] || die "cannot read $FIG/unit.txt (the unit suites)"
    printf '| unit suites | %s tests, %s checks (per profile where they differ), plain, ASan+UBSan, valgrind | `make check-unit check-unit-san memcheck` |\n' \
        "$(echo "$tests" | awk "$COMMAS"' { print commas($1) }')" \
        "$(echo "$checks" | awk "$COMMAS"' { print commas($1) }')"

    hand=$(count tests/vectors/spec/*.fdt tests/vectors/windows/*.fdt)
    made=$(count tests/vectors/coverage/*/*.fdt)
    echo "$hand $made" | awk "$COMMAS"' {
        printf "| conformance vectors | %s files: %s written by hand per rule and scenario, %s generated for coverage and mutants ([why they can be trusted](tests/vectors/coverage/README.md)); each run plain and with ASan+UBSan | `make check-vectors` |\n",
            commas($1 + $2), commas($1), commas($2)
    }'

    # The last line of check-coverage; the others must all be unreachable.
    sed -n 's/^coverage: total exercised \([0-9]*\) of \([0-9]*\) transitions.* of the other \([0-9]*\), \([0-9]*\) are unreachable .*/\1 \2 \3 \4/p' \
        "$FIG/coverage.txt" | tail -n 1 | awk "$COMMAS"'
    NF == 4 && $3 == $4 {
        printf "| transition coverage | %s of %s transitions exercised by the vectors; the %s others unreachable from the API (listed) | `make coverage` |\n",
            commas($1), commas($2), commas($3)
        ok = 1
    }
    END { exit !ok }' || die "cannot read $FIG/coverage.txt (fdp_mutate coverage)"
}

# The mutation row from the last finished `make mutate`, if any.
mutation() {
    [ -n "$MUTATE" ] && [ -f "$MUTATE" ] || return 0
    awk "$COMMAS"'
    /^mutate: [0-9]* killed by the vectors/ {
        vec = $2; ver = $0; t = $(NF - 1)
        sub(/ by verify only.*/, "", ver); sub(/.* /, "", ver); sub(/^\(/, "", t)
    }
    /^mutants: killed [0-9]* of [0-9]* / { k = $3; n = $5; eq = $6; sub(/^\(/, "", eq) }
    END {
        if (vec == "" || k == "") exit
        rest = n - k == eq ? sprintf("the %s others proven equivalent", commas(eq)) \
                           : sprintf("%s not killed, %s of them proven equivalent", commas(n - k), commas(eq))
        printf "| mutation score | killed %s of %s single-point mutants of the tables (%s by the vectors, %s by verify only); %s | `make mutate` (%s s on the last run) |\n",
            commas(k), commas(n), commas(vec), commas(ver), rest, commas(sprintf("%d", t + 0.5))
    }' "$MUTATE"
}

# README.md's rows between the markers, header and separator aside.
readme_rows() {
    sed -n "$((b + 1)),$((e - 1))p" "$readme" | grep '^| ' | grep -v '^| what |' || true
}

# The check compares what is measured here, never a campaign's output.
[ "$mode" = check ] && MUTATE=
mkdir -p "$FIG"
new=$FIG/$mode.measured
old=$FIG/$mode.readme
table=$FIG/$mode.table
measured > "$new"
readme_rows > "$old"
mutation > "$FIG/$mode.mutation"

# The table: README.md's rows in its order, each measured one (and
# mutation's, from its output) replaced; a measured row README.md lacks goes
# back among the others, before the first row that comes after it.
{
    echo '| what | figure | command |'
    echo '|---|---|---|'
    awk '
    function name(row, s) { s = row; sub(/^\| /, "", s); sub(/ \|.*/, "", s); return s }
    function missing(before, j) {
        for (j = 1; j < before; j++)
            if (!(order[j] in have) && !done[j]++) print want[order[j]]
    }
    FILENAME == ARGV[1] { want[name($0)] = $0; order[++n] = name($0); idx[name($0)] = n; next }
    FILENAME == ARGV[2] { want[name($0)] = $0; next }
    { rows[++m] = $0; have[name($0)] = 1 }
    END {
        for (i = 1; i <= m; i++) {
            r = name(rows[i])
            missing((r in idx) ? idx[r] : n + 1)
            print (r in want) ? want[r] : rows[i]
        }
        missing(n + 1)
    }' "$new" "$FIG/$mode.mutation" "$old"
} > "$table"

# README.md as `write` leaves it: the lines outside the markers as they are,
# the table between them.
awk -v b="$b" -v e="$e" -v table="$table" '
    NR == b { print; print ""; while ((getline l < table) > 0) print l; print ""; next }
    NR > b && NR < e { next }
    { print }' "$readme" > "$FIG/$mode.new"

case $mode in
print)
    cat "$table"
    ;;
write)
    if cmp -s "$readme" "$FIG/$mode.new"; then
        echo "figures: $readme is up to date"
    else
        cat "$FIG/$mode.new" > "$readme"
        echo "figures: $readme rewritten; review it with git diff"
    fi
    ;;
check)
    # Each measured row by name; then the rest of the table's layout.
    awk -v readme="$readme" '
    function name(row, s) { s = row; sub(/^\| /, "", s); sub(/ \|.*/, "", s); return s }
    FNR == NR { want[name($0)] = $0; order[++n] = name($0); next }
    { have[name($0)] = $0 }
    END {
        for (i = 1; i <= n; i++) {
            r = order[i]
            if (!(r in have)) {
                printf "check-figures: %s has no row \"%s\"\n  measured: %s\n", readme, r, want[r]
                bad++
            } else if (have[r] != want[r]) {
                printf "check-figures: %s: the row \"%s\" is stale\n  written:  %s\n  measured: %s\n",
                    readme, r, have[r], want[r]
                bad++
            }
        }
        if (bad) exit 1
    }' "$new" "$old" || stale=1
    if [ -z "${stale:-}" ] && ! cmp -s "$readme" "$FIG/$mode.new"; then
        echo "check-figures: $readme: the table between the markers is not laid out as \`make figures\` writes it"
        stale=1
    fi
    if [ -n "${stale:-}" ]; then
        echo "check-figures: run \`make figures\` to rewrite the table, then commit $readme"
        exit 1
    fi
    echo "figures: the $(wc -l < "$new" | tr -d ' ') measured rows of $readme match the tools"
    ;;
esac
