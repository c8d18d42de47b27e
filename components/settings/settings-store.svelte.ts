import type { Settings } from '@/lib/schema';
import { panelStorage } from '@/lib/ui/lazy';

/**
 * The stored settings, current across windows. Read right after the panel's first paint: the
 * storage code and the settings schema (defaults included) are not in the panel's first chunk.
 */
export class SettingsStore {
  /** Null until read. */
  settings = $state.raw<Settings | null>(null);
  loaded = $state(false);
  hasApiKey = $derived((this.settings?.apiKey ?? '').trim() !== '');
  #stop: (() => void) | null = null;
  #users = 0;
  #loading: Promise<Settings | null> | null = null;

  start(): () => void {
    this.#users++;
    if (this.#users === 1) {
      let stopped = false;
      this.#stop = () => (stopped = true);
      this.#loading = panelStorage().then(
        async ({ loadSettings, watchSettings }) => {
          if (!stopped) this.#stop = watchSettings((s) => (this.settings = s));
          const s = await loadSettings();
          this.settings = s;
          this.loaded = true;
          return s;
        },
        () => null,
      );
    }
    return () => {
      this.#users--;
      if (this.#users === 0) {
        this.#stop?.();
        this.#stop = null;
      }
    };
  }

  /** The settings once read, without waiting when they already are; null if they cannot be read. */
  async current(): Promise<Settings | null> {
    return this.settings ?? (await this.#loading) ?? null;
  }
}

export const settingsStore = new SettingsStore();
