#!/usr/bin/env bash
# Renders the hicolor PNGs from the one SVG source (needs rsvg-convert: librsvg2-bin).
# The PNGs are checked in so that a build needs no SVG renderer; run this after editing
# the SVG, and tests/packaging checks that every size is there with the right dimensions.
set -euo pipefail
icons=$(cd "$(dirname "${BASH_SOURCE[0]}")/../assets/icons/hicolor" && pwd)
source_svg=$icons/scalable/apps/org.sitbreak.Sitbreak.svg
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "$icons/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$source_svg" \
        --output "$icons/${size}x${size}/apps/org.sitbreak.Sitbreak.png"
done
