# A machine's .rl -> a copy whose state labels (`start:`, `armed:`, ...)
# survive into `ragel -x` as entry points, so a diagram can name its states.
# Ragel 6 drops a label once its `-> label` jumps are resolved; a label that
# an action names with fentry() is kept.  The copy embeds such an action as
# an error action on every state ($!), which leaves the transitions alone:
# spec/gen_diagram.awk takes the transitions from the unmodified machine and
# only the names from this copy (pairing the two by walking both).
function strip(s) { sub(/#.*/, "", s); return s }
{ line[NR] = $0 }
/%%\{/ { inspec = 1 }
/\}%%/ { inspec = 0 }
inspec {
    s = strip($0)
    while (match(s, /(^|[^:a-z0-9_])[a-z_][a-z0-9_]*:([^:=]|$)/)) {
        l = substr(s, RSTART, RLENGTH)
        sub(/^[^a-z_]/, "", l); sub(/:.*/, "", l)
        if (!(l in seen)) { seen[l] = 1; labels = labels " fentry(" l ");" }
        s = substr(s, RSTART + RLENGTH)
    }
    if (!mainline && $0 ~ /^[ \t]*main[ \t]*:=/) mainline = NR
}
END {
    if (!mainline || labels == "") { print "diagram_names: no main or no labels in " FILENAME > "/dev/stderr"; exit 1 }
    depth = 0
    for (i = mainline; i <= NR && !done; i++) {
        s = line[i]; out = ""; q = ""
        for (j = 1; j <= length(s); j++) {
            c = substr(s, j, 1)
            if (q != "") { if (c == q) q = ""; continue }
            if (c == "#") break
            if (c == "'" || c == "\"") q = c
            else if (c == "(" || c == "{" || c == "[") depth++
            else if (c == ")" || c == "}" || c == "]") depth--
            else if (c == ";" && depth == 0) {
                line[i] = substr(s, 1, j - 1) " $!fdp_diagram_names" substr(s, j)
                done = 1
                break
            }
        }
    }
    if (!done) { print "diagram_names: no end of main in " FILENAME > "/dev/stderr"; exit 1 }
    for (i = 1; i <= NR; i++) {
        if (i == mainline) print "action fdp_diagram_names {" labels " }"
        print line[i]
    }
}
