#!/bin/sh
# SPDX-License-Identifier: MIT
# verdicts.sh FDPOST DIR -- the oracle's verdict on every trace of DIR under
# both profiles, one line each, sorted and stable: what tests/wine/expected.txt
# holds.
#   NAME PROFILE conforms
#   NAME PROFILE diverges LINE RULE      (one line per divergence; RULE - if none)
#   NAME PROFILE bad-trace
set -u
export LC_ALL=C
fdpost=$1 dir=$2
for f in "$dir"/*.fdt; do
    name=$(basename "$f" .fdt)
    case $name in *.rep*) continue ;; esac
    for profile in spec windows; do
        out=$("$fdpost" check --profile "$profile" --max-reports 1000 "$f" 2>&1)
        rc=$?
        case $rc in
        0) echo "$name $profile conforms" ;;
        1) printf '%s\n' "$out" | awk -v n="$name" -v p="$profile" -v f="$f" '
               index($0, f ":") == 1 && $0 !~ /: diverges \(/ {
                   rest = substr($0, length(f) + 2)
                   line = rest; sub(/:.*/, "", line)
                   rule = "-"
                   if (match($0, /\[rule [A-Z0-9]+\]$/))
                       rule = substr($0, RSTART + 6, RLENGTH - 7)
                   print n, p, "diverges", line, rule
               }' ;;
        *) echo "$name $profile bad-trace" ;;
        esac
    done
done
