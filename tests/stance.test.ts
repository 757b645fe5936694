// Stance toward a topic's question, one invented statement per rule and per
// topic shape. The topics here are invented too: what supporting and opposing
// sound like is each topic's data; negation, conditions, exceptions, deferral,
// questions and reported facts are the extractor's grammar for every topic.
import { describe, expect, it } from "vitest";
import { stanceOn } from "../src/lib/nlp/stance.ts";
import { topicMatcher } from "../src/lib/nlp/topics.ts";
import type { Topic } from "../src/lib/index.ts";

const talks: Topic = {
  id: "talks",
  title: "Peace talks",
  question: "Should the two sides hold peace talks?",
  cues: ["talks", "negotiat", "dialogue", "settlement"],
  supports: ["ready to negotiate", "best possible outcome", "come to the table", "will support that", "made progress", "first step"],
  opposes: ["on the battlefield", "pointless", "by force"],
};
const arms: Topic = {
  id: "arms",
  title: "Arms supplies",
  question: "Should allies keep supplying weapons?",
  cues: ["weapons", "arms", { term: "troops", notNear: ["killed", "lost", "casualties"] }],
  supports: ["continue to supply", "keep supplying", "more weapons"],
  opposes: ["stop supplying", "cut off"],
};
const land: Topic = {
  id: "land",
  title: "The valley",
  question: "Should the valley be handed over?",
  cues: ["valley", "territor", { term: "border", notNear: ["southern"] }],
  supports: ["hand over", "cede"],
  opposes: ["territorial integrity", "take back"],
};

describe("stance toward the main topic's question", () => {
  it.each([
    // topic phrases, negation and its scope
    ["We are ready to negotiate with them tomorrow.", talks, "supports"],
    ["We are not ready to negotiate with them.", talks, "opposes"],
    ["This war must be won on the battlefield, not at the table.", talks, "opposes"],
    ["There will be no talks with this council.", talks, "opposes"],
    // general verbs count only where the clause names the topic
    ["The ministry welcomes the talks in Geneva.", talks, "supports"],
    ["The ministry rejects any dialogue with the rebels.", talks, "opposes"],
    // conditions versus exceptions
    ["If they withdraw first, we will support that.", talks, "conditional"],
    ["We will come to the table once the shelling stops.", talks, "conditional"],
    ["A settlement is the best possible outcome, barring a sudden collapse.", talks, "supports"],
    // deferral, questions and reported facts
    ["Whether to open talks is up to the president.", talks, "neutral"],
    ["Will the talks resume next week?", talks, "neutral"],
    ["Allied forces have managed to take back two villages near the valley.", land, "neutral"],
    ["We have not engaged in talks as of yet.", talks, "neutral"],
    ["We've made progress in the talks this week.", talks, "supports"],
    ["The talks were an important first step.", talks, "supports"],
    // other topics, their own phrases
    ["The alliance will continue to supply weapons until that time comes.", arms, "supports"],
    ["Parliament voted to stop supplying arms to the region.", arms, "opposes"],
    ["The council has the right to keep its borders and territorial integrity.", land, "opposes"],
    ["They would hand over the valley in exchange for peace.", land, "supports"],
    ["They would hand over the valley if the guarantees hold.", land, "conditional"],
  ] as const)("%s → %s", (text, topic, stance) => expect(stanceOn(text, topic).stance).toBe(stance));

  it("is neutral, and names no topic, when the claim has none", () => {
    expect(stanceOn("We are ready to negotiate.", undefined)).toEqual({ stance: "neutral", evidence: null });
  });

  it("says which words it read the stance from", () => {
    expect(stanceOn("If they withdraw first, we will support that.", talks).evidence).toMatch(/will support that/);
    expect(stanceOn("We are not ready to negotiate with them.", talks).evidence).toMatch(/not ready to negotiate/);
  });
});

describe("main topic", () => {
  const match = topicMatcher([talks, arms, land]).match;
  it("is what the statement is most about, longer phrases weighing more", () => {
    expect(match("The talks on a settlement stalled as weapons arrived.")[0]).toBe("talks");
  });
  it("skips a cue whose context rules it out", () => {
    expect(match("The army lost 6,000 troops in the valley offensive.")).toEqual(["land"]);
    expect(match("Officials spoke about the southern border with the neighbours.")).toEqual([]);
    expect(match("Fresh troops and weapons reached the front.")[0]).toBe("arms");
  });
});
