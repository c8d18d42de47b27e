// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractJobPosting, MAX_DESCRIPTION_CHARS } from './index';
import { truncateAtBoundary } from './truncate';
import { documentFromHtml } from './test-support';

describe('long descriptions', () => {
  it('leaves descriptions within the limit alone', () => {
    expect(truncateAtBoundary('Short text.', 100)).toEqual({ text: 'Short text.', truncated: false });
  });

  it('cuts at the last paragraph break before the limit', () => {
    const text = `${'a'.repeat(70)}\n\n${'b'.repeat(50)}`;
    expect(truncateAtBoundary(text, 100)).toEqual({ text: 'a'.repeat(70), truncated: true });
  });

  it('cuts at a sentence end when no paragraph break is near the limit', () => {
    const text = `${'Word '.repeat(14)}ends here. And then another sentence that runs past the limit.`;
    expect(truncateAtBoundary(text, 100)).toEqual({ text: `${'Word '.repeat(14)}ends here.`, truncated: true });
  });

  it('cuts a 50,000-character posting to at most MAX_DESCRIPTION_CHARS and says so', () => {
    const paragraph = `<p>${'We plan irrigation for farms across three states and need help. '.repeat(10)}</p>`;
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'JobPosting',
      title: 'Agronomist',
      hiringOrganization: { name: 'FieldWorks' },
      description: paragraph.repeat(80),
    })}</script></head><body></body></html>`;
    const url = 'https://fieldworks.example/jobs/1';
    const result = extractJobPosting(documentFromHtml(html, url), url);
    if (!result.found) throw new Error(result.reason);
    expect(result.descriptionTruncated).toBe(true);
    expect(result.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS);
    expect(result.description.length).toBeGreaterThan(MAX_DESCRIPTION_CHARS * 0.9);
    expect(result.description.endsWith('need help.')).toBe(true);
  });
});

describe('where a long description is cut', () => {
  // With a limit of 100 characters a boundary is used only from character 60 on (60% kept).
  const LIMIT = 100;

  it('cuts after the last line of a list when no paragraph or sentence ends near the limit, dropping the line’s trailing spaces', () => {
    const list = ['Our stack', '- Kotlin and coroutines', '- PostgreSQL and Kafka on AWS ', '- Kubernetes with Terraform and Helm charts'];
    expect(truncateAtBoundary(list.join('\n'), LIMIT)).toEqual({ text: list.slice(0, 3).join('\n').trimEnd(), truncated: true });
  });

  it('uses a boundary that keeps exactly 60% of the limit', () => {
    const sixty = 'Kotlin, PostgreSQL, Kafka, Kubernetes, Terraform and Grafana'; // 60 characters
    expect(sixty).toHaveLength(60);
    const tail = 'then on call with the platform team every sixth week of the year';
    expect(truncateAtBoundary(`${sixty}\n\nOn call\n${tail}`, LIMIT)).toEqual({ text: sixty, truncated: true });
    expect(truncateAtBoundary(`${sixty}\n${tail}`, LIMIT)).toEqual({ text: sixty, truncated: true });
    expect(truncateAtBoundary(`${sixty.slice(0, 59)}. ${tail}`, LIMIT)).toEqual({ text: `${sixty.slice(0, 59)}.`, truncated: true });
    expect(truncateAtBoundary(`${sixty} ${'x'.repeat(60)}`, LIMIT)).toEqual({ text: sixty, truncated: true });
  });

  it('ignores boundaries that would keep less than 60% of the limit', () => {
    const intro = 'About us';
    const body = 'We build irrigation planning software for farms across three states and need help with it all, e.g. Node.js and more';
    expect(truncateAtBoundary(`${intro}\n\n${body}`, LIMIT)).toEqual({ text: `${intro}\n\n${body}`.slice(0, LIMIT).replace(/\s\S*$/, ''), truncated: true });
    expect(truncateAtBoundary(`${intro}. ${body}`, LIMIT).text).toBe(`${intro}. ${body}`.slice(0, LIMIT).replace(/\s\S*$/, ''));
    expect(truncateAtBoundary(`${intro}\n${body}`, LIMIT).text).toBe(`${intro}\n${body}`.slice(0, LIMIT).replace(/\s\S*$/, ''));
  });

  it('cuts at the last word break when the text has no line or sentence end, without trailing spaces', () => {
    const words = 'Kotlin Kubernetes Terraform PostgreSQL Kafka Grafana Prometheus Redis Docker Linux Helm ArgoCD  Istio Envoy';
    expect(truncateAtBoundary(words, LIMIT)).toEqual({ text: 'Kotlin Kubernetes Terraform PostgreSQL Kafka Grafana Prometheus Redis Docker Linux Helm ArgoCD', truncated: true });
  });

  it('does not treat the dot of “Node.js” or “e.g.” inside a sentence as a sentence end', () => {
    const text = 'We run everything on one stack, for example Node.js services and e.g.Deno workers, Postgres and Redis behind them all day long';
    expect(truncateAtBoundary(text, LIMIT).text).toBe(text.slice(0, LIMIT).replace(/\s\S*$/, ''));
  });

  it('leaves a description of exactly the limit whole', () => {
    const text = 'Kotlin, PostgreSQL, Kafka, Kubernetes, Terraform and Grafana. On call every sixth week, paid extras!';
    expect(text).toHaveLength(100);
    expect(truncateAtBoundary(text, LIMIT)).toEqual({ text, truncated: false });
  });

  it('cuts a single unbroken token (a long link) at the limit', () => {
    const link = `https://careers.example.com/apply?ref=${'a1b2c3'.repeat(30)}`;
    expect(truncateAtBoundary(link, LIMIT)).toEqual({ text: link.slice(0, LIMIT), truncated: true });
  });

  it('cuts at the limit when the only word break would keep less than 60%', () => {
    const text = `${'Stack:'.padEnd(59, '-')} ${'x'.repeat(80)}`;
    expect(text.indexOf(' ')).toBe(59);
    expect(truncateAtBoundary(text, LIMIT)).toEqual({ text: text.slice(0, LIMIT), truncated: true });
  });

  it.each([
    ['!', 'We ship to customers every week, review every change together and you will love it!'],
    ['?', 'Do you enjoy shipping to customers every week and reviewing every change together?'],
    ['…', 'We ship to customers every week, review every change together, and test a lot too…'],
  ])('cuts after a sentence ending in %s', (_mark, sentence) => {
    const text = `${sentence} ${'Then another sentence runs well past the limit and is dropped. '.repeat(2)}`;
    const cut = truncateAtBoundary(text, LIMIT);
    expect(cut.text.endsWith(sentence)).toBe(true);
    expect(cut.text.length).toBeGreaterThanOrEqual(60);
  });

  it('cuts after a Chinese full stop rather than after the heading that follows it', () => {
    const duties = '岗位职责：负责公司核心系统的设计与开发，参与需求评审和技术方案讨论，保证系统的稳定性和性能。';
    const text = `${duties}\n任职要求\n本科及以上学历，三年以上后端开发经验，熟悉分布式系统和数据库设计，具备良好的沟通能力和团队合作精神。`;
    expect(truncateAtBoundary(text, 70)).toEqual({ text: duties, truncated: true });
  });
});
