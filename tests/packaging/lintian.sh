#!/usr/bin/env bash
# lintian.sh DEB_DIR: Debian's package checker finds no error and no warning in the .deb.
# The overrides it honours are in packaging/debian/sitbreak.lintian-overrides, each with
# its reason.
set -uo pipefail
deb_dir=$1
shopt -s nullglob
debs=("$deb_dir"/*.deb)
((${#debs[@]} == 1)) || {
    echo "FAIL: expected one .deb in $deb_dir" >&2
    exit 1
}
# Info tags are printed for the log, only errors and warnings fail.
report=$(lintian --display-info --fail-on error,warning "${debs[0]}" 2>&1)
status=$?
printf '%s\n' "$report"
if ((status != 0)); then
    echo "FAIL: lintian reports errors or warnings (above) for ${debs[0]##*/}" >&2
    exit 1
fi
echo "ok: lintian is content with ${debs[0]##*/}"
