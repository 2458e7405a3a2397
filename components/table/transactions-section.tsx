// A transactions table with its filters, paging and CSV download: what issuer and person pages share.
import { toQueryString, type TableView } from '@/lib/search-params';
import type { TransactionPage } from '@/db/queries/types';
import { TransactionFilters, type FilterOption } from '@/components/table/transaction-filters';
import { Pagination } from '@/components/table/pagination';
import { TransactionsTable } from '@/components/table/transactions-table';
import { toTableRows } from '@/components/table/table-rows';
import { secondaryButtonClass, sectionTitleClass } from '@/components/ui/styles';

type Props = {
  title: string;
  result: TransactionPage;
  view: TableView;
  basePath: string;
  /** The API path of the same rows ("/api/issuers/46129/transactions"). */
  apiPath: string;
  variant: 'issuer' | 'person';
  who: { name: 'insider' | 'issuer'; label: string; options: FilterOption[] };
};

export function TransactionsSection({ title, result, view, basePath, apiPath, variant, who }: Props) {
  const shown: TableView = { ...view, page: result.page };
  const csvQuery = toQueryString(shown, { page: 1, pageSize: 50 });
  const csvHref = `${apiPath}${csvQuery ? `${csvQuery}&` : '?'}format=csv`;
  return (
    <section aria-labelledby="transactions-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="transactions-title" className={sectionTitleClass}>{title}</h2>
        <a href={csvHref} className={secondaryButtonClass} download>
          Download CSV
        </a>
      </div>
      <TransactionFilters view={shown} basePath={basePath} who={who} />
      <Pagination view={shown} basePath={basePath} page={result.page} pageCount={result.pageCount} total={result.total} pageSize={result.pageSize} />
      <TransactionsTable {...toTableRows(result.rows, variant)} view={shown} basePath={basePath} variant={variant} caption={title} />
      {result.pageCount > 1 ? (
        <Pagination label="Pages, bottom" view={shown} basePath={basePath} page={result.page} pageCount={result.pageCount} total={result.total} pageSize={result.pageSize} />
      ) : null}
    </section>
  );
}
