// Facts about the world that attribution needs (places, nationalities, titles,
// organisation words, given names), read from world.json so they can be
// extended without touching code. Every list is general, not shaped by a story.
import data from "./world.json" with { type: "json" };

export type Gender = "m" | "f";

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
const bare = (w: string) => w.replace(/\.$/, "");

const honorificGender = new Map<string, Gender | null>();
for (const h of data.honorifics) honorificGender.set(bare(h.word).toLowerCase(), (h.gender as Gender | null) ?? null);

const givenGender = new Map<string, Gender>();
for (const n of data.given_names.m) givenGender.set(n, "m");
for (const n of data.given_names.f) givenGender.set(n, "f");

const canonicalPlace = new Map<string, string>();
for (const [k, v] of Object.entries(data.country_aliases)) canonicalPlace.set(k.toLowerCase(), v);
for (const [k, v] of Object.entries(data.demonyms)) canonicalPlace.set(k.toLowerCase(), v);

const affiliationKeys = new Set(data.affiliations.map((a) => a.toLowerCase().replace(/(?<=democrat)ic$/, "").replace(/s$/, "")));

export const world = {
  places: new Set([...data.places, ...data.us_states]),
  /** single title words and multi-word titles, lower-cased, dots dropped */
  titleWords: new Set(data.titles.flatMap((t) => t.split(/\s+/)).map((w) => bare(w).toLowerCase())),
  roleNouns: lower(data.role_nouns),
  groupNouns: lower(data.group_nouns),
  orgWords: new Set(data.org_words.map(bare)),
  outlets: lower(data.news_outlets),
  /** nationality adjectives, and the party and faith words that stand before names like them */
  demonyms: new Set([...Object.keys(data.demonyms), ...data.affiliations]),
  /** party and faith words, lower-cased, plurals folded ("Democrats" → "democrat") */
  affiliationKey(word: string): string | null {
    const w = word.toLowerCase().replace(/(?<=democrat)ic$/, "").replace(/s$/, "");
    return affiliationKeys.has(w) ? w : null;
  },
  sentenceWords: new Set(data.sentence_words.map(bare)),
  /** labels that head a paragraph without naming a speaker ("UPDATE:", "EDITOR'S NOTE:") */
  editorialLabels: lower(data.editorial_labels),
  /** words of titles and honorifics written with a full stop ("Del.", "Lt. Gov."): a full stop after them ends no sentence */
  abbreviations: new Set(
    [...data.titles, ...data.honorifics.map((h) => h.word)]
      .flatMap((t) => t.split(/\s+/))
      .filter((w) => w.endsWith("."))
      .map((w) => bare(w).toLowerCase()),
  ),
  honorific(word: string): { gender: Gender | null } | null {
    const k = bare(word).toLowerCase();
    return honorificGender.has(k) ? { gender: honorificGender.get(k)! } : null;
  },
  givenNameGender(word: string): Gender | null {
    return givenGender.get(word) ?? null;
  },
  isGivenName(word: string): boolean {
    return givenGender.has(word);
  },
  /** "Israeli", "Israel's", "Jerusalem" → "Israel"; unknown words → the word itself, lower-cased */
  placeKey(word: string): string {
    const w = word.replace(/['’]s$/, "");
    return (canonicalPlace.get(w.toLowerCase()) ?? w).toLowerCase();
  },
};
