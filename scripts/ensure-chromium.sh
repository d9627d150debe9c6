#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium rather than a browser downloaded by Playwright,
# so that they run on machines without access to Playwright's download servers.
set -euo pipefail

if [ -e /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update
  apt-get install -y chromium
  exit 0
fi

echo 'sudo apt-get install -y chromium'
exit 1
