#!/bin/sh
# Run by the fbcon kselftest around the action of a test (FBCON_TEST_CHECKPOINT):
# write the state on the visible console (not with wb.dump=quiet), then let
# the host take screendumps and wait for its answer on the second serial
# port.
what=$1
# wb.dump=quiet (a scenario with still=): the screen must stay as it is.
[ "${WB_DUMP:-1}" = quiet ] || {
	printf '\n=== %s ===\n' "$what"
	cat /proc/fb
	for v in /sys/class/vtconsole/vtcon*; do
		printf '%s bind=%s: %s\n' "${v##*/}" "$(cat "$v/bind")" "$(cat "$v/name")"
	done
} >/dev/tty1 2>/dev/null
echo "@@DUMP $what"
# busybox sh has read -t.
# shellcheck disable=SC3045
read -r -t 60 answer </dev/ttyS1
[ "$answer" = "dumped $what" ]
