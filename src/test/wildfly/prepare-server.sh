#!/usr/bin/env bash
# Configures the unpacked WildFly for the integration tests with the deployment kit's own scripts
# (server-config/wildfly), so what IT runs is what the tests run.
#   prepare-server.sh JBOSS_HOME h2|postgres
# Reads PG_* and SMTP_* from the environment (see server-config/wildfly/render.sh).
set -euo pipefail
jboss_home=$1
db=$2
kit="$(cd "$(dirname "$0")/../../.." && pwd)/server-config/wildfly"
work="$jboss_home/../wildfly-cli"
mkdir -p "$work"

# every run starts from the distribution's configuration, then applies the scripts
cfg="$jboss_home/standalone/configuration"
[ -f "$cfg/standalone.xml.dist" ] || cp "$cfg/standalone.xml" "$cfg/standalone.xml.dist"
cp "$cfg/standalone.xml.dist" "$cfg/standalone.xml"
rm -rf "$jboss_home/standalone/data" "$jboss_home/standalone/tmp" "$jboss_home/standalone/deployments/"*.war*

if [ "$db" = postgres ]; then
  if [ ! -d "$jboss_home/modules/org/postgresql" ]; then
    "$kit/render.sh" "$kit/add-driver-module.cli.template" "$work/add-driver-module.cli"
    "$jboss_home/bin/jboss-cli.sh" --file="$work/add-driver-module.cli"
  fi
  "$kit/render.sh" "$kit/configure.cli.template" "$work/configure.cli"
  "$jboss_home/bin/jboss-cli.sh" --file="$work/configure.cli"
else
  "$kit/render.sh" "$kit/configure-h2-mail.cli.template" "$work/configure.cli"
  "$jboss_home/bin/jboss-cli.sh" --file="$work/configure.cli"
fi
echo "WildFly at $jboss_home configured for $db"
