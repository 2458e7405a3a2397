import Link from 'next/link';
import type { FilingJsonOwner } from '@/lib/domain/filing-json';
import { RoleBadges } from '@/components/ui/role-badges';

function addressLines(owner: FilingJsonOwner): string[] {
  const cityLine = [owner.city, [owner.state, owner.zipCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [owner.street1, owner.street2, cityLine, owner.stateDescription].filter((line): line is string => !!line && line.trim() !== '');
}

/** `names`: each owner's readable name, in the order of `owners`. */
export function ReportingOwners({ owners, names }: { owners: FilingJsonOwner[]; names: readonly string[] }) {
  return (
    <section aria-labelledby="owners-heading" className="mt-8">
      <h2 id="owners-heading" className="text-base font-semibold tracking-tight">
        {owners.length === 1 ? 'Reporting owner' : `Reporting owners (${owners.length})`}
      </h2>
      <ul className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {owners.map((owner, i) => {
          const readable = names[i] ?? `CIK ${owner.cik}`;
          return (
            <li key={`${owner.cik}-${i}`} className="rounded-md border border-zinc-300 p-3 dark:border-zinc-700">
              <p className="font-medium">
                <Link href={`/people/${owner.cik}`} className="text-blue-700 underline-offset-2 hover:underline dark:text-blue-300">
                  {readable}
                </Link>
              </p>
              <p className="text-xs text-zinc-600 dark:text-zinc-400">
                Filed as <span className="font-mono">{owner.name ?? '(no name)'}</span> · CIK <span className="font-mono">{owner.cik}</span>
              </p>
              <div className="mt-2"><RoleBadges roles={owner} list="Relationship to issuer" /></div>
              {addressLines(owner).length > 0 ? (
                <address className="mt-2 text-xs not-italic leading-snug text-zinc-700 dark:text-zinc-300">
                  {addressLines(owner).map((line, j) => (
                    <span key={j} className="block">{line}</span>
                  ))}
                </address>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
