#!/bin/sh
# Run scenarios as TAP lines (continuing test.sh's run, or a run of its own).
#   scenarios.sh VARIANT[,VARIANT...] [SCENARIO...]   (VARIANT: configs/variants)
# Every boot of every variant named goes into one queue; the TAP lines come
# out variant by variant, in the order given.
# What a scenario must give depends on the variant's kind.  On a patched
# kernel it passes, or is a TODO when its file sets todo= (behaviour a later
# issue adds).  The nodetect kernel (patched, with
# FRAMEBUFFER_CONSOLE_DETECT_PRIMARY off) runs the scenarios whose file
# sets nodetect=1, and they must pass there too.  A debug kernel (KASAN,
# lockdep, kmemleak, debugobjects) runs every scenario (or, where the
# variants table says runs=fixes, those with fixes=; with runs=soak, none
# but those make soak names), and each must pass
# with no kernel report in its serial log.  On a pristine kernel its result
# must be what the file's pristine= says (pristine_upstream= on the
# upstream base; default pass): a scenario with pristine=fail reproduces a
# bug the patches fix.  Pristine kernels boot only under WB_PRISTINE (make
# pristine: record; make compare: all, the guards too), which records each
# result by the kernel and every input of the boot (lib.sh, pristine_key);
# otherwise (make test) the recorded result is judged, and a boot with no
# record for its inputs is a skip.  On the upstream base, a scenario whose file sets
# waits= does not run: its story needs a posting that has not landed
# there.  With shows=gpu0|gpu1 the run takes screendumps, and that GPU's
# screen must show new content after the action (scripts/screen-check.sh);
# with still=gpu0|gpu1, that GPU's screen must be the same picture before
# and after.
set -eu
. "$(dirname -- "$0")/lib.sh"
. "$TOP/scripts/tap.sh"
tap_open

# The inputs of a pristine boot's record (lib.sh, pristine_key), once a run.
p_guest= p_state_of=
variants=$(echo "${1:-}" | tr ',' ' ')
[ -n "$variants" ] || die "usage: $0 VARIANT[,VARIANT...] [SCENARIO...] ($(variant_names | tr '\n' ' '))"
for variant in $variants; do
	variant_load "$variant" ||
		die "unknown variant '$variant' ($(variant_names | tr '\n' ' '))"
done
shift
# shellcheck disable=SC2046
[ $# -gt 0 ] || set -- $(scenario_names)

# Boots run in WB_JOBS lanes at once (default: one per CPU).  A TCG guest
# keeps one host CPU busy, so two lanes on two CPUs halve the wall time
# (a third lane gains nothing: measured 2026-11-30).  Each lane takes the
# next boot from one queue of all variants' boots, the longest (by time
# limit) first, so that no lane waits at the end of a variant and no lane
# starts a long boot when the others are done.  Results are read back in
# the order given, so the TAP output does not depend on which lane ran
# what.
jobs=${WB_JOBS:-$(nproc)}
case $jobs in '' | *[!0-9]* | 0) die "WB_JOBS=$jobs: a number of lanes, 1 or more" ;; esac
mkdir -p "$BUILD/runs"
queue=$BUILD/runs/.queue lock=$BUILD/runs/.queue.lock
rm -f "$queue"
rmdir "$lock" 2>/dev/null || true
for variant in $variants; do
	variant_load "$variant"
	mkdir -p "$BUILD/runs/$variant"
	for name; do
		[ -f "$TOP/scenarios/$name" ] || continue
		load_scenario "$name"
		scenario_runs_on || continue
		# The pristine kernels boot in make pristine and make compare
		# only (lib.sh, pristine_key).
		[ "$v_kind" != base ] || [ -n "${WB_PRISTINE:-}" ] || continue
		echo "$(scenario_timeout) $variant $name"
	done
done | sort -s -k1,1nr | cut -d' ' -f2- >"$queue"

# Pop the next "variant scenario" off the queue (mkdir is the lock).
next_boot() {
	while ! mkdir "$lock" 2>/dev/null; do sleep 0.1; done
	n=$(head -n 1 "$queue")
	sed -i 1d "$queue"
	rmdir "$lock"
	[ -n "$n" ] && echo "$n"
}

lane() {
	while b=$(next_boot); do
		v=${b% *} n=${b#* }
		load_scenario "$n"
		say "$v/$n: booting"
		dump=$shows$still
		sh "$TOP/scripts/run-scenario.sh" ${dump:+--dump} "$v" "$n" \
			>"$BUILD/runs/$v/.$n.out" 2>&1 || true
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

for variant in $variants; do
	variant_load "$variant"
	work=$BUILD/runs/$variant
	for name; do
		[ -f "$TOP/scenarios/$name" ] || { tap_fail "$variant/$name: no such scenario"; continue; }
		load_scenario "$name"
		scenario_runs_on "$variant" || continue
		recorded=
		if [ "$v_kind" = base ] && [ -z "${WB_PRISTINE:-}" ]; then
			# make test: the result make pristine (or make compare)
			# recorded for this kernel and these inputs, if any.
			pristine_key "$name"
			if ! line=$(cat "$WB_CACHE/pristine/$p_key" 2>/dev/null); then
				rm -f "$work/$name/result"
				tap_skip "$variant/$name" "no result of this pristine kernel recorded for these inputs: make pristine boots it"
				continue
			fi
			mkdir -p "$work/$name"
			printf '%s\n' "$line" >"$work/$name/result"
			recorded=", recorded by make pristine"
		else
			line=$(tail -n 1 "$work/.$name.out" 2>/dev/null || true)
			rm -f "$work/.$name.out"
		fi
		status=$(echo "$line" | cut -d' ' -f4)
		detail=$(echo "$line" | cut -d' ' -f5- | sed 's/ *$//')
		# shows=GPU: the console must be seen on that GPU's screen afterwards.
		if [ -z "$recorded" ] && [ -n "$shows" ] && [ "$status" = pass ]; then
			if seen=$(sh "$TOP/scripts/screen-check.sh" "$BUILD/runs/$variant/$name" "$shows"); then
				detail="$detail${detail:+, }$seen"
			else
				status=fail detail="screendump: $seen"
				line="RESULT $variant $name fail $detail"
				printf '%s\n' "$line" >"$BUILD/runs/$variant/$name/result"
			fi
		fi
		# still=GPU: that GPU's screen must not change with the action.
		if [ -z "$recorded" ] && [ -n "$still" ] && [ "$status" = pass ]; then
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
		# make pristine and make compare record a pristine kernel's result,
		# once judged: a result the guest gave, not a hang, a boot that gave
		# none or a script that failed (those say nothing of the kernel
		# and are not kept).
		case $line/$status in
		"RESULT $variant $name "*/pass | "RESULT $variant $name "*/fail | "RESULT $variant $name "*/skip)
			case $detail in *"QEMU hang"* | *"guest gave no result"*) p_keep= ;; *) p_keep=1 ;; esac ;;
		*) p_keep= ;;
		esac
		if [ "$v_kind" = base ] && [ -z "$recorded" ] && [ -n "$p_keep" ]; then
			pristine_key "$name"
			[ "$k_state" = "$(cat "$v_out/.state" 2>/dev/null)" ] ||
				die "the $variant kernel was not built from the current source and fragments ($v_out/.state): build it again (build-kernel.sh $variant)"
			mkdir -p "$WB_CACHE/pristine"
			printf 'RESULT %s %s %s %s\n' "$variant" "$name" "$status" "$detail" \
				>"$WB_CACHE/pristine/$p_key.tmp.$$" &&
				mv "$WB_CACHE/pristine/$p_key.tmp.$$" "$WB_CACHE/pristine/$p_key"
		fi
		expect=$(scenario_expects)
		case $v_kind/$status in
		patched/pass | nodetect/pass | debug/pass)
			if scenario_todo_here; then
				tap_pass "$variant/$name ($detail) # TODO passes now: remove todo= from scenarios/$name"
			else
				tap_pass "$variant/$name ($detail)"
			fi ;;
		patched/fail | nodetect/fail | debug/fail)
			if scenario_todo_here; then
				tap_todo "$variant/$name" "$todo"
			else
				echo "# $line"
				tap_fail "$variant/$name: see build/runs/$variant/$name/serial.log"
			fi ;;
		*/skip) tap_skip "$variant/$name" "$detail" ;;
		base/*)
			if [ "$status" = "$expect" ]; then
				tap_pass "$variant/$name $status as expected ($detail$recorded)"
			else
				echo "# $line"
				where=build/runs/$variant/$name/serial.log
				[ -z "$recorded" ] || where="recorded by make pristine, which shows the boot"
				tap_fail "$variant/$name: expected $expect, got $status ($where)"
			fi ;;
		*) echo "# $line"; tap_fail "$variant/$name: no result" ;;
		esac
	done
done
tap_close
