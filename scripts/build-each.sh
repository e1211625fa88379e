#!/bin/sh
# Every patch builds: build the kernel (workbench config, and the options of
# configs/series.config once a commit has them) at each commit of
# the series, in the pristine worktree (build/linux-base) and in the
# pristine kernel's object directory (build/obj/base), so that each commit
# compiles only what it changes.  The worktree goes back to the pristine
# commit when done (the pristine kernel's artifacts are already in
# build/kernel-base; its next build starts from where this one ended).
# Prints TAP lines (continuing test.sh's run, or a run of its own).
# The result is remembered per series: an unchanged series is not rebuilt.
set -eu
. "$(dirname -- "$0")/lib.sh"
. "$TOP/scripts/tap.sh"
tap_open

wt=$BASE_TREE
obj=$BUILD/obj/base
stamp=$BUILD/each.verified
want=$(git -C "$TREE" rev-parse HEAD)
total=$(git -C "$TREE" rev-list --count "$BASE_TAG"..HEAD)
if [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
	tap_pass "series: each of the $total patches builds (verified before for this series)"
	tap_close
	exit 0
fi
[ -f "$obj/.config" ] || die "$obj missing: build the pristine kernel first"
[ -z "$(git -C "$wt" status --porcelain --untracked-files=no)" ] ||
	die "$wt has local changes: it must stay at the pristine commit"
back_to_pristine() { git -C "$wt" checkout -q --detach "$BASE_TAG"; }
trap back_to_pristine EXIT
trap 'back_to_pristine; exit 130' INT TERM
ok=1
i=0
for c in $(git -C "$TREE" rev-list --reverse "$BASE_TAG"..HEAD); do
	i=$((i + 1))
	subj=$(git -C "$TREE" log -1 --format=%s "$c")
	git -C "$wt" checkout -q --detach "$c"
	say "building at $i/$total: $subj"
	# The options the series adds, once they exist (olddefconfig drops
	# an option a commit does not have yet, and keeps the last value).
	grep '^CONFIG_' "$TOP/configs/series.config" >>"$obj/.config"
	if make -C "$wt" O="$obj" ARCH=x86_64 CC="$KCC" -j"$(nproc)" olddefconfig bzImage modules \
		>"$obj/each.log" 2>&1; then
		tap_pass "builds: $subj"
	else
		grep -E 'error|Error' "$obj/each.log" | head -5 | sed 's/^/# /'
		tap_fail "builds: $subj (log: $obj/each.log)"
		ok=
		break
	fi
done
[ -n "$ok" ] && echo "$want" >"$stamp"
tap_close
