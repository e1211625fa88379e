#!/bin/sh
# Regenerate the patches of base $1 (6.12 or upstream; default both) from
# the commits in its tree: patches/6.12/ from build/linux, and on the
# upstream base one directory per posting (patches/upstream/NN-topic/, the
# commits up to the tag of that name) from build/upstream/linux.  The
# patches carry the identity of whoever exports (git config user.name and
# user.email; the project's placeholder where none is set): a submitter
# re-exports with their own before posting.  The cover letters are kept;
# only their patch count is updated.  Output is deterministic (no commit
# ids, no signature), so exporting twice gives no diff.
set -eu
. "$(dirname -- "$0")/lib.sh"

every_base_unless_named "$0" "$@"
base_load "$1"
[ -d "$TREE/.git" ] || die "$TREE missing: make tree"
[ -z "$(git -C "$TREE" status --porcelain --untracked-files=no)" ] ||
	die "$TREE has uncommitted changes: commit them first"
ident=$(export_ident)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export_series "$tmp" "$ident"
# Replace every patch but the cover letters.
find "$PATCHES" -name '[0-9][0-9][0-9][0-9]-*.patch' ! -name 0000-cover-letter.patch -delete 2>/dev/null || true
(cd "$tmp" && find . -name '*.patch') | while read -r f; do
	mkdir -p "$(dirname "$PATCHES/$f")"
	cp "$tmp/$f" "$PATCHES/$f"
done
# Each cover letter counts the patches beside it.
for cover in $(find "$PATCHES" -name 0000-cover-letter.patch); do
	n=$(patch_files "$(dirname "$cover")" | wc -l)
	prefix=$(posting_prefix "$(dirname "$cover")")
	sed -i "s|^Subject: \[\(RFC \)\{0,1\}PATCH[ v0-9]* [0-9N]*/[0-9N]*\]|Subject: [$prefix 0/$n]|" "$cover"
done
# The tree now matches the patches: record it so prepare-tree.sh leaves it be.
printf '%s %s\n' "$(series_hash)" "$(git -C "$TREE" rev-parse HEAD)" >"$TREE/.git/series-applied"
say "exported $(series_files | wc -l) patches of base $WB_BASE as $ident"
