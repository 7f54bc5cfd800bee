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
)
