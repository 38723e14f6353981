import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * Dependencies point inward (see README, "Project structure"): the shared vocabulary at the bottom,
 * then pure domain folders, then the state, then components. Each block forbids imports that
 * would point the other way; test/unit/boundaries.test.ts shows that a crossing import fails.
 */
const upward = (folders, why) => ({
  group: folders.flatMap((f) => [`../${f}`, `../${f}/*`, `../../${f}`, `../../${f}/*`]),
  message: why,
});
const STATE = upward(['state'], 'Only components (and main.ts) may use the state.');
const UI = upward(['components'], 'Components are the top layer; nothing below imports them.');

const boundaries = [
  {
    files: ['src/lib/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '!../i18n', '../i18n/*', '!../i18n/locales'],
              message: 'shared/ is the bottom layer: it imports nothing of the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/geo/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'svelte', message: 'geo/ is pure: no UI.' },
            { name: 'maplibre-gl', message: 'geo/ is pure: no map.' },
          ],
          patterns: [
            upward(
              ['state', 'components', 'map', 'filters', 'i18n', 'data', 'import', 'export'],
              'geo/ is pure geometry: it imports only shared/ and geometry libraries.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            upward(['map'], 'The state does not know the map; map/ draws what the state holds.'),
            UI,
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**'],
    ignores: ['src/lib/state/**', 'src/lib/components/**', 'src/lib/geo/**', 'src/lib/shared/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [STATE, UI] }] },
  },
];

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'geodata/', 'bench/results/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    rules: {
      'svelte/no-at-html-tags': 'error',
      // TypeScript checks names; this rule does not know type-only globals such as GeoJSON.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...boundaries,
);
