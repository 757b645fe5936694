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
  /** Alias patterns, longest first, for finding registry speakers in text. */
  aliases: Array<{ re: RegExp; speaker: Speaker; alias: string }>;
}

export const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "s")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function makeRegistry(speakers: Speaker[], topics: Topic[]): Registry {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const aliases = speakers
    .flatMap((speaker) =>
      [speaker.name, ...speaker.aliases].map((alias) => ({
        alias,
        speaker,
        // Names are matched with their capitals: "Miller" the name, not "miller" the trade.
        re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(alias).replace(/\\?\s+/g, "\\s+")}(?![\\p{L}\\p{N}])`, "u"),
      })),
    )
    .sort((a, b) => b.alias.length - a.alias.length);
  return { speakers, topics, byId, aliases };
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

/** Registry speakers named in `text`: [start, end, speaker], longest alias first, no overlaps. */
export function findRegistryNames(reg: Registry, text: string) {
  const found: Array<{ start: number; end: number; speaker: Speaker }> = [];
  for (const { re, speaker } of reg.aliases) {
    const g = new RegExp(re.source, "gu");
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ start, end, speaker });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
