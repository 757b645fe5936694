// Editorial overrides (content/overrides.yaml), keyed by claim id: an editor
// corrects a claim's speaker, stance, topics or date, or excludes it, and says why.
import { readFileSync, existsSync } from "node:fs";
import { LineCounter, parseDocument, isMap, isScalar, type Node } from "yaml";
import { z } from "zod";
import { DATE_RE, Stance, type Claim } from "../schema.ts";
import { InputError } from "../errors.ts";
import type { Registry } from "../registry.ts";

export const Override = z
  .object({
    speaker: z.string().min(1).optional(),
    stance: Stance.optional(),
    topics: z.array(z.string().min(1)).optional(),
    date: z.string().regex(DATE_RE, "expected YYYY, YYYY-MM or YYYY-MM-DD").nullable().optional(),
    exclude: z.boolean().optional(),
    reason: z.string().min(3, "say briefly why"),
  })
  .strict();
export type Override = z.infer<typeof Override>;

export interface OverrideEntry extends Override {
  id: string;
  line: number;
}

/** Reads and validates the overrides file; every error names the file and line. */
export function readOverrides(file: string, reg: Registry): OverrideEntry[] {
  if (!existsSync(file)) return [];
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter: counter });
  const at = (node: Node | null | undefined) => (node?.range ? counter.linePos(node.range[0]).line : 1);
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new InputError(`${file}:${e.linePos?.[0]?.line ?? 1}`, e.message.split("\n")[0]!);
  }
  if (doc.contents == null) return [];
  if (!isMap(doc.contents)) throw new InputError(`${file}:1`, "expected a mapping of claim id → override");
  const out: OverrideEntry[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const line = at(pair.key as Node);
    const parsed = Override.safeParse((pair.value as Node | null)?.toJSON?.() ?? pair.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new InputError(`${file}:${line}`, `override for "${key}": ${issue.path.length ? `field "${issue.path.join(".")}": ` : ""}${issue.message}`);
    }
    const o = parsed.data;
    if (o.speaker && !reg.byId.has(o.speaker)) throw new InputError(`${file}:${line}`, `override for "${key}": unknown speaker "${o.speaker}" (add it to speakers.yaml)`);
    const topicIds = new Set(reg.topics.map((t) => t.id));
    for (const t of o.topics ?? []) if (!topicIds.has(t)) throw new InputError(`${file}:${line}`, `override for "${key}": unknown topic "${t}"`);
    out.push({ ...o, id: key, line });
  }
  return out;
}

export interface Edited {
  fields: string[];
  reason: string;
}

/**
 * Applies overrides to claims. Returns the kept claims (edited ones carry
 * `edited`) and the excluded ones. An override for an id that is not in the
 * corpus is an error naming its line.
 */
export function applyOverrides(claims: Claim[], overrides: OverrideEntry[], reg: Registry, file: string) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const o of overrides) if (!byId.has(o.id)) throw new InputError(`${file}:${o.line}`, `unknown claim id "${o.id}"`);
  const map = new Map(overrides.map((o) => [o.id, o]));
  const kept: Claim[] = [];
  const excluded: Array<{ claim: Claim; reason: string }> = [];
  for (const c of claims) {
    const o = map.get(c.id);
    if (!o) {
      kept.push(c);
      continue;
    }
    if (o.exclude) {
      excluded.push({ claim: c, reason: o.reason });
      continue;
    }
    const fields: string[] = [];
    const next: Claim = { ...c };
    if (o.speaker && o.speaker !== c.speaker.id) {
      const s = reg.byId.get(o.speaker)!;
      next.speaker = { id: s.id, name: s.name, kind: s.kind, ...(s.roles[0] ? { role: s.roles[0].title } : {}) };
      fields.push("speaker");
    }
    // An editor's stance is the editor's reading, not the rule's: the rule's evidence goes.
    if (o.stance && o.stance !== c.stance) (next.stance = o.stance), (next.stanceEvidence = null), fields.push("stance");
    // The stance answers the main topic's question, so new topics move the question with them.
    if (o.topics) (next.topics = o.topics), (next.stanceTopic = o.topics[0] ?? null), fields.push("topics");
    if (o.date !== undefined) (next.date = o.date), (next.dateBasis = o.date ? "stated" : "unknown"), fields.push("date");
    kept.push({ ...next, edited: { fields, reason: o.reason } });
  }
  return { claims: kept, excluded };
}
