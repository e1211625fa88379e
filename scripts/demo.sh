#!/bin/sh
# make demo: the passthrough story on the pristine and the patched kernel.
# The firmware set up both GPUs (VGA and secondary-vga) and the consoles are
# on the boot GPU's EFI framebuffer; vfio-pci takes the boot GPU.  With the
# series the second GPU has an EFI framebuffer of its own and the consoles
# move there, with no DRM driver loaded; stock 6.12 leaves them on the dummy
# console.  SCENARIO=survive tells the older story (bochs-drm on the second
# GPU).  Screendumps of both GPUs before and after go to build/demo/, with
# index.html showing them side by side.
set -eu
. "$(dirname -- "$0")/lib.sh"
scenario=${SCENARIO:-displays-vfio-boot}

sh "$TOP/scripts/build-all.sh"
# build-all.sh leaves the pristine kernels to make pristine; the demo
# boots the 6.12 one.
sh "$TOP/scripts/build-kernel.sh" base
sh "$TOP/scripts/mkinitramfs.sh" base

demo=$BUILD/demo
rm -rf "$demo"
mkdir -p "$demo"
for v in base patched; do
	say "booting the $v kernel: scenario $scenario, with screendumps"
	sh "$TOP/scripts/run-scenario.sh" --dump "$v" "$scenario" >/dev/null 2>&1 || true
	mkdir -p "$demo/$v"
	cp "$BUILD/runs/$v/$scenario"/*.png "$BUILD/runs/$v/$scenario/serial.log" \
		"$BUILD/runs/$v/$scenario/result" "$demo/$v/" 2>/dev/null || true
done

row() { # checkpoint gpu label
	printf '<tr><th>%s</th>' "$3"
	for v in base patched; do
		if [ -f "$demo/$v/$1-$2.png" ]; then
			printf '<td><img src="%s/%s-%s.png" width="480"></td>' "$v" "$1" "$2"
		else
			printf '<td>no screendump</td>'
		fi
	done
	printf '</tr>\n'
}
{
	printf '<!doctype html><meta charset="utf-8"><title>fbcon workbench: %s</title>\n' "$scenario"
	printf '<h1>Scenario %s</h1><pre>%s</pre>\n' "$scenario" "$(grep '^#' "$TOP/scenarios/$scenario" | sed 's/^# *//')"
	printf '<table border="1"><tr><th></th><th>pristine 6.12</th><th>patched</th></tr>\n'
	row before gpu0 "before: boot GPU (00:02.0)"
	row before gpu1 "before: second GPU (00:03.0)"
	row after gpu0 "after: boot GPU (00:02.0)"
	row after gpu1 "after: second GPU (00:03.0)"
	printf '<tr><th>result</th><td>%s</td><td>%s</td></tr></table>\n' \
		"$(cat "$demo/base/result" 2>/dev/null)" "$(cat "$demo/patched/result" 2>/dev/null)"
} >"$demo/index.html"

printf '\n%-10s %-8s %-6s %-44s %s\n' kernel result time "second GPU's screen" detail
for v in base patched; do
	r=$(cat "$demo/$v/result" 2>/dev/null || echo "RESULT $v $scenario fail - no result")
	screen=$(sh "$TOP/scripts/screen-check.sh" "$BUILD/runs/$v/$scenario" gpu1 || true)
	# shellcheck disable=SC2086
	set -- $r
	shift 3
	st=$1 t=$2
	shift 2
	printf '%-10s %-8s %-6s %-44s %s\n' "$([ $v = base ] && echo pristine || echo patched)" \
		"$st" "$t" "$screen" "$*"
done
printf '\nscreendumps and report: %s/index.html\n' "$demo"
