# bash completion for sitbreak(1). Installed as
# /usr/share/bash-completion/completions/sitbreak and loaded on demand by bash-completion.

_sitbreak() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    local commands="status done snooze skip pause resume prompt-now stats export rest-day exercises session week"
    local command="" word i
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word != -* ]]; then
            command=$word
            break
        fi
    done

    local words=""
    case $command in
    "") words="$commands --help --version" ;;
    status) words="--json --waybar --help" ;;
    done)
        # The daemon's hourly exercises (the catalogue); the shipped two without a daemon.
        words=$(sitbreak exercises 2>/dev/null | awk '$NF == "hourly" { print $1 }')
        words="${words:-bridges squeeze} --help"
        ;;
    exercises) words="--json --help" ;;
    session)
        words=$(sitbreak session --list 2>/dev/null | awk '{ print $1 }')
        words="$words --list --step-back --help"
        ;;
    week) words="--json --help" ;;
    snooze) words="5m 10m 30m 1h --help" ;;
    pause) words="rest-of-day 30m 1h 2h --help" ;;
    stats)
        if [[ ${COMP_WORDS[COMP_CWORD - 1]} == --days ]]; then
            words="7 14 30 90 365"
        else
            words="--days --json --csv --help"
        fi
        ;;
    export) words="--json --csv --help" ;;
    rest-day) words="$(date +%F) --undo --help" ;;
    *) words="--help" ;;
    esac
    mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
}

complete -F _sitbreak sitbreak
