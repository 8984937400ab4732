#!/bin/sh
# SPDX-License-Identifier: MIT
# links: every relative link of the Markdown files named resolves to a file
# or folder of the repository, so a regenerated folder that lost its README
# is caught.  Web links and in-page anchors are not followed.
#
#   sh dist/links.sh FILE.md...     prints each broken link; exit 1 if any
bad=0
for f in "$@"; do
    dir=$(dirname "$f")
    # ](target) and ](target "title"): the target up to a space or ')'
    grep -no '](\([^)#[:space:]]*\)' "$f" | while IFS= read -r hit; do
        line=${hit%%:*}
        target=${hit#*](}
        case $target in
            ''|http:*|https:*|mailto:*) continue ;;
        esac
        [ -e "$dir/$target" ] || echo "$f:$line: broken link: $target"
    done
done | { grep . && bad=1; exit $bad; }
