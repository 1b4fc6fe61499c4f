#!/usr/bin/env bash
# Debian's chromium for the browser tests (tests/web). Playwright drives it via
# executable_path, so `playwright install` (which downloads its own build) is
# never needed. Idempotent: does nothing when chromium is already there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup_browser.sh: /usr/bin/chromium is missing; run as root to install it" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-noto-core >/dev/null
