#!/bin/sh
# SPDX-License-Identifier: MIT
# check-eventmode: event-select mode's records (eventselect ev=, set-event,
# enum; docs/trace-format.md) through the whole command: check (file, stdin,
# --strict-order, --jobs), the divergences with their rules, --diff (the
# engine's set-events and enum records against the trace's), --junit and
# --github, and `fdpost run` (its output conforms).
# usage: eventmode.sh FDPOST WORKDIR
set -u
fdpost=$1 dir=$2
mkdir -p "$dir"
fail=0
no() { echo "eventmode: $*"; fail=1; }

# The format's example: conforms, however it is read.
cat > "$dir/ok.fdt" <<'EOF'
fdt 1
profile spec
handwritten
socket s tcp
s connect -> ok
s eventselect FD_READ|FD_CLOSE ev=7
s arrive 5
s set-event ev=7
s enum ev=7 -> FD_READ
s reset
s set-event ev=7
s enum ev=7 -> FD_CLOSE=WSAECONNRESET
EOF
"$fdpost" check "$dir/ok.fdt" > "$dir/out" 2>&1 || { no "ok.fdt does not conform:"; cat "$dir/out"; }
"$fdpost" check --strict-order - < "$dir/ok.fdt" > "$dir/out" 2>&1 ||
    { no "ok.fdt from stdin, strict order, does not conform:"; cat "$dir/out"; }
"$fdpost" check --jobs 2 "$dir/ok.fdt" "$dir/ok.fdt" > /dev/null 2>&1 || no "ok.fdt with --jobs 2"

# A set-event missing, an enum missing an event, a set-event too many and an
# enum with the wrong error: four divergences, each with its rule.
cat > "$dir/bad.fdt" <<'EOF'
fdt 1
profile spec
handwritten
socket s tcp
s connect -> ok
s eventselect FD_READ|FD_CLOSE ev=7
s arrive 5
s enum ev=7 -> 0
s reset
s set-event ev=7
s set-event ev=7
s enum ev=7 -> FD_CLOSE
EOF
"$fdpost" check --diff "$dir/bad.fdt" > "$dir/out" 2>&1
[ $? -eq 1 ] || no "bad.fdt must diverge (exit 1)"
has() { grep -q "$1" "$dir/out" || { no "$2: no line matching '$1' in:"; sed 's/^/  /' "$dir/out"; }; }
has "bad.fdt:7: s: expected \`s set-event ev=7\` after \`s arrive 5\` but the trace has no such line \[rule READ2\]" "missing set-event"
has "bad.fdt:8: s: expected enum to return FD_READ but the trace's record lacks it (missing event) \[rule READ2\]" "missing event"
has "bad.fdt:11: s: expected no set-event after \`s reset\` .*(event object set when it should not be) \[rule DE4\]" "extra set-event"
has "bad.fdt:12: s: expected enum to return FD_CLOSE=WSAECONNRESET but the trace's record has FD_CLOSE (wrong error code) \[rule CLOSE4\]" "wrong error"
has "diverges (4 divergences)" "count"
# --diff: the set-events in the groups of their records, enum's records side by side
has "^-s set-event ev=7$" "--diff (missing set-event)"
has "^-s enum ev=7 -> FD_READ$" "--diff (the engine's enum)"
has "^+s enum ev=7 -> 0    (line 8)$" "--diff (the trace's enum)"
has "^@@ .*bad.fdt:9: the posts after \`s reset\` @@$" "--diff (set-event grouped with its record)"
has "^+s set-event ev=7    (line 11)$" "--diff (extra set-event)"

# --junit and --github carry the same reports.
"$fdpost" check --junit "$dir/out.xml" --github "$dir/bad.fdt" > "$dir/out" 2>&1
has "^::error file=$dir/bad.fdt,line=7,title=fdpost check%3A divergence::s: expected \`s set-event ev=7\`" "--github"
python3 - "$dir/out.xml" "$dir/bad.fdt" <<'PY' || fail=1
import sys, xml.etree.ElementTree as ET
path, bad = sys.argv[1:]
root = ET.parse(path).getroot()
assert (root.get('tests'), root.get('failures')) == ('1', '1'), root.attrib
f = root.find('.//failure')
assert f.get('message').endswith('[rule READ2]'), f.get('message')
assert 'rule DE4' in f.text and 'rule CLOSE4' in f.text, f.text
PY

# fdpost run writes the engine's set-events and enum records: the result
# conforms, and is the conforming trace.
"$fdpost" run "$dir/bad.fdt" > "$dir/run.fdt" 2> "$dir/out" || { no "run on bad.fdt failed:"; cat "$dir/out"; }
"$fdpost" check "$dir/run.fdt" > "$dir/out" 2>&1 || { no "run's output does not conform:"; cat "$dir/out"; }
grep -v '^#' "$dir/ok.fdt" > "$dir/want"
cmp -s "$dir/want" "$dir/run.fdt" || { no "run's output is not the conforming trace:"; diff "$dir/want" "$dir/run.fdt"; }

# Version 1: eventselect without ev= demands no set-event.
printf 'fdt 1\nhandwritten\nsocket s tcp\ns connect -> ok\ns eventselect FD_READ\ns arrive 5\ns enum -> FD_READ\n' \
    > "$dir/v1.fdt"
"$fdpost" check "$dir/v1.fdt" > "$dir/out" 2>&1 || { no "v1.fdt does not conform:"; cat "$dir/out"; }
"$fdpost" run "$dir/v1.fdt" | grep -q set-event && no "run writes a set-event for an object the trace does not name"

[ $fail -eq 0 ] && echo "eventmode: check (file, stdin, strict, jobs), rules, --diff, --junit, --github and run handle eventselect ev=, set-event and enum"
exit $fail
