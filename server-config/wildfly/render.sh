#!/usr/bin/env bash
# Fills the placeholders of a WildFly jboss-cli template from environment variables.
#
#   render.sh TEMPLATE OUT
#
# Placeholder      Variable      Default
# @PG_JAR@         PG_JAR        (required; path of postgresql-42.7.14.jar)
# @PG_USER@        PG_USER       (required)
# @PG_PASSWORD@    PG_PASSWORD   (required)
# @PG_HOST@        PG_HOST       localhost
# @PG_PORT@        PG_PORT       5432
# @PG_DB@          PG_DB         miadoki
# @SMTP_HOST@      SMTP_HOST     localhost
# @SMTP_USER@      SMTP_USER     miadoki   (not used by the WildFly templates)
# @SMTP_PORT@      SMTP_PORT     25
# @MAIL_FROM@      MAIL_FROM     noreply@miadoki.local
# @SERVER_CONFIG@  SERVER_CONFIG standalone.xml   (standalone-ha.xml for two clustered servers)
# @PEER1_HOST@     PEER1_HOST    (required by cluster.cli.template: the first server's address)
# @PEER1_PORT@     PEER1_PORT    7600      (its JGroups TCP port: 7600 + its port offset)
# @PEER2_HOST@     PEER2_HOST    (required by cluster.cli.template: the second server's address)
# @PEER2_PORT@     PEER2_PORT    7600
#
# A required variable is only demanded when its placeholder occurs in TEMPLATE, so
# configure-h2-mail.cli.template renders without any PG_* variable.
# Values must not contain double quotes, backslashes, line breaks or "${" (the CLI would read
# them as quoting, escapes or expressions). PG_JAR must not contain whitespace.
# OUT is written with mode 600 because it may hold the database password.
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
SERVER_CONFIG=${SERVER_CONFIG:-standalone.xml}
PEER1_PORT=${PEER1_PORT:-7600}
PEER2_PORT=${PEER2_PORT:-7600}

uses() { grep -q "@$1@" "$template"; }

missing=()
for name in PG_JAR PG_USER PG_PASSWORD PEER1_HOST PEER2_HOST; do
  if uses "$name" && [ -z "${!name:-}" ]; then
    missing+=("$name")
  fi
done
[ ${#missing[@]} -eq 0 ] || die "missing environment variable(s): ${missing[*]}"

if uses PG_JAR; then
  [ -f "$PG_JAR" ] || die "PG_JAR '$PG_JAR' is not a file"
  [[ ! $PG_JAR =~ [[:space:]] ]] || die "PG_JAR must not contain whitespace: '$PG_JAR'"
fi

[[ $SERVER_CONFIG =~ ^standalone(-[a-z]+)*\.xml$ ]] || die "SERVER_CONFIG must name a standalone*.xml, got '$SERVER_CONFIG'"

for name in PG_PORT SMTP_PORT PEER1_PORT PEER2_PORT; do
  [[ ${!name} =~ ^[0-9]+$ ]] || die "$name must be a port number, got '${!name}'"
done

names=(PG_JAR PG_USER PG_PASSWORD PG_HOST PG_PORT PG_DB SMTP_HOST SMTP_USER SMTP_PORT MAIL_FROM
  SERVER_CONFIG PEER1_HOST PEER1_PORT PEER2_HOST PEER2_PORT)
bad_chars='["\]'
for name in "${names[@]}"; do
  value=${!name:-}
  if [[ $value =~ $bad_chars || $value == *'${'* || $value == *$'\n'* || $value == *$'\r'* ]]; then
    die "$name contains a double quote, a backslash, a line break or \"\${\", which the CLI script cannot carry"
  fi
done

# Escaping for the replacement part of a sed s|||g command.
sed_repl() { printf '%s' "$1" | sed -e 's/[\\&|]/\\&/g'; }

script=()
for name in "${names[@]}"; do
  script+=(-e "s|@${name}@|$(sed_repl "${!name:-}")|g")
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
