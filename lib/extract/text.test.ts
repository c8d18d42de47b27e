// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { collapseInline, comparisonKey, normalizeBlockText } from './text';

describe('one line of text (titles, company names)', () => {
  it.each([
    ['  Senior   Engineer  ', 'Senior Engineer'],
    ['Senior\tEngineer\n(Berlin)', 'Senior Engineer (Berlin)'],
    ['Senior\u00a0Engineer', 'Senior Engineer'],
    ['Senior\u200b Engineer', 'Senior Engineer'],
    ['Senior \u200cEngineer', 'Senior Engineer'],
    ['Senior\u200d\u200dEngineer', 'Senior Engineer'],
    ['\u200bSenior Engineer\u200b', 'Senior Engineer'],
    ['\ufeffSenior Engineer', 'Senior Engineer'],
    ['Caf\u0065\u0301 Manager', 'Caf\u00e9 Manager'],
  ])('%j reads as %j', (raw, expected) => {
    expect(collapseInline(raw)).toBe(expected);
  });
});

describe('a multi-line description', () => {
  it('keeps paragraphs, collapses spaces in each line and trims it', () => {
    expect(normalizeBlockText('  Who we are  \n  We\t\tsell   bread.\u00a0 \nTasks:  bake')).toBe('Who we are\nWe sell bread.\nTasks: bake');
  });

  it('reads Windows and old Mac line ends as line breaks', () => {
    expect(normalizeBlockText('Who we are\r\nWe sell bread.\rTasks: bake')).toBe('Who we are\nWe sell bread.\nTasks: bake');
    expect(normalizeBlockText('Who we are\r\n\r\nWe sell bread.')).toBe('Who we are\n\nWe sell bread.');
  });

  it('turns runs of invisible characters into one space', () => {
    expect(normalizeBlockText('Soft\u200b\u200bware\u200c\u200cteam\u200d\u200dlead\ufeff\ufeffwanted')).toBe('Soft ware team lead wanted');
  });

  it('keeps at most one blank line between paragraphs and none at the start or end', () => {
    expect(normalizeBlockText('\n \n\u200b\nWho we are\n\n\n   \nWe sell bread.\n\nTasks: bake\n\n \n')).toBe('Who we are\n\nWe sell bread.\n\nTasks: bake');
  });

  it('composes accents so the same word compares equal', () => {
    expect(normalizeBlockText('Caf\u0065\u0301\nZu\u0308rich')).toBe('Caf\u00e9\nZ\u00fcrich');
  });

  it('is empty for blank text', () => {
    expect(normalizeBlockText(' \n\n \u200b \n')).toBe('');
  });
});

describe('the key names are compared by', () => {
  it.each([
    ['Société Générale', 'societe generale'],
    ['  ZÜRICH   Versicherung ', 'zurich versicherung'],
    ['Soci\u0065\u0301te\u0301 Ge\u0301ne\u0301rale', 'societe generale'],
    ['Nestlé\u200b S.A.', 'nestle s.a.'],
    ['Łódź', 'łodz'],
  ])('%j → %j', (name, key) => {
    expect(comparisonKey(name)).toBe(key);
  });
});
