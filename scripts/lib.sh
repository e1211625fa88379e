# Shared helpers for the workbench scripts; sourced, not run.
# shellcheck shell=sh

# shellcheck disable=SC1007
TOP=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
TREE=$BUILD/linux
BASE_TREE=$BUILD/linux-base
BASE_TAG=pristine
SRC_TARBALL=${SRC_TARBALL:-/usr/src/linux-source-6.12.tar.xz}

say() { printf '>>> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Fixed identity and dates so that the pristine commit, and every commit
# applied on top of it, hash the same on every machine.
export GIT_AUTHOR_NAME=${GIT_AUTHOR_NAME:-workbench}
export GIT_AUTHOR_EMAIL=${GIT_AUTHOR_EMAIL:-workbench@localhost}
export GIT_COMMITTER_NAME=workbench
export GIT_COMMITTER_EMAIL=workbench@localhost

# The patch files of the series, in order, without the cover letter.
series_files() {
	for p in "$TOP"/patches/[0-9][0-9][0-9][0-9]-*.patch; do
		[ -e "$p" ] || continue
		case $p in */0000-cover-letter.patch) continue ;; esac
		printf '%s\n' "$p"
	done
}

# A hash of the series as it stands in patches/.
series_hash() {
	series_files | while read -r p; do cat "$p"; done | sha256sum | cut -d' ' -f1
}

# Write the series of $TREE (pristine..HEAD) into directory $1, the way
# patches/ holds it: deterministic, no commit ids, no signature.
format_series() {
	git -C "$TREE" format-patch -q --zero-commit --no-signature --numbered \
		-o "$1" "$BASE_TAG"..HEAD
}

# The scenario names, one a line.
scenario_names() {
	for f in "$TOP"/scenarios/*; do
		[ -f "$f" ] && printf '%s\n' "${f##*/}"
	done
}

# Set the fields of scenario $1 (see README.md, Scenarios).
load_scenario() {
	test='' cmdline='' todo='' pristine=pass shows=''
	# shellcheck disable=SC1090
	. "$TOP/scenarios/$1"
}
