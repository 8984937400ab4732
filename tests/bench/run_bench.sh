#!/bin/sh
# run_bench.sh -- `make bench`: every figure as a key=value line on stdout,
# and the same figures, with the machine, date and command, in the
# generated section of docs/performance.md (between the bench markers; the
# rest of that page is written by hand).  Never fails on speed.
#
# Environment (from tests/bench/bench.mk): B, BENCH_OPS, BENCH_SOCKETS,
# BENCH_SEED, BENCH_RUNS, BENCH_STYLES, RAGEL_STYLE, BENCH_TRACE_RECORDS,
# BENCH_TRACE_SOCKETS.
set -u
B=${B:-build}
OPS=${BENCH_OPS:-10000000}
SOCKETS=${BENCH_SOCKETS:-10000}
SEED=${BENCH_SEED:-20240601}
RUNS=${BENCH_RUNS:-3}
STYLES=${BENCH_STYLES:-T0 T1 F0 F1 G2}
DEFAULT_STYLE=$(echo "${RAGEL_STYLE:--T0}" | tr -d ' -')
TRACE_RECORDS=${BENCH_TRACE_RECORDS:-8000000}
TRACE_SOCKETS=${BENCH_TRACE_SOCKETS:-2000}
DOC=${BENCH_DOC:-docs/performance.md}

FIG=$B/bench/figures.txt
TRACES=$B/bench/traces
mkdir -p "$TRACES"
: > "$FIG"

emit() {
    echo "$1=$2"
    echo "$1=$2" >> "$FIG"
}
# get KEY FILE: the value of KEY=... in FILE
get() { sed -n "s/^$1=//p" "$2" | head -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
# peak RSS in kB of a command (GNU time), its output discarded
peak_kb() { /usr/bin/time -f "%M" -o "$B/bench/time.out" "$@" > /dev/null 2>&1; tail -1 "$B/bench/time.out"; }

ARGS="--ops $OPS --sockets $SOCKETS --seed $SEED --runs $RUNS"
T=$B/bench/tmp.txt

# 1. Engine (the committed style, gen/), reference model, floor loop.
"$B/bench/bench_engine" --impl engine $ARGS > "$T"
engine=$(get engine_ns_per_input "$T")
emit engine_ns_per_input "$engine"
emit engine_posts "$(get engine_posts "$T")"
if "$B/bench/bench_engine" --impl model $ARGS > "$T" 2>/dev/null; then
    model=$(get model_ns_per_input "$T")
    emit model_ns_per_input "$model"
    emit model_posts "$(get model_posts "$T")"
    emit engine_vs_model "$(ratio "$engine" "$model")"
else
    emit model_ns_per_input "n/a"
    emit engine_vs_model "n/a"
fi
"$B/bench/bench_engine" --impl limit $ARGS > "$T"
limit=$(get limit_ns_per_input "$T")
emit limit_ns_per_input "$limit"
emit engine_vs_limit "$(ratio "$engine" "$limit")"
emit bench_inputs "$OPS"
emit bench_sockets "$SOCKETS"
emit bench_seed "$SEED"

# 2. Each Ragel style: the same engine figure, table bytes, object sizes.
for st in $STYLES; do
    "$B/bench/bench_engine-$st" --impl engine $ARGS --tag "style_$st" > "$T"
    emit "style_${st}_ns_per_input" "$(get "style_${st}_ns_per_input" "$T")"
    "$B/bench/bench_engine-$st" --impl tables --tag "style_$st" > "$T"
    emit "style_${st}_table_bytes" "$(get "style_${st}_table_bytes" "$T")"
    size -A "$B/styles/$st/fdp_engine.o" > "$T"
    emit "style_${st}_text_bytes" "$(awk '$1 == ".text" { print $2 }' "$T")"
    emit "style_${st}_rodata_bytes" "$(awk '$1 ~ /^\.rodata/ { s += $2 } END { print s + 0 }' "$T")"
done
emit default_style "$DEFAULT_STYLE"

# 3. Memory: the state of one socket, and a million of them.
"$B/bench/bench_engine" --rss 1000000 > "$T"
emit state_bytes "$(get state_bytes "$T")"
emit rss_1m_sockets_bytes "$(get engine_rss_bytes "$T")"
emit rss_1m_sockets_bytes_per_socket "$(get engine_rss_bytes_per_socket "$T")"
if "$B/bench/bench_engine" --rss 1000000 --impl model > "$T" 2>/dev/null; then
    emit model_state_bytes "$(get model_state_bytes "$T")"
fi

# 4. fdpost check on a generated trace, against wc -l; peak RSS at two lengths.
BIG=$TRACES/check-$TRACE_RECORDS.fdt
SMALL_RECORDS=$((TRACE_RECORDS / 8))
SMALL=$TRACES/check-$SMALL_RECORDS.fdt
[ -s "$BIG" ] || "$B/bench/gen_trace" --records "$TRACE_RECORDS" --sockets "$TRACE_SOCKETS" > "$BIG"
[ -s "$SMALL" ] || "$B/bench/gen_trace" --records "$SMALL_RECORDS" --sockets "$TRACE_SOCKETS" > "$SMALL"
bytes=$(wc -c < "$BIG")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
emit check_trace_mb "$mb"
emit check_trace_records "$TRACE_RECORDS"
if "$B/fdpost" check --help > /dev/null 2>&1; then
    wc -l "$BIG" > /dev/null                     # both read from the page cache
    best_wc=999999
    for i in 1 2 3; do
        t0=$(now); wc -l "$BIG" > /dev/null; t1=$(now)
        best_wc=$(awk -v a="$best_wc" -v b="$(elapsed "$t0" "$t1")" 'BEGIN { print (b < a) ? b : a }')
    done
    /usr/bin/time -f "%e %M" -o "$B/bench/time.out" "$B/fdpost" check "$BIG" > "$T" 2>&1; rc=$?
    check_s=$(tail -1 "$B/bench/time.out" | cut -d' ' -f1)
    big_kb=$(tail -1 "$B/bench/time.out" | cut -d' ' -f2)
    emit check_verdict "$( [ $rc = 0 ] && echo conforms || echo "exit-$rc" )"
    emit check_s "$check_s"
    emit wc_s "$best_wc"
    emit check_mb_per_s "$(awk -v b="$bytes" -v t="$check_s" 'BEGIN { printf "%.1f", b / 1e6 / t }')"
    emit wc_mb_per_s "$(awk -v b="$bytes" -v t="$best_wc" 'BEGIN { printf "%.1f", b / 1e6 / t }')"
    emit check_vs_wc "$(ratio "$check_s" "$best_wc")"
    # A second yardstick that reads every line as records: awk counting them.
    t0=$(now); awk 'END { print NR }' "$BIG" > /dev/null; t1=$(now)
    awk_s=$(elapsed "$t0" "$t1")
    emit awk_s "$awk_s"
    emit check_vs_awk "$(ratio "$check_s" "$awk_s")"
    emit check_peak_rss_kb_small "$(peak_kb "$B/fdpost" check "$SMALL")"
    emit check_peak_rss_kb_small_records "$SMALL_RECORDS"
    emit check_peak_rss_kb_big "$big_kb"
else
    emit check_mb_per_s "n/a"
    emit check_vs_wc "n/a"
fi

# 5. fdpost verify, both profiles.
if "$B/fdpost" verify --help > /dev/null 2>&1; then
    for p in spec windows; do
        t0=$(now); "$B/fdpost" verify --profile $p > "$T" 2>&1; rc=$?; t1=$(now)
        emit "verify_s_$p" "$(elapsed "$t0" "$t1")"
        emit "verify_exit_$p" "$rc"
    done
else
    emit verify_s_spec "n/a"
    emit verify_s_windows "n/a"
fi

# The machine, the date, the command.
cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
cores=$(nproc)
date=$(date -u +%Y-%m-%dT%H:%MZ)
cc_version=$(${CC:-cc} --version 2>/dev/null | head -1)

[ -f "$DOC" ] || printf '# Performance\n\n<!-- bench:begin -->\n<!-- bench:end -->\n' > "$DOC"
{
    echo "<!-- bench:begin -->"
    echo "## Figures (generated by \`make bench\`: do not edit this section)"
    echo
    echo "- command: \`make bench\` (tests/bench/run_bench.sh; BENCH_OPS=$OPS BENCH_SOCKETS=$SOCKETS BENCH_SEED=$SEED BENCH_RUNS=$RUNS, best of the runs)"
    echo "- machine: $cpu, $cores cores; $cc_version"
    echo "- date: $date"
    echo
    echo '```'
    cat "$FIG"
    echo '```'
    echo
    echo "| style | ns/input | table bytes | .text | .rodata |"
    echo "|---|---|---|---|---|"
    for st in $STYLES; do
        echo "| -$st | $(get "style_${st}_ns_per_input" "$FIG") | $(get "style_${st}_table_bytes" "$FIG") | $(get "style_${st}_text_bytes" "$FIG") | $(get "style_${st}_rodata_bytes" "$FIG") |"
    done
    echo "<!-- bench:end -->"
} > "$B/bench/section.md"
awk -v sect="$B/bench/section.md" '
    /^<!-- bench:begin -->/ { while ((getline l < sect) > 0) print l; skip = 1; next }
    /^<!-- bench:end -->/ { skip = 0; next }
    !skip { print }' "$DOC" > "$B/bench/performance.md.new" && mv "$B/bench/performance.md.new" "$DOC"
echo "bench: figures in $DOC"
