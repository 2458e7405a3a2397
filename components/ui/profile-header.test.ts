import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProfileHeader } from './profile-header';

// The bundled samples are made up: their pages say "Sample" and link to no EDGAR page.
const header = (sample?: boolean) =>
  renderToStaticMarkup(createElement(ProfileHeader, {
    kind: 'Issuer', name: 'Contoso Retail Group Inc', ticker: 'CTSO', cik: '9990001',
    facts: [{ term: 'CIK', value: '9990001', mono: true }], firstFiledAt: '2024-03-01', lastFiledAt: '2024-03-01', sample,
  }));

describe('ProfileHeader', () => {
  it('marks a sample issuer and gives it no EDGAR link', () => {
    const html = header(true);
    expect(html).toMatch(/<h1[^>]*>Contoso Retail Group Inc<span[^>]*>CTSO<\/span><span[^>]*>Sample<\/span><\/h1>/);
    expect(html).not.toContain('sec.gov');
    expect(html).not.toContain('View on SEC EDGAR');
  });

  it('links a real issuer to its EDGAR page, outside the list of facts', () => {
    const html = header();
    expect(html).not.toContain('>Sample<');
    expect(html).toContain('href="https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&amp;CIK=0009990001&amp;type=&amp;dateb=&amp;owner=include&amp;count=40"');
    // A <dl> holds only terms and values (axe: definition-list).
    expect(html).toMatch(/<\/dl><p[^>]*><a href="https:\/\/www\.sec\.gov\//);
  });
});
