#!/usr/bin/env bash
# The developer entry point behind the README's two commands (DESIGN §2):
#
#   packaging/dev.sh run     installs what it needs, builds, starts sitbreak (daemon + tray)
#   packaging/dev.sh test    installs what it needs, builds, runs the whole test suite
#
# and for developers:
#
#   packaging/dev.sh build            installs what it needs and builds build/
#   packaging/dev.sh deps             installs every package any subcommand needs
#   packaging/dev.sh test-sanitized   builds build-asan/ with ASan+UBSan, runs the unit tests
#
# Arguments after `test` or `test-sanitized` go to ctest (e.g. `test -L unit -R Engine`;
# test-sanitized always adds `-L unit`).
# `--dry-run` before the subcommand prints what would be installed, configured, built and
# run, and changes nothing.
#
# Debian 12 only. Packages are installed only when dpkg says they are missing; build/ is
# configured only when it has no build.ninja; every later call just runs `cmake --build`,
# which rebuilds what changed (and re-runs CMake by itself when a CMakeLists.txt changed).
set -euo pipefail

# --- Debian 12 packages, by purpose. Later issues add to these arrays. -----------------------
# rsvg-convert (librsvg2-bin) renders the exercise figures' PNGs for notifications.
# gettext: xgettext, msgfmt and msgmerge make and compile the translations (po/).
build_packages=(build-essential cmake ninja-build pkg-config git librsvg2-bin gettext)
library_packages=(
    libgtest-dev libgmock-dev
    libtomlplusplus-dev libcli11-dev libspdlog-dev libfmt-dev nlohmann-json3-dev
    libsqlitecpp-dev libsqlite3-dev sqlite3
    libsdbus-c++-dev libsdbus-c++-bin libsystemd-dev
    libx11-dev libxext-dev libxss-dev libwayland-dev libwayland-bin wayland-protocols
    plasma-wayland-protocols
    libpulse-dev
    libgettextpo-dev
)
# What the integration and gui tests start inside their fixtures (DESIGN §11).
# busctl (systemd) sends the malformed calls; xprintidle reads X's idle time; openbox is
# the window manager of the fullscreen tests; the fault tests switch time zones (tzdata,
# which minimal images leave out) and make a file immutable (chattr, e2fsprogs). The call
# tests run a headless PipeWire with its PulseAudio server and session manager, and record
# with parecord (pulseaudio-utils).
test_tool_packages=(xvfb xdotool xprintidle dunst dbus dbus-x11 x11-utils openbox systemd
    tzdata e2fsprogs pipewire pipewire-pulse wireplumber pulseaudio-utils locales)
# The translation tests speak German and Spanish, and English in a UTF-8 locale
# (ensure_locales generates them; minimal images have none but C).
test_locales=(de_DE es_ES en_US)
# The real compositors of the desktops tests (DESIGN §13), and input for them: wtype types
# into sway, foot is the native Wayland window typed into (its font: fonts-dejavu-core);
# waybar hosts the tray's icon on sway and grim takes its screenshots; notification-daemon
# is GNOME's fallback notification server, the narrowest bubble; gnome-shell's own
# notification server is a gjs helper (Debian's gnome-shell does not pull gjs in), and
# gdbus asks the shell what it shows. Do-not-disturb switches: GNOME's through a real dconf
# (dconf-service, gsettings from libglib2.0-bin, the schema from gsettings-desktop-schemas),
# Xfce's through a real xfconfd (xfconf, with xfconf-query, which links libxfconf-0-3 that
# Debian 12's xfconf only recommends).
desktop_test_packages=(sway wtype foot fonts-dejavu-core kwin-wayland waybar grim
    notification-daemon mutter gnome-shell gjs libglib2.0-bin
    dconf-service dconf-gsettings-backend gsettings-desktop-schemas xfconf libxfconf-0-3)
# The tray's libraries (gtk-layer-shell: the popup on sway and KDE Wayland); trayer and
# openbox host it in the gui tests.
# libpng-dev: the gui tests' screen captures are written and read as PNG. libcanberra-dev: the
# guided reps' soft tick through the desktop's sound theme (sound-theme-freedesktop).
# wx3.2-i18n: wxWidgets' own words (stock buttons) in the user's language.
tray_packages=(libwxgtk3.2-dev libayatana-appindicator3-dev libgtk-layer-shell-dev libpng-dev
    libcanberra-dev sound-theme-freedesktop wx3.2-i18n trayer openbox
    haskell-status-notifier-item-utils haskell-gtk-sni-tray-utils)
# Man pages are built from scdoc sources; the packaging tests check the .deb and its files.
packaging_build_packages=(scdoc)
packaging_test_packages=(lintian desktop-file-utils appstream man-db zsh fish dpkg-dev file)

readonly build_type=RelWithDebInfo
# ctest's default per-test limit in seconds; a test that needs longer sets its own TIMEOUT.
readonly test_timeout=300
readonly test_jobs=2

root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dry_run=false

say() { printf '==> %s\n' "$*"; }
die() {
    printf 'dev.sh: %s\n' "$*" >&2
    exit 1
}

# Runs a command, or only shows it under --dry-run.
act() {
    if $dry_run; then
        printf '    would run: %s\n' "$*"
    else
        "$@"
    fi
}

# --- packages --------------------------------------------------------------------------------

# Prints, one per line, the packages among "$@" that are not installed.
missing_packages() {
    local -A installed=()
    local name status
    # One dpkg-query for all; unknown names only make it complain on stderr.
    while IFS=$'\t' read -r name status; do
        [[ $status == "install ok installed" ]] && installed[$name]=1
    done < <(dpkg-query -W -f='${Package}\t${Status}\n' "$@" 2>/dev/null || true)
    local package
    for package in "$@"; do
        [[ -n ${installed[$package]:-} ]] || printf '%s\n' "$package"
    done
}

# Installs whichever of "$@" are missing: one apt-get update, one apt-get install.
ensure_packages() {
    local -a missing
    mapfile -t missing < <(missing_packages "$@")
    if ((${#missing[@]} == 0)); then
        say "packages: all $# present"
        return
    fi
    local noun=packages
    ((${#missing[@]} > 1)) || noun=package
    say "installing ${#missing[@]} missing ${noun}: ${missing[*]}"
    local -a as_root=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null ||
            die "cannot install ${missing[*]}: not root and no sudo; install them as root, then run this again"
        as_root=(sudo)
        # Without a terminal nobody can type a password: fail at once instead of hanging.
        [[ -t 0 ]] || as_root+=(-n)
    fi
    # Wait for another apt (e.g. unattended-upgrades on a fresh machine) instead of failing.
    local -a apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive
        apt-get -q -o DPkg::Lock::Timeout=300)
    act "${apt[@]}" update
    act "${apt[@]}" install -y --no-install-recommends "${missing[@]}"
}

# The packages a subcommand needs.
packages_for() {
    case $1 in
    build | run)
        printf '%s\n' "${build_packages[@]}" "${library_packages[@]}" "${tray_packages[@]}" \
            "${packaging_build_packages[@]}"
        ;;
    test-sanitized)
        printf '%s\n' "${build_packages[@]}" "${library_packages[@]}" "${tray_packages[@]}" \
            "${packaging_build_packages[@]}" locales
        ;;
    test | deps)
        printf '%s\n' "${build_packages[@]}" "${library_packages[@]}" "${tray_packages[@]}" \
            "${packaging_build_packages[@]}" "${test_tool_packages[@]}" "${packaging_test_packages[@]}" \
            "${desktop_test_packages[@]}"
        ;;
    *) die "no package list for '$1'" ;;
    esac
}

install_for() {
    local -a packages
    # A package may sit in two groups (openbox: tray and tests); count and install it once.
    mapfile -t packages < <(packages_for "$1" | awk '!seen[$0]++')
    ensure_packages "${packages[@]}"
}

# Generates whichever of test_locales (as LANG.UTF-8) are missing.
ensure_locales() {
    local have locale
    have=$(locale -a 2>/dev/null | tr '[:upper:]' '[:lower:]')
    local -a missing=()
    for locale in "${test_locales[@]}"; do
        grep -qx "$(tr '[:upper:]' '[:lower:]' <<<"$locale").utf8" <<<"$have" || missing+=("$locale")
    done
    if ((${#missing[@]} == 0)); then
        say "locales: all ${#test_locales[@]} present"
        return
    fi
    say "generating locales: ${missing[*]}"
    local -a as_root=()
    if ((EUID != 0)); then
        as_root=(sudo)
        [[ -t 0 ]] || as_root+=(-n)
    fi
    for locale in "${missing[@]}"; do
        act "${as_root[@]}" localedef -i "$locale" -c -f UTF-8 "$locale.UTF-8"
    done
}

# --- build -----------------------------------------------------------------------------------

# build_tree DIR [CMAKE_OPTION...]: configures DIR once, then builds it incrementally.
build_tree() {
    local dir=$1
    shift
    if [[ ! -f $root_dir/$dir/build.ninja ]]; then
        say "configuring $dir/ ($build_type, Ninja${*:+, $*})"
        act cmake -S "$root_dir" -B "$root_dir/$dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@"
    fi
    local jobs
    jobs=$(nproc)
    say "building $dir/ (-j$jobs)"
    act cmake --build "$root_dir/$dir" -j "$jobs"
}

# --- tests -----------------------------------------------------------------------------------

# run_ctest DIR [CTEST_ARG...]: runs ctest in DIR away from the developer's session and
# returns ctest's status. No display, no session bus and a private XDG_RUNTIME_DIR (which
# also holds the default Wayland socket and the user bus) so that no test can reach the real
# desktop; private XDG config/data homes so that none touches the real config or database.
# Integration and gui tests start their own Xvfb, dbus-run-session and dunst.
run_ctest() {
    local dir=$1
    shift
    say "running tests in $dir/${*:+ (ctest $*)}"
    if $dry_run; then
        act ctest --test-dir "$root_dir/$dir" --output-on-failure --no-tests=error \
            -j "$test_jobs" --timeout "$test_timeout" "$@"
        return 0
    fi
    local scratch
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/sitbreak-test.XXXXXX")
    mkdir -p "$scratch/runtime" "$scratch/config" "$scratch/data" "$scratch/state" \
        "$scratch/cache"
    chmod 0700 "$scratch/runtime"
    local status=0
    # The tests read English and C's calendar unless they choose a language themselves: the
    # developer's own locale must not change what they see.
    env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u LANGUAGE LC_ALL=C \
        XDG_RUNTIME_DIR="$scratch/runtime" XDG_CONFIG_HOME="$scratch/config" \
        XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state" \
        XDG_CACHE_HOME="$scratch/cache" \
        ctest --test-dir "$root_dir/$dir" --output-on-failure --no-tests=error \
        -j "$test_jobs" --timeout "$test_timeout" "$@" </dev/null || status=$?
    rm -rf "$scratch"
    return "$status"
}

# --- subcommands -----------------------------------------------------------------------------

cmd_deps() {
    install_for deps
}

cmd_build() {
    install_for build
    build_tree build
}

# What `run` starts on this session's bus: the daemon, then the tray.
start_sitbreak() {
    local sitbreakd=$root_dir/build/daemon/service/sitbreakd
    local sitbreak=$root_dir/build/daemon/cli/sitbreak
    if $dry_run; then
        act "$sitbreakd"
        act "$root_dir/build/tray/sitbreak-tray"
        return
    fi
    [[ -n ${DBUS_SESSION_BUS_ADDRESS:-} || -S ${XDG_RUNTIME_DIR:-/nonexistent}/bus ]] ||
        die "no D-Bus session bus here (run this inside your desktop session, or under dbus-run-session)"
    [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]] ||
        say "warning: no DISPLAY or WAYLAND_DISPLAY: sitbreakd cannot see keyboard and mouse activity"
    local log_dir=${XDG_STATE_HOME:-$HOME/.local/state}/sitbreak
    mkdir -p "$log_dir"
    local status=0
    "$sitbreak" status >/dev/null 2>&1 || status=$?
    if ((status != 3)); then
        say "sitbreakd is already running:"
        "$sitbreak" status || true
    else
        start_daemon "$sitbreakd" "$sitbreak" "$log_dir"
    fi
    start_tray "$log_dir"
    say "try: build/daemon/cli/sitbreak status | prompt-now | done bridges | stats"
}

# start_daemon SITBREAKD SITBREAK LOG_DIR: in the background, until it answers.
start_daemon() {
    local sitbreakd=$1 sitbreak=$2 log_dir=$3
    say "starting sitbreakd (log: $log_dir/sitbreakd.log)"
    # The figures and their PNGs, staged by the build (an installed sitbreakd finds its own).
    SITBREAK_DATA_DIR=$root_dir/build/share/sitbreak \
        nohup "$sitbreakd" >>"$log_dir/sitbreakd.log" 2>&1 </dev/null &
    local pid=$! tries
    for ((tries = 0; tries < 100; tries++)); do
        "$sitbreak" status >/dev/null 2>&1 && break
        kill -0 "$pid" 2>/dev/null || die "sitbreakd stopped at once; see $log_dir/sitbreakd.log"
        sleep 0.1
    done
    "$sitbreak" status || die "sitbreakd does not answer; see $log_dir/sitbreakd.log"
    say "sitbreakd runs as pid $pid; stop it with: kill $pid"
}

# start_tray LOG_DIR: the tray, unless it was not built, there is no display, or one runs.
start_tray() {
    local tray=$root_dir/build/tray/sitbreak-tray log_dir=$1
    if [[ ! -x $tray ]]; then
        say "no tray: build/ was configured with SITBREAK_BUILD_TRAY=OFF"
        return
    fi
    if [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
        say "no tray: it needs DISPLAY or WAYLAND_DISPLAY"
        return
    fi
    say "starting sitbreak-tray (log: $log_dir/sitbreak-tray.log)"
    nohup "$tray" >>"$log_dir/sitbreak-tray.log" 2>&1 </dev/null &
    local pid=$! tries
    # A second tray exits 1 at once, saying one runs already.
    for ((tries = 0; tries < 10; tries++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "sitbreak-tray runs as pid $pid; stop it with its menu (Quit tray) or: kill $pid"
    else
        say "sitbreak-tray did not stay: $(tail -n1 "$log_dir/sitbreak-tray.log")"
    fi
}

cmd_run() {
    install_for run
    build_tree build
    start_sitbreak
}

cmd_test() {
    install_for test
    ensure_locales
    build_tree build
    run_ctest build "$@"
}

cmd_test_sanitized() {
    install_for test-sanitized
    ensure_locales
    build_tree build-asan -DSITBREAK_SANITIZE=ON
    # Stack traces for UBSan reports; a caller's own settings win.
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
    run_ctest build-asan -L unit "$@"
}

usage() {
    cat <<'EOF'
usage: packaging/dev.sh [--dry-run] COMMAND [CTEST_ARGS...]

  run              install what is missing, build build/, start sitbreak
  test             install what is missing, build build/, run the whole test suite
  build            install what is missing, build build/
  deps             install every package any command needs
  test-sanitized   build build-asan/ with ASan+UBSan and run its unit tests

  --dry-run        show what would be installed, configured, built and run; change nothing
EOF
}

main() {
    if [[ ${1:-} == --dry-run ]]; then
        dry_run=true
        shift
    fi
    local command=${1:-}
    (($# > 0)) && shift
    cd "$root_dir"
    case $command in
    run | build | deps)
        (($# == 0)) || die "$command takes no arguments (got: $*)"
        "cmd_$command"
        ;;
    test) cmd_test "$@" ;;
    test-sanitized) cmd_test_sanitized "$@" ;;
    -h | --help | help) usage ;;
    *)
        usage >&2
        exit 2
        ;;
    esac
}

# Sourcing the script (for a test of its functions) defines them without running anything.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    main "$@"
fi
