#!/bin/sh
# SPDX-License-Identifier: MIT
# check-install: judge a scratch install (make install DESTDIR=DIR/root
# PREFIX=PREFIX) as a user of the library would meet it.
#
#   VERSION=0.2.0 SONAME=libfdpost.so.0.2 sh check-install.sh DIR PREFIX
#
# Builds tests/install/consumer.c against the installed copy through
# pkg-config, shared and static, and through CMake's find_package when cmake
# is there; runs each; checks that the shared library exports exactly the
# functions the installed headers declare, that `fdpost --version` and the
# header agree with VERSION, and that man renders both pages.
set -u
dir=$(cd "$1" && pwd) prefix=$2
root=$dir/root
CC=${CC:-cc}
fail=0
no() { echo "check-install: $*"; fail=1; }

# pkg-config, through the install's sysroot
PKG_CONFIG_PATH=$root$prefix/lib/pkgconfig PKG_CONFIG_SYSROOT_DIR=$root
export PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR
[ "$(pkg-config --modversion fdpost)" = "$VERSION" ] || no "fdpost.pc version is not $VERSION"
cflags=$(pkg-config --cflags fdpost) libs=$(pkg-config --libs fdpost)
lib=$root$prefix/lib

# shared: linked against the soname, runs from the installed library
$CC -std=c99 -pedantic -Wall -Wextra -Werror tests/install/consumer.c $cflags $libs \
    -o "$dir/consumer-shared" || no "consumer does not build against the shared library"
readelf -d "$dir/consumer-shared" | grep -q "NEEDED.*\[$SONAME\]" ||
    no "consumer-shared does not need $SONAME"
LD_LIBRARY_PATH=$lib "$dir/consumer-shared" >/dev/null || no "consumer-shared fails"

# static: the archive, no run-time dependency on libfdpost
$CC -std=c99 -pedantic -Wall -Wextra -Werror tests/install/consumer.c $cflags \
    -Wl,-Bstatic $libs -Wl,-Bdynamic -o "$dir/consumer-static" ||
    no "consumer does not build against the static library"
! readelf -d "$dir/consumer-static" | grep -q libfdpost || no "consumer-static needs libfdpost.so"
"$dir/consumer-static" >/dev/null || no "consumer-static fails"

# exports: exactly the functions the headers declare
grep -hE '^[a-z].*[ *]fdp_[a-z_0-9]+\(' "$root$prefix"/include/fdpost.h \
    "$root$prefix"/include/fdp_recorder.h | grep -v '^typedef' |
    sed -E 's/^[^(]*[ *](fdp_[a-z_0-9]+)\(.*/\1/' | sort > "$dir/declared"
nm -D --defined-only "$lib/$SONAME" | awk '{ print $3 }' | sed 's/@.*//' |
    grep -v '^FDPOST_' | sort > "$dir/exported"
if ! diff "$dir/declared" "$dir/exported" > "$dir/exports.diff"; then
    no "exported symbols differ from the headers' functions (< declared, > exported):"
    cat "$dir/exports.diff"
fi
grep -Eq '^fdp_profile(s|_names)$' "$dir/exported" && no "internal tables exported"
[ -s "$dir/declared" ] || no "no function found in the installed headers"

# versions
[ "$("$root$prefix/bin/fdpost" --version)" = "fdpost $VERSION" ] || no "fdpost --version is not $VERSION"
grep -q "^#define FDP_VERSION_STRING \"$VERSION\"" "$root$prefix/include/fdpost.h" ||
    no "FDP_VERSION_STRING in fdpost.h is not VERSION ($VERSION)"

# man pages: rendered without a warning
for page in man1/fdpost.1 man3/fdpost.3; do
    f=$root$prefix/share/man/$page
    out=$(MANWIDTH=80 man -l "$f" 2>"$dir/man.err" | wc -l)
    [ "$out" -gt 20 ] && [ ! -s "$dir/man.err" ] || { no "man -l $page:"; cat "$dir/man.err"; }
    groff -mandoc -ww -z "$f" 2>"$dir/groff.err"
    [ ! -s "$dir/groff.err" ] || { no "groff warns on $page:"; cat "$dir/groff.err"; }
done

# CMake, when it is there
if command -v cmake >/dev/null 2>&1; then
    mkdir -p "$dir/cmake"
    cat > "$dir/cmake/CMakeLists.txt" <<EOC
cmake_minimum_required(VERSION 3.13)
project(consumer C)
find_package(fdpost $VERSION REQUIRED)
add_executable(consumer-cmake $(pwd)/tests/install/consumer.c)
target_link_libraries(consumer-cmake fdpost::fdpost)
add_executable(consumer-cmake-static $(pwd)/tests/install/consumer.c)
target_link_libraries(consumer-cmake-static fdpost::static)
EOC
    if cmake -S "$dir/cmake" -B "$dir/cmake/build" -DCMAKE_PREFIX_PATH="$root$prefix" \
           -DCMAKE_C_COMPILER="$CC" >"$dir/cmake.log" 2>&1 &&
       cmake --build "$dir/cmake/build" >>"$dir/cmake.log" 2>&1; then
        LD_LIBRARY_PATH=$lib "$dir/cmake/build/consumer-cmake" >/dev/null || no "consumer-cmake fails"
        "$dir/cmake/build/consumer-cmake-static" >/dev/null || no "consumer-cmake-static fails"
        cmakes=", CMake (shared and static)"
    else
        no "find_package(fdpost) build failed:"; tail -n 20 "$dir/cmake.log"
    fi
else
    cmakes=" (no cmake here: find_package not tried)"
fi

[ $fail = 0 ] && echo "install: consumer built with pkg-config (shared, static)${cmakes} and passes;" \
    "$(wc -l < "$dir/exported") symbols exported, all declared in the headers; --version $VERSION; man pages render"
[ $fail = 0 ]
