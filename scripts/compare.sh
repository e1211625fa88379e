#!/bin/sh
# Print the table scenario x {pristine, patched, nodetect} from the last runs in
# build/runs/ (run them first: make compare does).
set -eu
. "$(dirname -- "$0")/lib.sh"

cell() {
	f=$BUILD/runs/$1/$2/result
	if ! scenario_runs_on "$1"; then
		printf -- '-'
	elif [ -f "$f" ]; then
		printf '%s %s' "$(cut -d' ' -f4 "$f")" "$(cut -d' ' -f5 "$f")"
	else
		printf 'not run'
	fi
}
printf '%-18s %-14s %-14s %-14s %-14s %s\n' scenario pristine patched nodetect debug kind
for s in $(scenario_names); do
	load_scenario "$s"
	kind="regression guard"
	[ "$pristine" = fail ] && kind="reproduces a 6.12 bug"
	printf '%-18s %-14s %-14s %-14s %-14s %s\n' "$s" "$(cell base "$s")" "$(cell patched "$s")" \
		"$(cell nodetect "$s")" "$(cell debug "$s")" "$kind${todo:+ / TODO}"
done
