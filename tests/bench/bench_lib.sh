# shellcheck shell=bash
# bench_lib.sh: what daemon_bench.sh and popup_bench.sh share, sourced by both: private
# processes that are always stopped, a private X server and session bus, a private home,
# waiting for bus names, and /proc samples. Sourcing it only defines things.
#
# The script sets bench (its name, for messages), repo and keep, then calls
# bench_begin PREFIX, which makes $tmp and installs the traps that stop every process on exit.

die() {
    printf '%s: %s\n' "$bench" "$*" >&2
    exit 1
}
say() { printf '%s\n' "$*" >&2; }

# need COMMAND PACKAGE notes a tool that is not installed; exit_if_missing [HINT] then names
# every missing one at once (and HINT, a last line) and exits 1.
missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$1 (Debian package $2)"); }
exit_if_missing() {
    ((${#missing[@]})) || return 0
    say "$bench: missing tools:"
    local m
    for m in "${missing[@]}"; do say "  $m"; done
    [[ -z ${1:-} ]] || say "$1"
    exit 1
}

groups=() # process groups this script started (each through setsid: pid = pgid)

forget() {
    local rest=() g
    for g in "${groups[@]}"; do [[ $g != "$1" ]] && rest+=("$g"); done
    groups=("${rest[@]}")
}

# stop PID: SIGTERM to its process group, SIGKILL to the group after 5 s, reap it.
stop() {
    local pid=$1 i
    kill -TERM -- "-$pid" 2>/dev/null
    for ((i = 0; i < 500; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.01
    done
    kill -KILL -- "-$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    forget "$pid"
}

cleanup() {
    local rc=$? i
    trap - EXIT INT TERM HUP
    trap '' PIPE # the reader may be gone: finish the cleanup anyway
    [[ -n ${nap_pid:-} ]] && kill "$nap_pid" 2>/dev/null
    # Newest first: daemons and clients before their bus (whose process group also holds
    # what it activated, e.g. dconf-service), the X server last.
    for ((i = ${#groups[@]} - 1; i >= 0; i--)); do stop "${groups[i]}"; done
    if ((keep)); then say "kept $tmp"; else rm -rf "$tmp"; fi
    exit "$rc"
}

# bench_begin PREFIX: a new temporary directory $tmp; every process spawned from here on is
# stopped on exit, also on Ctrl-C; nothing of the caller's desktop session is inherited.
bench_begin() {
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX") || die "mktemp failed"
    trap cleanup EXIT
    trap 'say "interrupted"; exit 130' INT
    trap 'exit 143' TERM
    trap 'exit 129' HUP
    trap 'exit 141' PIPE
    unset WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DESKTOP_SESSION SESSION_MANAGER JOURNAL_STREAM \
        NOTIFY_SOCKET DBUS_SESSION_BUS_ADDRESS DISPLAY GNOME_DESKTOP_SESSION_ID
    export XDG_SESSION_TYPE=x11
}

# spawn LOG CMD...: CMD in its own session and process group, output to LOG; sets $spawned.
spawn() {
    local log=$1
    shift
    setsid "$@" >"$log" 2>&1 </dev/null &
    spawned=$!
    groups+=("$spawned")
}

now_us() { local t=${EPOCHREALTIME//[!0-9]/}; printf '%s' "$((10#$t))"; }
# In the background and waited for: bash runs a trap only after a foreground command
# ends, but interrupts `wait` at once.
nap_pid=
sleep_until_us() {
    local left=$(($1 - $(now_us)))
    ((left > 0)) || return 0
    sleep "$(printf '%d.%06d' $((left / 1000000)) $((left % 1000000)))" &
    nap_pid=$!
    wait "$nap_pid"
    nap_pid=
}
# The first line a program wrote to a file through a descriptor (display, bus address).
wait_file() {
    local i
    for ((i = 0; i < 1000; i++)); do
        [[ -s $1 ]] && head -n1 "$1" && return 0
        sleep 0.01
    done
    return 1
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
mib() { awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; }
field() { awk -v i="$2" '{ print $i }' <<<"$1"; }
seconds_of() { # "1h30m", "5m", "90s" -> seconds
    awk -v d="$1" 'BEGIN { s = 0; while (match(d, /^[0-9]+[hms]/)) { n = substr(d, 1, RLENGTH - 1); u = substr(d, RLENGTH, 1)
        s += n * (u == "h" ? 3600 : u == "m" ? 60 : 1); d = substr(d, RLENGTH + 1) } print s }'
}

# A private home for each bus, so that nothing touches the user's files and the two
# workrave instances do not share settings. make_home DIR [CONFIG]: the repository's
# config/config.toml, or CONFIG, as DIR's sitbreak config. use_home DIR exports it for what
# starts next.
make_home() {
    mkdir -p "$1"/{home,config/sitbreak,data,cache,state,runtime}
    chmod 700 "$1/runtime"
    cp "${2:-$repo/config/config.toml}" "$1/config/sitbreak/config.toml"
}
use_home() {
    export HOME=$1/home XDG_CONFIG_HOME=$1/config XDG_DATA_HOME=$1/data XDG_CACHE_HOME=$1/cache \
        XDG_STATE_HOME=$1/state XDG_RUNTIME_DIR=$1/runtime
}

# stage_data BUILD: the figures staged in BUILD/share/sitbreak, copied (a rebuild during the
# run changes nothing) and named by SITBREAK_DATA_DIR, which a daemon run from a build tree
# needs to find them. Sets data_note for the report.
stage_data() {
    if [[ ! -d $1/share/sitbreak ]]; then
        data_note="no $1/share/sitbreak (a build without the exercise figures)"
        return 0
    fi
    mkdir -p "$tmp/share"
    cp -r "$1/share/sitbreak" "$tmp/share/" || die "cannot copy $1/share/sitbreak"
    export SITBREAK_DATA_DIR=$tmp/share/sitbreak
    data_note="SITBREAK_DATA_DIR: a copy of $1/share/sitbreak"
}

# start_x: a private Xvfb; exports DISPLAY and sets x_started (us).
start_x() {
    x_started=$(now_us)
    spawn "$tmp/xvfb.log" Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -noreset 3>"$tmp/xvfb.display"
    local display
    display=$(wait_file "$tmp/xvfb.display") || die "Xvfb did not start: $(tail -n3 "$tmp/xvfb.log")"
    export DISPLAY=:$display
}

# start_bus NAME: a private session bus for $tmp/NAME; sets bus_address, bus_pid.
start_bus() {
    local name=$1
    use_home "$tmp/$name"
    spawn "$tmp/$name/dbus.log" dbus-daemon --session --nofork --print-address=3 \
        3>"$tmp/$name/bus.address"
    bus_pid=$spawned
    bus_address=$(wait_file "$tmp/$name/bus.address") ||
        die "dbus-daemon did not start: $(tail -n3 "$tmp/$name/dbus.log")"
}

name_owned() { # BUS NAME
    dbus-send --bus="$1" --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$2" 2>/dev/null | grep -q true
}

# wait_name BUS NAME PID: poll about every 1 ms (plus dbus-send's own cost) until NAME is
# owned; prints when it was seen (us). Fails if PID exits or after 20 s.
wait_name() {
    local deadline=$(($(now_us) + 20000000))
    while ! name_owned "$1" "$2"; do
        kill -0 "$3" 2>/dev/null || return 1
        (($(now_us) < deadline)) || return 1
        sleep 0.001
    done
    now_us
}

# One GTK3 client primes the X server (DESIGN §13): GDK caches its GL visuals in the root
# window property GDK_VISUALS, so later GTK3 clients skip the GLX/llvmpipe probe.
# choose_primer [FALLBACK...]: sets primer=(...), FALLBACK when no GTK3 tool is installed.
choose_primer() {
    primer=()
    if command -v zenity >/dev/null 2>&1; then
        primer=(zenity --info --text=sitbreak-bench --timeout=1)
    elif command -v gtk-query-settings >/dev/null 2>&1; then
        primer=(gtk-query-settings)
    elif command -v gtk3-widget-factory >/dev/null 2>&1; then
        primer=(gtk3-widget-factory)
    elif (($#)); then
        primer=("$@")
    else
        say "note: no GTK3 client to prime the X server with (Debian package libgtk-3-bin or zenity)"
    fi
}

# prime_x: runs $primer on $DISPLAY; sets primed to what happened, for the report.
prime_x() {
    local i primer_pid
    if ((${#primer[@]} == 0)); then
        primed=no
        return 0
    fi
    say "priming the X server with one GTK3 client: ${primer[*]}"
    spawn "$tmp/primer.log" "${primer[@]}"
    primer_pid=$spawned
    for ((i = 0; i < 500; i++)); do # exits by itself, or is stopped after 5 s
        kill -0 "$primer_pid" 2>/dev/null || break
        sleep 0.01
    done
    stop "$primer_pid"
    if ! command -v xprop >/dev/null 2>&1; then
        primed="yes, with ${primer[0]} (xprop from x11-utils would confirm it)"
    elif xprop -root GDK_VISUALS 2>/dev/null | grep -q '='; then
        primed="yes, with ${primer[0]}: the root window has GDK_VISUALS"
    else
        primed="NO: GDK_VISUALS is not set after ${primer[0]}"
    fi
}

clk_tck=$(getconf CLK_TCK)
# sample PID -> "pss_kB rss_kB private_dirty_kB threads ctxsw cpu_ticks run_ns"
sample() {
    local pid=$1 mem threads ctxsw ticks run_ns stat
    [[ -r /proc/$pid/smaps_rollup ]] || return 1
    mem=$(awk '/^Pss:/ { p = $2 } /^Rss:/ { r = $2 } /^Private_Dirty:/ { d = $2 } END { print p, r, d }' "/proc/$pid/smaps_rollup")
    threads=$(awk '/^Threads:/ { print $2 }' "/proc/$pid/status")
    ctxsw=$(cat "/proc/$pid"/task/*/status 2>/dev/null | awk '/^(non)?voluntary_ctxt_switches:/ { s += $2 } END { print s + 0 }')
    stat=$(<"/proc/$pid/stat")
    stat=${stat##*) }                             # fields from 3 on, after "pid (comm) "
    ticks=$(awk '{ print $12 + $13 }' <<<"$stat") # utime + stime: fields 14 and 15
    run_ns=$(cat "/proc/$pid"/task/*/schedstat 2>/dev/null | awk '{ s += $1 } END { printf "%d", s }')
    echo "$mem $threads $ctxsw $ticks $run_ns"
}
ctxsw_of() { cat "/proc/$1"/task/*/status 2>/dev/null | awk '/^(non)?voluntary_ctxt_switches:/ { s += $2 } END { print s + 0 }'; }
