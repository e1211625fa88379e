#!/bin/sh
# Every patch builds: build the kernel (workbench config) at each commit of
# the series, in a worktree of its own (build/linux-each), incrementally.
# Prints TAP lines (continuing test.sh's run, or a run of its own).
# The result is remembered per series: an unchanged series is not rebuilt.
set -eu
. "$(dirname -- "$0")/lib.sh"
. "$TOP/scripts/tap.sh"
tap_open

wt=$BUILD/linux-each
obj=$BUILD/obj/each
stamp=$obj/.verified
want=$(git -C "$TREE" rev-parse HEAD)
if [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
	n=$(git -C "$TREE" rev-list --count "$BASE_TAG"..HEAD)
	tap_pass "series: each of the $n patches builds (verified before for this series)"
else
	[ -e "$wt/.git" ] || git -C "$TREE" worktree add -q --detach "$wt" "$BASE_TAG"
	mkdir -p "$obj"
	cp "$BUILD/obj/patched/.config" "$obj/.config"
	ok=1
	for c in $(git -C "$TREE" rev-list --reverse "$BASE_TAG"..HEAD); do
		subj=$(git -C "$TREE" log -1 --format=%s "$c")
		git -C "$wt" checkout -q --detach "$c"
		say "building at: $subj"
		if make -C "$wt" O="$obj" ARCH=x86_64 CC="$KCC" -j"$(nproc)" olddefconfig bzImage modules \
			>"$obj/build.log" 2>&1; then
			tap_pass "builds: $subj"
		else
			grep -E 'error|Error' "$obj/build.log" | head -5 | sed 's/^/# /'
			tap_fail "builds: $subj (log: $obj/build.log)"
			ok=
			break
		fi
	done
	[ -n "$ok" ] && echo "$want" >"$stamp"
fi
tap_close
