#!/bin/sh
# Installs Debian's chromium for the dashboard browser test when /usr/bin/chromium is missing.
# Non-interactive: works as root, or through sudo without a password (CI=true, no stdin).
set -eu
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo -n"
else
    echo "chromium is missing, and installing it needs root or sudo" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core </dev/null
test -x /usr/bin/chromium
