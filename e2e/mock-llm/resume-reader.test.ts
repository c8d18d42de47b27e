import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESUME_TOOL } from '../../lib/resume/resume-tool';
import { startMockLlm, type MockLlm } from './server';

let mock: MockLlm;
beforeAll(async () => {
  mock = await startMockLlm({ timeScale: 0.01 });
});
afterAll(() => mock.close());

const request = {
  model: 'claude-sonnet-5-5',
  max_tokens: 1024,
  tools: [RESUME_TOOL],
  tool_choice: { type: 'tool' as const, name: RESUME_TOOL.name },
  messages: [{ role: 'user' as const, content: 'Name: Ada Lovelace\nEmail: ada@example.com\nSkills: Maths, Looms\nExperience: Analyst at Engines Ltd (1842 - 1843)' }],
};

describe('mock résumé tool calls', () => {
  it('streams a tool_use block with input_json_delta deltas and stop_reason tool_use', async () => {
    const client = new Anthropic({ apiKey: 'sk-test', baseURL: mock.url });
    const events: string[] = [];
    const stream = client.messages.stream(request);
    stream.on('streamEvent', (e) => events.push(e.type === 'content_block_delta' ? e.delta.type : e.type));
    const message = await stream.finalMessage();
    expect(message.stop_reason).toBe('tool_use');
    expect(events).toContain('input_json_delta');
    const block = message.content[0];
    expect(block?.type === 'tool_use' && block.input).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.com', skills: ['Maths', 'Looms'], experience: [{ role: 'Analyst', employer: 'Engines Ltd', start: '1842', end: '1843' }] });
  });
  it('answers the same as JSON without streaming', async () => {
    const client = new Anthropic({ apiKey: 'sk-test', baseURL: mock.url });
    const message = await client.messages.create(request);
    expect(message).toMatchObject({ stop_reason: 'tool_use', content: [{ type: 'tool_use', name: 'save_resume_profile', input: { name: 'Ada Lovelace' } }] });
  });
});
