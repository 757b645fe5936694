// Checks on content/ itself. These are the only unit tests that read it: the
// others use the test corpus (tests/fixtures/corpus), and the tests of the
// built site take their expectations from dist/. Whatever articles content/
// holds, these hold once `npm run ledger` has been run.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ledgerFile, publish } from "../src/lib/publish/content.ts";
import { root, shared } from "./helpers.ts";

const content = join(root, "content");

describe("content/", () => {
  it("has a ledger up to date with the content (run `npm run ledger` and commit content/claim-ids.json)", async () => {
    const { nextLedger } = await publish(content);
    const committed = JSON.parse(readFileSync(ledgerFile(content), "utf8"));
    expect(nextLedger).toEqual(committed);
  });

  it("keeps every seed article it holds byte-identical to ../shared/seeds", () => {
    const seeds = readdirSync(join(shared, "seeds")).filter((f) => f.endsWith(".txt"));
    expect(seeds.length).toBeGreaterThan(0);
    for (const f of seeds) {
      const mine = join(content, "articles", f);
      if (!existsSync(mine)) continue; // an editor may retire a seed; a changed one is an error
      expect(readFileSync(mine).equals(readFileSync(join(shared, "seeds", f))), f).toBe(true);
    }
  });
});
