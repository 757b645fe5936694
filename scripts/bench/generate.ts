// A deterministic synthetic news corpus (seeded random) for the bench: raw
// page text with the quote styles, attribution forms, datelines, relative
// dates and page furniture the extractor handles.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

const FIRST = [
  ["Dmytro", "Dmitry"], ["Oleksandr", "Alexander"], ["Volodymyr", "Vladimir"], ["Serhiy", "Sergei"], ["Andriy", "Andrei"],
  ["Mykola", "Nikolai"], ["Yuriy", "Yuri"], ["Olena", "Elena"], ["Iryna", "Irina"], ["Tetiana", "Tatiana"],
  ["Maria", "Mariya"], ["Anna", "Hanna"], ["Pavlo", "Pavel"], ["Mykhailo", "Mikhail"], ["Petro", "Pyotr"],
  ["John", "Jon"], ["Catherine", "Katherine"], ["Stephen", "Steven"], ["Jeffrey", "Geoffrey"], ["Sarah", "Sara"],
  ["Michael", "Micheal"], ["Elizabeth", "Elisabeth"], ["Anthony", "Antony"], ["Philip", "Phillip"], ["Rebecca", "Rebekah"],
] as const;
const LAST_SYLL = ["ko", "len", "var", "shen", "bro", "dan", "mir", "tov", "sky", "ruk", "hol", "pet", "nik", "zar", "lin", "mor", "vas", "tes", "gor", "chuk"];
const ROLES = [
  "Foreign Minister", "Defense Minister", "Deputy Prime Minister", "Senator", "Secretary of State", "national security adviser",
  "State Department spokesperson", "Kremlin spokesperson", "presidential envoy", "Ambassador", "Army General", "parliament speaker",
];
const ORGS = [
  "Institute for Strategic Studies", "Center for Eastern Policy", "Ministry of Defense", "Security Council", "Foreign Ministry",
  "Atlantic Research Group", "Northern Policy Institute", "Agency for Reconstruction",
];
const OUTLETS = ["The Daily Ledger", "Eastern Wire", "Kyiv Courier", "Global Dispatch", "Meridian News", "The Observer Post", "Capital Times", "Frontline Report"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const CLAUSES = [
  "talks with Moscow can only begin if Russian troops withdraw from occupied regions",
  "the ceasefire proposal does not address the core issue of territory",
  "peace negotiations are the best way to end the war",
  "any settlement must respect the country's borders and sovereignty",
  "military aid will continue until the front line stabilises",
  "the decision to negotiate rests with Kyiv alone",
  "there is no indication the Kremlin is interested in diplomacy",
  "the war needs to be won on the battlefield",
  "NATO membership remains a long-term goal for Ukraine",
  "a freeze of the conflict would only reward aggression",
  "the administration will support talks when the time is right",
  "Congress should approve the next package of weapons",
  "a diplomatic solution is possible within months",
  "sanctions will stay in place until a just peace is reached",
  "the annexation of the regions will never be recognised",
];

// Words any English text uses that the extractor reads as attribution,
// negation, condition or time: generated words must not be one of them.
const RESERVED = new Set(
  "said says told tells tell asked asks added adds noted wrote writes claim claimed stated states argued warned urged denied called named never none nothing unless until only once when then than there their they them this that those these with from into over upon about after before under while where which whose would could should might must shall will have been being were does done made make also even just more most many much some such same other ever here what week weeks year years month months today late last next soon early".split(" "),
);
const ONSETS = ["", "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "sc", "sh", "sl", "sp", "st", "str", "th", "tr", "ch", "qu"];
const VOWELS = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ee", "ou", "io", "oa", "y"];
const CODAS = ["", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "rt", "ck", "ng", "nt", "ld", "rn", "x"];
const ENDINGS = ["", "", "", "", "s", "ed", "ing", "er", "ly", "tion", "ment", "ness", "al", "ive", "ist"];

/**
 * A lexicon like a real vocabulary's: `n` distinct lowercase word forms, short
 * ones first, with families sharing a stem (trade, trades, trading), drawn by
 * Zipf's law (rank r with weight 1/r), so a corpus meets its frequent words
 * often and tens of thousands of rare ones once or twice.
 */
export function lexicon(seed: number, n: number, reserved: ReadonlySet<string> = new Set()) {
  const r = rng(seed);
  const words = new Set<string>();
  const syllable = () => r.pick(ONSETS) + r.pick(VOWELS) + r.pick(CODAS);
  while (words.size < n) {
    const stem = Array.from({ length: r.int(1, 1 + Math.min(2, Math.floor(words.size / 5000))) }, syllable).join("");
    for (let k = r.int(1, 3); k > 0 && words.size < n; k--) {
      const w = stem + r.pick(ENDINGS);
      if (w.length >= 4 && !RESERVED.has(w) && !reserved.has(w)) words.add(w);
    }
  }
  const list = [...words];
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < list.length; i++) cumulative.push((total += 1 / (i + 1)));
  /** One word, Zipf-distributed: a binary search over the cumulative weights. */
  const draw = (g: Rng) => {
    const x = g.next() * total;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo]!;
  };
  return { words: list, draw };
}
export type Lexicon = ReturnType<typeof lexicon>;

/** Every lowercase word the extractor's world data (names, places, titles …) holds: generated words avoid them. */
function worldWords(): Set<string> {
  const world = JSON.parse(readFileSync(new URL("../../src/lib/nlp/world.json", import.meta.url), "utf8")) as unknown;
  return new Set(JSON.stringify(world).toLowerCase().match(/[a-z]+/g) ?? []);
}

/** The bench's vocabulary: 60,000 word forms. */
const LEXICON_SIZE = 60_000;
let shared: Lexicon | undefined;
export const benchLexicon = () => (shared ??= lexicon(4242, LEXICON_SIZE, worldWords()));

export interface SynthSpeaker {
  id: string;
  name: string;
  alias: string;
  surname: string;
  role: string;
  pronoun: "he" | "she";
}

export function makeSpeakers(r: Rng, n: number): SynthSpeaker[] {
  const seen = new Set<string>();
  const out: SynthSpeaker[] = [];
  while (out.length < n) {
    const [first, alt] = r.pick(FIRST);
    const surname = `${r.pick(LAST_SYLL).replace(/^./, (c) => c.toUpperCase())}${r.pick(LAST_SYLL)}${r.pick(["enko", "ov", "ska", "ich", "ez", "son", "er", "uk"])}`;
    const name = `${first} ${surname}`;
    if (seen.has(surname)) continue;
    seen.add(surname);
    const female = /a$/.test(first) && first !== "Mykola";
    out.push({ id: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"), name, alias: `${alt} ${surname}`, surname, role: r.pick(ROLES), pronoun: female ? "she" : "he" });
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, "0");

export interface GeneratedArticle {
  id: string;
  text: string;
  statements: number;
}

export function makeArticle(r: Rng, i: number, speakers: SynthSpeaker[], lex: Lexicon): GeneratedArticle {
  const y = r.int(2022, 2024);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const published = new Date(Date.UTC(y, m - 1, d, r.int(6, 22), r.int(0, 59)));
  const lines: string[] = [];
  const filler = (n: number) =>
    Array.from({ length: n }, () => {
      const w = Array.from({ length: r.int(8, 18) }, () => lex.draw(r));
      w[0] = w[0]!.replace(/^./, (c) => c.toUpperCase());
      return `${w.join(" ")}.`;
    }).join(" ");
  // A statement: one of the clauses (what the topics' cues and stances read),
  // mostly with more words of its own, as real statements vary in wording.
  const clause = () => `${r.pick(CLAUSES)}${r.next() < 0.8 ? `, ${Array.from({ length: r.int(3, 10) }, () => lex.draw(r)).join(" ")}` : ""}`;
  const quote = () => clause().replace(/^./, (c) => c.toUpperCase());

  // Header furniture.
  if (r.next() < 0.3) lines.push("icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon chevron righticon closeicon editicon fbicon");
  if (r.next() < 0.4) lines.push("Subscribe to our newsletter", "");
  lines.push(`${r.pick(["Talks", "Officials", "Allies", "Leaders"])} ${r.pick(["weigh", "reject", "debate", "discuss"])} ${r.pick(["peace plan", "ceasefire offer", "aid package", "border proposal"])} ${lex.draw(r)}`, "");
  const style = r.int(0, 2);
  if (style === 0) lines.push(`${published.getUTCDate()} ${SHORT_MONTHS[published.getUTCMonth()]}, ${published.getUTCFullYear()} ${pad(published.getUTCHours())}:${pad(published.getUTCMinutes())}`, "");
  if (style === 1) {
    const h = published.getUTCHours();
    lines.push(`by ${r.pick(FIRST)[0]} ${r.pick(speakers).surname} ${LONG_MONTHS[published.getUTCMonth()]} ${published.getUTCDate()}, ${published.getUTCFullYear()} ${h % 12 || 12}:${pad(published.getUTCMinutes())} ${h < 12 ? "AM" : "PM"} 3 min read`, "");
  }

  const cast = Array.from({ length: r.int(2, 6) }, () => r.pick(speakers));
  const target = r.int(300, 1200);
  const wanted = r.int(5, 20);
  let statements = 0;
  let wordCount = 0;
  let last: SynthSpeaker | null = null;
  const paragraphs: string[] = [];
  const weekday = () => r.pick(WEEKDAYS);
  const monthDay = () => `${r.pick(MONTHS)} ${r.int(1, 28)}`;
  while (statements < wanted || wordCount < target) {
    if (statements >= wanted || r.next() < 0.35) {
      paragraphs.push(filler(r.int(2, 4)));
      last = null; // a follow-up quote belongs right after its speaker's statement
    } else {
      const s = r.pick(cast);
      const forms = [
        () => `${s.role} ${s.name} said on ${weekday()} that ${clause()}.`,
        () => `“${quote()},” ${s.name} said.`,
        () => `According to ${s.surname}, ${clause()}.`,
        () => `${quote()}, ${s.surname} noted.`,
        () => `${s.name} told reporters on ${monthDay()}: “${quote()}.”`,
        () => `«${quote()}», ${s.name} declared last week.`,
        () => `‘${quote()},’ ${s.name} said.`,
        () => `"${quote()}," ${s.name} said on ${weekday()}.`,
        () => `${s.name}, a ${s.role.toLowerCase()}, revealed last year that ${clause()}.`,
        () => `${s.name} has said ${clause()}.`,
        () => `The ${r.pick(ORGS)} reported on ${monthDay()} that ${clause()}.`,
      ];
      if (last && r.next() < 0.3) {
        paragraphs.push(r.next() < 0.5 ? `“${quote()},” ${last.pronoun} added.` : `“${quote()}.”`);
      } else {
        const form = r.pick(forms);
        paragraphs.push(form());
        last = forms.indexOf(form) === 10 ? null : s;
      }
      statements++;
    }
    wordCount = paragraphs.join(" ").split(/\s+/).length;
  }
  // Body furniture: teasers, captions, promotions.
  const at = (k: number) => Math.min(paragraphs.length, k);
  paragraphs.splice(at(2), 0, `• Read also: ${r.pick(speakers).surname} ${r.pick(["warns", "says"])} “${r.pick(CLAUSES)}”`);
  if (r.next() < 0.5) paragraphs.splice(at(4), 0, `Delegates arrive for talks in ${lex.draw(r)} on ${weekday()}. (Photo by ${r.pick(speakers).name}/AFP via Getty Images)`);
  if (r.next() < 0.3) paragraphs.splice(at(6), 0, "Support our journalism: become a member today and help fund our reporting.");
  lines.push(...paragraphs.flatMap((p) => [p, ""]));
  // Trailing furniture.
  const tail = r.int(0, 2);
  if (tail === 0) lines.push("News Feed", "", "1:40 PM", "", `“${quote()},” ${r.pick(speakers).name} said on ${monthDay()}.`);
  if (tail === 1) lines.push("Source link", "", `I'm ${lex.draw(r)}, the author behind ${r.pick(OUTLETS)}. My goal is to keep you informed.`, "", "Leave a Reply");
  const id = `synth_${String(i).padStart(5, "0")}`;
  const meta = { outlet: r.pick(OUTLETS), published: published.toISOString().slice(0, 16) };
  return { id, text: `${lines.join("\n")}\n`, statements, ...{ meta } } as GeneratedArticle & { meta: typeof meta };
}

/** Writes a content folder (articles/, speakers.yaml, topics.yaml) with `n` articles. */
export function generateCorpus(dir: string, n: number, seed = 42, topicsFile?: string): { articles: number; statements: number; speakers: number } {
  const r = rng(seed);
  const speakers = makeSpeakers(r, 300);
  const lex = benchLexicon();
  mkdirSync(join(dir, "articles"), { recursive: true });
  const yaml = speakers
    .map((s) => `- id: ${s.id}\n  name: ${s.name}\n  aliases: [${s.alias}, ${s.surname}]\n  roles:\n    - { title: ${s.role} }\n`)
    .join("");
  writeFileSync(join(dir, "speakers.yaml"), yaml);
  if (topicsFile) copyFileSync(topicsFile, join(dir, "topics.yaml"));
  let statements = 0;
  for (let i = 0; i < n; i++) statements += writeArticle(dir, makeArticle(r, i, speakers, lex));
  return { articles: n, statements, speakers: speakers.length };
}

/** One more article, as an editor would add it (for the incremental rebuild). */
export function addArticle(dir: string, i: number, seed = 7): number {
  const r = rng(seed);
  return writeArticle(dir, makeArticle(r, i, makeSpeakers(rng(42), 300), benchLexicon()));
}

function writeArticle(dir: string, a: GeneratedArticle): number {
  const meta = (a as GeneratedArticle & { meta: { outlet: string; published: string } }).meta;
  writeFileSync(join(dir, "articles", `${a.id}.txt`), a.text);
  writeFileSync(join(dir, "articles", `${a.id}.meta.yaml`), `outlet: ${meta.outlet}\npublished: "${meta.published}"\n`);
  return a.statements;
}
