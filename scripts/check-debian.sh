#!/bin/sh
# The C files the series touches, compiled with Debian's own amd64 config
# (package linux-config-6.12) and W=1, in the pristine and the patched tree:
# each must compile, and the patched tree may add no W=1 warning.  TAP lines
# (continuing test.sh's run, or a run of its own).  Not part of make test:
# preparing two trees with a distribution config takes several minutes.
set -eu
. "$(dirname -- "$0")/lib.sh"
base_load 6.12
. "$TOP/scripts/tap.sh"
tap_open

cfg=/usr/src/linux-config-6.12/config.amd64_none_amd64.xz
if [ ! -r "$cfg" ]; then
	say "installing linux-config-6.12"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q linux-config-6.12 >/dev/null ||
		die "cannot install linux-config-6.12"
fi

# Objects of the kernel C files the series changes (not tests or tools).
objs=$(git -C "$TREE" diff --name-only "$BASE_TAG" HEAD -- '*.c' |
	grep -v -e '^tools/' -e '/tests/' | sed 's/\.c$/.o/')
[ -n "$objs" ] || { tap_skip "debian config" "the series changes no kernel C file"; tap_close; exit 0; }

# warnings VARIANT SRC: compile $objs with W=1, print the warnings with
# line and column numbers removed, so that both trees compare.
warnings() {
	obj=$BUILD/obj/debian-$1
	mkdir -p "$obj"
	if [ ! -f "$obj/.config" ]; then
		xzcat "$cfg" >"$obj/.config"
		# Debian signs modules with its own key; the check only compiles.
		sed -i 's/^CONFIG_MODULE_SIG_KEY=.*/CONFIG_MODULE_SIG_KEY=""/; s/^CONFIG_SYSTEM_TRUSTED_KEYS=.*/CONFIG_SYSTEM_TRUSTED_KEYS=""/' "$obj/.config"
	fi
	make -C "$2" O="$obj" ARCH=x86_64 CC="$KCC" olddefconfig >"$obj/config.log" 2>&1 ||
		{ cat "$obj/config.log" >&2; return 1; }
	# shellcheck disable=SC2086
	rm -f $(for o in $objs; do printf '%s/%s ' "$obj" "$o"; done)
	# shellcheck disable=SC2086
	make -C "$2" O="$obj" ARCH=x86_64 CC="$KCC" W=1 -j"$(nproc)" $objs >"$obj/w1.log" 2>&1 ||
		{ tail -30 "$obj/w1.log" >&2; return 1; }
	# Only warnings in the touched files, without the tree's path and the
	# line numbers, so that both trees compare.
	for o in $objs; do
		grep -F "${o%.o}.c:" "$obj/w1.log" | grep 'warning:' |
			sed "s|^.*\(${o%.o}\.c\):[0-9]*:[0-9]*: warning:|\1: warning:|"
	done | sort -u
}

start=$(date +%s)
say "W=1 with Debian's amd64 config, pristine tree ($(echo "$objs" | wc -l) files)"
if base_w=$(warnings base "$BASE_TREE"); then
	tap_pass "debian config: the files compile in the pristine tree"
else
	tap_fail "debian config: the pristine tree does not compile (build/obj/debian-base/w1.log)"
fi
say "W=1 with Debian's amd64 config, patched tree"
if patched_w=$(warnings patched "$TREE"); then
	tap_pass "debian config: $(echo "$objs" | tr '\n' ' ')compile"
	new=$(printf '%s\n' "$patched_w" | grep -v -x -F -e "$(printf '%s\n' "$base_w")" || true)
	[ -n "$base_w" ] || new=$patched_w
	if [ -z "$new" ]; then
		tap_pass "debian config: W=1 adds no warning ($(printf '%s' "$patched_w" | grep -c warning || true) in both trees)"
	else
		printf '%s\n' "$new" | sed 's/^/# /'
		tap_fail "debian config: W=1 warnings the series adds"
	fi
else
	tap_fail "debian config: the patched tree does not compile (build/obj/debian-patched/w1.log)"
fi
say "debian config check took $(($(date +%s) - start)) s"
tap_close
