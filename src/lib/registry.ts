// Speaker and topic registries (content/speakers.yaml, content/topics.yaml).
import { join } from "node:path";
import { z } from "zod";
import { Speaker, Topic } from "./schema.ts";
import { InputError } from "./errors.ts";
import { readYamlFile } from "./yaml-file.ts";
import { allMatches } from "./matches.ts";

export interface Registry {
  speakers: Speaker[];
  topics: Topic[];
  byId: Map<string, Speaker>;
  /** Aliases by their first word, longest first, each split at its spaces, for finding registry speakers in text. */
  aliases: Map<string, Array<{ speaker: Speaker; alias: string; parts: string[] }>>;
  /** Words that begin with the first character of some alias: the only places a name can start. */
  starts: RegExp;
}

/** A URL-safe id from a name; a name with no Latin letters or digits gets a
 * stable hashed id instead of an empty (or path-like) one. */
export function slug(s: string): string {
  const out = s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "s")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  if (out) return out;
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return `x-${(h >>> 0).toString(36)}`;
}

export function makeRegistry(speakers: Speaker[], topics: Topic[]): Registry {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const aliases: Registry["aliases"] = new Map();
  for (const speaker of speakers) {
    for (const alias of new Set([speaker.name, ...speaker.aliases])) {
      const first = alias.match(/[\p{L}\p{N}]+/u)?.[0];
      if (!first || !alias.startsWith(first)) continue;
      const list = aliases.get(first) ?? [];
      list.push({ alias, speaker, parts: alias.split(/\s+/) });
      aliases.set(first, list);
    }
  }
  for (const list of aliases.values()) list.sort((a, b) => b.alias.length - a.alias.length);
  // Most words of a text start with no alias's first character (names are capitalised):
  // skipping those makes finding names several times cheaper.
  const firsts = [...new Set([...aliases.keys()].map((k) => String.fromCodePoint(k.codePointAt(0)!)))];
  // (letters and digits only, so safe inside a character class)
  const starts = new RegExp(firsts.length ? `(?<![\\p{L}\\p{N}])[${firsts.join("")}][\\p{L}\\p{N}]*` : "(?!)", "gu");
  return { speakers, topics, byId, aliases, starts };
}

/** A registry file's entries; a folder without the file (a new story, articles only) has none. */
function readList<T>(file: string, schema: z.ZodType<T>): T[] {
  return readYamlFile(file, z.array(schema), []) ?? [];
}

export function loadRegistry(contentDir: string): Registry {
  const speakers = readList(join(contentDir, "speakers.yaml"), Speaker);
  const topics = readList(join(contentDir, "topics.yaml"), Topic);
  for (const [what, list] of [["speaker", speakers], ["topic", topics]] as const) {
    const seen = new Set<string>();
    for (const item of list) {
      if (seen.has(item.id))
        throw new InputError(join(contentDir, `${what === "speaker" ? "speakers" : "topics"}.yaml`), `duplicate ${what} id "${item.id}"`);
      seen.add(item.id);
    }
  }
  return makeRegistry(speakers, topics);
}

/** Registry speakers named in `text`, in order, longest alias first, no overlaps.
 * Linear in the text: only aliases starting with each word are tried there. */
export function findRegistryNames(reg: Registry, text: string) {
  const found: Array<{ start: number; end: number; speaker: Speaker }> = [];
  let until = 0;
  for (const m of allMatches(reg.starts, text)) {
    const start = m.index!;
    if (start < until) continue;
    for (const { speaker, parts } of reg.aliases.get(m[0]) ?? []) {
      const end = aliasEnd(text, start, parts);
      if (end < 0) continue;
      found.push({ start, end, speaker });
      until = end;
      break;
    }
  }
  return found;
}

/** Where the alias `parts` (its words) ends if it stands in `text` at `at`, else -1:
 * the words as written ("Miller" the name, not "miller" the trade), any whitespace
 * between them, and no letter or digit right after. Plain string comparison: a
 * pattern per alias cost more to compile and run than all the rest of the search. */
function aliasEnd(text: string, at: number, parts: string[]): number {
  let k = at;
  for (let j = 0; j < parts.length; j++) {
    if (j > 0) {
      const gap = k;
      while (k < text.length && isSpace(text.charCodeAt(k))) k++;
      if (k === gap) return -1;
    }
    if (!text.startsWith(parts[j]!, k)) return -1;
    k += parts[j]!.length;
  }
  WORD_CHAR.lastIndex = k;
  return WORD_CHAR.test(text) ? -1 : k;
}
const WORD_CHAR = /[\p{L}\p{N}]/uy;

/** The characters of JavaScript's `\s`. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
