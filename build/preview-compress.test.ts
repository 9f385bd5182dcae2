import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressedFiles } from './preview-compress.ts';

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'compress-'));
  mkdirSync(join(dir, 'events/a'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><p>home</p>'.repeat(50));
  writeFileSync(join(dir, 'events/a/index.html'), '<p>event a</p>'.repeat(50));
  writeFileSync(join(dir, 'og.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return dir;
}

function request(handler: ReturnType<typeof compressedFiles>, url: string, encoding: string, method = 'GET') {
  const headers: Record<string, unknown> = {};
  let body: Buffer | undefined;
  let passed = false;
  const res = { setHeader: (k: string, v: unknown) => (headers[k.toLowerCase()] = v), getHeader: (k: string) => headers[k.toLowerCase()], end: (b?: Buffer) => (body = b) };
  handler({ url, method, headers: { 'accept-encoding': encoding } } as never, res as never, () => (passed = true));
  return { headers, body, passed };
}

describe('compressed preview files', () => {
  const handler = compressedFiles(site(), '/');

  it('sends brotli when asked, gzip otherwise, and the text decompresses to the file', () => {
    const br = request(handler, '/', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body!).toString()).toContain('<p>home</p>');
    expect(br.headers['content-length']).toBe(br.body!.length);
    const gz = request(handler, '/events/a/', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body!).toString()).toContain('event a');
    expect(gz.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('leaves the rest to the static server: no encoding asked, images, unknown paths, other methods', () => {
    expect(request(handler, '/', '').passed).toBe(true);
    expect(request(handler, '/og.png', 'br').passed).toBe(true);
    expect(request(handler, '/events/b/', 'br').passed).toBe(true);
    expect(request(handler, '/%E0%A4%A', 'br').passed).toBe(true);
    expect(request(handler, '/', 'br', 'POST').passed).toBe(true);
  });

  it('answers HEAD with the headers and no body', () => {
    const head = request(handler, '/', 'br', 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body).toBeUndefined();
  });
});
