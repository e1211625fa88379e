#!/bin/sh
# Lay out the kernel trees of base $1 (6.12 or upstream; default both):
#   TREE        git repo, the pristine Debian source tagged "pristine", with
#               the base's patches applied on top by git am (on the
#               upstream base, each posting tagged with its directory's
#               name, NN-topic, at its last patch)
#   TREE-base   git worktree of the same repo, checked out at "pristine"
# build/linux and build/linux-base for 6.12, build/upstream/linux and
# build/upstream/linux-base for upstream.
# Patches are re-applied only when they changed since the last run, so
# that an unchanged series leaves every file (and its mtime) alone.
set -eu
. "$(dirname -- "$0")/lib.sh"

every_base_unless_named "$0" "$@"
base_load "$1"

# The source tarball and the Debian version it comes from.
extract() { # into directory $1
	case $WB_BASE in
	6.12)
		tarball=/usr/src/linux-source-6.12.tar.xz
		[ -r "$tarball" ] || die "$tarball not found: install linux-source-6.12 (make deps)"
		tar -C "$1" --strip-components=1 -xJf "$tarball"
		;;
	upstream)
		dpkg-deb --fsys-tarfile "$deb" | tar -xO "./usr/src/$SRC_PKG.tar.xz" |
			tar -C "$1" --strip-components=1 -xJ
		;;
	esac
}
case $WB_BASE in
6.12) debver=$(dpkg-query -W -f='${Version}' "$SRC_PKG" 2>/dev/null || echo unknown) ;;
upstream)
	deb=$(sh "$TOP/scripts/fetch-upstream.sh")
	debver=$(dpkg-deb -f "$deb" Version)
	;;
esac

mkdir -p "$(dirname "$TREE")"
if [ -d "$TREE/.git" ] && [ "$(cat "$TREE/.git/debian-version")" != "$debver" ] &&
	[ "$WB_BASE" = upstream ]; then
	# A newer 7.3.y: start again from it (the patches are the source of
	# truth; the tree holds nothing else).
	say "Debian $SRC_PKG $debver replaces $(cat "$TREE/.git/debian-version"): extracting it afresh"
	git -C "$TREE" worktree remove --force "$BASE_TREE" 2>/dev/null || rm -rf "$BASE_TREE"
	rm -rf "$TREE"
fi
# The pristine commit of each source package is kept in a bare repository
# outside the clone ($WB_CACHE/trees), like the compiler cache: a second
# clone checks it out instead of extracting and committing the tarball
# again.  The commit is the same either way (fixed identity and date).
cache=$WB_CACHE/trees/$SRC_PKG-$debver.git
if [ ! -d "$TREE/.git" ]; then
	rm -rf "$TREE.tmp"
	if git -C "$cache" rev-parse -q --verify "refs/tags/$BASE_TAG" >/dev/null 2>&1; then
		say "checking out Debian $SRC_PKG $debver from $cache"
		git clone -q --no-checkout "$cache" "$TREE.tmp"
		git -C "$TREE.tmp" config core.autocrlf false
		git -C "$TREE.tmp" config gc.auto 0
		# -B: the cache is a clone of a tree on branch series, so a clone
		# of the cache has that branch already; start it at the tag.
		git -C "$TREE.tmp" checkout -q -B series "$BASE_TAG"
	else
		say "extracting $SRC_PKG (Debian $debver)"
		mkdir -p "$TREE.tmp"
		extract "$TREE.tmp"
		say "committing the pristine tree"
		(
			cd "$TREE.tmp"
			git init -q -b pristine-base .
			git config core.autocrlf false
			git config gc.auto 0
			git add -A -f .
			GIT_AUTHOR_DATE=$BASE_DATE GIT_COMMITTER_DATE=$BASE_DATE \
				git commit -q -m "Linux $(make -s kernelversion) as shipped by Debian $SRC_PKG $debver"
			git tag "$BASE_TAG"
			git checkout -q -b series
		)
		mkdir -p "$(dirname "$cache")"
		rm -rf "$cache.tmp"
		git clone -q --bare "$TREE.tmp" "$cache.tmp" && mv "$cache.tmp" "$cache" ||
			say "warning: could not keep the pristine tree in $cache"
	fi
	printf '%s\n' "$debver" > "$TREE.tmp/.git/debian-version"
	mv "$TREE.tmp" "$TREE"
fi

recorded=$(cat "$TREE/.git/debian-version")
if [ "$recorded" != "$debver" ]; then
	say "warning: tree was extracted from Debian $recorded, installed package is $debver"
fi

if [ ! -d "$BASE_TREE" ]; then
	say "adding pristine worktree $BASE_TREE"
	git -C "$TREE" worktree prune
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

# git am the files $@; on failure reset the tree and name the patch.
am() {
	if ! git -C "$TREE" am -q --committer-date-is-author-date "$@" >"$BUILD/am.log" 2>&1; then
		num=$(sed -n 's/^Patch failed at \([0-9]*\) .*/\1/p' "$BUILD/am.log" | head -1)
		bad=$(for p; do echo "$p"; done | sed -n "$((${num:-0} + 0))p")
		git -C "$TREE" am --abort >/dev/null 2>&1 || true
		git -C "$TREE" reset -q --hard "$BASE_TAG"
		rm -f "$stamp"
		grep -v -e '^hint:' -e 'git am --' -e '^When you have resolved' "$BUILD/am.log" >&2
		what="see above"
		[ -n "$bad" ] && what=${bad#"$TOP"/}
		die "patch does not apply: $what (base: Debian $SRC_PKG $recorded); tree reset to $BASE_TAG, nothing half-applied"
	fi
}

n=$(series_files | wc -l)
say "applying $n patches onto Debian $SRC_PKG $recorded"
git -C "$TREE" reset -q --hard "$BASE_TAG"
for t in $(git -C "$TREE" tag -l '[0-9][0-9]-*'); do git -C "$TREE" tag -d "$t" >/dev/null; done
if [ "$WB_BASE" = upstream ]; then
	for d in $(postings); do
		# shellcheck disable=SC2046
		set -- $(series_files | grep "/$d/")
		[ $# -eq 0 ] || am "$@"
		git -C "$TREE" tag "$d"
	done
elif [ "$n" -gt 0 ]; then
	# shellcheck disable=SC2046
	am $(series_files)
fi
printf '%s %s\n' "$want" "$(git -C "$TREE" rev-parse HEAD)" > "$stamp"
