// @vitest-environment node
import { expect, it } from 'vitest';
import { extractJobPosting } from './index';
import { loadFixture } from './test-support';

it('reads a microdata JobPosting with nested organisation and address items', () => {
  const url = 'https://www.stadtwerke-beispielstadt.example/karriere/elektroniker';
  const result = extractJobPosting(loadFixture('microdata.html', url), url);
  expect(result).toMatchObject({
    found: true,
    method: 'microdata',
    title: 'Elektroniker für Betriebstechnik (m/w/d)',
    company: 'Stadtwerke Beispielstadt GmbH',
    location: 'Beispielstadt, Niedersachsen, DE',
  });
  if (!result.found) return;
  expect(result.description).toBe(
    'Wir versorgen 80.000 Haushalte mit Strom, Wasser und Wärme und suchen Verstärkung für unser Umspannwerk.\n\nIhre Aufgaben\n\n• Wartung der Schaltanlagen\n• Rufbereitschaft im Wechsel',
  );
});
