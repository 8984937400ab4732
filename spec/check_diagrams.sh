#!/bin/sh
# SPDX-License-Identifier: MIT
# check_diagrams.sh READS DIR -- the diagrams under DIR (PROFILE/EVENT.svg)
# are well-formed XML, every state has its name from spec/ (none is left a
# bare number), and every symbol a machine reads (READS: lines "PROFILE
# EVENT SYMBOL" from spec/diagram_reads.c) is named on an edge of its
# diagram.  Exits 1 and says what is wrong otherwise.
set -u
reads=$1 dir=$2 status=0 n=0
edges="//*[local-name()='g'][@class='edge']//*[local-name()='text']/text()"
nodes="//*[local-name()='g'][@class='node']//*[local-name()='text']/text()"
for svg in "$dir"/*/*.svg; do
    n=$((n + 1))
    xmllint --noout "$svg" || { echo "$svg: not well-formed XML"; status=1; continue; }
    if xmllint --xpath "$nodes" "$svg" | grep -Eq '^s[0-9]+$'; then
        echo "$svg: a state without its name from spec/"; status=1
    fi
done
[ "$n" -gt 0 ] || { echo "$dir: no diagrams"; exit 1; }
while read -r profile event sym; do
    svg=$dir/$profile/$event.svg
    [ -f "$svg" ] || { echo "$svg: missing"; status=1; continue; }
    if ! xmllint --xpath "$edges" "$svg" 2>/dev/null | tr -c 'a-z0-9_\n' ' ' |
            tr ' ' '\n' | grep -qx "$sym"; then
        echo "$svg: $sym changes $event but is on none of its edges"; status=1
    fi
done < "$reads"
[ "$status" -eq 0 ] && echo "diagrams: $n well-formed, every state named, every symbol read on an edge ($(wc -l < "$reads") pairs)"
exit $status
