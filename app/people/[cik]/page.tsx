import type { Metadata } from 'next';
import { cache } from 'react';
import { getPersonByCik, listPersonHeldLines, listPersonIssuers } from '@/db/queries/people';
import { listReportedHoldings } from '@/db/queries/holdings';
import { getReadableName } from '@/db/queries/names-evidence';
import { listPersonTransactions } from '@/db/queries/transactions';
import { getPersonHoldings } from '@/db/queries/holdings-series';
import { HoldingsSection } from '@/components/charts/holdings-section';
import { parseCik } from '@/lib/domain/cik';
import { LIST_LIMIT, showsAll, toQueryString } from '@/lib/search-params';
import { resolveCikPage } from '@/app/cik-page';
import { TransactionsSection } from '@/components/table/transactions-section';
import { ProfileHeader } from '@/components/ui/profile-header';
import { holdsSampleFilings } from '@/db/queries/samples';
import { cached } from '@/db/queries/cache';
import { getDb } from '@/db';
import { latestWhoOptions } from '@/components/table/transaction-filters';
import { CompaniesTable } from './companies-table';

type Props = {
  params: Promise<{ cik: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The name as the person's filings show it should read ("Sergey Brin" filed so stays so). One lookup
// for generateMetadata and the page, kept until the database changes (db/queries/cache.ts).
const loadPerson = cache((cik: string) => {
  const db = getDb();
  return cached(db, `person:${cik}`, () => {
    const person = getPersonByCik(cik, db);
    return person ? { ...person, readable: getReadableName(person.cik, person.name, db) || `CIK ${person.cik}` } : null;
  });
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const cik = parseCik((await params).cik);
  const person = cik ? loadPerson(cik) : null;
  if (!person) return { title: 'Person not found' };
  const name = person.readable;
  const title = `${name}: insider transactions`;
  const description = `Forms 3, 4 and 5 filed by ${name} (filed as ${person.name ?? person.cik}): roles, trades and holdings at each company.`;
  return { title, description, alternates: { canonical: `/people/${person.cik}`, types: { 'application/atom+xml': [{ url: `/people/${person.cik}/feed`, title: `${name}: filings (Atom)` }] } }, openGraph: { title, description } };
}

export default async function PersonPage(props: Props) {
  const { cik, entity: person, sp, view, ignored } = await resolveCikPage('/people', props, loadPerson);
  const db = getDb();
  // The page's reads, kept until the database changes: most requests between two ingests ask for
  // the same views, and a fund's reads (thousands of filings) cost as much as rendering the page.
  const allCompanies = showsAll(sp, 'companies');
  const { issuers, held, holdings, result, issuerOptions } = cached(db, `person-page:${cik}:${allCompanies}:${JSON.stringify(view)}`, () => {
    const issuers = listPersonIssuers(cik, db);
    const held = listPersonHeldLines(cik, db);
    // What the companies shown say they hold, from the filing of each one's latest held line.
    const shown = issuers.slice(0, allCompanies ? issuers.length : LIST_LIMIT).flatMap((i) => held.get(i.cik)?.accession ?? []);
    return {
      issuers,
      held,
      holdings: listReportedHoldings(shown, db),
      result: listPersonTransactions(cik, view, db),
      issuerOptions: latestWhoOptions(issuers, view.issuer, (i) => i.name ?? `CIK ${i.cik}`),
    };
  });
  const name = person.readable;
  // A fund may have reported at thousands of companies: the latest LIST_LIMIT unless all are asked for.
  const companyLimit = allCompanies ? issuers.length : LIST_LIMIT;
  const query = toQueryString(view);
  const showAllHref = `/people/${cik}${query || '?'}${query ? '&' : ''}companies=all#issuers-title`;

  return (
    <div className="space-y-8">
      <ProfileHeader
        kind="Reporting owner"
        sample={holdsSampleFilings()}
        name={name}
        cik={person.cik}
        facts={[
          { term: 'Filed as', value: person.name ?? '—', mono: true },
          { term: 'CIK', value: person.cik, mono: true },
          { term: 'Filings', value: person.filings.toLocaleString('en-US') },
          { term: 'Follow', value: <a href={`/people/${cik}/feed`} className="link" type="application/atom+xml">Atom feed</a> },
        ]}
        firstFiledAt={person.firstFiledAt}
        lastFiledAt={person.lastFiledAt}
        lateFilings={person.lateFilings}
      />

      <CompaniesTable issuers={issuers} held={held} holdings={holdings} personCik={cik} name={name} limit={companyLimit} showAllHref={showAllHref} />

      <HoldingsSection person={name} data={getPersonHoldings(cik, db)} />

      <TransactionsSection
        title="Transactions and holdings"
        result={result}
        view={view}
        basePath={`/people/${cik}`}
        apiPath={`/api/people/${cik}/transactions`}
        variant="person"
        ignored={ignored}
        who={{ name: 'issuer', label: 'Issuer', options: issuerOptions }}
      />
    </div>
  );
}
