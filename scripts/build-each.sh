#!/bin/sh
# Every patch builds: build the kernel (workbench config) at each commit of
# the series, incrementally, in the pristine worktree (build/linux-base),
# which goes back to the pristine commit when done.  The object directory
# starts as a copy of the pristine kernel's (build/obj/base, same source
# tree), so that the first patch compiles only what it changes.
# Prints TAP lines (continuing test.sh's run, or a run of its own).
# The result is remembered per series: an unchanged series is not rebuilt.
set -eu
. "$(dirname -- "$0")/lib.sh"
. "$TOP/scripts/tap.sh"
tap_open

wt=$BASE_TREE
obj=$BUILD/obj/each
stamp=$BUILD/each.verified
want=$(git -C "$TREE" rev-parse HEAD)
n=$(git -C "$TREE" rev-list --count "$BASE_TAG"..HEAD)
if [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
	tap_pass "series: each of the $n patches builds (verified before for this series)"
	tap_close
	exit 0
fi
[ -f "$BUILD/obj/base/.config" ] || die "build/obj/base missing: build the pristine kernel first"
[ -z "$(git -C "$wt" status --porcelain --untracked-files=no)" ] ||
	die "$wt has local changes: it must stay at the pristine commit"
# A copy of the pristine build, unless this directory already builds from
# the same tree (an object directory belongs to one source tree).
if ! grep -qs "$wt/Makefile" "$obj/Makefile"; then
	say "per-commit builds start from a copy of the pristine kernel's objects"
	rm -rf "$obj"
	cp -a "$BUILD/obj/base" "$obj"
fi
trap 'git -C "$wt" checkout -q --detach "$BASE_TAG"' EXIT INT TERM
ok=1
i=0
for c in $(git -C "$TREE" rev-list --reverse "$BASE_TAG"..HEAD); do
	i=$((i + 1))
	subj=$(git -C "$TREE" log -1 --format=%s "$c")
	git -C "$wt" checkout -q --detach "$c"
	say "building at $i/$n: $subj"
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
tap_close
