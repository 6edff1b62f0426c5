import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

/** Imports that would build DOM from strings or bypass Lit. */
const textOnly = [
  { name: 'lit/directives/unsafe-html.js', message: 'All text is rendered as text.' },
  { name: 'd3-selection', message: 'Lit renders every DOM node.' },
  { name: 'd3', message: 'Import the d3 module you need.' },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'node_modules/**',
      'coverage/**',
      'reports/**',
      'examples/**/dist/**',
      'bench/.tmp/**',
      'test/.out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-console': 'error',
      // Never build HTML from strings: all text from data is rendered as text.
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'innerHTML breaks strict CSP and is an XSS risk.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'insertAdjacentHTML breaks strict CSP.',
        },
      ],
      'no-restricted-imports': ['error', { paths: textOnly }],
    },
  },
  // The layers, one direction of dependency: sdk ← internal ← components. Each element imports
  // the SDK and src/internal/, never another element; internal never imports an element; the SDK
  // imports neither and stays DOM-free.
  {
    files: ['src/components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: textOnly,
          patterns: [
            {
              regex: '^\\.\\./[^.]',
              message: 'An element never imports a sibling element: move what both need to src/internal/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/internal/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: textOnly,
          patterns: [
            { group: ['**/components/**'], message: 'src/internal/ serves the elements and never imports one.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/sdk/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'd3-selection'], message: 'The SDK is DOM-free.' },
            {
              group: ['**/components/**', '**/internal/**'],
              message: 'The SDK imports neither elements nor their plumbing.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'bench/**', 'test/tools/**', '.storybook/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        window: 'readonly',
        document: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
  {
    // chai assertions such as `expect(x).to.exist` are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
