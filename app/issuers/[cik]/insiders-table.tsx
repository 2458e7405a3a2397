import { formatShortDate } from '@/lib/format';
import type { Insider } from '@/db/queries/types';
import { heldTotals, type ReportedHolding } from '@/lib/domain/holdings';
import { ShowAllRows } from '@/components/ui/list-table';
import { mutedClass, sectionTitleClass } from '@/components/ui/styles';
import { InsiderRows, type InsiderTuple } from './insiders-rows';

type Props = {
  insiders: Insider[];
  /** Readable names by CIK (db/queries/names-evidence), for at least the rows shown. */
  names: ReadonlyMap<string, string>;
  /** What each filing of a shown insider's holdings says they hold (db/queries/holdings.ts), by accession. */
  holdings: ReadonlyMap<string, ReportedHolding[]>;
  issuerCik: string;
  /** Rows to show (the latest filers); the rest behind `showAllHref`. */
  limit: number;
  showAllHref: string;
};

/** Only the boxes checked and the texts given: the rest would be sent for nothing. */
function rolesOf(i: Insider) {
  return Object.fromEntries(
    (['isDirector', 'isOfficer', 'isTenPercentOwner', 'isOther', 'officerTitle', 'otherText'] as const).filter((k) => i[k]).map((k) => [k, i[k]]),
  );
}

/** What the insider holds of the security of their latest Table I line, as that line's filing reports it. */
function held(i: Insider, holdings: Props['holdings']): [direct: Insider['sharesHeld'], indirect: Insider['sharesHeld'], indirectHoldings: number] {
  const line = { securityTitle: i.heldSecurity, directOrIndirect: i.heldDirectOrIndirect, sharesOwnedAfter: i.sharesHeld };
  const { direct, indirect, indirectHoldings } = heldTotals(i.heldAccession === null ? undefined : holdings.get(i.heldAccession), line);
  return [direct, indirect, indirectHoldings];
}

/** Everyone who reported at the issuer, latest filer first (the first `limit` of them, with a link to all). */
export function InsidersTable({ insiders, names, holdings, issuerCik, limit, showAllHref }: Props) {
  return (
    <section aria-labelledby="insiders-title" className="space-y-2">
      <h2 id="insiders-title" className={sectionTitleClass}>
        Insiders <span className={`font-normal ${mutedClass}`}>{`(${insiders.length})`}</span>
      </h2>
      {insiders.length === 0 ? (
        <p className={`text-sm ${mutedClass}`}>No reporting owners yet.</p>
      ) : (
        <InsiderRows
          issuerCik={issuerCik}
          rows={insiders.slice(0, limit).map((i): InsiderTuple => [
            i.cik,
            names.get(i.cik) ?? `CIK ${i.cik}`,
            i.name,
            rolesOf(i),
            i.lastAccession,
            formatShortDate(i.lastFiledAt) || i.lastAccession,
            ...held(i, holdings),
            i.heldSecurity,
            i.filings,
          ])}
        />
      )}
      <ShowAllRows shown={limit} total={insiders.length} which="who filed most recently" noun="insiders" href={showAllHref} />
    </section>
  );
}
