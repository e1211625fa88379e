#!/bin/sh
# Everything a guest boot needs, built if not up to date: packages, the
# trees, both kernels, the kselftest and both initramfs images.
set -eu
. "$(dirname -- "$0")/lib.sh"
sh "$TOP/scripts/deps.sh"
sh "$TOP/scripts/prepare-tree.sh"
sh "$TOP/scripts/build-kernel.sh" patched
sh "$TOP/scripts/build-kernel.sh" base
sh "$TOP/scripts/build-selftest.sh"
sh "$TOP/scripts/mkinitramfs.sh" patched
sh "$TOP/scripts/mkinitramfs.sh" base
