#!/bin/sh
# Every patch builds: build the kernel of base $1 (6.12 or upstream) at
# each commit of its series, with the workbench config and the fragments
# of the base's patched variant (configs/variants; their options once a
# commit has them), in the pristine worktree (build/linux-base,
# build/upstream/linux-base) and in the pristine kernel's object
# directory, so that each commit compiles only what it changes.  The
# worktree goes back to the pristine commit when done (the pristine
# kernel's artifacts are already in its output directory; its next build
# starts from where this one ended).
# Prints TAP lines (continuing test.sh's run, or a run of its own).
# The result is remembered per series: an unchanged series is not rebuilt.
#   build-each.sh BASE [--recorded | --only N[,N...]]
set -eu
. "$(dirname -- "$0")/lib.sh"
. "$TOP/scripts/tap.sh"
tap_open

base=${1:-6.12}
# --recorded: build nothing, report the commits verified before (by make
# check-builds, on this machine) and skip the others.
recorded=
[ "${2:-}" = --recorded ] && recorded=1
# --only 24,29: build (and record) only these commits of the series, by
# their number in it, after a change to them; the others are not reported.
only=
if [ "${2:-}" = --only ]; then
	only=$(printf '%s' "${3:-}" | tr ',' ' ')
	for n in $only; do
		case $n in
		'' | *[!0-9]*) die "--only takes commit numbers of the series, as 24,29: not '$n'" ;;
		esac
	done
	[ -n "$only" ] || die "--only needs commit numbers, as 24,29"
fi
# The base's pristine and patched variants.
pristine=$(variant_of "$base" base)
patched=$(variant_of "$base" patched)
[ -n "$pristine" ] && [ -n "$patched" ] ||
	die "configs/variants has no pristine and patched variant of base $base"
variant_load "$patched"
extra=$(for f in $v_frags; do
	[ "$f" = "$TOP/configs/workbench.config" ] || grep '^CONFIG_' "$f"
done)
variant_load "$pristine"
wt=$BASE_TREE
obj=$v_obj
# A commit whose tree built before with the same configuration is not
# built again: the result is kept outside the clone, keyed by the commit's
# tree (the pristine source with the patches up to it) and the
# configuration, so that a fresh clone on this machine reuses it like the
# compiler cache, and a changed patch rebuilds from there on.
cfg=$( (cat "$TOP/configs/workbench.config"; printf '%s\n' "$extra") | sha256sum | cut -c1-16)
mkdir -p "$WB_CACHE/each"
total=$(git -C "$TREE" rev-list --count "$BASE_TAG"..HEAD)
[ -z "$(git -C "$wt" status --porcelain --untracked-files=no)" ] ||
	die "$wt has local changes: it must stay at the pristine commit"
back_to_pristine() { git -C "$wt" checkout -q --detach "$BASE_TAG"; }
trap back_to_pristine EXIT
trap 'back_to_pristine; exit 130' INT TERM
i=0
for c in $(git -C "$TREE" rev-list --reverse "$BASE_TAG"..HEAD); do
	i=$((i + 1))
	if [ -n "$only" ]; then
		case " $only " in *" $i "*) ;; *) continue ;; esac
	fi
	subj=$(git -C "$TREE" log -1 --format=%s "$c")
	stamp=$WB_CACHE/each/$WB_BASE-$cfg-$(git -C "$TREE" rev-parse "$c^{tree}")
	if [ -f "$stamp" ]; then
		tap_pass "$WB_BASE builds: $subj (verified before for this tree)"
		continue
	fi
	if [ -n "$recorded" ]; then
		tap_skip "$WB_BASE builds: $subj" "not built by make test; make check-builds builds it"
		continue
	fi
	git -C "$wt" checkout -q --detach "$c"
	say "building at $i/$total: $subj"
	# A fresh clone whose pristine kernel came from the kernel cache has no
	# object directory yet: configure it as build-kernel.sh does (at the
	# first commit, which compiles everything, from ccache when warm).
	if [ ! -f "$obj/.config" ]; then
		mkdir -p "$obj"
		# shellcheck disable=SC2086
		(cd "$wt" && ARCH=x86_64 scripts/kconfig/merge_config.sh -n -O "$obj" $v_frags) \
			>"$obj/config.log" 2>&1 || die "config merge failed ($obj/config.log)"
	fi
	# The options the series adds, once they exist (olddefconfig drops
	# an option a commit does not have yet, and keeps the last value).
	[ -z "$extra" ] || printf '%s\n' "$extra" >>"$obj/.config"
	if make -C "$wt" O="$obj" ARCH=x86_64 CC="$KCC" -j"$(nproc)" olddefconfig bzImage modules \
		>"$obj/each.log" 2>&1; then
		tap_pass "$WB_BASE builds: $subj"
		printf '%s\n' "$subj" >"$stamp"
	else
		grep -E 'error|Error' "$obj/each.log" | head -5 | sed 's/^/# /'
		tap_fail "$WB_BASE builds: $subj (log: $obj/each.log)"
		break
	fi
done
tap_close
