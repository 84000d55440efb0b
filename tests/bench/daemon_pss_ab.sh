#!/usr/bin/env bash
# daemon_pss_ab.sh OLD_SITBREAKD NEW_SITBREAKD [RUNS]: what a change costs the daemon's memory,
# measured the same way for both builds: each started RUNS times (default 3) alone on a
# private session bus with a fresh database and no display, its PSS and RSS read from
# /proc/PID/smaps_rollup 3 s after its bus name appeared. Prints the medians and the
# difference. Not a pass/fail test: daemon_bench.sh measures the daemon on a desktop.
#
#   git worktree add /tmp/before REV && cmake -S /tmp/before -B /tmp/before/build -G Ninja \
#     -DCMAKE_BUILD_TYPE=RelWithDebInfo && cmake --build /tmp/before/build --target sitbreakd
#   tests/bench/daemon_pss_ab.sh /tmp/before/build/daemon/service/sitbreakd \
#     build/daemon/service/sitbreakd
set -euo pipefail

if [[ ${1:-} != --inside ]]; then
    [[ $# -ge 2 ]] || { echo "usage: $0 OLD_SITBREAKD NEW_SITBREAKD [RUNS]" >&2; exit 2; }
    for bin in "$1" "$2"; do [[ -x $bin ]] || { echo "$0: $bin is not a program" >&2; exit 2; }; done
    command -v dbus-run-session >/dev/null || { echo "$0: needs dbus-run-session (dbus)" >&2; exit 1; }
    exec env -u DISPLAY -u WAYLAND_DISPLAY dbus-run-session -- "$0" --inside "$@" 2>/dev/null
fi
shift
old=$1 new=$2 runs=${3:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/config.toml"

# The median of the kB values on standard input.
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

measure() { # BIN FIELD -> one value per run, kB
    local bin=$1 field=$2 i pid
    for ((i = 0; i < runs; i++)); do
        rm -f "$tmp"/history.db*
        "$bin" --config "$tmp/config.toml" --database "$tmp/history.db" >/dev/null 2>&1 &
        pid=$!
        until busctl --user status org.sitbreak.Sitbreak1 >/dev/null 2>&1; do sleep 0.05; done
        sleep 3
        awk -v f="$field:" '$1 == f { print $2 }' "/proc/$pid/smaps_rollup"
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    done
}

for field in Pss Rss; do
    a=$(measure "$old" "$field" | median)
    b=$(measure "$new" "$field" | median)
    printf '%s, median of %d: %s kB before, %s kB after, %+d kB\n' "$field" "$runs" "$a" "$b" $((b - a))
done
printf 'text: %s bytes before, %s after\n' "$(size "$old" | awk 'NR == 2 { print $1 }')" \
    "$(size "$new" | awk 'NR == 2 { print $1 }')"
