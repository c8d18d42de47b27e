import { describe, expect, it } from 'vitest';
import type { CoverLetter } from '../schema';
import { sampleProfile } from '../testing/fixtures';
import {
  deleteLetter,
  deleteProfile,
  getLetter,
  getProfile,
  listLetters,
  listLettersForJob,
  listProfiles,
  saveLetter,
  saveProfile,
} from '.';
import { announcedDuring } from './testing';

function letter(id: string, jobId: string, generatedAt: number): CoverLetter {
  return {
    id, jobId, profileId: 'profile-ada', company: 'Babbage & Co', position: 'Staff Engineer', addressee: 'Hiring Team at Babbage & Co',
    opening: `Opening of ${id}`, aboutMe: 'About me', whyMe: 'Why me', whyCompany: 'Why Babbage', model: 'm', usage: { inputTokens: 1, outputTokens: 2 },
    findings: [], editedParts: [], generatedAt, editedAt: null, language: 'en', versions: [],
  };
}

describe('letter repository', () => {
  it('saves a letter, announcing exactly that letter', async () => {
    const l = letter('l1', 'j1', 10);
    expect(await announcedDuring(() => saveLetter(l))).toEqual([[{ store: 'letters', ids: ['l1'], op: 'put' }]]);
    expect(await getLetter('l1')).toEqual(l);
  });

  it('deletes a letter, announcing exactly that letter, and keeps the others', async () => {
    await saveLetter(letter('l1', 'j1', 10));
    await saveLetter(letter('l2', 'j1', 20));
    expect(await announcedDuring(() => deleteLetter('l1'))).toEqual([[{ store: 'letters', ids: ['l1'], op: 'delete' }]]);
    expect(await getLetter('l1')).toBeUndefined();
    expect((await listLetters()).map((l) => l.id)).toEqual(['l2']);
  });

  it("lists a job's letters newest first, and only that job's", async () => {
    // Ids in another order than the times, so the store's own order is not the answer.
    for (const l of [letter('a', 'j1', 20), letter('b', 'j1', 40), letter('c', 'j1', 10), letter('d', 'j1', 30), letter('e', 'j2', 50)]) await saveLetter(l);
    expect((await listLettersForJob('j1')).map((l) => l.id)).toEqual(['b', 'd', 'a', 'c']);
    expect((await listLettersForJob('j2')).map((l) => l.id)).toEqual(['e']);
    expect(await listLettersForJob('none')).toEqual([]);
  });

  it('lists every letter newest first', async () => {
    for (const l of [letter('a', 'j1', 20), letter('b', 'j2', 40), letter('c', 'j1', 10), letter('d', 'j3', 30)]) await saveLetter(l);
    expect((await listLetters()).map((l) => l.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('profile repository', () => {
  it('saves and reads back a profile, announcing exactly that profile', async () => {
    const p = sampleProfile({ id: 'p1' });
    expect(await announcedDuring(() => saveProfile(p))).toEqual([[{ store: 'profiles', ids: ['p1'], op: 'put' }]]);
    expect(await getProfile('p1')).toEqual(p);
    expect(await getProfile('p2')).toBeUndefined();
  });

  it('lists profiles most recently updated first', async () => {
    await saveProfile(sampleProfile({ id: 'a', name: 'A', updatedAt: 300 }));
    await saveProfile(sampleProfile({ id: 'b', name: 'B', updatedAt: 100 }));
    await saveProfile(sampleProfile({ id: 'c', name: 'C', updatedAt: 200 }));
    expect((await listProfiles()).map((p) => p.id)).toEqual(['a', 'c', 'b']);
    // Editing the oldest brings it to the top.
    await saveProfile(sampleProfile({ id: 'b', name: 'B', updatedAt: 400 }));
    expect((await listProfiles()).map((p) => p.id)).toEqual(['b', 'a', 'c']);
  });

  it('deletes a profile, announcing exactly that profile, and keeps the others', async () => {
    await saveProfile(sampleProfile({ id: 'p1' }));
    await saveProfile(sampleProfile({ id: 'p2' }));
    expect(await announcedDuring(() => deleteProfile('p1'))).toEqual([[{ store: 'profiles', ids: ['p1'], op: 'delete' }]]);
    expect(await getProfile('p1')).toBeUndefined();
    expect((await listProfiles()).map((p) => p.id)).toEqual(['p2']);
  });
});
