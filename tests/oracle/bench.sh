#!/bin/sh
# SPDX-License-Identifier: MIT
# bench-check: record a >= MB-megabyte trace of an engine run (tests/oracle/
# roundtrip.c: 64 live sockets, both ends of everything), then time
# `fdpost check` on it beside `wc -l` (the floor: reading the bytes once).
# Prints figures; never fails on speed (it fails if the trace does not conform).
# usage: bench.sh ROUNDTRIP FDPOST WORKDIR MB
set -eu
rt=$1 fdpost=$2 dir=$3 mb=$4
mkdir -p "$dir"
f=$dir/big.fdt
bytes=$((mb * 1000 * 1000))
if [ ! -s "$f" ] || [ "$(wc -c < "$f")" -lt $bytes ]; then
  "$rt" --seed 42 --sockets 64 --bytes $bytes > "$f"
fi
size=$(wc -c < "$f")
secs() { # run "$@", print wall seconds (best of 3)
  best=
  for i in 1 2 3; do
    t0=$(date +%s.%N); "$@" > /dev/null; t1=$(date +%s.%N)
    t=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}
tw=$(secs wc -l "$f")
tc=$(secs "$fdpost" check "$f")
"$fdpost" check "$f" | tail -n 1
lines=$(wc -l < "$f")
printf 'bench-check: %s bytes, %s lines\n' "$size" "$lines"
printf '  wc -l          %6.3f s  %7.1f MB/s\n' "$tw" "$(echo "$size / $tw / 1000000" | bc -l)"
printf '  fdpost check   %6.3f s  %7.1f MB/s  (%.2f M records/s, %.1fx wc -l)\n' "$tc" \
  "$(echo "$size / $tc / 1000000" | bc -l)" "$(echo "$lines / $tc / 1000000" | bc -l)" \
  "$(echo "$tc / $tw" | bc -l)"
