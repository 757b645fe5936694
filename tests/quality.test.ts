// Claim quality on the dev gold, measured by the shared scorer on the CLI's output.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Output } from "../src/lib/index.ts";
import { root, runCli, shared, tempDir } from "./helpers.ts";

const scorer = join(shared, "tools/score-claims.mjs");
const gold = join(shared, "gold/seeds-dev.json");

describe("claim quality on the dev gold", () => {
  it("meets the thresholds", () => {
    expect(existsSync(scorer), `scorer missing at ${scorer}`).toBe(true);
    const cli = runCli(join(root, "content/articles"));
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
