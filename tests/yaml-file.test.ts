// The content files' YAML reader (js-yaml, core schema) against the yaml package,
// which the tools write with (`npm run add` sidecars) and overrides.yaml is read by.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { z } from "zod";
import { parseYaml, readYamlFile } from "../src/lib/yaml-file.ts";

// Scalars that YAML versions and libraries disagree on: dates, YAML 1.1 booleans, octals, infinities.
const TRICKY = ["2024-01-05", "2024-01-05T10:00:00Z", "yes", "no", "on", "off", "y", "n", "True", "FALSE", "~", "null", "Null", "0o17", "017", "0x1F", "1e3", ".inf", "-.Inf", ".nan", "1_000", "12:30", "+12", "0.5", "'quoted'", '"a\\tb"', "a: b", "[1, 2]", "{a: 1}", "- x", "|\n  two\n  lines\n", ">\n  folded\n  text\n"];

/** What a reader makes of `text`, as the schemas see it (JSON data), or that it refuses it. */
function outcome(read: (text: string) => unknown, text: string): string {
  try {
    return JSON.stringify(read(text));
  } catch {
    return "refused";
  }
}
const same = (text: string) => expect(outcome(parseYaml, text), text).toBe(outcome(parse, text));

describe("parseYaml", () => {
  it("reads every tricky scalar as the yaml package does, and refuses what it refuses", () => {
    for (const s of TRICKY) same(`k: ${s}`);
  });

  it("reads back what the yaml package writes", () => {
    const text = fc.oneof(fc.constantFrom(...TRICKY), fc.string(), fc.string({ unit: "grapheme" }));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), tie("list"), tie("map")),
      list: fc.array(tie("node"), { maxLength: 4 }),
      map: fc.dictionary(text, tie("node"), { maxKeys: 4 }),
    }));
    // A content file is a map (a sidecar, site.yaml) or a list of maps (a registry). (A file of one
    // bare multi-line string, which no schema takes, is where the two differ: js-yaml refuses the
    // block scalar the yaml package writes for it at the top level.)
    const value = fc.oneof(tree.map, fc.array(tree.map, { maxLength: 4 }));
    fc.assert(
      fc.property(value, (v) => {
        const written = stringify(v);
        same(written);
        expect(outcome(parseYaml, written)).toBe(JSON.stringify(v));
      }),
      { numRuns: 300 },
    );
  });
});

describe("readYamlFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "yaml-file-"));
  const schema = z.array(z.object({ id: z.string() }));

  it("gives bad YAML as one line naming the file", () => {
    const file = join(dir, "bad.yaml");
    writeFileSync(file, "- id: a\n  name: [unclosed\n");
    expect(() => readYamlFile(file, schema, [])).toThrow(/bad\.yaml: cannot read YAML: [^\n]+$/);
  });

  it("treats an empty file as empty and a missing one as none", () => {
    writeFileSync(join(dir, "empty.yaml"), "");
    expect(readYamlFile(join(dir, "empty.yaml"), schema, [])).toEqual([]);
    expect(readYamlFile(join(dir, "missing.yaml"), schema, [])).toBeUndefined();
  });
});
