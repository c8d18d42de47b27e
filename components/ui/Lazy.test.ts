// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Component } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Greeting from '../testing/Greeting.svelte';
import Lazy from './Lazy.svelte';
import type { LazyView } from './lazy-views';

// Lazy's props depend on the view it loads; svelte-check cannot follow that generic through render().
const renderLazy = (props: Record<string, unknown>) => render(Lazy as never, { props } as never);

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

type GreetingProps = { name: string; onGreet: (n: string) => void };

/** A view whose loading the test finishes (or fails) by hand. */
function controlledView() {
  let finish!: (ok: boolean) => void;
  const view: LazyView<GreetingProps> = {
    label: 'the greeting',
    current: undefined,
    load: vi.fn(() => new Promise<Component<GreetingProps>>((resolve, reject) => (finish = (ok) => (ok ? resolve(Greeting) : reject(new Error('chunk missing')))))),
  };
  return { view, finish: (ok: boolean) => finish(ok) };
}

describe('Lazy', () => {
  it('shows the view with its props once loaded, and a loading line only while loading takes a while', async () => {
    vi.useFakeTimers();
    const { view, finish } = controlledView();
    const onGreet = vi.fn();
    renderLazy({ view, name: 'Ada', onGreet });
    expect(screen.queryByRole('status')).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(screen.getByRole('status').textContent).toBe('Loading the greeting…');
    finish(true);
    vi.useRealTimers();
    (await screen.findByRole('button', { name: 'Greet Ada' })).click();
    expect(onGreet).toHaveBeenCalledWith('Ada');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows an already loaded view at once', () => {
    const view: LazyView<GreetingProps> = { label: 'the greeting', current: Greeting, load: vi.fn() };
    renderLazy({ view, name: 'Grace', onGreet: () => {} });
    expect(screen.getByRole('button', { name: 'Greet Grace' })).toBeTruthy();
    expect(view.load).not.toHaveBeenCalled();
  });

  it('says what failed and loads again on "Try again"', async () => {
    const { view, finish } = controlledView();
    renderLazy({ view, name: 'Ada', onGreet: () => {} });
    finish(false);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not load the greeting\. .*reopen this panel/);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    finish(true);
    expect(await screen.findByRole('button', { name: 'Greet Ada' })).toBeTruthy();
    expect(view.load).toHaveBeenCalledTimes(2);
  });
});
