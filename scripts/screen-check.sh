#!/bin/sh
# Does a screen show something new after a scenario's action?
#   screen-check.sh RUNDIR GPU
# Compares RUNDIR/before-GPU.ppm and RUNDIR/after-GPU.ppm (QEMU screendumps):
# the after picture must differ from the before one and have at least 1% of
# its bytes lit (text on a console).  Prints one line saying why not, and
# exits 1, if it does not.
set -eu
run=$1 gpu=$2
before=$run/before-$gpu.ppm after=$run/after-$gpu.ppm
for f in "$before" "$after"; do
	[ -s "$f" ] || { echo "no screendump $f"; exit 1; }
done
if cmp -s "$before" "$after"; then
	echo "$gpu shows the same picture before and after"
	exit 1
fi
# P6 header: "P6\n<w> <h>\n255\n", then w*h*3 bytes.
# shellcheck disable=SC2046
set -- $(head -c 32 "$after" | tr '\n' ' ')
w=$2 h=$3
total=$((w * h * 3))
lit=$(tail -c "$total" "$after" | tr -d '\000' | wc -c)
if [ $((lit * 100)) -lt "$total" ]; then
	echo "$gpu is almost black after ($lit of $total bytes lit)"
	exit 1
fi
echo "$gpu shows new content ($((lit * 1000 / total))/1000 lit)"
