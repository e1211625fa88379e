#!/bin/sh
# Regenerate patches/ from the commits on top of "pristine" in build/linux.
# The cover letter (patches/0000-cover-letter.patch) is kept; only its
# patch count is updated.  Output is deterministic (no commit ids, no
# signature), so exporting twice gives no diff.
set -eu
. "$(dirname -- "$0")/lib.sh"

[ -d "$TREE/.git" ] || die "$TREE missing: make tree"
[ -z "$(git -C "$TREE" status --porcelain --untracked-files=no)" ] ||
	die "$TREE has uncommitted changes: commit them first"
n=$(git -C "$TREE" rev-list --count "$BASE_TAG"..HEAD)
mkdir -p "$TOP/patches"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
format_series "$tmp"
for p in "$TOP"/patches/[0-9][0-9][0-9][0-9]-*.patch; do
	[ -e "$p" ] || continue
	case $p in */0000-cover-letter.patch) ;; *) rm -f "$p" ;; esac
done
cp "$tmp"/*.patch "$TOP/patches/" 2>/dev/null || true
cover=$TOP/patches/0000-cover-letter.patch
if [ -f "$cover" ]; then
	sed -i "s|^Subject: \[PATCH[ v0-9]* [0-9N]*/[0-9N]*\]|Subject: [$SERIES_PREFIX 0/$n]|" "$cover"
fi
# The tree now matches patches/: record it so prepare-tree.sh leaves it be.
printf '%s %s\n' "$(series_hash)" "$(git -C "$TREE" rev-parse HEAD)" >"$TREE/.git/series-applied"
say "exported $n patches to patches/"
