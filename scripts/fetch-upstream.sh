#!/bin/sh
# Fetch the upstream base's source package: Debian's newest linux-source-7.3
# from trixie-backports, with apt-get download (apt checks the archive's
# signatures as usual).  The suite is known to apt only through a source
# list of its own under $WB_CACHE/apt, used for this download alone:
# nothing is installed from it, and the machine's own apt sources are left
# alone.  The package is kept in $WB_CACHE/src, outside the clone, so that
# a second clone does not fetch it again.
# Prints the path of the .deb on stdout.
set -eu
. "$(dirname -- "$0")/lib.sh"
base_load upstream

apt_dir=$WB_CACHE/apt
src_dir=$WB_CACHE/src
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$src_dir"
cat >"$apt_dir/sources.list" <<EOF
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie-backports main
EOF
set -- -o Dir::Etc::SourceList="$apt_dir/sources.list" \
	-o Dir::Etc::SourceParts=/dev/null \
	-o Dir::State::Lists="$apt_dir/lists" \
	-o Dir::Cache="$apt_dir/cache" \
	-o Dir::State::status=/dev/null \
	-o APT::Sandbox::User=root

have=$(ls "$src_dir/${SRC_PKG}"_*_all.deb 2>/dev/null | sort -V | tail -n 1 || true)
# Ask the archive once a day at most; a cached package is used when the
# archive cannot be reached.
stamp=$apt_dir/lists/.updated
if [ -z "$have" ] || [ -z "$(find "$stamp" -mmin -1440 2>/dev/null)" ]; then
	if apt-get "$@" -q update >"$apt_dir/update.log" 2>&1; then
		touch "$stamp"
	elif [ -n "$have" ]; then
		say "trixie-backports not reachable (see $apt_dir/update.log); using $(basename "$have")"
		echo "$have"
		exit 0
	else
		cat "$apt_dir/update.log" >&2
		die "cannot read trixie-backports' package list (see above)"
	fi
fi
ver=$(apt-cache "$@" policy "$SRC_PKG" 2>/dev/null | sed -n 's/^ *Candidate: //p')
case $ver in
'' | '(none)')
	die "trixie-backports serves no $SRC_PKG: the upstream base cannot be fetched" ;;
esac
deb=$src_dir/${SRC_PKG}_$(echo "$ver" | sed 's/:/%3a/')_all.deb
if [ ! -f "$deb" ]; then
	say "downloading $SRC_PKG $ver from trixie-backports"
	(cd "$src_dir" && apt-get "$@" -q download "$SRC_PKG=$ver") >"$apt_dir/download.log" 2>&1 ||
		{ cat "$apt_dir/download.log" >&2; die "apt-get download $SRC_PKG=$ver failed"; }
	[ -f "$deb" ] || die "apt-get download gave no $deb"
fi
echo "$deb"
