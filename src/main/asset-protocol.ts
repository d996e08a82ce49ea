// Two custom protocols replace file:// for the renderer:
//  podium-app://app/...        Podium's own renderer files (out/renderer), nothing else;
//  podium-asset://<token>/...  files inside one deck's folder, where <token> names a folder main
//                              has handed out (a deck the user opened); resolveAsset confines every
//                              request to that folder (no .., no absolute paths, no symlink escapes).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { protocol, type Session } from 'electron';
import { resolveAsset } from '../services/assets/resolve-asset';
import { APP_SCHEME, ASSET_SCHEME, contentSecurityPolicy } from './csp';
import { fileResponse, textResponse } from './file-response';

/** Must run before app 'ready'. */
export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    { scheme: ASSET_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/** Deck folders the renderer may read, by opaque token. */
export interface AssetRoots {
  /** The base URL (ends with '/') for a deck folder; registers the folder. */
  baseFor(folder: string): string;
  folderFor(token: string): string | undefined;
  /** Forget every folder (another workspace was opened). */
  clear(): void;
}

export function createAssetRoots(): AssetRoots {
  const folders = new Map<string, string>();
  return {
    baseFor(folder) {
      const absolute = resolve(folder);
      const token = `d${createHash('sha256').update(absolute).digest('hex').slice(0, 20)}`;
      folders.set(token, absolute);
      return `${ASSET_SCHEME}://${token}/`;
    },
    folderFor: (token) => folders.get(token),
    clear: () => folders.clear(),
  };
}

type Resolve = typeof resolveAsset;

/** Generated pages (handouts being printed) served at the root of a deck folder's origin. */
export const memoryPages = new Map<string, string>();
const MEMORY_PAGE = /^\/(__handout-\d+\.html)$/;
/** Static pages with the deck's images: no script at all. */
export const PRINT_PAGE_CSP = `default-src 'none'; img-src ${ASSET_SCHEME}: data:; media-src ${ASSET_SCHEME}:; style-src 'unsafe-inline'; font-src data:; base-uri ${ASSET_SCHEME}:`;

/** Serves podium-asset://<token>/<path> from the token's folder only. */
export async function handleAssetRequest(request: Request, roots: AssetRoots, resolver: Resolve = resolveAsset): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
  const url = new URL(request.url);
  const folder = url.protocol === `${ASSET_SCHEME}:` ? roots.folderFor(url.hostname) : undefined;
  if (!folder) return textResponse(404, 'Unknown deck folder');
  const page = MEMORY_PAGE.exec(url.pathname)?.[1];
  if (page && memoryPages.has(page)) {
    return new Response(memoryPages.get(page), { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_PAGE_CSP } });
  }
  // pathname keeps %-escapes, so resolveAsset sees (and refuses) encoded escapes like %2e%2e%2f.
  const resolved = await resolver(folder, url.pathname.replace(/^\/+/, ''));
  if (!resolved.ok) return textResponse(resolved.reason === 'missing' ? 404 : 403, resolved.message);
  // A deck file opened as a document (an .html or .svg in the folder) gets no script and no origin.
  return fileResponse(resolved.absolute, request.headers.get('range'), { 'Content-Security-Policy': `${PRINT_PAGE_CSP}; sandbox` });
}

/** Serves podium-app://app/<path> from the built renderer folder only, with the CSP header. */
export async function handleAppRequest(request: Request, rendererDir: string, resolver: Resolve = resolveAsset): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== 'app') return textResponse(404, 'Not found');
  const path = url.pathname === '/' ? 'index.html' : url.pathname.replace(/^\/+/, '');
  const resolved = await resolver(rendererDir, path);
  if (!resolved.ok) return textResponse(404, 'Not found');
  const headers: Record<string, string> = resolved.relative.endsWith('.html') ? { 'Content-Security-Policy': contentSecurityPolicy() } : {};
  return fileResponse(resolved.absolute, request.headers.get('range'), headers);
}

export function setupProtocols(target: Session, roots: AssetRoots, rendererDir: string): void {
  target.protocol.handle(ASSET_SCHEME, (request) => handleAssetRequest(request, roots));
  target.protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, rendererDir));
}
