#!/usr/bin/env bash
# Fails when a generated file is stale: Payload's import map, the generated types, the compiled
# stylesheet, or a schema change that has no migration yet. Each generator must leave the work tree exactly as committed
# (they read the config; migrate:create compares it with the last migration's snapshot).
set -euo pipefail
cd "$(dirname "$0")/.."

before=$(git status --porcelain -- 'app/(payload)/admin/importMap.js' payload-types.ts lib/styles migrations)
npm run --silent generate:importmap >/dev/null
npm run --silent generate:types >/dev/null
npm run --silent generate:styles >/dev/null
npm run --silent payload -- migrate:create --skip-empty >/dev/null
after=$(git status --porcelain -- 'app/(payload)/admin/importMap.js' payload-types.ts lib/styles migrations)

if [ "$before" != "$after" ]; then
  echo "✖ Generated files are stale. Commit the result of:"
  echo "    npm run generate:importmap && npm run generate:types && npm run migrate:create -- <name>"
  git status --short -- 'app/(payload)/admin/importMap.js' payload-types.ts lib/styles migrations
  exit 1
fi
echo "▸ Import map, types, stylesheet and migrations are up to date."
