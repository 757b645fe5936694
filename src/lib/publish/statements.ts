// One statement, every outlet that carried it: claims by the same speaker in
// different articles whose words are the same or nearly so (a translation or
// a paraphrase of the same briefing) form a statement group. A false merge is
// worse than a miss, so the rule is strict: same speaker, other article,
// compatible dates, and most of the shorter version's words in the longer one.
import { createHash } from "node:crypto";
import type { Claim } from "../schema.ts";
import { plainAscii } from "../plain-text.ts";

export const STATEMENT_STOPWORDS = new Set(
  "the a an and or of to in on at for with by from as is are was were be been being it its this that these those he she they we you i his her their our your not no but if so than then there here who which what when where how has have had do does did will would can could should may might must also into over about after before just very any some all more most such only own same too said says say told added".split(
    " ",
  ),
);

/** Content words, lightly stemmed, so "gets"/"get" and "wants"/"want" meet. */
export function stems(text: string): string[] {
  const words = plainAscii(text) ? text.toLowerCase().match(/[a-z]+/g) : text.normalize("NFKD").toLowerCase().match(/\p{L}+/gu);
  return (words ?? []).filter((w) => w.length > 2 && !STATEMENT_STOPWORDS.has(w)).map(stem);
}

/** A word less "ing", "ed", "es" or "s" at its end, then less one of two equal last letters. */
export function stem(word: string): string {
  const cut = word.endsWith("ing") ? 3 : word.endsWith("ed") || word.endsWith("es") ? 2 : word.endsWith("s") ? 1 : 0;
  const w = cut ? word.slice(0, -cut) : word;
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] ? w.slice(0, -1) : w;
}

export interface StatementGroup {
  id: string;
  /** claim ids, earliest report first */
  claims: string[];
}

export interface GroupOptions {
  /** share of the shorter version's distinct words found in the longer */
  minContainment: number;
  minShared: number;
  /** a short version entirely contained in the other needs fewer shared words */
  minSharedContained: number;
  /** stated dates further apart than this are different statements */
  maxDays: number;
}
export const DEFAULT_GROUPING: GroupOptions = { minContainment: 0.5, minShared: 6, minSharedContained: 5, maxDays: 7 };

const statementText = (c: Claim) => (c.quote && c.quote.length > 40 ? c.quote : c.text);

/** The words a claim compares: its statement's, less those naming its speaker (name and role). Every
 * report of one speaker shares those ("Jane Doe, a deputy minister, said that …"), so they tell one
 * statement from another no more than a stopword does; kept, they merged different statements. */
function statementWords(c: Claim): Set<string> {
  const naming = new Set(stems(`${c.speaker.name} ${c.speaker.role ?? ""}`));
  return new Set(stems(statementText(c)).filter((w) => !naming.has(w)));
}
const days = (a: string, b: string) => Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
const published = (c: Claim) => c.source.published ?? c.date ?? "9999";

export function similarity(a: Set<string>, b: Set<string>): { shared: number; containment: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return { shared, containment: shared / Math.max(1, Math.min(a.size, b.size)) };
}

/**
 * Groups claims that report the same statement. Only claims of one speaker
 * are compared, and within a speaker only pairs that share a rare-enough word
 * (through an inverted index), so the cost stays near-linear in the corpus.
 */
export function groupStatements(claims: Claim[], opts: GroupOptions = DEFAULT_GROUPING): StatementGroup[] {
  const bySpeaker = new Map<string, Claim[]>();
  for (const c of claims) {
    const l = bySpeaker.get(c.speaker.id);
    if (l) l.push(c);
    else bySpeaker.set(c.speaker.id, [c]);
  }
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const list of bySpeaker.values()) {
    if (list.length < 2) continue;
    const words = list.map(statementWords);
    const index = new Map<string, number[]>();
    words.forEach((ws, i) =>
      ws.forEach((w) => {
        const posting = index.get(w);
        if (posting) posting.push(i);
        else index.set(w, [i]);
      }),
    );
    for (let i = 0; i < list.length; i++) {
      const counts = new Map<number, number>();
      for (const w of words[i]!) {
        const posting = index.get(w)!;
        if (posting.length > 50) continue; // too common in this speaker's claims to say anything
        for (const j of posting) if (j > i) counts.set(j, (counts.get(j) ?? 0) + 1);
      }
      for (const [j, n] of counts) {
        if (n < Math.min(opts.minShared, opts.minSharedContained)) continue;
        const a = list[i]!;
        const b = list[j]!;
        if (a.article === b.article) continue;
        if (a.dateBasis === "stated" && b.dateBasis === "stated" && a.date && b.date && days(a.date, b.date) > opts.maxDays) continue;
        const sim = similarity(words[i]!, words[j]!);
        const close = (sim.shared >= opts.minShared && sim.containment >= opts.minContainment) || (sim.shared >= opts.minSharedContained && sim.containment >= 0.9);
        if (!close) continue;
        for (const id of [a.id, b.id]) if (!parent.has(id)) parent.set(id, id);
        parent.set(find(a.id), find(b.id));
      }
    }
  }
  const groups = new Map<string, Claim[]>();
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const id of parent.keys()) {
    const root = find(id);
    const l = groups.get(root);
    if (l) l.push(byId.get(id)!);
    else groups.set(root, [byId.get(id)!]);
  }
  return [...groups.values()]
    .map((members) => {
      const sorted = members.sort((a, b) => published(a).localeCompare(published(b)) || a.id.localeCompare(b.id));
      const id = `s-${createHash("sha256").update(sorted.map((c) => c.id).sort().join(" ")).digest("hex").slice(0, 10)}`;
      return { id, claims: sorted.map((c) => c.id) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Word-level differences between two versions: each token marked same, or only in one. */
export function wordDiff(a: string, b: string): Array<{ text: string; in: "both" | "a" | "b" }> {
  // Words with the space after them, so marked runs keep their spacing.
  const ta = a.match(/\S+\s*/g) ?? [];
  const tb = b.match(/\S+\s*/g) ?? [];
  // tokens compared without case or punctuation, normalised once (not once per cell of the table)
  const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  // LCS over tokens; versions are short (a sentence or a paragraph).
  const n = Math.min(ta.length, 400);
  const m = Math.min(tb.length, 400);
  const na = ta.slice(0, n).map(norm);
  const nb = tb.slice(0, m).map(norm);
  const dp = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) dp[i]![j] = na[i] === nb[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const out: Array<{ text: string; in: "both" | "a" | "b" }> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (na[i] === nb[j]) out.push({ text: tb[j]!, in: "both" }), i++, j++;
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) out.push({ text: ta[i++]!, in: "a" });
    else out.push({ text: tb[j++]!, in: "b" });
  }
  while (i < n) out.push({ text: ta[i++]!, in: "a" });
  while (j < m) out.push({ text: tb[j++]!, in: "b" });
  return out;
}
