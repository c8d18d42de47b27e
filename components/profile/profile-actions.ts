import { deleteProfile, saveProfile } from '@/lib/db';
import type { UserProfile } from '@/lib/schema';
import { activeProfileItem, profilesStore } from './profiles-store.svelte';

/*
 * Changes to the profiles, stored and shown in profilesStore at once. Apart from the store: only the
 * Profile view (and its résumé import) changes profiles, and the panel opens without that code.
 */

/** Makes `id` the profile new jobs are written for. */
export async function setActiveProfile(id: string): Promise<void> {
  profilesStore.activeId = id;
  await (await activeProfileItem()).setValue(id);
}

/** Stores a profile; it becomes the active one when none (or no existing one) is. */
export async function saveProfileToStore(profile: UserProfile): Promise<void> {
  await saveProfile(profile);
  profilesStore.profiles = [profile, ...profilesStore.profiles.filter((p) => p.id !== profile.id)];
  const { activeId, profiles } = profilesStore;
  if (!activeId || activeId === profile.id || !profiles.some((p) => p.id === activeId)) {
    await setActiveProfile(profile.id);
  }
}

/** Deletes a profile; the next one becomes active if it was. */
export async function removeProfile(id: string): Promise<void> {
  await deleteProfile(id);
  profilesStore.profiles = profilesStore.profiles.filter((p) => p.id !== id);
  if (profilesStore.activeId === id) await setActiveProfile(profilesStore.profiles[0]?.id ?? '');
}
