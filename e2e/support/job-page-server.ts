import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../shared/corpus/job-pages');
/** Pages written for the extractor's tests, e.g. a posting that never names the employer. */
export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../../lib/extract/fixtures');

/** Serves saved job pages (the corpus, then the extractor's fixtures) on loopback, as a job site would. */
export async function serveJobPages(): Promise<{ url(file: string): string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const file = path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    try {
      const dir = existsSync(path.join(CORPUS_DIR, file)) ? CORPUS_DIR : FIXTURES_DIR;
      const html = readFileSync(path.join(dir, file));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (file) => `http://127.0.0.1:${port}/jobs/${file}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
