# A machine -> Graphviz, from Ragel's own description of it (`ragel -x`).
# Inputs, in order: spec/alphabet.rl (the symbols' names), the XML of the
# copy made by spec/diagram_names.awk (the states' names), the XML of the
# machine itself (everything else).  -v event=FD_WRITE -v title="...".
#
# Drawn: each transition that moves, posts or keeps an error, labelled
# "symbols / rule tags", posts in bold red with the event and its error.
# Folded, so the picture stays legible: a self-loop that only tags a rule is
# written inside its state's box; a self-loop without any action is left
# out (the state ignores that symbol); the same exit into a sink state (one
# that never leaves) or any other state from three or more states is drawn
# once, from a note saying which states.
FNR == 1 { file++ }
file == 1 {
    if ($0 ~ /^[a-z_]+ *= *[0-9]+;/) { c = $3; sub(/;.*/, "", c); sym[c + 0] = $1; if (c + 0 > nsym) nsym = c + 0 }
    next
}
/<action id=/ { id = attr("id"); aname[file, id] = attr("name"); next }
/<action_table id=/ { id = attr("id"); v = $0; sub(/.*">/, "", v); sub(/<.*/, "", v); atab[file, id] = v; next }
/<start_state>/ { v = $0; gsub(/[^0-9]/, "", v); start[file] = v + 0; next }
/<entry name=/ { v = $0; sub(/.*">/, "", v); sub(/<.*/, "", v); n = attr("name"); if (n != "main") { sub(/^main_/, "", n); ename[++nent] = n; estate[nent] = v + 0 }; next }
/<state id=/ { cur = attr("id") + 0; if (file == 3 && cur + 1 > nstates) nstates = cur + 1; next }
/<t>/ {
    v = $0; sub(/.*<t>/, "", v); sub(/<.*/, "", v); split(v, tf, " ")
    for (c = (tf[1] < 1 ? 1 : tf[1]); c <= tf[2] && c <= nsym; c++) { tgt[file, cur, c] = tf[3]; act[file, cur, c] = tf[4] }
    next
}
function attr(k,   s) { s = $0; if (!match(s, k "=\"[^\"]*\"")) return ""; return substr(s, RSTART + length(k) + 2, RLENGTH - length(k) - 3) }
function die(msg) { print "gen_diagram: " msg > "/dev/stderr"; failed = 1; exit 1 }

# Pair the named copy's states with the machine's by walking both at once.
function pair(   q, head, tail, n, r, c, nt, rt) {
    q[tail++] = start[2]; map[start[2]] = start[3]
    while (head < tail) {
        n = q[head++]; r = map[n]
        for (c = 1; c <= nsym; c++) {
            nt = tgt[2, n, c]; rt = tgt[3, r, c]
            if (nt == "" || rt == "" || nt == "x" || rt == "x") die("no transition on " c)
            if (!((nt + 0) in map)) { map[nt + 0] = rt + 0; q[tail++] = nt + 0 }
            else if (map[nt + 0] != rt + 0) die("the named copy differs from the machine")
        }
    }
}
function names(   i, s) {
    for (i = 1; i <= nent; i++) {
        if (!(estate[i] in map)) continue
        s = map[estate[i]]
        if (s in sname) sname[s] = sname[s] "/" ename[i]
        else sname[s] = ename[i]
    }
    for (s = 0; s < nstates; s++) if (!(s in sname)) sname[s] = "s" s
}
# A transition's actions: "tags|effect" (rule tags; post or keep, as text).
function acts(s, c,   t, n, a, i, nm, tags, eff) {
    t = act[3, s, c]
    if (t == "x" || t == "") return "|"
    n = split(atab[3, t], a, " ")
    for (i = 1; i <= n; i++) {
        nm = aname[3, a[i]]
        if (nm ~ /^[A-Z]+[0-9]+$/) tags = tags (tags == "" ? "" : " ") nm
        else eff = eff (eff == "" ? "" : ", ") effect(nm)
    }
    return tags "|" eff
}
function effect(nm) {
    if (nm == "post") return "post " event " (error 0)"
    if (nm == "post_maybe") return "may post " event " (error 0)"
    if (nm == "post_error") return "post " event " (the input's error)"
    if (nm == "post_reset") return "post " event " (WSAECONNRESET)"
    if (nm == "post_aborted") return "post " event " (WSAECONNABORTED)"
    if (nm == "post_kept") return "post " event " (the kept error)"
    if (nm == "keep_error") return "keep its error"
    if (nm == "keep_abort") return "keep its error as an abort's"
    return nm
}
function issink(s,   c) {
    for (c = 1; c <= nsym; c++) if (tgt[3, s, c] + 0 != s || acts(s, c) ~ /\|./) return 0
    return 1
}
# "a | b | c" wrapped three names a line.
function symlist(list,   n, a, i, out) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) out = out (i == 1 ? "" : (i % 3 == 1 ? " |\\n" : " | ")) a[i]
    return out
}
function line(syms, ta,   p, tags, eff, out) {
    p = index(ta, "|"); tags = substr(ta, 1, p - 1); eff = substr(ta, p + 1)
    out = symlist(syms) (tags == "" ? "" : " / " tags)
    return out (eff == "" ? "" : "\\n" eff)
}
# A self-loop's symbols: most of the alphabet is "any other" (the state's
# edges name the rest).
function loopsyms(list,   n, tmp) {
    n = split(list, tmp, " ")
    return n == nsym ? "any" : n > nsym / 2 ? "any other" : symlist(list)
}
function html(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); return s }
function style(ta) {
    if (ta ~ /post/) return " color=\"#c0392b\" fontcolor=\"#c0392b\" penwidth=2.4 fontname=\"Helvetica-Bold\""
    if (ta ~ /keep/) return " color=\"#1f5fa8\" fontcolor=\"#1f5fa8\" penwidth=1.6"
    return ""
}
END {
    if (failed) exit 1
    if (nstates == 0 || nent == 0) die("no machine or no names")
    event = toupper(machine)
    pair(); names()
    for (s = 0; s < nstates; s++) sink[s] = issink(s)
    live = 0
    for (s = 0; s < nstates; s++) if (!sink[s]) live++
    # Group every transition by source, target and actions, in a fixed order.
    for (s = 0; s < nstates; s++) for (c = 1; c <= nsym; c++) {
        t = tgt[3, s, c] + 0; ta = acts(s, c)
        if (t == s && ta !~ /\|./) {        # a self-loop that neither posts nor keeps
            if (ta == "|") continue
            k = s SUBSEP ta
            if (!(k in loop)) { lorder[s, ++nloop[s]] = ta; loop[k] = sym[c] }
            else loop[k] = loop[k] " " sym[c]
            continue
        }
        k = s SUBSEP t SUBSEP ta
        if (!(k in edge)) { ekey[++nedge] = k; esrc[nedge] = s; etgt[nedge] = t; eta[nedge] = ta }
        edge[k] = edge[k] (edge[k] == "" ? "" : " ") sym[c]
    }
    # The same exit into a sink from three or more states: fold.
    for (i = 1; i <= nedge; i++) {
        f = etgt[i] SUBSEP eta[i] SUBSEP edge[ekey[i]]
        if (!(f in fsrc)) forder[++nf] = f
        fsrc[f] = fsrc[f] " " esrc[i]; fcount[f]++
    }
    for (j = 1; j <= nf; j++) {
        f = forder[j]
        if (fcount[f] < 3) continue
        for (i = 1; i <= nedge; i++)
            if ((etgt[i] SUBSEP eta[i] SUBSEP edge[ekey[i]]) == f) folded[i] = 1
        split(f, p, SUBSEP)
        g = fsrc[f] SUBSEP p[1]
        if (!(g in gnode)) { gnode[g] = ++ng; gsrcs[ng] = fsrc[f]; gtgt[ng] = p[1]; gcount[ng] = fcount[f] }
        n = gnode[g]
        glab[n, p[2] ~ /\|./] = glab[n, p[2] ~ /\|./] (glab[n, p[2] ~ /\|./] == "" ? "" : "\\l") line(p[3], p[2])
        gta[n, p[2] ~ /\|./] = p[2]
    }

    printf "digraph %s {\n", machine
    printf "\tgraph [rankdir=TB, nodesep=0.25, ranksep=0.45, fontname=\"Helvetica\", fontsize=18, labelloc=t, label=\"%s (%s profile)\"];\n", event, profile
    print "\tnode [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=12, margin=\"0.1,0.04\"];"
    print "\tedge [fontname=\"Helvetica\", fontsize=10, arrowsize=0.7];"
    print "\tentry [shape=point, width=0.12, label=\"\"];"
    for (s = 0; s < nstates; s++) {
        lab = "<B>" html(sname[s]) "</B>"
        for (i = 1; i <= nloop[s]; i++) {
            ta = lorder[s, i]
            lab = lab "<BR/><FONT POINT-SIZE=\"9\">&#8635; " html(loopsyms(loop[s, ta])) " / " html(substr(ta, 1, length(ta) - 1)) "</FONT>"
        }
        gsub(/ \|\\n/, " |<BR/>\\&nbsp;\\&nbsp;", lab)
        printf "\ts%d [label=<%s>%s];\n", s, lab, sink[s] ? ", style=\"rounded,filled\", fillcolor=\"#eeeeee\"" : ""
    }
    printf "\tentry -> s%d;\n", start[3]
    for (i = 1; i <= nedge; i++) {
        if (folded[i]) continue
        k = esrc[i] SUBSEP etgt[i] SUBSEP style(eta[i])
        if (!(k in dlab)) { dorder[++nd] = k; dsrc[nd] = esrc[i]; dtgt[nd] = etgt[i]; dsty[nd] = style(eta[i]); dlab[k] = line(edge[ekey[i]], eta[i]) }
        else dlab[k] = dlab[k] "\\n" line(edge[ekey[i]], eta[i])
    }
    for (i = 1; i <= nd; i++)
        printf "\ts%d -> s%d [label=\"%s\"%s];\n", dsrc[i], dtgt[i], dlab[dorder[i]], dsty[i]
    for (n = 1; n <= ng; n++) {
        k = split(gsrcs[n], srcs, " ")
        who = gcount[n] == live ? "every state" : ""
        if (who == "") for (i = 1; i <= k; i++) who = who (i == 1 ? "" : (i % 3 == 1 ? ",\\n" : ", ")) sname[srcs[i]]
        printf "\tfold%d [shape=note, fontsize=10, fontcolor=\"#555555\", color=\"#999999\", label=\"from %s\"];\n", n, who
        for (pp = 0; pp <= 1; pp++)
            if (glab[n, pp] != "")
                printf "\tfold%d -> s%d [label=\"%s\\l\"%s];\n", n, gtgt[n], glab[n, pp], style(gta[n, pp])
    }
    print "}"
}
