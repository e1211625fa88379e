#!/bin/sh
# Build one kernel out of tree from configs/workbench.config.
#   build-kernel.sh patched   build/linux-base at the series' last commit
#                             -> build/kernel/ (plus configs/series.config,
#                             as every kernel of the series below)
#   build-kernel.sh base      build/linux-base at the pristine commit
#                             -> build/kernel-base/
#   build-kernel.sh nodetect  as patched -> build/kernel-nodetect/
#                             (plus configs/nodetect.config: DETECT_PRIMARY
#                             off, and so DRM fbdev emulation; cirrusfb)
#   build-kernel.sh debug     build/linux      -> build/kernel-debug/
#                             (plus configs/debug.config: KASAN, lockdep,
#                             kmemleak, debugobjects, fault injection;
#                             from build/linux, local edits included)
# Each output directory holds bzImage, config and modules/ (a staged
# INSTALL_MOD_PATH).  Nothing is rebuilt when neither the source tree nor
# the config fragment changed since the last build.
set -eu
. "$(dirname -- "$0")/lib.sh"

variant=${1:-}
frags=$TOP/configs/workbench.config
# The pristine and the patched kernels are built from one source path, the
# worktree build/linux-base, checked out at the commit each needs: their
# compiler command lines are then the same, and ccache gives the patched
# build every object the series does not change.  (The per-commit builds,
# build-each.sh, use that worktree too.)  at= is the commit to build.
at=
case $variant in
patched) src=$BASE_TREE at=HEAD frags="$frags $TOP/configs/series.config" ;;
base) src=$BASE_TREE ;;
nodetect) src=$BASE_TREE at=HEAD frags="$frags $TOP/configs/series.config $TOP/configs/nodetect.config" ;;
debug) src=$TREE frags="$frags $TOP/configs/series.config $TOP/configs/debug.config" ;;
*) die "usage: $0 patched|base|nodetect|debug" ;;
esac
out=$(kernel_dir "$variant")
obj=$BUILD/obj/$variant
# The nodetect kernel differs from the patched one in a few options: it
# shares the patched kernel's object directory, so that switching between
# them compiles only what those options touch (fixdep tracks each option).
[ "$variant" = nodetect ] && obj=$BUILD/obj/patched
[ -d "$src/.git" ] || [ -f "$src/.git" ] || die "$src missing: run scripts/prepare-tree.sh"

if [ -n "$at" ]; then
	[ -z "$(git -C "$TREE" status --porcelain --untracked-files=no)" ] ||
		die "$TREE has uncommitted changes: commit them (the $variant kernel is built from the series' commits)"
	at=$(git -C "$TREE" rev-parse HEAD)
fi

# What the build depends on: the tree's commit and local edits, the fragment.
state=$(
	if [ -n "$at" ]; then echo "$at"; else git -C "$src" rev-parse HEAD; fi
	git -C "$src" status --porcelain --untracked-files=no
	git -C "$src" diff HEAD
	# shellcheck disable=SC2086
	cat $frags
)
state=$(printf '%s\n' "$state" | sha256sum | cut -d' ' -f1)
if [ -f "$out/bzImage" ] && [ "$(cat "$out/.state" 2>/dev/null)" = "$state" ]; then
	say "$variant kernel up to date ($out/bzImage)"
	exit 0
fi

mkdir -p "$obj"
jobs=$(nproc)
if [ -n "$at" ]; then
	[ -z "$(git -C "$src" status --porcelain --untracked-files=no)" ] ||
		die "$src has local changes: it must stay at the pristine commit"
	back_to_pristine() { git -C "$src" checkout -q --detach "$BASE_TAG"; }
	trap back_to_pristine EXIT
	trap 'back_to_pristine; exit 130' INT TERM
	git -C "$src" checkout -q --detach "$at"
fi

# Regenerate the config; keep the old file (and its mtime) if unchanged.
[ -f "$obj/.config" ] && cp -p "$obj/.config" "$obj/.config.prev"
say "configuring $variant kernel (allnoconfig +$(for f in $frags; do printf ' %s' "${f##*/}"; done))"
# shellcheck disable=SC2086
(cd "$src" && ARCH=x86_64 scripts/kconfig/merge_config.sh -n -O "$obj" $frags) \
	>"$obj/config.log" 2>&1 || { cat "$obj/config.log" >&2; die "config merge failed"; }
if grep -q 'Value requested for' "$obj/config.log"; then
	grep -A3 'Value requested for' "$obj/config.log" >&2
	die "config fragment asks for values Kconfig does not give (see above)"
fi
if [ -f "$obj/.config.prev" ] && cmp -s "$obj/.config" "$obj/.config.prev"; then
	mv "$obj/.config.prev" "$obj/.config"
else
	rm -f "$obj/.config.prev"
fi

say "building $variant kernel in $obj (-j$jobs; a cold build takes several minutes)"
if ! make -C "$src" O="$obj" ARCH=x86_64 CC="$KCC" -j"$jobs" bzImage modules >"$obj/build.log" 2>&1; then
	tail -40 "$obj/build.log" >&2
	die "$variant kernel build failed (full log: $obj/build.log)"
fi

mkdir -p "$out"
rm -rf "$out/modules.new"
make -C "$src" O="$obj" ARCH=x86_64 INSTALL_MOD_PATH="$out/modules.new" \
	INSTALL_MOD_STRIP=1 DEPMOD=/sbin/depmod modules_install >"$obj/install.log" 2>&1 ||
	{ cat "$obj/install.log" >&2; die "modules_install failed"; }
rm -rf "$out/modules"
mv "$out/modules.new" "$out/modules"
cp "$obj/arch/x86/boot/bzImage" "$out/bzImage"
cp "$obj/.config" "$out/config"
printf '%s\n' "$state" >"$out/.state"
say "$variant kernel ready: $out/bzImage"
