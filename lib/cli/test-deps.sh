#!/usr/bin/env bash
# First step of `npm test`: installs what the tests need and npm does not, only where it is missing,
# so that `npm ci && npm test` is all a fresh machine needs. On a machine that has them it installs
# nothing. Debian's Chromium (the browser of the end-to-end tests) and nginx-light (the host the
# hosting tests run against) come from apt-get; Mozilla's Observatory scanner from npm, apart from
# the site and with its install scripts off (they download lists from the internet).
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then missing+=(nginx-light); fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "npm test needs ${missing[*]}: install with apt-get install -y ${missing[*]} (as root), then run npm test again." >&2
    exit 1
  fi
  echo "test-deps: installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

scanner=tests/observatory/node_modules/@mdn/mdn-http-observatory
if [ ! -f "$scanner/package.json" ]; then
  echo "test-deps: installing Mozilla's HTTP Observatory scanner (tests/observatory, pinned by its lockfile)"
  npm ci --ignore-scripts --no-audit --no-fund --prefix tests/observatory >/dev/null
fi
# Its install script would download the HSTS preload list; the site is not on it, so an empty list.
[ -s "$scanner/conf/hsts-preload.json" ] || echo '{}' > "$scanner/conf/hsts-preload.json"
