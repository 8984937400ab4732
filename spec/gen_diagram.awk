# SPDX-License-Identifier: MIT
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
        else eff = eff (eff == "" ? "" : "\\n") effect(nm)
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
# "a | b | c" wrapped two names a line.
function symlist(list,   n, a, i, out) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) out = out (i == 1 ? "" : (i % 2 == 1 ? " |\\n" : " | ")) a[i]
    return out
}
# "symbols / tags" of a group of transitions (its effect goes apart).
function line(syms, ta,   tags) {
    tags = substr(ta, 1, index(ta, "|") - 1)
    return symlist(syms) (tags == "" ? "" : " / " tags)
}
function eff(ta) { return substr(ta, index(ta, "|") + 1) }
# Label item j of (one drawn edge) `d`: lines grouped by effect, each
# effect written once under its lines; `nl` ends a line.
function compose(d, nl,   j, e, k, out, done) {
    for (j = 1; j <= nitem[d]; j++) {
        e = ieff[d, j]
        if (e in done) continue
        done[e] = 1
        for (k = j; k <= nitem[d]; k++)
            if (ieff[d, k] == e) out = out (out == "" ? "" : nl) iline[d, k]
        if (e != "") out = out nl e
    }
    return out
}
function additem(d, ta, syms) { nitem[d]++; ieff[d, nitem[d]] = eff(ta); iline[d, nitem[d]] = line(syms, ta) }
# A self-loop's symbols at state s: most of the alphabet is "any other"
# (the state's edges name the rest), but for the symbols s ignores.
function loopsyms(s, list,   n, tmp) {
    n = split(list, tmp, " ")
    if (n == nsym) return "any"
    if (n <= nsym / 2) return symlist(list)
    return "any other" (s in uloop ? " but " symlist(uloop[s]) : "")
}
function html(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); return s }
function style(ta) {
    if (ta ~ /post/) return " color=\"#c0392b\" fontcolor=\"#c0392b\" penwidth=2.4 fontname=\"Helvetica-Bold\""
    if (ta ~ /keep/) return " color=\"#1f5fa8\" fontcolor=\"#1f5fa8\" penwidth=1.6"
    return ""
}
# Every transition grouped by source, target and actions, in a fixed order.
function collect(   s, c, t, ta, k) {
    for (s = 0; s < nstates; s++) for (c = 1; c <= nsym; c++) {
        t = tgt[3, s, c] + 0; ta = acts(s, c)
        if (t == s && ta !~ /\|./) {        # a self-loop that neither posts nor keeps
            if (ta == "|") { if (s in uloop) uloop[s] = uloop[s] " " sym[c]; else uloop[s] = sym[c]; continue }
            k = s SUBSEP ta
            if (!(k in loop)) { lorder[s, ++nloop[s]] = ta; loop[k] = sym[c] }
            else loop[k] = loop[k] " " sym[c]
            continue
        }
        k = s SUBSEP t SUBSEP ta
        if (!(k in edge)) { ekey[++nedge] = k; esrc[nedge] = s; etgt[nedge] = t; eta[nedge] = ta; edge[k] = sym[c] }
        else edge[k] = edge[k] " " sym[c]
    }
}
# The same exit (symbols, actions, target) from three or more states is
# drawn once, from a note naming the states (one note for each set of
# states); drawn edges are numbered in
# `d*` (fold notes' edges too, with dnote set).
function fold(   i, f, j, g, n, k, nf, forder, fsrc, fcount, gnode) {
    for (i = 1; i <= nedge; i++) {
        f = etgt[i] SUBSEP eta[i] SUBSEP edge[ekey[i]]
        if (!(f in fsrc)) { forder[++nf] = f; fsrc[f] = esrc[i] } else fsrc[f] = fsrc[f] " " esrc[i]
        fcount[f]++; efold[i] = f
    }
    for (i = 1; i <= nedge; i++) {
        f = efold[i]
        if (fcount[f] >= 3) {
            g = fsrc[f]
            if (!(g in gnode)) { gnode[g] = ++nnote; notesrc[nnote] = fsrc[f]; notecount[nnote] = fcount[f] }
            if (esrc[i] != substr(fsrc[f] " ", 1, index(fsrc[f] " ", " ") - 1)) continue
            k = "n" gnode[g] SUBSEP etgt[i] SUBSEP style(eta[i])
        } else k = esrc[i] SUBSEP etgt[i] SUBSEP style(eta[i])
        if (!(k in drawn)) { drawn[k] = ++nd; dsrc[nd] = (fcount[f] >= 3 ? "note" gnode[g] : "s" esrc[i]); dtgt[nd] = etgt[i]; dsty[nd] = style(eta[i]); dnote[nd] = fcount[f] >= 3 }
        additem(drawn[k], eta[i], edge[ekey[i]])
    }
}
# Who a note speaks for: every state, every state but a few, or a list.
function who(n,   k, srcs, i, in_, out, miss, nmiss, w) {
    if (notecount[n] == live) return "every state"
    k = split(notesrc[n], srcs, " ")
    for (i = 1; i <= k; i++) in_[srcs[i]] = 1
    if (live - k <= 3) {
        for (i = 0; i < nstates; i++)
            if (!sink[i] && !(i in in_)) miss = miss (nmiss++ ? ", " : "") sname[i]
        return "every state but " miss
    }
    for (i = 1; i <= k; i++) {           # lines of about 24 characters
        if (i > 1 && w + length(sname[srcs[i]]) > 24) { out = out ",\\n"; w = 0 }
        else if (i > 1) { out = out ", "; w += 2 }
        out = out sname[srcs[i]]; w += length(sname[srcs[i]]) + (i == 1 ? 5 : 0)
    }
    return out
}
function legend() {
    return "<FONT POINT-SIZE=\"10\">edge: symbols / rule tags" \
        "<FONT COLOR=\"#c0392b\"><B>; red: posts " event "</B></FONT>" \
        "<FONT COLOR=\"#1f5fa8\">; blue: keeps an error</FONT><BR/>" \
        "&#8635; in a state: symbols it ignores but for a rule tag; " \
        "note: the same exit from the states it names</FONT>"
}
function node(s,   lab, i, ta) {
    lab = "<B>" html(sname[s]) "</B>"
    for (i = 1; i <= nloop[s]; i++) {
        ta = lorder[s, i]
        lab = lab "<BR/><FONT POINT-SIZE=\"9\">&#8635; " html(loopsyms(s, loop[s, ta])) " / " html(substr(ta, 1, length(ta) - 1)) "</FONT>"
    }
    gsub(/ \|\\n/, " |<BR/>\\&nbsp;\\&nbsp;", lab)
    printf "\ts%d [label=<%s>%s];\n", s, lab, sink[s] ? ", style=\"rounded,filled\", fillcolor=\"#eeeeee\"" : ""
}
END {
    if (failed) exit 1
    if (nstates == 0 || nent == 0) die("no machine or no names")
    event = toupper(machine)
    pair(); names()
    for (s = 0; s < nstates; s++) if (!(sink[s] = issink(s))) live++
    collect(); fold()
    printf "digraph %s {\n", machine
    printf "\tgraph [rankdir=%s, fontname=\"Helvetica\", fontsize=18, labelloc=t, label=<%s (%s profile)<BR/>%s>];\n", rankdir == "" ? "TB" : rankdir, event, profile, legend()
    print "\tnode [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=12, margin=\"0.1,0.04\"];"
    print "\tedge [fontname=\"Helvetica\", fontsize=10, arrowsize=0.7];"
    print "\tentry [shape=point, width=0.12, label=\"\"];"
    for (s = 0; s < nstates; s++) node(s)
    printf "\tentry -> s%d;\n", start[3]
    for (n = 1; n <= nnote; n++)
        printf "\tnote%d [shape=note, fontsize=10, fontcolor=\"#555555\", color=\"#999999\", label=\"from %s\"];\n", n, who(n)
    for (i = 1; i <= nd; i++)
        printf "\t%s -> s%d [label=\"%s\"%s];\n", dsrc[i], dtgt[i], dnote[i] ? compose(i, "\\l") "\\l" : compose(i, "\\n"), dsty[i]
    print "}"
}
