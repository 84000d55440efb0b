#!/usr/bin/env bash
# build_deb.sh BUILD_DIR OUT_DIR: builds the .deb with CPack from BUILD_DIR into OUT_DIR and
# unpacks it into OUT_DIR/root, for the other packaging tests (ctest fixture sitbreak_deb).
# CPack first builds the `all` target, which is up to date after the usual build.
set -euo pipefail
build_dir=$1
out_dir=$2

rm -rf "$out_dir"
mkdir -p "$out_dir"
if ! cpack --config "$build_dir/CPackConfig.cmake" -B "$out_dir" >"$out_dir/cpack.log" 2>&1; then
    cat "$out_dir/cpack.log"
    echo "build_deb.sh: cpack could not build the .deb (log above)" >&2
    exit 1
fi
shopt -s nullglob
debs=("$out_dir"/*.deb)
if ((${#debs[@]} != 1)); then
    echo "build_deb.sh: expected one .deb in $out_dir, found ${#debs[@]}" >&2
    exit 1
fi
dpkg-deb -x "${debs[0]}" "$out_dir/root"
echo "built ${debs[0]##*/}"
