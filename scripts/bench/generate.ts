// A deterministic synthetic news corpus (seeded random) for the bench: raw
// page text with the quote styles, attribution forms, datelines, relative
// dates and page furniture the extractor handles.
import { mkdirSync, writeFileSync, copyFileSync } from "node:fs";
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

function pseudoWords(r: Rng, n: number): string[] {
  const syl = ["ba", "ter", "lo", "mi", "san", "dor", "ve", "ki", "tra", "mon", "ep", "ul", "ris", "ga", "pol", "ne", "cu", "fa", "zen", "wi"];
  const out = new Set<string>();
  while (out.size < n) out.add(Array.from({ length: r.int(2, 4) }, () => r.pick(syl)).join(""));
  return [...out];
}

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

export function makeArticle(r: Rng, i: number, speakers: SynthSpeaker[], words: string[]): GeneratedArticle {
  const y = r.int(2022, 2024);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const published = new Date(Date.UTC(y, m - 1, d, r.int(6, 22), r.int(0, 59)));
  const lines: string[] = [];
  const filler = (n: number) =>
    Array.from({ length: n }, () => {
      const w = Array.from({ length: r.int(8, 18) }, () => r.pick(words));
      w[0] = w[0]!.replace(/^./, (c) => c.toUpperCase());
      return `${w.join(" ")}.`;
    }).join(" ");
  const quote = () => `${r.pick(CLAUSES).replace(/^./, (c) => c.toUpperCase())}`;

  // Header furniture.
  if (r.next() < 0.3) lines.push("icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon chevron righticon closeicon editicon fbicon");
  if (r.next() < 0.4) lines.push("Subscribe to our newsletter", "");
  lines.push(`${r.pick(["Talks", "Officials", "Allies", "Leaders"])} ${r.pick(["weigh", "reject", "debate", "discuss"])} ${r.pick(["peace plan", "ceasefire offer", "aid package", "border proposal"])} ${r.pick(words)}`, "");
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
        () => `${s.role} ${s.name} said on ${weekday()} that ${r.pick(CLAUSES)}.`,
        () => `“${quote()},” ${s.name} said.`,
        () => `According to ${s.surname}, ${r.pick(CLAUSES)}.`,
        () => `${quote()}, ${s.surname} noted.`,
        () => `${s.name} told reporters on ${monthDay()}: “${quote()}.”`,
        () => `«${quote()}», ${s.name} declared last week.`,
        () => `‘${quote()},’ ${s.name} said.`,
        () => `"${quote()}," ${s.name} said on ${weekday()}.`,
        () => `${s.name}, a ${s.role.toLowerCase()}, revealed last year that ${r.pick(CLAUSES)}.`,
        () => `${s.name} has said ${r.pick(CLAUSES)}.`,
        () => `The ${r.pick(ORGS)} reported on ${monthDay()} that ${r.pick(CLAUSES)}.`,
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
  if (r.next() < 0.5) paragraphs.splice(at(4), 0, `Delegates arrive for talks in ${r.pick(words)} on ${weekday()}. (Photo by ${r.pick(speakers).name}/AFP via Getty Images)`);
  if (r.next() < 0.3) paragraphs.splice(at(6), 0, "Support our journalism: become a member today and help fund our reporting.");
  lines.push(...paragraphs.flatMap((p) => [p, ""]));
  // Trailing furniture.
  const tail = r.int(0, 2);
  if (tail === 0) lines.push("News Feed", "", "1:40 PM", "", `“${quote()},” ${r.pick(speakers).name} said on ${monthDay()}.`);
  if (tail === 1) lines.push("Source link", "", `I'm ${r.pick(words)}, the author behind ${r.pick(OUTLETS)}. My goal is to keep you informed.`, "", "Leave a Reply");
  const id = `synth_${String(i).padStart(5, "0")}`;
  const meta = { outlet: r.pick(OUTLETS), published: published.toISOString().slice(0, 16) };
  return { id, text: `${lines.join("\n")}\n`, statements, ...{ meta } } as GeneratedArticle & { meta: typeof meta };
}

/** Writes a content folder (articles/, speakers.yaml, topics.yaml) with `n` articles. */
export function generateCorpus(dir: string, n: number, seed = 42, topicsFile?: string): { articles: number; statements: number; speakers: number } {
  const r = rng(seed);
  const speakers = makeSpeakers(r, 300);
  const words = pseudoWords(r, 4000);
  mkdirSync(join(dir, "articles"), { recursive: true });
  const yaml = speakers
    .map((s) => `- id: ${s.id}\n  name: ${s.name}\n  aliases: [${s.alias}, ${s.surname}]\n  roles:\n    - { title: ${s.role} }\n`)
    .join("");
  writeFileSync(join(dir, "speakers.yaml"), yaml);
  if (topicsFile) copyFileSync(topicsFile, join(dir, "topics.yaml"));
  let statements = 0;
  for (let i = 0; i < n; i++) statements += writeArticle(dir, makeArticle(r, i, speakers, words));
  return { articles: n, statements, speakers: speakers.length };
}

/** One more article, as an editor would add it (for the incremental rebuild). */
export function addArticle(dir: string, i: number, seed = 7): number {
  const r = rng(seed);
  return writeArticle(dir, makeArticle(r, i, makeSpeakers(rng(42), 300), pseudoWords(rng(42), 4000)));
}

function writeArticle(dir: string, a: GeneratedArticle): number {
  const meta = (a as GeneratedArticle & { meta: { outlet: string; published: string } }).meta;
  writeFileSync(join(dir, "articles", `${a.id}.txt`), a.text);
  writeFileSync(join(dir, "articles", `${a.id}.meta.yaml`), `outlet: ${meta.outlet}\npublished: "${meta.published}"\n`);
  return a.statements;
}
