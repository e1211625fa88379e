#!/bin/sh
# Everything a guest boot needs, built if not up to date: packages, the
# trees, the four kernels (pristine, patched, patched with DETECT_PRIMARY
# off, patched debug), the kselftest and an initramfs for each kernel.
set -eu
. "$(dirname -- "$0")/lib.sh"
sh "$TOP/scripts/deps.sh"
sh "$TOP/scripts/prepare-tree.sh"
sh "$TOP/scripts/build-kernel.sh" patched
sh "$TOP/scripts/build-kernel.sh" base
sh "$TOP/scripts/build-kernel.sh" nodetect
sh "$TOP/scripts/build-kernel.sh" debug
sh "$TOP/scripts/build-selftest.sh"
sh "$TOP/scripts/mkinitramfs.sh" patched
sh "$TOP/scripts/mkinitramfs.sh" base
sh "$TOP/scripts/mkinitramfs.sh" nodetect
sh "$TOP/scripts/mkinitramfs.sh" debug
