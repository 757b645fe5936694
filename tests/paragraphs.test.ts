// Paragraph splitting has two paths: remark's block structure for text with
// Markdown block syntax, and blank-line blocks for text without any (parsing
// every line's inline content was a third of extraction's time). A property
// test holds the fast path to remark's answer on text of the kind it takes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blocks, markdownBlocks, paragraphs, plainBlocks } from "../src/lib/nlp/paragraphs.ts";

// Words, punctuation and quotes as news text has them, and line breaks: never Markdown block
// syntax at a line's start (no list markers, "#", ">", fences, tables, rules or indented code).
const word = fc.constantFrom("The", "minister", "said", "talks", "would", "resume", "Kyiv", "“We", "will", "see,”", "he", "added.", "2024,", "(AP)", "—", "U.S.", "peace?", "no!", "it’s", "5*3", "a_b", "x-y", "#1", "1.5", "Jane:");
const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(" "));
const gap = fc.constantFrom("\n", "\n\n", "\n\n\n", "\r\n", "\r\n\r\n", "\n  \n", " \n");
const text = fc
  .tuple(fc.constantFrom("", "  ", "\n"), fc.array(fc.tuple(line, gap), { minLength: 1, maxLength: 15 }))
  .map(([lead, parts]) => lead + parts.map(([l, g]) => l + g).join(""));

describe("paragraph blocks", () => {
  it("without block syntax, blank-line blocks are remark's blocks", () => {
    fc.assert(
      fc.property(text, (raw) => {
        expect(plainBlocks(raw)).toEqual(markdownBlocks(raw));
      }),
      { numRuns: 300 },
    );
  });

  it("takes remark's structure where Markdown block syntax is present", () => {
    const raw = "Intro line.\n- first item\n- second item\n\n> quoted\n***\nAfter the rule.";
    expect(blocks(raw)).toEqual(markdownBlocks(raw));
    expect(blocks(raw)).not.toEqual(plainBlocks(raw));
    // a list item's paragraph starts after its marker
    expect(paragraphs(raw).map((p) => p.text)).toContain("first item");
  });
});
