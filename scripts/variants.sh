#!/bin/sh
# Print the kernel variants of configs/variants, one a line (for make);
# with a kind (base, patched, ...), those of that kind only.
#   variants.sh [KIND]
set -eu
. "$(dirname -- "$0")/lib.sh"
if [ $# -eq 0 ]; then
	variant_names
	exit 0
fi
for v in $(variant_names); do
	variant_load "$v"
	[ "$v_kind" != "$1" ] || echo "$v"
done
