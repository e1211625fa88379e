# TAP helpers for the host-side test run; sourced, not run.
# Results are appended to $TAP_STATE so that the closing count survives
# subshells.
# shellcheck shell=sh

TAP_STATE=${TAP_STATE:-$BUILD/tap.state}

tap_begin() {
	mkdir -p "$(dirname "$TAP_STATE")"
	: >"$TAP_STATE"
	echo "TAP version 13"
}


_tap() { # status text
	n=$(($(wc -l <"$TAP_STATE") + 1))
	echo "$1" >>"$TAP_STATE"
	shift
	echo "$* " | sed "s/^\(not ok\|ok\) /\1 $n /; s/ $//"
}

tap_pass() { _tap pass "ok $*"; }
tap_fail() { _tap fail "not ok $*"; }
tap_skip() { _tap skip "ok $1 # SKIP ${2:-}"; }
tap_todo() { _tap skip "not ok $1 # TODO ${2:-}"; }

# Print the plan and the closing line; return non-zero if anything failed.
tap_end() {
	pass=$(grep -c '^pass$' "$TAP_STATE" || true)
	fail=$(grep -c '^fail$' "$TAP_STATE" || true)
	skip=$(grep -c '^skip$' "$TAP_STATE" || true)
	echo "1..$((pass + fail + skip))"
	echo "$pass passed, $fail failed, $skip skipped"
	[ "$fail" -eq 0 ]
}
