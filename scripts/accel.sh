#!/bin/sh
# Print the QEMU accelerator to use: "kvm" only if a probe boot of the
# guest under KVM reports back, else "tcg".  Nested KVM tends to fail with
# internal errors, so a usable /dev/kvm is not enough.  The answer is cached
# in build/accel; WB_ACCEL=kvm|tcg overrides it.
set -eu
. "$(dirname -- "$0")/lib.sh"

if [ -n "${WB_ACCEL:-}" ]; then
	echo "$WB_ACCEL"
	exit 0
fi
cache=$BUILD/accel
if [ -f "$cache" ]; then
	cat "$cache"
	exit 0
fi
mkdir -p "$BUILD"
accel=tcg
kernel=$BUILD/kernel-base/bzImage initrd=$BUILD/initramfs-base.cpio.gz
[ -f "$kernel" ] || kernel=$BUILD/kernel/bzImage initrd=$BUILD/initramfs-patched.cpio.gz
if [ -w /dev/kvm ] && [ -f "$kernel" ] && [ -f "$initrd" ]; then
	log=$BUILD/accel-probe.log
	rm -f "$log"
	timeout -k 5 60 qemu-system-x86_64 -machine q35 -accel kvm -cpu host -m 512 \
		-nodefaults -no-user-config -display none -no-reboot \
		-drive if=pflash,format=raw,readonly=on,file="$OVMF_CODE" \
		-kernel "$kernel" -initrd "$initrd" \
		-append "console=ttyS0 wb.probe=1" -serial file:"$log" \
		>/dev/null 2>&1 || true
	grep -q '^@@RESULT probe 0' "$log" 2>/dev/null && accel=kvm
fi
say "QEMU accelerator: $accel"
echo "$accel" >"$cache"
echo "$accel"
