// The holdings chart's steps between the server and its island, and their elements. A chart has up to
// 60 steps, each a dot with its tooltip and a row of the table: sent as arrays of values in the RSC
// payload they were most of the person page's render time. The steps travel as one string (a few
// characters a step, no quotes to escape in the payload); the island builds each dot and row from it
// as few React elements as it can (React escapes their text), and keeps them per chart (elementsOf).
import type { ReactElement } from 'react';
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

/** A step's words, each formatted once however often the step is written (its tooltip and its row). */
type Words = { date: string; code: string; meaning: string | null; kind: string; shares: string };

function wordsOf(steps: readonly PlotStep[]): Words[] {
  // formatShortDate keeps each date's text: steps sharing a date format it once.
  return steps.map((s) => {
    const date = formatShortDate(s.date);
    return { date, code: s.code ?? '—', meaning: describeCode(s.code), kind: KINDS[s.directOrIndirect].label, shares: formatShares(s.sharesOwnedAfter) };
  });
}

/** What a dot's tooltip says about its transaction: one string, so React writes one text node. */
function titleOf(w: Words, filedCode: boolean): string {
  return `${w.date}: ${filedCode ? w.code : 'no code'}${w.meaning ? ` (${w.meaning})` : ''}, ${w.shares} shares held ${w.kind.toLowerCase()}ly after`;
}

/** A chart's marks per line and its table's rows, as elements with nothing shared left on them. */
export type StepElements = { marks: Record<'D' | 'I', ReactElement[]>; rows: ReactElement[] };

/**
 * The chart's marks and its table's rows. Marks: per line (`kinds`), its dots, each a circle whose
 * <title> is its tooltip, then the codes' letters above the steps far enough apart to be read. Fill,
 * colour, the letters' font and which line the dots are on (data-line) are the line's group's
 * (holdings-plot.tsx), not each mark's.
 */
export function stepElements(steps: readonly PlotStep[], kinds: readonly ('D' | 'I')[]): StepElements {
  const words = wordsOf(steps);
  const marks: StepElements['marks'] = { D: [], I: [] };
  for (const kind of kinds) {
    const dots: ReactElement[] = [];
    const letters: ReactElement[] = [];
    let lastLabel = -Infinity;
    steps.forEach((s, i) => {
      if (s.directOrIndirect !== kind) return;
      const w = words[i]!;
      dots.push(<circle key={i} cx={s.x} cy={s.y} r={3}><title>{titleOf(w, s.code !== null)}</title></circle>);
      if (s.code !== null && s.x - lastLabel >= LABEL_GAP) {
        lastLabel = s.x;
        letters.push(<text key={i} x={s.x} y={Math.max(CHART.top, Math.round((s.y - 7) * 10) / 10)}>{w.code}</text>);
      }
    });
    if (letters.length > 0) dots.push(<g key="letters" aria-hidden="true">{letters}</g>);
    marks[kind] = dots;
  }
  const rows = words.map((w, i) => (
    <tr key={i}>
      <td>{w.date}</td>
      <td className="code"><b>{w.code}</b>{w.meaning ? <span>{w.meaning}</span> : null}</td>
      <td>{w.kind}</td>
      <td className="num">{w.shares}</td>
    </tr>
  ));
  return { marks, rows };
}

// The server renders the same charts request after request (until the database changes): their
// elements are kept for the latest few. A chart's elements depend only on its steps and lines.
const MAX_KEPT = 32;
const kept = new Map<string, StepElements>();

/** stepElements of a chart's encoded steps, built once while the chart is among the latest kept. */
export function elementsOf(steps: string, kinds: readonly ('D' | 'I')[]): StepElements {
  const key = `${kinds.join('')}\n${steps}`;
  let elements = kept.get(key);
  if (!elements) {
    elements = stepElements(decodeSteps(steps), kinds);
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(key, elements);
  }
  return elements;
}
