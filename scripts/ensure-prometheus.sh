#!/usr/bin/env bash
# Prometheus and promtool for the tests (rule checks, the scraping test), from Debian's package.
set -euo pipefail
if command -v promtool >/dev/null 2>&1 && command -v prometheus >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "prometheus/promtool missing: install Debian's 'prometheus' package (apt-get install prometheus)" >&2
  exit 1
fi
echo "installing Debian's prometheus package (promtool, prometheus) ..." >&2
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null
# The package starts a system daemon where it can; the tests run their own.
(command -v service >/dev/null && service prometheus stop >/dev/null 2>&1) || true
pkill -x prometheus >/dev/null 2>&1 || true
command -v promtool >/dev/null
