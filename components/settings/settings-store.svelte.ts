import { DEFAULT_SETTINGS, type Settings } from '@/lib/schema';
import { panelStorage } from '@/lib/ui/lazy';

/** The stored settings, current across windows. */
export class SettingsStore {
  settings = $state.raw<Settings>(DEFAULT_SETTINGS);
  loaded = $state(false);
  hasApiKey = $derived(this.settings.apiKey.trim() !== '');
  #stop: (() => void) | null = null;
  #users = 0;
  #loading: Promise<Settings> | null = null;

  start(): () => void {
    this.#users++;
    if (this.#users === 1) {
      let stopped = false;
      this.#stop = () => (stopped = true);
      // The storage code loads after the first paint (lib/ui/panel-storage.ts).
      this.#loading = panelStorage().then(async ({ loadSettings, watchSettings }) => {
        if (!stopped) this.#stop = watchSettings((s) => (this.settings = s));
        const s = await loadSettings();
        this.settings = s;
        this.loaded = true;
        return s;
      });
      this.#loading.catch(() => (this.#loading = null));
    }
    return () => {
      this.#users--;
      if (this.#users === 0) {
        this.#stop?.();
        this.#stop = null;
      }
    };
  }

  /** The settings once read (what a job is queued with), without waiting when they already are. */
  async current(): Promise<Settings> {
    if (this.loaded) return this.settings;
    return (await this.#loading?.catch(() => null)) ?? this.settings;
  }
}

export const settingsStore = new SettingsStore();
