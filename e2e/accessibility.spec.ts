// Each page under axe-core, in light and dark colour schemes and on a phone: any serious or critical
// violation fails (and duplicate landmark names), and the message names the rule, the elements and axe's advice.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { NO_CORPUS, TESLA, hasCorpus } from './support/helpers';

const pages = [
  { name: 'home', url: '/', corpus: false },
  { name: 'issuer', url: `/issuers/${TESLA.cik}`, corpus: true },
  { name: 'person', url: '/people/1494730', corpus: true },
  // 34 footnotes: many markers and tooltips.
  { name: 'filing', url: '/filings/0000899243-21-019441', corpus: true },
  // A Form 3 in its own layout: 23 footnotes over holdings alone.
  { name: 'Form 3 filing', url: '/filings/0001209191-20-051619', corpus: true },
  { name: 'search', url: '/search?q=musk', corpus: true },
  { name: 'not-found', url: '/no-such-page', corpus: false },
  { name: 'trades', url: '/trades', corpus: false },
  { name: 'clusters', url: '/clusters', corpus: false },
  { name: 'industries', url: '/industries?filedFrom=2024-01-01&filedTo=2025-12-31', corpus: true },
];

const variants = [
  { label: 'in light mode', colorScheme: 'light', width: 1280 },
  { label: 'in dark mode', colorScheme: 'dark', width: 1280 },
  { label: 'at 390 px', colorScheme: 'light', width: 390 },
] as const;

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    // landmark-unique is only "moderate", but two landmarks of one name leave a screen reader's list ambiguous.
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'landmark-unique')
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join('; ')}`);
      const more = v.nodes.length > 5 ? [`    …and ${v.nodes.length - 5} more`] : [];
      return [`${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.help}`, ...nodes, ...more].join('\n');
    });
}

for (const target of pages) {
  for (const variant of variants) {
    test(`the ${target.name} page has no serious accessibility violations ${variant.label}`, async ({ page }) => {
      test.skip(target.corpus && !hasCorpus, NO_CORPUS);
      test.setTimeout(60_000);
      await page.setViewportSize({ width: variant.width, height: 900 });
      await page.emulateMedia({ colorScheme: variant.colorScheme });
      await page.goto(target.url);
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page), `axe on ${target.url} ${variant.label}`).toEqual([]);
    });
  }
}
