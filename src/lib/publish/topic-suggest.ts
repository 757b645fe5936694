// Proposes topics for the claims no topic covers: the words and two-word phrases
// that occur in those claims far more often than in the rest (smoothed log-odds),
// grouped around the strongest one at a time with the phrases that share its
// claims. An editor names them, writes each question and copies them into
// topics.yaml.
import { stringify } from "yaml";
import type { Claim } from "../schema.ts";
import { slug } from "../registry.ts";

export interface SuggestedTopic {
  id: string;
  title: string;
  question: string;
  cues: string[];
  /** how many of the uncovered claims its cues reach */
  claims: number;
}

// Words that say nothing of what a statement is about.
const STOP = new Set(
  ("a an the and or but if of to in on at by for from with without about as into over after before than then that this these those it its " +
    "is are was were be been being has have had do does did will would can could should may might must shall not no nor so such " +
    "he she they we i you him her them us me my our your their his who whom which what when where why how all any some more most " +
    "said says say told tells also just only very there here up out off again once one two new year years time").split(" "),
);

function terms(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu)?.filter((w) => w.length > 2 && !STOP.has(w)) ?? [];
  const out = new Set(words);
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}

/** Up to `max` topics for the claims with none, strongest first. */
export function suggestTopics(claims: Claim[], max = 5, cuesPerTopic = 6): SuggestedTopic[] {
  const bare = claims.filter((c) => c.topics.length === 0).map((c) => terms(`${c.text} ${c.quote ?? ""}`));
  const rest = claims.filter((c) => c.topics.length > 0).map((c) => terms(`${c.text} ${c.quote ?? ""}`));
  const count = (docs: Set<string>[]) => {
    const n = new Map<string, number>();
    for (const d of docs) for (const t of d) n.set(t, (n.get(t) ?? 0) + 1);
    return n;
  };
  const inRest = count(rest);
  // how much more often a term occurs in the uncovered claims than in the rest (add-one smoothing)
  const score = (t: string, n: number) => Math.log((n + 1) / (bare.length + 2)) - Math.log(((inRest.get(t) ?? 0) + 1) / (rest.length + 2));
  const out: SuggestedTopic[] = [];
  let left = bare;
  while (out.length < max && left.length) {
    const ranked = [...count(left)].filter(([, n]) => n >= 2).map(([t, n]) => ({ t, s: score(t, n) * Math.log(1 + n) })).sort((a, b) => b.s - a.s || a.t.localeCompare(b.t));
    const seed = ranked[0];
    if (!seed) break;
    const covered = left.filter((d) => d.has(seed.t));
    const together = count(covered);
    const cues = [seed.t, ...ranked.filter((r) => r.t !== seed.t && (together.get(r.t) ?? 0) >= Math.max(2, covered.length / 3)).map((r) => r.t)].slice(0, cuesPerTopic);
    const title = seed.t.charAt(0).toUpperCase() + seed.t.slice(1);
    out.push({ id: slug(seed.t), title, question: `Should … ${seed.t} …? (write the question this topic's stance answers)`, cues, claims: covered.length });
    left = left.filter((d) => !cues.some((c) => d.has(c)));
  }
  return out;
}

/** The suggestions as topics.yaml entries, with how many claims each would reach as a comment. */
export function suggestionsYaml(topics: SuggestedTopic[]): string {
  return topics
    .map(({ claims, ...t }) => `# reaches ${claims} claim${claims === 1 ? "" : "s"} with no topic\n${stringify([t]).trimEnd()}`)
    .join("\n");
}
