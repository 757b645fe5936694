// Unit tests of the extraction library on text written for the tests, not the seeds.
import { describe, expect, it } from "vitest";
import { sentences } from "../src/lib/nlp/sentences.ts";
import { findDates } from "../src/lib/nlp/dates.ts";
import { classify } from "../src/lib/nlp/boilerplate.ts";
import { paragraphs } from "../src/lib/nlp/paragraphs.ts";
import { classifyStance } from "../src/lib/nlp/stance.ts";
import { extractArticle, claimId, makeRegistry, Claim } from "../src/lib/index.ts";
import { registry } from "./helpers.ts";

const extract = (raw: string, published: string | undefined = "2024-03-15") =>
  extractArticle({ id: "t", file: "t.txt", raw, ...(published ? { meta: { published } } : {}) }, registry);

describe("sentences", () => {
  it("does not break at abbreviations, initials or inside quotes", () => {
    const text =
      'Mr. Smith met U.S. officials on Nov. 7 in Washington. He said: "We will go. Then we stop." Robert F. Kennedy Jr. agreed.';
    expect(sentences(text).map((s) => s.text)).toEqual([
      "Mr. Smith met U.S. officials on Nov. 7 in Washington.",
      'He said: "We will go. Then we stop."',
      "Robert F. Kennedy Jr. agreed.",
    ]);
  });
  it("keeps offsets into the original text", () => {
    const text = "First one. Second one here.";
    for (const s of sentences(text, 100)) expect(text.slice(s.start - 100, s.end - 100)).toBe(s.text);
  });
  it("falls back to plain splitting when quotes never close", () => {
    expect(sentences('He said "this is open. It never closes. Really.').length).toBe(3);
  });
});

describe("dates", () => {
  const one = (t: string, pub = "2024-03-15") => findDates(t, pub)[0]?.value; // a Friday
  it("reads a bare weekday as the latest such day on or before publication", () => {
    expect(one("said on Friday")).toBe("2024-03-15");
    expect(one("said on Thursday")).toBe("2024-03-14");
    expect(one("said on Saturday")).toBe("2024-03-09");
  });
  it("keeps year-less dates in the past", () => {
    expect(one("on Dec. 20", "2024-01-05")).toBe("2023-12-20");
    expect(one("on Jan. 3", "2024-01-05")).toBe("2024-01-03");
  });
  it("gives the precision the text gives", () => {
    expect(one("last year")).toBe("2023");
    expect(one("last month")).toBe("2024-02");
    expect(one("in March 2022")).toBe("2022-03");
  });
  it("reads counts chrono spells only up to twelve, keeping the words' offsets", () => {
    expect(one("Twenty-two years ago, he said")).toBe("2002");
    expect(one("she recalled talks fourteen months ago")).toBe("2023-01");
    expect(one("forty-five days ago")).toBe("2024-01-30");
    const text = "As he said twenty two years ago, talks failed.";
    const m = findDates(text, "2024-03-15")[0]!;
    expect(m.text).toBe("twenty two years ago");
    expect(text.slice(m.index, m.end)).toBe(m.text);
    // an age, and a length of time, are not dates
    expect(findDates("a twenty-two-year-old student", "2024-03-15")).toEqual([]);
    expect(findDates("for twenty years", "2024-03-15")).toEqual([]);
  });
  it("resolves only absolute dates without a publication date", () => {
    expect(findDates("said on Friday", null)).toEqual([]);
    expect(findDates("said on March 3, 2021", null)[0]?.value).toBe("2021-03-03");
  });
});

describe("boilerplate", () => {
  const roles = (raw: string) => classify(paragraphs(raw)).map((p) => `${p.role}:${p.text.slice(0, 12)}`);
  it("drops promotions, teasers, captions, forms and everything after a feed marker", () => {
    const raw = [
      "Subscribe to our newsletter",
      "Big Headline About Talks",
      "The minister said on Monday that talks would resume in spring.",
      "Read also: Another story entirely",
      "A crowd gathers outside the ministry in the capital on Monday. (John Doe/AFP via Getty Images)",
      "Support our journalism: become a member today.",
      "The mayor added that the roads would reopen soon.",
      "Latest News",
      "Someone said something unrelated in a later story.",
    ].join("\n");
    expect(roles(raw)).toEqual([
      "boilerplate:Subscribe to",
      "heading:Big Headline",
      "body:The minister",
      "boilerplate:Read also: A",
      "boilerplate:A crowd gath",
      "boilerplate:Support our ",
      "body:The mayor ad",
      "boilerplate:Latest News",
      "boilerplate:Someone said",
    ]);
  });
  it("joins a line broken mid-sentence by the page layout", () => {
    expect(paragraphs("She wrote in a March 3\npost on her site that it was over.").length).toBe(1);
  });
});

describe("stance", () => {
  const talks = { id: "talks", title: "Talks", question: "Should there be talks?", cues: ["talks", "negotiat", "settlement"], supports: ["best outcome", "support"] };
  it.each([
    ["we will support talks if Moscow withdraws", "conditional"],
    ["the decision on talks is up to Kyiv", "neutral"],
    ["there will be no negotiations with this government", "opposes"],
    ["a negotiated settlement is the best outcome", "supports"],
  ] as const)("%s → %s", (text, stance) => expect(classifyStance(text, talks)).toBe(stance));
  it("is neutral with no topic to answer", () => expect(classifyStance("we will support talks", undefined)).toBe("neutral"));
});

describe("extraction on a written article", () => {
  const raw = [
    "Talks Resume in Geneva",
    "",
    "By Jane Roe March 15, 2024",
    "",
    "Foreign Minister Anna Kovalenko said on Tuesday that her country is ready for talks “only if the shelling stops.”",
    "“We have waited long enough,” she added.",
    "“Nobody wants this war to go on.”",
    "The UN Security Council met in closed session.",
    "According to the ministry spokeswoman, the delegation will travel next week.",
    "Kovalenko's deputy, Petro Hrytsenko, told reporters on Wednesday: “We are not going to give up any land.”",
    "Analysts have long argued that the front is frozen.",
  ].join("\n");
  const { article, claims } = extract(raw, undefined);
  const by = (id: string) => claims.filter((c) => c.speaker.id === id);

  it("reads title, byline and dateline from the header", () => {
    expect(article.title).toBe("Talks Resume in Geneva");
    expect(article.byline).toBe("Jane Roe");
    expect(article.published).toBe("2024-03-15");
  });
  it("finds reported speech, direct quotes, pronouns and continuation quotes", () => {
    const anna = by("anna-kovalenko");
    expect(anna.map((c) => c.kind)).toEqual(["indirect", "direct", "direct"]);
    expect(anna[0]!.date).toBe("2024-03-12");
    expect(anna[0]!.dateBasis).toBe("stated");
    expect(anna[1]!.date).toBe("2024-03-12"); // "she added" shares the statement's date
    expect(anna[0]!.stance).toBe("conditional");
    expect(anna[0]!.quote).toBe("only if the shelling stops.");
  });
  it("names a person given in apposition and dates the statement", () => {
    const petro = by("petro-hrytsenko");
    expect(petro).toHaveLength(1);
    expect(petro[0]!.date).toBe("2024-03-13");
    // "give up any land" names none of the test registry's topics: no question, so no stance
    expect(petro[0]!.stanceTopic).toBeNull();
    expect(petro[0]!.stance).toBe("neutral");
  });
  it("keeps an unnamed role as a role speaker and groups as groups", () => {
    expect(claims.some((c) => /spokeswoman/i.test(c.speaker.name))).toBe(true);
    expect(by("analysts")).toHaveLength(1);
  });
  it("does not take narrative for a claim", () => {
    expect(claims.some((c) => c.text.includes("closed session"))).toBe(false);
  });
  it("produces records whose spans point at their text", () => {
    for (const c of claims) {
      expect(() => Claim.parse(c)).not.toThrow();
      expect(raw.slice(c.span.start, c.span.end)).toBe(c.text);
    }
  });
});

describe("speakers across spellings", () => {
  it("gives transliterated names one id", () => {
    const a = extract("Foreign Minister Irina Vasilenko said the war must end on Kestovia's terms.").claims[0]!;
    const b = extract("Foreign Minister Iryna Vasylenko said the war must end on Kestovia's terms.").claims[0]!;
    expect(a.speaker.id).toBe("iryna-vasylenko");
    expect(b.speaker.id).toBe(a.speaker.id);
  });
  it("gives an unknown speaker an id slugged from the name", () => {
    const c = extract("Senator Maria Gonzalez-Ortiz said the aid package would pass next month.").claims[0]!;
    expect(c.speaker).toMatchObject({ id: "maria-gonzalez-ortiz", name: "Maria Gonzalez-Ortiz" });
  });
});

describe("permalink ids", () => {
  const raws = {
    a: "Minister Anna Kovalenko said the talks would resume. “It is time,” she added.",
    b: "General Tom Reed said the lines had not moved in weeks.",
  };
  it("depend only on speaker, article and normalised text", () => {
    expect(claimId("x", "art", "He said “yes.”")).toBe(claimId("x", "art", "He  said \"Yes\""));
    expect(claimId("x", "art", "He said yes.")).not.toBe(claimId("y", "art", "He said yes."));
    expect(claimId("x", "art", "He said yes.")).not.toBe(claimId("x", "other", "He said yes."));
    expect(claimId("x", "art", "He said yes.")).toMatch(/^[a-z0-9-]{6,40}$/);
  });
  it("do not change when other articles are added, removed or reordered", () => {
    const run = (order: Array<keyof typeof raws>) =>
      order.flatMap((k) => extractArticle({ id: k, file: k, raw: raws[k] }, registry).claims.map((c) => c.id));
    const ab = run(["a", "b"]);
    expect(run(["b", "a"]).sort()).toEqual([...ab].sort());
    expect(run(["a"])).toEqual(ab.slice(0, run(["a"]).length));
    const reg2 = makeRegistry(registry.speakers, registry.topics);
    expect(extractArticle({ id: "a", file: "a", raw: raws.a }, reg2).claims.map((c) => c.id)).toEqual(run(["a"]));
  });
});
