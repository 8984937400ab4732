#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs what `make check` needs on a Debian machine, where it is missing:
# Ragel (spec), re2c (trace lexer), Check (tests), Graphviz and xmllint
# (diagrams), clang with its fuzzer runtime, clang-format (style),
# mingw-w64 (portability), valgrind, man and groff (the man pages), and Wine
# (64-bit: check-wine runs the probe headless, on Wine's null display driver,
# so no X server is needed).
# Run as root (CI is); otherwise it prints the command to run.
set -eu
missing=""
need() { command -v "$1" >/dev/null 2>&1 || missing="$missing $2"; }
need ragel ragel
need re2c re2c
need pkg-config pkg-config
need dot graphviz
need xmllint libxml2-utils
need clang clang
need clang-format clang-format
need man man-db
need groff groff-base
need x86_64-w64-mingw32-gcc gcc-mingw-w64-x86-64
need valgrind valgrind
need python3 python3
need awk gawk
need wine wine
[ -x /usr/lib/wine/wine64 ] || command -v wine64 >/dev/null 2>&1 || missing="$missing wine64"
pkg-config --exists check 2>/dev/null || missing="$missing check"
# libFuzzer and the sanitizer runtimes come with clang's runtime package.
if command -v clang >/dev/null 2>&1; then
    major=$(clang -dumpversion | cut -d. -f1)
    ls /usr/lib/llvm-"$major"/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a \
        >/dev/null 2>&1 || missing="$missing libclang-rt-$major-dev"
else
    missing="$missing libclang-rt-dev"
fi
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "deps: missing:$missing" >&2
    echo "deps: run as root: apt-get install -y$missing" >&2
    exit 1
fi
echo "deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# The generic name if clang's versioned runtime was not known yet.
apt-get install -y -qq $(echo "$missing" | sed 's/libclang-rt-dev/clang/') >/dev/null
if [ "${missing#*libclang-rt-dev}" != "$missing" ]; then
    major=$(clang -dumpversion | cut -d. -f1)
    apt-get install -y -qq "libclang-rt-$major-dev" >/dev/null
fi
echo "deps: ready"
