// Installers for Podium: Linux (AppImage, deb), Windows (NSIS), macOS (dmg). `npm run dist` builds
// for the current platform. Validated by tests/packaging/electron-builder.test.ts against
// electron-builder's own schema (the Electron binary cannot be downloaded on the build machines).

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'org.podium.workshops',
  productName: 'Podium',
  copyright: 'Copyright © Podium contributors',
  directories: { output: 'release/${version}', buildResources: 'resources' },
  icon: 'resources/icon.png',
  files: [
    'package.json',
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'out/themes/**',
    'out/export-runtime/**',
    '!**/*.map',
  ],
  // The services read and stream these with plain fs calls: keep them as real files.
  asarUnpack: ['out/themes/**', 'out/export-runtime/**', 'node_modules/reveal.js/**', 'node_modules/@fontsource/**'],
  // The workshop series ships read-only beside the app; first run copies it to Documents.
  extraResources: [{ from: 'slides', to: 'slides', filter: ['**/*'] }],
  fileAssociations: [
    {
      ext: 'md',
      name: 'Markdown slide deck',
      description: 'Podium slide deck (Markdown)',
      mimeType: 'text/markdown',
      role: 'Editor',
      rank: 'Alternate',
    },
  ],
  npmRebuild: false, // no native modules
  publish: null,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'resources/icons',
    category: 'Office',
    synopsis: 'Workshop presentations from Markdown: present, print handouts, export offline',
    mimeTypes: ['text/markdown'],
    maintainer: 'Podium contributors',
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'resources/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
  },
  mac: {
    target: ['dmg'],
    icon: 'resources/icon.png',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  dmg: { title: 'Podium ${version}' },
};

module.exports = config;
