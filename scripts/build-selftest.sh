#!/bin/sh
# Build the fbcon kselftest from the patched tree, statically linked so
# that the same binary runs in the guest of either kernel.
set -eu
. "$(dirname -- "$0")/lib.sh"
src=$TREE/tools/testing/selftests/fbcon
[ -f "$src/fbcon_test.c" ] || die "$src/fbcon_test.c missing: is the series applied?"
mkdir -p "$BUILD/selftest"
make -s -C "$src" OUTPUT="$BUILD/selftest" LDFLAGS=-static >"$BUILD/selftest/build.log" 2>&1 ||
	{ cat "$BUILD/selftest/build.log" >&2; die "fbcon kselftest build failed"; }
