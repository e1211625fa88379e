#!/bin/sh
# Build the guest initramfs for one kernel:
#   mkinitramfs.sh VARIANT  -> build/initramfs-<variant>.cpio.gz
# It holds busybox-static, the kernel's staged modules, fbset's con2fbmap
# with its libraries, and the fbcon kselftest built from the 6.12 queue.
set -eu
. "$(dirname -- "$0")/lib.sh"

variant=${1:-}
kout=$(kernel_dir "$variant") || die "usage: $0 VARIANT ($(variant_names | tr '\n' ' '))"
out=$BUILD/initramfs-$variant.cpio.gz
test_bin=$BUILD/selftest/fbcon_test
[ -d "$kout/modules/lib/modules" ] || die "$kout/modules missing: build the $variant kernel first"
[ -x "$test_bin" ] || die "$test_bin missing: build the selftest first"
busybox=$(command -v busybox) || die "busybox not found: install busybox-static"
con2fbmap=$(command -v con2fbmap) || die "con2fbmap not found: install fbset"
file "$busybox" | grep -q 'statically linked' || die "$busybox is not static: install busybox-static"

# Rebuild only when an input is newer than the image.
if [ -f "$out" ]; then
	newer=$(find "$kout/.state" "$test_bin" "$BUILD/selftest/fbcon_map" "$TOP/scripts/guest-init.sh" \
		"$TOP/scripts/guest-checkpoint.sh" "$0" "$busybox" "$con2fbmap" -newer "$out" 2>/dev/null | head -1)
	[ -z "$newer" ] && exit 0
fi

root=$BUILD/initramfs-$variant
rm -rf "$root"
mkdir -p "$root/bin" "$root/sbin" "$root/lib" "$root/proc" "$root/sys" \
	"$root/dev" "$root/run" "$root/tmp" "$root/etc"
cp "$busybox" "$root/bin/busybox"
cp "$test_bin" "$root/bin/fbcon_test"
# The upstream posting's kselftest, where it was built (build-selftest.sh).
[ ! -x "$BUILD/selftest/fbcon_map" ] || cp "$BUILD/selftest/fbcon_map" "$root/bin/fbcon_map"
cp "$con2fbmap" "$root/bin/con2fbmap"
for lib in $(ldd "$con2fbmap" | sed -n 's/.*=> \(\/[^ ]*\).*/\1/p; s/^[[:space:]]*\(\/[^ ]*\) .*/\1/p'); do
	mkdir -p "$root$(dirname "$lib")"
	cp -L "$lib" "$root$lib"
done
cp -a "$kout/modules/lib/modules" "$root/lib/"
install -m 755 "$TOP/scripts/guest-init.sh" "$root/init"
install -m 755 "$TOP/scripts/guest-checkpoint.sh" "$root/bin/checkpoint"
ln -s ../bin/busybox "$root/sbin/modprobe"
# busybox's applets as links made here, not by "busybox --install" in the
# guest, which takes two seconds of a debug kernel's boot.
for app in $("$busybox" --list); do
	[ -e "$root/bin/$app" ] || ln -s busybox "$root/bin/$app"
done
(cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc --quiet -R 0:0) | gzip -1 >"$out.tmp"
mv "$out.tmp" "$out"
say "initramfs ready: $out ($(du -h "$out" | cut -f1))"
