// Speaker and topic registries (content/speakers.yaml, content/topics.yaml).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { Speaker, Topic } from "./schema.ts";
import { InputError, zodMessage } from "./errors.ts";

export interface Registry {
  speakers: Speaker[];
  topics: Topic[];
  byId: Map<string, Speaker>;
  /** Aliases by their first word, longest first, for finding registry speakers in text. */
  aliases: Map<string, Array<{ re: RegExp; speaker: Speaker; alias: string; head: number; next: string }>>;
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

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function makeRegistry(speakers: Speaker[], topics: Topic[]): Registry {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const aliases: Registry["aliases"] = new Map();
  for (const speaker of speakers) {
    for (const alias of new Set([speaker.name, ...speaker.aliases])) {
      const first = alias.match(/[\p{L}\p{N}]+/u)?.[0];
      if (!first || !alias.startsWith(first)) continue;
      // Names are matched with their capitals: "Miller" the name, not "miller" the trade.
      const re = new RegExp(`${escapeRe(alias).replace(/\\?\s+/g, "\\s+")}(?![\\p{L}\\p{N}])`, "uy");
      const list = aliases.get(first) ?? [];
      // The alias's first two words, to rule out most aliases before running their pattern.
      const [head, next = ""] = alias.split(/\s+/);
      list.push({ alias, speaker, re, head: head!.length, next });
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

function readList<T>(file: string, schema: z.ZodType<T>): T[] {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, "utf8"));
  } catch (e) {
    throw new InputError(file, `cannot read YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  const parsed = z.array(schema).safeParse(data ?? []);
  if (!parsed.success) throw new InputError(file, zodMessage(parsed.error));
  return parsed.data;
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
  for (const m of text.matchAll(reg.starts)) {
    const start = m.index!;
    if (start < until) continue;
    for (const { re, speaker, head, next } of reg.aliases.get(m[0]) ?? []) {
      if (next && !nextWordIs(text, start + head, next)) continue;
      re.lastIndex = start;
      const hit = re.exec(text);
      if (!hit) continue;
      found.push({ start, end: start + hit[0].length, speaker });
      until = start + hit[0].length;
      break;
    }
  }
  return found;
}

/** Whether `text` at `at` is whitespace followed by `word` (the pattern's `\s+` then `word`). */
function nextWordIs(text: string, at: number, word: string): boolean {
  let k = at;
  while (k < text.length && SPACE.test(text[k]!)) k++;
  return k > at && text.startsWith(word, k);
}
const SPACE = /\s/;
