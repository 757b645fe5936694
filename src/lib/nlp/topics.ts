// Topics from the registry's cue terms. A cue matches at a word start,
// case-insensitively ("negotiat" matches "negotiations").
import type { Topic } from "../schema.ts";

export interface TopicMatcher {
  match(text: string): string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function topicMatcher(topics: Topic[]): TopicMatcher {
  const compiled = topics.map((t) => ({
    id: t.id,
    re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${t.cues.map(escapeRe).join("|")})`, "giu"),
  }));
  return {
    /** Topic ids with at least one cue, most cues first (registry order breaks ties). */
    match(text: string): string[] {
      return compiled
        .map((t, i) => ({ id: t.id, i, n: text.match(t.re)?.length ?? 0 }))
        .filter((t) => t.n > 0)
        .sort((a, b) => b.n - a.n || a.i - b.i)
        .map((t) => t.id);
    },
  };
}
