import type { CaptureNotice } from '@/lib/capture/draft-store';
import { panelStorage } from '@/lib/ui/lazy';

/**
 * What the background asks an open panel to show: the pre-filled job form after a capture from a
 * page, or a job's letter after a click on a notification (also `?job=ID` when the panel page was
 * opened in a tab). Only requests that arrive while the panel is open, or within a minute before
 * it opened (the context menu opens the panel and captures at the same time), are followed.
 */
const FRESH_MS = 60_000;

class PanelRequests {
  /** The newest capture notice to show on the job form. */
  notice = $state.raw<CaptureNotice | null>(null);
  /** A job whose letter should open; consumers clear it once shown. */
  openJobId = $state<string | null>(null);
  /** Bumped on every request, so the app can switch to the Generate view. */
  seq = $state(0);
  #stops: Array<() => void> = [];

  start(): () => void {
    const fromQuery = new URLSearchParams(location.search).get('job');
    if (fromQuery) this.#openJob(fromQuery);
    let stopped = false;
    // The storage code loads right after the first paint (lib/ui/panel-storage.ts). A capture
    // notice written meanwhile is read below; a letter request (a notification click) is for
    // a panel that is already open, and a panel opened for one gets ?job=ID.
    void panelStorage().then(({ captureNoticeItem, panelRequestItem, parseCaptureNotice, parsePanelRequest }) => {
      if (stopped) return;
      void captureNoticeItem.getValue().then((value) => this.#onNotice(parseCaptureNotice(value), true));
      this.#stops.push(captureNoticeItem.watch((value) => this.#onNotice(parseCaptureNotice(value), false)));
      this.#stops.push(
        panelRequestItem.watch((value) => {
          const request = parsePanelRequest(value);
          if (request?.view === 'letter' && request.jobId) this.#openJob(request.jobId);
        }),
      );
    });
    return () => {
      stopped = true;
      this.#stops.splice(0).forEach((stop) => stop());
    };
  }

  dismissNotice(): void {
    this.notice = null;
    void panelStorage().then(({ captureNoticeItem }) => captureNoticeItem.setValue(null));
  }

  #onNotice(notice: CaptureNotice | null, atStart: boolean): void {
    if (!notice) return;
    if (atStart && Date.now() - notice.at > FRESH_MS) return;
    this.notice = notice;
    this.seq++;
  }

  #openJob(jobId: string): void {
    this.openJobId = jobId;
    this.seq++;
  }
}

export const panelRequests = new PanelRequests();
