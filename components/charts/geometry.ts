// Scales, ticks and paths of the two charts, from d3-scale and d3-shape: plain data in, coordinates
// and labels out, so the SVG components only place them and the numbers can be tested.
import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';

/** The drawing's own units (the SVG scales to its box through viewBox). */
export const CHART = { width: 640, height: 220, top: 12, right: 16, bottom: 26, left: 64 } as const;

const DAY = 86_400_000;
/** Coordinates to a tenth of a unit: finer is invisible and only lengthens the page. */
const r = (v: number) => Math.round(v * 10) / 10 + 0; // + 0: never -0
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const compactNumber = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const compactDollars = new Intl.NumberFormat('en-US', { notation: 'compact', style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 1 });
const monthYear = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const yearOnly = new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone: 'UTC' });
const monthDay = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

export type Tick = { at: number; label: string };

export type StepPoint = { date: string; shares: number; code: string | null };

export type HoldingsGeometry = {
  xTicks: Tick[];
  yTicks: Tick[];
  /** The line's path (steps held until the next transaction, and to the chart's right edge) and its markers. */
  lines: { key: 'D' | 'I'; path: string; points: (StepPoint & { x: number; y: number })[] }[];
};

type Place = { x: number; y: number };

/**
 * The places a step line must pass through to be drawn whole. Steps on one day (the same x) draw one
 * vertical line: its lowest, highest and last places draw all of it, and a place the same as the one
 * before draws nothing.
 */
export function pathPlaces(places: readonly Place[]): Place[] {
  const out: Place[] = [];
  for (let i = 0; i < places.length; ) {
    let j = i;
    while (j + 1 < places.length && places[j + 1]!.x === places[i]!.x) j++;
    let low = i;
    let high = i;
    for (let k = i; k <= j; k++) {
      if (places[k]!.y < places[low]!.y) low = k;
      if (places[k]!.y > places[high]!.y) high = k;
    }
    for (let k = i; k <= j; k++) {
      const p = places[k]!;
      const before = out[out.length - 1];
      if ((k === low || k === high || k === j) && !(before && before.x === p.x && before.y === p.y)) out.push(p);
    }
    i = j + 1;
  }
  return out;
}

/** Shares held over time: a step line per kind of ownership on shared time and share axes from zero. */
export function holdingsGeometry(lines: { key: 'D' | 'I'; points: StepPoint[] }[]): HoldingsGeometry {
  const all = lines.flatMap((l) => l.points);
  const times = all.map((p) => utc(p.date));
  let start = Math.min(...times);
  let end = Math.max(...times);
  // One day only: a month either side, so the step has width.
  if (end - start < DAY) [start, end] = [start - 30 * DAY, end + 30 * DAY];
  const x = scaleUtc().domain([start, end]).range([CHART.left, CHART.width - CHART.right]).nice(5);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...all.map((p) => p.shares))])
    .range([CHART.height - CHART.bottom, CHART.top])
    .nice(4);
  const right = x.domain()[1]!.getTime();
  const path = line<Place>().x((p) => p.x).y((p) => p.y).curve(curveStepAfter).digits(1);
  const xTicks = x.ticks(5);
  const spanDays = (xTicks.at(-1)!.getTime() - xTicks[0]!.getTime()) / DAY;
  const dateLabel = spanDays > 3 * 365 ? yearOnly : spanDays > 120 ? monthYear : monthDay;
  return {
    xTicks: xTicks.map((d) => ({ at: r(x(d)), label: dateLabel.format(d) })),
    yTicks: y.ticks(4).map((v) => ({ at: r(y(v)), label: compactNumber.format(v) })),
    lines: lines.map(({ key, points }) => {
      const placed = points.map((p) => ({ ...p, x: r(x(utc(p.date))), y: r(y(p.shares)) }));
      // The last amount is held to the chart's right edge.
      const held = [...placed, { x: r(x(right)), y: placed[placed.length - 1]!.y }];
      return { key, path: path(pathPlaces(held)) ?? '', points: placed };
    }),
  };
}

export type MonthBar = { month: string; x: number; width: number; buyY: number; buyHeight: number; sellY: number; sellHeight: number };

export type MonthlyGeometry = { bars: MonthBar[]; zero: number; xTicks: Tick[]; yTicks: Tick[] };

/** Every month from `from` to `to` (YYYY-MM), both included. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (let guard = 0; guard < 2400; guard++) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (key > to) break;
    out.push(key);
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  return out;
}

/** Purchases up and sales down from a zero line, one band per calendar month from `from` to `to`. */
export function monthlyGeometry(from: string, to: string, months: { month: string; purchaseValue: number; saleValue: number }[]): MonthlyGeometry {
  const domain = monthRange(from, to);
  const x = scaleBand<string>().domain(domain).range([CHART.left, CHART.width - CHART.right]).paddingInner(0.2).paddingOuter(0.1);
  const top = Math.max(0, ...months.map((m) => m.purchaseValue));
  const bottom = Math.max(0, ...months.map((m) => m.saleValue));
  const y = scaleLinear()
    .domain([-bottom, top === 0 && bottom === 0 ? 1 : top])
    .range([CHART.height - CHART.bottom, CHART.top])
    .nice(4);
  const zero = r(y(0));
  // A month's label where a year starts (every year, or every few on a long span); each month on a short one.
  const years = domain.filter((m) => m.endsWith('-01'));
  const every = Math.max(1, Math.ceil(years.length / 8));
  const labelled = domain.length <= 12
    ? domain.filter((_, i) => i % Math.ceil(domain.length / 6) === 0)
    : years.filter((_, i) => i % every === 0);
  const short = domain.length <= 12;
  return {
    zero,
    bars: months.map((m) => ({
      month: m.month,
      x: r(x(m.month) ?? 0),
      width: r(x.bandwidth()),
      buyY: r(y(m.purchaseValue)),
      buyHeight: r(zero - y(m.purchaseValue)),
      sellY: zero,
      sellHeight: r(y(-m.saleValue) - zero),
    })),
    xTicks: labelled.map((m) => ({
      at: r((x(m) ?? 0) + x.bandwidth() / 2),
      label: (short ? monthYear : yearOnly).format(utc(`${m}-01`)),
    })),
    // Sales read as positive amounts below the line.
    yTicks: y.ticks(4).map((v) => ({ at: r(y(v)), label: compactDollars.format(Math.abs(v)) })),
  };
}
