// window.podium is the preload's API. Its type comes from the shared contract (the renderer's
// tsconfig cannot see Node or Electron types); the preload's `typeof api` is the same type.
import type { PodiumApiShape } from '../shared/podium-api';

export type PodiumApi = PodiumApiShape;

declare global {
  interface Window {
    podium: PodiumApi;
  }
}
