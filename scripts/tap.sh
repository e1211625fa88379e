# TAP helpers for the host-side test run; sourced, not run.
# Results are appended to the file $TAP_STATE, so that the closing count
# survives subshells and the scripts that test.sh runs one after another.
# shellcheck shell=sh

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

# A script that reports TAP lines calls tap_open first and tap_close last.
# Under test.sh (TAP_STATE exported) its lines continue that run; run alone,
# it makes a run of its own, with a private state file, and tap_close
# prints the plan and the count and returns non-zero if anything failed.
tap_open() {
	if [ -n "${TAP_STATE:-}" ]; then
		TAP_OWN=
	else
		TAP_OWN=1
		TAP_STATE=$(mktemp)
		tap_begin
	fi
}

tap_close() {
	[ -n "$TAP_OWN" ] || return 0
	rc=0
	tap_end || rc=$?
	rm -f "$TAP_STATE"
	return "$rc"
}
