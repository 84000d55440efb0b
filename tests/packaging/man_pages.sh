#!/usr/bin/env bash
# man_pages.sh MAN_DIR SITBREAKD CONFIG_TOML WITH_TRAY: every man page renders without a
# warning, and sitbreak.toml(5) lists exactly the keys of the shipped config.toml, each
# with the default that file has, all of which sitbreakd accepts.
set -uo pipefail
man_dir=$1
sitbreakd=$2
config_toml=$3
with_tray=$4
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

pages=(sitbreak.1 sitbreakd.1 sitbreak.toml.5)
[[ $with_tray == ON ]] && pages+=(sitbreak-tray.1)
for page in "${pages[@]}"; do
    file=$man_dir/$page.gz
    if [[ ! -f $file ]]; then
        fail "no man page $page in $man_dir"
        continue
    fi
    # man --warnings passes groff's warnings (bad requests, lines too long to fit...) to stderr.
    warnings=$(MANWIDTH=80 man --warnings -l "$file" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "$page renders with warnings: $warnings"
    [[ $(MANWIDTH=80 man -l "$file" 2>/dev/null | head -n 1) == *"${page%.*}"* ]] ||
        fail "$page does not start with its name"
done

# "key = default" as the page shows them, and as the shipped config.toml sets them.
documented=$(LC_ALL=C MANWIDTH=200 man -l "$man_dir/sitbreak.toml.5.gz" 2>/dev/null |
    sed -nE 's/^ +([a-z_]+\.[a-z_]+ = .*)$/\1/p' | sort)
shipped=$(awk '
    /^\[[a-z_]+\]$/ { table = substr($0, 2, length($0) - 2); next }
    /^[a-z_]+ = / { print table "." $0 }' "$config_toml" | sort)
if [[ -z $documented ]]; then
    fail "sitbreak.toml(5) lists no keys"
elif [[ $documented != "$shipped" ]]; then
    fail "sitbreak.toml(5) and config/config.toml differ (< page, > config.toml):
$(diff <(printf '%s\n' "$documented") <(printf '%s\n' "$shipped"))"
fi

# The daemon accepts every documented key with its documented default.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
awk -F ' = ' '{
        split($1, part, ".")
        if (part[1] != table) { table = part[1]; print "[" table "]" }
        print part[2] " = " $2
    }' <<<"$documented" >"$scratch/config.toml"
if ! out=$("$sitbreakd" --check-config "$scratch/config.toml" 2>&1); then
    fail "sitbreakd rejects the documented defaults: $out"
fi

if ((failures > 0)); then
    echo "$failures problems in the man pages" >&2
    exit 1
fi
echo "ok: ${#pages[@]} man pages render cleanly; $(wc -l <<<"$documented") keys documented"
