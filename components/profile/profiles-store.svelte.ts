import { getProfile, listProfiles, watchChanges } from '@/lib/db';
import type { UserProfile } from '@/lib/schema';
import { panelStorage } from '@/lib/ui/lazy';

/** The stored active profile id (lib/settings.ts), from the storage code the panel loads after its first paint. */
export const activeProfileItem = () => panelStorage().then((m) => m.activeProfileIdItem);

/**
 * Every profile (most recently updated first) and which one is active, kept current across windows.
 * What changes them (save, delete, choose) is in profile-actions.ts, used by the Profile view only.
 */
export class ProfilesStore {
  profiles = $state.raw<UserProfile[]>([]);
  activeId = $state('');
  loaded = $state(false);
  error = $state<string | null>(null);
  active = $derived(this.profiles.find((p) => p.id === this.activeId) ?? null);

  #stop: (() => void)[] = [];
  #users = 0;

  start(): () => void {
    this.#users++;
    if (this.#users === 1) {
      this.loaded = false;
      let stopped = false;
      this.#stop.push(
        watchChanges((changes) => {
          const ids = changes.filter((c) => c.store === 'profiles' || c.store === 'all').flatMap((c) => (c.store === 'all' ? ['*'] : c.ids));
          if (ids.length) void this.#reload(ids);
        }),
        () => (stopped = true),
      );
      void activeProfileItem().then(
        (item) => {
          if (!stopped) this.#stop.push(item.watch((id) => (this.activeId = id ?? '')));
        },
        () => {}, // #load reports a storage that cannot be read
      );
      void this.#load();
    }
    return () => {
      this.#users--;
      if (this.#users === 0) {
        this.#stop.forEach((f) => f());
        this.#stop = [];
      }
    };
  }

  async #load(): Promise<void> {
    try {
      const [profiles, activeId] = await Promise.all([listProfiles(), activeProfileItem().then((item) => item.getValue())]);
      this.profiles = profiles;
      // A lone profile is the active one, even when nothing was chosen yet.
      this.activeId = profiles.some((p) => p.id === activeId) ? activeId : (profiles[0]?.id ?? '');
      this.loaded = true;
    } catch (error) {
      this.error = `Could not read your profiles (${error instanceof Error ? error.message : String(error)}). Close and reopen the panel to try again.`;
    }
  }

  async #reload(ids: string[]): Promise<void> {
    if (ids.includes('*')) return this.#load();
    const fresh = await Promise.all(ids.map((id) => getProfile(id)));
    let next = this.profiles.filter((p) => !ids.includes(p.id));
    next = [...next, ...fresh.filter((p): p is UserProfile => p !== undefined)];
    next.sort((a, b) => b.updatedAt - a.updatedAt);
    this.profiles = next;
    if (!next.some((p) => p.id === this.activeId) && next[0]) this.activeId = next[0].id;
  }
}

export const profilesStore = new ProfilesStore();
