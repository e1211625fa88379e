#!/bin/sh
# make test: everything that checks the project, on both bases, as TAP,
# ending with "N passed, N failed, N skipped".  Progress goes to stderr.
set -eu
. "$(dirname -- "$0")/lib.sh"

sh "$TOP/scripts/build-all.sh"

export TAP_STATE="$BUILD/tap.state"
. "$TOP/scripts/tap.sh"
tap_begin
# Every patch builds: make check-builds builds each base's kernel at every
# commit of its series and records each commit it verified (by its tree,
# outside the clone); make test reports those records and skips the
# commits no record covers, so that a cold run stays near 60 minutes (the
# 50 upstream commits take about 37 minutes on the slower kind of machine).
for b in $(base_names); do
	say "$b: series hygiene"
	sh "$TOP/scripts/check-series.sh" "$b"
	say "$b: every patch builds (the records of make check-builds)"
	sh "$TOP/scripts/build-each.sh" "$b" --recorded
	say "$b: KUnit (kunit.py, x86_64 under QEMU)"
	sh "$TOP/scripts/kunit.sh" "$b"
done
# The pristine kernels: make pristine (and make compare) boot them and
# record each result by its inputs, outside the clone; make test judges
# those records and skips a boot without one, so that a cold run builds
# and boots no pristine kernel (about 13 minutes on the slower machines).
say "scenarios on every kernel variant ($(sh "$TOP/scripts/accel.sh"))"
sh "$TOP/scripts/scenarios.sh" "$(variant_names | paste -sd, -)"
sh "$TOP/scripts/compare.sh" | sed 's/^/# /'
tap_end
