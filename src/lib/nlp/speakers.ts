// Who a noun phrase names: a registry speaker, a new person, an organisation,
// a group ("U.S. officials") or a role ("the spokesperson"), with pronouns and
// roles resolved to the person they refer to earlier in the same article.
import { findRegistryNames, slug } from "../registry.ts";
import { ArticleEntities, type SpeakerKind, type SpeakerRef } from "./entities.ts";
import { CAP } from "./mentions.ts";
import { world } from "./world.ts";

export { ArticleEntities, type SpeakerKind, type SpeakerRef };

// Nouns that report rather than speak: "figures from the ministry" — the source is the object.
const SOURCE_NOUNS = new Set("statement statements figures data remarks report reports estimates words comments post posts".split(" "));
const DOCUMENT_NOUNS = new Set(
  "statement report editorial letter memo document filing complaint lawsuit indictment communiqué release post tweet email poll survey study opinion ruling verdict brief motion order ad video petition footnote message note book column website transcript clip article story op-ed speech"
    .split(" ")
    .flatMap((w) => [w, `${w}s`]),
);
const QUANTITY =
  /^(?:(?:about|nearly|almost|roughly|at least|at most|more than|less than|fewer than|over|under|some|large|small|vast|slim|narrow|a|the)\s+)*(?:\d[\d.,]*\s*(?:percent|%)|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+(?:\d+|ten|\d+)|\d[\d.,]*|half|majority|majorities|minority|plurality|third|thirds|quarter|quarters|three-quarters|two-thirds|most|many|few|dozens|hundreds|thousands|millions|number|(?:wide\s+|broad\s+)?(?:array|range|host|handful|couple|group|chorus|slew|variety))(?=\s|$)/i;
// A plural noun for people ending the phrase: "voters", "advocates", "participants".
const PLURAL_PEOPLE = /\p{Ll}{3,}(?:ers|ors|ists|ians|ants|ents|ates|ives|ees)$/u;
const ADVERBIAL_START = /^(later|earlier|after|before|during|when|while|meanwhile|then|now|today|yesterday|in|on|at|since|until)\b/i;
// What a person or organisation has that speaks for them: "Clinton's campaign said".
const BODY_NOUNS = new Set("campaign team office administration government staff camp committee company family lawyers attorneys".split(" "));
const PERSON_SUFFIX = /^\p{Ll}{3,}(?:er|or|ist|ian|ant|ent)s?$/u;
const PRONOUN = /^(he|she|him|her)$/i;
const PLURAL_PRONOUN = /^(they|them)$/i;
const PREPOSITION = /\s(of|for|from|at|with|in|on|to|by|behind|familiar|close|involved|based|briefed|speaking)\s/;
// ("Senators David Vitter and Jon Tester": a plural title too)
const isTitle = (t: string) => {
  const w = t.replace(/\.$/, "").toLowerCase();
  return world.titleWords.has(w) || (/^\p{Lu}/u.test(t) && /s$/.test(w) && world.titleWords.has(w.slice(0, -1))) || world.honorific(t) !== null;
};
const isNationality = (t: string) => world.demonyms.has(t.replace(/\.$/, "")) || world.demonyms.has(t);
const isOrgWord = (t: string) => world.orgWords.has(t.replace(/\.$/, "")) || world.orgWords.has(t);

const cleanNP = (np: string) =>
  np
    .replace(/\([^()]*\)/g, " ")
    .replace(/\[([^\][]*)\]/g, "$1")
    .replace(/[_“”"«»„]/g, " ")
    .replace(/^[\s,.;:—–-]+|[\s,.;:—–-]+$/g, "")
    .replace(/^(and|but|while|as well as|or|then|so|however|nevertheless|meanwhile|furthermore|moreover|(?:even\s+)?(?:though|although)|because|whereas)\s+/i, "")
    // (a focus word is no part of the speaker, who then opens the phrase: "Even some of Clinton's allies")
    .replace(/^even\s+(\p{L})/iu, (_, c: string) => c.toUpperCase())
    // a relative clause describes the speaker, it does not name them ("a data expert who has worked for …")
    .replace(/\s+(who|whose|which|that)\s.*$/i, "")
    .replace(/\s+/g, " ")
    .trim();
const wordCountOf = (s: string) => s.split(/\s+/).filter(Boolean).length;
const stripArticle = (s: string) => s.replace(/^(the|a|an|other|some|several|many|top|senior)\s+/gi, "").trim();
const lastWord = (s: string) => (s.match(/[\p{L}.'’-]+$/u)?.[0] ?? "").replace(/\.$/, "");
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The person name at the end of a phrase ("Ukrainian Foreign Minister Dmitry Kuleba" → "Dmitry Kuleba"). */
export function trailingName(np: string): string | null {
  const toks = np.split(/\s+/);
  const name: string[] = [];
  for (let i = toks.length - 1; i >= 0 && name.length < 6; i--) {
    const t = toks[i]!.replace(/[,;:]$/, "");
    // name particles inside a name: "Mohammed bin Abdulrahman", "Ursula von der Leyen"
    if (name.length && i > 0 && /^(bin|ibn|al|el|de|da|di|du|del|der|van|von|la|le)$/.test(t) && CAP.test(toks[i - 1]!)) {
      name.unshift(t);
      continue;
    }
    // (a word that opens sentences is a surname after a given name: "Ian Read", "Theresa May")
    const surname = !name.length && i > 0 && world.isGivenName(toks[i - 1]!);
    if (!CAP.test(t) || isTitle(t) || isNationality(t) || isOrgWord(t) || (world.sentenceWords.has(t) && !surname)) break;
    if (/['’]s$/.test(t)) break;
    name.unshift(t);
  }
  while (name.length && /^(Jr|Sr|[A-Z])\.?$/.test(name[0]!)) name.shift();
  return name.length ? name.join(" ") : null;
}

/** The role words before a name ("US Secretary of State"), when there are any. */
function roleText(np: string, name: string): string | undefined {
  const before = stripArticle(np.slice(0, np.lastIndexOf(name)).replace(/[,\s]+$/, ""));
  const toks = before.split(/\s+/).filter(Boolean);
  if (!toks.some((t) => world.roleNouns.has(t.toLowerCase()) || isTitle(t))) return undefined;
  // A lone courtesy title ("Mr.", "President") says less than the registry's role.
  if (toks.length < 2 && (world.honorific(toks[0]!) || !world.roleNouns.has(toks[0]!.toLowerCase()))) return undefined;
  return before;
}

/** A lone capitalised word that can name a person: not a place, title, organisation or sentence word. */
function personWord(w: string): boolean {
  const b = w.replace(/['’]s$/, "");
  return CAP.test(b) && !/\.$/.test(b) && b.length > 1 && !isTitle(b) && !isNationality(b) && !isOrgWord(b) &&
    !world.sentenceWords.has(b) && !world.places.has(b) && !world.outlets.has(b.toLowerCase()) && !/^\p{Lu}+$/u.test(b);
}

export interface ResolveOptions {
  /** Text around the attribution (outside the claim's content) where an
   * appositive name may stand: "the spokesperson …, John Kirby". */
  apposition?: string;
  /** the phrase opens the sentence, where any word is capitalised: a lone unknown word there names no one */
  initial?: boolean;
}

/** The speaker a noun phrase refers to, or null when it names no one. */
export function resolveNP(rawNP: string, ctx: ArticleEntities, opts: ResolveOptions = {}): SpeakerRef | null {
  const np = cleanNP(rawNP);
  if (!np || np.length > 160) return null;
  if (PRONOUN.test(np)) return ctx.pronoun(/^(she|her)$/i.test(np) ? "f" : "m", /^(him|her)$/i.test(np));
  if (PLURAL_PRONOUN.test(np)) return ctx.group();
  // the writer, named by the byline or not
  if (np === "I") return ctx.author();
  if (/^(we|you|it|this|that|there|one|which|who|what)$/i.test(np)) return null;
  // a number alone is no one ("Back in 2009 and 2010, …", "Between 130 and 160 courses are closing …")
  if (/^[\d.,]+$/.test(np)) return null;
  // "What the columnists are saying": a clause about speech, not a speaker
  if (/^(what|how|why|whether)\s/i.test(np)) return null;

  // "a speech Mrs. Clinton delivered at N.Y.U.", "the memo the agency wrote": a document, then its author
  // and what the author did with it — the author speaks.
  const authored = np.match(/^(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(the\s+\p{Ll}+|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+\p{Ll}+ed\b/u);
  if (authored && DOCUMENT_NOUNS.has(authored[1]!)) {
    const author = resolveNP(authored[2]!, ctx, opts);
    if (author) return author;
  }
  // "a 2014 study by Loyola Law School professor Justin Levitt found": the author of the document.
  const byAuthor = np.match(/^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}\d-]+\s+){0,3}?(\p{Ll}+)\s+by\s+(.+)$/u);
  if (byAuthor && DOCUMENT_NOUNS.has(byAuthor[1]!)) {
    const author = resolveNP(byAuthor[2]!, ctx, opts);
    if (author) return author;
  }
  // "His campaign", "her lawyers": the body of the person just meant.
  const possessive = np.match(/^(his|her)\s+(\p{Ll}+)$/iu);
  if (possessive && BODY_NOUNS.has(possessive[2]!)) {
    const owner = ctx.pronoun(/^her$/i.test(possessive[1]!) ? "f" : "m");
    if (owner) {
      const name = `${owner.name} ${possessive[2]}`;
      return { id: slug(name), name, kind: "organization" };
    }
  }
  // "Hillary Clinton’s campaign", "Clinton’s spokesman": the possessor names whose body or role it is.
  const owned = np.match(/^(?:(?:the|rival|former)\s+)*((?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s?\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}(\p{Ll}[\p{L}-]*))$/iu);
  if (owned && /^\p{Lu}/u.test(owned[1]!)) {
    const [, owner, thing, noun] = owned as unknown as [string, string, string, string];
    const name = `${owner} ${thing}`;
    if (world.groupNouns.has(noun)) return { id: slug(name), name, kind: "group" };
    // (and a country's body by its kind's word: "Ukraine's foreign ministry", "Japan's central bank")
    if (BODY_NOUNS.has(noun) || (world.places.has(owner) && isOrgWord(capitalize(noun)))) return { id: slug(name), name, kind: "organization" };
    // "Israel's prime minister": the person introduced with that role, else the role itself
    if (world.roleNouns.has(noun)) {
      // …when it was introduced with the same possessor ("Israeli Prime Minister …"), not any spokesman
      const known = ctx.byRole(name);
      const ownerToken = world.placeKey(owner.split(" ").at(-1)!);
      if (known && ctx.get(known.id)?.roleTokens.has(ownerToken)) return known;
      return { id: slug(name), name, kind: "role" };
    }
  }

  const conjuncts = np.split(/\s+(?:and|as well as|along with)\s+/);
  if (conjuncts.length > 1) {
    // "X and Y said": the first who is someone — a person before a body ("… for news and talk Dave Gorab").
    const found = conjuncts.map((c) => resolveNP(c, ctx, opts)).filter((r) => r !== null);
    return found.find((r) => r.kind === "person") ?? found[0] ?? null;
  }

  // A registry alias that ends the phrase: "US Secretary of State Antony Blinken" (not the object of a
  // preposition: "the latest figures from the Russian Defense Ministry" gives it no role "latest figures from the").
  const names = findRegistryNames(ctx.reg, np).filter((n) => !/^['’]s\b/.test(np.slice(n.end)));
  const last = names.at(-1);
  const afterPreposition = last && /\b(?:with|of|for|from|against|about|on|to|by|in|at|over|between|toward|towards|than)\s+(?:the\s+)?$/i.test(np.slice(0, last.start));
  if (last && !afterPreposition && np.slice(last.end).trim() === "") {
    const role = roleText(np, np.slice(last.start, last.end));
    const s = last.speaker;
    return { id: s.id, name: s.name, kind: s.kind, ...(role ? { role } : {}) };
  }
  // "the Ministry of Transport", "Bank of America": an organisation named with "of".
  const ofOrg = np.match(/^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+)*?(\p{Lu}[\p{L}.'’-]*)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)$/u);
  if (ofOrg && isOrgWord(ofOrg[2]!)) return { id: slug(ofOrg[1]!), name: ofOrg[1]!, kind: "organization" };
  // "Mexicans": a people, not a person
  if (/^\p{Lu}\p{Ll}+s$/u.test(np) && isNationality(np.slice(0, -1))) return { id: slug(np), name: np, kind: "group" };
  // A surname met before is that person even where it is also a word of the world ("Mark Cuban" … "Cuban said").
  if (/^\p{Lu}[\p{L}'’-]+$/u.test(np) && ctx.knows(np)) return ctx.person(np);
  // A personal name that ends the phrase: "Foreign Minister Dmitry Kuleba", "Ms. Batchelder", "Moore".
  const tail = trailingName(np);
  // One word after an organisation's word ends the organisation's name ("the Daily Courier", "the
  // Daily Caller"), though it looks like a surname or a role ("RNC Chief of Staff Katie Walsh" is a person).
  const orgName = stripArticle(np);
  if (tail && !tail.includes(" ") && np.endsWith(tail) && /^(?:\p{Lu}\S*\s+){1,3}\p{Lu}\S*$/u.test(orgName) && isOrgWord(orgName.split(/\s+/).at(-2)!))
    return { id: slug(orgName), name: orgName, kind: "organization" };
  // (a name after "of" or "from" is where someone is from: "Del. Stacey Plaskett of the Virgin Islands")
  const isPerson =
    tail !== null &&
    np.endsWith(tail) &&
    !/\s(?:of|for|from|at|in)(?:\s+the)?\s*$/.test(np.slice(0, np.length - tail.length)) &&
    !world.places.has(tail) &&
    !world.outlets.has(tail.toLowerCase()) &&
    (tail.includes(" ") || ctx.knows(tail) || (personWord(tail) && !(opts.initial && np === tail)));
  if (isPerson) return ctx.person(tail, roleText(np, tail));

  // The head of the phrase, before its first preposition.
  const pp = np.match(PREPOSITION);
  const head = pp ? np.slice(0, pp.index) : np;
  // "Senator John McCain of Arizona", "David Greene of the Electronic Frontier Foundation"
  const headName = pp ? trailingName(head) : null;
  if (headName && head.endsWith(headName) && (headName.includes(" ") || ctx.knows(headName)) && !world.places.has(headName))
    return ctx.person(headName, roleText(head, headName));
  const object = pp ? np.slice(pp.index! + pp[0].length) : "";
  const headNoun = lastWord(head).toLowerCase();
  // Nouns for people by their ending, where no list has them: "proponents", "the narrator".
  // An adverbial is no one: "Later in the show", "In somber comments".
  if (ADVERBIAL_START.test(np)) return null;
  // "the 46-year-old", "a 20-year-old": a person by age
  if (/\b\d+-year-old$/.test(head) && /^(the|a|an)\s/i.test(head)) {
    const name = capitalize(stripArticle(head));
    return ctx.byRole(name) ?? { id: slug(name), name, kind: "role" };
  }
  // (not a body's word that ends like one: "department", "government")
  const personal = PERSON_SUFFIX.test(headNoun) && !DOCUMENT_NOUNS.has(headNoun) && !isOrgWord(capitalize(headNoun)) && /^(the|a|an|one|another|some|many|several|other|\p{Lu}|\p{Ll}+['’]s)/u.test(head);
  if (world.groupNouns.has(headNoun) || (personal && /s$/.test(headNoun))) {
    const name = capitalize(stripArticle(head));
    return { id: slug(name), name, kind: "group" };
  }
  // ("the Wisconsin Republican": a party word names a person as a role noun does)
  const affiliated = world.demonyms.has(capitalize(headNoun)) && /^(the|a|an|one|another)\s/i.test(head) && !/s$/.test(headNoun);
  if ((world.roleNouns.has(headNoun) || affiliated || (personal && !/s$/.test(headNoun))) && np.split(" ").length <= 10) {
    const qualifier = object ? (object.split(/['’]s\s+/).at(-1) ?? "") : "";
    const orgQualifier = qualifier && CAP.test(qualifier.split(" ")[0] ?? "") ? stripArticle(qualifier) : "";
    const role = stripArticle(orgQualifier ? `${orgQualifier} ${stripArticle(head)}` : stripArticle(np));
    const apposed = opts.apposition ? appositiveName(opts.apposition, ctx) : null;
    if (apposed) return { ...apposed, role };
    const known = ctx.byRole(role);
    if (known) return { ...known, role: known.role ?? role };
    const name = capitalize(role);
    return { id: slug(name), name, kind: "role" };
  }
  // "the ministry", "the group": the organisation meant earlier.
  if (/^the\s+\S+$/i.test(head) && (world.orgWords.has(capitalize(headNoun)) || headNoun === "group")) {
    const org = ctx.organisation(headNoun);
    if (org) return org;
  }
  if (names.length) {
    const s = names[0]!.speaker;
    return { id: s.id, name: s.name, kind: s.kind };
  }
  // "the rights group", "the party": a body named by its kind — the one named before, else by the phrase.
  if (/^(the|a|an)\s/i.test(head) && (world.orgWords.has(capitalize(headNoun)) || BODY_NOUNS.has(headNoun))) {
    const name = capitalize(stripArticle(head));
    // only a bare "the group" points back; "a major civil rights group" is a new one
    const back = wordCountOf(head) === 2 ? ctx.organisation(headNoun) : null;
    return back ?? { id: slug(name), name, kind: "organization" };
  }
  // Organisations and places: "The White House", "Russia", "the Washington Post".
  const org = stripArticle(head);
  if (org && firstCapOrOrg(org)) {
    const name = org.replace(/['’]s$/, "");
    if (name.split(" ").length <= 8) return { id: slug(name), name, kind: "organization" };
  }
  // "A campaign TV ad released Thursday accuses …": the document, without what was done to it.
  const docWords = head.split(/\s+/);
  const docAt = docWords.findIndex((w, i) => i > 0 && DOCUMENT_NOUNS.has(w.toLowerCase()) && /^\p{Ll}+ed$/u.test(docWords[i + 1] ?? ""));
  if (docAt > 0 && /^(the|a|an|one|another|its|their)$/i.test(docWords[0]!)) {
    const name = capitalize(stripArticle(docWords.slice(0, docAt + 1).join(" ")));
    return { id: slug(name), name, kind: "organization" };
  }
  // "the statement said", "the congressional report said", "one study found": the document speaks for whoever issued it.
  if (DOCUMENT_NOUNS.has(headNoun) && !object && (/^(the|a|an|one|another|its|their)\s/i.test(head) || (/s$/.test(headNoun) && wordCountOf(head) >= 2 && wordCountOf(head) <= 4))) {
    const name = capitalize(head.replace(/^(its|their)\s/i, "the "));
    return { id: slug(name), name, kind: "organization" };
  }
  // "figures from the Russian Defense Ministry": the source is the object.
  if (object && SOURCE_NOUNS.has(headNoun)) return resolveNP(object, ctx, opts);
  // "half of GOP primary voters", "55 percent", "three-quarters": a share of people (polled, mostly).
  if (QUANTITY.test(head) || QUANTITY.test(np)) {
    const whole = object ? resolveNP(object, ctx, opts) : null;
    // "nine in 10 Democratic voters", "half of GOP voters": a share of some people
    if (whole?.kind === "group" || !object || /^[\d.,]+$/.test(object) || PLURAL_PEOPLE.test(np)) {
      const name = capitalize(stripArticle(np));
      return { id: slug(name), name, kind: "group" };
    }
  }
  // "Abortion rights advocates", "some advocates for research": people named by a plural noun
  if (PLURAL_PEOPLE.test(head) && !DOCUMENT_NOUNS.has(headNoun) && !SOURCE_NOUNS.has(headNoun) && wordCountOf(head) <= 6 && /\p{Ll}/u.test(headNoun)) {
    const name = capitalize(stripArticle(head));
    return { id: slug(name), name, kind: "group" };
  }
  return null;
}

function firstCapOrOrg(s: string): boolean {
  const toks = s.split(/\s+/);
  if (!toks.every((t) => CAP.test(t) || /^(of|for|the|and|on|&)$/.test(t))) return false;
  if (toks.length === 1 && world.sentenceWords.has(toks[0]!)) return false;
  // (a lone acronym no list has is a body too: "BFMTV reported", "the IAEA said")
  const acronym = toks.length === 1 && /^\p{Lu}{2,}[\p{Lu}\d&]*$/u.test(toks[0]!);
  return toks.some((t) => isOrgWord(t) || world.places.has(t)) || world.outlets.has(s.toLowerCase()) || world.places.has(s) || toks.length >= 2 || acronym;
}

/** A person named in apposition: ", John Kirby" — a registry name or a capitalised pair. */
function appositiveName(text: string, ctx: ArticleEntities): SpeakerRef | null {
  // (set off by a comma, as an apposition is: "… according to the spokeswoman, Jane Roe"; not a name
  // anywhere after, "… told THE WEEKLY STANDARD when asked if he still believes Trump …")
  const reg = findRegistryNames(ctx.reg, text).find((n) => n.speaker.kind === "person" && /,\s*$/.test(text.slice(0, n.start)));
  if (reg) return { id: reg.speaker.id, name: reg.speaker.name, kind: "person" };
  const m = text.match(/,\s*((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*[.,]?\s*$/u);
  return m ? ctx.person(m[1]!) : null;
}

/** Who a clear attribution ("“…,” NP said") names when `resolveNP` cannot tell: a pronoun is the
 * person (or, for "it", the body) most recently meant whatever their gender, and any other short
 * phrase is a role by its own words — a statement is never dropped for want of a known name. */
export function fallbackSpeaker(rawNP: string, ctx: ArticleEntities): SpeakerRef | null {
  const np = cleanNP(rawNP);
  if (PRONOUN.test(np)) return ctx.pronoun(null);
  if (/^(it|they)$/i.test(np)) return ctx.group();
  if (np === "I") return ctx.author();
  const words = wordCountOf(np);
  if (!/^\p{L}/u.test(np) || words > 6 || /^(we|you|this|that|there|one|which|who|what)$/i.test(np)) return null;
  const name = capitalize(stripArticle(np));
  return ctx.byRole(name) ?? { id: slug(name), name, kind: "role" };
}
