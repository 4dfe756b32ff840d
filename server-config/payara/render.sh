#!/usr/bin/env bash
# Fills the placeholders of a Payara asadmin template from environment variables.
#
#   render.sh TEMPLATE OUT
#
# Placeholder      Variable      Default
# @PG_USER@        PG_USER       (required)
# @PG_PASSWORD@    PG_PASSWORD   (required)
# @PG_HOST@        PG_HOST       localhost
# @PG_PORT@        PG_PORT       5432
# @PG_DB@          PG_DB         miadoki
# @SMTP_HOST@      SMTP_HOST     localhost
# @SMTP_USER@      SMTP_USER     miadoki
# @SMTP_PORT@      SMTP_PORT     25
# @MAIL_FROM@      MAIL_FROM     noreply@miadoki.local
#
# A required variable is only demanded when its placeholder occurs in TEMPLATE.
# Colons and equals signs in values that end up in asadmin --property lists are escaped
# as "\:" and "\=".
# Values must not contain whitespace, quotes or backslashes: the asadmin command file
# cannot carry them reliably. OUT is written with mode 600 because it holds the password.
set -euo pipefail

prog=$(basename "$0")
die() { echo "$prog: $*" >&2; exit 1; }

[ $# -eq 2 ] || { echo "usage: $prog TEMPLATE OUT" >&2; exit 2; }
template=$1
out=$2
[ -f "$template" ] && [ -r "$template" ] || die "cannot read template '$template'"

PG_HOST=${PG_HOST:-localhost}
PG_PORT=${PG_PORT:-5432}
PG_DB=${PG_DB:-miadoki}
SMTP_HOST=${SMTP_HOST:-localhost}
SMTP_USER=${SMTP_USER:-miadoki}
SMTP_PORT=${SMTP_PORT:-25}
MAIL_FROM=${MAIL_FROM:-noreply@miadoki.local}

missing=()
for name in PG_USER PG_PASSWORD; do
  if grep -q "@${name}@" "$template" && [ -z "${!name:-}" ]; then
    missing+=("$name")
  fi
done
[ ${#missing[@]} -eq 0 ] || die "missing environment variable(s): ${missing[*]}"

for name in PG_PORT SMTP_PORT; do
  [[ ${!name} =~ ^[0-9]+$ ]] || die "$name must be a port number, got '${!name}'"
done

bad_chars='[[:space:]"'"'"'\]'
names=(PG_USER PG_PASSWORD PG_HOST PG_PORT PG_DB SMTP_HOST SMTP_USER SMTP_PORT MAIL_FROM)
for name in "${names[@]}"; do
  value=${!name:-}
  if [[ $value =~ $bad_chars ]]; then
    die "$name contains whitespace, a quote or a backslash, which the asadmin command file cannot carry"
  fi
done

# Escaping for an asadmin --property value: ":" separates properties and "=" name from value,
# so both get a backslash in front.
asadmin_prop() { local v=${1//:/\\:}; printf '%s' "${v//=/\\=}"; }
# Escaping for the replacement part of a sed s|||g command.
sed_repl() { printf '%s' "$1" | sed -e 's/[\\&|]/\\&/g'; }

script=()
for name in "${names[@]}"; do
  value=${!name:-}
  case $name in
    PG_*|SMTP_PORT) value=$(asadmin_prop "$value") ;;
  esac
  script+=(-e "s|@${name}@|$(sed_repl "$value")|g")
done

out_dir=$(dirname "$out")
[ -d "$out_dir" ] || die "directory '$out_dir' does not exist"
tmp=$(mktemp "$out_dir/.render.XXXXXX")
trap 'rm -f "$tmp"' EXIT
chmod 600 "$tmp"
sed "${script[@]}" "$template" >"$tmp"

left=$(grep -o '@[A-Z][A-Z_]*@' "$tmp" | sort -u | tr '\n' ' ' || true)
[ -z "$left" ] || die "unknown placeholder(s) left in '$template': $left"

mv "$tmp" "$out"
trap - EXIT
echo "$prog: wrote $out"
