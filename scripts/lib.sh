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

# Kernel builds go through ccache, in a directory outside the clone so that
# every clone and CI run on this machine share it (WB_CCACHE_DIR).
if command -v ccache >/dev/null 2>&1; then
	export CCACHE_DIR=${WB_CCACHE_DIR:-/var/cache/fbcon-workbench/ccache}
	export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-8G}
	# Paths under build/ are hashed relative to it, so that clones at
	# different places share objects.
	export CCACHE_BASEDIR=$BUILD CCACHE_NOHASHDIR=1
	KCC="ccache gcc"
else
	KCC=gcc
fi

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
SERIES_PREFIX="PATCH v2"
format_series() {
	git -C "$TREE" format-patch -q --zero-commit --no-signature --numbered \
		--subject-prefix="$SERIES_PREFIX" -o "$1" "$BASE_TAG"..HEAD
}

# A kernel report in a boot's log, for grep -E: KASAN, lockdep and other
# WARNINGs, BUG (soft lockups too), Oops, refcount_t, UBSAN, kmemleak, a
# task hung for 30 s (the debug kernel's DETECT_HUNG_TASK).
REPORT_RE='(BUG|WARNING|UBSAN|KASAN): |Oops|general protection fault|Kernel panic|refcount_t: |suspected memory leak|blocked for more than'

# The scenario names, one a line.
scenario_names() {
	for f in "$TOP"/scenarios/*; do
		[ -f "$f" ] && printf '%s\n' "${f##*/}"
	done
}

# The output directory of kernel variant $1 (patched, base, nodetect, debug).
kernel_dir() {
	case $1 in
	patched) echo "$BUILD/kernel" ;;
	base) echo "$BUILD/kernel-base" ;;
	nodetect) echo "$BUILD/kernel-nodetect" ;;
	debug) echo "$BUILD/kernel-debug" ;;
	*) return 1 ;;
	esac
}

# Is scenario (loaded) meant for kernel variant $1?  kernels= limits it;
# the nodetect kernel runs only the scenarios that set nodetect=1.
scenario_runs_on() {
	[ "$1" != nodetect ] || [ -n "$nodetect" ] || return 1
	case " ${kernels:-$1} " in *" $1 "*) return 0 ;; esac
	return 1
}

# Set the fields of scenario $1 (see README.md, Scenarios).
load_scenario() {
	test='' cmdline='' todo='' pristine=pass shows='' nodetect=''
	pristine_cmdline='' pristine_limit='' still=''
	gpu0=VGA gpu1=VGA smp=1 kernels='' limit=''
	# shellcheck disable=SC1090
	. "$TOP/scenarios/$1"
}
