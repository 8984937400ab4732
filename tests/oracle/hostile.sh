#!/bin/sh
# SPDX-License-Identifier: MIT
# check-hostile: inputs and surroundings that must not make `fdpost check`
# pass silently or lie (issue 14): a file name that would forge GitHub
# workflow commands, a stdout that cannot be written, a directory given as a
# trace, a 4096-byte line ended by CRLF, what the recorder can write, and
# traces made to exhaust memory or the socket table.
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

# 7. Memory cannot grow with the trace (issue 14, item 4): datagrams of
#    alternating sizes, never received, on one socket stop at the limit of
#    1,048,576 with a trace error naming it (exit 2).
python3 - "$dir/dgrams.fdt" <<'PY'
import sys
n = (1 << 20) + 1
with open(sys.argv[1], "w") as f:
    f.write("fdt 1\nhandwritten\nsocket u udp\n")
    f.write("u arrive 1\nu arrive 2\n" * (n // 2) + "u arrive 1\n" * (n % 2))
    f.write("end %d\n" % (n + 3))
PY
"$fdpost" check "$dir/dgrams.fdt" > "$dir/dgrams.out" 2> "$dir/dgrams.err"
rc=$?
[ $rc -eq 2 ] || no "1,048,577 datagrams queued: exit $rc, expected 2"
grep -qx "$dir/dgrams.fdt:1048580:1: error: more than 1048576 datagrams queued on 'u' and not received (the oracle's limit per socket)" \
    "$dir/dgrams.err" || no "1,048,577 datagrams queued: not the limit's error: $(cat "$dir/dgrams.err")"

# 8. `check` keeps no text per diverging file without --junit: its peak RSS
#    over 3,000 diverging files is that over 50, give or take 6 MB (it was
#    about 8 KB more per file, 25 MB more here).  Both peaks include the
#    spawning python's (Linux counts it before the exec), which does not
#    change the difference.
python3 - "$dir" <<'PY'
import os, sys
d = sys.argv[1]
t = "fdt 1\nhandwritten\nsocket s tcp\ns connect -> ok\ns select FD_READ wnd=1 msg=0x401\n"
t += "".join("s post FD_READ wnd=1 msg=0x401 # extra, a report of its own %d\n" % i
             for i in range(12))
for sub, n in (("few", 50), ("many", 3000)):
    os.makedirs("%s/%s" % (d, sub), exist_ok=True)
    for i in range(n):
        open("%s/%s/t%05d.fdt" % (d, sub, i), "w").write(t)
PY
peak_kb() {
    python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
}
for j in 1 2; do
    few=$(peak_kb "$fdpost" check --jobs $j "$dir/few")
    many=$(peak_kb "$fdpost" check --jobs $j "$dir/many")
    [ $((many - few)) -lt 6144 ] ||
        no "--jobs $j: peak RSS $few KB over 50 diverging files, $many KB over 3,000"
done

#    --diff shows at most 256 posts of a group: 100,000 extra posts after one
#    record are not all held in memory (they were, with their text).
python3 - "$dir/posts.fdt" <<'PY'
import sys
n = 100000
with open(sys.argv[1], "w") as f:
    f.write("fdt 1\nhandwritten\nsocket s tcp\ns connect -> ok\n"
            "s select FD_READ wnd=1 msg=0x401\n")
    f.write("s post FD_READ wnd=1 msg=0x401\n" * n)
    f.write("end %d\n" % (n + 5))
PY
"$fdpost" check --diff "$dir/posts.fdt" > "$dir/posts.out" 2>&1
rc=$?
[ $rc -eq 1 ] && grep -qx ' (and 99744 more posts of the trace, not shown)' "$dir/posts.out" ||
    no "--diff over 100,000 posts after one record: exit $rc, $(grep -c . "$dir/posts.out") lines"

# 9. The socket table cannot be flooded (issue 14, item 5): 65,536 names
#    that the old hash (FNV-1a masked to the table's 65,536 slots) put in
#    one chain took the old table 28 s; a keyed one 0.3 s.
#    Its low 16 bits depend on the name's low bits only and each step is
#    invertible: a 3-letter suffix leading any state to slot 0 is found
#    walking back from 0.
python3 - "$dir/collide.fdt" <<'PY'
import sys
K, P, N = 16, 16777619, 65536
M = (1 << K) - 1
inv = pow(P, -1, 1 << K)
al = b"abcdefghijklmnopqrstuvwxyz0123456789"
back = {}
for c3 in al:
    for c2 in al:
        s1 = ((c3 * inv) & M) ^ c2
        for c1 in al:
            back.setdefault(((s1 * inv) & M) ^ c1, bytes((c1, c2, c3)))
def fnv(s, h=2166136261):
    for c in s:
        h = ((h ^ c) * P) & M
    return h
out, i = ["fdt 1", "handwritten"], 0
while len(out) < N + 2:
    pre = b"n%d" % i
    i += 1
    if fnv(pre) in back:
        name = pre + back[fnv(pre)]
        assert fnv(name) == 0
        out.append("socket %s udp" % name.decode())
out.append("end %d" % (N + 2))
open(sys.argv[1], "w").write("\n".join(out) + "\n")
PY
timeout 10 "$fdpost" check "$dir/collide.fdt" > "$dir/collide.out" 2>&1
rc=$?
[ $rc -eq 0 ] || no "65,536 colliding names: exit $rc (124: over 10 s): $(tail -1 "$dir/collide.out")"

[ $fail -eq 0 ] && echo "hostile: forged names, a full stdout, a directory, CRLF at the line limit, an unwritable trace, stdin, UTF-8 names, the memory limits, colliding names: handled"
exit $fail
