#!/bin/sh
# Everything a guest boot needs, built if not up to date: packages, the
# trees of both bases, every kernel variant of configs/variants, the guest
# test program and an initramfs for each kernel.
set -eu
. "$(dirname -- "$0")/lib.sh"
sh "$TOP/scripts/deps.sh"
sh "$TOP/scripts/prepare-tree.sh"
for v in $(variant_names); do
	sh "$TOP/scripts/build-kernel.sh" "$v"
done
sh "$TOP/scripts/build-selftest.sh"
for v in $(variant_names); do
	sh "$TOP/scripts/mkinitramfs.sh" "$v"
done
