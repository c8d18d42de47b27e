/**
 * What the panel's stores read from browser storage: the settings, the active profile and the
 * background's requests, with @wxt-dev/storage and the schemas that check them. The first rows of
 * the jobs list need none of it, so the stores load this module (lib/ui/lazy.ts `panelStorage`)
 * when they start instead of holding up the panel's first chunk.
 */
export { activeProfileIdItem, captureNoticeItem, loadSettings, panelRequestItem, watchSettings } from '../settings';
export { parseCaptureNotice } from '../capture/draft-store';
export { parsePanelRequest } from '../ui-requests';
