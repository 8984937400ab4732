#!/bin/sh
# SPDX-License-Identifier: MIT
# check-style: the habits of .editorconfig on every hand-written file, and
# clang-format (.clang-format) on the C files named as arguments.
#
#   STYLE_SKIP="gen/ tests/malformed/ ..."  path prefixes that are generated
#                                           or deliberately malformed
#   CLANG_FORMAT=clang-format               the formatter (version 14)
#   STYLE_FILES="a b"                       check these instead of the tree
#   sh dist/check-style.sh [C FILES TO FORMAT-CHECK...]
#
# Whitespace rules: no trailing blanks, a final newline, no tab except in
# Makefiles (recipes need them).  Binary files are skipped.  The hand-written
# files are git's tracked files, or every file outside build/ without git.
set -u
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
skip=${STYLE_SKIP:-}
bad=0 n=0

files() {
    if [ "${STYLE_FILES+set}" ]; then
        printf '%s\n' $STYLE_FILES
    elif git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files --cached --others --exclude-standard
    else
        find . -path ./build -prune -o -path ./.git -prune -o -type f -print |
            sed 's|^\./||'
    fi
}

skipped() {
    for p in $skip; do
        case $1 in "$p"*) return 0 ;; esac
    done
    return 1
}

tab=$(printf '\t')
for f in $(files); do
    skipped "$f" && continue
    [ -f "$f" ] || continue
    grep -Iq . "$f" 2>/dev/null || [ ! -s "$f" ] || continue   # binary
    n=$((n + 1))
    if grep -n "[ $tab]\$" "$f" | head -n 3 | sed "s|^|$f:|;s|\$|: trailing blank|" | grep .; then
        bad=1
    fi
    if [ -s "$f" ] && [ "$(tail -c 1 "$f" | od -An -c | tr -d ' ')" != '\n' ]; then
        echo "$f: no newline at the end"; bad=1
    fi
    case $f in
    Makefile | */Makefile | *.mk) ;;
    *)  if grep -n "$tab" "$f" | head -n 3 | sed "s|^|$f:|;s|\$|: tab|" | grep .; then
            bad=1
        fi ;;
    esac
done

if [ $# -gt 0 ]; then
    if ! "$CLANG_FORMAT" --dry-run -Werror "$@"; then
        echo "check-style: run '$CLANG_FORMAT -i' on the files above"; bad=1
    fi
fi
if [ $bad = 0 ]; then
    echo "style: $n hand-written files clean (.editorconfig), $# formatted (.clang-format)"
fi
[ $bad = 0 ]
