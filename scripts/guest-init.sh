#!/bin/busybox sh
# /init of the test guest (busybox).  Kernel command line:
#   wb.test=NAME   run this test of the fbcon kselftest (default: none);
#                  ks-PROG runs the kselftest program PROG whole (the
#                  upstream posting's), after loading the native driver
#   wb.dump=1      stop at each checkpoint until the host took screendumps
#                  (=quiet: without writing the state on the screen first)
#   wb.probe=1     only report that the guest booted, then power off
#   wb.driver=D    native driver the test binds to GPUs (default bochs-drm)
#   wb.module=M    its module (default bochs)
#   wb.env=N=V     put N=V in the test's environment (FBCON_TEST_* knobs)
#   wb.quiet=1     write nothing on the VTs before the test (deferred takeover)
export PATH=/bin:/sbin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp

test='' dump='' probe='' debug='' quiet=''
for arg in $(cat /proc/cmdline); do
	case $arg in
	wb.test=*) test=${arg#wb.test=} ;;
	wb.dump=*) dump=${arg#wb.dump=} ;;
	wb.probe=*) probe=${arg#wb.probe=} ;;
	wb.debug=*) debug=${arg#wb.debug=} ;;
	wb.quiet=*) quiet=${arg#wb.quiet=} ;;
	wb.driver=*) export FBCON_TEST_DRM_DRIVER="${arg#wb.driver=}" ;;
	wb.module=*) export FBCON_TEST_DRM_MODULE="${arg#wb.module=}" ;;
	wb.env=FBCON_TEST_*=*) export "${arg#wb.env=}" ;;
	wb.env=*) echo "@@ERROR ignoring $arg: only FBCON_TEST_* variables" ;;
	esac
done

finish() {
	echo "@@RESULT $1"
	sync
	poweroff -f
}

[ -n "$probe" ] && finish "probe 0"
[ -n "$test" ] || { echo "@@ERROR no wb.test= on the command line"; finish "none 2"; }

if [ -n "$debug" ]; then
	dmesg
	cat /proc/fb
	ls -l /sys/class/graphics/ /sys/bus/platform/devices/
fi

# What a person sees on the boot GPU's screen before the test acts.
[ -n "$quiet" ] ||
	printf '\nfbcon workbench: scenario test "%s"\n' "$test" >/dev/tty1
[ -n "$dump" ] && export FBCON_TEST_CHECKPOINT=/bin/checkpoint WB_DUMP="$dump"

# A kselftest program run whole, with every GPU on the native driver, so
# that its cases that need two framebuffers have them.
case $test in
ks-*)
	prog=/bin/${test#ks-}
	[ -x "$prog" ] || { echo "@@ERROR no $prog in the initramfs"; finish "$test 2"; }
	modprobe "${FBCON_TEST_DRM_MODULE:-bochs}" 2>/dev/null
	sleep 1
	"$prog"
	finish "$test $?"
	;;
esac

# A name the kselftest does not have would run no case and exit 0.
if ! /bin/fbcon_test -l 2>&1 | grep -q " $test\$"; then
	echo "@@ERROR the kselftest has no case \"$test\" (an old initramfs?)"
	finish "$test 2"
fi
FBCON_TEST_REBIND=1 FBCON_TEST_BENCH=1 /bin/fbcon_test -t "$test"
rc=$?
# On a kernel with kmemleak (the debug kernel), look for leaks once the test
# is done; the host fails the scenario on "suspected memory leak".
mount -t debugfs debugfs /sys/kernel/debug 2>/dev/null
if [ -w /sys/kernel/debug/kmemleak ]; then
	echo scan >/sys/kernel/debug/kmemleak
	sleep 1
	echo scan >/sys/kernel/debug/kmemleak
	cat /sys/kernel/debug/kmemleak
	echo "@@KMEMLEAK scanned"
fi
finish "$test $rc"
