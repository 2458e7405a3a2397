// Server-side paging as links: every page of a big table is a URL, and nothing loads all rows.
import Link from 'next/link';
import { toQueryString, type TableView } from '@/lib/search-params';
import { linkClass } from '@/components/ui/styles';

type Props = { label?: string; view: TableView; basePath: string; page: number; pageCount: number; total: number; pageSize: number };

const integer = new Intl.NumberFormat('en-US');

function pagesToShow(page: number, pageCount: number): (number | 'gap')[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push('gap');
    out.push(p);
  });
  return out;
}

export function RowRange({ page, pageSize, total }: { page: number; pageSize: number; total: number }) {
  if (total === 0) return <span>No rows</span>;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <span>
      Rows {integer.format(first)}–{integer.format(last)} of {integer.format(total)}
    </span>
  );
}

export function Pagination({ label = 'Pages', view, basePath, page, pageCount, total, pageSize }: Props) {
  const href = (p: number) => `${basePath}${toQueryString(view, { page: p })}`;
  const item = 'page-item';
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-2 text-sm text-zinc-600 dark:text-zinc-400">
      <RowRange page={page} pageSize={pageSize} total={total} />
      {pageCount > 1 ? (
        <ul className="flex flex-wrap items-center gap-1">
          <li>
            {page > 1 ? (
              <Link href={href(page - 1)} rel="prev" className={`${item} ${linkClass}`}>← Previous</Link>
            ) : (
              <span className={`${item} faint`} aria-disabled="true">← Previous</span>
            )}
          </li>
          {pagesToShow(page, pageCount).map((p, i) =>
            p === 'gap' ? (
              <li key={`gap-${i}`} aria-hidden="true" className="px-1">…</li>
            ) : (
              <li key={p}>
                {p === page ? (
                  <span aria-current="page" className={`${item} bg-zinc-900 font-semibold text-white dark:bg-zinc-100 dark:text-zinc-900`}>{p}</span>
                ) : (
                  <Link href={href(p)} className={`${item} ${linkClass}`} aria-label={`Page ${p}`}>{p}</Link>
                )}
              </li>
            ),
          )}
          <li>
            {page < pageCount ? (
              <Link href={href(page + 1)} rel="next" className={`${item} ${linkClass}`}>Next →</Link>
            ) : (
              <span className={`${item} faint`} aria-disabled="true">Next →</span>
            )}
          </li>
        </ul>
      ) : null}
    </nav>
  );
}
