// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FRAME_STATE_KEY, scanPage, type FrameState } from './in-page';
import { formFrom, loadForm } from './test-support';

describe('scanPage / fill in a frame', () => {
  it('reports the fields of the frame and fills the one the background picks', async () => {
    const doc = loadForm('teamtailor-sv.html');
    const store: Record<string, unknown> = {};
    const scan = scanPage(doc, store);
    expect(scan.targets[0]).toMatchObject({ index: 0, kind: 'text', label: 'Personligt brev' });
    expect(scan.focused).toBeNull();
    const reply = await (store[FRAME_STATE_KEY] as FrameState).fill({ index: 0, text: 'Hej!\n\nMed vänliga hälsningar,\nÅsa' });
    expect(reply).toEqual({ filled: true, label: 'Personligt brev', kind: 'text' });
    expect((doc.getElementById('candidate_cover_letter') as HTMLTextAreaElement).value).toBe('Hej!\n\nMed vänliga hälsningar,\nÅsa');
  });

  it('the field the user right-clicked (focused) is offered first, whatever its label', () => {
    const doc = formFrom('<form><label for="cl">Cover letter</label><textarea id="cl"></textarea><label for="m">Message</label><textarea id="m"></textarea></form>');
    (doc.getElementById('m') as HTMLTextAreaElement).focus();
    const scan = scanPage(doc, {});
    expect(scan.focused).toMatchObject({ kind: 'text', confidence: 1 });
    expect(scan.targets[scan.focused!.index]!.label).toBe('the field you chose');
  });

  it('refuses a malformed request from outside', async () => {
    const store: Record<string, unknown> = {};
    scanPage(loadForm('careers-fr.html'), store);
    await expect((store[FRAME_STATE_KEY] as FrameState).fill({ index: -1, text: 1 })).rejects.toThrow();
  });
});
