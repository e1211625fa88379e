#!/bin/sh
# Lay out the kernel trees under build/:
#   build/linux       git repo, pristine Debian source tagged "pristine",
#                     with patches/ applied on top by git am
#   build/linux-base  git worktree of the same repo, checked out at "pristine"
# Patches are re-applied only when patches/ changed since the last run, so
# that an unchanged series leaves every file (and its mtime) alone.
set -eu
. "$(dirname -- "$0")/lib.sh"

[ -r "$SRC_TARBALL" ] || die "$SRC_TARBALL not found: install linux-source-6.12 (make deps)"
mkdir -p "$BUILD"

debver=$(dpkg-query -W -f='${Version}' linux-source-6.12 2>/dev/null || echo unknown)

if [ ! -d "$TREE/.git" ]; then
	say "extracting $(basename "$SRC_TARBALL") (Debian $debver)"
	rm -rf "$TREE.tmp"
	mkdir -p "$TREE.tmp"
	tar -C "$TREE.tmp" --strip-components=1 -xJf "$SRC_TARBALL"
	say "committing the pristine tree"
	(
		cd "$TREE.tmp"
		git init -q -b pristine-base .
		git config core.autocrlf false
		git config gc.auto 0
		git add -A -f .
		GIT_AUTHOR_DATE='2024-11-17T00:00:00Z' \
		GIT_COMMITTER_DATE='2024-11-17T00:00:00Z' \
			git commit -q -m "Linux 6.12 as shipped by Debian linux-source-6.12 $debver"
		git tag "$BASE_TAG"
		git checkout -q -b series
	)
	printf '%s\n' "$debver" > "$TREE.tmp/.git/debian-version"
	mv "$TREE.tmp" "$TREE"
fi

recorded=$(cat "$TREE/.git/debian-version")
if [ "$recorded" != "$debver" ]; then
	say "warning: tree was extracted from Debian $recorded, installed package is $debver"
fi

if [ ! -d "$BASE_TREE" ]; then
	say "adding pristine worktree $BASE_TREE"
	git -C "$TREE" worktree add -q --detach "$BASE_TREE" "$BASE_TAG"
fi

# Apply the series unless it is already applied.
want=$(series_hash)
stamp=$TREE/.git/series-applied
have=$(cut -d' ' -f1 "$stamp" 2>/dev/null || true)
have_head=$(cut -d' ' -f2 "$stamp" 2>/dev/null || true)
head=$(git -C "$TREE" rev-parse HEAD)

if [ "$want" = "$have" ] && [ "$head" = "$have_head" ]; then
	exit 0
fi
if [ "$want" = "$have" ] && [ "$head" != "$have_head" ]; then
	# Someone committed in the tree: build what is there, and say so.
	say "note: $TREE has commits not yet in patches/ (make patches exports them)"
	exit 0
fi
if [ -n "$have" ] && [ "$head" != "$have_head" ]; then
	die "patches/ changed and $TREE has its own new commits; export them (make patches) or reset the tree (git -C $TREE reset --hard $BASE_TAG)"
fi
if [ -n "$(git -C "$TREE" status --porcelain --untracked-files=no)" ]; then
	die "$TREE has uncommitted changes; commit or stash them first"
fi

n=$(series_files | wc -l)
say "applying $n patches onto Debian linux-source-6.12 $recorded"
git -C "$TREE" reset -q --hard "$BASE_TAG"
if [ "$n" -gt 0 ]; then
	# shellcheck disable=SC2046
	if ! git -C "$TREE" am -q --committer-date-is-author-date $(series_files) >"$BUILD/am.log" 2>&1; then
		num=$(sed -n 's/^Patch failed at \([0-9]*\) .*/\1/p' "$BUILD/am.log" | head -1)
		bad=$(series_files | sed -n "$((${num:-0} + 0))p")
		git -C "$TREE" am --abort >/dev/null 2>&1 || true
		git -C "$TREE" reset -q --hard "$BASE_TAG"
		rm -f "$stamp"
		grep -v -e '^hint:' -e 'git am --' -e '^When you have resolved' "$BUILD/am.log" >&2
		what="see above"
		[ -n "$bad" ] && what=patches/$(basename "$bad")
		die "patch does not apply: $what (base: Debian linux-source-6.12 $recorded); tree reset to $BASE_TAG, nothing half-applied"
	fi
fi
printf '%s %s\n' "$want" "$(git -C "$TREE" rev-parse HEAD)" > "$stamp"
