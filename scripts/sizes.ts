/**
 * Sizes of a built extension, for issue 10's goals: `npx wxt build && npx tsx scripts/sizes.ts`
 * (or pass another output folder, e.g. .output/firefox-mv3). `measureSizes` is what `npm run bench`
 * calls. Bytes on disk, minified as shipped; source maps (only in BUNDLE_MAPS=1 builds) not counted.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Sizes {
  /** What sidepanel.html loads before first paint: its scripts and styles and every chunk they import statically. */
  panelInitialBytes: number;
  /** The JavaScript part of panelInitialBytes. */
  panelInitialJsBytes: number;
  /** Those files, relative to the output folder. */
  panelInitialFiles: string[];
  /** The background script(s) the manifest names. */
  backgroundBytes: number;
  /** Every file of the unpacked extension. */
  unpackedBytes: number;
}

/** Goals of issue 10, in bytes (KB = 1,000 bytes, as WXT and Chrome print them). */
export const SIZE_GOALS = { panelInitialJsBytes: 120_000, backgroundBytes: 150_000, unpackedBytes: 2_500_000 } as const;

async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await allFiles(path)));
    else if (!entry.name.endsWith('.map')) out.push(path);
  }
  return out;
}

/** `src`/`href` of the page's module scripts, stylesheets and modulepreload links, as output-relative paths. */
export function htmlAssets(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    if (!isScript && rel !== 'stylesheet' && rel !== 'modulepreload') continue;
    const url = /\b(?:src|href)=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (url && !/^[a-z]+:/i.test(url)) found.push(url.replace(/^\//, ''));
  }
  return found;
}

/** Modules a script imports statically (`import … from "x"`, `import "x"`, `export … from "x"`); never `import("x")`. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[;}\s])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.push(match[1]!);
  return found;
}

export async function measureSizes(outputDir: string): Promise<Sizes> {
  const size = async (file: string) => (await stat(join(outputDir, file))).size;

  const initial = new Set<string>();
  const queue = htmlAssets(await readFile(join(outputDir, 'sidepanel.html'), 'utf8'));
  while (queue.length) {
    const file = posix.normalize(queue.shift()!);
    if (initial.has(file)) continue;
    initial.add(file);
    if (!/\.m?js$/.test(file)) continue;
    for (const spec of staticImports(await readFile(join(outputDir, file), 'utf8'))) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      queue.push(spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec));
    }
  }
  const panelInitialFiles = [...initial].sort();
  let panelInitialBytes = 0;
  let panelInitialJsBytes = 0;
  for (const file of panelInitialFiles) {
    const bytes = await size(file);
    panelInitialBytes += bytes;
    if (/\.m?js$/.test(file)) panelInitialJsBytes += bytes;
  }

  const manifest = JSON.parse(await readFile(join(outputDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
  };
  const backgroundFiles = [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])].filter((f): f is string => !!f);
  let backgroundBytes = 0;
  for (const file of backgroundFiles) backgroundBytes += await size(file);

  let unpackedBytes = 0;
  for (const file of await allFiles(outputDir)) unpackedBytes += (await stat(file)).size;

  return { panelInitialBytes, panelInitialJsBytes, panelInitialFiles, backgroundBytes, unpackedBytes };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

async function main() {
  const dir = process.argv[2] ?? '.output/chrome-mv3';
  const sizes = await measureSizes(dir);
  const rows: [string, number, number | null][] = [
    ['panel initial JS (sidepanel.html, before first paint)', sizes.panelInitialJsBytes, SIZE_GOALS.panelInitialJsBytes],
    ['panel initial JS + CSS', sizes.panelInitialBytes, null],
    ['background script', sizes.backgroundBytes, SIZE_GOALS.backgroundBytes],
    ['unpacked extension', sizes.unpackedBytes, SIZE_GOALS.unpackedBytes],
  ];
  console.log(`Sizes of ${relative(process.cwd(), dir) || dir}`);
  console.log('| measure | now | goal |\n|---|---|---|');
  for (const [name, value, goal] of rows) {
    console.log(`| ${name} | ${value > 1_000_000 ? `${(value / 1e6).toFixed(2)} MB` : kb(value)} | ${goal === null ? '—' : `${goal >= 1e6 ? `≤ ${goal / 1e6} MB` : `≤ ${goal / 1000} KB`}${value <= goal ? ' ✓' : ' ✗'}`} |`);
  }
  console.log(`\npanel initial files: ${sizes.panelInitialFiles.join(', ')}`);
}

// Not when imported (e.g. from `tsx -e`, where there is no script path).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
