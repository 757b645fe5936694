// Layout of a speaker's claims over time, one row per main topic, for an
// inline SVG drawn at build time (no chart library in the browser).
import type { ClaimData } from "./data.ts";

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

const time = (d: string) => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d.slice(0, 10));

export function layoutTimeline(claims: ClaimData[], topicTitle: (id: string) => string, width = 720): Timeline | null {
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
  const rows = topics.map((topic, i) => ({ topic: topicTitle(topic), y: TOP + i * ROW + ROW / 2 }));
  const rowOf = new Map(topics.map((t, i) => [t, rows[i]!.y]));
  // Dots on the same day and row are spread a little so each stays clickable.
  const seen = new Map<string, number>();
  const dots = dated.map((c) => {
    const key = `${c.topics[0]}|${c.date}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    return { id: c.id, x: x(time(c.date!)) + k * 7, y: rowOf.get(c.topics[0]!)! + ((k % 2) * 2 - 1) * (k ? 5 : 0), stance: c.stance, label: `${c.date}: ${c.stance}` };
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
  return { width, height: TOP + topics.length * ROW + 28, rows, dots, ticks };
}
