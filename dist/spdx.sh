#!/bin/sh
# SPDX-License-Identifier: MIT
# spdx: the licence line at the top of every hand-written source file.
#
#   sh dist/spdx.sh [FILE...]          add `SPDX-License-Identifier: MIT` where
#                                      it is missing (idempotent)
#   sh dist/spdx.sh --check [FILE...]  list the files without it; exit 1 if any
#
# Without FILEs: git's tracked files (or every file outside build/), minus
# the path prefixes in $SPDX_SKIP (generated files carry the line their
# generator writes).  Sources are C (.c .h .re), Ragel (.rl), awk, shell,
# Python, YAML, Makefiles, and the dot-files that take # comments.  The line goes first,
# in the file's comment syntax; after a #! line, or after the opening %%{
# of a Ragel file (text before it would be copied into the generated C).
set -u
TAG='SPDX-License-Identifier: MIT'
check=0
[ "${1:-}" = --check ] && { check=1; shift; }

files() {
    if [ $# -gt 0 ]; then
        printf '%s\n' "$@"
    elif git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files --cached --others --exclude-standard
    else
        find . -path ./build -prune -o -path ./.git -prune -o -type f -print |
            sed 's|^\./||'
    fi
}

# The comment that carries the tag for FILE, or nothing: not a source.
comment_for() {
    case $1 in
    *.c | *.h | *.re | *.map) echo "/* $TAG */" ;;
    *.rl | *.awk | *.sh | *.py | *.yml | *.mk | */Makefile | Makefile | *.cmake | \
    .editorconfig | .clang-format | .gitignore | .ci/run | *.pc.in | *.cmake.in)
        echo "# $TAG" ;;
    esac
}

skipped() {
    for p in ${SPDX_SKIP:-}; do
        case $1 in "$p"*) return 0 ;; esac
    done
    return 1
}

missing=0 added=0 n=0
for f in $(files "$@"); do
    [ -f "$f" ] || continue
    [ $# -gt 0 ] || ! skipped "$f" || continue
    line=$(comment_for "$f")
    [ -n "$line" ] || continue
    n=$((n + 1))
    head -n 3 "$f" | grep -q "$TAG" && continue
    if [ $check = 1 ]; then
        echo "$f: no '$TAG' line"; missing=$((missing + 1)); continue
    fi
    first=$(head -n 1 "$f")
    tmp="$f.spdx.$$"
    case $first in
    '#!'* | '%%{'*) { echo "$first"; echo "$line"; tail -n +2 "$f"; } > "$tmp" ;;
    *) { echo "$line"; cat "$f"; } > "$tmp" ;;
    esac
    chmod --reference="$f" "$tmp" 2>/dev/null
    mv "$tmp" "$f"
    added=$((added + 1))
done
if [ $check = 1 ]; then
    [ $missing = 0 ] && echo "spdx: $n source files carry the licence line"
    [ $missing = 0 ]
else
    echo "spdx: added the licence line to $added of $n source files"
fi
