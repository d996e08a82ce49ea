// Builds fetch Responses for local files, streaming them (video can be large) and answering
// Range requests so <video> can seek.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { contentTypeFor } from './mime';

const RANGE = /^bytes=(\d*)-(\d*)$/;

export function textResponse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } });
}

export async function fileResponse(path: string, rangeHeader: string | null, headers: Record<string, string> = {}): Promise<Response> {
  const info = await stat(path);
  const size = info.size;
  const base = {
    'Content-Type': contentTypeFor(path),
    'Accept-Ranges': 'bytes',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    ...headers,
  };
  const range = rangeHeader ? RANGE.exec(rangeHeader.trim()) : null;
  if (range && (range[1] !== '' || range[2] !== '')) {
    let start = range[1] === '' ? size - Number(range[2]) : Number(range[1]);
    let end = range[1] === '' || range[2] === '' ? size - 1 : Number(range[2]);
    start = Math.max(0, start);
    end = Math.min(size - 1, end);
    if (start > end || start >= size) {
      return textResponse(416, 'Range not satisfiable', { 'Content-Range': `bytes */${size}` });
    }
    const body = Readable.toWeb(createReadStream(path, { start, end })) as ReadableStream<Uint8Array>;
    return new Response(body, {
      status: 206,
      headers: { ...base, 'Content-Length': String(end - start + 1), 'Content-Range': `bytes ${start}-${end}/${size}` },
    });
  }
  const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers: { ...base, 'Content-Length': String(size) } });
}
