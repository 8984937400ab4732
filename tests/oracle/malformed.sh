#!/bin/sh
# SPDX-License-Identifier: MIT
# check-malformed: each trace in tests/malformed/ is bad; its first line says
#     # expect-error: LINE:COL: MESSAGE
# and `fdpost check` must exit 2 and print exactly FILE:LINE:COL: error: MESSAGE
# (never crash, never hang: each run has a time limit).
# usage: malformed.sh FDPOST DIR
set -u
fdpost=$1 dir=$2
pass=0 fail=0
tmp=${TMPDIR:-/tmp}/fdpost-malformed.$$
trap 'rm -f "$tmp"' EXIT
for f in "$dir"/*.fdt; do
  want=$(sed -n '1s/^# expect-error: //p' "$f")
  if [ -z "$want" ]; then echo "FAIL $f: no '# expect-error:' header"; fail=$((fail + 1)); continue; fi
  timeout 10 "$fdpost" check "$f" > /dev/null 2> "$tmp"
  rc=$?
  if [ $rc -eq 2 ] && grep -qxF "$f:$want" "$tmp" 2>/dev/null ||
     { [ $rc -eq 2 ] && grep -qF "$f:$(echo "$want" | cut -d: -f1-2): error: $(echo "$want" | cut -d: -f3- | sed 's/^ //')" "$tmp"; }; then
    pass=$((pass + 1))
  else
    echo "FAIL $f (exit $rc): expected"; echo "  $f:$want"; echo "got:"; sed 's/^/  /' "$tmp"
    fail=$((fail + 1))
  fi
  # the same from stdin names <stdin>
  if ! timeout 10 "$fdpost" check - < "$f" 2>&1 >/dev/null | grep -q "^<stdin>:$(echo "$want" | cut -d: -f1-2): error: "; then
    echo "FAIL $f from stdin"; fail=$((fail + 1))
  fi
done
echo "malformed: $pass traces rejected with the expected message, $fail failed"
[ $fail = 0 ]
