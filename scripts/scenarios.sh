#!/bin/sh
# Run scenarios as TAP lines (continuing test.sh's run, or a run of its own).
#   scenarios.sh patched|base|nodetect|debug [SCENARIO...]
# On the patched kernel a scenario passes, or is a TODO when its file sets
# todo= (behaviour a later issue adds).  The nodetect kernel (patched, with
# FRAMEBUFFER_CONSOLE_DETECT_PRIMARY off) runs the scenarios whose file
# sets nodetect=1, and they must pass there too.  The debug kernel (KASAN,
# lockdep, kmemleak, debugobjects) runs every scenario, and each must pass
# with no kernel report in its serial log.  On the pristine kernel its result
# must be what the file's pristine= says (default pass): a scenario with
# pristine=fail reproduces the bug the series fixes.  With shows=gpu0|gpu1
# the run takes screendumps, and that GPU's screen must show new content
# after the action (scripts/screen-check.sh).
set -eu
. "$(dirname -- "$0")/lib.sh"
. "$TOP/scripts/tap.sh"
tap_open

variant=$1
shift
# shellcheck disable=SC2046
[ $# -gt 0 ] || set -- $(scenario_names)
for name; do
	[ -f "$TOP/scenarios/$name" ] || { tap_fail "$variant/$name: no such scenario"; continue; }
	load_scenario "$name"
	scenario_runs_on "$variant" || continue
	line=$(sh "$TOP/scripts/run-scenario.sh" ${shows:+--dump} "$variant" "$name" 2>&1 | tail -1) || true
	status=$(echo "$line" | cut -d' ' -f4)
	detail=$(echo "$line" | cut -d' ' -f5- | sed 's/ *$//')
	# shows=GPU: the console must be seen on that GPU's screen afterwards.
	if [ -n "$shows" ] && [ "$status" = pass ]; then
		if seen=$(sh "$TOP/scripts/screen-check.sh" "$BUILD/runs/$variant/$name" "$shows"); then
			detail="$detail${detail:+, }$seen"
		else
			status=fail detail="screendump: $seen"
			line="RESULT $variant $name fail $detail"
			printf '%s\n' "$line" >"$BUILD/runs/$variant/$name/result"
		fi
	fi
	case $variant/$status in
	patched/pass | nodetect/pass | debug/pass)
		if [ -n "$todo" ]; then
			tap_pass "$variant/$name ($detail) # TODO passes now: remove todo= from scenarios/$name"
		else
			tap_pass "$variant/$name ($detail)"
		fi ;;
	patched/fail | nodetect/fail | debug/fail)
		if [ -n "$todo" ]; then
			tap_todo "$variant/$name" "$todo"
		else
			echo "# $line"
			tap_fail "$variant/$name: see build/runs/$variant/$name/serial.log"
		fi ;;
	*/skip) tap_skip "$variant/$name" "$detail" ;;
	base/*)
		if [ "$status" = "$pristine" ]; then
			tap_pass "pristine/$name $status as expected ($detail)"
		else
			echo "# $line"
			tap_fail "pristine/$name: expected $pristine, got $status (build/runs/base/$name/serial.log)"
		fi ;;
	*) echo "# $line"; tap_fail "$variant/$name: no result" ;;
	esac
done
tap_close
