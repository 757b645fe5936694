// The corpus as published: extraction, then the editors' overrides, then the
// permalink ledger. The site build and `npm run ledger` share this.
import { join } from "node:path";
import type { CorpusResult } from "../corpus/pending.ts";
import { extractFilesParallel, type ParallelOptions } from "../corpus/parallel.ts";
import { loadRegistry, type Registry } from "../registry.ts";
import { applyOverrides, readOverrides } from "./overrides.ts";
import { readLedger, updateLedger, type Ledger } from "./ledger.ts";
import type { Claim } from "../schema.ts";
import { groupStatements, type StatementGroup } from "./statements.ts";

export interface Published extends CorpusResult {
  registry: Registry;
  excluded: Array<{ claim: Claim; reason: string }>;
  /** the committed ledger */
  ledger: Ledger;
  /** the ledger as this build would write it */
  nextLedger: Ledger;
  /** claims that report the same statement in different articles */
  statements: StatementGroup[];
}

export const overridesFile = (dir: string) => join(dir, "overrides.yaml");
export const ledgerFile = (dir: string) => join(dir, "claim-ids.json");

export async function publish(dir: string, opts: ParallelOptions = {}): Promise<Published> {
  const registry = loadRegistry(dir);
  const extracted = await extractFilesParallel([join(dir, "articles")], registry, opts);
  const { claims, excluded } = applyOverrides(extracted.claims, readOverrides(overridesFile(dir), registry), registry, overridesFile(dir));
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.article, (counts.get(c.article) ?? 0) + 1);
  const articles = extracted.articles.map((a) => ({ ...a, claimCount: counts.get(a.id) ?? 0 }));
  const ledger = readLedger(ledgerFile(dir));
  return {
    ...extracted,
    articles,
    claims,
    excluded,
    registry,
    ledger,
    nextLedger: updateLedger(ledger, claims, excluded),
    statements: groupStatements(claims),
  };
}
