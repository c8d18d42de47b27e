import { scanPage } from '@/lib/apply/in-page';

/**
 * Injected on demand (scripting.executeScript, every frame of the tab) when the user asks to fill
 * a cover letter. Returns the cover-letter fields it found; fills nothing until the background
 * calls back into the chosen frame. Never submits, sends nothing anywhere.
 */
export default defineUnlistedScript(() => scanPage(document, globalThis as unknown as Record<string, unknown>));
