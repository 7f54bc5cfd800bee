#!/usr/bin/env bash
# What `npm test` needs beyond npm packages, in one place that `.ci/run` uses too: Debian's
# Chromium (the browser the end-to-end tests drive), nginx (the shipped config is tested),
# PostgreSQL's client programs (the backup round trip), a Java runtime (the W3C's Nu HTML
# checker, npm's vnu-jar, validates every page), redis-server (the shared cache of several
# instances), Dovecot's IMAP server (the returns mailbox), dnsmasq (DNS for the sender checks;
# the package without its service), openssl (a certificate for the SES webhook test) and
# SpamAssassin's spamd and spamc (the spam score of the checklist before sending).
# Installs what is missing when it can (root with apt-get), otherwise says exactly what to install
# and stops before the first test.
set -euo pipefail

declare -A NEEDS=(
  [/usr/bin/chromium]=chromium
  [/usr/sbin/nginx]=nginx
  [/usr/bin/pg_dump]=postgresql-client
  [/usr/bin/java]=default-jre-headless
  [/usr/bin/redis-server]=redis-server
  [/usr/sbin/dovecot]=dovecot-imapd
  [/usr/sbin/dnsmasq]=dnsmasq-base
  [/usr/bin/openssl]=openssl
  [/usr/sbin/spamd]=spamd
  [/usr/bin/spamc]=spamc
)

missing=()
for program in "${!NEEDS[@]}"; do
  [ -x "$program" ] || missing+=("${NEEDS[$program]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "▸ Installing Debian's ${missing[*]} for the tests"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "✖ The tests need Debian's ${missing[*]}. Install them first:" >&2
echo "    sudo apt-get install --no-install-recommends ${missing[*]}" >&2
exit 1
