import type { FilingJson } from '@/lib/domain/filing-json';
import { DEADLINE_RULES, filingLateness } from '@/lib/domain/filing-deadlines';
import { formatLongDate } from '@/lib/format';

// Two lines under a filing's header: where its copy came from when not from its own document, and
// whether it was filed on time under its form's deadline (lib/domain/filing-deadlines.ts).

export const DATASET_NOTE = "Loaded from the SEC's Insider Transactions Data Set: numbers are rounded to the cent and there is no acceptance time";

type Dated = Pick<FilingJson, 'formType' | 'filedAt' | 'periodOfReport' | 'daysLate' | 'nonDerivative' | 'derivative'>;

/**
 * "Filed 3 business days late (due August 6, 2024: a Form 4 is due by the end of the second business
 * day after the transaction)", "Filed on time (due ...)", or why it is not known. The stored days
 * late (what lists and the `late` filter read) win; the due date and rule come from the lines.
 */
export function latenessText(filing: Dated): string {
  const lateness = filingLateness(filing, [...filing.nonDerivative, ...filing.derivative]);
  if (!lateness.known) return `Whether it was filed on time is not known: ${lateness.why}`;
  const days = filing.daysLate ?? lateness.daysLate;
  // A date as the page's others are written (its header's "Filed September 26, 2025").
  const due = `(due ${formatLongDate(lateness.due)}: ${DEADLINE_RULES[lateness.rule]})`;
  if (days <= 0) return `Filed on time ${due}`;
  return `Filed ${days} business ${days === 1 ? 'day' : 'days'} late ${due}`;
}

export function FilingNotes({ filing, sample = false, fetchingOriginal = false }: { filing: Dated & Pick<FilingJson, 'source'>; sample?: boolean; fetchingOriginal?: boolean }) {
  return (
    <div className="mt-3 max-w-4xl space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
      {filing.source === 'dataset' ? (
        <p data-testid="filing-source">
          {DATASET_NOTE}.{fetchingOriginal ? ' Its original document is being fetched from SEC EDGAR: reload in a moment to see it.' : null}
        </p>
      ) : null}
      {/* A made-up sample's dates say nothing about anyone's diligence. */}
      {sample ? null : <p data-testid="filing-lateness">{latenessText(filing)}.</p>}
    </div>
  );
}
