import { DEFAULT_SETTINGS, type Settings } from '@/lib/schema';
import { loadSettings, watchSettings } from '@/lib/settings';

/** The stored settings, current across windows. */
export class SettingsStore {
  settings = $state.raw<Settings>(DEFAULT_SETTINGS);
  loaded = $state(false);
  hasApiKey = $derived(this.settings.apiKey.trim() !== '');
  #stop: (() => void) | null = null;
  #users = 0;

  start(): () => void {
    this.#users++;
    if (this.#users === 1) {
      this.#stop = watchSettings((s) => (this.settings = s));
      void loadSettings().then((s) => {
        this.settings = s;
        this.loaded = true;
      });
    }
    return () => {
      this.#users--;
      if (this.#users === 0) {
        this.#stop?.();
        this.#stop = null;
      }
    };
  }
}

export const settingsStore = new SettingsStore();
