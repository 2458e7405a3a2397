import { describe, expect, it } from 'vitest';
import { siteUrl } from './site-url';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('siteUrl', () => {
  it('takes the host the request came to, with the forwarded protocol', () => {
    expect(siteUrl(headers({ host: 'insiders.example.org' }), {})).toBe('http://insiders.example.org');
    expect(siteUrl(headers({ host: '10.0.0.5:8080', 'x-forwarded-proto': 'https' }), {})).toBe('https://10.0.0.5:8080');
    expect(siteUrl(headers({ host: 'internal:3000', 'x-forwarded-host': 'public.example.org' }), {})).toBe('http://public.example.org');
  });

  it('lets SITE_URL override the request, without a trailing slash', () => {
    expect(siteUrl(headers({ host: 'internal:3000' }), { SITE_URL: 'https://example.org/section16/' })).toBe('https://example.org/section16');
  });

  it('never puts a host header that is not a host into a link', () => {
    expect(siteUrl(headers({ host: 'evil.example"><script>' }), {})).toBe('http://localhost:3000');
    expect(siteUrl(headers({}), { SITE_URL: 'javascript:alert(1)' })).toBe('http://localhost:3000');
  });
});
