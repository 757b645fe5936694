// A bad file in the content folder stops the site build with one line naming
// the file and what is wrong, and a non-zero exit: no stack trace, no site
// built without that article.
import { cpSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpus, tempDir } from "../helpers.ts";
import { runBuild } from "./fixture-site.ts";

describe("a site build with a bad article file", () => {
  it("fails with one line naming the file", () => {
    const work = tempDir();
    const content = join(work, "content");
    cpSync(corpus, content, { recursive: true });
    const article = readdirSync(join(content, "articles")).find((f) => f.endsWith(".txt"))!;
    const sidecar = join(content, "articles", article.replace(/\.txt$/, ".meta.yaml"));
    writeFileSync(sidecar, "published: [never closed\n");
    const r = runBuild(content, join(work, "dist"), { extract: join(work, "x"), astro: join(work, "a") });
    expect(r.status).not.toBe(0);
    const errors = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(sidecar);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 120_000);
});
