import type { UserProfile } from '../schema';
import { announceChanges } from './changes';
import { getDatabase } from './database';

export async function saveProfile(profile: UserProfile): Promise<void> {
  await (await getDatabase()).put('profiles', profile);
  await announceChanges([{ store: 'profiles', ids: [profile.id], op: 'put' }]);
}

export async function getProfile(id: string): Promise<UserProfile | undefined> {
  return (await getDatabase()).get('profiles', id);
}

/** Most recently updated first. */
export async function listProfiles(): Promise<UserProfile[]> {
  return (await (await getDatabase()).getAllFromIndex('profiles', 'by-updated')).reverse();
}

/** Jobs keep their own snapshot of the profile, so deleting a profile never loses a letter. */
export async function deleteProfile(id: string): Promise<void> {
  await (await getDatabase()).delete('profiles', id);
  await announceChanges([{ store: 'profiles', ids: [id], op: 'delete' }]);
}
