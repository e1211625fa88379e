#!/bin/sh
# Boot one scenario in the two-GPU QEMU/OVMF guest.
#   run-scenario.sh [--dump] VARIANT SCENARIO   (VARIANT: configs/variants)
# Output in build/runs/<variant>/<scenario>/: serial.log, and with --dump
# screendumps <checkpoint>-gpu0.png (boot GPU) and -gpu1.png (second),
# and the same as .ppm for scripts/screen-check.sh.
# Prints one line "RESULT <variant> <scenario> <pass|fail|skip> <detail>"
# and exits 0 for pass or skip, 1 for fail, 2 for bad usage.
set -eu
. "$(dirname -- "$0")/lib.sh"

dump=
[ "${1:-}" = --dump ] && { dump=1; shift; }
[ $# -eq 2 ] || { echo "usage: $0 [--dump] VARIANT SCENARIO" >&2; exit 2; }
variant=$1 name=$2
variant_load "$variant" ||
	{ echo "error: unknown kernel '$variant' ($(variant_names | tr '\n' ' '))" >&2; exit 2; }
kout=$v_out
sfile=$TOP/scenarios/$name
if [ ! -f "$sfile" ]; then
	echo "error: unknown scenario '$name'; known: $(scenario_names | tr '\n' ' ')" >&2
	exit 2
fi
load_scenario "$name"
[ -n "$test" ] || die "$sfile sets no test="

initrd=$BUILD/initramfs-$variant.cpio.gz
[ -f "$kout/bzImage" ] || die "$kout/bzImage missing: make kernels"
for g in "$gpu0" "$gpu1" "$gpu2"; do
	case $g in VGA | secondary-vga | virtio-vga | "") ;; *) die "$sfile: unknown GPU model '$g'" ;; esac
done
# A variant may replace the default GPU model and the native driver
# (configs/variants): the nodetect kernel has no DRM fbdev emulation, so its
# GPUs are cirrus-vga and cirrusfb is the native driver.
drivers=
if [ "$v_gpu" != - ]; then
	[ "$gpu0" = VGA ] && gpu0=$v_gpu
	[ "$gpu1" = VGA ] && gpu1=$v_gpu
	[ "$gpu2" = VGA ] && gpu2=$v_gpu
fi
[ "$v_native" = - ] || drivers="wb.driver=$v_native wb.module=$v_native"
[ -n "$gpu0" ] || die "$sfile: gpu0= must name the boot GPU's model"
case $smp in [1-4]) ;; *) die "$sfile: smp=$smp: 1 to 4 CPUs" ;; esac
[ -f "$initrd" ] || die "$initrd missing: make initramfs"

run=$BUILD/runs/$variant/$name
rm -rf "$run"
mkdir -p "$run"
accel=$(sh "$TOP/scripts/accel.sh")
timeout=$(scenario_timeout)
cp "$OVMF_VARS" "$run/vars.fd"
mkfifo "$run/ctl.in" "$run/ctl.out"

# oops=panic: an oops under console_lock is never printed otherwise (the
# dead task keeps the lock) and the guest would hang silently; a panic
# flushes the log to the serial port and, with panic=-1, ends the boot.
# deferred=: the VTs are no console of the kernel's and nothing writes on
# them before the test (wb.quiet), so that a kernel with deferred fbcon
# takeover has not taken over when the test starts.
vt=console=tty0
[ -n "$deferred" ] && vt=wb.quiet=1
append="$vt console=ttyS0 loglevel=7 oops=panic panic=-1 wb.test=$test${cmdline:+ $cmdline}${drivers:+ $drivers}"
variant_without_fix && [ -n "$pristine_cmdline" ] &&
	append="$append $pristine_cmdline"
[ "$v_base" = upstream ] && [ -n "$upstream_cmdline" ] &&
	append="$append $upstream_cmdline"
# still=: the screendumps compare a screen that nothing may write on.
if [ -n "$dump" ]; then
	if [ -n "$still" ]; then append="$append wb.dump=quiet"; else append="$append wb.dump=1"; fi
fi
# The debug kernel reports a task blocked for 30 s (DETECT_HUNG_TASK).
[ "$v_kind" = debug ] && append="$append sysctl.kernel.hung_task_timeout_secs=30"
[ -n "${WB_DEBUG:-}" ] && append="$append wb.debug=1"
# More options for this boot, e.g. the stress knobs of make soak.
[ -n "${WB_APPEND:-}" ] && append="$append $WB_APPEND"

# kexec=1: the guest can start the same kernel again with kexec_file_load();
# the kernel image comes in an uncompressed cpio archive put before the
# variant's initramfs (as early microcode is; OVMF loads the initrd by DMA,
# where reading QEMU's fw_cfg from the guest takes a minute per 3 MB under
# TCG), the guest archives its root file system as the next initramfs, and
# the kselftest's FBCON_TEST_KEXEC lets displays_kexec do it.
if [ -n "$kexec" ]; then
	mkdir -p "$run/kexec/boot"
	cp "$kout/bzImage" "$run/kexec/boot/kexec-bzImage"
	(cd "$run/kexec" && printf 'boot\nboot/kexec-bzImage\n' |
		cpio -o -H newc --quiet -R 0:0) >"$run/initrd-kexec"
	cat "$initrd" >>"$run/initrd-kexec"
	rm -rf "$run/kexec"
	initrd=$run/initrd-kexec
	append="$append wb.env=FBCON_TEST_KEXEC=1 wb.env=FBCON_TEST_KEXEC_KERNEL=/boot/kexec-bzImage"
fi

start=$(date +%s)
timeout -k 5 "$timeout" qemu-system-x86_64 \
	-machine q35 -accel "$accel" -cpu max -smp "$smp" -m 512 \
	-nodefaults -no-user-config -display none -no-reboot \
	-drive if=pflash,format=raw,readonly=on,file="$OVMF_CODE" \
	-drive if=pflash,format=raw,file="$run/vars.fd" \
	-device "$gpu0",bus=pcie.0,addr=02.0,id=gpu0 \
	${gpu1:+-device "$gpu1",bus=pcie.0,addr=03.0,id=gpu1} \
	${gpu2:+-device "$gpu2",bus=pcie.0,addr=04.0,id=gpu2} \
	-kernel "$kout/bzImage" -initrd "$initrd" -append "$append" \
	-serial file:"$run/serial.log" -serial pipe:"$run/ctl" \
	-monitor unix:"$run/mon.sock",server,nowait \
	>"$run/qemu.log" 2>&1 &
qpid=$!

# Answer the guest's checkpoints: take both screendumps, then let it go on.
done_dumps=
while kill -0 "$qpid" 2>/dev/null; do
	if [ -n "$dump" ] && [ -f "$run/serial.log" ]; then
		for cp in $(sed -n 's/^@@DUMP \([a-z]*\).*/\1/p' "$run/serial.log" | tr -d '\r'); do
			case " $done_dumps " in *" $cp "*) continue ;; esac
			for g in gpu0 ${gpu1:+gpu1}; do
				printf 'screendump %s -f png %s\nscreendump %s -f ppm %s\n' \
					"$run/$cp-$g.png" "$g" "$run/$cp-$g.ppm" "$g"
			done |
				socat - unix-connect:"$run/mon.sock" >/dev/null 2>&1 || true
			printf 'dumped %s\n' "$cp" >"$run/ctl.in"
			done_dumps="$done_dumps $cp"
		done
	fi
	sleep 0.2
done
rc=0
wait "$qpid" || rc=$?
secs=$(($(date +%s) - start))
printf '%s\n' "$secs" >"$run/seconds"

log=$run/serial.log
touch "$log"
result=$(tr -d '\r' <"$log" | sed -n 's/^@@RESULT [^ ]* \([0-9]*\)$/\1/p' | tail -1)
# A kernel report anywhere in the boot fails the scenario, whatever the
# test said (kernel_reports, lib.sh).
report_at=$(kernel_reports "$log" | head -n 1)
report=${report_at#*:}
# A report in start_kernel, before smp_init() and so before any initcall,
# comes from code no patch here touches (seen once on 2026-11-30: KASAN
# "wild-memory-access" in an interrupt during identify_cpu() on the 7.3
# debug kernel, TCG): such a boot is booted once more, its log kept
# beside the run, and the result says so.  A report from anything later
# fails at once.
if [ -n "$report" ] && [ -z "${WB_EARLY_REPORT:-}" ]; then
	smp=$(tr -d '\r' <"$log" | grep -a -n -m1 'smp: Bringing up secondary CPUs' | cut -d: -f1 || true)
	if [ -n "$smp" ] && [ "${report_at%%:*}" -lt "$smp" ]; then
		cp "$log" "$run.early-report.log"
		WB_EARLY_REPORT="$report" exec sh "$0" ${dump:+--dump} "$variant" "$name"
	fi
fi
if [ -n "$report" ]; then
	detail="kernel report: $report"
	status=fail
elif [ -z "$result" ]; then
	if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
		detail="QEMU hang: no result within ${timeout}s (timeout killed it)"
	else
		detail="guest gave no result (QEMU exit $rc; see $run/qemu.log)"
	fi
	status=fail
elif [ "$result" -ne 0 ] && [ "$result" -ne 4 ]; then
	# A failed case, also beside skipped ones (a ks-* program runs several).
	status=fail
	detail=$(tr -d '\r' <"$log" | grep -m1 -E '^# .*(Expected|ASSERT|EXPECT)' || true)
elif tr -d '\r' <"$log" | grep -q '^ok [0-9]* .* # SKIP'; then
	status=skip
	detail=$(tr -d '\r' <"$log" | sed -n 's/^ok [0-9]* .* # SKIP *//p' | head -1)
elif [ "$result" -eq 0 ]; then
	status=pass
	detail=$(tr -d '\r' <"$log" | sed -n 's/^# bench: //p' | head -1)
	n_tol=$(tolerated_reports "$log")
	[ "$n_tol" -eq 0 ] ||
		detail="${detail:+$detail; }$n_tol DRM vblank timeouts, not counted (kernel_reports)"
else
	status=fail
	detail=$(tr -d '\r' <"$log" | grep -m1 -E '^# .*(Expected|ASSERT|EXPECT)' || true)
fi
[ -z "${WB_EARLY_REPORT:-}" ] ||
	detail="$detail (booted twice: the first boot had a report in start_kernel, before any initcall: $WB_EARLY_REPORT; log in $run.early-report.log)"
printf 'RESULT %s %s %s %ss %s\n' "$variant" "$name" "$status" "$secs" "$detail" |
	tee "$run/result"
[ "$status" != fail ]
