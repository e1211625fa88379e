#!/bin/sh
# Print the table scenario x variant (configs/variants) from the last runs
# in build/runs/ (run them first: make compare does).  A cell is the
# result and its time, "-" where the scenario does not run on that
# variant, "waits" where its story waits for a posting on the upstream
# base (waits=), "soak" where make soak boots it but make test does not
# (configs/variants, runs).  The last column says, per base, whether the scenario
# reproduces a bug of the pristine kernel ("bug") or guards behaviour the
# pristine kernel has too ("guard").
set -eu
. "$(dirname -- "$0")/lib.sh"

variants=$(variant_names)
cell() {
	f=$BUILD/runs/$1/$2/result
	variant_load "$1"
	if [ "$v_base" = upstream ] && [ -n "$waits" ]; then
		printf 'waits'
	elif scenario_soak_only; then
		printf 'soak'
	elif ! scenario_runs_on; then
		printf -- '-'
	elif [ -f "$f" ]; then
		printf '%s %s' "$(cut -d' ' -f4 "$f")" "$(cut -d' ' -f5 "$f")"
	else
		printf 'not run'
	fi
}
printf '%-24s' scenario
for v in $variants; do printf ' %-15s' "$v"; done
printf ' %s\n' kind
for s in $(scenario_names); do
	load_scenario "$s"
	k=guard
	[ "$pristine" = fail ] && k=bug
	kind="6.12: $k"
	k=guard
	[ "${pristine_upstream:-$pristine}" = fail ] && k=bug
	[ -n "$waits" ] && k="waits for $waits"
	kind="$kind; upstream: $k"
	printf '%-24s' "$s"
	for v in $variants; do printf ' %-15s' "$(cell "$v" "$s")"; done
	printf ' %s\n' "$kind${todo:+ / TODO}"
done
