#!/bin/sh
# Build kernel variant $1 (a line of configs/variants) out of tree:
# allnoconfig, then configs/workbench.config and the variant's fragments
# merged with merge_config.sh.
#   kind base      the base's worktree (build/linux-base,
#                  build/upstream/linux-base) at the pristine commit
#   kind patched,  the same worktree at the last commit of the base's
#   nodetect       series: the pristine and patched kernels compile in
#                  one source path, so their compiler command lines are
#                  the same and ccache gives the patched build every
#                  object the series does not change (build-each.sh uses
#                  that worktree too)
#   kind debug     the base's tree itself, local edits included
# The output directory holds bzImage, config and modules/ (a staged
# INSTALL_MOD_PATH).  Nothing is rebuilt when neither the source nor the
# fragments changed since the last build, and a kernel built before from
# the same state (by any clone on this machine) is copied from
# $WB_CACHE/kernels.
set -eu
. "$(dirname -- "$0")/lib.sh"

variant=${1:-}
variant_load "$variant" || die "usage: $0 VARIANT ($(variant_names | tr '\n' ' '))"
frags=$v_frags
# at= is the commit to build in the worktree.
at=
case $v_kind in
patched | nodetect) src=$BASE_TREE at=HEAD ;;
base) src=$BASE_TREE ;;
debug) src=$TREE ;;
esac
out=$v_out
obj=$v_obj
[ -d "$src/.git" ] || [ -f "$src/.git" ] || die "$src missing: run scripts/prepare-tree.sh"

if [ -n "$at" ]; then
	[ -z "$(git -C "$TREE" status --porcelain --untracked-files=no)" ] ||
		die "$TREE has uncommitted changes: commit them (the $variant kernel is built from the series' commits)"
	at=$(git -C "$TREE" rev-parse HEAD)
fi

# What the build depends on (lib.sh kernel_state, which make pristine's
# records are keyed by too): the source, the fragments, the compiler and
# this script.
kernel_state
state=$k_state
if [ -f "$out/bzImage" ] && [ "$(cat "$out/.state" 2>/dev/null)" = "$state" ]; then
	say "$variant kernel up to date ($out/bzImage)"
	exit 0
fi

# Kernels built before, by any clone on this machine, are kept by state in
# $WB_CACHE/kernels (the newest 48): the same source, fragments and
# compiler give the same kernel, so a fresh clone copies it instead of
# compiling it again.
kcache=$WB_CACHE/kernels/$state
if [ -f "$kcache/bzImage" ] && [ -f "$kcache/config" ] && [ -d "$kcache/modules" ]; then
	rm -rf "$out.new"
	mkdir -p "$out.new"
	cp -a "$kcache/bzImage" "$kcache/config" "$kcache/modules" "$out.new/"
	printf '%s\n' "$state" >"$out.new/.state"
	rm -rf "$out"
	mv "$out.new" "$out"
	touch "$kcache"
	say "$variant kernel taken from $kcache (built before from the same source, fragments and compiler)"
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
	grep -E 'error|Error' "$obj/build.log" | head -20 >&2
	tail -20 "$obj/build.log" >&2
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

# Keep it for the next clone; the oldest entries go.
mkdir -p "$WB_CACHE/kernels"
rm -rf "$kcache.tmp.$$"
mkdir -p "$kcache.tmp.$$"
cp -a "$out/bzImage" "$out/config" "$out/modules" "$kcache.tmp.$$/"
rm -rf "$kcache"
mv "$kcache.tmp.$$" "$kcache"
# shellcheck disable=SC2012
ls -1t "$WB_CACHE/kernels" | tail -n +49 | while read -r old; do
	rm -rf "${WB_CACHE:?}/kernels/$old"
done
