#!/bin/sh
# SPDX-License-Identifier: MIT
# run_scale.sh -- `make bench-scale` (not in check): fdpost check on a
# 10-million-record trace with 100,000 live sockets, in bounded memory; and
# the engine's state for 1,000,000 sockets.  key=value lines.
set -u
B=${B:-build}
RECORDS=${SCALE_RECORDS:-10000000}
SOCKETS=${SCALE_SOCKETS:-100000}
T=$B/bench/traces/scale-$RECORDS-$SOCKETS.fdt
mkdir -p "$B/bench/traces"
if [ ! -s "$T" ]; then
    "$B/bench/gen_trace" --records "$RECORDS" --sockets "$SOCKETS" --seed 7 > "$T" 2> "$B/bench/scale-gen.txt"
fi
cat "$B/bench/scale-gen.txt" 2>/dev/null
echo "scale_records=$RECORDS"
echo "scale_sockets=$SOCKETS"
echo "scale_trace_mb=$(wc -c < "$T" | awk '{ printf "%.1f", $1 / 1e6 }')"
/usr/bin/time -f "%e %M" -o "$B/bench/scale-time.txt" "$B/fdpost" check "$T" > "$B/bench/scale-check.txt" 2>&1
rc=$?
tail -1 "$B/bench/scale-check.txt"
echo "scale_check_exit=$rc"
echo "scale_check_s=$(cut -d' ' -f1 "$B/bench/scale-time.txt")"
echo "scale_check_peak_rss_kb=$(cut -d' ' -f2 "$B/bench/scale-time.txt")"
"$B/bench/bench_engine" --rss 1000000
exit $rc
