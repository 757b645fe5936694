// Cue phrases from the topics registry, found in text: at a word start,
// case-insensitive ("negotiat" finds "negotiations"), longer phrases before the
// shorter ones they contain ("peace talks" before "peace"), and only where their
// context allows (a cue may need words near it, or forbid them).
import type { Cue } from "../schema.ts";
import { allMatches } from "../matches.ts";

export interface CueHit {
  index: number;
  end: number;
  /** the cue as written in the registry */
  cue: string;
  /** how many words the cue has: a longer phrase says more */
  words: number;
}

export interface CueSet {
  find(text: string): CueHit[];
}

// How far (in characters) context words are looked for around a cue: a few words either side.
const WINDOW = 60;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const atWordStart = (terms: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRe).join("|")})`, "iu");

interface Compiled {
  term: string;
  words: number;
  near: RegExp | null;
  notNear: RegExp | null;
}

export function cueSet(cues: Cue[]): CueSet {
  const list: Compiled[] = cues
    .map((c) => (typeof c === "string" ? { term: c } : c))
    .map((c) => ({
      term: c.term,
      words: c.term.split(/\s+/).length,
      near: "near" in c && c.near?.length ? atWordStart(c.near) : null,
      notNear: "notNear" in c && c.notNear?.length ? atWordStart(c.notNear) : null,
    }))
    .sort((a, b) => b.term.length - a.term.length);
  if (!list.length) return { find: () => [] };
  const byTerm = new Map(list.map((c) => [c.term.toLowerCase(), c]));
  const re = new RegExp(atWordStart(list.map((c) => c.term)).source, "giu");
  return {
    find(text) {
      const hits: CueHit[] = [];
      for (const m of allMatches(re, text)) {
        const c = byTerm.get(m[0].toLowerCase());
        if (!c) continue;
        const around = text.slice(Math.max(0, m.index! - WINDOW), m.index! + m[0].length + WINDOW);
        if ((c.near && !c.near.test(around)) || (c.notNear && c.notNear.test(around))) continue;
        hits.push({ index: m.index!, end: m.index! + m[0].length, cue: c.term, words: c.words });
      }
      return hits;
    },
  };
}
