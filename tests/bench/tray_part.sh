# tray_part.sh: the tray's share of daemon_bench.sh (DESIGN §12), sourced by it. sitbreak-tray
# and tray_floor (a bare wx tray app, built next to it) run side by side under trayer on
# bus A, beside the daemon. Their idle window is ten quiet minutes before the typing starts,
# after the start-up timings on bus B (whose workrave starts put icons into the same trayer
# and make every embedded icon redraw): the daemon says "away", nothing on screen changes.
# After the typing, one prompt opens and is answered (tray_popup_once: the popup shows its
# figures, then closes), as on any day at the desk; memory is read after that.
#
# Uses bench_lib.sh's spawn, sample, field, mib, say, wait_name and daemon_bench.sh's $tmp,
# $build, $bus_a.

tray_bin=$build/tray/sitbreak-tray
floor_bin=$build/tests/bench/tray_floor
popup_bin=$build/tests/bench/popup_latency
with_tray=0
popup_note="no popup shown: no $popup_bin (cmake --build $build --target popup_latency)"
tray_idle_min=10 # minutes of the idle window the issue asks for

# tray_setup: decides whether the trays are measured and copies their binaries.
tray_setup() {
    ((want_tray)) || return 0
    if [[ ! -x $tray_bin || ! -x $floor_bin ]]; then
        say "note: no $tray_bin or $floor_bin, so no tray figures: cmake --build $build --target sitbreak-tray tray_floor"
        return 0
    fi
    command -v trayer >/dev/null 2>&1 || {
        say "note: no trayer (Debian package trayer), so no tray figures"
        return 0
    }
    cp "$tray_bin" "$floor_bin" "$tmp/bin/" || die "cannot copy the tray binaries"
    tray_bin=$tmp/bin/sitbreak-tray floor_bin=$tmp/bin/tray_floor
    if [[ -x $popup_bin ]]; then
        cp "$popup_bin" "$tmp/bin/" || die "cannot copy $popup_bin"
        popup_bin=$tmp/bin/popup_latency
    else
        popup_bin=
    fi
    with_tray=1
}

# tray_start: trayer, then both trays on bus A; the idle window starts 30 s later at the
# earliest (tray_idle_begin, called once bus B is done).
tray_start() {
    ((with_tray)) || return 0
    spawn "$tmp/a/trayer.log" trayer --edge bottom --align right --widthtype request \
        --height 24 --SetDockType true --transparent false
    sleep 1
    spawn "$tmp/a/sitbreak-tray.log" env LC_ALL="$tray_locale" "$tray_bin"
    tray_pid=$spawned
    wait_name "$bus_a" org.sitbreak.Tray "$tray_pid" >/dev/null ||
        die "sitbreak-tray did not start: $(tail -n5 "$tmp/a/sitbreak-tray.log")"
    spawn "$tmp/a/tray_floor.log" env LC_ALL="$tray_locale" "$floor_bin"
    floor_pid=$spawned
    tray_settled_at=$(($(now_us) + 30000000))
}

# tray_idle_begin / tray_idle_end / tray_typing_end: samples at the window edges.
tray_idle_begin() {
    ((with_tray)) || return 0
    sleep_until_us "$tray_settled_at"
    t0_tray=$(now_us)
    i0_tray=$(sample "$tray_pid") && i0_floor=$(sample "$floor_pid") ||
        die "a tray died before the idle window: $(tail -n3 "$tmp/a/sitbreak-tray.log" "$tmp/a/tray_floor.log")"
}
tray_idle_end() {
    ((with_tray)) || return 0
    sleep_until_us $((t0_tray + tray_idle_min * 60000000))
    t1_tray=$(now_us)
    i1_tray=$(sample "$tray_pid") && i1_floor=$(sample "$floor_pid") ||
        die "a tray died in the idle window: $(tail -n3 "$tmp/a/sitbreak-tray.log" "$tmp/a/tray_floor.log")"
}
tray_typing_end() {
    ((with_tray)) || return 0
    t2_tray=$(now_us)
    i2_tray=$(sample "$tray_pid") && i2_floor=$(sample "$floor_pid") ||
        die "a tray died while the user typed: $(tail -n3 "$tmp/a/sitbreak-tray.log" "$tmp/a/tray_floor.log")"
}

# tray_popup_once: while the daemon still runs and the user sits, one prompt (PromptNow) is
# shown with its figures and skipped (popup_latency --runs 1, which waits for both); the
# memory rows are read 5 s later, once the closed popup has been freed.
tray_popup_once() {
    ((with_tray)) || return 0
    i3_tray=$i2_tray i3_floor=$i2_floor
    [[ -n $popup_bin ]] || return 0
    local out
    if ! out=$("$popup_bin" --runs 1 2>&1); then
        popup_note="no popup shown: popup_latency failed: $(tail -n1 <<<"$out")"
        return 0
    fi
    sleep 5
    i3_tray=$(sample "$tray_pid") && i3_floor=$(sample "$floor_pid") ||
        die "a tray died after the popup: $(tail -n3 "$tmp/a/sitbreak-tray.log" "$tmp/a/tray_floor.log")"
    tray_threads=$(cat "/proc/$tray_pid"/task/*/comm 2>/dev/null | sort | uniq -c | awk '{ n = $1; sub(/^ *[0-9]+ /, ""); printf "%s%s x %s", (NR > 1 ? ", " : ""), n, $0 }')
    popup_note="memory read 5 s after one prompt's popup was shown with its figures and skipped ($(grep -m1 '^round' <<<"$out" | sed 's/^round 1: //'))"
}

# switches per minute between two samples taken at $3 and $4 (us)
tray_rate() {
    awk -v d=$(($(field "$2" 5) - $(field "$1" 5))) -v us=$(($4 - $3)) \
        'BEGIN { printf "%.1f", d * 60e6 / us }'
}

tray_report() {
    ((with_tray)) || return 0
    local pss floor ratio
    pss=$(field "$i3_tray" 1) floor=$(field "$i3_floor" 1)
    ratio=$(awk -v a="$pss" -v b="$floor" 'BEGIN { printf "%.2f", a / b }')
    cat <<EOT

### sitbreak-tray next to a bare wx tray app (the floor), same run

Both under trayer on the same Xvfb and bus; idle window $(awk -v us=$((t1_tray - t0_tray)) 'BEGIN { printf "%.1f", us / 60e6 }') min
(the daemon says "away", nothing on screen changes), then the ${window_s} s of typing above (the
icon's minutes change once a minute). Memory at the end: $popup_note.

| what | sitbreak-tray | floor (tray_floor) | budget |
|---|---|---|---|
| PSS (MiB) | $(mib "$pss") | $(mib "$floor") | ≤ 1.10 × floor ($ratio ×) |
| PSS at the end of the typing, before the prompt (MiB) | $(mib "$(field "$i2_tray" 1)") | $(mib "$(field "$i2_floor" 1)") | — |
| RSS (MiB) | $(mib "$(field "$i3_tray" 2)") | $(mib "$(field "$i3_floor" 2)") | — |
| private dirty (MiB) | $(mib "$(field "$i3_tray" 3)") | $(mib "$(field "$i3_floor" 3)") | — |
| threads | $(field "$i3_tray" 4) | $(field "$i3_floor" 4) | — |
| wakeups/min, idle | $(tray_rate "$i0_tray" "$i1_tray" "$t0_tray" "$t1_tray") | $(tray_rate "$i0_floor" "$i1_floor" "$t0_tray" "$t1_tray") | ≤ 2 |
| wakeups/min while typing | $(tray_rate "$i1_tray" "$i2_tray" "$t1_tray" "$t2_tray") | $(tray_rate "$i1_floor" "$i2_floor" "$t1_tray" "$t2_tray") | — |
EOT
    [[ -n ${tray_threads:-} ]] && echo "- sitbreak-tray's threads after the popup (by name): $tray_threads."
    if awk -v r="$ratio" 'BEGIN { exit !(r > 1.10) }'; then over+=("tray PSS ${ratio} x the floor > 1.10"); fi
}
