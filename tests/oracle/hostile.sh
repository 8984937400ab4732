#!/bin/sh
# SPDX-License-Identifier: MIT
# check-hostile: inputs and surroundings that must not make `fdpost check`
# pass silently or lie (issue 14): a file name that would forge GitHub
# workflow commands, a stdout that cannot be written, a directory given as a
# trace, a 4096-byte line ended by CRLF, and what the recorder can write.
# usage: hostile.sh FDPOST WORKDIR
set -u
fdpost=$1 dir=$2
fail=0
rm -rf "$dir" && mkdir -p "$dir"
ok=tests/vectors/spec/s05-level-triggered.fdt
bad=tests/vectors/spec/x-flooding.fdt

no() { echo "hostile: $*"; fail=1; }

# 1. --github: only the annotations may start a workflow command, whatever
#    the file names hold (a name starting with "::", a name with a newline).
forged="::warning file=forged.c::forged"
nl="two
::error::forged by a newline"
cp "$bad" "$dir/$forged" && cp "$bad" "$dir/$nl" && cp "$ok" "$dir/ok.fdt"
top=$(pwd)
case $fdpost in /*) abs=$fdpost ;; *) abs=$top/$fdpost ;; esac
(cd "$dir" && "$abs" check --github "$forged" "$nl" ok.fdt) > "$dir/gh.txt" 2>&1
if grep '^[[:space:]]*::' "$dir/gh.txt" | grep -v '^::error file=' > "$dir/gh-forged.txt"; then
    no "--github: a file name started a workflow command:"; cat "$dir/gh-forged.txt"
fi
grep -c '^::error file=' "$dir/gh.txt" | grep -qx 2 ||
    no "--github: expected 2 annotations (one per diverging file)"

# 2. A stdout that cannot be written: the reports are lost, so exit 2 and
#    say why on stderr.
if [ -w /dev/full ]; then
    "$fdpost" check "$bad" > /dev/full 2> "$dir/full.err"
    rc=$?
    [ $rc -eq 2 ] || no "check > /dev/full exited $rc, expected 2"
    grep -q 'No space left on device' "$dir/full.err" ||
        no "check > /dev/full: no reason on stderr: $(cat "$dir/full.err")"
fi

# 3. A directory as a trace: exit 2, naming the file and the errno text.
mkdir -p "$dir/adir"
"$fdpost" check "$dir/adir" > "$dir/dir.out" 2>&1
rc=$?
[ $rc -eq 2 ] || no "a directory as a trace exited $rc, expected 2"
grep -q "$dir/adir.*Is a directory" "$dir/dir.out" ||
    no "a directory as a trace: no file name and errno text: $(cat "$dir/dir.out")"

# 4. The longest line (4096 bytes) reads the same with LF and with CRLF.
python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
head = "fdt 1\nhandwritten\nsocket s tcp\n"
rec = "s select FD_READ wnd=1 msg=0x401"
line = rec + " " * (4096 - len(rec) - len("# x")) + "# x"
assert len(line) == 4096
open(d + "/long-lf.fdt", "w", newline="").write(head + line + "\n")
open(d + "/long-crlf.fdt", "w", newline="").write(
    head.replace("\n", "\r\n") + line + "\r\n")
PY
for f in long-lf long-crlf; do
    "$fdpost" check "$dir/$f.fdt" > "$dir/$f.out" 2>&1 ||
        no "$f.fdt (a 4096-byte line) does not conform: $(cat "$dir/$f.out")"
done

# 5. A trace the recorder cannot write (demo --trace /dev/full): exit 2,
#    naming the file and the errno text (issue 14, item 10).
if [ -w /dev/full ]; then
    timeout 120 "$fdpost" demo --clients 3 --quiet --trace /dev/full > "$dir/demo.out" 2>&1
    rc=$?
    [ $rc -eq 2 ] || no "demo --trace /dev/full exited $rc, expected 2"
    grep -q '/dev/full: No space left on device' "$dir/demo.out" ||
        no "demo --trace /dev/full: no file name and errno text: $(cat "$dir/demo.out")"
fi

# 6. stdin: named <stdin> in the summary as in the reports; given twice,
#    refused (it cannot be read twice); JUnit keeps a UTF-8 name as it is
#    (issue 14, item 12).
"$fdpost" check - < "$ok" > "$dir/stdin.out" 2>&1
grep -q '^<stdin>: conforms' "$dir/stdin.out" || no "stdin: the summary does not say <stdin>: $(cat "$dir/stdin.out")"
"$fdpost" check - - < "$ok" > "$dir/stdin2.out" 2>&1
rc=$?
[ $rc -eq 2 ] && grep -q "given twice" "$dir/stdin2.out" || no "'- -' exited $rc: $(cat "$dir/stdin2.out")"
u="$dir/caf$(printf '\303\251').fdt"
cp "$bad" "$u"
"$fdpost" check --junit "$dir/u.xml" "$u" > /dev/null 2>&1
grep -q "name=\"$u\"" "$dir/u.xml" || no "junit: the UTF-8 name was not kept: $(grep -o 'name="[^"]*fdt"' "$dir/u.xml")"

[ $fail -eq 0 ] && echo "hostile: forged names, a full stdout, a directory, CRLF at the line limit, an unwritable trace, stdin, UTF-8 names: handled"
exit $fail
