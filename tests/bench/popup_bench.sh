#!/usr/bin/env bash
# popup_bench.sh: PromptOpened -> the tray's popup on screen with its exercise figures
# (DESIGN §12: 150 ms), on a private Xvfb and session bus. Prints figures and a Markdown
# table; not a pass/fail test.
#
#   tests/bench/popup_bench.sh [--runs N] [--build DIR] [--keep]
#
# sitbreakd (prompt.style = "popup", sitting.limit = 24h so that no prompt of its own comes
# in between) and sitbreak-tray run on the private bus; xdotool types, so that the daemon
# says "sitting"; then popup_latency opens N prompts with PromptNow, one after the other,
# and times each popup (see popup_latency.cpp). No window manager: the popup is a top-level
# window of its own. See tests/bench/README.md.
set -u -o pipefail
export LC_ALL=C

usage() {
    cat <<'EOF'
usage: tests/bench/popup_bench.sh [options]
  --runs N     prompts timed (default 10)
  --build DIR  build directory with daemon/service/sitbreakd, daemon/cli/sitbreak,
               tray/sitbreak-tray, tests/bench/popup_latency and share/sitbreak
               (default: build/ under the repository root)
  --keep       keep the temporary directory (logs, database)
EOF
}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$repo/build
runs=10
keep=0
reproduce=(tests/bench/popup_bench.sh "$@")
bench=popup_bench
# shellcheck source=tests/bench/bench_lib.sh
source "$repo/tests/bench/bench_lib.sh"

while (($#)); do
    case $1 in
    --runs)
        if (($# < 2)) || ! [[ $2 =~ ^[1-9][0-9]*$ ]]; then die "--runs needs a count"; fi
        runs=$2; shift 2 ;;
    --build)
        (($# >= 2)) || die "--build needs a directory"
        build=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
    esac
done
[[ $build = /* ]] || build=$repo/$build
build=$(cd "$build" 2>/dev/null && pwd) || die "no build directory $build"

need Xvfb xvfb
need xdotool xdotool
need dbus-daemon dbus-daemon
need dbus-send dbus-bin
need setsid util-linux
# shellcheck disable=SC2119
exit_if_missing
# No fallback primer: the only GTK3 client here is the tray, which must not be the first.
# shellcheck disable=SC2119
choose_primer

bins=("$build/daemon/service/sitbreakd" "$build/daemon/cli/sitbreak" "$build/tray/sitbreak-tray"
    "$build/tests/bench/popup_latency")
for b in "${bins[@]}"; do
    [[ -x $b ]] || die "$b is missing: cmake --build $build --target sitbreakd sitbreak sitbreak-tray popup_latency"
done

bench_begin sitbreak-popup-bench
# Copies, so that a rebuild during the run (ninja replaces the files) changes nothing here.
mkdir -p "$tmp/bin"
cp "${bins[@]}" "$tmp/bin/" || die "cannot copy the binaries"
stage_data "$build"
[[ -n ${SITBREAK_DATA_DIR:-} ]] || die "$data_note: the popup would show no figures"
make_home "$tmp/a"
config=$tmp/a/config/sitbreak/config.toml
sed -i -e 's/^limit = .*/limit = "24h"/' -e 's/^style = .*/style = "popup"/' "$config"
if ! grep -q '^limit = "24h"' "$config" || ! grep -q '^style = "popup"' "$config"; then
    die "cannot set sitting.limit and prompt.style in $config"
fi

start_x
start_bus a
export DBUS_SESSION_BUS_ADDRESS=$bus_address
say "private X server $DISPLAY, private session bus (dbus-daemon pid $bus_pid)"
prime_x

spawn "$tmp/a/sitbreakd.log" "$tmp/bin/sitbreakd" --config "$config" --database "$tmp/a/sitbreak.db"
sd_pid=$spawned
wait_name "$bus_address" org.sitbreak.Sitbreak1 "$sd_pid" >/dev/null ||
    die "sitbreakd did not start: $(tail -n5 "$tmp/a/sitbreakd.log")"
spawn "$tmp/a/sitbreak-tray.log" "$tmp/bin/sitbreak-tray"
tray_pid=$spawned
wait_name "$bus_address" org.sitbreak.Tray "$tray_pid" >/dev/null ||
    die "sitbreak-tray did not start: $(tail -n5 "$tmp/a/sitbreak-tray.log")"

# Someone sitting down and typing: a 3 s burst (the daemon looks again idle.min_activity
# after the first input), then a key every 5 s until the end, as daemon_bench.sh types.
for ((k = 0; k < 6; k++)); do
    xdotool key shift || die "xdotool key failed on $DISPLAY"
    sleep 0.5
done
spawn "$tmp/typist.log" bash -c 'while xdotool key shift; do sleep 5; done'
state=
for ((i = 0; i < 100; i++)); do
    state=$("$tmp/bin/sitbreak" status --json 2>/dev/null | awk -F'"' '/"state":/ { print $4; exit }')
    [[ $state == sitting ]] && break
    sleep 0.1
done
[[ $state == sitting ]] || die "sitbreakd says \"${state:-nothing}\", not \"sitting\": $(tail -n3 "$tmp/a/sitbreakd.log")"
sleep 2 # the tray has its first status and has drawn its icon
tray_before=$(sample "$tray_pid")

say "timing $runs prompts"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
"$tmp/bin/popup_latency" --runs "$runs" | tee "$tmp/popup_latency.txt" >&2 ||
    die "popup_latency failed; tray log: $(tail -n3 "$tmp/a/sitbreak-tray.log")"
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
sleep 5 # the last popup freed
tray_after=$(sample "$tray_pid") || die "sitbreak-tray died: $(tail -n3 "$tmp/a/sitbreak-tray.log")"

# "<what> (ms): median M, best B, worst W (N rounds)" -> "M B W"
figures() {
    awk -v w="$1 (ms): " 'index($0, w) == 1 { s = substr($0, length(w) + 1); gsub(/,/, "", s); split(s, f, " "); print f[2], f[4], f[6] }' \
        "$tmp/popup_latency.txt"
}
mapped=$(figures "PromptOpened -> popup mapped")
figure=$(figures "PromptOpened -> popup mapped with figure")
cat <<EOF

### the prompt popup: PromptOpened -> on screen ($(date -u +%Y-%m-%d), Linux $(uname -r), $(nproc) CPUs)

$runs prompts (PromptNow, Skip once the figures are on screen) on a private Xvfb without a
window manager; the X server primed with a GTK3 client: $primed. Load average $load_start
at the start, $load_end at the end.

| PromptOpened → | median (ms) | best | worst | budget |
|---|---|---|---|---|
| popup mapped (MapNotify) | $(field "$mapped" 1) | $(field "$mapped" 2) | $(field "$mapped" 3) | — |
| popup mapped with its figure on screen | $(field "$figure" 1) | $(field "$figure" 2) | $(field "$figure" 3) | ≤ 150 |

Reproduce from the repository root: \`$(printf '%q ' "${reproduce[@]}" | sed 's/ $//')\`

- $(grep -m1 '^one look' "$tmp/popup_latency.txt"): the resolution of the figure row.
- sitbreak-tray PSS $(mib "$(field "$tray_before" 1)") MiB before the first prompt, $(mib "$(field "$tray_after" 1)") MiB 5 s after the last.
- exercise figures: $data_note.
- binaries: $build, tree $(git -C "$repo" describe --always --dirty 2>/dev/null || echo "not a git tree").
EOF
