// Preloaded into the electronegativity child process: its translation and release look-ups go
// through `got`; answer them with an immediate failure so the scan runs offline and fast.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a -r preload script must be CommonJS
const Module = require('node:module');
const load = Module._load;
Module._load = function offlineLoad(request, parent, isMain) {
  if (request === 'got') return () => Promise.reject(new Error('offline: network disabled for this scan'));
  return load.call(this, request, parent, isMain);
};
