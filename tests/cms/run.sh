#!/usr/bin/env bash
# The CMS round-trip trial (issue 13), not part of npm test. Installs Keystatic and Decap's serializers into a
# scratch folder (never into the repo), copies content/ there, opens and saves every file as each CMS would, and
# compares the copies with the original: bytes, data, compiled MDX, and the content check.
# Usage: bash tests/cms/run.sh [scratch folder, default /tmp/cms-trial]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:-/tmp/cms-trial}
mkdir -p "$dir/keystatic" "$dir/decap"
install() { (cd "$dir/$1" && [ -f package.json ] || npm init -y >/dev/null; cd "$dir/$1" && npm i --ignore-scripts --no-audit --no-fund --legacy-peer-deps "${@:2}" >/dev/null); }
[ -d "$dir/keystatic/node_modules/@keystatic/core" ] || install keystatic @keystatic/core@0.6.9 react@19.2.0 react-dom@19.2.0 js-yaml@4
[ -d "$dir/decap/node_modules/decap-cms-widget-markdown" ] || install decap decap-cms-widget-markdown@3.13.1 decap-cms-core@3.19.1 react@18 react-dom@18 esbuild@0.28.2
cp "$repo"/tests/cms/keystatic.mjs "$dir/keystatic/"
cp "$repo"/tests/cms/decap*.{mjs,js} "$dir/decap/"
(cd "$dir/decap" && node decap-build.mjs)
copy() { rm -rf "$dir/root-$1" && mkdir -p "$dir/root-$1" && cp -r "$repo/content" "$repo/messages" "$repo/public" "$dir/root-$1/"; }
copy orig
run() { # name, folder, script, args
  copy "$1"
  (cd "$dir/$2" && node "$3" "$dir/root-$1/content" "${@:4}" > "$dir/$1.json")
  node -e "const r=require('$dir/$1.json');const e=r.changed.filter(c=>c.error);console.log('$1: '+r.identical+' of '+r.total+' files identical; '+e.length+' could not be opened'+(e.length?' (first: '+e[0].f+': '+e[0].error+')':''))"
  (cd "$repo" && node tests/cms/compare.mjs "$dir/root-orig/content" "$dir/root-$1/content" > "$dir/$1.compare.json")
  node -e "const r=require('$dir/$1.compare.json');console.log('  MDX with the same compiled output: '+r.mdxSameBuild+' of '+r.mdx+'; data unchanged: '+r.dataSame+' of '+r.total);for(const[k,n]of Object.entries(r.kinds))console.log('  '+n+' × '+k)"
  (cd "$repo" && npx tsx lib/cli/content-check.ts --root "$dir/root-$1" | tail -1 | sed 's/^/  content check: /')
}
run keystatic keystatic keystatic.mjs
run decap decap decap.mjs
run decap-nested decap decap.mjs --nested
run decap-bare decap decap.mjs --no-components
