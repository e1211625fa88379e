# Shared helpers for the workbench scripts; sourced, not run.
# shellcheck shell=sh

# shellcheck disable=SC1007
TOP=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
BASE_TAG=pristine
# Downloaded source packages live outside the clone, like the compiler
# cache, so that every clone and CI run on this machine shares them.
WB_CACHE=${WB_CACHE:-/var/cache/fbcon-workbench}
VARIANTS=$TOP/configs/variants
# Debian's OVMF without Secure Boot, the 2 MB build: under TCG it reaches
# the kernel about 0.8 s sooner than the 4 MB build (4.3 s, not 5.1 s;
# measured 2026-11-30), with the same GOP setup.
OVMF_CODE=/usr/share/OVMF/OVMF_CODE.fd
OVMF_VARS=/usr/share/OVMF/OVMF_VARS.fd

say() { printf '>>> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Kernel builds go through ccache, in a directory outside the clone so that
# every clone and CI run on this machine share it (WB_CCACHE_DIR).
if command -v ccache >/dev/null 2>&1; then
	export CCACHE_DIR=${WB_CCACHE_DIR:-$WB_CACHE/ccache}
	export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-16G}
	# Paths under build/ are hashed relative to it, so that clones at
	# different places share objects.
	export CCACHE_BASEDIR=$BUILD CCACHE_NOHASHDIR=1
	# Depend mode: on a miss the compiler runs once, and ccache keys the
	# object by the headers of kbuild's -MMD list, instead of running the
	# preprocessor first as well.  A cold build takes the time of one
	# without ccache (80 s, not 114 s, for drivers/video/ and kernel/ here,
	# 2026-12-02); hits are direct-mode hits, as before.
	export CCACHE_DEPEND=1
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

# The identity that patches/ is exported with: the git configuration of
# whoever runs the export, or the project's placeholder where none is set.
# A submitter re-exports (make patches) with their own before posting.
PLACEHOLDER_IDENT='Seed 88624a62 maintainers <maintainers@users.noreply.r-seed-88624a62.example>'
export_ident() {
	n=$(git -C "$TOP" config user.name 2>/dev/null || true)
	e=$(git -C "$TOP" config user.email 2>/dev/null || true)
	if [ -n "$n" ] && [ -n "$e" ]; then
		printf '%s <%s>\n' "$n" "$e"
	else
		printf '%s\n' "$PLACEHOLDER_IDENT"
	fi
}

# Select kernel base $1 (6.12 or upstream): its trees, patches and the
# Debian package its source comes from.
#   TREE        git repo: the pristine source tagged "pristine", with the
#               base's patches applied on top by git am
#   BASE_TREE   git worktree of the same repo, at the commit being built
#   PATCHES     patches/6.12 or patches/upstream
#   SRC_PKG     the Debian source package of the pristine tree
base_load() {
	WB_BASE=$1
	case $1 in
	6.12)
		TREE=$BUILD/linux
		PATCHES=$TOP/patches/6.12
		SRC_PKG=linux-source-6.12
		SERIES_PREFIX="PATCH v3"
		BASE_DATE=2024-11-17T00:00:00Z
		;;
	upstream)
		TREE=$BUILD/upstream/linux
		PATCHES=$TOP/patches/upstream
		SRC_PKG=linux-source-7.3
		SERIES_PREFIX=PATCH
		BASE_DATE=2026-11-15T00:00:00Z
		;;
	*) die "unknown base '$1' (6.12 or upstream)" ;;
	esac
	BASE_TREE=$TREE-base
	OBJ_ROOT=$BUILD/obj
}

# The bases, in the order make test takes them.
base_names() { printf '%s\n' 6.12 upstream; }

# every_base_unless_named SCRIPT ARGS: when ARGS name no base, run SCRIPT
# once for each base and exit with the first failure or 0.
every_base_unless_named() {
	ebs=$1
	shift
	[ $# -eq 0 ] || return 0
	for b in $(base_names); do sh "$ebs" "$b" || exit; done
	exit 0
}

# The postings of the upstream base, in the order they apply: the
# directories patches/upstream/NN-topic.
postings() {
	for d in "$TOP"/patches/upstream/[0-9][0-9]-*/; do
		[ -d "$d" ] && basename "$d"
	done
}

# The patch files in directory $1, in order, without its cover letter.
patch_files() {
	for p in "$1"/[0-9][0-9][0-9][0-9]-*.patch; do
		[ -e "$p" ] || continue
		case $p in */0000-cover-letter.patch) continue ;; esac
		printf '%s\n' "$p"
	done
}

# The patch files of the selected base, in the order git am applies them,
# without cover letters.
series_files() {
	if [ "$WB_BASE" = upstream ]; then
		for d in $(postings); do patch_files "$PATCHES/$d"; done
	else
		patch_files "$PATCHES"
	fi
}

# A hash of the selected base's patches as they stand.
series_hash() {
	series_files | while read -r p; do cat "$p"; done | sha256sum | cut -d' ' -f1
}

# Write commits $2 of $TREE (a git range) into directory $1 the way patches/
# holds them: deterministic, no commit ids, no signature, exported with
# identity $3 (export_ident).  git format-patch puts the commit's author in
# From:; the commit's author and sign-off are the identity of the last
# export, so both are rewritten to $3.
format_series() {
	dir=$1 range=$2 ident=$3
	mkdir -p "$dir"
	# --abbrev: the blob ids of the index lines at a fixed length, as git
	# lengthens them by default in a larger (packed) repository.
	git -C "$TREE" format-patch -q --zero-commit --no-signature --numbered \
		--abbrev=12 --subject-prefix="$SERIES_PREFIX" -o "$dir" "$range"
	for f in "$dir"/[0-9][0-9][0-9][0-9]-*.patch; do
		[ -e "$f" ] || continue
		case $f in */0000-cover-letter.patch) continue ;; esac
		awk -v ident="$ident" '
			# The From: header, folded or not, becomes the identity, and
			# so does a sign-off by the old author.
			!body && /^From: / { old = substr($0, 7); folded = 1; next }
			!body && folded && /^[ \t]/ { sub(/^[ \t]+/, " "); old = old $0; next }
			!body && folded { print "From: " ident; folded = 0 }
			!body && /^$/ { body = 1 }
			body && $0 == "Signed-off-by: " old { print "Signed-off-by: " ident; next }
			{ print }
		' "$f" >"$f.tmp"
		mv "$f.tmp" "$f"
	done
}

# The git range of posting $1 in the upstream tree: from the tag of the
# posting before it (or the pristine commit) to its own tag.
posting_range() {
	prev=$BASE_TAG
	for d in $(postings); do
		if [ "$d" = "$1" ]; then
			echo "$prev..$d"
			return 0
		fi
		prev=$d
	done
	return 1
}

# Export the selected base's commits into directory $1 as patches/ holds
# them (patches/6.12/, or one directory per posting under
# patches/upstream/), with identity $2; cover letters are not touched.
export_series() {
	if [ "$WB_BASE" = 6.12 ]; then
		format_series "$1" "$BASE_TAG..HEAD" "$2"
		return 0
	fi
	last=$(postings | tail -n 1)
	[ -n "$last" ] || return 0
	extra=$(git -C "$TREE" rev-list --count "$last..HEAD")
	[ "$extra" -eq 0 ] ||
		die "$TREE has $extra commits after the tag of the last posting, $last: move the tag (git -C $TREE tag -f NN-topic) to say which posting they belong to"
	for d in $(postings); do
		SERIES_PREFIX=$(posting_prefix "$PATCHES/$d") \
			format_series "$1/$d" "$(posting_range "$d")" "$2"
	done
}

# The subject prefix of the patches in directory $1: the one its cover
# letter's Subject: names ("PATCH v3" for a posting's third revision, "RFC
# PATCH" for a request for comments), else the base's.
posting_prefix() {
	sed -n 's/^Subject: \[\(\(RFC \)\{0,1\}PATCH\( v[0-9][0-9]*\)\{0,1\}\) [0-9N]*\/[0-9N]*\].*/\1/p' \
		"$1/0000-cover-letter.patch" 2>/dev/null | head -n 1 | grep . || echo "$SERIES_PREFIX"
}

# The identity patches/ was exported with (the From: of its first patch).
patches_ident() {
	f=$(series_files | head -n 1)
	[ -n "$f" ] || { export_ident; return 0; }
	awk '/^From: / { id = substr($0, 7); f = 1; next }
		f && /^[ \t]/ { sub(/^[ \t]+/, " "); id = id $0; next }
		f { print id; exit }' "$f"
}

# A kernel report in a boot's log, for grep -E: KASAN, lockdep and other
# WARNINGs, BUG (soft lockups, SLUB's poison checks too), Oops, refcount_t,
# UBSAN, kmemleak, a task hung for 30 s (the debug kernel's
# DETECT_HUNG_TASK).  (A region released that nobody requested is the
# faults case's own check: cirrusfb of 6.12 releases VGA ports it never
# requested on every unbind, not a bug of ours.)
REPORT_RE='(BUG|WARNING|UBSAN|KASAN): |Oops|general protection fault|Kernel panic|refcount_t: |suspected memory leak|blocked for more than'

# The kernel reports in serial log $1, one a line, as "LINE:TEXT".  One
# report is left out: DRM's "vblank wait timed out" WARNING from
# drm_crtc_wait_one_vblank().  7.3's bochs-drm emulates vblank with a
# timer, and under TCG on a loaded host the guest runs the timer late, so
# the fbdev helper's wait for a vblank gives up after 100 ms.  Stock 7.3.4
# shows it in the same runs (races: 2026-11-29, 2026-12-01); it says
# nothing about the code under test.  Its message line comes up to five
# lines before the WARNING: other drivers' lines interleave on the serial
# console.  tolerated_reports counts them.
VBLANK_TIMEOUT_MSG='vblank wait timed out on crtc'
kernel_reports() {
	tr -d '\r' <"$1" | awk -v re="$REPORT_RE" -v vbm="$VBLANK_TIMEOUT_MSG" '
		index($0, vbm) { vb = NR }
		$0 ~ re && !($0 ~ /^WARNING: .*drm_crtc_wait_one_vblank/ &&
			vb && NR - vb <= 5) { print NR ":" $0 }'
}

tolerated_reports() {
	tr -d '\r' <"$1" | grep -a -c -F "$VBLANK_TIMEOUT_MSG" || true
}

# The scenario names, one a line.
scenario_names() {
	for f in "$TOP"/scenarios/*; do
		[ -f "$f" ] && printf '%s\n' "${f##*/}"
	done
}

# The variant names of configs/variants, in its order, but for the kind
# "without" (built by check-fixes.sh only).
variant_names() {
	sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$VARIANTS" | awk '$3 != "without" { print $1 }'
}

# Load the line of variant $1 (configs/variants) into v_base, v_kind,
# v_frags (paths of the fragments merged after workbench.config), v_out,
# v_obj, v_gpu, v_native, v_runs, and select its base (base_load).
# Returns 1 for a variant the table does not have.  WB_RUNS=all overrides
# the runs column (make soak boots every scenario).
variant_load() {
	# The table is read once a process, and searched without a command:
	# compare.sh loads a variant for each of its hundreds of cells.
	[ -n "${WB_VARIANTS_TABLE:-}" ] ||
		WB_VARIANTS_TABLE=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$VARIANTS")
	line=
	while read -r vl_name vl_rest; do
		if [ "$vl_name" = "$1" ]; then
			line="$vl_name $vl_rest"
			break
		fi
	done <<EOF
$WB_VARIANTS_TABLE
EOF
	[ -n "$line" ] || return 1
	# shellcheck disable=SC2086
	set -- $line
	[ $# -eq 9 ] || die "$VARIANTS: variant $1 has $# columns, not 9"
	v_name=$1 v_base=$2 v_kind=$3 v_out=$BUILD/$5 v_gpu=$7 v_native=$8
	v_runs=${WB_RUNS:-$9}
	case $v_runs in all | fixes | stories | needs | soak | compare) ;;
	*) die "$VARIANTS: $v_name: runs '$v_runs' (all, fixes, stories, needs, soak or compare)" ;;
	esac
	v_frags=$TOP/configs/workbench.config
	if [ "$4" != - ]; then
		v_list=$4,
		while [ -n "$v_list" ]; do
			v_frag=${v_list%%,*}
			v_list=${v_list#*,}
			[ -f "$TOP/configs/$v_frag.config" ] ||
				die "$VARIANTS: $v_name: no configs/$v_frag.config"
			v_frags="$v_frags $TOP/configs/$v_frag.config"
		done
	fi
	case $v_kind in base | patched | nodetect | debug | without) ;;
	*) die "$VARIANTS: $v_name: kind '$v_kind' (base, patched, nodetect, debug or without)" ;;
	esac
	base_load "$v_base"
	v_obj=$OBJ_ROOT/$6
}

# The variants of base $1 and kind $2 in configs/variants, one a line, in
# its order.
variants_of() {
	sed -e 's/#.*//' "$VARIANTS" | awk -v b="$1" -v k="$2" \
		'$2 == b && $3 == k { print $1 }'
}

# The first variant of base $1 and kind $2 in configs/variants, or nothing.
variant_of() {
	variants_of "$1" "$2" | head -n 1
}

# The output directory of kernel variant $1.
kernel_dir() {
	(variant_load "$1" && echo "$v_out")
}

# Do the loaded variant's fragments set option $1 (CONFIG_...) to y, or,
# for !CONFIG_..., leave it unset after setting it (the last fragment
# that names the option decides)?
variant_sets() {
	v_opt=${1#!} v_last=
	# The fragments' lines, read without a command (compare.sh asks this
	# for each cell of a scenario with needs=).
	for vs_f in $v_frags; do
		while IFS= read -r vs_l; do
			case $vs_l in
			"$v_opt="* | "# $v_opt is not set") v_last=$vs_l ;;
			esac
		done <"$vs_f"
	done
	if [ "$v_opt" = "$1" ]; then
		[ "$v_last" = "$v_opt=y" ]
	else
		[ "$v_last" = "# $v_opt is not set" ]
	fi
}

# Does the loaded variant lack the fixes (the stock kernel, or one less a
# fix: kind without)?  Such kernels get pristine_cmdline= and
# pristine_limit=.
variant_without_fix() {
	case $v_kind in base | without) return 0 ;; esac
	return 1
}

# Is scenario (loaded) meant for the loaded variant?  kernels= names the
# kinds it runs on (base, patched, nodetect, debug; default all but
# nodetect); the nodetect kind runs only the scenarios that set
# nodetect=1; on the upstream base, a scenario whose story waits for a
# posting that has not landed there yet (waits=) does not run; a scenario
# with needs= (CONFIG_X, or !CONFIG_X) runs only where the variant's
# fragments set that option (or leave it out); a variant whose runs column
# says fixes runs only the scenarios with fixes=, stories only those with
# story=1 (the stories every configuration must pass), needs only those
# with needs=, soak none (make soak boots them all), compare none but
# under WB_PRISTINE=all (make compare), and then the stories; a pristine variant
# whose expected result (scenario_expects) is "-" does not boot it.
# A pristine variant boots only the scenarios that fail there (the bugs
# the patches fix): a regression guard passes on pristine and patched
# alike, and make test proves it on the patched kernels.  WB_PRISTINE=all
# (make compare, which fills the README's table) boots the guards on the
# pristine kernels too.
scenario_runs_on() {
	[ "$v_runs" != soak ] || return 1
	if [ "$v_runs" = compare ]; then
		[ "${WB_PRISTINE:-}" = all ] && [ -n "$story" ] || return 1
	fi
	if [ "$v_kind" = base ]; then
		scenario_expect
		case $s_expect in
		-) return 1 ;;
		pass) [ "${WB_PRISTINE:-}" = all ] || return 1 ;;
		esac
	fi
	[ "$v_kind" != nodetect ] || [ -n "$nodetect" ] || return 1
	[ "$v_base" != upstream ] || [ -z "$waits" ] || return 1
	[ "$v_runs" != fixes ] || [ -n "$fixes" ] || return 1
	[ "$v_runs" != stories ] || [ -n "$story" ] || return 1
	[ -z "$needs" ] || variant_sets "$needs" || return 1
	[ "$v_runs" != needs ] || [ -n "$needs" ] || return 1
	case " ${kernels:-$v_kind} " in *" $v_kind "*) return 0 ;; esac
	return 1
}

# Does make soak boot the loaded scenario on the loaded variant, and make
# test not (the variant's runs column leaves it out)?
scenario_soak_only() {
	scenario_runs_on && return 1
	so_runs=$v_runs v_runs=all so_rc=0
	scenario_runs_on || so_rc=1
	v_runs=$so_runs
	return $so_rc
}

# What the loaded variant's kernel build depends on, as a hash into
# k_state: the source (the tree object of the commit, the same in every
# clone, and local edits), the compiler, build-kernel.sh and the fragments.
# build-kernel.sh keys its builds and the kernel cache by it (the output
# directory's .state); scenarios.sh checks that a kernel's .state is the
# current one before it records a result under it.
kernel_state() {
	# The patched kernels build the series' last commit in the pristine
	# worktree, the pristine ones its pristine commit, the debug ones the
	# tree itself (build-kernel.sh).
	case $v_kind in
	base) ks_repo=$BASE_TREE ks_src=$BASE_TREE ;;
	debug) ks_repo=$TREE ks_src=$TREE ;;
	*) ks_repo=$TREE ks_src=$BASE_TREE ;;
	esac
	k_state=$(
		git -C "$ks_repo" rev-parse "HEAD^{tree}"
		$KCC --version 2>/dev/null | head -n 1
		sha256sum <"$TOP/scripts/build-kernel.sh"
		git -C "$ks_src" status --porcelain --untracked-files=no
		git -C "$ks_src" diff HEAD
		# shellcheck disable=SC2086
		cat $v_frags
	)
	k_state=$(printf '%s\n' "$k_state" | sha256sum | cut -d' ' -f1)
}

# The result of a boot of a pristine kernel is kept outside the clone
# ($WB_CACHE/pristine), like the per-commit builds, keyed by all that
# decides it: the kernel (kernel_state), the guest's programs and init,
# the scripts that boot it and judge it, the scenario, the variant's line
# and QEMU and OVMF.  make pristine (and make compare) boot the pristine
# kernels and record their results; make test judges a record made for the
# same inputs and skips a pristine boot that has none, so that a cold run
# builds and boots no pristine kernel.  pristine_key sets p_key for the
# loaded variant and scenario $1 (the guest's inputs once a run, in
# p_guest).
pristine_key() {
	if [ -z "${p_guest:-}" ]; then
		p_c2f=$(command -v con2fbmap || echo con2fbmap)
		p_guest=$(
			# shellcheck disable=SC2046
			for f in "$BUILD/selftest/fbcon_test" "$BUILD/selftest/fbcon_map" \
				"$(command -v busybox)" "$p_c2f" "$OVMF_CODE" \
				"$OVMF_VARS" "$TOP/scripts/guest-init.sh" "$TOP/scripts/guest-checkpoint.sh" \
				"$TOP/scripts/mkinitramfs.sh" "$TOP/scripts/run-scenario.sh" \
				"$TOP/scripts/screen-check.sh" "$TOP/scripts/scenarios.sh" \
				"$TOP/scripts/lib.sh" "$TOP/scripts/accel.sh" \
				$(ldd "$p_c2f" 2>/dev/null | sed -n 's/.*=> \(\/[^ ]*\).*/\1/p; s/^[[:space:]]*\(\/[^ ]*\) .*/\1/p'); do
				if [ -f "$f" ]; then sha256sum <"$f"; else echo "no $f"; fi
			done
			qemu-system-x86_64 --version | head -n 1
			# What run-scenario.sh boots with: the accelerator and
			# the knobs that change the command line or the limit.
			sh "$TOP/scripts/accel.sh"
			echo "${WB_TIMEOUT-}|${WB_APPEND-}|${WB_DEBUG-}"
		)
	fi
	# One kernel state a variant and run (it reads the whole tree).
	[ "${p_state_of:-}" = "$v_name" ] || { kernel_state; p_state_of=$v_name; }
	p_key=$(printf '%s\n' "$p_guest" "$k_state" "$v_name $v_gpu $v_native" \
		"$1" "$(cat "$TOP/scenarios/$1")" | sha256sum | cut -c1-32)
}

# Is the loaded scenario a regression guard that make compare boots on the
# loaded pristine variant, and make test not (WB_PRISTINE)?
scenario_guard_only() {
	scenario_runs_on && return 1
	go_pristine=${WB_PRISTINE-} go_set=${WB_PRISTINE+set} go_rc=0
	WB_PRISTINE=all
	scenario_runs_on || go_rc=1
	if [ -n "$go_set" ]; then WB_PRISTINE=$go_pristine; else unset WB_PRISTINE; fi
	return $go_rc
}

# The name of the scenario field that gives the expected result on
# pristine variant $1: pristine_ and the variant's name with every
# character but letters and digits turned into _ (pristine_simpledrm_base
# for simpledrm-base).
pristine_field() {
	pristine_field_var "$1"
	printf '%s\n' "$pf_var"
}

# As pristine_field, into pf_var, without a subshell.
pristine_field_var() {
	pf_in=$1 pf_out=
	# Each character but a letter or digit becomes _, without a command.
	while [ -n "$pf_in" ]; do
		pf_c=${pf_in%"${pf_in#?}"}
		pf_in=${pf_in#?}
		case $pf_c in
		[a-zA-Z0-9]) pf_out=$pf_out$pf_c ;;
		*) pf_out=${pf_out}_ ;;
		esac
	done
	pf_var=pristine_$pf_out
}

# Forget the per-variant expectations of the scenario loaded before.
unset_pristine_variants() {
	[ -n "${PRISTINE_FIELDS+set}" ] ||
		PRISTINE_FIELDS=$(for v_pv in $(variant_names); do pristine_field "$v_pv"; done)
	for v_pf in $PRISTINE_FIELDS; do
		unset "$v_pf"
	done
}

# Does the loaded scenario's todo= hold on the loaded variant?  todo_base=
# limits it to one base.
scenario_todo_here() {
	[ -n "$todo" ] && { [ -z "$todo_base" ] || [ "$todo_base" = "$v_base" ]; }
}

# What the loaded scenario must give on the loaded variant: pass, or on a
# pristine kernel what the variant's own field says (pristine_field:
# pristine_simpledrm_base=), else pristine_upstream= on the upstream base,
# else pristine=.
scenario_expects() {
	scenario_expect
	echo "$s_expect"
}

# As scenario_expects, into s_expect, without a subshell.
scenario_expect() {
	if [ "$v_kind" = without ]; then
		s_expect=fail
		return 0
	elif [ "$v_kind" != base ]; then
		s_expect=pass
		return 0
	fi
	pristine_field_var "$v_name"
	eval "v_pe=\${$pf_var:-}"
	if [ -n "$v_pe" ]; then
		s_expect=$v_pe
	elif [ "$v_base" = upstream ]; then
		s_expect=${pristine_upstream:-$pristine}
	else
		s_expect=$pristine
	fi
}

# The time limit of one boot of the loaded scenario on the loaded variant,
# in seconds.  A boot takes 5-15 s under TCG, about four times that on a
# debug kernel (KASAN, lockdep, kmemleak): 120 s, 300 s there.  A
# scenario that runs longer (the stress cases) sets limit=, its time on
# the debug kernel; the other kernels get a quarter of it, 120 s at least.
# On a kernel without the fix (the stock kernel, or one that lacks one
# fix: kind without), pristine_limit= replaces all that (with
# pristine_cmdline=, a longer run where stock loses a race only at times).
# WB_TIMEOUT overrides it.
scenario_timeout() {
	t=120
	[ "$v_kind" = debug ] && t=300
	case $limit in
	'') ;;
	*[!0-9]*) die "scenarios/$s_name: limit=$limit: seconds" ;;
	*)
		t=$limit
		if [ "$v_kind" != debug ]; then
			t=$((limit / 4))
			[ "$t" -ge 120 ] || t=120
		fi ;;
	esac
	if variant_without_fix; then
		case $pristine_limit in
		'') ;;
		*[!0-9]*) die "scenarios/$s_name: pristine_limit=$pristine_limit: seconds" ;;
		*) t=$pristine_limit ;;
		esac
	fi
	echo "${WB_TIMEOUT:-$t}"
}

# Set the fields of scenario $1 (see README.md, Scenarios).
load_scenario() {
	test='' cmdline='' todo='' todo_base='' pristine=pass shows='' nodetect=''
	pristine_cmdline='' pristine_limit='' still=''
	gpu0=VGA gpu1=VGA gpu2='' smp=1 kernels='' limit='' kexec=''
	waits='' pristine_upstream='' upstream_cmdline='' fixes='' story=''
	deferred='' needs=''
	unset_pristine_variants
	s_name=$1
	# shellcheck disable=SC1090
	. "$TOP/scenarios/$1"
}
