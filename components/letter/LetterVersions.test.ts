// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getLetter, saveLetter } from '@/lib/db';
import { sampleExportSource } from '@/lib/letters/testing';
import type { CoverLetter, LetterContent } from '@/lib/schema';
import LetterVersions from './LetterVersions.svelte';

afterEach(cleanup);

const content = (opening: string): LetterContent => ({ addressee: 'Hiring Team at Acme', opening, aboutMe: 'About me.', whyMe: 'Why me.', whyCompany: 'Why Acme.' });

function threeVersions(): CoverLetter {
  const now = Date.now();
  return {
    ...sampleExportSource().letter,
    ...content('I led the team that rebuilt billing. I also mentor.'),
    versions: [
      { number: 1, createdAt: now - 3_600_000, why: 'first draft', content: content('I led the team that rebuilt billing.'), findings: [] },
      { number: 2, createdAt: now - 60_000, why: 'feedback: shorter', content: content('I led the team that rebuilt invoicing.'), findings: [] },
      { number: 3, createdAt: now, why: 'edited', content: content('I led the team that rebuilt billing. I also mentor.'), findings: [] },
    ],
  };
}

describe('LetterVersions', () => {
  it('lists every version with its number, time and why, newest first', () => {
    render(LetterVersions, { letter: threeVersions() });
    const items = within(screen.getByRole('list', { name: 'Letter versions' })).getAllByRole('listitem');
    expect(items.map((i) => i.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Version 3 just now edited current',
      'Version 2 1m ago feedback: shorter',
      'Version 1 1h ago first draft',
    ]);
  });

  it('shows the words a version changed from the one before it', async () => {
    const user = userEvent.setup();
    render(LetterVersions, { letter: threeVersions() });
    await user.click(screen.getByRole('button', { name: /^Version 2/ }));
    const diff = screen.getByRole('figure', { name: 'Changes from version 1 to version 2' });
    expect([...diff.querySelectorAll('del')].map((d) => d.textContent!.trim())).toEqual(['billing.']);
    expect([...diff.querySelectorAll('ins')].map((d) => d.textContent!.trim())).toEqual(['invoicing.']);
  });

  it('restores an earlier version as a new one; the current version cannot be restored', async () => {
    const user = userEvent.setup();
    const letter = threeVersions();
    await saveLetter(letter);
    render(LetterVersions, { letter });
    await user.click(screen.getByRole('button', { name: /^Version 3/ }));
    expect(screen.queryByRole('button', { name: 'Restore this version' })).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Version 1/ }));
    await user.click(screen.getByRole('button', { name: 'Restore this version' }));
    await vi.waitFor(async () => expect((await getLetter(letter.id))?.versions).toHaveLength(4));
    const stored = (await getLetter(letter.id))!;
    expect(stored.opening).toBe('I led the team that rebuilt billing.');
    expect(stored.versions[3]).toMatchObject({ number: 4, why: 'restored version 1' });
    expect(screen.getByRole('status').textContent).toBe('Version 1 restored as version 4.');
  });
});
