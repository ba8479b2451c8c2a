#!/usr/bin/env bash
# The browser the report tests open steward report's page in (Category=Browser, tests/Steward.Tests/Report):
# Debian's chromium, headless. CI runs this as root on a fresh Debian machine; where /usr/bin/chromium is there
# already it does nothing, so a developer's machine is never changed by it.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "tests/browser/install.sh: chromium is missing and installing it needs root (apt-get install chromium)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium
