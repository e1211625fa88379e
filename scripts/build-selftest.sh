#!/bin/sh
# Build the fbcon kselftest from the 6.12 queue's tree (patches 4, 20, 26),
# statically linked so that the same binary runs in the guest of every
# kernel, of either base; and the upstream fbcon posting's small kselftest
# (fbcon_map), where the upstream tree has it, for the ks-* scenarios.
set -eu
. "$(dirname -- "$0")/lib.sh"
base_load 6.12
src=$TREE/tools/testing/selftests/fbcon
[ -f "$src/fbcon_test.c" ] || die "$src/fbcon_test.c missing: is the series applied?"
mkdir -p "$BUILD/selftest"
make -s -C "$src" OUTPUT="$BUILD/selftest" LDFLAGS=-static >"$BUILD/selftest/build.log" 2>&1 ||
	{ cat "$BUILD/selftest/build.log" >&2; die "fbcon kselftest build failed"; }

# The upstream posting's kselftest, run whole by the ks-fbcon_map scenario.
base_load upstream
up=$TREE/tools/testing/selftests/fbcon
if [ -f "$up/fbcon_map.c" ]; then
	make -s -C "$up" OUTPUT="$BUILD/selftest" LDFLAGS=-static \
		>"$BUILD/selftest/build-upstream.log" 2>&1 ||
		{ cat "$BUILD/selftest/build-upstream.log" >&2; die "upstream fbcon kselftest build failed"; }
fi
