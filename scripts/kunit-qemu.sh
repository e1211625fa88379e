#!/bin/sh
# qemu-system-x86_64 for kunit.py exec (scripts/kunit.sh puts it first in
# PATH).  kunit.py of Linux 7.x asks for "-accel kvm -accel hvf -accel tcg",
# and QEMU takes KVM wherever /dev/kvm opens; nested KVM on these machines
# then hangs the guest with no output.  Keep only the accelerator that
# scripts/accel.sh probed (WB_KUNIT_ACCEL) and run the real QEMU
# (WB_KUNIT_QEMU).
set -eu
: "${WB_KUNIT_QEMU:?set by scripts/kunit.sh}" "${WB_KUNIT_ACCEL:?set by scripts/kunit.sh}"
n=$#
accel_seen=
while [ "$n" -gt 0 ]; do
	a=$1
	shift
	n=$((n - 1))
	if [ "$a" = -accel ] && [ "$n" -gt 0 ]; then
		v=$1
		shift
		n=$((n - 1))
		[ "${v%%,*}" = "$WB_KUNIT_ACCEL" ] || continue
		accel_seen=1
		set -- "$@" -accel "$v"
		continue
	fi
	set -- "$@" "$a"
done
[ -n "$accel_seen" ] || set -- "$@" -accel "$WB_KUNIT_ACCEL"
exec "$WB_KUNIT_QEMU" "$@"
