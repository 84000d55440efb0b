#!/usr/bin/env bash
# daemon_bench.sh: what sitbreakd costs next to Debian's workrave (DESIGN §12), measured
# side by side on a private Xvfb and a private session bus, while xdotool "types" one key
# every 5 s. Prints figures and a Markdown table for the README; not a pass/fail test.
#
#   tests/bench/daemon_bench.sh [--minutes N] [--build DIR] [--starts N] [--stats-runs N]
#                               [--away S] [--config FILE] [--no-workrave] [--no-tray]
#                               [--tray-locale L] [--keep]
#
# Installs nothing. Needs Xvfb, xdotool, dbus-daemon, dbus-send, dbus-monitor and
# workrave (the reference); uses smem and xprop when present. See tests/bench/README.md.
#
# Timeline: X server + bus A; one GTK3 client primes the X server; sitbreakd and workrave
# start on bus A and the X server gets no input for `away` seconds (break_after + 10 s),
# so the daemon sees the user *arrive* at the first key, as after a real break. That
# wait is used for the other figures, on a second private bus B: start -> bus name
# (fresh database each time) and `sitbreak stats --days 3650` on a ten-year history.
# Then typing: a lead-in (the spell starts, not counted), the measured window, samples.
set -u -o pipefail
export LC_ALL=C

usage() {
    cat <<'EOF'
usage: tests/bench/daemon_bench.sh [options]
  --minutes N      typing time measured, minutes (default 10; fractions allowed)
  --build DIR      build directory with daemon/service/sitbreakd, daemon/cli/sitbreak and
                   tests/bench/store_bench (default: build/ under the repository root)
  --starts N       fresh starts timed for "start -> bus name" (default 5)
  --stats-runs N   timed `sitbreak stats --days 3650` runs (default 10)
  --away S         seconds without input before typing starts (default: the config's
                   sitting.break_after + 10 s, so the daemon sees the user arrive)
  --config FILE    the daemons' config (default: the repository's config/config.toml;
                   an older daemon may not know all of its keys)
  --no-workrave    measure sitbreakd alone
  --no-tray        leave out sitbreak-tray and its floor (tests/bench/tray_part.sh)
  --tray-locale L  run both trays in locale L (e.g. de_DE.UTF-8: the tray loads its
                   catalogue and wx's); default C, as everything else here
  --keep           keep the temporary directory (logs, databases)
EOF
}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
minutes=10
build=$repo/build
starts=5
stats_runs=10
away=
config_file=$repo/config/config.toml
with_workrave=1
want_tray=1
tray_locale=C
keep=0
interval=5 # seconds between simulated key presses
lead_in=30 # seconds of typing before the measured window: the spell starts in here
bus_name=org.sitbreak.Sitbreak1
workrave_name=org.workrave.Workrave
reproduce=(tests/bench/daemon_bench.sh "$@")

bench=daemon_bench
# shellcheck source=tests/bench/bench_lib.sh
source "$repo/tests/bench/bench_lib.sh"
positive() { awk -v v="$1" 'BEGIN { exit !(v ~ /^[0-9]*\.?[0-9]+$/ && v + 0 > 0) }'; }
count() { [[ $1 =~ ^[1-9][0-9]*$ ]]; }

while (($#)); do
    case $1 in
    --minutes)
        if (($# < 2)) || ! positive "$2"; then die "--minutes needs a positive number"; fi
        minutes=$2; shift 2 ;;
    --build)
        (($# >= 2)) || die "--build needs a directory"
        build=$2; shift 2 ;;
    --starts)
        if (($# < 2)) || ! count "$2"; then die "--starts needs a count"; fi
        starts=$2; shift 2 ;;
    --stats-runs)
        if (($# < 2)) || ! count "$2"; then die "--stats-runs needs a count"; fi
        stats_runs=$2; shift 2 ;;
    --away)
        if (($# < 2)) || ! [[ $2 =~ ^[0-9]+$ ]]; then die "--away needs seconds"; fi
        away=$2; shift 2 ;;
    --config)
        (($# >= 2)) || die "--config needs a file"
        config_file=$2; shift 2 ;;
    --no-workrave) with_workrave=0; shift ;;
    --no-tray) want_tray=0; shift ;;
    --tray-locale) tray_locale=${2:?}; shift 2 ;;
    --keep) keep=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
    esac
done
[[ $build = /* ]] || build=$repo/$build
build=$(cd "$build" 2>/dev/null && pwd) || die "no build directory $build"

# --- tools --------------------------------------------------------------------------------
need Xvfb xvfb
need xdotool xdotool
need dbus-daemon dbus-daemon
need dbus-send dbus-bin
need dbus-monitor dbus-bin
need getconf libc-bin
need setsid util-linux
((with_workrave)) && need workrave workrave
exit_if_missing "install them with apt-get install <package> (workrave is the reference; --no-workrave skips it)"
have_smem=0
if command -v smem >/dev/null 2>&1; then have_smem=1; else
    say "note: no smem (Debian package smem): PSS comes from /proc/PID/smaps_rollup alone"
fi
if ((with_workrave)); then choose_primer workrave; else choose_primer; fi

sitbreakd=$build/daemon/service/sitbreakd
cli=$build/daemon/cli/sitbreak
store_bench=$build/tests/bench/store_bench
for b in "$sitbreakd" "$cli"; do
    [[ -x $b ]] || die "$b is missing: cmake --build $build --target sitbreakd sitbreak store_bench"
done
[[ -x $store_bench ]] ||
    say "note: no $store_bench, so no ten-year history: cmake --build $build --target store_bench"

# --- processes and cleanup ----------------------------------------------------------------
bench_begin sitbreak-daemon-bench

[[ -r $config_file ]] || die "no config at $config_file"
make_home "$tmp/a" "$config_file"
make_home "$tmp/b" "$config_file"
config_a=$tmp/a/config/sitbreak/config.toml
config_b=$tmp/b/config/sitbreak/config.toml
break_after=$(seconds_of "$(awk -F'"' '/^break_after *=/ { print $2; exit }' "$config_a")")
[[ -n $away ]] || away=$((${break_after:-300} + 10))

# The moment the bus broadcast NAME's new owner (dbus-monitor's time=), first after $2 us.
announced() {
    awk -v name="$1" -v after="$2" '
        /member=NameOwnerChanged/ { t = ""; if (match($0, /time=[0-9.]+/)) t = substr($0, RSTART + 5, RLENGTH - 5); n = 0; next }
        /^ +string "/ {
            s = $0; sub(/^ +string "/, "", s); sub(/"$/, "", s); a[++n] = s
            if (n == 3 && a[1] == name && a[3] != "" && t != "") {
                split(t, p, "."); us = p[1] substr(p[2] "000000", 1, 6)
                if (us + 0 > after + 0) { print us; exit }
            }
        }' "$tmp/b/owners.log"
}

# time_start LABEL NAME LOG CMD...: spawn on bus B and wait for NAME; sets started_pid,
# start_us (spawn -> the bus announces the owner) and poll_us (spawn -> polling saw it).
time_start() {
    local label=$1 name=$2 log=$3 t0 seen at
    shift 3
    t0=$(now_us)
    spawn "$log" "$@"
    started_pid=$spawned
    seen=$(wait_name "$bus_b" "$name" "$started_pid") ||
        die "$label did not own $name; log $log: $(tail -n5 "$log")"
    sleep 0.05 # dbus-monitor writes the announcement
    at=$(announced "$name" "$t0")
    poll_us=$((seen - t0))
    if [[ -n $at ]]; then start_us=$((at - t0)); else start_us=$poll_us; fi
}

# --- X server, bus A, priming ---------------------------------------------------------------
# Copies, so that a rebuild during the run (ninja replaces the files) changes nothing here.
mkdir -p "$tmp/bin"
built=$(date -u -r "$sitbreakd" '+%Y-%m-%d %H:%M UTC')
for b in "$sitbreakd" "$cli" "$store_bench"; do
    [[ -x $b ]] || continue
    cp "$b" "$tmp/bin/" || die "cannot copy $b"
    [[ -x $tmp/bin/${b##*/} ]] || die "$b is not executable (being linked?)"
done
sitbreakd=$tmp/bin/sitbreakd cli=$tmp/bin/sitbreak store_bench=$tmp/bin/store_bench
stage_data "$build"
# shellcheck source=tests/bench/tray_part.sh
source "$repo/tests/bench/tray_part.sh"
tray_setup
say "syncing (a freshly written binary's dirty page-cache pages would count as its dirty memory)"
sync

start_x
start_bus a
bus_a=$bus_address
export DBUS_SESSION_BUS_ADDRESS=$bus_a
say "private X server $DISPLAY, private session bus A (dbus-daemon pid $bus_pid)"

prime_x

# --- the two programs measured, on bus A ----------------------------------------------------
say "starting sitbreakd and workrave side by side on bus A"
spawn "$tmp/a/sitbreakd.log" "$sitbreakd" --config "$config_a" --database "$tmp/a/sitbreak.db"
sd_pid=$spawned
wait_name "$bus_a" "$bus_name" "$sd_pid" >/dev/null || die "sitbreakd did not start: $(tail -n5 "$tmp/a/sitbreakd.log")"
wr_pid=
if ((with_workrave)); then
    spawn "$tmp/a/workrave.log" workrave
    wr_pid=$spawned
    wait_name "$bus_a" "$workrave_name" "$wr_pid" >/dev/null || die "workrave did not start: $(tail -n5 "$tmp/a/workrave.log")"
fi
tray_start
arrive_at=$((x_started + away * 1000000))
say "no input until $(date -d "@$((arrive_at / 1000000))" +%T) (${away} s after the X server started); meanwhile, on bus B:"

# --- bus B: start -> bus name, stats --days 3650 --------------------------------------------
start_bus b # and its home for what starts from here
bus_b=$bus_address
export DBUS_SESSION_BUS_ADDRESS=$bus_b
spawn "$tmp/b/owners.log" dbus-monitor --address "$bus_b" \
    "type='signal',sender='org.freedesktop.DBus',interface='org.freedesktop.DBus',member='NameOwnerChanged'"
monitor_pid=$spawned
sleep 0.3

# The same binary that exits at once: process start + dynamic linking, no bus.
version_runs=()
for ((i = 0; i < starts; i++)); do
    a=$(now_us)
    "$sitbreakd" --version >/dev/null 2>&1
    b=$(now_us)
    version_runs+=($((b - a)))
done
version_ms=$(ms "$(printf '%s\n' "${version_runs[@]}" | median)")

say "  $starts fresh sitbreakd starts (spawn -> $bus_name owned, new database each time)"
sd_start=() sd_poll=()
for ((i = 1; i <= starts; i++)); do
    mkdir -p "$tmp/b/start$i"
    time_start sitbreakd "$bus_name" "$tmp/b/start$i/sitbreakd.log" \
        "$sitbreakd" --config "$config_b" --database "$tmp/b/start$i/sitbreak.db"
    sd_start+=("$start_us") sd_poll+=("$poll_us")
    say "    $(ms "$start_us") ms at the bus, $(ms "$poll_us") ms seen by polling"
    stop "$started_pid"
done
sd_start_ms=$(ms "$(printf '%s\n' "${sd_start[@]}" | median)")
sd_poll_ms=$(ms "$(printf '%s\n' "${sd_poll[@]}" | median)")
wr_start_ms=-
if ((with_workrave)); then
    say "  $starts workrave starts (spawn -> $workrave_name owned)"
    wr_start=()
    for ((i = 1; i <= starts; i++)); do
        time_start workrave "$workrave_name" "$tmp/b/workrave-start$i.log" workrave
        wr_start+=("$start_us")
        say "    $(ms "$start_us") ms at the bus, $(ms "$poll_us") ms seen by polling"
        sleep 1 # let it finish starting before it is stopped
        stop "$started_pid"
    done
    wr_start_ms=$(ms "$(printf '%s\n' "${wr_start[@]}" | median)")
fi
stop "$monitor_pid"

stats_ms=n/a stats_best=n/a stats_note="no store_bench in $build, so no ten-year history" s_hist=
if [[ -x $store_bench ]]; then
    say "  a ten-year history from store_bench (tests/bench/history_generator), then $stats_runs x sitbreak stats --days 3650"
    hist=$tmp/b/history.db
    "$store_bench" --db "$hist" --runs 1 >"$tmp/b/store_bench.log" 2>&1 ||
        die "store_bench failed: $(tail -n3 "$tmp/b/store_bench.log")"
    wrote=$(grep -m1 '^wrote' "$tmp/b/store_bench.log" | sed 's/^wrote [^:]*: //')
    spawn "$tmp/b/history-sitbreakd.log" "$sitbreakd" --config "$config_b" --database "$hist"
    st_pid=$spawned
    wait_name "$bus_b" "$bus_name" "$st_pid" >/dev/null ||
        die "sitbreakd did not start on the history: $(tail -n5 "$tmp/b/history-sitbreakd.log")"
    s_before=$(sample "$st_pid")
    stats() { "$cli" stats --days 3650 "$@"; }
    stats >"$tmp/b/stats.txt" 2>&1 || die "sitbreak stats failed: $(tail -n3 "$tmp/b/stats.txt")"
    runs=()
    for ((i = 0; i < stats_runs; i++)); do
        a=$(now_us)
        stats >/dev/null 2>&1 || die "sitbreak stats failed"
        b=$(now_us)
        runs+=($((b - a)))
    done
    stats_ms=$(ms "$(printf '%s\n' "${runs[@]}" | median)")
    stats_best=$(ms "$(printf '%s\n' "${runs[@]}" | sort -n | head -n1)")
    s_hist=$(sample "$st_pid")
    daemon_cpu_ms=$(awk -v a="$(field "$s_before" 7)" -v b="$(field "$s_hist" 7)" -v n=$((stats_runs + 1)) \
        'BEGIN { printf "%.0f", (b - a) / 1e6 / n }')
    # The history ends on store_bench's fixed last day; the window ends today.
    active_days=$(stats --csv 2>/dev/null | awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "sitting_seconds") c = i; next } c && $c + 0 > 0 { n++ } END { print n + 0 }')
    stats_note="history: $wrote; $active_days of the 3650 days up to today have sitting"
    stop "$st_pid"
fi
stop "$bus_pid"
tray_idle_begin
use_home "$tmp/a"
export DBUS_SESSION_BUS_ADDRESS=$bus_a

# --- typing ---------------------------------------------------------------------------------
now=$(now_us)
((arrive_at > now)) && say "waiting $(((arrive_at - now) / 1000000)) s more without input"
sleep_until_us "$arrive_at"
tray_idle_end
press() { xdotool key shift || die "xdotool key failed on $DISPLAY"; }
alive() { kill -0 "$sd_pid" 2>/dev/null || die "sitbreakd died: $(tail -n5 "$tmp/a/sitbreakd.log")"; }

alive
s0_sd=$(sample "$sd_pid")
[[ -n $wr_pid ]] && s0_wr=$(sample "$wr_pid")
say "typing: ${lead_in} s lead-in (the daemon sees the user arrive; not measured), then ${minutes} min measured, one key every ${interval} s"
t=$(now_us)
# Sitting down: a burst of keys for 3 s. The daemon looks again min_activity (2 s) after
# the first input; a single key there would leave the spell unconfirmed (state "away")
# until first key + min_activity + break_after.
for ((k = 1; k <= 6; k++)); do
    press
    sleep_until_us $((t + k * 500000))
done
for ((k = 0; k < lead_in / interval; k++)); do
    press
    sleep_until_us $((t + (k + 1) * interval * 1000000))
done
keys=$(awk -v m="$minutes" -v i="$interval" 'BEGIN { n = int(m * 60 / i + 0.5); print (n < 1 ? 1 : n) }')
alive
s1_sd=$(sample "$sd_pid")
[[ -n $wr_pid ]] && s1_wr=$(sample "$wr_pid")
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
t1=$(now_us)
last=$(field "$s1_sd" 5)
wakes=()    # when sitbreakd's switch count moved, seconds into the window (5 s resolution)
per_min=()  # sitbreakd's switches in each minute
minute_start=$last
for ((k = 0; k < keys; k++)); do
    press
    sleep_until_us $((t1 + (k + 1) * interval * 1000000))
    c=$(ctxsw_of "$sd_pid")
    if ((c != last)); then wakes+=("$(((k + 1) * interval))s:+$((c - last))"); last=$c; fi
    if (((k + 1) % (60 / interval) == 0)); then
        per_min+=($((c - minute_start)))
        minute_start=$c
        say "  $(((k + 1) * interval / 60)) of ${minutes} min"
    fi
done
alive
s2_sd=$(sample "$sd_pid")
# Where the daemon's PSS is, mapping by mapping, for comparing two builds (--keep).
((keep)) && cat "/proc/$sd_pid/smaps" >"$tmp/a/sitbreakd.smaps" 2>/dev/null
if [[ -n $wr_pid ]]; then
    s2_wr=$(sample "$wr_pid") || die "workrave died: $(tail -n5 "$tmp/a/workrave.log")"
fi
tray_typing_end
t2=$(now_us)
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
window_s=$(awk -v us=$((t2 - t1)) 'BEGIN { printf "%.1f", us / 1e6 }')

smem_pss() { # NAME PID
    ((have_smem)) || return 0
    smem -c "pid pss" -P "$1" 2>/dev/null | awk -v p="$2" '$1 == p { printf "smem PSS %.1f MiB", $2 / 1024 }'
}
smem_sd=$(smem_pss sitbreakd "$sd_pid")
[[ -n $wr_pid ]] && smem_wr=$(smem_pss workrave "$wr_pid")

# Unrelated bus traffic: does a client that only talks to the bus driver wake the daemon
# (NameOwnerChanged for its unique name, at connect and at disconnect)?
u0=$(ctxsw_of "$sd_pid")
for ((i = 0; i < 10; i++)); do
    dbus-send --bus="$bus_a" --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetId >/dev/null
done
sleep 0.5
u1=$(ctxsw_of "$sd_pid")
per_client=$(awk -v d=$((u1 - u0)) 'BEGIN { printf "%.1f", d / 10 }')

status_json=$("$cli" status --json 2>&1)
state=$(awk -F'"' '/"state":/ { print $4; exit }' <<<"$status_json")
sitting_s=$(awk -F'[:,]' '/"sitting_seconds":/ { gsub(/ /, "", $2); print $2; exit }' <<<"$status_json")
backend=$(awk -F'"' '/"idle_backend":/ { print $4; exit }' <<<"$status_json")
tray_popup_once
stop "$sd_pid"
[[ -n $wr_pid ]] && stop "$wr_pid"

# --- report -----------------------------------------------------------------------------------
per_minute() { awk -v d=$(($(field "$2" 5) - $(field "$1" 5))) -v s="$window_s" 'BEGIN { printf "%.1f", d * 60 / s }'; }
cpu_per_hour() { awk -v d=$(($(field "$2" 6) - $(field "$1" 6))) -v hz="$clk_tck" -v s="$window_s" 'BEGIN { printf "%.0f", d * 1000 / hz * 3600 / s }'; }
run_per_hour() { awk -v d=$(($(field "$2" 7) - $(field "$1" 7))) -v s="$window_s" 'BEGIN { printf "%.1f", d / 1e6 * 3600 / s }'; }
wr() { if [[ -n $wr_pid ]]; then "$@"; else echo -; fi; }
row() { printf '| %s | %s | %s | %s |\n' "$@"; }

sd_pss=$(mib "$(field "$s2_sd" 1)")
sd_wake=$(per_minute "$s1_sd" "$s2_sd")
sd_run=$(run_per_hour "$s1_sd" "$s2_sd")
over=()
check() { if awk -v v="$2" -v b="$3" 'BEGIN { exit !(v + 0 > b + 0) }'; then over+=("$1 $2 > $3"); fi; }
check "PSS (MiB)" "$sd_pss" 4
check "wakeups/min while typing" "$sd_wake" 1
check "CPU per hour (ms)" "$sd_run" 50
check "start -> bus name (ms)" "$sd_start_ms" 50
[[ $stats_ms != n/a ]] && check "stats --days 3650 (ms)" "$stats_ms" 50

cat <<EOF

### sitbreakd next to workrave ($(date -u +%Y-%m-%d), Linux $(uname -r), $(nproc) CPUs)

${window_s} s of simulated typing (one \`xdotool key shift\` every ${interval} s) on a private
Xvfb and session bus, after ${away} s without input and a ${lead_in} s lead-in; memory at the end.
Load average $load_start at the start, $load_end at the end: on a shared machine the CPU
and timing rows are noisy, the memory and wakeup rows are not.

| what | sitbreakd | workrave | budget |
|---|---|---|---|
EOF
row "PSS (MiB)" "$sd_pss" "$(wr mib "$(field "${s2_wr:-}" 1)")" "≤ 4"
row "RSS (MiB)" "$(mib "$(field "$s2_sd" 2)")" "$(wr mib "$(field "${s2_wr:-}" 2)")" "—"
row "private dirty (MiB)" "$(mib "$(field "$s2_sd" 3)")" "$(wr mib "$(field "${s2_wr:-}" 3)")" "—"
row "threads" "$(field "$s2_sd" 4)" "$(wr field "${s2_wr:-}" 4)" "—"
row "wakeups/min while typing" "$sd_wake" "$(wr per_minute "${s1_wr:-}" "${s2_wr:-}")" "≤ 1"
row "CPU per hour (ms), utime+stime" "$(cpu_per_hour "$s1_sd" "$s2_sd")" "$(wr cpu_per_hour "${s1_wr:-}" "${s2_wr:-}")" "≤ 50"
row "CPU per hour (ms), scheduler run time" "$sd_run" "$(wr run_per_hour "${s1_wr:-}" "${s2_wr:-}")" "≤ 50"
row "start → bus name (ms), median of $starts" "$sd_start_ms" "$wr_start_ms" "≤ 50"
row "\`sitbreak stats --days 3650\` (ms), median of $stats_runs" "$stats_ms" "—" "≤ 50"

cat <<EOF

Reproduce from the repository root: \`$(printf '%q ' "${reproduce[@]}" | sed 's/ $//')\`

- wakeups: voluntary + nonvoluntary context switches summed over /proc/PID/task/*/status.
  sitbreakd per minute: ${per_min[*]:-none}; moves (seconds into the window: switches): ${wakes[*]:-none}.
  From the first key to the window (arrival, spell start): $(($(field "$s1_sd" 5) - $(field "$s0_sd" 5))) switches.
- CPU: utime+stime of /proc/PID/stat counts ${clk_tck} ticks/s, so one tick over this window is
  $(awk -v s="$window_s" -v hz="$clk_tck" 'BEGIN { printf "%.0f", 1000 / hz * 3600 / s }') ms/hour; the run time row sums /proc/PID/task/*/schedstat (ns).
- sitbreakd after the run: state ${state:-?}, sitting ${sitting_s:-?} s (expected about $((lead_in + ${window_s%.*})) s), idle backend ${backend:-?}; PSS $(mib "$(field "$s0_sd" 1)") MiB before typing, $(field "$s2_sd" 1) kB at the end (RSS $(field "$s2_sd" 2) kB, private dirty $(field "$s2_sd" 3) kB)${smem_sd:+, $smem_sd}.
- sitbreakd wakeups per unrelated D-Bus client (a dbus-send to the bus driver only): $per_client.
- start → bus name: spawn until the bus broadcasts NameOwnerChanged (dbus-monitor's time),
  fresh database each start; polling NameHasOwner every 1 ms saw it after $sd_poll_ms ms (median).
  The same binary spawned with --version (start, dynamic linking, exit; no bus): $version_ms ms.
EOF
if [[ -n $wr_pid ]]; then
    echo "- workrave: PSS $(mib "$(field "$s0_wr" 1)") MiB before typing, threads $(field "$s0_wr" 4) then $(field "$s2_wr" 4)${smem_wr:+, $smem_wr}."
fi
if [[ $stats_ms != n/a ]]; then
    cat <<EOF
- \`stats --days 3650\`: wall clock of the CLI process (spawn, GetStatus + GetDays over D-Bus,
  print) against a running daemon, best $stats_best ms; the daemon's CPU per call $daemon_cpu_ms ms;
  its PSS $(mib "$(field "$s_before" 1)") MiB before the calls, $(mib "$(field "$s_hist" 1)") MiB after (private dirty $(mib "$(field "$s_hist" 3)") MiB).
  $stats_note.
EOF
fi
cat <<EOF
- X server primed with a GTK3 client: $primed.
- exercise figures: $data_note; config: $config_file.
- binaries: $build, sitbreakd linked $built; tree $(git -C "$repo" describe --always --dirty 2>/dev/null || echo "not a git tree").
EOF
[[ $state == sitting ]] ||
    echo "- WARNING: sitbreakd was not \"sitting\" after the typing: it did not see the user, so its figures do not describe a day at the desk."
tray_report
if ((${#over[@]})); then
    printf -- '- over budget: %s' "${over[0]}"
    for o in "${over[@]:1}"; do printf '; %s' "$o"; done
    printf '\n'
else
    echo "- every sitbreakd figure is within its budget"
fi
