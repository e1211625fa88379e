#!/bin/sh
# Run the KUnit suites the patches of base $1 (6.12 or upstream) add (every
# .kunitconfig they touch) and report each test as a TAP line.  They are
# built into the kernel of kind $2 of that base (configs/variants; default
# patched, the kernel make test builds anyway; make kunit and make soak
# give debug, where they run under KASAN and lockdep), whose fragments name
# them (KUNIT_DEFAULT_ENABLED off, so that scenario boots do not run
# them), and kunit.py exec boots that kernel in QEMU (x86_64) with
# kunit.enable=1: no kernel of their own is built.  A kernel report in
# that boot fails the run.
set -eu
. "$(dirname -- "$0")/lib.sh"
. "$TOP/scripts/tap.sh"
tap_open

base=${1:-6.12}
kind=${2:-patched}
case $kind in patched | debug) ;; *) die "usage: $0 BASE [patched|debug]" ;; esac
kv=$(variant_of "$base" "$kind")
[ -n "$kv" ] || die "configs/variants has no $kind variant of base $base"
variant_load "$kv"
# kunit.py exec boots the bzImage of a build directory: one of its own,
# holding the kernel's artifacts (which may come from the kernel cache,
# with no object directory).
obj=$BUILD/kunit/$kv
configs=$(git -C "$TREE" diff --name-only "$BASE_TAG" HEAD -- '*.kunitconfig')
if [ -z "$configs" ]; then
	tap_skip "$WB_BASE kunit" "its patches add no .kunitconfig"
	tap_close
	exit 0
fi
[ -f "$v_out/bzImage" ] || die "$v_out has no kernel: build the $kv kernel first"
rm -rf "$obj"
mkdir -p "$obj/arch/x86/boot"
cp "$v_out/bzImage" "$obj/arch/x86/boot/bzImage"
cp "$v_out/config" "$obj/.config"
# Every suite option of every .kunitconfig must be in that kernel.
missing=
for c in $configs; do
	for opt in $(grep -o '^CONFIG_[A-Z0-9_]*KUNIT_TEST=y' "$TREE/$c"); do
		grep -qx "$opt" "$obj/.config" || missing="$missing ${opt%=y} ($c)"
	done
done
if [ -n "$missing" ]; then
	tap_fail "kunit: not in the fragments of $kv:$missing"
	tap_close
	exit 0
fi

log=$obj/kunit.log
raw=$obj/kunit.raw
rc=0
# kunit.py runs qemu-system-x86_64 from PATH: scripts/kunit-qemu.sh, which
# keeps only the accelerator scripts/accel.sh found (7.x's kunit.py asks
# for KVM first, and nested KVM hangs here).
# kunit.autorun=1: allnoconfig leaves KUNIT_AUTORUN_ENABLED (7.x) off, and
# the suites would not run at boot.
mkdir -p "$obj/bin"
ln -sf "$TOP/scripts/kunit-qemu.sh" "$obj/bin/qemu-system-x86_64"
WB_KUNIT_QEMU=$(command -v qemu-system-x86_64)
WB_KUNIT_ACCEL=$(sh "$TOP/scripts/accel.sh")
export WB_KUNIT_QEMU WB_KUNIT_ACCEL
(cd "$TREE" && PATH="$obj/bin:$PATH" python3 tools/testing/kunit/kunit.py exec \
	--arch=x86_64 --build_dir="$obj" --timeout=300 --raw_output=all \
	--kernel_args=kunit.autorun=1) \
	>"$raw" 2>&1 || rc=$?
(cd "$TREE" && python3 tools/testing/kunit/kunit.py parse "$raw") >"$log" 2>&1 || rc=$?
# Result lines look like "[10:00:01] [PASSED] name"; suite lines are
# framed with "=" and are not tests of their own.
sed -n 's/^\[[0-9:]*\] \[\(PASSED\|FAILED\|SKIPPED\|CRASHED\)\] \([^=]*\)$/\1 \2/p' "$log" >"$log.results"
while read -r status name; do
	case $status in
	PASSED) tap_pass "kunit: $name" ;;
	SKIPPED) tap_skip "kunit: $name" ;;
	*) tap_fail "kunit: $name ($status; see $log)" ;;
	esac
done <"$log.results"
report=$(grep -a -m1 -E "$REPORT_RE" "$raw" || true)
if [ -n "$report" ]; then
	tap_fail "kunit: kernel report in the KUnit boot: $report (see $raw)"
elif [ "$rc" -ne 0 ] || [ ! -s "$log.results" ]; then
	tail -20 "$log" | sed 's/^/# /'
	tap_fail "kunit: kunit.py exited $rc (see $log, $raw)"
fi
tap_close
