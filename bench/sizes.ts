/**
 * Sizes of a built extension, as issue 10 counts them:
 * - panelInitialBytes: the JavaScript `sidepanel.html` loads before first paint: its module
 *   scripts and modulepreloads, and every chunk those import statically (dynamic `import()`
 *   is what loads later, so it is not followed);
 * - backgroundBytes: background.js;
 * - unpackedBytes: every file of the unpacked extension.
 *
 * Stand-in until scripts/sizes.ts (the sizes work) lands with the same `measureSizes(outputDir)`;
 * bench/sizes.bench.ts prefers that one when it exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ExtensionSizes {
  panelInitialBytes: number;
  backgroundBytes: number;
  unpackedBytes: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Resolves a reference in `fromFile` ("/chunks/a.js", "./a.js") to a file in the output. */
function resolveRef(outputDir: string, fromFile: string, ref: string): string | null {
  if (/^[a-z]+:/i.test(ref)) return null; // another origin or a data: URL
  const clean = ref.split(/[?#]/)[0]!;
  const full = clean.startsWith('/') ? path.join(outputDir, clean) : path.resolve(path.dirname(fromFile), clean);
  return existsSync(full) ? full : null;
}

/** Static imports and re-exports of minified ES modules; `import(...)` (dynamic) is not matched. */
const STATIC_IMPORT = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']([^"']+)["']/g;

export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

/** The scripts an HTML page loads before first paint: module/classic scripts and modulepreloads. */
export function htmlScripts(html: string): string[] {
  const refs: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr('src')) refs.push(attr('src')!);
    if (/^<link/i.test(tag) && /modulepreload/i.test(attr('rel') ?? '') && attr('href')) refs.push(attr('href')!);
  }
  return refs;
}

export function initialScripts(outputDir: string, htmlFile: string): string[] {
  const html = path.join(outputDir, htmlFile);
  const seen = new Set<string>();
  const queue = htmlScripts(readFileSync(html, 'utf8')).map((ref) => resolveRef(outputDir, html, ref));
  if (queue.length === 0) throw new Error(`${htmlFile} loads no script: nothing to measure`);
  while (queue.length > 0) {
    const file = queue.pop();
    if (!file) throw new Error(`${htmlFile} refers to a script that is not in ${outputDir}`);
    if (seen.has(file)) continue;
    seen.add(file);
    for (const ref of staticImports(readFileSync(file, 'utf8'))) {
      const target = resolveRef(outputDir, file, ref);
      if (!target) throw new Error(`${path.relative(outputDir, file)} imports ${ref}, which is not in the build`);
      queue.push(target);
    }
  }
  return [...seen];
}

export function measureSizes(outputDir: string): ExtensionSizes {
  if (!existsSync(path.join(outputDir, 'manifest.json'))) throw new Error(`No build at ${outputDir}: run "npm run build" first.`);
  const size = (file: string) => statSync(file).size;
  return {
    panelInitialBytes: initialScripts(outputDir, 'sidepanel.html').reduce((sum, f) => sum + size(f), 0),
    backgroundBytes: size(path.join(outputDir, 'background.js')),
    unpackedBytes: filesUnder(outputDir).reduce((sum, f) => sum + size(f), 0),
  };
}
