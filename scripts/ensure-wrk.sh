#!/usr/bin/env bash
# wrk, the HTTP load generator used by `python -m flashpoint.bench_api`, from Debian's package.
set -euo pipefail
if command -v wrk >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "wrk missing: install Debian's 'wrk' package (apt-get install wrk)" >&2
  exit 1
fi
echo "installing Debian's wrk package ..." >&2
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
command -v wrk >/dev/null
