#!/bin/sh
# make test: everything that checks the project, as TAP, ending with
# "N passed, N failed, N skipped".  Progress goes to stderr.
set -eu
. "$(dirname -- "$0")/lib.sh"

sh "$TOP/scripts/build-all.sh"

export TAP_STATE="$BUILD/tap.state"
. "$TOP/scripts/tap.sh"
tap_begin
say "series hygiene"
sh "$TOP/scripts/check-series.sh"
say "every patch builds"
sh "$TOP/scripts/build-each.sh"
say "KUnit (kunit.py, x86_64 under QEMU)"
sh "$TOP/scripts/kunit.sh"
say "scenarios on the patched kernel ($(sh "$TOP/scripts/accel.sh"))"
sh "$TOP/scripts/scenarios.sh" patched
say "scenarios on the pristine kernel"
sh "$TOP/scripts/scenarios.sh" base
say "scenarios on the patched kernel with DETECT_PRIMARY off"
sh "$TOP/scripts/scenarios.sh" nodetect
say "scenarios on the debug kernel (KASAN, lockdep, kmemleak): any report fails"
sh "$TOP/scripts/scenarios.sh" debug
sh "$TOP/scripts/compare.sh" | sed 's/^/# /'
tap_end
