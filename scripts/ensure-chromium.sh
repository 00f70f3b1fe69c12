#!/usr/bin/env bash
# End-to-end tests drive Debian's Chromium (Playwright cannot download its own browser here).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "[cardport] Installing Debian's chromium for the end-to-end tests…"
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium is missing and this user cannot apt-get install it: run 'sudo apt-get install -y chromium'" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
