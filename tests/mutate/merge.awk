# SPDX-License-Identifier: MIT
# Merge the outputs of `fdp_mutate mutate --shard K/N` (one file per shard)
# into one report: the header once, every listed mutant, the sums.
/^mutate: [0-9]+ mutants of/ { if (!head++) print; next }
/^mutate: [0-9]+ killed by the vectors/ {
    for (i = 1; i <= NF; i++)
        if ($i ~ /^\(?[0-9.]+$/) { v = $i; sub(/^\(/, "", v); n[++k] = v }
    for (j = 1; j <= 6; j++) sum[j] += n[j]
    if (n[7] > secs) secs = n[7]
    if (!tmpl) { tmpl = $0; some = $0 ~ /\(some new\)/ }
    k = 0; next
}
/^mutate: [0-9]+ vectors written under/ { written += $2; dir = $NF; next }
/^mutants: killed/ { killed += $3; total += $5; v = $6; sub(/^\(/, "", v); eq += v; next }
{ print }
END {
    printf "mutate: %d killed by the vectors%s, %d by verify only; equivalent: %d machine by machine, " \
           "%d unreachable from the API, %d unobservable after close, %d unobservable " \
           "otherwise (verify) (%.1f s)\n", sum[1], some ? " (some new)" : "", sum[2],
           sum[3], sum[4], sum[5], sum[6], secs
    if (written)
        printf "mutate: %d vectors written under %s\n", written, dir
    printf "mutants: killed %d of %d (%d equivalent)\n", killed, total, eq
}
