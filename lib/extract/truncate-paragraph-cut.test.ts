// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { truncateAtBoundary } from './truncate';

describe('cutting a long description at a paragraph break', () => {
  it('drops the spaces an editor left at the end of the last kept paragraph', () => {
    const kept = 'We bake sourdough, rye and spelt bread for our three shops in Leeds every morning';
    const text = `${kept}   \n\nYou will also train two apprentices and help with the weekend market stall.`;
    expect(kept.length).toBeGreaterThanOrEqual(60);
    expect(truncateAtBoundary(text, 100)).toEqual({ text: kept, truncated: true });
  });
});
