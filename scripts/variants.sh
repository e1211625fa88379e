#!/bin/sh
# Print the kernel variants of configs/variants, one a line (for make).
set -eu
. "$(dirname -- "$0")/lib.sh"
variant_names
