// Claim quality on the dev gold, measured by the shared scorer on the CLI's output.
// The seed texts come from ../shared/seeds, their dates and the registry from
// tests/fixtures/seeds: nothing here reads content/.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Output } from "../src/lib/index.ts";
import { root, runCliIn, shared, tempDir } from "./helpers.ts";

const scorer = join(shared, "tools/score-claims.mjs");
const gold = join(shared, "gold/seeds-dev.json");
const fixture = join(root, "tests/fixtures/seeds");

describe("claim quality on the dev gold", () => {
  it("meets the thresholds", async () => {
    expect(existsSync(scorer), `scorer missing at ${scorer}`).toBe(true);
    const articles = join(tempDir(), "articles");
    mkdirSync(articles);
    const seeds = readdirSync(join(shared, "seeds")).filter((f) => f.endsWith(".txt"));
    expect(seeds).toHaveLength(5);
    for (const f of seeds) {
      copyFileSync(join(shared, "seeds", f), join(articles, f));
      const meta = f.replace(/\.txt$/, ".meta.yaml");
      copyFileSync(join(fixture, "articles", meta), join(articles, meta));
    }
    const cli = await runCliIn(fixture, articles);
    expect(cli.code, cli.stderr).toBe(0);
    expect(() => Output.parse(JSON.parse(cli.stdout))).not.toThrow();
    const out = join(tempDir(), "claims.json");
    writeFileSync(out, cli.stdout);
    const mins = ["recall=0.90", "precision=0.90", "speaker=0.95", "date=0.90", "stance=0.75", "same_speaker=1.00"];
    const r = spawnSync(process.execPath, [scorer, gold, out, "--split", "dev", ...mins.flatMap((m) => ["--min", m])], {
      encoding: "utf8",
    });
    console.log(r.stdout.trim().split("\n").at(-1));
    expect(r.stdout).not.toContain("SHORT");
    expect(r.status).toBe(0);
  });
});
