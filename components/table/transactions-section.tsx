// A transactions table with its filters, paging and CSV download: what issuer and person pages share.
import { toQueryString, type TableView } from '@/lib/search-params';
import { TransactionsTable, type WhoFilter } from '@/components/table/transactions-table';
import { viewChanges } from '@/components/table/table-state';
import { toTableRows, type TransactionLine } from '@/components/table/table-rows';
import { secondaryButtonClass, sectionTitleClass } from '@/components/ui/styles';
import { IgnoredParams } from '@/components/market/ignored-params';
import type { ParamProblem } from '@/lib/search-params';

type Props = {
  title: string;
  /** One page of rows, as the query returns it (db/queries/types.ts TransactionPage). */
  result: { rows: readonly TransactionLine[]; total: number; page: number; pageCount: number };
  view: TableView;
  basePath: string;
  /** The API path of the same rows ("/api/issuers/46129/transactions"). */
  apiPath: string;
  variant: 'issuer' | 'person';
  who: WhoFilter;
  /** Parameters of the URL the view left out ("code=ZZ: not a transaction code"): said, not silently dropped. */
  ignored?: ParamProblem[];
};

export function TransactionsSection({ title, result, view, basePath, apiPath, variant, who, ignored = [] }: Props) {
  const shown: TableView = { ...view, page: result.page };
  const csvQuery = toQueryString(shown, { page: 1, pageSize: 50 });
  const csvHref = `${apiPath}${csvQuery ? `${csvQuery}&` : '?'}format=csv`;
  return (
    <section className="space-y-3">
      <div className="section-head">
        <h2 id="transactions-title" className={sectionTitleClass}>{title}</h2>
        <a href={csvHref} className={secondaryButtonClass} download>
          Download CSV
        </a>
      </div>
      <IgnoredParams ignored={ignored} />
      <TransactionsTable
        {...toTableRows(result.rows, variant)}
        view={viewChanges(shown)}
        total={result.total}
        pageCount={result.pageCount}
        basePath={basePath}
        variant={variant}
        caption={title}
        who={who}
      />
    </section>
  );
}
