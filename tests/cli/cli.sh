#!/bin/sh
# SPDX-License-Identifier: MIT
# check-cli: the command line as a user meets it (issue 15, items 7-9).
#   options   every command through getopt_long: --opt=value, --, a bad
#             option or number exits 2 with a message
#   check     directories recursed for *.fdt; UTF-8 names kept in JUnit;
#             --diff shows the engine's posts against the trace's
#   demo      a progress line, not one line per message; --verbose keeps the
#             log; the verdict is the last line
# usage: cli.sh FDPOST WORKDIR
set -u
fdpost=$1 dir=$2
case $fdpost in /*) ;; *) fdpost=$(pwd)/$fdpost ;; esac
fail=0
rm -rf "$dir" && mkdir -p "$dir"
V=tests/vectors/spec
ok=$V/s05-level-triggered.fdt
flood=$V/x-flooding.fdt
wrongmsg=$V/x-wrong-message-id.fdt

no() { echo "cli: $*"; fail=1; }
# expect RC CMD...: run CMD, its output in $dir/out, its status RC
expect() {
    want=$1; shift
    "$@" > "$dir/out" 2>&1
    rc=$?
    [ "$rc" -eq "$want" ] || no "'$*' exited $rc, expected $want: $(head -3 "$dir/out")"
}
has() { grep -q -- "$1" "$dir/out" || no "$2: no '$1' in: $(head -5 "$dir/out")"; }

# ---- options, every command
for c in info rules check run verify live demo; do
    expect 2 "$fdpost" "$c" --no-such-option
    has "fdpost $c: unknown option '--no-such-option'" "$c"
    expect 0 "$fdpost" "$c" --help
done
expect 2 "$fdpost" check --max-reports abc "$flood"
has "'abc' is not a whole number" "check --max-reports abc"
expect 2 "$fdpost" check --max-reports=-1 "$flood"
expect 2 "$fdpost" check --max-reports 12x "$flood"
expect 2 "$fdpost" check --github=yes "$flood"
has "takes no value" "check --github=yes"
expect 2 "$fdpost" check --profile
has "needs a value" "check --profile"
expect 2 "$fdpost" check --profile=linux "$ok"
expect 2 "$fdpost" demo --clients 0
expect 2 "$fdpost" demo --clients=lots
expect 2 "$fdpost" demo --timeout 5s
expect 2 "$fdpost" live --repeat=x
expect 2 "$fdpost" verify --max-states 1e3
expect 2 "$fdpost" verify --cex-posts=both
expect 2 "$fdpost" run "$ok" "$ok"
expect 2 "$fdpost" info extra
# --opt=value is --opt value
"$fdpost" run --profile=windows "$ok" > "$dir/eq.txt" 2>&1
"$fdpost" run --profile windows "$ok" > "$dir/sp.txt" 2>&1
cmp -s "$dir/eq.txt" "$dir/sp.txt" || no "run --profile=windows differs from --profile windows"
grep -q 'post FD_ACCEPT' "$dir/eq.txt" || no "run --profile=windows wrote no posts"
# --max-reports=0: no details, the divergence still counts
expect 1 "$fdpost" check --max-reports=0 "$flood"
grep -q 'rule S3:' "$dir/out" && no "--max-reports=0 still printed a report"
has "diverges (1 divergence)" "--max-reports=0"
# -- ends the options: a trace whose name starts with a dash
cp "$ok" "$dir/-dash.fdt"
(cd "$dir" && "$fdpost" check -- -dash.fdt) > "$dir/out" 2>&1 ||
    no "check -- -dash.fdt failed: $(cat "$dir/out")"
(cd "$dir" && "$fdpost" check -dash.fdt) > "$dir/out" 2>&1
[ $? -eq 2 ] || no "check -dash.fdt (no --) was not a bad option"
expect 0 "$fdpost" rules S5 -- W1
has "^W1 " "rules -- W1"
# options after the operands are options still (GNU order)
expect 1 "$fdpost" check "$flood" --max-reports=0
grep -q 'rule S3:' "$dir/out" && no "an option after the trace was ignored"

# ---- check: directories
mkdir -p "$dir/tree/b/deeper" "$dir/tree/a" "$dir/empty/sub"
cp "$ok" "$dir/tree/b/deeper/z.fdt"
cp "$flood" "$dir/tree/a/y.fdt"
cp "$ok" "$dir/tree/x.fdt"
echo "not a trace" > "$dir/tree/notes.txt"
expect 1 "$fdpost" check "$dir/tree"
has "3 traces, 2 conform, 1 diverge, 0 bad" "check DIR"
grep ': conforms\|: diverges' "$dir/out" | sed 's/:.*//' > "$dir/order.txt"
printf '%s\n' "$dir/tree/a/y.fdt" "$dir/tree/b/deeper/z.fdt" "$dir/tree/x.fdt" |
    cmp -s - "$dir/order.txt" || no "check DIR: not every *.fdt in name order: $(cat "$dir/order.txt")"
expect 2 "$fdpost" check "$dir/empty"
has "$dir/empty: Is a directory, with no .fdt trace below it" "an empty directory"

# ---- check: UTF-8 names in JUnit (and a byte that is not UTF-8)
u8="$dir/utf/trace-é✓.fdt"
mkdir -p "$dir/utf"
cp "$flood" "$u8"
cp "$ok" "$(printf '%s/bad-\377.fdt' "$dir/utf")"
expect 1 "$fdpost" check --junit "$dir/u.xml" "$dir/utf"
grep -q "name=\"$u8\"" "$dir/u.xml" || no "JUnit lost the UTF-8 name $u8"
grep -q 'bad-&#xFFFD;\.fdt' "$dir/u.xml" || no "JUnit: a non-UTF-8 byte is not U+FFFD"
"$fdpost" check --github "$u8" > "$dir/gh.txt" 2>&1
grep -q "^::error file=$u8,line=12," "$dir/gh.txt" || no "--github lost the UTF-8 name $u8"
if command -v xmllint > /dev/null; then
    xmllint --noout "$dir/u.xml" || no "JUnit with UTF-8 names is not well-formed"
fi

# ---- check --diff
expect 1 "$fdpost" check --diff "$flood"
has "^@@ $flood:11: the posts after \`c arrive 10\` @@" "--diff (extra post)"
has "^+c post FD_READ .*(line 12)" "--diff (extra post)"
expect 1 "$fdpost" check --diff "$wrongmsg"
has "^-c post FD_READ$" "--diff (wrong message)"
has "^+c post FD_READ wnd=1 msg=0x401" "--diff keeps wnd=/msg="
# a post taken out of a conforming trace: the engine's side shows it
awk '/^a1 post FD_OOB/ && !n++ { next } { print }' "$ok" > "$dir/missing.fdt"
expect 1 "$fdpost" check --diff "$dir/missing.fdt"
has "^-a1 post FD_OOB" "--diff (missing post)"
has "^@@ $dir/missing.fdt:[0-9]*: the posts after \`a1 arrive-oob 2\` @@" "--diff (missing post)"
# the README's example is this output
sed -n 's/^    \([-+@][-+@c]\)/\1/p' README.md > "$dir/readme-diff.txt"
"$fdpost" check --diff "$wrongmsg" | grep -E '^(@@|-c|\+c)' > "$dir/diff.txt"
[ -s "$dir/readme-diff.txt" ] && cmp -s "$dir/readme-diff.txt" "$dir/diff.txt" ||
    no "README's --diff example differs from the output: $(diff "$dir/readme-diff.txt" "$dir/diff.txt")"
expect 0 "$fdpost" check --diff "$ok"
grep -q '^@@' "$dir/out" && no "--diff printed a hunk for a conforming trace"
expect 1 "$fdpost" check "$flood"
grep -q '^@@' "$dir/out" && no "a hunk without --diff"
expect 1 sh -c "\"$fdpost\" check --diff - < $flood"
has "standard input cannot be read a second time" "--diff on stdin"

# ---- demo for a person
expect 0 "$fdpost" demo --clients 20 --trace "$dir/demo.fdt"
has "^progress: 20/20 connections done" "demo"
n=$(wc -l < "$dir/out")
[ "$n" -lt 40 ] || no "demo printed $n lines (no --verbose): a line per message?"
tail -n 1 "$dir/out" | grep -q '^fdpost demo: passed' || no "demo: the verdict is not the last line"
expect 0 "$fdpost" demo --clients=20 --verbose --trace="$dir/demo.fdt"
grep -q 'FD_CONNECT' "$dir/out" || no "demo --verbose: no message log"
n=$(grep -c '^ *[0-9][0-9]* c[0-9]' "$dir/out")
[ "$n" -ge 100 ] || no "demo --verbose: only $n client message lines"
grep -q '^progress:' "$dir/out" && no "demo --verbose: a progress line among the log"
tail -n 1 "$dir/out" | grep -q '^fdpost demo: passed' || no "demo --verbose: the verdict is not the last line"

[ $fail -eq 0 ] && echo "cli: options (7 commands), directories, UTF-8 JUnit, --diff, demo output: as documented"
exit $fail
