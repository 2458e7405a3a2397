// A short label for each line of the test filings (test-filings.ts), so a test can name rows in order.

// Each Acme line by its code and amount: H1000 is the Form 3 holding, M300 the option exercise
// (price filed as text), S1000 the fund's sale, S200 the officer's, P100 and P50 the director's lots.
export const label = (r: { code: string | null; shares: unknown; sharesOwnedAfter: unknown }) => `${r.code ?? 'H'}${r.shares ?? r.sharesOwnedAfter}`;
