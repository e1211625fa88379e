#!/bin/sh
# Each reproducer fails without its fix: for every scenario whose file names
# patches of the upstream postings (fixes="01-fbdev-fixes/0003 ..."), and for
# each patch it names, build the upstream kernel with every posting but that
# patch (reverted on top of them with git apply -R) as the variant of kind
# "without" (configs/variants) whose configuration the scenario needs
# (needs=), boot the scenario on it and expect it to fail.  That it passes
# with every patch, and what it gives on pristine 7.3, make test checks.  Prints TAP lines, ends with "N passed, N failed".
# A kernel build per patch: not part of make test (make check-fixes).
#   check-fixes.sh [SCENARIO...]
set -eu
. "$(dirname -- "$0")/lib.sh"
. "$TOP/scripts/tap.sh"
tap_open

withouts=$(variants_of upstream without)
[ -n "$withouts" ] || die "configs/variants has no upstream variant of kind without"
variant_load "$(echo "$withouts" | head -n 1)"
wt=$BASE_TREE
[ -z "$(git -C "$wt" status --porcelain --untracked-files=no)" ] ||
	die "$wt has local changes: it must stay at the pristine commit"
[ -z "$(git -C "$TREE" status --porcelain --untracked-files=no)" ] ||
	die "$TREE has uncommitted changes: commit them first"
head=$(git -C "$TREE" rev-parse HEAD)
# The test program of the 6.12 queue's harness, as make test builds it.
sh "$TOP/scripts/build-selftest.sh"
back_to_pristine() {
	git -C "$wt" checkout -q -f --detach "$BASE_TAG"
}
trap back_to_pristine EXIT
trap 'back_to_pristine; exit 130' INT TERM

# Build the kernel of $without: every posting, less patch file $1.
build_without() {
	git -C "$wt" checkout -q -f --detach "$head"
	# A later patch may have changed the lines around it: retry with no
	# context (the lines it changed must still match exactly).
	git -C "$wt" apply -R -C1 "$1" 2>/dev/null ||
		git -C "$wt" apply -R -C0 --unidiff-zero "$1" || return 1
	# The shared object directory keeps the objects of the full series:
	# only what the reverted patch touches is compiled.
	mkdir -p "$v_obj"
	# shellcheck disable=SC2086
	(cd "$wt" && ARCH=x86_64 scripts/kconfig/merge_config.sh -n -O "$v_obj" $v_frags) \
		>"$v_obj/config.log" 2>&1 || return 1
	make -C "$wt" O="$v_obj" ARCH=x86_64 CC="$KCC" -j"$(nproc)" bzImage modules \
		>"$v_obj/build.log" 2>&1 || return 1
	rm -rf "$v_out"
	mkdir -p "$v_out"
	make -C "$wt" O="$v_obj" ARCH=x86_64 INSTALL_MOD_PATH="$v_out/modules" \
		INSTALL_MOD_STRIP=1 DEPMOD=/sbin/depmod modules_install >"$v_obj/install.log" 2>&1 || return 1
	cp "$v_obj/arch/x86/boot/bzImage" "$v_obj/.config" "$v_out/"
	mv "$v_out/.config" "$v_out/config"
	printf 'without %s\n' "$1" >"$v_out/.state"
	# Back to the full series, so that the shared objects are rebuilt for it.
	git -C "$wt" checkout -q -f --detach "$head"
}

# shellcheck disable=SC2046
[ $# -gt 0 ] || set -- $(scenario_names)
used=''
for name; do
	load_scenario "$name"
	[ -n "$fixes" ] || continue
	# The first kernel of kind without that has what the scenario needs.
	without=''
	for w in $withouts; do
		variant_load "$w"
		if [ -z "$needs" ] || variant_sets "$needs"; then
			without=$w
			break
		fi
	done
	if [ -z "$without" ]; then
		tap_fail "$name: no upstream variant of kind without has $needs (configs/variants)"
		continue
	fi
	case " $used " in *" $without "*) ;; *) used="$used $without" ;; esac
	for fix in $fixes; do
		patch=$(ls "$PATCHES/${fix%%/*}/${fix#*/}"-*.patch 2>/dev/null | head -n 1)
		if [ -z "$patch" ]; then
			tap_fail "$name without $fix: no such patch in patches/upstream"
			continue
		fi
		say "$name: building the upstream kernel without $fix"
		if ! build_without "$patch"; then
			tap_fail "$name without $fix: the kernel does not build (see $v_obj/build.log)"
			continue
		fi
		sh "$TOP/scripts/mkinitramfs.sh" "$without"
		say "$name: booting it without $fix"
		line=$(sh "$TOP/scripts/run-scenario.sh" "$without" "$name" 2>&1 | tail -n 1) || true
		status=$(echo "$line" | cut -d' ' -f4)
		detail=$(echo "$line" | cut -d' ' -f5-)
		mkdir -p "$BUILD/runs/without"
		rm -rf "$BUILD/runs/without/$name-${fix%%/*}-${fix#*/}"
		cp -r "$BUILD/runs/$without/$name" "$BUILD/runs/without/$name-${fix%%/*}-${fix#*/}"
		if [ "$status" = fail ]; then
			tap_pass "$name fails without $fix ($detail)"
		else
			tap_fail "$name without $fix: expected fail, got $status ($detail)"
		fi
	done
done
# The shared object directories back at the full series for the next build.
for w in $used; do
	variant_load "$w"
	make -C "$wt" O="$v_obj" ARCH=x86_64 CC="$KCC" -j"$(nproc)" bzImage modules \
		>"$v_obj/build.log" 2>&1 || true
done
tap_close
