/**
 * Goal 7: the store build's sizes (.output/chrome-mv3, what users install), against issue 10's goals.
 * Uses scripts/sizes.ts (`measureSizes(outputDir)`) when the project has it, else bench/sizes.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXTENSION_DIR } from '../e2e/support/extension';
import { asBenchRows, reportGoal, type GoalRow } from './goals';
import { measureSizes as fallbackMeasure, type ExtensionSizes } from './sizes';
import type { BenchRow } from './table';

const KB = 1024;
const MB = 1024 * 1024;

async function measure(outputDir: string): Promise<{ sizes: ExtensionSizes; by: string }> {
  const shared = path.resolve(import.meta.dirname, '../scripts/sizes.ts');
  if (existsSync(shared)) {
    const mod = (await import(pathToFileURL(shared).href)) as { measureSizes(dir: string): ExtensionSizes | Promise<ExtensionSizes> };
    return { sizes: await mod.measureSizes(outputDir), by: 'scripts/sizes.ts' };
  }
  return { sizes: fallbackMeasure(outputDir), by: 'bench/sizes.ts' };
}

export async function runSizesBench(): Promise<BenchRow[]> {
  const { sizes, by } = await measure(EXTENSION_DIR);
  for (const [key, value] of Object.entries(sizes)) {
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${by} measured ${key} = ${value}`);
  }
  const kb = (bytes: number) => `${(bytes / KB).toFixed(0)} KB`;
  const goals: GoalRow[] = [
    { order: 70, measure: "panel's initial JavaScript", now: kb(sizes.panelInitialBytes), goal: '≤ 120 KB', met: sizes.panelInitialBytes <= 120 * KB, note: `sidepanel.html's scripts and their static imports, minified (${by})` },
    { order: 71, measure: 'background.js', now: kb(sizes.backgroundBytes), goal: '≤ 150 KB', met: sizes.backgroundBytes <= 150 * KB },
    { order: 72, measure: 'unpacked extension', now: `${(sizes.unpackedBytes / MB).toFixed(2)} MB`, goal: '≤ 2.5 MB', met: sizes.unpackedBytes <= 2.5 * MB, note: 'every file of .output/chrome-mv3' },
  ];
  goals.forEach(reportGoal);
  return asBenchRows(goals);
}
