#!/bin/sh
# make soak: the long stress runs on the debug kernels (KASAN, lockdep,
# kmemleak, debugobjects, fault injection), one boot each:
#   cycles  SOAK_CYCLES rounds (default 500)
#   displays-cycles  SOAK_DISPLAY_CYCLES rounds (default 50) in a guest whose
#           two GPUs both have a firmware framebuffer: each GPU in turn to
#           vfio-pci, to bochs-drm, off the bus and back by a rescan
#   races   SOAK_RACE_SECONDS of con2fb requests against rebinds (default 600)
#   faults  SOAK_FAULTS_MAX injection points per operation (default 1000,
#           more than any operation has: every point is tried)
# and on each kernel every scenario that make test does not boot there
# (configs/variants, runs: the 6.12 debug kernel none, the upstream debug
# kernel only the fixes' reproducers).
# SOAK_VARIANTS names the variants to soak (default: all of them; the long
# runs go to those of kind debug), for example
#   make soak SOAK_VARIANTS=upstream-debug
# Any kernel report in a boot's serial log fails it (run-scenario.sh), and
# so does a kmemleak leak.  Prints the figures of each run, writes them to
# build/soak/summary.txt, and ends with "N passed, N failed".
set -eu
. "$(dirname -- "$0")/lib.sh"

cycles=${SOAK_CYCLES:-500}
dcycles=${SOAK_DISPLAY_CYCLES:-50}
seconds=${SOAK_RACE_SECONDS:-600}
faults=${SOAK_FAULTS_MAX:-1000}
for v in "$cycles" "$dcycles" "$seconds" "$faults"; do
	case $v in '' | *[!0-9]*) die "SOAK_CYCLES, SOAK_DISPLAY_CYCLES, SOAK_RACE_SECONDS, SOAK_FAULTS_MAX: whole numbers" ;; esac
done
variants=${SOAK_VARIANTS:-$(variant_names)}
for v in $variants; do
	(variant_load "$v") 2>/dev/null ||
		die "SOAK_VARIANTS: unknown variant '$v' ($(variant_names | tr '\n' ' '))"
done

sh "$TOP/scripts/deps.sh"
sh "$TOP/scripts/build-selftest.sh"

out=$BUILD/soak
mkdir -p "$out"
summary=$out/summary.txt
{
	echo "make soak, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $(sh "$TOP/scripts/accel.sh")"
	echo "variants: $(printf "%s" "$variants" | tr "\n" " ")"
} >"$summary"
pass=0 fail=0

# soak VARIANT NAME TIMEOUT KNOB=VALUE: one boot; the figures go to the
# summary.
soak() {
	sv=$1 name=$2 limit=$3 knob=$4
	say "soak: $sv $name ($knob, at most ${limit}s)"
	line=$(WB_TIMEOUT=$limit WB_APPEND="wb.env=$knob" \
		sh "$TOP/scripts/run-scenario.sh" "$sv" "$name" 2>&1 | tail -1) || true
	log=$BUILD/runs/$sv/$name/serial.log
	reports=$( (kernel_reports "$log" 2>/dev/null || true) | wc -l)
	tolerated=$(tolerated_reports "$log" 2>/dev/null || echo 0)
	{
		echo "$sv $name: $(echo "$line" | cut -d' ' -f4-5), $reports kernel reports ($tolerated DRM vblank timeouts not counted), kmemleak $(tr -d '\r' <"$log" 2>/dev/null | grep -q '@@KMEMLEAK scanned' && echo scanned || echo 'not scanned')"
		tr -d '\r' <"$log" 2>/dev/null | sed -n 's/^# \(cycles\|displays cycles\|races\|writer\|faults injected\|fb_info objects\|pci_dev objects\)\(.*\)/    \1\2/p'
	} >>"$summary"
	case $line in
	"RESULT $sv $name pass "*) pass=$((pass + 1)) ;;
	*) fail=$((fail + 1)); echo "# $line" ;;
	esac
}

for v in $variants; do
	variant_load "$v"
	# In a subshell: load_scenario sets the scenario's fields.
	rest=$(for s in $(scenario_names); do
		load_scenario "$s"
		scenario_soak_only || continue
		case $v_kind:$s in debug:cycles | debug:displays-cycles | debug:races | debug:faults) continue ;; esac
		echo "$s"
	done)
	[ "$v_kind" = debug ] || [ -n "$rest" ] || continue
	sh "$TOP/scripts/prepare-tree.sh" "$v_base"
	sh "$TOP/scripts/build-kernel.sh" "$v"
	sh "$TOP/scripts/mkinitramfs.sh" "$v"
	echo "$v: series $(series_hash | cut -c1-12) $(sed -n "s/^CONFIG_KASAN=y/(KASAN)/p" "$v_out/config")" >>"$summary"
	if [ "$v_kind" = debug ]; then
		# Time limits: about four times what this machine needed under TCG.
		soak "$v" cycles $((cycles * 40 + 600)) "FBCON_TEST_CYCLES=$cycles"
		# Both GPUs with a firmware framebuffer, each taken away in
		# turn and removed from the bus (issue 17): eight steps a round.
		soak "$v" displays-cycles $((dcycles * 160 + 600)) "FBCON_TEST_CYCLES=$dcycles"
		soak "$v" races $((seconds * 2 + 600)) "FBCON_TEST_RACE_SECONDS=$seconds"
		soak "$v" faults $((faults * 30 + 600)) "FBCON_TEST_FAULTS_MAX=$faults"
	fi
	[ -n "$rest" ] || continue
	say "soak: the scenarios make test leaves out on the $v kernel"
	# shellcheck disable=SC2086
	tap=$(WB_RUNS=all TAP_STATE= sh "$TOP/scripts/scenarios.sh" "$v" $rest) || true
	printf '%s\n' "$tap" | grep -v '^ok ' || true
	n_pass=$(printf '%s\n' "$tap" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed.*/\1/p')
	n_fail=$(printf '%s\n' "$tap" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed.*/\2/p')
	[ -n "$n_pass" ] || { n_pass=0 n_fail=1; }
	echo "$v, the scenarios make test leaves out: $n_pass passed, $n_fail failed" >>"$summary"
	pass=$((pass + n_pass)) fail=$((fail + n_fail))
done
cat "$summary"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
