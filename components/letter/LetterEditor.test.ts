// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getLetter, saveLetter } from '@/lib/db';
import { sampleExportSource } from '@/lib/letters/testing';
import type { CoverLetter } from '@/lib/schema';
import LetterEditor from './LetterEditor.svelte';

afterEach(cleanup);

function germanLetter(): CoverLetter {
  const { letter } = sampleExportSource({ company: 'Hanse GmbH', opening: 'Mit großem Interesse bewerbe ich mich.' });
  return {
    ...letter,
    language: 'de',
    addressee: 'Personalabteilung Hanse GmbH',
    versions: [{ number: 1, createdAt: 1, why: 'first draft', content: { addressee: 'Personalabteilung Hanse GmbH', opening: letter.opening, aboutMe: letter.aboutMe, whyMe: letter.whyMe, whyCompany: letter.whyCompany }, findings: [] }],
  };
}

describe('LetterEditor', () => {
  it('greets and signs off in the letter’s language', () => {
    render(LetterEditor, { letter: germanLetter(), name: 'Ada Lovelace' });
    expect(screen.getByText('Sehr geehrte Damen und Herren,')).toBeTruthy();
    expect(screen.getByText(/Mit freundlichen Grüßen/)).toBeTruthy();
    expect(screen.queryByText('Dear')).toBeNull();
    expect((screen.getByLabelText('Addressee') as HTMLTextAreaElement).value).toBe('Personalabteilung Hanse GmbH');
  });

  it('saves an editing session as one "edited" version', async () => {
    const user = userEvent.setup();
    const letter = germanLetter();
    await saveLetter(letter);
    render(LetterEditor, { letter, name: 'Ada Lovelace' });
    const opening = screen.getByLabelText('Opening paragraph');
    await user.click(opening);
    await user.keyboard('{End} Ich freue mich.');
    await vi.waitFor(async () => expect((await getLetter(letter.id))?.versions).toHaveLength(2), { timeout: 3000 });
    await user.keyboard(' Wirklich.');
    await vi.waitFor(async () => expect((await getLetter(letter.id))?.opening).toMatch(/Wirklich\.$/), { timeout: 3000 });
    const stored = (await getLetter(letter.id))!;
    expect(stored.versions.map((v) => [v.number, v.why])).toEqual([[1, 'first draft'], [2, 'edited']]);
    expect(stored.versions[1]!.content.opening).toBe(stored.opening);
    expect(stored.editedParts).toEqual(['opening']);
  });
});
