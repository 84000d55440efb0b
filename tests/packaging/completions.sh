#!/usr/bin/env bash
# completions.sh COMPLETIONS_DIR: the bash, zsh and fish completions load in their shells
# without an error and offer sitbreak's commands and options.
set -uo pipefail
dir=$1
failures=0
# fish keeps history and variables in the home directory: give the shells a scratch one.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data \
    XDG_CACHE_HOME=$scratch/cache ZDOTDIR=$scratch
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# bash: registered for sitbreak; the function completes a command, an option, an argument.
bash_out=$(bash --norc --noprofile -c '
    source "$1" || exit 1
    complete -p sitbreak
    complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _sitbreak; echo "${COMPREPLY[*]}"; }
    complete_words sitbreak sta
    complete_words sitbreak stats --
    complete_words sitbreak done ""
' bash "$dir/sitbreak.bash" 2>&1)
expected_bash="complete -F _sitbreak sitbreak
status stats
--days --json --csv --help
bridges squeeze --help"
[[ $bash_out == "$expected_bash" ]] || fail "bash completion gave:
$bash_out
instead of:
$expected_bash"

# zsh: compinit finds the #compdef line, and the function offers the commands.
zsh_out=$(zsh -f -c '
    fpath=("$1" $fpath)
    autoload -Uz compinit && compinit -u -D  # -D: write no dump file
    print -r -- "registered: $_comps[sitbreak]"
    autoload -Uz _sitbreak
    # Stand-ins for the completion system outside a completion widget: print the offers.
    _describe() { print -r -- "commands: ${(j: :)${(@)${(P)${@[-1]}}%%:*}}" }
    _arguments() { print -r -- "arguments: $*" }
    words=(sitbreak "") CURRENT=2 _sitbreak
    words=(sitbreak done "") CURRENT=3 _sitbreak
' zsh "$dir" 2>&1)
[[ $zsh_out == *"registered: _sitbreak"* ]] || fail "zsh's compinit did not register _sitbreak: $zsh_out"
[[ $zsh_out == *"commands: status done snooze skip pause resume prompt-now stats export rest-day"* ]] ||
    fail "zsh completion does not offer the commands: $zsh_out"
[[ $zsh_out == *"bridges"*"squeeze"* ]] || fail "zsh completion does not offer the exercises: $zsh_out"
if grep -qiE "error|not found|parse" <<<"$zsh_out"; then fail "zsh complained: $zsh_out"; fi

# fish: complete -C runs the real completion engine.
fish_out=$(fish --no-config -c '
    source $argv[1]; or exit 1
    complete -C "sitbreak sta"
    complete -C "sitbreak done "
    complete -C "sitbreak stats --d"
' "$dir/sitbreak.fish" 2>&1)
for word in status stats bridges squeeze --days; do
    grep -q "^$word"$'\t' <<<"$fish_out" || fail "fish does not offer $word: $fish_out"
done
if grep -q "^skip"$'\t' <<<"$fish_out"; then fail "fish offers skip for 'sitbreak sta': $fish_out"; fi

if ((failures > 0)); then
    echo "$failures problems in the shell completions" >&2
    exit 1
fi
echo "ok: bash, zsh and fish complete sitbreak"
