// `npm run topics -- suggest`: topics proposed from the claims no topic covers,
// by words frequent there and rare elsewhere. Invented claims.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { suggestTopics, suggestionsYaml } from "../src/lib/publish/topic-suggest.ts";
import { Topic, type Claim } from "../src/lib/index.ts";

const claim = (text: string, topics: string[] = []): Claim => ({
  id: "x",
  article: "a",
  kind: "indirect",
  text,
  quote: null,
  speaker: { id: "s", name: "S" },
  date: null,
  dateBasis: "unknown",
  stance: "neutral",
  topics,
  source: { article: "a", outlet: null, title: null, published: null },
  span: { start: 0, end: text.length },
});

const claims = [
  claim("The dock workers said the harbour strike would go on until wages rise."),
  claim("Union leaders said the harbour strike had closed every berth."),
  claim("The port authority said the harbour strike cost millions a day."),
  claim("Ministers said the fishing quota would be cut next season."),
  claim("Fishermen said the fishing quota left boats idle all winter."),
  claim("The talks in Geneva will resume on Monday, the envoy said.", ["talks"]),
  claim("The envoy said the talks had stalled over the ceasefire.", ["talks"]),
  claim("Negotiators said the talks would go on through the week.", ["talks"]),
];

describe("topic suggestions", () => {
  const topics = suggestTopics(claims);
  it("proposes the subjects of the uncovered claims, strongest first", () => {
    expect(topics[0]!.cues.join(" ")).toMatch(/harbour|strike/);
    expect(topics[0]!.claims).toBe(3);
    expect(topics.some((t) => t.cues.some((c) => /fishing|quota/.test(c)))).toBe(true);
  });
  it("leaves out words the covered claims use as much", () => {
    for (const t of topics) expect(t.cues).not.toContain("talks");
  });
  it("prints entries that topics.yaml accepts once their question is written", () => {
    const entries = parse(suggestionsYaml(topics)) as unknown[];
    for (const e of entries) expect(Topic.safeParse(e).success).toBe(true);
  });
});
