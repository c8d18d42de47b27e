import type { CoverLetter } from '../schema';
import { announceChanges } from './changes';
import { getDatabase } from './database';

export async function saveLetter(letter: CoverLetter): Promise<void> {
  const db = await getDatabase();
  await db.put('letters', letter);
  await announceChanges([{ store: 'letters', ids: [letter.id], op: 'put' }]);
}

export async function getLetter(id: string): Promise<CoverLetter | undefined> {
  return (await getDatabase()).get('letters', id);
}

/** Every letter written for a job (regenerations included), newest first. */
export async function listLettersForJob(jobId: string): Promise<CoverLetter[]> {
  const letters = await (await getDatabase()).getAllFromIndex('letters', 'by-job', jobId);
  return letters.sort((a, b) => b.generatedAt - a.generatedAt);
}

export async function listLetters(): Promise<CoverLetter[]> {
  const letters = await (await getDatabase()).getAllFromIndex('letters', 'by-generated');
  return letters.reverse();
}

export async function deleteLetter(id: string): Promise<void> {
  await (await getDatabase()).delete('letters', id);
  await announceChanges([{ store: 'letters', ids: [id], op: 'delete' }]);
}
