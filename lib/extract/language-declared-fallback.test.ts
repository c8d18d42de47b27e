// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { declaredLanguage, detectTextLanguage, postingLanguage } from './language';
import { documentFromHtml } from './test-support';

const pageIn = (lang: string) => documentFromHtml(`<html lang="${lang}"><head></head><body></body></html>`, 'https://jobs.example.com/1');

describe('when the page’s declaration decides', () => {
  it('a posting of fewer than eight words is too short to overrule the page', () => {
    // Five of its six words are English stopwords, but six words are no evidence against a German page.
    const teaser = 'You will be on the team';
    expect(teaser.split(' ')).toHaveLength(6);
    expect(detectTextLanguage(teaser)).toBe('');
    expect(postingLanguage(pageIn('de'), '', teaser)).toBe('de');
    // Eight words of the same kind are enough.
    expect(detectTextLanguage('You will be on the team with us')).toBe('en');
  });

  it('an English posting on a Danish or Norwegian page is written in English', () => {
    // The Danish/Norwegian tie rule is only for the two languages themselves.
    const english = 'We are looking for an engineer who will own our billing services and work with the product team on the roadmap.';
    expect(postingLanguage(pageIn('da'), '', english)).toBe('en');
    expect(postingLanguage(pageIn('nb-NO'), '', english)).toBe('en');
    expect(postingLanguage(pageIn('no'), '', english)).toBe('en');
  });

  it('a page emptied of its root element still gives the posting’s JSON-LD language', () => {
    // A single-page app can drop <html> while it re-renders; reading `lang` must not throw then.
    const emptied = documentFromHtml('<html lang="en"><head></head><body></body></html>', 'https://jobs.example.com/1');
    emptied.removeChild(emptied.documentElement);
    expect(emptied.documentElement).toBeNull();
    expect(declaredLanguage(emptied, '')).toBe('');
    expect(declaredLanguage(emptied, 'fr-CA')).toBe('fr-CA');
    expect(postingLanguage(emptied, '', 'Kotlin, Kubernetes')).toBe('');
  });
});

describe('Russian with several hard signs', () => {
  it('stays Russian when it also uses ы, э or ё, which Bulgarian does not have', () => {
    // Three «ъ» among ~70 Cyrillic letters, as Bulgarian would have, but «ы» and «ё» say Russian.
    const courier = 'Требуется курьер на разъездную работу с объектами, объём заказов большой, опыт работы от года';
    expect(detectTextLanguage(courier)).toBe('ru');
  });
});
