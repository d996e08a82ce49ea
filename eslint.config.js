import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.tmp-*/**', 'out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'bench-results/**', 'src/themes/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**', 'src/export-runtime/**', 'tests/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // The engine stays pure: no Node, Electron, React or DOM-only modules.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'child_process', 'os', 'electron', 'react', 'react-dom'], message: 'src/core is pure: pass data in, do I/O in src/services.' },
          { group: ['../services/*', '../main/*', '../cli/*', '../renderer/*', '../preload/*'], message: 'src/core depends on nothing of ours.' },
        ],
      }],
    },
  },
);
