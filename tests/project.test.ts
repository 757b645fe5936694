// The projection onto a schema (src/lib/project.ts) against its reference, the
// schema's own parse: equal values, keys in the same order.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { z } from "zod";
import { projector } from "../src/lib/project.ts";
import { extractFiles } from "../src/lib/index.ts";
import { Article, Claim } from "../src/lib/schema.ts";
import { corpusArticles, registry } from "./helpers.ts";

const Inner = z.object({ d: z.string().optional(), e: z.array(z.object({ f: z.boolean() })) });
const Shape = z.object({ a: z.string(), b: z.number().nullable(), c: Inner.optional(), g: z.enum(["x", "y"]), h: z.array(z.string()), i: z.literal(1).nullable().optional() });

/** An object with `fields`, and keys no schema names, in any order. */
const withExtra = <T extends Record<string, unknown>>(fields: fc.Arbitrary<T>) =>
  fc.tuple(fields, fc.dictionary(fc.string().map((k) => `extra-${k}`), fc.jsonValue(), { maxKeys: 3 }), fc.boolean()).map(([o, extra, first]) => (first ? { ...extra, ...o } : { ...o, ...extra }));

const inner = withExtra(fc.record({ d: fc.string(), e: fc.array(withExtra(fc.record({ f: fc.boolean() })), { maxLength: 3 }) }, { requiredKeys: ["e"] }));
const value = withExtra(
  fc.record(
    { a: fc.string(), b: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }), c: inner, g: fc.constantFrom("x", "y"), h: fc.array(fc.string(), { maxLength: 3 }), i: fc.constantFrom(1, null, undefined) },
    { requiredKeys: ["a", "b", "g", "h"] },
  ),
);

describe("projector", () => {
  it("returns what the schema's parse returns for any valid value, unknown keys at any depth left out", () => {
    const project = projector(Shape);
    fc.assert(
      fc.property(value, (v) => {
        const parsed = Shape.parse(v);
        expect(project(v)).toEqual(parsed);
        expect(JSON.stringify(project(v))).toBe(JSON.stringify(parsed));
      }),
    );
  });

  it("projects the extractor's claim and article records as their schemas parse them", () => {
    const { claims, articles } = extractFiles([corpusArticles], registry);
    expect(claims.length).toBeGreaterThan(0);
    const withSiteFields = <T extends object>(r: T) => ({ ...r, statementGroup: "s-1", file: "x.txt" });
    for (const c of claims) expect(JSON.stringify(projector(Claim)(withSiteFields(c)))).toBe(JSON.stringify(Claim.parse(withSiteFields(c))));
    for (const a of articles) expect(JSON.stringify(projector(Article)(withSiteFields(a)))).toBe(JSON.stringify(Article.parse(withSiteFields(a))));
  });

  it("refuses a schema whose parse would change or choose a value", () => {
    expect(() => projector(z.object({ a: z.array(z.string()).default([]) }))).toThrow(/default/);
    expect(() => projector(z.object({ a: z.string().transform((s) => s.length) }))).toThrow(/pipe/);
    expect(() => projector(z.union([z.string(), z.number()]))).toThrow(/union/);
  });
});
