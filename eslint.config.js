// Lint runs inside `npm test`; type-aware rules catch floating promises, which in a server lose writes.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const QUERY_BUILDER = ['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'transaction', 'selectNoFrom'].map((name) => ({
  selector: `CallExpression[callee.property.name='${name}']`,
  message: 'No query builder outside app and storage: call a use case or a read model of app/<module>/index.ts.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', '.scratch/**', '.okienko-test/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs', 'bin/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Fastify handlers and hooks are async by contract even when they do not await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }] },
      ],
      'no-restricted-imports': 'off',
    },
  },
  // The arrows of the code's shape (ARCHITECTURE.md): each layer imports only what it may.
  {
    files: ['src/domain/**/*.ts'],
    // Tests beside the domain code run on node:test; the code they test stays pure.
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      // The core is pure: no I/O, no clock, no framework.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'pg', 'kysely', 'fastify'], message: 'The domain is pure: no I/O, no database, no framework.' },
            {
              group: ['**/storage/**', '**/http/**', '**/ui/**', '**/app/**', '**/devices/**', '**/mail/**', '**/cli/**'],
              message: 'The domain imports nothing of ours outside itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fastify', '**/app/**', '**/http/**', '**/ui/**', '**/devices/**', '**/mail/**', '**/cli/**'],
              message: 'storage imports only the domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fastify', '**/http/**', '**/ui/**', '**/cli/**'],
              message: 'app never imports the adapters that call it (http, ui, cli).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/http/**/*.ts', 'src/http/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error', ...QUERY_BUILDER],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['kysely', 'pg', '**/storage/**'],
              message: 'http calls use cases and read models (app/<module>/index.ts); it never touches storage.',
            },
            {
              group: ['**/app/*/*', '!**/app/*/index.ts', '**/app/*/*/**'],
              message: 'Import a module through its public face, app/<module>/index.ts.',
            },
            { group: ['**/cli/**'], message: 'http never imports cli.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error', ...QUERY_BUILDER],
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['kysely', 'pg', 'fastify', '**/storage/**', '**/http/**', '**/cli/**', '**/devices/**', '**/mail/**'],
              message: 'ui renders view models; it never touches storage, http or the other adapters.',
            },
            {
              group: ['**/app/*/*', '!**/app/*/index.ts', '**/app/*/*/**'],
              message: "Pages take read models from a module's public face, app/<module>/index.ts.",
            },
            { group: ['**/app/**'], allowTypeImports: true, message: 'ui takes only the types of read models from app, never its code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
