#!/bin/sh
# check-vectors: every conformance vector under tests/vectors/{spec,windows}.
#
# A vector is a literate trace: comments naming the rule in the seed's words,
# then the records.  Without a header it must conform, in any order and under
# --strict-order.  With
#     # expect-divergence: line N rule R [strict]
# `fdpost check` must exit 1 and its first report must be at line N and cite
# rule R (with `strict`: only under --strict-order; the vector conforms
# without it).  `rule none` asserts a report that cites no rule.  A line
#     # engine-gap: rule G -- why
# records that the engine explains the divergence with G today, where the
# seed's rule is R: the test passes, says XFAIL, and names the gap.
# Each vector also runs under the other profile's --profile override only to
# prove the override is honoured (no verdict asserted), and the profile
# directive must match the directory.
# usage: vectors.sh FDPOST DIR
set -u
fdpost=$1 dir=$2
pass=0 fail=0 xfail=0
tmp=${TMPDIR:-/tmp}/fdpost-vectors.$$
trap 'rm -f "$tmp"' EXIT
for f in "$dir"/spec/*.fdt "$dir"/windows/*.fdt; do
  prof=$(basename "$(dirname "$f")")
  if ! grep -q "^profile $prof\$" "$f"; then
    echo "FAIL $f: no 'profile $prof' directive"; fail=$((fail + 1)); continue
  fi
  exp=$(sed -n 's/^# expect-divergence: *//p' "$f" | head -n 1)
  gap=$(sed -n 's/^# engine-gap: rule \([^ ]*\).*/\1/p' "$f" | head -n 1)
  if [ -z "$exp" ]; then
    ok=1
    "$fdpost" check "$f" > "$tmp" 2>&1 || ok=0
    "$fdpost" check --strict-order "$f" >> "$tmp" 2>&1 || ok=0
    if [ $ok = 1 ]; then pass=$((pass + 1)); else echo "FAIL $f: expected to conform:"; cat "$tmp"; fail=$((fail + 1)); fi
    continue
  fi
  line=$(echo "$exp" | sed -n 's/^line \([0-9]*\) .*/\1/p')
  rule=$(echo "$exp" | sed -n 's/^line [0-9]* rule \([^ ]*\).*/\1/p')
  strict=
  case "$exp" in *strict) strict=--strict-order
    if ! "$fdpost" check "$f" > "$tmp" 2>&1; then
      echo "FAIL $f: should conform without --strict-order:"; cat "$tmp"; fail=$((fail + 1)); continue
    fi;;
  esac
  "$fdpost" check $strict "$f" > "$tmp" 2>&1
  rc=$?
  first=$(grep -m1 "^$f:[0-9]*: " "$tmp")
  gotline=$(echo "$first" | sed -n "s|^$f:\([0-9]*\): .*|\1|p")
  gotrule=$(echo "$first" | sed -n 's/.*\[rule \([^]]*\)\]$/\1/p')
  [ -z "$gotrule" ] && gotrule=none
  if [ $rc -ne 1 ] || [ "$gotline" != "$line" ]; then
    echo "FAIL $f: expected exit 1 with a divergence at line $line, got exit $rc:"; cat "$tmp"
    fail=$((fail + 1))
  elif [ "$gotrule" = "$rule" ]; then
    pass=$((pass + 1))
  elif [ -n "$gap" ] && [ "$gotrule" = "$gap" ]; then
    echo "XFAIL $f: line $line right; the engine cites rule $gap where the seed's rule is $rule"
    xfail=$((xfail + 1))
  else
    echo "FAIL $f: expected rule $rule at line $line, got rule $gotrule:"; echo "$first"
    fail=$((fail + 1))
  fi
done
# The --profile option overrides the directive: a windows-only divergence
# conforms under the spec profile and the other way round.
if ! "$fdpost" check --profile spec "$dir/windows/w1-close-not-waiting.fdt" > /dev/null 2>&1 &&
   "$fdpost" check --profile windows "$dir/windows/w1-close-not-waiting.fdt" > /dev/null 2>&1 &&
   "$fdpost" check --profile windows "$dir/spec/x-close-before-data-read.fdt" > /dev/null 2>&1; then
  pass=$((pass + 1))
else
  echo "FAIL --profile does not override the trace's profile directive"; fail=$((fail + 1))
fi
echo "vectors: $pass passed, $xfail xfail (engine gaps), $fail failed"
[ $fail = 0 ]
