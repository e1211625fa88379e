#!/bin/sh
# Run scenarios as TAP lines (continuing test.sh's run, or a run of its own).
#   scenarios.sh VARIANT [SCENARIO...]   (VARIANT: configs/variants)
# What a scenario must give depends on the variant's kind.  On a patched
# kernel it passes, or is a TODO when its file sets todo= (behaviour a later
# issue adds).  The nodetect kernel (patched, with
# FRAMEBUFFER_CONSOLE_DETECT_PRIMARY off) runs the scenarios whose file
# sets nodetect=1, and they must pass there too.  A debug kernel (KASAN,
# lockdep, kmemleak, debugobjects) runs every scenario, and each must pass
# with no kernel report in its serial log.  On a pristine kernel its result
# must be what the file's pristine= says (pristine_upstream= on the
# upstream base; default pass): a scenario with pristine=fail reproduces a
# bug the patches fix.  On the upstream base, a scenario whose file sets
# waits= does not run: its story needs a posting that has not landed there.  With shows=gpu0|gpu1
# the run takes screendumps, and that GPU's screen must show new content
# after the action (scripts/screen-check.sh); with still=gpu0|gpu1, that
# GPU's screen must be the same picture before and after.
set -eu
. "$(dirname -- "$0")/lib.sh"
. "$TOP/scripts/tap.sh"
tap_open

variant=${1:-}
variant_load "$variant" || die "usage: $0 VARIANT [SCENARIO...] ($(variant_names | tr '\n' ' '))"
shift
# shellcheck disable=SC2046
[ $# -gt 0 ] || set -- $(scenario_names)

# Boots run in WB_JOBS lanes at once (default: one per CPU).  A TCG guest
# keeps one host CPU busy, so two lanes on two CPUs halve the wall time.
# Each lane takes the next scenario from a queue; results are read back in
# the order given, so the TAP output does not depend on which lane ran what.
jobs=${WB_JOBS:-$(nproc)}
case $jobs in '' | *[!0-9]* | 0) die "WB_JOBS=$jobs: a number of lanes, 1 or more" ;; esac
work=$BUILD/runs/$variant
mkdir -p "$work"
queue=$work/.queue lock=$work/.queue.lock
rm -f "$queue"
rmdir "$lock" 2>/dev/null || true
for name; do
	[ -f "$TOP/scenarios/$name" ] || continue
	load_scenario "$name"
	scenario_runs_on "$variant" || continue
	# The long stress boots (limit=) go first, so that no lane starts one
	# when the others are done.
	if [ -n "$limit" ]; then echo "0 $name"; else echo "1 $name"; fi
done | sort -s -k1,1 | cut -d' ' -f2 >"$queue"

# Pop the next scenario name off the queue (mkdir is the lock).
next_scenario() {
	while ! mkdir "$lock" 2>/dev/null; do sleep 0.1; done
	n=$(head -n 1 "$queue")
	sed -i 1d "$queue"
	rmdir "$lock"
	[ -n "$n" ] && echo "$n"
}

lane() {
	while n=$(next_scenario); do
		load_scenario "$n"
		say "$variant/$n: booting"
		dump=$shows$still
		sh "$TOP/scripts/run-scenario.sh" ${dump:+--dump} "$variant" "$n" \
			>"$work/.$n.out" 2>&1 || true
	done
}

pids=
i=0
while [ "$i" -lt "$jobs" ]; do
	lane &
	pids="$pids $!"
	i=$((i + 1))
done
# shellcheck disable=SC2086
wait $pids

for name; do
	[ -f "$TOP/scenarios/$name" ] || { tap_fail "$variant/$name: no such scenario"; continue; }
	load_scenario "$name"
	scenario_runs_on "$variant" || continue
	line=$(tail -n 1 "$work/.$name.out" 2>/dev/null || true)
	rm -f "$work/.$name.out"
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
	# still=GPU: that GPU's screen must not change with the action.
	if [ -n "$still" ] && [ "$status" = pass ]; then
		d=$BUILD/runs/$variant/$name
		if ! [ -s "$d/before-$still.ppm" ] || ! [ -s "$d/after-$still.ppm" ]; then
			status=fail detail="screendump: no $still screendump"
		elif ! cmp -s "$d/before-$still.ppm" "$d/after-$still.ppm"; then
			status=fail detail="screendump: $still changed, it must not"
		else
			detail="$detail${detail:+, }$still unchanged"
		fi
		if [ "$status" = fail ]; then
			line="RESULT $variant $name fail $detail"
			printf '%s\n' "$line" >"$d/result"
		fi
	fi
	expect=$(scenario_expects)
	case $v_kind/$status in
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
		if [ "$status" = "$expect" ]; then
			tap_pass "$variant/$name $status as expected ($detail)"
		else
			echo "# $line"
			tap_fail "$variant/$name: expected $expect, got $status (build/runs/$variant/$name/serial.log)"
		fi ;;
	*) echo "# $line"; tap_fail "$variant/$name: no result" ;;
	esac
done
tap_close
