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
cell() {
	f=$BUILD/runs/$1/$2/result
	variant_load "$1"
	if [ "$v_base" = upstream ] && [ -n "$waits" ]; then
		printf 'waits'
	elif [ "$v_runs" = compare ] && ! scenario_runs_on &&
		(WB_PRISTINE=all && scenario_runs_on) && [ ! -f "$f" ]; then
		printf 'compare'
	elif scenario_soak_only; then
		printf 'soak'
	elif ! scenario_runs_on && ! scenario_guard_only; then
		printf -- '-'
	elif scenario_guard_only && [ ! -f "$f" ]; then
		printf 'guard'
	elif [ -f "$f" ] && [ -n "$md" ]; then
		printf '%s' "$(cut -d' ' -f4 "$f")"
	elif [ -f "$f" ]; then
		printf '%s %s' "$(cut -d' ' -f4 "$f")" "$(cut -d' ' -f5 "$f")"
	else
		printf 'not run'
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
		if [ "$(scenario_expects)" = fail ]; then
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
		for v in $variants; do printf ' %s |' "$(cell "$v" "$s")"; done
		printf ' %s |\n' "$kind${todo:+ / TODO}"
	else
		printf '%-24s' "$s"
		for v in $variants; do printf ' %-15s' "$(cell "$v" "$s")"; done
		printf ' %s\n' "$kind${todo:+ / TODO}"
	fi
done
