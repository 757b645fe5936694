// Layout of a speaker's claims over time, one row per main topic, for an
// inline SVG drawn at build time (no chart library in the browser).
import type { ClaimData } from "./data.ts";
import { formatDate, stanceLabel, statement, truncate } from "./format.ts";

export interface Dot {
  id: string;
  x: number;
  y: number;
  stance: ClaimData["stance"];
  label: string;
}
export interface Timeline {
  width: number;
  height: number;
  rows: Array<{ topic: string; y: number }>;
  dots: Dot[];
  ticks: Array<{ x: number; label: string }>;
}

const LEFT = 150;
const RIGHT = 20;
const ROW = 34;
const TOP = 16;
/** Vertical distance between the dots of claims made the same day (radius 6). */
const STEP = 14;

const time = (d: string) => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d.slice(0, 10));

export function layoutTimeline(claims: ClaimData[], topicTitle: (id: string) => string, width = 720): Timeline | null {
  const dotLabel = (c: ClaimData) => `${formatDate(c.date)}: ${stanceLabel(c.stance, topicTitle(c.topics[0]!))}, ${truncate(statement(c), 80)}`;
  const dated = claims.filter((c) => c.date && c.topics[0]);
  if (!dated.length) return null;
  const topics = [...new Set(dated.map((c) => c.topics[0]!))];
  const ts = dated.map((c) => time(c.date!));
  let lo = Math.min(...ts);
  let hi = Math.max(...ts);
  const pad = Math.max((hi - lo) * 0.05, 15 * 86_400_000);
  lo -= pad;
  hi += pad;
  const x = (t: number) => LEFT + ((t - lo) / (hi - lo)) * (width - LEFT - RIGHT);
  // Claims of one row on the same day stack in a column, one dot above the other (STEP apart, so
  // none overlaps and each stays a target of its own); a row is as tall as its highest stack.
  const stackOf = new Map<string, number>();
  const stackAt = dated.map((c) => {
    const key = `${c.topics[0]}|${c.date}`;
    const k = stackOf.get(key) ?? 0;
    stackOf.set(key, k + 1);
    return k;
  });
  const tallest = new Map<string, number>();
  for (const [key, n] of stackOf) {
    const t = key.slice(0, key.indexOf("|"));
    tallest.set(t, Math.max(tallest.get(t) ?? 0, n));
  }
  const rowHeight = (t: string) => Math.max(ROW, (tallest.get(t) ?? 1) * STEP + 12);
  let top = TOP;
  const rows = topics.map((topic) => {
    const h = rowHeight(topic);
    const row = { topic: topicTitle(topic), y: top + h / 2 };
    top += h;
    return row;
  });
  const rowOf = new Map(topics.map((t, i) => [t, rows[i]!.y]));
  const dots = dated.map((c, i) => {
    const n = stackOf.get(`${c.topics[0]}|${c.date}`)!;
    const k = stackAt[i]!;
    const y = rowOf.get(c.topics[0]!)! + (k - (n - 1) / 2) * STEP;
    return { id: c.id, x: x(time(c.date!)), y, stance: c.stance, label: dotLabel(c) };
  });
  // Axis labels at year starts over long spans, else at month starts (every third month over a year).
  const ticks: Timeline["ticks"] = [];
  const years = (hi - lo) / (365 * 86_400_000);
  const step = years >= 2 ? 12 : years >= 1 ? 3 : 1;
  const first = new Date(lo);
  let m = first.getUTCFullYear() * 12 + first.getUTCMonth() + 1;
  if (step === 12) m = Math.ceil(m / 12) * 12;
  for (; ; m += step) {
    const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
    if (t >= hi) break;
    ticks.push({ x: x(t), label: step === 12 ? String(Math.floor(m / 12)) : new Date(t).toISOString().slice(0, 7) });
  }
  return { width, height: top + 28, rows, dots, ticks };
}
