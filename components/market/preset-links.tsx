// The presets: each is just a URL (lib/trade-urls.ts TRADE_PRESETS), the one shown marked current.
import Link from 'next/link';

export function PresetLinks({ presets, current, label = 'Presets' }: {
  presets: { label: string; href: string; query: string }[];
  /** The page's own filters as a canonical query string. */
  current: string;
  label?: string;
}) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2 text-sm">
        {presets.map((p) => (
          <li key={p.href}>
            <Link
              href={p.href}
              prefetch={false}
              aria-current={p.query === current ? 'page' : undefined}
              className="inline-block rounded-full border border-zinc-300 px-3 py-1 hover:border-sky-600 hover:text-sky-700 aria-[current=page]:border-sky-700 aria-[current=page]:bg-sky-50 aria-[current=page]:text-sky-900 dark:border-zinc-700 dark:aria-[current=page]:bg-sky-950 dark:aria-[current=page]:text-sky-100"
            >
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
