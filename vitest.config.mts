import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
      { find: /^@\//, replacement: `${root}/` },
      // graphql as Node loads it (its CommonJS main, which Payload's GraphQL gets too), not the ES
      // module Vite would pick: two copies of graphql do not know each other's errors and types.
      { find: /^graphql$/, replacement: path.join(root, 'node_modules/graphql/index.js') },
    ],
  },
  test: {
    environment: 'node',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', '.next-*/**', '.data/**'],
    // One throwaway PostgreSQL database for the run (testing/globalSetup.ts); test files run
    // one after another so they never race on it.
    globalSetup: ['./testing/globalSetup.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
})
