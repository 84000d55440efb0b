# fish completion for sitbreak(1). Installed as
# /usr/share/fish/vendor_completions.d/sitbreak.fish.

set -l commands status done snooze skip pause resume prompt-now stats export rest-day exercises session week

complete -c sitbreak -f
complete -c sitbreak -s h -l help -d 'Show help'
complete -c sitbreak -n "not __fish_seen_subcommand_from $commands" -l version -d 'Show the version'

complete -c sitbreak -n "not __fish_seen_subcommand_from $commands" -a status -d "Sitting time, next prompt, today's count, streak"
complete -c sitbreak -n "not __fish_seen_subcommand_from $commands" -a done -d 'Count an exercise you did'
complete -c sitbreak -n "not __fish_seen_subcommand_from $commands" -a snooze -d 'Put the open prompt off for a while'
complete -c sitbreak -n "not __fish_seen_subcommand_from $commands" -a skip -d 'Skip the open prompt'
complete -c sitbreak -n "not __fish_seen_subcommand_from $commands" -a pause -d 'Pause reminders'
complete -c sitbreak -n "not __fish_seen_subcommand_from $commands" -a resume -d 'End a pause'
complete -c sitbreak -n "not __fish_seen_subcommand_from $commands" -a prompt-now -d 'Open a prompt now'
complete -c sitbreak -n "not __fish_seen_subcommand_from $commands" -a stats -d 'The last days and your streak'
complete -c sitbreak -n "not __fish_seen_subcommand_from $commands" -a export -d 'The whole history as CSV or JSON'
complete -c sitbreak -n "not __fish_seen_subcommand_from $commands" -a rest-day -d 'Mark a rest day'
complete -c sitbreak -n "not __fish_seen_subcommand_from $commands" -a exercises -d 'The exercise catalogue'
complete -c sitbreak -n "not __fish_seen_subcommand_from $commands" -a session -d 'A guided activation session'
complete -c sitbreak -n "not __fish_seen_subcommand_from $commands" -a week -d "This week's sessions"

complete -c sitbreak -n '__fish_seen_subcommand_from status' -l json -d 'A JSON object for scripts'
complete -c sitbreak -n '__fish_seen_subcommand_from status' -l waybar -d 'One line for a waybar custom module'
complete -c sitbreak -n '__fish_seen_subcommand_from done' -a bridges -d '10 glute bridges'
complete -c sitbreak -n '__fish_seen_subcommand_from done' -a squeeze -d 'A 30-second glute squeeze'
# Any other hourly exercise of the daemon's catalogue (your own from exercises.toml).
complete -c sitbreak -n '__fish_seen_subcommand_from done' -a "(sitbreak exercises 2>/dev/null | awk '\$NF == \"hourly\" && \$1 != \"bridges\" && \$1 != \"squeeze\" { print \$1 }')"
complete -c sitbreak -n '__fish_seen_subcommand_from exercises' -l json -d 'JSON'
complete -c sitbreak -n '__fish_seen_subcommand_from session' -a "(sitbreak session --list 2>/dev/null | awk '{ print \$1 }')"
complete -c sitbreak -n '__fish_seen_subcommand_from session' -l list -d 'List the routines'
complete -c sitbreak -n '__fish_seen_subcommand_from session' -l step-back -r -d 'Make an exercise a step easier'
complete -c sitbreak -n '__fish_seen_subcommand_from week' -l json -d 'JSON'
complete -c sitbreak -n '__fish_seen_subcommand_from snooze' -a '5m 10m 30m 1h' -d 'Duration'
complete -c sitbreak -n '__fish_seen_subcommand_from pause' -a rest-of-day -d 'Until the day ends'
complete -c sitbreak -n '__fish_seen_subcommand_from pause' -a '30m 1h 2h' -d 'Duration'
complete -c sitbreak -n '__fish_seen_subcommand_from stats' -l days -x -a '7 14 30 90 365' -d 'How many days, ending today'
complete -c sitbreak -n '__fish_seen_subcommand_from stats export' -l json -d 'JSON'
complete -c sitbreak -n '__fish_seen_subcommand_from stats export' -l csv -d 'CSV'
complete -c sitbreak -n '__fish_seen_subcommand_from rest-day' -a '(date +%F)' -d 'Today'
complete -c sitbreak -n '__fish_seen_subcommand_from rest-day' -l undo -d 'Remove the rest day on DATE'
