# SPDX-License-Identifier: MIT
# function_length.awk -- `make check-function-length`: every function
# definition of hand-written C longer than `max` lines (signature to the
# closing brace), as file:line: N lines: signature.  Exit 1 if any.
#
# The project's style makes this a line scan: a definition starts at column
# 0 with its signature, its body opens with "{" alone at column 0 and ends
# with "}" at column 0.
BEGIN { if (max == "") max = 80; bad = 0 }
FNR == 1 { cand = ""; infn = 0 }
/^\{/ { if (cand != "" && !infn) { start = candline; name = cand; infn = 1 }; next }
/^\}/ {
    if (infn) {
        n = FNR - start + 1
        if (n > max) { printf "%s:%d: %d lines: %s\n", FILENAME, start, n, name; bad = 1 }
        infn = 0
    }
    cand = ""
    next
}
/^[A-Za-z_]/ {
    if (!infn) {
        if ($0 ~ /\(/ && $0 !~ /;[ \t]*$/ && $0 !~ /^#/) { cand = $0; candline = FNR }
        else cand = ""
    }
}
END { exit bad }
