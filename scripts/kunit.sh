#!/bin/sh
# Run the KUnit suites the series adds (every .kunitconfig it touches) with
# kunit.py on x86_64 under QEMU, and report each test as a TAP line.
set -eu
. "$(dirname -- "$0")/lib.sh"
. "$TOP/scripts/tap.sh"
tap_open

configs=$(git -C "$TREE" diff --name-only "$BASE_TAG" HEAD -- '*.kunitconfig' | sed 's|/\.kunitconfig$||')
if [ -z "$configs" ]; then
	tap_skip "kunit" "the series adds no .kunitconfig"
else
	args=
	for c in $configs; do args="$args --kunitconfig=$c"; done
	log=$BUILD/kunit.log
	mkdir -p "$BUILD/kunit"
	rc=0
	# shellcheck disable=SC2086
	(cd "$TREE" && python3 tools/testing/kunit/kunit.py run --arch=x86_64 \
		--build_dir="$BUILD/kunit" --jobs="$(nproc)" --timeout=300 \
		--make_options CC="$KCC" $args) \
		>"$log" 2>&1 || rc=$?
	# Result lines look like "[10:00:01] [PASSED] name"; suite lines are
	# framed with "=" and are not tests of their own.
	sed -n 's/^\[[0-9:]*\] \[\(PASSED\|FAILED\|SKIPPED\|CRASHED\)\] \([^=]*\)$/\1 \2/p' "$log" >"$log.results"
	while read -r status name; do
		case $status in
		PASSED) tap_pass "kunit: $name" ;;
		SKIPPED) tap_skip "kunit: $name" ;;
		*) tap_fail "kunit: $name ($status; see $log)" ;;
		esac
	done <"$log.results"
	if [ "$rc" -ne 0 ] || [ ! -s "$log.results" ]; then
		tail -20 "$log" | sed 's/^/# /'
		tap_fail "kunit: kunit.py exited $rc (see $log)"
	fi
fi
tap_close
