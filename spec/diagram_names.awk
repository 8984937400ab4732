# SPDX-License-Identifier: MIT
# A machine's .rl -> a copy whose state labels (`start:`, `armed:`, ...)
# survive into `ragel -x` as entry points, so a diagram can name its states.
# Ragel 6 drops a label once its `-> label` jumps are resolved; a label that
# an action names with fentry() is kept.  The copy embeds such an action as
# an error action on every state ($!), which leaves the transitions alone:
# spec/gen_diagram.awk takes the transitions from the unmodified machine and
# only the names from this copy (pairing the two by walking both).
function strip(s) { sub(/#.*/, "", s); return s }
function take(t,    s, l) {
    line[++n] = t
    if (t ~ /%%\{/) inspec = 1
    if (t ~ /\}%%/) inspec = 0
    if (!inspec) return
    s = strip(t)
    while (match(s, /(^|[^:a-z0-9_])[a-z_][a-z0-9_]*:([^:=]|$)/)) {
        l = substr(s, RSTART, RLENGTH)
        sub(/^[^a-z_]/, "", l); sub(/:.*/, "", l)
        if (!(l in seen)) { seen[l] = 1; labels = labels " fentry(" l ");" }
        s = substr(s, RSTART + RLENGTH)
    }
    if (!mainline && t ~ /^[ \t]*main[ \t]*:=/) mainline = n
}
# A chart shared by two profiles (an included file that has the main
# machine, e.g. spec/fd_write_chart.rl) is copied in, so its labels show.
function shared(t,    f, k, m, i, has) {
    if (t !~ /^[ \t]*include[ \t]+[a-z_]+[ \t]+"[^"]+"[ \t]*;/) return 0
    f = t; sub(/^[^"]*"/, "", f); sub(/".*/, "", f); f = "spec/" f
    k = 0
    while ((getline m < f) > 0) { buf[++k] = m; if (m ~ /^[ \t]*main[ \t]*:=/) has = 1 }
    close(f)
    if (!has) return 0
    for (i = 1; i <= k; i++)
        if (buf[i] !~ /%%\{|\}%%|^[ \t]*machine[ \t]/) take(buf[i])
    return 1
}
{ if (!shared($0)) take($0) }
END {
    if (!mainline || labels == "") { print "diagram_names: no main or no labels in " FILENAME > "/dev/stderr"; exit 1 }
    depth = 0
    for (i = mainline; i <= n && !done; i++) {
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
    for (i = 1; i <= n; i++) {
        if (i == mainline) print "action fdp_diagram_names {" labels " }"
        print line[i]
    }
}
