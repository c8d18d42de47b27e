// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import VirtualList from './VirtualList.svelte';

afterEach(cleanup);

interface Item {
  id: string;
  name: string;
}

const items = (n: number): Item[] => Array.from({ length: n }, (_, i) => ({ id: `id-${i}`, name: `Job ${i + 1}` }));

// `unknown`: render() sees the generic component with its type parameter unresolved.
const row = createRawSnippet((item: () => unknown) => {
  const { name } = item() as Item;
  return { render: () => `<div><span>${name}</span> <button type="button">Open ${name}</button></div>` };
});

function renderList(list: Item[]) {
  return render(VirtualList, { items: list, key: (i: unknown) => (i as Item).id, label: 'Things', estimate: 100, gap: 8, row });
}

const rows = () => within(screen.getByRole('list', { name: 'Things' })).queryAllByRole('listitem');
const positions = () => rows().map((li) => Number(li.getAttribute('aria-posinset')));

/** Pretends the page is scrolled so the list's top is `listTop` px from the viewport's top. */
function layOut(listTop: number) {
  vi.spyOn(HTMLElement.prototype, 'getClientRects').mockImplementation(function (this: HTMLElement) {
    return [{}] as unknown as DOMRectList;
  });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const top = this.classList.contains('window') ? listTop : 0;
    return { top, bottom: top, left: 0, right: 0, width: 0, height: 0, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  });
  window.dispatchEvent(new Event('scroll'));
}

describe('VirtualList', () => {
  it('renders the first screenful of 1,000 rows, each numbered within the whole list', () => {
    renderList(items(1000));
    const shown = rows();
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(30);
    expect(positions()).toEqual(shown.map((_, i) => i + 1));
    for (const li of shown) expect(li.getAttribute('aria-setsize')).toBe('1000');
    expect(shown[0]!.textContent).toContain('Job 1');
  });

  it('follows the scroll position: the rows in view, then the oldest at the bottom', async () => {
    renderList(items(1000));
    layOut(-50_000);
    await vi.waitFor(() => expect(positions()).toContain(501));
    expect(positions()).not.toContain(1);
    expect(rows().length).toBeLessThan(30);
    layOut(-1_000_000);
    await vi.waitFor(() => expect(positions()).toContain(1000));
    expect(rows().at(-1)!.textContent).toContain('Job 1000');
  });

  it('moves focus between rows with the arrow keys, Home and End, rendering a row that was not there', async () => {
    const user = userEvent.setup();
    renderList(items(1000));
    screen.getByRole('button', { name: 'Open Job 1' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe('2');
    await user.keyboard('{End}');
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('aria-posinset')).toBe('1000'));
    expect(document.activeElement?.textContent).toContain('Job 1000');
    await user.keyboard('{ArrowUp}');
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('aria-posinset')).toBe('999'));
    await user.keyboard('{Home}');
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('aria-posinset')).toBe('1'));
  });

  it('keeps the focused row when the window scrolls far away, so focus is not lost', async () => {
    renderList(items(1000));
    const button = screen.getByRole('button', { name: 'Open Job 2' });
    button.focus();
    layOut(-50_000);
    await vi.waitFor(() => expect(positions()).toContain(501));
    expect(positions()[0]).toBe(2);
    expect(document.activeElement).toBe(button);
    // Focus leaves the list: the row goes with the rest.
    button.blur();
    await vi.waitFor(() => expect(positions()).not.toContain(2));
  });

  it('sizes the rows not rendered by the heights measured, so the scrollbar matches the list', async () => {
    // A stand-in for the browser's ResizeObserver: the test reports the rows' sizes.
    const observers: { callback: ResizeObserverCallback; targets: Set<Element> }[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        targets = new Set<Element>();
        constructor(public callback: ResizeObserverCallback) {
          observers.push(this);
        }
        observe(el: Element) {
          this.targets.add(el);
        }
        unobserve(el: Element) {
          this.targets.delete(el);
        }
        disconnect() {
          this.targets.clear();
        }
      },
    );
    try {
      const { container } = renderList(items(1000));
      const spacers = () => [...container.querySelectorAll<HTMLElement>('.spacer')].map((el) => parseFloat(el.style.height));
      const rendered = rows().length;
      // Before any measurement: every row counts as the 100 px estimate.
      expect(spacers()).toEqual([0, (1000 - rendered) * 100]);

      const rowObserver = observers.find((o) => [...o.targets].some((t) => t.tagName === 'LI'))!;
      const entries = [...rowObserver.targets].map((target) => ({ target, borderBoxSize: [{ blockSize: 300, inlineSize: 400 }] }) as unknown as ResizeObserverEntry);
      rowObserver.callback(entries, rowObserver as unknown as ResizeObserver);
      // Measured rows are 300 px: fewer fit the viewport, and the rest count as 300 px each.
      await vi.waitFor(() => expect(rows().length).toBeLessThan(rendered));
      expect(spacers()).toEqual([0, (1000 - rows().length) * 300]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('numbers the rows of a shorter list after the items change', async () => {
    const { rerender } = renderList(items(1000));
    await rerender({ items: items(3) });
    expect(positions()).toEqual([1, 2, 3]);
    for (const li of rows()) expect(li.getAttribute('aria-setsize')).toBe('3');
  });
});
