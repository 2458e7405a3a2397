import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SearchBox } from '@/components/search/search-box';
import { siteUrl } from '@/lib/site-url';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  return {
    // Pages give canonical and og:url as paths; they resolve against the host the page was asked on
    // (or SITE_URL), not Next's default of localhost.
    metadataBase: new URL(siteUrl(await headers())),
    title: { default: 'Section16: insider transactions', template: '%s · Section16' },
    description: 'Browse SEC Forms 3, 4 and 5: who inside a company bought or sold, when, at what price, and what they hold now.',
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-black">
          Skip to content
        </a>
        <header className="border-b border-zinc-200 dark:border-zinc-800">
          <nav aria-label="Site" className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-2.5">
            <Link href="/" className="text-lg font-semibold tracking-tight">
              Section16
            </Link>
            <span className="hidden text-sm text-zinc-600 lg:inline dark:text-zinc-400">SEC insider transactions</span>
            <Link href="/trades" className="text-sm hover:underline">Trades</Link>
            <Link href="/clusters" className="text-sm hover:underline">Clusters</Link>
            {/* Not on a phone's bar, where the search box needs the room: the home page links it. */}
            <Link href="/industries" className="hidden text-sm hover:underline sm:inline">Industries</Link>
            <div className="ml-auto flex w-full max-w-md min-w-0 justify-end">
              <SearchBox />
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-7xl px-4 py-8 text-xs text-zinc-600 dark:text-zinc-400">
          Data from SEC EDGAR Forms 3, 4 and 5. Section16 is open source and runs on your own machine.
        </footer>
      </body>
    </html>
  );
}
