import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * The floor map: every folder imports only from the floors below it, and only the entry points
 * (app/, site/, scripts/, testing/, bench/, seed's scripts, payload.config.ts and the server)
 * reach the Payload config. Lowest first; README "Layout" draws the same.
 */
const FLOORS = [
  ['lib', 'the ground floor: infrastructure only'],
  ['access', 'named access predicates'],
  ['audit', 'the log of who did what: append-only'],
  ['content', 'reads, views, rich text, revalidation, search, feeds, calendar'],
  ['emails', 'views → the e-mail, pure'],
  ['newsletter', "an issue's e-mail, web version, copies and corrections"],
  ['pastIssues', 'past issues from Paloma read into structured drafts'],
  ['editorial', "the editor's week: the next issue from the last, the checklist before sending, approval by a publisher"],
  ['statistics', 'figures without personal data: short links and their clicks, sends, lists'],
  ['subscribers', 'lists and people'],
  ['sending', 'queue, run, cancel a send'],
  ['returns', 'bounces, complaints and unsubscribes that come back by mail'],
  ['fields', 'field factories'],
  ['components', "the site's React components"],
  ['admin', "the admin's client components"],
  ['collections', 'Payload schema, hooks and endpoints as adapters'],
  ['globals', 'the settings'],
  ['jobs', 'job tasks as adapters'],
]

/** What a floor may not import: the floors above it, the entry points, the test rigs and the config. */
function floorRules(index) {
  const [floor, what] = FLOORS[index]
  const above = FLOORS.slice(index + 1).map(([name]) => name)
  const entryPoints = ['app', 'site', 'scripts', 'testing', 'bench', 'seed', 'e2e', 'migrations']
  const upward = {
    group: [...above, ...entryPoints].flatMap((name) => [`@/${name}`, `@/${name}/**`]),
    message: `${floor}/ (${what}) imports only from the floors below it: ${FLOORS.slice(0, index).map(([name]) => name).join(', ') || 'none'}. See README "Layout".`,
  }
  const config = { name: '@payload-config', message: `${floor}/ takes the Payload it is given; only entry points (app/, site/, scripts/, testing/, bench/) import the config.` }
  // A relative import may move within the folder, never out of it (where the map could not see it).
  const outOf = (depth) => ({ group: ['../'.repeat(depth) + '*', '../'.repeat(depth) + '**'], message: 'Import another folder by its @/ path, so the floor map sees it.' })
  const rule = (files, depth) => ({
    files,
    ignores: [`${floor}/**/*.test.ts`, `${floor}/**/*.test.tsx`],
    rules: { 'no-restricted-imports': ['error', { paths: [config], patterns: [upward, outOf(depth)] }] },
  })
  return [rule([`${floor}/*.ts`, `${floor}/*.tsx`], 1), rule([`${floor}/*/*.ts`, `${floor}/*/*.tsx`], 2), rule([`${floor}/*/*/**/*.ts`, `${floor}/*/*/**/*.tsx`], 3)]
}

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
  ...FLOORS.flatMap((_, index) => floorRules(index)),
  {
    // The admin's components run in the browser (or as the admin's server components): of the
    // rooms they take only what is pure, each room's api.ts and model.ts, and types.
    files: ['admin/**/*.ts', 'admin/**/*.tsx'],
    ignores: ['admin/**/*.test.ts', 'admin/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@payload-config', message: 'admin/ takes nothing from the config.' }],
          patterns: [
            {
              regex: '^@/(?!admin/|lib/|payload-types$|content/accessibilityCheck$|[a-z]+/(api|model)$)',
              allowTypeImports: true,
              message: "admin/ takes a room's api.ts or model.ts (and types), lib/ and the accessibility check: nothing that reaches the database.",
            },
            { group: ['../*', '../**'], message: 'Import another folder by its @/ path, so the floor map sees it.' },
          ],
        },
      ],
    },
  },
)
