#!/bin/sh
# SPDX-License-Identifier: MIT
# check-jobs: `fdpost check --jobs N` is --jobs 1 on more cores.  Over the
# vectors (conforming, diverging), the malformed corpus (bad traces) and a
# file that does not exist: the same stdout (the summary's time aside),
# the same stderr and the same exit status, for --jobs 3 and --jobs 0 (one
# per core); a diverging vector reports the same read from a pipe (no
# fast pass: explained at once) as from a file (the fast pass, then the
# explaining one).
# The first trace is a long generated one (GEN_TRACE), so the traces after
# it finish first: printed as they finish, the output would differ.
# usage: jobs.sh FDPOST GEN_TRACE VECTORS MALFORMED DIR
set -u
fdpost=$1 gen=$2 vec=$3 bad=$4 d=$5
rm -rf "$d" && mkdir -p "$d" || exit 2
fail=0
"$gen" --records 200000 --sockets 500 > "$d/long.fdt" 2> "$d/gen.err" || exit 2
files="$d/long.fdt $(ls "$vec"/spec/*.fdt "$vec"/windows/*.fdt) $(ls "$bad"/*.fdt | head -n 12) $d/missing.fdt"
# strip: the summary's elapsed time is the one thing that may differ
strip() { sed 's/ MB in [0-9.]* s (/ MB in - s (/' "$1"; }
# shellcheck disable=SC2086
"$fdpost" check --max-reports 3 $files > "$d/out1" 2> "$d/err1"
rc1=$?
for j in 3 0; do
  # shellcheck disable=SC2086
  "$fdpost" check --max-reports 3 --jobs $j $files > "$d/out$j" 2> "$d/err$j"
  rcj=$?
  if [ $rcj -ne $rc1 ]; then
    echo "FAIL --jobs $j: exit $rcj, --jobs 1 exits $rc1"; fail=1
  fi
  strip "$d/out1" > "$d/s1"
  strip "$d/out$j" > "$d/s$j"
  if ! diff "$d/s1" "$d/s$j" > "$d/diff$j"; then
    echo "FAIL --jobs $j: stdout differs from --jobs 1:"; head -20 "$d/diff$j"; fail=1
  fi
  if ! cmp -s "$d/err1" "$d/err$j"; then
    echo "FAIL --jobs $j: stderr differs from --jobs 1:"; diff "$d/err1" "$d/err$j" | head -20; fail=1
  fi
done
# The run must have seen all three verdicts, or it proves little.
for v in conforms diverges "bad trace"; do
  grep -q ": $v" "$d/out1" || { echo "FAIL: no trace $v in the run"; fail=1; }
done
[ $rc1 -eq 2 ] || { echo "FAIL: --jobs 1 exits $rc1, not 2 (a bad trace)"; fail=1; }
"$fdpost" check --jobs x "$vec"/spec/*.fdt > /dev/null 2>&1
[ $? -eq 2 ] || { echo "FAIL: --jobs x is not a usage error"; fail=1; }

# A diverging vector: the same reports from a file and from a pipe.
div=$(grep -l 'expect-divergence' "$vec"/spec/*.fdt | head -n 1)
"$fdpost" check "$div" > "$d/file.out" 2>&1
rcf=$?
"$fdpost" check - < /dev/null > /dev/null 2>&1   # an empty stdin conforms
cat "$div" | "$fdpost" check - > "$d/pipe.out" 2>&1
rcp=$?
sed "s|<stdin>|$div|g; s|^-: |$div: |" "$d/pipe.out" > "$d/pipe.named"
strip "$d/pipe.named" > "$d/pipe.s"
strip "$d/file.out" > "$d/file.s"
if [ $rcf -ne 1 ] || [ $rcp -ne 1 ] || ! cmp -s "$d/file.s" "$d/pipe.s"; then
  echo "FAIL $div: from a file (exit $rcf) and a pipe (exit $rcp) the reports differ:"
  diff "$d/file.s" "$d/pipe.s" | head -20; fail=1
fi
[ $fail = 0 ] || exit 1
n=$(echo $files | wc -w)
echo "jobs: --jobs 3 and --jobs 0 print what --jobs 1 prints over $n traces (exit $rc1); a pipe explains as a file does"
