import { describe, expect, it } from 'vitest';
import type { CoverLetter, LetterContent } from '../schema';
import { diffStats, diffWords } from './diff';
import { initialVersions, recordEdit, restoreVersion, versionsOf, versionText } from './versions';
import { sampleExportSource } from './testing';

const content = (opening: string): LetterContent => ({ addressee: 'Hiring Team at Acme', opening, aboutMe: 'About me.', whyMe: 'Why me.', whyCompany: 'Why Acme.' });

function letterWith(versions: CoverLetter['versions'], opening = 'Current opening.'): CoverLetter {
  return { ...sampleExportSource().letter, ...content(opening), versions };
}

describe('initialVersions', () => {
  it('a first letter is the first draft', () => {
    const versions = initialVersions({ content: content('Hello.'), findings: [] }, { at: 5 });
    expect(versions).toEqual([{ number: 1, createdAt: 5, why: 'first draft', content: content('Hello.'), findings: [] }]);
  });

  it('an automatic fix adds the draft and the fixed letter', () => {
    const draftFindings = [{ kind: 'placeholder' as const, message: '[Company]' }, { kind: 'placeholder' as const, message: '[number]' }];
    const versions = initialVersions(
      { content: content('Fixed.'), findings: [], autoFix: { draft: content('Draft [Company].'), draftFindings, fixedCount: 2 } },
      { at: 5 },
    );
    expect(versions.map((v) => [v.number, v.why, v.content.opening])).toEqual([
      [1, 'first draft', 'Draft [Company].'],
      [2, 'fixed 2 problems', 'Fixed.'],
    ]);
    expect(versions[0]!.findings).toEqual(draftFindings);
  });

  it('a regeneration continues the versions of the letter it replaces, naming the feedback', () => {
    const previous = letterWith([
      { number: 1, createdAt: 1, why: 'first draft', content: content('One.'), findings: [] },
      { number: 2, createdAt: 2, why: 'edited', content: content('Two.'), findings: [] },
    ]);
    const versions = initialVersions({ content: content('Three.'), findings: [] }, { at: 9, feedback: 'Shorter', previous });
    expect(versions.map((v) => [v.number, v.why])).toEqual([[1, 'first draft'], [2, 'edited'], [3, 'feedback: shorter']]);
    expect(initialVersions({ content: content('x'), findings: [] }, { at: 9, previous }).at(-1)!.why).toBe('new version');
  });

  it('a letter stored before versions existed counts as version 1', () => {
    const old = letterWith([], 'Old opening.');
    expect(versionsOf(old)).toHaveLength(1);
    expect(versionsOf(old)[0]!.content.opening).toBe('Old opening.');
  });
});

describe('recordEdit and restoreVersion', () => {
  it('one editing session is one "edited" version; the next session adds another', () => {
    const letter = letterWith([{ number: 1, createdAt: 1, why: 'first draft', content: content('One.'), findings: [] }], 'One.');
    const first = recordEdit(letter, content('One, edited.'), 10, null);
    expect(first.version).toBe(2);
    const again = recordEdit(first.letter, content('One, edited twice.'), 11, first.version);
    expect(again.letter.versions.map((v) => [v.number, v.why, v.content.opening])).toEqual([
      [1, 'first draft', 'One.'],
      [2, 'edited', 'One, edited twice.'],
    ]);
    expect(again.letter.opening).toBe('One, edited twice.');
    const nextSession = recordEdit(again.letter, content('Later.'), 50, null);
    expect(nextSession.letter.versions).toHaveLength(3);
  });

  it('restoring makes an earlier version current as a new version, losing nothing', () => {
    const letter = letterWith([
      { number: 1, createdAt: 1, why: 'first draft', content: content('One.'), findings: [{ kind: 'cliche', message: 'x' }] },
      { number: 2, createdAt: 2, why: 'edited', content: content('Two.'), findings: [] },
    ], 'Two.');
    const restored = restoreVersion(letter, 1, 30);
    expect(restored.opening).toBe('One.');
    expect(restored.findings).toEqual([{ kind: 'cliche', message: 'x' }]);
    expect(restored.versions.map((v) => [v.number, v.why, v.content.opening])).toEqual([
      [1, 'first draft', 'One.'],
      [2, 'edited', 'Two.'],
      [3, 'restored version 1', 'One.'],
    ]);
    expect(() => restoreVersion(letter, 7, 30)).toThrow(/no version 7/);
  });
});

describe('diffWords', () => {
  it('marks the words removed and added, and both texts can be rebuilt from it', () => {
    const before = 'I led the team that rebuilt billing.\n\nI like Go.';
    const after = 'I led a small team that rebuilt invoicing.\n\nI like Go.';
    const diff = diffWords(before, after);
    expect(diff.filter((s) => s.kind !== 'added').map((s) => s.text).join('')).toBe(before);
    expect(diff.filter((s) => s.kind !== 'removed').map((s) => s.text).join('')).toBe(after);
    expect(diff.filter((s) => s.kind === 'removed').map((s) => s.text.trim())).toEqual(['the', 'billing.']);
    expect(diff.filter((s) => s.kind === 'added').map((s) => s.text.trim())).toEqual(['a small', 'invoicing.']);
    expect(diffStats(diff)).toEqual({ added: 3, removed: 2 });
  });

  it('finds nothing between equal texts, and everything against an empty one', () => {
    expect(diffWords('Same words.', 'Same words.')).toEqual([{ kind: 'same', text: 'Same words.' }]);
    expect(diffWords('', 'New text')).toEqual([{ kind: 'added', text: 'New text' }]);
  });

  it('diffs whole letters through versionText', () => {
    const diff = diffWords(versionText(content('Hello there.')), versionText(content('Hello world.')));
    expect(diffStats(diff)).toEqual({ added: 1, removed: 1 });
  });
});

describe('diffWords at the end of a paragraph', () => {
  it('shows only the words appended, leaving the last word alone', () => {
    const diff = diffWords('I built it.\n\nNext part.', 'I built it. And I tested it.\n\nNext part.');
    expect(diff).toEqual([
      { kind: 'same', text: 'I built it.' },
      { kind: 'added', text: ' And I tested it.' },
      { kind: 'same', text: '\n\nNext part.' },
    ]);
  });
});

describe('versionsForJob', () => {
  it('continues the stored versions of the letter a regeneration replaces', async () => {
    const { saveLetter } = await import('../db');
    const { versionsForJob } = await import('./versions');
    const previous = letterWith([{ number: 1, createdAt: 1, why: 'first draft', content: content('One.'), findings: [] }], 'One.');
    await saveLetter({ ...previous, id: 'previous-letter' });
    const config = { ...sampleExportSource().job.config, feedback: 'More formal' };
    const versions = await versionsForJob({ previousLetterId: 'previous-letter', config }, { content: content('Two.'), findings: [] }, 7);
    expect(versions.map((v) => [v.number, v.why, v.content.opening])).toEqual([[1, 'first draft', 'One.'], [2, 'feedback: more formal', 'Two.']]);
    const first = await versionsForJob({ previousLetterId: null, config: { ...config, feedback: '' } }, { content: content('New.'), findings: [] }, 7);
    expect(first.map((v) => v.why)).toEqual(['first draft']);
  });
});
