import { describe, expect, it } from 'vitest';
import { checkLetter, isSerious } from './checks';
import { loadLetterSet } from './fixtures/letter-set';

/**
 * The guard against its own letter set: how many flawed letters of each kind it catches, and how many
 * clean letters it wrongly flags. Prints the table so changes to the guard show their effect.
 */
describe('the guard on the letter set', () => {
  const letters = loadLetterSet();
  const results = letters.map((letter) => {
    const kinds = new Set(checkLetter(letter.content, letter.input).filter(isSerious).map((f) => f.kind));
    return { letter, kinds };
  });

  it('catches each kind of flaw and leaves clean letters alone', () => {
    const perKind = new Map<string, { caught: number; total: number }>();
    for (const { letter, kinds } of results) {
      for (const kind of letter.expect) {
        const row = perKind.get(kind) ?? { caught: 0, total: 0 };
        row.total++;
        if (kinds.has(kind)) row.caught++;
        perKind.set(kind, row);
      }
    }
    const clean = results.filter((r) => r.letter.expect.length === 0);
    const falseFlags = clean.filter((r) => r.kinds.size > 0);
    // Extra kinds on flawed letters are false flags too: the fix request would "fix" what was right.
    const extra = results.filter((r) => r.letter.expect.length > 0 && [...r.kinds].some((k) => !r.letter.expect.includes(k)));
    console.log(
      [
        `Letter set: ${results.length} letters (${clean.length} clean)`,
        ...[...perKind].map(([kind, { caught, total }]) => `  ${kind.padEnd(24)} ${caught}/${total}`),
        `  clean letters flagged     ${falseFlags.length}/${clean.length}${falseFlags.length ? ` (${falseFlags.map((r) => r.letter.id).join(', ')})` : ''}`,
        `  flawed letters with extra kinds ${extra.length}/${results.length - clean.length}${extra.length ? ` (${extra.map((r) => r.letter.id).join(', ')})` : ''}`,
      ].join('\n'),
    );
    expect(results.length).toBeGreaterThanOrEqual(80);
    expect(clean.length).toBeGreaterThanOrEqual(15);
    for (const [, { caught, total }] of perKind) expect(caught / total).toBeGreaterThanOrEqual(0.8);
    // At most 1 in 20 clean letters may get a serious finding.
    expect(falseFlags.length / clean.length).toBeLessThanOrEqual(0.05);
  });
});
