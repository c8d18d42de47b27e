/**
 * Goal 7: the store build's sizes (.output/chrome-mv3, what users install), against issue 10's goals.
 * Measured by scripts/sizes.ts (`measureSizes(outputDir)`).
 */
import { EXTENSION_DIR } from '../e2e/support/extension';
import { asBenchRows, reportGoal, type GoalRow } from './goals';
import { measureSizes, type Sizes } from '../scripts/sizes';
import type { BenchRow } from './table';

// Decimal, as scripts/sizes.ts, WXT and Chrome count (the stricter reading of the goals).
const KB = 1000;
const MB = 1000 * 1000;

async function measure(outputDir: string): Promise<{ sizes: Sizes; by: string }> {
  return { sizes: await measureSizes(outputDir), by: 'scripts/sizes.ts' };
}

export async function runSizesBench(): Promise<BenchRow[]> {
  const { sizes, by } = await measure(EXTENSION_DIR);
  for (const key of ['panelInitialJsBytes', 'backgroundBytes', 'unpackedBytes'] as const) {
    const value = sizes[key];
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${by} measured ${key} = ${value}`);
  }
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  const goals: GoalRow[] = [
    { order: 70, measure: "panel's initial JavaScript", now: kb(sizes.panelInitialJsBytes), goal: '≤ 120 KB', met: sizes.panelInitialJsBytes <= 120 * KB, note: `sidepanel.html's scripts and their static imports, minified (${by})` },
    { order: 71, measure: 'background.js', now: kb(sizes.backgroundBytes), goal: '≤ 150 KB', met: sizes.backgroundBytes <= 150 * KB },
    { order: 72, measure: 'unpacked extension', now: `${(sizes.unpackedBytes / MB).toFixed(2)} MB`, goal: '≤ 2.5 MB', met: sizes.unpackedBytes <= 2.5 * MB, note: 'every file of .output/chrome-mv3' },
  ];
  goals.forEach(reportGoal);
  return asBenchRows(goals);
}
