#!/usr/bin/env bash
# The browser test drives Debian's Chromium through playwright-core (never a
# downloaded browser build). Install it when missing; as root that is one apt
# call, otherwise say what to run.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser test…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser test needs Chromium at /usr/bin/chromium: run 'sudo apt-get install -y chromium' (Debian/Ubuntu)." >&2
exit 1
