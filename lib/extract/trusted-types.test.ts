// @vitest-environment node
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS_PARTS, evaluate, loadCorpus, pageName } from './corpus-support';
import { extractJobPosting } from './index';
import { FIXTURES_DIR, loadFixture } from './test-support';

/**
 * Pages that send `require-trusted-types-for 'script'` make every HTML sink throw — innerHTML,
 * outerHTML, insertAdjacentHTML, DOMParser, createContextualFragment, document.write — on the
 * page and on any document created from it (checked in Chromium: see bench/extract.bench.ts).
 * Here each sink throws as it does there, and every page must read exactly as before.
 */

interface Patched {
  restore(): void;
}

function enforceTrustedTypes(document: Document): Patched {
  const window = document.defaultView!;
  const refuse = () => {
    throw new window.TypeError("This document requires 'TrustedHTML' assignment.");
  };
  const restores: Array<() => void> = [];
  const patchSetter = (proto: object, name: string) => {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
    Object.defineProperty(proto, name, { ...descriptor, set: refuse });
    restores.push(() => Object.defineProperty(proto, name, descriptor));
  };
  const patchMethod = (proto: Record<string, unknown>, name: string) => {
    const original = proto[name];
    proto[name] = refuse;
    restores.push(() => {
      proto[name] = original;
    });
  };
  patchSetter(window.Element.prototype, 'innerHTML');
  patchSetter(window.Element.prototype, 'outerHTML');
  patchMethod(window.Element.prototype as unknown as Record<string, unknown>, 'insertAdjacentHTML');
  patchMethod(window.DOMParser.prototype as unknown as Record<string, unknown>, 'parseFromString');
  patchMethod(window.Range.prototype as unknown as Record<string, unknown>, 'createContextualFragment');
  patchMethod(window.Document.prototype as unknown as Record<string, unknown>, 'write');
  return { restore: () => restores.reverse().forEach((restore) => restore()) };
}

let patched: Patched | null = null;
afterEach(() => {
  patched?.restore();
  patched = null;
});

describe('pages that enforce Trusted Types', () => {
  it.each(readdirSync(FIXTURES_DIR).filter((name) => name.endsWith('.html')))('%s reads the same with every HTML sink refusing', (fixture) => {
    const url = 'https://jobs.example.com/jobs/1';
    const expected = extractJobPosting(loadFixture(fixture, url), url);
    const document = loadFixture(fixture, url);
    patched = enforceTrustedTypes(document);
    expect(extractJobPosting(document, url)).toEqual(expected);
  });

  it('reads every corpus page the same with every HTML sink refusing', { timeout: 120_000 }, () => {
    for (const entry of CORPUS_PARTS.flatMap(loadCorpus)) {
      const plain = evaluate(entry);
      const enforced = evaluate(entry, (document) => {
        patched = enforceTrustedTypes(document);
      });
      patched?.restore();
      patched = null;
      expect(enforced.error, pageName(enforced)).toBeNull();
      expect(enforced.result, pageName(enforced)).toEqual(plain.result);
    }
  });
});
