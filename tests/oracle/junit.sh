#!/bin/sh
# SPDX-License-Identifier: MIT
# check-junit: `fdpost check --junit` on a conforming vector, a diverging one and
# a malformed trace; the XML is parsed back (python3's xml.etree) and its
# counts, names and messages asserted.  Also: --github annotations, the summary
# line, CRLF line ends, and the exit codes of a mixed run.
# usage: junit.sh FDPOST WORKDIR
set -eu
fdpost=$1 dir=$2
mkdir -p "$dir"
ok=tests/vectors/spec/s05-level-triggered.fdt
bad=tests/vectors/spec/x-flooding.fdt
mal=tests/malformed/unknown-verb.fdt
set +e
"$fdpost" check --junit "$dir/out.xml" --github "$ok" "$bad" "$mal" > "$dir/out.txt" 2> "$dir/err.txt"
rc=$?
set -e
[ $rc -eq 2 ] || { echo "junit: mixed run exited $rc, expected 2"; exit 1; }
grep -q '^fdpost check: 3 traces, 1 conform, 1 diverge, 1 bad; ' "$dir/out.txt" || { echo "junit: no summary line"; cat "$dir/out.txt"; exit 1; }
grep -q "^::error file=$bad,line=12,title=fdpost check%3A divergence::c: expected no FD_READ" "$dir/out.txt" || { echo "junit: no GitHub annotation for the divergence"; cat "$dir/out.txt"; exit 1; }
grep -q "^::error file=$mal,line=3,col=3,title=fdpost check%3A bad trace::error: unknown verb 'selectt'" "$dir/out.txt" || { echo "junit: no GitHub annotation for the bad trace"; cat "$dir/out.txt"; exit 1; }
python3 - "$dir/out.xml" "$ok" "$bad" "$mal" <<'PY'
import sys, xml.etree.ElementTree as ET
path, ok, bad, mal = sys.argv[1:]
root = ET.parse(path).getroot()
assert root.tag == 'testsuites', root.tag
assert (root.get('tests'), root.get('failures'), root.get('errors')) == ('3', '1', '1'), root.attrib
cases = {c.get('name'): c for c in root.iter('testcase')}
assert set(cases) == {ok, bad, mal}, cases.keys()
assert len(list(cases[ok])) == 0
f = cases[bad].find('failure')
assert f is not None and f.get('message').startswith(bad + ':12: c: expected no FD_READ'), f.attrib
assert f.get('message').endswith('[rule S3]'), f.get('message')
assert 'rule S3: No flooding' in f.text, f.text
e = cases[mal].find('error')
assert e is not None and e.get('message') == mal + ":3:3: error: unknown verb 'selectt'", e.attrib
print('junit: XML parsed back: 3 testcases, 1 failure (line 12, rule S3), 1 error')
PY
# exit codes: 0 all conform, 1 a divergence, 2 usage
"$fdpost" check "$ok" > /dev/null
set +e
"$fdpost" check "$bad" > /dev/null; [ $? -eq 1 ] || { echo "junit: a divergence must exit 1"; exit 1; }
"$fdpost" check --profile linux "$ok" > /dev/null 2>&1; [ $? -eq 2 ] || { echo "junit: a bad option must exit 2"; exit 1; }
"$fdpost" check > /dev/null 2>&1; [ $? -eq 2 ] || { echo "junit: no file must exit 2"; exit 1; }
set -e
# CRLF line ends read the same
sed 's/$/\r/' "$ok" > "$dir/crlf.fdt"
"$fdpost" check "$dir/crlf.fdt" > /dev/null || { echo "junit: CRLF trace does not conform"; exit 1; }
echo "junit: exit codes, summary, --github and CRLF as documented"
