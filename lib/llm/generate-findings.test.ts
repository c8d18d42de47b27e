/**
 * The letter check reaches the caller: what generateLetter resolves with carries the guard's
 * findings for the letter it returns, so the job, the letter view and the user see them.
 */
import { describe, expect, it } from 'vitest';
import { useMockLlm } from '../../e2e/mock-llm/use-mock-llm';
import { generateLetter } from './generate';
import { sampleJob } from './testing';

const mockLlm = useMockLlm({ timeScale: 0.01 });

function generate(marker: string, fixProblemsAutomatically: boolean) {
  return generateLetter({
    job: sampleJob({ description: `Build the compiler toolchain for our reporting language. You will own the parser. ${marker}` }),
    settings: { apiKey: 'sk-test', baseUrl: mockLlm().url, model: 'claude-sonnet-5-5', maxTokens: 2048, fixProblemsAutomatically },
    signal: new AbortController().signal,
    onProgress: () => {},
  });
}

describe('generateLetter returns the findings of the letter it returns', () => {
  it('with the automatic fix off, a placeholder in the letter is named in the result’s findings, quoted as written', async () => {
    const result = await generate('[[mock:flaw=placeholder]]', false);
    expect(mockLlm().requests().filter((r) => r.path === '/v1/messages')).toHaveLength(1);
    expect(result.content.opening).toContain('[number] years');
    const placeholders = result.findings.filter((f) => f.kind === 'placeholder');
    expect(placeholders).toEqual([expect.objectContaining({ quote: '[number]' })]);
    expect(placeholders[0]!.message).toContain('"[number]"');
  });

  it('a clean letter comes back without serious findings (the findings are the letter’s, not a constant)', async () => {
    const result = await generate('', false);
    expect(result.findings.filter((f) => f.kind === 'placeholder')).toEqual([]);
  });
});
