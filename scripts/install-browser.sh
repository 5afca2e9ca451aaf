#!/usr/bin/env bash
# Installs Debian's Chromium (and ChromeDriver) for the web sample's browser test
# (tests/Sesis.Rules.WebSample.Tests/BrowserTests.cs), which launches /usr/bin/chromium headless through
# Playwright. Playwright's own browser download is not used. .ci/run calls this before the tests.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium is installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "install-browser.sh: not root and no sudo: install the Debian packages chromium and chromium-driver yourself." >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends chromium chromium-driver
/usr/bin/chromium --version
