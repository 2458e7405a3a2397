// An issuer's industry as a way into the market: its link on the issuer page, and the line a
// screener view filtered by industry (`sic`) shows under its heading.
import Link from 'next/link';
import { industryLabel, type Industry } from '@/lib/domain/industry';
import { linkClass, mutedClass } from '@/components/ui/styles';

/** An issuer's industry, linking to the market's trades at the issuers EDGAR classes under its code. */
export function IndustryLink({ industry }: { industry: Industry }) {
  return (
    <Link href={`/trades?sic=${industry.sic}`} className={linkClass}>
      {industryLabel(industry)}
    </Link>
  );
}

/**
 * Which companies a view filtered by `sic` keeps: `industry` is the code's as stored (null for
 * first digits, or a code no stored issuer has).
 */
export function IndustryFilterNote({ sic, industry, what }: { sic: string; industry: Industry | null; what: string }) {
  const under = industry ? industryLabel(industry) : sic.length < 4 ? `SIC codes starting with ${sic}` : `SIC ${sic}`;
  return (
    <p className={`max-w-3xl text-sm ${mutedClass}`} data-testid="industry-filter">
      {`${what} at the companies EDGAR classes under ${under}. A company's code comes with filings loaded from EDGAR (a submission's header, or its listing); until one has, a company known only from bare XMLs or the SEC's data sets has none.`}
    </p>
  );
}
