// The renderer's only door to the outside: the preload's API (window.podium, typed in env.d.ts
// from the shared IPC contract).
export const podium = window.podium;
