#!/bin/sh
# SPDX-License-Identifier: MIT
# run_bench.sh -- `make bench`: every figure as a key=value line on stdout
# and in $B/bench/figures.txt; the tracked tree is left as it is
# (tests/bench/bench_doc.sh, `make bench-doc`, writes the figures into
# docs/performance.md).  Never fails on speed: targets are printed beside
# the figures (KEY_target, KEY_met).
#
# Environment (from tests/bench/bench.mk): B, BENCH_OPS, BENCH_SOCKETS,
# BENCH_SEED, BENCH_RUNS, BENCH_IR_OPS, BENCH_TRACE_RECORDS,
# BENCH_TRACE_SOCKETS, BENCH_CHECK_RUNS.
set -u
B=${B:-build}
OPS=${BENCH_OPS:-10000000}
SOCKETS=${BENCH_SOCKETS:-10000}
SEED=${BENCH_SEED:-20240601}
RUNS=${BENCH_RUNS:-5}
IR_OPS=${BENCH_IR_OPS:-300000}
TRACE_RECORDS=${BENCH_TRACE_RECORDS:-8000000}
TRACE_SOCKETS=${BENCH_TRACE_SOCKETS:-2000}
CHECK_RUNS=${BENCH_CHECK_RUNS:-3}

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
min() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b + 0 < a + 0) print b; else print a }'; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
# target KEY VALUE OP BOUND: KEY_target and KEY_met (yes/no)
target() {
    emit "$1_target" "$3$4"
    emit "$1_met" "$(awk -v v="$2" -v op="$3" -v b="$4" 'BEGIN {
        if (v == "n/a" || v == "") { print "n/a"; exit }
        ok = (op == "<=") ? v + 0 <= b + 0 : v + 0 >= b + 0; print ok ? "yes" : "no" }')"
}
# peak RSS in kB of a command (GNU time), its output discarded
peak_kb() { /usr/bin/time -f "%M" -o "$B/bench/time.out" "$@" > /dev/null 2>&1; tail -1 "$B/bench/time.out"; }

ARGS="--ops $OPS --sockets $SOCKETS --seed $SEED --runs 1"
# How busy the machine was: times are only as good as this.
emit load_average "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
T=$B/bench/tmp.txt
IMPLS="engine null"
"$B/bench/bench_engine" --impl model --ops 20000 --sockets 100 --runs 1 > /dev/null 2>&1 &&
    IMPLS="engine model null"

# 1. Time per input: the engine, the model and the do-nothing engine over
#    the same stream, alternating, RUNS rounds; the best of each.
best_engine= best_model= best_null=
r=0
while [ $r -lt "$RUNS" ]; do
    for impl in $IMPLS; do
        "$B/bench/bench_engine" --impl $impl $ARGS > "$T"
        v=$(get "${impl}_ns_per_input" "$T")
        eval "best_$impl=\$(min \"\$best_$impl\" \"$v\")"
        [ $impl = engine ] && posts=$(get engine_posts "$T")
        [ $impl = model ] && mposts=$(get model_posts "$T")
    done
    r=$((r + 1))
done
emit engine_ns_per_input "$best_engine"
emit model_ns_per_input "${best_model:-n/a}"
emit null_ns_per_input "$best_null"
emit engine_posts "$posts"
emit model_posts "${mposts:-n/a}"
# The ratio means something only if both did the same work: a driver whose
# calls the engine refuses and the model takes (a recv returning more than
# it asked) once made the engine look faster doing less.
if [ -n "$mposts" ] && [ "$mposts" != "$posts" ]; then
    echo "bench: the engine posted $posts times and the model $mposts on the same stream:" \
         "they did different work, so engine_vs_model is void" >&2
    exit 1
fi
emit engine_vs_model "$(ratio "$best_engine" "${best_model:-0}")"
target engine_vs_model "$(ratio "$best_engine" "${best_model:-0}")" "<=" 0.8
emit engine_vs_null "$(ratio "$best_engine" "$best_null")"
target engine_vs_null "$(ratio "$best_engine" "$best_null")" "<=" 2.5
emit bench_inputs "$OPS"
emit bench_sockets "$SOCKETS"
emit bench_seed "$SEED"
emit bench_rounds "$RUNS"

# 2. Instructions per input, which a busy machine cannot change: callgrind
#    counting only the driver function (the calls and everything under
#    them) over IR_OPS inputs of the same stream.
if command -v valgrind > /dev/null 2>&1; then
    for impl in $IMPLS; do
        valgrind --tool=callgrind --callgrind-out-file="$B/bench/callgrind.$impl" \
            --toggle-collect="drive_$impl*" "$B/bench/bench_engine" --impl $impl \
            --ops "$IR_OPS" --sockets "$SOCKETS" --seed "$SEED" --runs 1 > /dev/null 2>&1
        ir=$(sed -n 's/^summary: //p' "$B/bench/callgrind.$impl")
        eval "ir_$impl=$(awk -v a="$ir" -v n="$IR_OPS" 'BEGIN { printf "%.1f", a / n }')"
    done
    emit engine_instructions_per_input "$ir_engine"
    emit model_instructions_per_input "${ir_model:-n/a}"
    emit null_instructions_per_input "$ir_null"
    emit engine_vs_model_instructions "$(ratio "$ir_engine" "${ir_model:-0}")"
    emit engine_vs_null_instructions "$(ratio "$ir_engine" "$ir_null")"
    emit instructions_inputs "$IR_OPS"
    emit instructions_tool "callgrind"
else
    emit engine_instructions_per_input "n/a"
    emit instructions_tool "none (no valgrind)"
fi

# The table the engine runs.
"$B/bench/bench_engine" --impl tables > "$T"
emit dense_table_bytes "$(get dense_table_bytes "$T")"
emit dense_rows "$(get dense_rows "$T")"
emit dense_machines "$(get dense_machines "$T")"

# 3. Memory: the state of one socket, and a million of them.
"$B/bench/bench_engine" --rss 1000000 > "$T"
emit state_bytes "$(get state_bytes "$T")"
target state_bytes "$(get state_bytes "$T")" "<=" 40   # with event mode; the goal, 32, is message mode's
emit rss_1m_sockets_bytes "$(get engine_rss_bytes "$T")"
emit rss_1m_sockets_bytes_per_socket "$(get engine_rss_bytes_per_socket "$T")"
if "$B/bench/bench_engine" --rss 1000000 --impl model > "$T" 2>/dev/null; then
    emit model_state_bytes "$(get model_state_bytes "$T")"
fi

# 4. fdpost check on a generated trace, against wc -l, awk and the trace
#    reader alone (bench_reader: no replay), alternating, CHECK_RUNS rounds,
#    the best of each; --jobs 2 on two traces against one; peak RSS at two
#    lengths.
BIG=$TRACES/check-$TRACE_RECORDS.fdt
SMALL_RECORDS=$((TRACE_RECORDS / 8))
SMALL=$TRACES/check-$SMALL_RECORDS.fdt
[ -s "$BIG" ] || "$B/bench/gen_trace" --records "$TRACE_RECORDS" --sockets "$TRACE_SOCKETS" > "$BIG"
[ -s "$SMALL" ] || "$B/bench/gen_trace" --records "$SMALL_RECORDS" --sockets "$TRACE_SOCKETS" > "$SMALL"
bytes=$(wc -c < "$BIG")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
emit check_trace_mb "$mb"
emit check_trace_records "$TRACE_RECORDS"
# timed CMD...: the seconds it took (its output discarded)
timed() { t0=$(now); "$@" > /dev/null 2>&1; t1=$(now); elapsed "$t0" "$t1"; }
if "$B/fdpost" check --help > /dev/null 2>&1; then
    "$B/fdpost" check "$BIG" > "$T" 2>&1; rc=$?     # also warms the page cache
    emit check_verdict "$( [ $rc = 0 ] && echo conforms || echo "exit-$rc" )"
    best_wc= best_awk= best_check= best_reader= best_jobs1= best_jobs2=
    best_core0= best_core1=
    # --jobs 2 runs one trace on each core, so it cannot beat the slower
    # core: on this project's virtual machine one core runs the same check
    # 1.7x slower than the other (0.38 s against 0.22 s, pinned with
    # taskset).  The one-trace time is therefore the slower core's best
    # where two cores can be pinned; elsewhere, the best of any run.
    PIN=
    if command -v taskset > /dev/null 2>&1 && [ "$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)" -ge 2 ] &&
       taskset -c 1 true 2> /dev/null; then
        PIN=yes
    fi
    # check, wc, awk and the reader are compared on one core, the same.
    ONE=${PIN:+taskset -c 0}
    r=0
    while [ $r -lt "$CHECK_RUNS" ]; do
        best_wc=$(min "$best_wc" "$(timed $ONE wc -l "$BIG")")
        best_awk=$(min "$best_awk" "$(timed $ONE awk 'END { print NR }' "$BIG")")
        best_check=$(min "$best_check" "$(timed $ONE "$B/fdpost" check "$BIG")")
        best_reader=$(min "$best_reader" "$(timed $ONE "$B/bench/bench_reader" "$BIG" 1)")
        best_jobs1=$(min "$best_jobs1" "$(timed "$B/fdpost" check "$SMALL")")
        if [ -n "$PIN" ]; then
            best_core0=$(min "$best_core0" "$(timed taskset -c 0 "$B/fdpost" check "$SMALL")")
            best_core1=$(min "$best_core1" "$(timed taskset -c 1 "$B/fdpost" check "$SMALL")")
        fi
        best_jobs2=$(min "$best_jobs2" "$(timed "$B/fdpost" check --jobs 2 "$SMALL" "$SMALL")")
        r=$((r + 1))
    done
    emit check_s "$best_check"
    emit wc_s "$best_wc"
    emit awk_s "$best_awk"
    emit reader_s "$best_reader"
    emit check_rounds "$CHECK_RUNS"
    emit check_mb_per_s "$(awk -v b="$bytes" -v t="$best_check" 'BEGIN { printf "%.1f", b / 1e6 / t }')"
    emit reader_mb_per_s "$(awk -v b="$bytes" -v t="$best_reader" 'BEGIN { printf "%.1f", b / 1e6 / t }')"
    emit wc_mb_per_s "$(awk -v b="$bytes" -v t="$best_wc" 'BEGIN { printf "%.1f", b / 1e6 / t }')"
    emit check_vs_wc "$(ratio "$best_check" "$best_wc")"
    emit check_vs_awk "$(ratio "$best_check" "$best_awk")"
    target check_vs_awk "$(ratio "$best_check" "$best_awk")" "<=" 3
    # The reader's share of the check: below 1 means the replay costs more.
    emit reader_vs_check "$(ratio "$best_reader" "$best_check")"
    if [ -n "$PIN" ]; then
        emit check_jobs1_s_core0 "$best_core0"
        emit check_jobs1_s_core1 "$best_core1"
        best_jobs1=$(awk -v a="$best_core0" -v b="$best_core1" 'BEGIN { print (a > b ? a : b) }')
        emit check_jobs1_basis slower-core-pinned
    else
        emit check_jobs1_basis any-core
    fi
    emit check_jobs1_s "$best_jobs1"
    emit check_jobs2_two_traces_s "$best_jobs2"
    emit check_jobs2_vs_1 "$(ratio "$best_jobs2" "$best_jobs1")"
    target check_jobs2_vs_1 "$(ratio "$best_jobs2" "$best_jobs1")" "<=" 1.3
    emit cores "$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo n/a)"
    emit check_peak_rss_kb_small "$(peak_kb "$B/fdpost" check "$SMALL")"
    emit check_peak_rss_kb_small_records "$SMALL_RECORDS"
    emit check_peak_rss_kb_big "$(peak_kb "$B/fdpost" check "$BIG")"
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

echo "bench: figures in $FIG (make bench-doc writes them into docs/performance.md)"
