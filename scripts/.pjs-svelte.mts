import { readFile } from 'node:fs/promises';
import { decode } from '@jridgewell/sourcemap-codec';
const file = process.argv[2]!; const filter = process.argv[3] ?? 'node_modules/svelte';
const code = await readFile(file, 'utf8'); const map = JSON.parse(await readFile(file + '.map', 'utf8'));
const lines = code.split('\n'); const bytes = new Map<string, number>();
decode(map.mappings).forEach((segs, line) => { const text = lines[line] ?? ''; let last = 0; let o = '';
  for (const s of segs) { bytes.set(o, (bytes.get(o) ?? 0) + text.slice(last, s[0]).length); last = s[0]; o = s.length > 1 ? map.sources[s[1]!] : ''; }
  bytes.set(o, (bytes.get(o) ?? 0) + text.slice(last).length); });
const rows = [...bytes].filter(([k]) => k.includes(filter)).sort((a, b) => b[1] - a[1]);
for (const [k, v] of rows) console.log((v / 1000).toFixed(2).padStart(7), k.replace(/.*node_modules\//, ''));
