#!/bin/sh
# Install the Debian packages the workbench needs, if any is missing.
set -eu
pkgs="linux-source-6.12 build-essential bc bison flex libelf-dev libssl-dev
cpio kmod python3 qemu-system-x86 ovmf busybox-static fbset socat file
git xz-utils rsync ccache python3-ply python3-git"
missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed' ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
	echo "error: missing Debian packages:$missing (run as root, or: apt-get install$missing)" >&2
	exit 1
fi
echo ">>> installing Debian packages:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null || { echo "error: apt-get update failed" >&2; exit 1; }
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing >/dev/null ||
	{ echo "error: could not install:$missing" >&2; exit 1; }
