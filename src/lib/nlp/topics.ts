// Topics from the registry's cue phrases. A claim is about the topics whose cues
// it holds; its main topic is the one its words are most about: each cue counts
// as many times as it has words, so "peace talks" outweighs a passing "border".
import type { Topic } from "../schema.ts";
import { cueSet, type CueSet } from "./cues.ts";

export interface TopicMatcher {
  /** Topic ids with at least one cue, the main topic first (registry order breaks ties). */
  match(text: string): string[];
}

// (one matcher per registry: the extractor asks for it once per article)
const matchers = new WeakMap<Topic[], TopicMatcher>();

export function topicMatcher(topics: Topic[]): TopicMatcher {
  let m = matchers.get(topics);
  if (!m) matchers.set(topics, (m = compileMatcher(topics)));
  return m;
}

function compileMatcher(topics: Topic[]): TopicMatcher {
  const compiled: Array<{ id: string; cues: CueSet }> = topics.map((t) => ({ id: t.id, cues: cueSet(t.cues) }));
  return {
    match(text) {
      return compiled
        .map((t, i) => ({ id: t.id, i, score: t.cues.find(text).reduce((n, h) => n + h.words, 0) }))
        .filter((t) => t.score > 0)
        .sort((a, b) => b.score - a.score || a.i - b.i)
        .map((t) => t.id);
    },
  };
}
