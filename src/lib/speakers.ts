// Who a noun phrase names: a registry speaker, a new person, an organisation,
// a group ("U.S. officials") or a role ("the spokesperson"), with pronouns and
// roles resolved to the person they refer to earlier in the same article.
import { findRegistryNames, slug, type Registry } from "./registry.ts";

export type SpeakerKind = "person" | "organization" | "group" | "role";

export interface SpeakerRef {
  id: string;
  name: string;
  role?: string;
  kind: SpeakerKind;
}

const MENTION_HORIZON = 200;

interface Mention {
  ref: SpeakerRef;
  roleTokens: Set<string>;
}

/** What the article has said so far about who is who. */
export class ArticleContext {
  mentions: Mention[] = [];
  /** the person a "he" or "she" most likely refers to */
  salient: SpeakerRef | null = null;
  /** the last group or organisation, for "they" */
  salientGroup: SpeakerRef | null = null;
  reg: Registry;
  constructor(reg: Registry) {
    this.reg = reg;
  }

  remember(ref: SpeakerRef, roleText = ""): void {
    const roleTokens = tokens(`${roleText} ${ref.role ?? ""}`);
    if (ref.kind === "role") tokens(ref.name).forEach((t) => roleTokens.add(t));
    this.mentions.push({ ref, roleTokens });
    if (ref.kind === "person") this.salient = ref;
    else if (ref.kind !== "role") this.salientGroup = ref;
  }

  /** Coreference is local: look back over the last mentions only, which also
   * keeps a very long article linear. */
  private horizon(): number {
    return Math.max(0, this.mentions.length - MENTION_HORIZON);
  }

  /** The most recent speaker described with the same role words. */
  byRole(roleText: string): SpeakerRef | null {
    const want = tokens(roleText);
    let best: { ref: SpeakerRef; score: number } | null = null;
    for (let i = this.mentions.length - 1; i >= this.horizon(); i--) {
      const m = this.mentions[i]!;
      let score = 0;
      for (const t of want) if (m.roleTokens.has(t)) score += ROLE_NOUNS.has(t) ? 1 : 2;
      if (score > 0 && (!best || score > best.score)) best = { ref: m.ref, score };
    }
    return best?.ref ?? null;
  }

  bySurname(surname: string): SpeakerRef | null {
    for (let i = this.mentions.length - 1; i >= this.horizon(); i--) {
      const ref = this.mentions[i]!.ref;
      if (ref.kind === "person" && ref.name.split(/\s+/).includes(surname)) return ref;
    }
    return null;
  }
}

const GENERIC = new Set(["the", "a", "an", "us", "u.s", "u.s.", "of", "for", "s", "and", "his", "her", "its", "their", "from"]);
const tokens = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/['’]s\b/g, "")
      .split(/[^\p{L}.]+/u)
      .map((t) => t.replace(/\.$/, ""))
      .filter((t) => t && !GENERIC.has(t)),
  );

export const ROLE_NOUNS = new Set(
  (
    "spokesperson spokesman spokeswoman representative official minister secretary president leader " +
    "diplomat chief head ambassador adviser advisor envoy general senator negotiator aide chairman chair " +
    "director commander premier chancellor coordinator candidate lawmaker member mayor governor " +
    "prosecutor judge professor analyst expert researcher correspondent source deputy"
  ).split(" "),
);
export const GROUP_NOUNS = new Set(
  (
    "officials leaders media diplomats analysts experts sources allies critics lawmakers authorities " +
    "observers officers politicians ministers spokespeople representatives negotiators commentators"
  ).split(" "),
);
const SOURCE_NOUNS = new Set(
  "statement statements figures data remarks report reports estimates words comments words post posts figures".split(" "),
);
const ORG_WORDS = new Set(
  (
    "House Department Ministry Institute Council Post Times News Agency Office Government Administration " +
    "Committee Union Kremlin Pentagon Journal Reuters Press Network Bank Fund Organization Organisation " +
    "Commission Parliament Congress Senate Court Party Foundation Center Centre University Service " +
    "Army Forces Command Embassy Cabinet Assembly Guardian Telegraph Tribune Herald Television TV Radio " +
    "Corporation Inc Group Staff NATO UN EU"
  ).split(" "),
);
// Places that speak for their governments in news prose ("Moscow said").
const PLACE_SPEAKERS = new Set(
  (
    "Russia Ukraine Moscow Kyiv Kiev Washington Kremlin Pentagon Beijing China Europe EU NATO Britain London " +
    "Paris Berlin France Germany Poland Turkey Ankara Israel Iran Tehran Brussels Minsk Belarus"
  ).split(" "),
);
const TITLE_WORDS = new Set(
  (
    "President Prime Minister Foreign Defense Defence Secretary State General Gen Gen. Chief Former Ex Deputy " +
    "Senator Sen Sen. Rep Rep. Representative Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Chancellor Ambassador Spokesperson " +
    "Spokesman Spokeswoman Adviser Advisor Vice Acting First Lady Sir Lord King Queen Pope Colonel Col. " +
    "Lt. Admiral Adm. Commander Director Chairman Mayor Governor Gov. Leader Premier Envoy Minister"
  ).split(" "),
);
const NATIONALITY = /^(US|U\.S\.|UK|U\.K\.|EU|UN|U\.N\.|American|Ukrainian|Russian|British|French|German|Chinese|European|Western|Turkish|Polish|Israeli|Iranian|Belarusian|Italian|Japanese|Indian|Soviet|Kremlin|White|Republican|Democratic)$/;
const PRONOUN = /^(he|she|him|her)$/i;
const PLURAL_PRONOUN = /^(they|them)$/i;
const CAP_TOKEN = /^(\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.)$/u;
const PREPOSITION = /\s(of|for|from|at|with|in|on|to|by|behind)\s/;

const cleanNP = (np: string) =>
  np
    .replace(/\([^()]*\)/g, " ")
    .replace(/\[([^\][]*)\]/g, "$1")
    .replace(/[_“”"«»„]/g, " ")
    .replace(/^[\s,.;:—–-]+|[\s,.;:—–-]+$/g, "")
    .replace(/^(and|but|while|as well as|or|then|so|however|nevertheless|meanwhile|furthermore|moreover)\s+/i, "")
    .replace(/\s+/g, " ")
    .trim();
const stripArticle = (s: string) => s.replace(/^(the|a|an|other|some|several|many|top|senior)\s+/gi, "").trim();
const lastWord = (s: string) => (s.match(/[\p{L}.'’-]+$/u)?.[0] ?? "").replace(/\.$/, "");
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The person name at the end of a phrase ("Ukrainian Foreign Minister Dmitry Kuleba" → "Dmitry Kuleba"). */
export function trailingName(np: string): string | null {
  const toks = np.split(/\s+/);
  const name: string[] = [];
  for (let i = toks.length - 1; i >= 0 && name.length < 4; i--) {
    const t = toks[i]!.replace(/[,;:]$/, "");
    if (!CAP_TOKEN.test(t) || TITLE_WORDS.has(t) || NATIONALITY.test(t) || ORG_WORDS.has(t.replace(/\.$/, "")))
      break;
    if (/['’]s$/.test(t)) break;
    name.unshift(t);
  }
  while (name.length && /^(Jr|Sr|[A-Z])\.?$/.test(name[0]!)) name.shift();
  return name.length ? name.join(" ") : null;
}

function person(ctx: ArticleContext, name: string, role?: string): SpeakerRef {
  const reg = findRegistryNames(ctx.reg, name)[0];
  if (reg && reg.start === 0 && reg.end === name.length) {
    return { id: reg.speaker.id, name: reg.speaker.name, kind: reg.speaker.kind, ...(role ? { role } : {}) };
  }
  if (!name.includes(" ")) {
    const known = ctx.bySurname(name);
    if (known) return { ...known, ...(role ? { role } : {}) };
  }
  return { id: slug(name), name, kind: "person", ...(role ? { role } : {}) };
}

/** A lone capitalised word names someone only if the registry or the article already does. */
function knownSingleName(ctx: ArticleContext, name: string): boolean {
  const reg = findRegistryNames(ctx.reg, name)[0];
  return (reg !== undefined && reg.start === 0 && reg.end === name.length) || ctx.bySurname(name) !== null;
}

/** The role words before a name ("US Secretary of State"), when there are any. */
function roleText(np: string, name: string): string | undefined {
  const before = stripArticle(np.slice(0, np.lastIndexOf(name)).replace(/[,\s]+$/, ""));
  const toks = before.split(/\s+/);
  if (!toks.some((t) => ROLE_NOUNS.has(t.toLowerCase()) || TITLE_WORDS.has(t))) return undefined;
  // A lone title ("President") says less than the registry's role.
  if (toks.length < 2) return undefined;
  return before;
}

export interface ResolveOptions {
  /** Text around the attribution (outside the claim's content) where an
   * appositive name may stand: "the spokesperson …, John Kirby". */
  apposition?: string;
}

/** The speaker a noun phrase refers to, or null when it names no one. */
export function resolveNP(rawNP: string, ctx: ArticleContext, opts: ResolveOptions = {}): SpeakerRef | null {
  const np = cleanNP(rawNP);
  if (!np || np.length > 160) return null;
  if (PRONOUN.test(np)) return ctx.salient;
  if (PLURAL_PRONOUN.test(np)) return ctx.salientGroup;
  if (/^(i|we|you|it|this|that|there|one)$/i.test(np)) return null;

  const conjuncts = np.split(/\s+(?:and|as well as|along with)\s+/);
  if (conjuncts.length > 1) {
    for (const c of conjuncts) {
      const r = resolveNP(c, ctx, opts);
      if (r) return r;
    }
    return null;
  }

  // A registry alias that ends the phrase: "US Secretary of State Antony Blinken".
  const names = findRegistryNames(ctx.reg, np).filter((n) => !/^['’]s\b/.test(np.slice(n.end)));
  const last = names.at(-1);
  if (last && np.slice(last.end).trim() === "") {
    const role = roleText(np, np.slice(last.start, last.end));
    const s = last.speaker;
    return { id: s.id, name: s.name, kind: s.kind, ...(role ? { role } : {}) };
  }
  // A personal name that ends the phrase: "Foreign Minister Dmitry Kuleba", "Senator Jane Roe".
  const tail = trailingName(np);
  const isPerson =
    tail !== null &&
    np.endsWith(tail) &&
    !PLACE_SPEAKERS.has(tail) &&
    !tail.split(" ").some((t) => ORG_WORDS.has(t)) &&
    (tail.includes(" ") || knownSingleName(ctx, tail));
  if (isPerson) return person(ctx, tail, roleText(np, tail));

  // The head of the phrase, before its first preposition.
  const pp = np.match(PREPOSITION);
  const head = pp ? np.slice(0, pp.index) : np;
  const object = pp ? np.slice(pp.index! + pp[0].length) : "";
  const headNoun = lastWord(head).toLowerCase();
  if (GROUP_NOUNS.has(headNoun)) {
    const name = capitalize(stripArticle(head));
    return { id: slug(name), name, kind: "group" };
  }
  if (ROLE_NOUNS.has(headNoun) && np.split(" ").length <= 10) {
    const qualifier = object ? (object.split(/['’]s\s+/).at(-1) ?? "") : "";
    const orgQualifier = qualifier && CAP_TOKEN.test(qualifier.split(" ")[0] ?? "") ? stripArticle(qualifier) : "";
    const role = stripArticle(orgQualifier ? `${orgQualifier} ${stripArticle(head)}` : stripArticle(np));
    const apposed = opts.apposition ? appositiveName(opts.apposition, ctx) : null;
    if (apposed) return { ...apposed, role };
    const known = ctx.byRole(role);
    if (known) return { ...known, role: known.role ?? role };
    const name = capitalize(role);
    return { id: slug(name), name, kind: "role" };
  }
  if (names.length) {
    const s = names[0]!.speaker;
    return { id: s.id, name: s.name, kind: s.kind };
  }
  // Organisations and places: "The White House", "Russia", "the Washington Post".
  const org = stripArticle(head);
  if (org && firstCapOrOrg(org)) {
    const name = org.replace(/['’]s$/, "");
    if (name.split(" ").length <= 8) return { id: slug(name), name, kind: "organization" };
  }
  // "figures from the Russian Defense Ministry": the source is the object.
  if (object && SOURCE_NOUNS.has(headNoun)) return resolveNP(object, ctx, opts);
  return null;
}

function firstCapOrOrg(s: string): boolean {
  const toks = s.split(/\s+/);
  if (!toks.every((t) => CAP_TOKEN.test(t) || /^(of|for|the|and|on|&)$/.test(t))) return false;
  return toks.some((t) => ORG_WORDS.has(t.replace(/\.$/, "")) || PLACE_SPEAKERS.has(t)) || toks.length >= 2;
}

/** A person named in apposition: ", John Kirby" — a registry name or a capitalised pair. */
function appositiveName(text: string, ctx: ArticleContext): SpeakerRef | null {
  const reg = findRegistryNames(ctx.reg, text).find((n) => n.speaker.kind === "person");
  if (reg) return { id: reg.speaker.id, name: reg.speaker.name, kind: "person" };
  const m = text.match(/,\s*((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*[.,]?\s*$/u);
  return m ? person(ctx, m[1]!) : null;
}

/** Persons named in a stretch of text (quotes masked), with the role words before them. */
export function scanMentions(text: string, ctx: ArticleContext): void {
  for (const n of findRegistryNames(ctx.reg, text)) {
    if (/^['’]s\b/.test(text.slice(n.end))) continue;
    const s = n.speaker;
    ctx.mentions.push({ ref: { id: s.id, name: s.name, kind: s.kind }, roleTokens: tokens(descriptorBefore(text, n.start)) });
  }
}

/** The descriptor right before a name: "Russian leader" in "… Russian leader Vladimir Putin". */
function descriptorBefore(text: string, at: number): string {
  const toks = text.slice(Math.max(0, at - 80), at).split(/\s+/).filter(Boolean);
  const run: string[] = [];
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    const bare = t.replace(/['’]s$/, "").toLowerCase();
    if (/[,;:()"“”]$/.test(t)) break;
    if (!(CAP_TOKEN.test(t.replace(/['’]s$/, "")) || ROLE_NOUNS.has(bare) || /^(of|for|the)$/.test(bare))) break;
    run.unshift(t);
  }
  return run.join(" ");
}
