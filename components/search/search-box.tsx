'use client';
// The one search form (site header, search page, 404 page): a real GET form to /search (works
// without JavaScript), enhanced into an accessible combobox that suggests people and companies as
// one types (ARIA APG combobox pattern).
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

type Suggestion = {
  kind: 'owner' | 'issuer'; cik: string; name: string | null; label: string; ticker: string | null; href: string;
  /** A former name or ticker that found it; a person's latest company and role. */
  formerly?: string; context?: string;
};

const DEBOUNCE_MS = 150;

const inputClass =
  'h-9 w-full rounded-md border border-zinc-300 bg-white px-3 text-sm text-zinc-900 placeholder:text-zinc-500 focus:outline-2 focus:outline-offset-1 focus:outline-sky-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400';

/**
 * `header`: the site header's box (Enter submits). `page`: on a page of its own (search results, 404),
 * with a Search button and the current query filled in.
 */
export function SearchBox({
  id = 'site-search',
  variant = 'header',
  defaultValue = '',
  label = 'Search people, companies, tickers or CIKs',
}: {
  id?: string;
  variant?: 'header' | 'page';
  defaultValue?: string;
  label?: string;
}) {
  const router = useRouter();
  const listId = useId();
  const [query, setQuery] = useState(defaultValue);
  // Suggest only for what the user types, not for the query a results page opens with.
  const [typed, setTyped] = useState(false);
  const [results, setResults] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (!typed) return;
    if (!q) {
      abort.current?.abort();
      setResults([]);
      setStatus('');
      return;
    }
    const timer = setTimeout(async () => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      try {
        const response = await fetch(`/api/search?q=${encodeURIComponent(q)}&limit=8`, { signal: controller.signal });
        // A query the API refuses (over 200 characters) has no suggestions; the form still submits it.
        if (!response.ok) {
          setResults([]);
          return;
        }
        const body = (await response.json()) as { results: Suggestion[] };
        setResults(body.results);
        setActive(-1);
        setOpen(true);
        setStatus(body.results.length === 0 ? 'No suggestions' : `${body.results.length} suggestion${body.results.length === 1 ? '' : 's'}, use the arrow keys to choose`);
      } catch {
        // Aborted by newer typing, or offline: the form still submits to /search.
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, typed]);

  const expanded = open && results.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  function go(s: Suggestion) {
    setOpen(false);
    setQuery('');
    router.push(s.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!expanded) return setOpen(true);
      setActive((i) => (i + 1) % results.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) return;
      setActive((i) => (i <= 0 ? results.length - 1 : i - 1));
    } else if (event.key === 'Enter') {
      const chosen = expanded && active >= 0 ? results[active] : undefined;
      if (chosen) {
        event.preventDefault();
        go(chosen);
      }
      // Otherwise the form submits to /search.
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else {
        setQuery('');
      }
    }
  }

  const header = variant === 'header';
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label={header ? 'Site search' : undefined}
      className={header ? 'w-full max-w-md' : 'flex max-w-xl gap-2'}
      onSubmit={() => setOpen(false)}
    >
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <div className="relative min-w-0 flex-1">
        <input
          id={id}
          name="q"
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setTyped(true);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => results.length > 0 && setOpen(true)}
          placeholder={header ? 'Search name, company, ticker or CIK' : 'Name, company, ticker or CIK'}
          autoComplete="off"
          spellCheck={false}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          className={inputClass}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label="Suggestions"
          hidden={!expanded}
          className="absolute right-0 left-0 z-30 mt-1 max-h-96 overflow-auto rounded-md border border-zinc-200 bg-white py-1 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
        >
          {results.map((s, i) => (
            <li
              key={`${s.kind}-${s.cik}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: it fires before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                go(s);
              }}
              onMouseEnter={() => setActive(i)}
              className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5 ${i === active ? 'bg-sky-50 dark:bg-sky-950' : ''}`}
            >
              <span className="min-w-0 truncate">
                {s.label}
                {s.ticker ? <span className="ml-1.5 font-mono text-xs text-zinc-500 dark:text-zinc-400">{s.ticker}</span> : null}
                {s.formerly || s.context ? (
                  <span className="block truncate text-xs text-zinc-500 dark:text-zinc-400">{s.formerly ? `formerly ${s.formerly}` : s.context}</span>
                ) : null}
              </span>
              <span className="shrink-0 text-xs text-zinc-500 dark:text-zinc-400">{s.kind === 'owner' ? 'Person' : 'Company'}</span>
            </li>
          ))}
        </ul>
      </div>
      {header ? null : (
        <button type="submit" className="h-9 rounded-md bg-zinc-900 px-4 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300">
          Search
        </button>
      )}
      <p className="sr-only" aria-live="polite">{status}</p>
    </form>
  );
}
