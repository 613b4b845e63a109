#!/usr/bin/env bash
# Runs every FlowStudio test: unit, component, integration and browser (e2e).
# Installs what the tests need first: Debian's Chromium for Playwright, and the local dotnet tools.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Chromium for the browser tests..."
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

dotnet tool restore >/dev/null
dotnet build FlowStudio.sln -c Release -warnaserror -nologo -clp:ErrorsOnly

log="$(mktemp)"
status=0
dotnet test --solution FlowStudio.sln -c Release --no-build --results-directory artifacts/test-results "$@" 2>&1 | tee "$log" || status=$?

# One line to read at a glance, summed over every test project.
awk '/^  total:/ {t+=$2} /^  failed:/ {f+=$2} /^  succeeded:/ {s+=$2} /^  skipped:/ {k+=$2}
     END {printf "Tests: %d passed, %d failed, %d skipped (%d total)\n", s, f, k, t}' "$log"
rm -f "$log"
echo "Screenshots from the browser tests: artifacts/screenshots/"
exit $status
