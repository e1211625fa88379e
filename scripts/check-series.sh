#!/bin/sh
# Series hygiene of base $1 (6.12 or upstream), as TAP lines (continuing
# test.sh's run, or a run of its own):
#   - the cover letter is there and counts the patches (on the upstream
#     base, one cover letter per posting);
#   - every patch passes scripts/checkpatch.pl --strict (a pass is kept,
#     by patch and tree, in $WB_CACHE/checkpatch);
#   - exporting the applied tree gives the patches back byte for byte.
set -eu
. "$(dirname -- "$0")/lib.sh"
. "$TOP/scripts/tap.sh"
tap_open

base_load "${1:-6.12}"

# The cover letter of the patches in directory $1 announces as many.
check_cover() {
	n=$(patch_files "$1" | wc -l)
	what=${1#"$TOP"/}
	prefix=$(posting_prefix "$1")
	if grep -q "^Subject: \[$prefix 0/$n\]" "$1/0000-cover-letter.patch" 2>/dev/null; then
		tap_pass "$what: cover letter announces $n patches ($prefix)"
	else
		tap_fail "$what: cover letter missing or not [$prefix 0/$n]"
	fi
}
if [ "$WB_BASE" = upstream ]; then
	for d in $(postings); do check_cover "$PATCHES/$d"; done
else
	check_cover "$PATCHES"
fi

# checkpatch asks "does MAINTAINERS need updating?" for every new file.
# That question is answered when the patch only adds files (no deletes or
# renames) and MAINTAINERS already covers each of them with a section of
# its own subsystem (not only THE REST).
new_files_maintained() {
	# A patch that updates MAINTAINERS is not asked.
	grep -q '^+++ b/MAINTAINERS$' "$1" && return 1
	summary=$(git apply --summary "$1")
	created=$(printf '%s\n' "$summary" | sed -n 's/^ create mode [0-7]* //p')
	[ -n "$created" ] || return 1
	printf '%s\n' "$summary" | grep -q '^ \(delete mode\|rename\|copy\) ' && return 1
	for f in $created; do
		(cd "$TREE" && scripts/get_maintainer.pl --no-git --no-git-fallback -f "$f" 2>/dev/null) |
			grep -v 'THE REST' | grep -q '(maintainer:\|(odd fixer:\|(supporter:' || return 1
	done
}

# The applied tree, part of the key a checkpatch pass is kept by (below).
tree=$(git -C "$TREE" rev-parse 'HEAD^{tree}')
work=$(mktemp -d)
# One line a patch: number, file, key, options, note.
n=0
series_files >"$work/files"
while read -r p; do
	n=$((n + 1))
	ignore=- note=''
	if new_files_maintained "$p"; then
		ignore=FILE_PATH_CHANGES
		note=" (new files already covered by MAINTAINERS)"
	fi
	# The tree is Debian's source package, without upstream history, so
	# checkpatch cannot look up the commits that Fixes: tags and commit
	# references name (each changelog says how they were identified);
	# it still checks how they are written, which --no-tree would skip.
	# Its SPDX check of new files runs scripts/spdxcheck.py with the
	# system's python3, which has ply and git (deps.sh).
	# A patch that passed before, unchanged, checked by the same
	# checkpatch in the same tree with the same options, passes again:
	# its result is kept by that key outside the clone, like the
	# per-commit builds' (build-each.sh).  Failures are never kept.
	opt=
	[ "$ignore" = - ] || opt="--ignore $ignore"
	key=$({ cat "$p"; echo "$tree"; echo "$opt"; } | sha256sum | cut -d' ' -f1)
	printf '%s|%s|%s|%s|%s\n' "$n" "$p" "$key" "$ignore" "$note" >>"$work/list"
done <"$work/files"

# checkpatch the patches without a kept pass, one per CPU at a time (it
# is one perl process a patch, a few seconds each); the output of patch N
# goes to $work/N.
while IFS='|' read -r n p key ignore note; do
	[ -f "$WB_CACHE/checkpatch/$key" ] || printf '%s\n%s\n%s\n' "$n" "$p" "$ignore"
done <"$work/list" |
	WB_CP_TREE=$TREE WB_CP_OUT=$work xargs -r -d '\n' -n 3 -P "$(nproc)" sh -c '
		opt=
		[ "$3" = - ] || opt="--ignore $3"
		# shellcheck disable=SC2086
		(cd "$WB_CP_TREE" && PATH=/usr/bin:/bin:$PATH scripts/checkpatch.pl \
			--strict -q --ignore UNKNOWN_COMMIT_ID $opt "$2") >"$WB_CP_OUT/$1" 2>&1
		: >"$WB_CP_OUT/$1.done"' sh

# The results in the series' order.
while IFS='|' read -r n p key ignore note; do
	name=${p#"$PATCHES"/}
	stamp=$WB_CACHE/checkpatch/$key
	if [ -f "$stamp" ]; then
		out='' note="$note (passed before: same patch, same tree)"
	elif [ -f "$work/$n.done" ]; then
		out=$(cat "$work/$n")
		if [ -z "$out" ]; then
			mkdir -p "$WB_CACHE/checkpatch"
			: >"$stamp"
		fi
	else
		out="checkpatch did not run (see $work)"
	fi
	if [ -z "$out" ]; then
		tap_pass "checkpatch --strict: $name$note"
	else
		printf '%s\n' "$out" | sed 's/^/# /'
		tap_fail "checkpatch --strict: $name"
	fi
done <"$work/list"
rm -rf "$work"

tmp=$(mktemp -d)
export_series "$tmp" "$(patches_ident)"
if diff -r -q -x 0000-cover-letter.patch "$tmp" "$PATCHES" >"$tmp.diff" 2>&1; then
	tap_pass "$WB_BASE: export of the applied tree equals ${PATCHES#"$TOP"/}/"
else
	sed 's/^/# /' "$tmp.diff"
	tap_fail "$WB_BASE: export of the applied tree differs from ${PATCHES#"$TOP"/}/ (make patches?)"
fi
rm -rf "$tmp" "$tmp.diff"
tap_close
