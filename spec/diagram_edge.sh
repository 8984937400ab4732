#!/bin/sh
# SPDX-License-Identifier: MIT
# diagram_edge.sh SVG FROM TO -- prints the label of the edge from state
# FROM to state TO (names as spec/ gives them) in a diagram made by
# spec/gen_diagram.awk, one line of text a line; exits 1 if there is none.
set -eu
svg=$1 from=$2 to=$3
g="//*[local-name()='g']"
id() {
    xmllint --xpath "string($g[@class='node'][*[local-name()='text'][1]='$1']/*[local-name()='title'])" "$svg"
}
a=$(id "$from") b=$(id "$to")
[ -n "$a" ] && [ -n "$b" ] || { echo "$svg: no state $from or $to" >&2; exit 1; }
xmllint --xpath "$g[@class='edge'][*[local-name()='title']='$a->$b']//*[local-name()='text']/text()" "$svg" 2>/dev/null ||
    { echo "$svg: no edge $from -> $to" >&2; exit 1; }
