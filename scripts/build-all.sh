#!/bin/sh
# Everything a guest boot needs, built if not up to date: packages, the
# trees of both bases, every kernel variant of configs/variants, the guest
# test program and an initramfs for each kernel; not the kernels whose
# runs column says soak (the debug kernels: make kunit and make soak build
# them).
set -eu
. "$(dirname -- "$0")/lib.sh"
sh "$TOP/scripts/deps.sh"
sh "$TOP/scripts/prepare-tree.sh"
variants=$(for v in $(variant_names); do
	(variant_load "$v" && [ "$v_runs" != soak ] && echo "$v") || true
done)
for v in $variants; do
	sh "$TOP/scripts/build-kernel.sh" "$v"
done
sh "$TOP/scripts/build-selftest.sh"
for v in $variants; do
	sh "$TOP/scripts/mkinitramfs.sh" "$v"
done
