#!/bin/sh
# Everything a guest boot needs, built if not up to date: packages, the
# trees of both bases, every kernel variant of configs/variants, the guest
# test program and an initramfs for each kernel; not the kernels whose
# runs column says soak (the debug kernels: make kunit and make soak build
# them), nor, but under WB_PRISTINE=all (make compare), those whose runs
# column says compare, nor, but under WB_PRISTINE (make pristine, make
# compare), the pristine kernels (make test judges the results those
# recorded for them: lib.sh, pristine_key).
set -eu
. "$(dirname -- "$0")/lib.sh"
sh "$TOP/scripts/deps.sh"
sh "$TOP/scripts/prepare-tree.sh"
# Build order: the kernels of a base share one object directory, and a
# switch between the pristine and the patched source recompiles every file
# the patches touch and everything that includes a header they change
# (about a minute here, from ccache), where a switch of options alone
# recompiles only what the options change.  So the patched kernels come
# first, in the table's order, then the pristine ones, in the reverse
# order (the last patched configuration is nearest to the last pristine
# one): one source switch a base instead of one a variant.
variants='' patched_first='' pristine_last=''
for v in $(variant_names); do
	variant_load "$v"
	[ "$v_runs" != soak ] || continue
	[ "$v_runs" != compare ] || [ "${WB_PRISTINE:-}" = all ] || continue
	[ "$v_kind" != base ] || [ -n "${WB_PRISTINE:-}" ] || continue
	variants="$variants $v"
	if [ "$v_kind" = base ]; then
		pristine_last="$v $pristine_last"
	else
		patched_first="$patched_first $v"
	fi
done
for v in $patched_first $pristine_last; do
	sh "$TOP/scripts/build-kernel.sh" "$v"
done
sh "$TOP/scripts/build-selftest.sh"
for v in $variants; do
	sh "$TOP/scripts/mkinitramfs.sh" "$v"
done
