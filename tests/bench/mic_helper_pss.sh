#!/usr/bin/env bash
# mic_helper_pss.sh SITBREAKD [RUNS]: what asking the sound server about microphones costs
# (schedule.quiet_when's call). The daemon never loads libpulse itself: its helper,
# `sitbreakd --watch-microphones`, does, and runs only from a minute before a prompt until it
# has shown. This starts a real sound server (PipeWire, pipewire-pulse, WirePlumber, in a
# private runtime directory), then the helper RUNS times (default 3), and prints the median
# PSS and RSS of the helper from /proc/PID/smaps_rollup 3 s after it said it was connected.
# Not a pass/fail test.
#
#   tests/bench/mic_helper_pss.sh build/daemon/service/sitbreakd 5
set -euo pipefail

if [[ ${1:-} != --inside ]]; then
    [[ $# -ge 1 && -x $1 ]] || { echo "usage: $0 SITBREAKD [RUNS]" >&2; exit 2; }
    for tool in dbus-run-session pipewire pipewire-pulse wireplumber pactl; do
        command -v "$tool" >/dev/null || { echo "$0: needs $tool" >&2; exit 1; }
    done
    exec env -u DISPLAY -u WAYLAND_DISPLAY dbus-run-session -- "$0" --inside "$@" 2>/dev/null
fi
shift
bin=$1 runs=${2:-3}
tmp=$(mktemp -d)
export XDG_RUNTIME_DIR=$tmp
chmod 700 "$tmp"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"' EXIT
for server in pipewire pipewire-pulse wireplumber; do
    "$server" >/dev/null 2>&1 &
    pids+=($!)
done
for ((i = 0; i < 200; i++)); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl info >/dev/null 2>&1 || { echo "$0: the sound server did not start" >&2; exit 1; }

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

measure() { # FIELD -> one value per run, kB
    local field=$1 i pid
    for ((i = 0; i < runs; i++)); do
        rm -f "$tmp/said" && mkfifo "$tmp/quiet"
        "$bin" --watch-microphones <"$tmp/quiet" >"$tmp/said" 2>/dev/null &
        pid=$!
        exec 3>"$tmp/quiet" # held open: its stdin ends only when this ends
        until grep -qx 'problem ' "$tmp/said" 2>/dev/null; do sleep 0.05; done
        sleep 3
        awk -v f="$field:" '$1 == f { print $2 }' "/proc/$pid/smaps_rollup"
        exec 3>&-
        wait "$pid" 2>/dev/null || true
        rm -f "$tmp/quiet"
    done
}

for field in Pss Rss; do
    printf '%s of the microphone helper, median of %d: %s kB\n' "$field" "$runs" \
        "$(measure "$field" | median)"
done
