import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-*/**',
      '.data/**',
      'payload-types.ts',
      'migrations/*.ts',
      'app/(payload)/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "LogicalExpression[operator='||'] > MemberExpression[object.object.name='process'][property.name='PAYLOAD_SECRET']",
          message: 'No fallback secrets: read PAYLOAD_SECRET through lib/env.ts.',
        },
      ],
    },
  },
  {
    // The two small scripts a page may load (public/skript/): classic browser scripts.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly', navigator: 'readonly' } },
  },
  {
    // lib/ is the ground floor: runtime helpers that everything else builds on. It imports nothing
    // from a floor above it (and the seed and the test rigs are homes of their own).
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/*', '!@/lib', '!@/lib/**', '!@/payload-types', '../*', '../**'],
              message: 'lib/ imports only lib/ (as @/lib/…) and the generated payload-types: it is the ground floor.',
            },
          ],
        },
      ],
    },
  },
)
