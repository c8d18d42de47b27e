import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLetter } from '../../lib/llm/checks';
import { fixRequestText } from '../../lib/llm/fix-letter';
import { readLetter } from '../../lib/llm/letter-format';
import { buildPrompt } from '../../lib/llm/prompt';
import { sampleJob } from '../../lib/llm/testing';
import { LETTER_FLAWS, scenarioFromMarkers, scenarioFromSpec, type LetterFlaw } from './scenario';
import { startMockLlm, type MockLlm } from './server';

let mock: MockLlm;
beforeAll(async () => {
  mock = await startMockLlm({ timeScale: 0.01, pingIntervalMs: 40 });
});
afterAll(() => mock.close());

const job = sampleJob();
const prompt = buildPrompt(job);

async function reply(messages: { role: 'user' | 'assistant'; content: string }[]): Promise<string> {
  const res = await fetch(`${mock.url}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'sk-test' },
    body: JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 2048, system: prompt.system, messages }),
  });
  const body = (await res.json()) as { content: { text: string }[] };
  return body.content[0]!.text;
}

const KIND_OF: Record<LetterFlaw, string> = {
  placeholder: 'placeholder',
  number: 'unsupported-number',
  company: 'wrong-company',
  employer: 'unsupported-employer',
  credential: 'unsupported-credential',
  experience: 'inflated-experience',
  contact: 'unsupported-contact',
  chatter: 'preamble',
};

describe('flawed letters on demand', () => {
  it('reads flaw=… from markers and specs, and rejects unknown flaws', () => {
    expect(scenarioFromMarkers('[[mock:flaw=placeholder,number]]').flaws).toEqual(['placeholder', 'number']);
    expect(scenarioFromSpec('flaw=company+chatter slow=5')).toMatchObject({ flaws: ['company', 'chatter'], slowMs: 5 });
    expect(() => scenarioFromMarkers('[[mock:flaw=typo]]')).toThrow(/Unknown mock flaw "typo"/);
  });

  it.each(LETTER_FLAWS)('writes a letter with the %s flaw, which the guard finds', async (flaw) => {
    const text = await reply([{ role: 'user', content: `${prompt.messages[0]!.content} [[mock:flaw=${flaw}]]` }]);
    const kinds = checkLetter(readLetter(text, job.job.company), job).map((f) => f.kind);
    expect(kinds).toContain(KIND_OF[flaw]);
  });

  it('answers the corrective request with the same letter without the flaws', async () => {
    const user = `${prompt.messages[0]!.content} [[mock:flaw=placeholder,number]]`;
    const first = await reply([{ role: 'user', content: user }]);
    const findings = checkLetter(readLetter(first, job.job.company), job);
    expect(findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['placeholder', 'unsupported-number']));
    const fixed = await reply([
      { role: 'user', content: user },
      { role: 'assistant', content: first },
      { role: 'user', content: fixRequestText(findings) },
    ]);
    expect(fixed).not.toContain('[number]');
    expect(checkLetter(readLetter(fixed, job.job.company), job)).toEqual([]);
    expect(fixed).toContain('Remington Rand');
  });
});
