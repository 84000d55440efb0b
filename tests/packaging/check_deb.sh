#!/usr/bin/env bash
# check_deb.sh DEB_DIR VERSION WITH_TRAY: what a user installing the .deb gets. Every file
# in place, metadata valid for the tools that read it (desktop-file-validate, appstreamcli,
# systemd-analyze), paths inside files pointing at the installed programs.
set -uo pipefail
deb_dir=$1
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
version=$2
with_tray=$3
root=$deb_dir/root
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# expect_clean WHAT COMMAND...: the command must exit 0 and print nothing: the validators
# are silent when content, and some only warn (exit 0) about a key they ignore.
expect_clean() {
    local what=$1 out
    shift
    if ! out=$("$@" 2>&1); then
        fail "$what: $* failed: $out"
    elif [[ -n $out ]]; then
        fail "$what: $* complained: $out"
    fi
}

arch=$(dpkg --print-architecture)
deb=$deb_dir/sitbreak_${version}_${arch}.deb
[[ -f $deb ]] || {
    echo "FAIL: no $deb; found: $(ls "$deb_dir")" >&2
    exit 1
}

# --- control fields -------------------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }
[[ $(field Package) == sitbreak ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', not $version"
[[ $(field Architecture) == "$arch" ]] || fail "Architecture is '$(field Architecture)'"
[[ $(field Section) == utils ]] || fail "Section is '$(field Section)'"
[[ $(field Maintainer) =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "Maintainer '$(field Maintainer)' is not 'Name <address>'"
# dpkg-shlibdeps ran: the libraries the programs link are dependencies.
for library in libc6 libsystemd0 libsqlite3-0 libx11-6; do
    [[ $(field Depends) == *"$library"* ]] || fail "Depends lacks $library: $(field Depends)"
done
if [[ $with_tray == ON ]]; then
    [[ $(field Depends) == *libwx* ]] || fail "Depends lacks wxWidgets: $(field Depends)"
    # loaded with dlopen, so named by hand
    for library in libayatana-appindicator3-1 libgtk-layer-shell0; do
        [[ $(field Depends) == *"$library"* ]] || fail "Depends lacks $library: $(field Depends)"
    done
fi

# --- files ----------------------------------------------------------------------------
expected=(
    usr/bin/sitbreakd
    usr/bin/sitbreak
    usr/lib/systemd/user/sitbreakd.service
    usr/share/dbus-1/services/org.sitbreak.Sitbreak1.service
    usr/share/dbus-1/interfaces/org.sitbreak.Sitbreak1.xml
    usr/share/doc/sitbreak/copyright
    usr/share/doc/sitbreak/changelog.gz
    usr/share/doc/sitbreak/config.toml
    usr/share/doc/sitbreak/README.md
    usr/share/doc/sitbreak/EXPORT.md
    usr/share/doc/sitbreak/examples/waybar/config.jsonc
    usr/share/doc/sitbreak/examples/waybar/style.css
    usr/share/doc/sitbreak/examples/polybar/sitbreak.ini
    usr/share/man/man1/sitbreak.1.gz
    usr/share/man/man1/sitbreakd.1.gz
    usr/share/man/man5/sitbreak.toml.5.gz
    usr/share/bash-completion/completions/sitbreak
    usr/share/zsh/vendor-completions/_sitbreak
    usr/share/fish/vendor_completions.d/sitbreak.fish
    usr/share/icons/hicolor/scalable/apps/org.sitbreak.Sitbreak.svg
    usr/share/sitbreak/exercises/catalogue.toml
)
# The translations, one compiled catalogue per language of po/LINGUAS.
while read -r language; do
    [[ $language == [a-z]* ]] && expected+=("usr/share/locale/$language/LC_MESSAGES/sitbreak.mo")
done <"$source_dir/po/LINGUAS"
sizes=(16 22 24 32 48 64 128 256)
for size in "${sizes[@]}"; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/org.sitbreak.Sitbreak.png")
done
# Every figure the catalogue names, and the PNG of each first pose for notifications.
for svg in "$source_dir"/assets/exercises/figures/*.svg; do
    name=$(basename "$svg")
    expected+=("usr/share/sitbreak/exercises/figures/$name")
    [[ $name == *-1.svg ]] && expected+=("usr/share/sitbreak/exercises/figures/${name%.svg}.png")
done
if [[ $with_tray == ON ]]; then
    expected+=(
        usr/bin/sitbreak-tray
        usr/share/man/man1/sitbreak-tray.1.gz
        usr/share/applications/org.sitbreak.Sitbreak.desktop
        usr/share/metainfo/org.sitbreak.Sitbreak.metainfo.xml
        etc/xdg/autostart/sitbreak-tray.desktop
    )
fi
for path in "${expected[@]}"; do
    [[ -f $root/$path ]] || fail "the package lacks /$path"
done
# Nothing of the build machine leaks in: the build tree anywhere, a /usr/local path outside
# the documentation (the README explains installing under /usr/local).
if leaked=$({
    grep -rlIF "$(dirname "$deb_dir")" "$root"
    grep -rlIF --exclude-dir=doc /usr/local "$root"
} 2>/dev/null) && [[ -n $leaked ]]; then
    fail "files name the build machine's paths: $leaked"
fi

for program in sitbreakd sitbreak sitbreak-tray; do
    binary=$root/usr/bin/$program
    [[ -f $binary ]] || continue
    [[ $(file -b "$binary") == *", stripped"* ]] || fail "/usr/bin/$program is not stripped"
done
for size in "${sizes[@]}"; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/org.sitbreak.Sitbreak.png
    [[ -f $png ]] || continue
    [[ $(file -b "$png") == *"PNG image data, $size x $size,"* ]] ||
        fail "the ${size}x${size} icon is $(file -b "$png")"
done

# --- the session files point at the installed daemon ------------------------------------
unit=$root/usr/lib/systemd/user/sitbreakd.service
activation=$root/usr/share/dbus-1/services/org.sitbreak.Sitbreak1.service
grep -qx 'ExecStart=/usr/bin/sitbreakd' "$unit" || fail "the unit's ExecStart is $(grep ExecStart= "$unit")"
grep -qx 'Exec=/usr/bin/sitbreakd' "$activation" || fail "the activation file's Exec is $(grep Exec= "$activation")"
grep -qx 'Name=org.sitbreak.Sitbreak1' "$activation" || fail "the activation file names another bus name"
grep -qx 'SystemdService=sitbreakd.service' "$activation" || fail "the activation file does not name sitbreakd.service"
grep -qx 'BusName=org.sitbreak.Sitbreak1' "$unit" || fail "the unit's BusName is not org.sitbreak.Sitbreak1"

# systemd-analyze cannot take --root with --user: verify a copy whose ExecStart is the
# unpacked binary, with the unpacked man pages for Documentation=. It needs a runtime dir.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 0700 "$scratch/runtime"
sed "s|^ExecStart=/usr/bin/|ExecStart=$root/usr/bin/|" "$unit" >"$scratch/sitbreakd.service"
expect_clean "systemd-analyze" env XDG_RUNTIME_DIR="$scratch/runtime" MANPATH="$root/usr/share/man" \
    systemd-analyze verify --user "$scratch/sitbreakd.service"

# --- the packaged daemon finds its own figures (beside its bin/, not the build's prefix) ---
mkdir -p "$scratch/home"
figures=$(env -i PATH=/usr/bin:/bin HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/config" \
    XDG_DATA_HOME="$scratch/home/data" dbus-run-session -- bash -c \
    '"$1/usr/bin/sitbreakd" >/dev/null 2>&1 & for _ in $(seq 50); do
         "$1/usr/bin/sitbreak" exercises --json 2>/dev/null && break; sleep 0.1; done
     kill %1' _ "$root" 2>/dev/null | sed -n 's/.*"\(\/[^"]*bridges-1\.svg\)".*/\1/p' | head -n 1)
[[ $figures == "$root/usr/share/sitbreak/exercises/figures/bridges-1.svg" ]] ||
    fail "the packaged sitbreakd serves the bridges figure as '$figures'"

# --- desktop files and AppStream --------------------------------------------------------
if [[ $with_tray == ON ]]; then
    expect_clean "desktop-file-validate" desktop-file-validate \
        "$root/usr/share/applications/org.sitbreak.Sitbreak.desktop" \
        "$root/etc/xdg/autostart/sitbreak-tray.desktop"
    metainfo=$root/usr/share/metainfo/org.sitbreak.Sitbreak.metainfo.xml
    if ! out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
        fail "appstreamcli validate: $out"
    fi
    release=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)
    [[ $release == "$version" ]] || fail "the metainfo's newest release is $release, the package $version"
    grep -qx '/etc/xdg/autostart/sitbreak-tray.desktop' <(dpkg-deb --info "$deb" conffiles) ||
        fail "the autostart file is not a conffile"
fi

if ((failures > 0)); then
    echo "$failures problems in $(basename "$deb")" >&2
    exit 1
fi
echo "ok: $(basename "$deb") has ${#expected[@]} expected files, valid metadata"
