import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../shared/corpus/job-pages');

/** Serves saved job pages from the corpus on loopback, as a job site would. */
export async function serveJobPages(): Promise<{ url(file: string): string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const file = path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    try {
      const html = readFileSync(path.join(CORPUS_DIR, file));
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
