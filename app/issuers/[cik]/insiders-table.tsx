import Link from 'next/link';
import { formatShortDate } from '@/lib/format';
import { readableName } from '@/lib/names';
import type { Insider } from '@/lib/queries/types';
import { Amount } from '@/components/ui/Amount';
import { RoleBadges } from '@/components/ui/RoleBadges';
import { linkClass, mutedClass, sectionTitleClass } from '@/components/ui/styles';

const cell = 'border-b border-zinc-100 px-2 py-1 align-top dark:border-zinc-800/70';
const head = 'sticky top-0 z-10 border-b border-zinc-200 bg-zinc-50 px-2 py-1.5 font-semibold text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-200';

type Props = {
  insiders: Insider[];
  issuerCik: string;
  /** Rows to show (the latest filers); the rest behind `showAllHref`. */
  limit: number;
  showAllHref: string;
};

/** Everyone who reported at the issuer, latest filer first (the first `limit` of them, with a link to all). */
export function InsidersTable({ insiders, issuerCik, limit, showAllHref }: Props) {
  return (
    <section aria-labelledby="insiders-title" className="space-y-2">
      <h2 id="insiders-title" className={sectionTitleClass}>
        Insiders <span className={`font-normal ${mutedClass}`}>({insiders.length})</span>
      </h2>
      {insiders.length === 0 ? (
        <p className={`text-sm ${mutedClass}`}>No reporting owners yet.</p>
      ) : (
        <div className="relative max-h-96 overflow-auto rounded-md border border-zinc-200 dark:border-zinc-800" role="region" aria-label="Insiders" tabIndex={0}>
          <table className="w-full border-separate border-spacing-0 text-sm">
            <caption className="sr-only">Insiders of this issuer, with their latest roles and holdings</caption>
            <thead>
              <tr>
                <th scope="col" className={`${head} text-left`}>Name</th>
                <th scope="col" className={`${head} text-left`}>Roles</th>
                <th scope="col" className={`${head} text-left`}>Last filing</th>
                <th scope="col" className={`${head} text-right`}>Shares held after latest report</th>
                <th scope="col" className={`${head} text-right`}>Filings</th>
              </tr>
            </thead>
            <tbody>
              {insiders.slice(0, limit).map((i) => (
                <tr key={i.cik} className="hover:bg-zinc-50 dark:hover:bg-zinc-900/60">
                  <td className={cell}>
                    <Link href={`/people/${i.cik}`} className={`${linkClass} font-medium`}>
                      {readableName(i.name) || `CIK ${i.cik}`}
                    </Link>
                    <span className={`block text-xs ${mutedClass}`}>as filed: {i.name ?? '—'}</span>
                  </td>
                  <td className={cell}><RoleBadges roles={i} /></td>
                  <td className={`${cell} whitespace-nowrap`}>
                    <Link href={`/filings/${encodeURIComponent(i.lastAccession)}`} className={linkClass}>
                      {formatShortDate(i.lastFiledAt) || i.lastAccession}
                    </Link>
                  </td>
                  <td className={`${cell} num`}>
                    <Amount value={i.sharesHeld} as="shares" />
                    {i.heldDirectOrIndirect ? (
                      <span className={`ml-1 text-xs ${mutedClass}`} title={i.heldDirectOrIndirect === 'I' ? 'Indirect' : 'Direct'}>
                        {i.heldDirectOrIndirect === 'I' ? 'indirect' : 'direct'}
                      </span>
                    ) : null}
                    {i.heldSecurity ? <span className={`block max-w-64 truncate text-xs ${mutedClass}`} title={i.heldSecurity}>{i.heldSecurity}</span> : null}
                  </td>
                  <td className={`${cell} num`}>
                    <Link href={`/issuers/${issuerCik}?insider=${i.cik}#transactions-title`} className={linkClass} aria-label={`${i.filings} filings: show ${readableName(i.name)}'s transactions`}>
                      {i.filings.toLocaleString('en-US')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {insiders.length > limit ? (
        <p className={`text-sm ${mutedClass}`}>
          The {limit.toLocaleString('en-US')} who filed most recently of {insiders.length.toLocaleString('en-US')}.{' '}
          <Link href={showAllHref} className={linkClass}>Show all {insiders.length.toLocaleString('en-US')} insiders</Link>
        </p>
      ) : null}
    </section>
  );
}
