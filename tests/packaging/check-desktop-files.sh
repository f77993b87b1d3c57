#!/usr/bin/env bash
# The desktop integration the package installs, checked without installing it: the menu entry,
# AppStream metadata and file types are valid, name the same file types, and the package's
# version (CMake project) is the one the changelog and the AppStream release list name.
# Usage: check-desktop-files.sh SOURCE_DIR VERSION
set -euo pipefail
src=$1
version=$2
dir="$src/resources/desktop"
id=org.oncoboard.OncoBoard
status=0
fail() {
    echo "FAIL: $*" >&2
    status=1
}

desktop-file-validate "$dir/$id.desktop" || fail "$id.desktop is not a valid desktop entry"
appstreamcli validate --no-net --pedantic "$dir/$id.metainfo.xml" >/dev/null \
    || fail "$id.metainfo.xml: $(appstreamcli validate --no-net "$dir/$id.metainfo.xml" 2>&1 | tail -n 3)"
xmllint --noout "$dir/$id.xml" || fail "$id.xml is not well-formed"

# The same file types in the menu entry, the AppStream data and the MIME definitions (plus the
# case databases, whose type the system defines).
mime=$(grep -o '<mime-type type="[^"]*"' "$dir/$id.xml" | sed 's/.*type="//; s/"//' | sort)
appstream=$(grep -o '<mediatype>[^<]*' "$dir/$id.metainfo.xml" | sed 's/<mediatype>//' | sort)
desktop=$(sed -n 's/^MimeType=//p' "$dir/$id.desktop" | tr ';' '\n' | grep -v '^$' | grep -v '^application/vnd.sqlite3$' | sort)
[ "$mime" = "$appstream" ] || fail "AppStream mediatypes differ from the MIME definitions: $(diff <(echo "$mime") <(echo "$appstream") | tr '\n' ' ')"
[ "$mime" = "$desktop" ] || fail "the menu entry's MimeType differs from the MIME definitions: $(diff <(echo "$mime") <(echo "$desktop") | tr '\n' ' ')"
[ -n "$mime" ] || fail "no file types defined"
# The menu entry's icon is the one installed (cmake/Packaging.cmake renames the SVG to the id).
grep -qx "Icon=$id" "$dir/$id.desktop" || fail "the menu entry's icon is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$dir/$id.metainfo.xml" \
    || fail "the AppStream data do not launch $id.desktop"

# This version is released in the changelog and the AppStream data.
head -n 1 "$src/resources/packaging/changelog" | grep -q "^oncoboard ($version) " \
    || fail "resources/packaging/changelog does not start with version $version"
grep -q "<release version=\"$version\"" "$dir/$id.metainfo.xml" \
    || fail "$id.metainfo.xml has no release $version"
exit $status
