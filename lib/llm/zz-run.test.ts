import { it } from 'vitest';
import { checkLetter, isSerious } from '/work/wt-guard/lib/llm/checks';
import { loadLetterSet } from '/work/wt-guard/lib/llm/fixtures/letter-set';
it('report', () => {
  for (const l of loadLetterSet()) {
    const f = checkLetter(l.content, l.input).filter(isSerious);
    const got = [...new Set(f.map((x) => x.kind))].sort();
    const want = [...l.expect].sort();
    const ok = want.every((k) => got.includes(k)) && got.every((k) => want.includes(k));
    if (!ok) console.log(`${l.id}: want ${want} got ${got}\n   ${f.map((x) => x.kind + ' <' + (x.quote ?? '') + '>').join('\n   ')}`);
  }
});
