#!/usr/bin/env bash
# The W3C Nu checker test (packages/html, vnu-jar from npm) runs vnu.jar on
# Debian's Java runtime, never a downloaded one (vnu-jar's own install
# script, which would fetch a JRE, is not allowed to run). Install it when
# missing; as root that is one apt call, otherwise say what to run.
set -euo pipefail
if command -v java >/dev/null; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's default-jre-headless for the Nu checker test…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  exit 0
fi
echo "The Nu checker test needs Java: run 'sudo apt-get install -y default-jre-headless' (Debian/Ubuntu)." >&2
exit 1
