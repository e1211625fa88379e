#!/bin/sh
# Build the fbcon kselftest from the 6.12 queue's tree (patches 4, 20, 26),
# statically linked so that the same binary runs in the guest of every
# kernel, of either base; and the upstream fbcon posting's small kselftest
# (fbcon_map), where the upstream tree has it, for the ks-* scenarios.
set -eu
. "$(dirname -- "$0")/lib.sh"

# Build the kselftest in directory $1 into $BUILD/selftest, its log in $2;
# $3 names it in the error.
build_selftest() {
	make -s -C "$1" OUTPUT="$BUILD/selftest" LDFLAGS=-static >"$2" 2>&1 ||
		{ cat "$2" >&2; die "$3 build failed"; }
}

base_load 6.12
src=$TREE/tools/testing/selftests/fbcon
[ -f "$src/fbcon_test.c" ] || die "$src/fbcon_test.c missing: is the series applied?"
mkdir -p "$BUILD/selftest"
build_selftest "$src" "$BUILD/selftest/build.log" "fbcon kselftest"

# The upstream posting's kselftest, run whole by the ks-fbcon_map scenario.
base_load upstream
up=$TREE/tools/testing/selftests/fbcon
[ ! -f "$up/fbcon_map.c" ] ||
	build_selftest "$up" "$BUILD/selftest/build-upstream.log" "upstream fbcon kselftest"
