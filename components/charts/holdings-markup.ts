// The holdings chart's steps between the server and its island, and their markup. A chart has up to
// 60 steps, each a dot with its tooltip and a row of the table: as React elements, and as arrays of
// values in the RSC payload, they were most of the person page's render time. The steps travel as one
// string (a few characters a step, no quotes to escape in the payload); the island writes the dots
// and rows as markup strings with dangerouslySetInnerHTML, so every piece of text goes through escapeText.
import { describeCode } from '@/lib/domain/transaction-codes';
import { formatShares, formatShortDate } from '@/lib/format';
import { CHART } from './geometry';
import { KINDS } from './holdings-kinds';

/** One transaction and where its dot is: the kind's line, the shares held after, the dot's centre. */
export type PlotStep = { date: string; code: string | null; directOrIndirect: 'D' | 'I'; sharesOwnedAfter: number; x: number; y: number };

/** A code's letter is written above its step where the steps are this far apart (units of the drawing). */
export const LABEL_GAP = 14;

// Fields by spaces, steps by newlines; a code is filed text, so it is URI-encoded (no space or newline).
/** The steps as the island's one string: "2020-01-02 P D 1500 64 148.5" per line. */
export function encodeSteps(steps: readonly PlotStep[]): string {
  return steps
    .map((s) => `${s.date} ${s.code === null ? '' : encodeURIComponent(s.code)} ${s.directOrIndirect} ${s.sharesOwnedAfter} ${s.x} ${s.y}`)
    .join('\n');
}

export function decodeSteps(text: string): PlotStep[] {
  if (text === '') return [];
  return text.split('\n').map((line) => {
    const [date = '', code = '', di, shares, x, y] = line.split(' ');
    return { date, code: code === '' ? null : decodeURIComponent(code), directOrIndirect: di === 'I' ? 'I' : 'D', sharesOwnedAfter: Number(shares), x: Number(x), y: Number(y) };
  });
}

const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for an element or a quoted attribute. */
export function escapeText(text: string): string {
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPED[c]!) : text;
}

/** A step's words, each formatted once however often the step is written (its tooltip and its row). */
type Words = { date: string; code: string; meaning: string | null; kind: string; shares: string };

function wordsOf(steps: readonly PlotStep[]): Words[] {
  // Steps of a chart share few dates: each is formatted once.
  const dates = new Map<string, string>();
  return steps.map((s) => {
    let date = dates.get(s.date);
    if (date === undefined) dates.set(s.date, (date = escapeText(formatShortDate(s.date))));
    const meaning = describeCode(s.code);
    return { date, code: escapeText(s.code ?? '—'), meaning: meaning && escapeText(meaning), kind: KINDS[s.directOrIndirect].label, shares: formatShares(s.sharesOwnedAfter) };
  });
}

/** What a dot's tooltip says about its transaction (escaped). */
function titleOf(w: Words, filedCode: boolean): string {
  return `${w.date}: ${filedCode ? w.code : 'no code'}${w.meaning ? ` (${w.meaning})` : ''}, ${w.shares} shares held ${w.kind.toLowerCase()}ly after`;
}

/**
 * The chart's marks and its table's rows. Marks: per line (`kinds`, in order), its dots, each with
 * its tooltip, then the codes' letters above the steps far enough apart to be read.
 */
export function stepMarkup(steps: readonly PlotStep[], kinds: readonly ('D' | 'I')[]): { marks: Record<'D' | 'I', string>; rows: string } {
  const words = wordsOf(steps);
  const marks = { D: '', I: '' };
  for (const kind of kinds) {
    let dots = '';
    let letters = '';
    let lastLabel = -Infinity;
    steps.forEach((s, i) => {
      if (s.directOrIndirect !== kind) return;
      dots += `<circle cx="${s.x}" cy="${s.y}" r="3" data-step="${kind}"><title>${titleOf(words[i]!, s.code !== null)}</title></circle>`;
      if (s.code !== null && s.x - lastLabel >= LABEL_GAP) {
        lastLabel = s.x;
        letters += `<text x="${s.x}" y="${Math.max(CHART.top, Math.round((s.y - 7) * 10) / 10)}">${words[i]!.code}</text>`;
      }
    });
    marks[kind] = letters ? `${dots}<g aria-hidden="true">${letters}</g>` : dots;
  }
  const rows = words
    .map((w) => `<tr><td>${w.date}</td><td class="code"><b>${w.code}</b>${w.meaning ? `<span>${w.meaning}</span>` : ''}</td><td>${w.kind}</td><td class="num">${w.shares}</td></tr>`)
    .join('');
  return { marks, rows };
}
