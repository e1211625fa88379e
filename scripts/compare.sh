#!/bin/sh
# Print the table scenario x variant (configs/variants) from the last runs
# in build/runs/ (run them first: make compare does).  A cell is the
# result and its time, "-" where the scenario does not run on that
# variant, "waits" where its story waits for a posting on the upstream
# base (waits=), "guard" where a regression guard was not booted on a
# pristine kernel (make test boots only the bugs there; make compare
# boots the guards too), "compare" where only make compare boots it (a
# variant whose runs column says compare), "soak" where make soak boots it
# but make test does not (configs/variants, runs).  The last column names the pristine variants
# on which the scenario reproduces a bug ("bug on ...", scenario_expects
# says fail there) and those on which it guards behaviour the pristine
# kernel has too ("guard on ...").  With --md, a Markdown table of the
# results alone (no times), as the README shows it.
set -eu
. "$(dirname -- "$0")/lib.sh"
md=
[ "${1:-}" = --md ] && md=1

variants=$(variant_names)
# The cell of variant $1 and scenario $2 (loaded), into c_out.
cell() {
	f=$BUILD/runs/$1/$2/result
	variant_load "$1"
	if [ "$v_base" = upstream ] && [ -n "$waits" ]; then
		c_out='waits'
	elif [ "$v_runs" = compare ] && scenario_guard_only && [ ! -f "$f" ]; then
		c_out='compare'
	elif scenario_soak_only; then
		c_out='soak'
	elif ! scenario_runs_on && ! scenario_guard_only; then
		c_out=-
	elif scenario_guard_only && [ ! -f "$f" ]; then
		c_out='guard'
	elif [ -f "$f" ] && [ -n "$md" ]; then
		read -r _ _ _ r_status _ <"$f"
		c_out=$r_status
	elif [ -f "$f" ]; then
		read -r _ _ _ r_status r_time _ <"$f"
		c_out="$r_status $r_time"
	else
		c_out='not run'
	fi
}
if [ -n "$md" ]; then
	printf '| scenario |'
	for v in $variants; do printf ' %s |' "$v"; done
	printf ' kind |\n|---|'
	for v in $variants; do printf -- '---|'; done
	printf -- '---|\n'
else
	printf '%-24s' scenario
	for v in $variants; do printf ' %-15s' "$v"; done
	printf ' %s\n' kind
fi
for s in $(scenario_names); do
	load_scenario "$s"
	bugs='' guards=''
	for v in $variants; do
		variant_load "$v"
		[ "$v_kind" = base ] || continue
		scenario_runs_on || scenario_soak_only || scenario_guard_only ||
			continue
		scenario_expect
		if [ "$s_expect" = fail ]; then
			bugs="$bugs${bugs:+, }$v"
		else
			guards="$guards${guards:+, }$v"
		fi
	done
	kind=${bugs:+bug on $bugs}
	[ -n "$guards" ] && kind="$kind${kind:+; }guard on $guards"
	[ -n "$waits" ] && kind="$kind${kind:+; }upstream waits for $waits"
	if [ -n "$md" ]; then
		printf '| %s |' "$s"
		for v in $variants; do
			cell "$v" "$s"
			printf ' %s |' "$c_out"
		done
		printf ' %s |\n' "$kind${todo:+ / TODO}"
	else
		printf '%-24s' "$s"
		for v in $variants; do
			cell "$v" "$s"
			printf ' %-15s' "$c_out"
		done
		printf ' %s\n' "$kind${todo:+ / TODO}"
	fi
done
