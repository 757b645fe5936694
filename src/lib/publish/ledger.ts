// The permalink ledger (content/claim-ids.json): every claim id ever
// published, so an old URL keeps answering after a claim's text changes, it is
// merged or excluded: it redirects to its successor or explains the withdrawal.
import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import type { Claim } from "../schema.ts";
import { normaliseClaimText } from "../ids.ts";
import { InputError, zodMessage } from "../errors.ts";

export const LedgerEntry = z.object({
  article: z.string(),
  speaker: z.string(),
  /** the claim's text when it was last live, shortened */
  text: z.string(),
  status: z.enum(["live", "moved", "withdrawn"]),
  to: z.string().optional(),
  reason: z.string().optional(),
});
export const Ledger = z.record(z.string().regex(/^[a-z0-9-]+$/), LedgerEntry);
export type LedgerEntry = z.infer<typeof LedgerEntry>;
export type Ledger = z.infer<typeof Ledger>;

export function readLedger(file: string): Ledger {
  if (!existsSync(file)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new InputError(file, `not JSON: ${(e as Error).message}`);
  }
  const parsed = Ledger.safeParse(data);
  if (!parsed.success) throw new InputError(file, zodMessage(parsed.error));
  return parsed.data;
}

const words = (s: string) => new Set(normaliseClaimText(s).split(" ").filter((w) => w.length > 2));
function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}
const short = (s: string) => (s.length > 240 ? `${s.slice(0, 239)}…` : s);

/**
 * The ledger after a build: current claims are live; an excluded claim is
 * withdrawn with the editor's reason; a published id that is gone moves to the
 * most similar current claim of the same article (same words, mostly), or is
 * withdrawn. Linear: candidates are looked for within the same article only.
 */
export function updateLedger(old: Ledger, claims: Claim[], excluded: Array<{ claim: Claim; reason: string }>): Ledger {
  const next: Ledger = {};
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) {
    next[c.id] = { article: c.article, speaker: c.speaker.id, text: short(c.text), status: "live" };
    const l = byArticle.get(c.article);
    if (l) l.push(c);
    else byArticle.set(c.article, [c]);
  }
  for (const { claim: c, reason } of excluded)
    next[c.id] = { article: c.article, speaker: c.speaker.id, text: short(c.text), status: "withdrawn", reason: `Excluded by the editors: ${reason}` };
  for (const [id, e] of Object.entries(old)) {
    if (next[id]) continue;
    if (e.status !== "live") {
      next[id] = e;
      continue;
    }
    const mine = words(e.text);
    let best: { c: Claim; score: number } | null = null;
    for (const c of byArticle.get(e.article) ?? []) {
      const score = similarity(mine, words(c.text)) + (c.speaker.id === e.speaker ? 0.1 : 0);
      if (!best || score > best.score) best = { c, score };
    }
    next[id] =
      best && best.score >= 0.5
        ? { ...e, status: "moved", to: best.c.id, reason: "The article was corrected or the claim re-extracted; this is its current version." }
        : { ...e, status: "withdrawn", reason: byArticle.has(e.article) ? "The statement is no longer in the source article." : "The source article was removed." };
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}

/** Where an old id leads: a live id, or null when the chain ends in a withdrawal. */
export function resolveLedger(ledger: Ledger, id: string): string | null {
  const seen = new Set<string>();
  let cur: string | undefined = id;
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    const e: LedgerEntry | undefined = ledger[cur];
    if (!e || e.status === "live") return cur;
    if (e.status === "withdrawn") return null;
    cur = e.to;
  }
  return null;
}
