// Finds the people and organisations a sentence names (its quotes masked) and
// records them with the article's entities: registry names first, then runs of
// capitalised words, split into the descriptor before a name ("Israeli Prime
// Minister") and the name itself ("Benjamin Netanyahu").
import { findRegistryNames, slug } from "../registry.ts";
import { world, type Gender } from "./world.ts";
import type { ArticleEntities } from "./entities.ts";
import { allMatches } from "../matches.ts";

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
const PARTICLE = /^(de|da|di|du|del|der|van|von|bin|ibn|al|el|la|le|st\.?)$/;
export const CAP = /^(\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(\p{Lu}\.)*)$/u;

interface Tok {
  text: string;
  start: number;
  end: number;
}

/** Runs of capitalised words (with name particles inside), broken by punctuation. */
function capitalRuns(text: string): Tok[][] {
  const runs: Tok[][] = [];
  let run: Tok[] = [];
  let prevEnd = -1;
  for (const m of allMatches(TOKEN, text)) {
    const first = m[0][0]!;
    // (most words: lower-case with no run open, which only ends one; possessives and stops end it too)
    if (!run.length && first === first.toLowerCase() && first !== first.toUpperCase()) {
      const last = m[0].at(-1);
      prevEnd = last === "." || last === "," || /['’]s$/.test(m[0]) ? -1 : m.index! + m[0].length;
      continue;
    }
    // A full stop after a word of four letters or more ends the sentence, not an abbreviation ("Romney.", not "Gov.").
    const word = m[0].replace(/['’]s$/, "").replace(/[’']$/, "").replace(/(?<=\p{L}{4,})\.$/u, "");
    const t: Tok = { text: word, start: m.index!, end: m.index! + m[0].length };
    const joined = prevEnd >= 0 && t.start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32;
    // "of" joins organisation names ("Ministry of Transport"); person names split there below
    const upper = t.text[0] !== t.text[0]!.toLowerCase();
    const cap = (upper && CAP.test(t.text)) || (!upper && run.length > 0 && (t.text === "of" || PARTICLE.test(t.text)));
    if (!cap || !joined) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (cap) run.push(t);
    prevEnd = /['’]s$/.test(m[0]) || /[.,]$/.test(m[0]) && !CAP.test(m[0]) ? -1 : t.end;
    if (/['’]s$/.test(m[0])) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs.map((r) => (r.length && /^(of|\p{Ll}+)$/u.test(r.at(-1)!.text) ? r.slice(0, -1) : r)).filter((r) => r.length);
}

const isDescriptor = (w: string) => {
  const b = w.replace(/\.$/, "");
  return (
    world.titleWords.has(b.toLowerCase()) ||
    world.honorific(b) !== null ||
    world.demonyms.has(b) ||
    world.sentenceWords.has(b) ||
    world.roleNouns.has(b.toLowerCase())
  );
};

// (capitalised: "of" is a word of "Secretary of State", but "Council of Economic Advisers" has no title)
const isTitleWord = (w: string) => (/^\p{Lu}/u.test(w) && world.titleWords.has(w.replace(/\.$/, "").toLowerCase())) || world.honorific(w) !== null;

/** The lower-case role words right before a name: "national finance director" in "… national finance director Dennis Cheng". */
function roleBefore(text: string, at: number): string {
  const words = text.slice(Math.max(0, at - 60), at).split(/\s+/).filter(Boolean);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < 5; i--) {
    const w = words[i]!;
    if (/[,;:()"“”_]/.test(w) || !/^[\p{Ll}-]+$/u.test(w) || /^(the|a|an|and|or|by|to|with|said|says|told)$/.test(w)) break;
    run.unshift(w);
  }
  // (the role ends right before the name: "a reporter asked if recent Special Operations …" gives no role)
  return run.length && world.roleNouns.has(run.at(-1)!) ? run.join(" ") : "";
}

/** An apposition right after a name: ", Israel's prime minister," or ", a spokeswoman for …,". */
function roleAfter(text: string, end: number): string {
  const m = text.slice(end, end + 90).match(/^,\s+((?:the|a|an)\s+)?([^,;.:“”"_]{3,70}?)(?=[,;.]|$)/u);
  if (!m) return "";
  return m[2]!.split(/\s+/).some((w) => world.roleNouns.has(w.toLowerCase()) || world.demonyms.has(w)) ? m[2]! : "";
}

/** Records every name in one sentence; `masked` has its quotes blanked. */
export function scanMentions(masked: string, ents: ArticleEntities): void {
  const taken: Array<[number, number]> = [];
  for (const n of findRegistryNames(ents.reg, masked)) {
    const s = n.speaker;
    const role = `${descriptorText(masked, n.start)} ${roleBefore(masked, n.start)} ${roleAfter(masked, n.end)}`;
    ents.mention({ id: s.id, name: s.name, kind: s.kind }, { role });
    taken.push([n.start, n.end]);
  }
  for (const run of capitalRuns(masked)) {
    if (taken.some(([a, b]) => run[0]!.start < b && run.at(-1)!.end > a)) continue;
    mentionRun(run, masked, ents);
  }
}

/** The descriptor right before a registry name: "US State Department spokesperson" in "… US State Department spokesperson Matthew Miller". */
function descriptorText(text: string, at: number): string {
  const toks = text.slice(Math.max(0, at - 80), at).split(/\s+/).filter(Boolean);
  const run: string[] = [];
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    const bare = t.replace(/['’]s$/, "").toLowerCase();
    if (/[,;:()"“”_]$/.test(t)) break;
    if (!(CAP.test(t.replace(/['’]s$/, "")) || world.roleNouns.has(bare) || world.titleWords.has(bare) || /^(of|for|the)$/.test(bare))) break;
    run.unshift(t);
  }
  return run.join(" ");
}

function mentionRun(run: Tok[], text: string, ents: ArticleEntities): void {
  const words = run.map((t) => t.text);
  // The descriptor: titles, honorifics, nationalities, sentence-initial words — up to a given name.
  let i = 0;
  let gender: Gender | null = null;
  while (i < words.length - 1 && !world.isGivenName(words[i]!) && isDescriptor(words[i]!)) {
    gender ??= world.honorific(words[i]!)?.gender ?? null;
    i++;
  }
  // "Rival Hillary Clinton", "Filmmaker Michael Moore": a given name later in the run starts the name.
  const given = words.findIndex((w, k) => k > i && world.isGivenName(w) && k < words.length - 1);
  if (given > i && !world.isGivenName(words[i]!) && !words.slice(i, given).some((w) => world.orgWords.has(w))) i = given;
  // "Committee Chairman Rep. Jason Chaffetz", "White House Press Secretary Karine Jean-Pierre": after the
  // last title, two or more capitalised words with no organisation word in them are a person's name.
  // (the name ends before "of": "Caucus Chairman G.K. Butterfield of North Carolina")
  const lastTitle = words.findLastIndex((w) => isTitleWord(w));
  const after = words.slice(lastTitle + 1);
  const ownName = after.includes("of") ? after.slice(0, after.indexOf("of")) : after;
  if (lastTitle >= i && ownName.length >= 2 && !ownName.some((w) => world.orgWords.has(w.replace(/\.$/, "")) || isDescriptor(w))) i = lastTitle + 1;
  let name = words.slice(i);
  const descriptor = words.slice(0, i).join(" ");
  if (name.some((w) => world.orgWords.has(w.replace(/\.$/, "")))) {
    const org = words.slice(words.findIndex((w) => !world.sentenceWords.has(w))).join(" ");
    if (org) ents.mention({ id: slug(org), name: org, kind: "organization" });
    return;
  }
  // "John McCain of Arizona": the person's name ends before "of".
  if (name.includes("of")) name = name.slice(0, name.indexOf("of"));
  if (!name.length || (name.length === 1 && world.places.has(name[0]!))) return;
  // "Qatar's Prime Minister …": the possessor before the title is part of the role
  const owner = text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start).match(/(\p{Lu}[\p{L}.-]*)['’]s\s+$/u)?.[1] ?? "";
  // (a place's: "Qatar's Prime Minister"; not a person's: "Mr. King's Russia Today programme")
  const possessor = world.places.has(owner) ? owner : "";
  const role = `${possessor} ${descriptor} ${roleBefore(text, run[0]!.start)} ${roleAfter(text, run.at(-1)!.end)}`.trim();
  const first = name[0]!;
  if (name.length >= 2 && !isDescriptor(first) && !world.places.has(name.join(" "))) {
    const ref = ents.person(name.join(" "));
    gender ??= world.givenNameGender(first);
    // "Sheikh Mohammed bin Abdulrahman Al Thani" is later "Sheikh Mohammed": with an honorific, the first name names them too
    const honorific = words.slice(0, i).find((w) => world.honorific(w) !== null);
    ents.mention(ref, { role, gender, ...(honorific ? { alsoKnownAs: first } : {}) });
  } else if (name.length === 1 && i > 0 && isTitleWord(words[i - 1]!) && !isDescriptor(first) && !world.places.has(first)) {
    // "President Obama", "Ms. Batchelder": a surname after a title.
    const ref = ents.person(first);
    ents.mention(ref, { role, gender });
  }
}
