# Ragel's Graphviz (-V -p) -> a diagram with the alphabet's names on the
# edges.  Inputs: spec/alphabet.rl, then the .dot.  Edges between the same
# two states are merged; the rule tags are left off (the .rl has them);
# "other" self-loops that do nothing are dropped.
FNR == NR {
    if ($0 ~ /^[a-z_]+ *= *[0-9]+;/) { code = $3; sub(/;.*/, "", code); name[code] = $1 }
    next
}
BEGIN { for (i = 32; i < 127; i++) ord[sprintf("%c", i)] = i }
# A key as Ragel prints it: a number, or a printable code as a quoted char.
function keycode(k) {
    if (k ~ /^'.*'$/) { k = substr(k, 2, length(k) - 2); sub(/^\\/, "", k); return ord[k] }
    return k + 0
}
function sym(k) { k = keycode(k); return (k in name) ? name[k] : k }
function keys(s,   n, parts, i, out, lo, hi, r) {
    n = split(s, parts, ", ")
    out = ""
    for (i = 1; i <= n; i++) {
        if (parts[i] == "DEF") r = "other"
        else if (split(parts[i], lo, "\\.\\.") == 2) {
            r = ""
            for (hi = keycode(lo[1]); hi <= keycode(lo[2]); hi++) r = r (r == "" ? "" : "|") sym(hi)
        } else r = sym(parts[i])
        out = out (out == "" ? "" : "|") r
    }
    return out
}
function posts(s,   n, a, i, out) {
    n = split(s, a, ", ")
    out = ""
    for (i = 1; i <= n; i++)
        if (a[i] ~ /^(post|keep)/) out = out (out == "" ? "" : ", ") a[i]
    return out
}
/->.*label = "/ {
    line = $0
    match(line, /label = "([^"\\]|\\.)*"/)
    lab = substr(line, RSTART + 9, RLENGTH - 10)
    edge = substr(line, 1, RSTART - 1); sub(/\[ *$/, "", edge); gsub(/^[ \t]+|[ \t]+$/, "", edge)
    split(edge, ends, " -> ")
    k = lab; act = ""
    if (index(lab, " / ")) { k = substr(lab, 1, index(lab, " / ") - 1); act = posts(substr(lab, index(lab, " / ") + 3)) }
    if (k == "DEF" && act == "" && ends[1] == ends[2]) next
    if (ends[1] == "ENTRY" || ends[1] ~ /^en_/) { print; next }
    id = edge SUBSEP act
    if (!(id in lbl)) { order[++n] = id; from[id] = ends[1]; to[id] = ends[2]; acts[id] = act }
    lbl[id] = (seen[id]++ ? lbl[id] "|" : "") keys(k)
    next
}
/^}/ {
    for (i = 1; i <= n; i++) {
        id = order[i]
        printf "\t%s -> %s [ label = \"%s%s\" ];\n", from[id], to[id], lbl[id], acts[id] == "" ? "" : " / " acts[id]
    }
    print
    next
}
/^digraph/ { print; printf "\tlabel = \"%s\"; labelloc = t; fontsize = 20;\n", title; next }
/^\ten_0/ { next }
{ print }
