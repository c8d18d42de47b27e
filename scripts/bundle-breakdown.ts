/**
 * Which sources fill each built script: `BUNDLE_MAPS=1 npx wxt build && npx tsx scripts/bundle-breakdown.ts`.
 * Attributes every byte of a minified file to the source its source map names (by package for
 * node_modules), so a size goal can be traced to the code that spends it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decode } from '@jridgewell/sourcemap-codec';

function owner(source: string): string {
  const at = source.lastIndexOf('node_modules/');
  if (at >= 0) {
    const parts = source.slice(at + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  return source.replace(/^(\.\.\/)+/, '');
}

async function* scripts(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* scripts(path);
    else if (/\.m?js$/.test(entry.name)) yield path;
  }
}

export async function breakdown(file: string): Promise<Map<string, number>> {
  const code = await readFile(file, 'utf8');
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const decoded = decode(map.mappings);
  const bytes = new Map<string, number>();
  const add = (key: string, n: number) => bytes.set(key, (bytes.get(key) ?? 0) + n);
  decoded.forEach((segments, line) => {
    const text = lines[line] ?? '';
    let last = 0;
    let lastOwner = '(unmapped)';
    for (const segment of segments) {
      add(lastOwner, Buffer.byteLength(text.slice(last, segment[0])));
      last = segment[0];
      lastOwner = segment.length > 1 ? owner(map.sources[segment[1]!]) : '(unmapped)';
    }
    add(lastOwner, Buffer.byteLength(text.slice(last)) + 1);
  });
  return bytes;
}

async function main() {
  const dir = process.argv[2] ?? '.output/chrome-mv3';
  const top = Number(process.argv[3] ?? 15);
  for await (const file of scripts(dir)) {
    let map: Map<string, number>;
    try {
      map = await breakdown(file);
    } catch {
      continue;
    }
    const total = [...map.values()].reduce((a, b) => a + b, 0);
    if (total < 20_000) continue;
    console.log(`\n${relative(dir, file)}  ${(total / 1024).toFixed(1)} KB`);
    for (const [key, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`  ${(n / 1024).toFixed(1).padStart(8)} KB  ${key}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) void main();
