// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readBothWays } from './test-support';

/**
 * Job-board editors leave list items unclosed and put bold words inside them. However the items are
 * written, a paragraph after the list's last closed item is a paragraph of its own, read the same
 * from a JSON-LD string as from the page.
 */

describe('a note after a list of unclosed items with inline markup', () => {
  it.each([
    ['bold', '<ul><li>Bake <b>sourdough</b> bread<li>Sell</li><p>Weekend shifts are paid double.</p></ul>', '• Bake sourdough bread\n• Sell\n\nWeekend shifts are paid double.'],
    ['a link', '<ul><li>Read our <a href="/handbook">handbook</a><li>Apply</li><p>We reply within a week.</p></ul>', '• Read our handbook\n• Apply\n\nWe reply within a week.'],
    ['emphasis in both items', '<ol><li><em>Bake</em><li><strong>Sell</strong></li><p>Uniforms are provided.</p></ol>', '• Bake\n• Sell\n\nUniforms are provided.'],
  ])('reads the note as its own paragraph when an item holds %s', (_name, html, expected) => {
    expect(readBothWays(html)).toBe(expected);
  });
});
