// A 5 MB article (issue 5's hostile input): extracted whole, every statement
// found. It takes tens of seconds, so it runs in the `site` lane, not `unit`;
// how the time grows with article length is measured by `npm run bench`.
import { describe, expect, it } from "vitest";
import { extractArticle, Claim } from "../src/lib/index.ts";
import { registry } from "./helpers.ts";

describe("a 5 MB article", () => {
  it("is extracted whole, with every statement and spans that point at their text", () => {
    const para = "Foreign Minister Anna Kovalenko said on Tuesday that “talks can resume only if the shelling stops.” Officials met in the capital. ";
    const copies = Math.ceil((5 * 1024 * 1024) / para.length);
    const raw = Array.from({ length: copies }, (_, i) => (i % 3 === 2 ? `${para}\n` : para)).join("");
    expect(raw.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const out = extractArticle({ id: "t", file: "t.txt", raw, meta: { published: "2024-03-15" } }, registry);
    expect(out.claims.length).toBeGreaterThan(copies * 0.95);
    expect(out.claims.every((c) => c.speaker.id === "anna-kovalenko")).toBe(true);
    for (const c of [out.claims[0]!, out.claims.at(-1)!]) {
      expect(() => Claim.parse(c)).not.toThrow();
      expect(raw.slice(c.span.start, c.span.end)).toBe(c.text);
    }
  }, 180_000);
});
