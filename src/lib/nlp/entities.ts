// Who an article is about: every person and organisation it mentions, in the
// registry or not, clustered so that "Filmmaker Michael Moore", "Moore",
// "Mr. Moore" and "he" are one entity with one id. One object per article owns
// this state; the attribution stages ask it, the mention scanner feeds it.
import { findRegistryNames, slug, type Registry } from "../registry.ts";
import { world, type Gender } from "./world.ts";

export type SpeakerKind = "person" | "organization" | "group" | "role";

export interface SpeakerRef {
  id: string;
  name: string;
  role?: string;
  kind: SpeakerKind;
}

export interface Entity {
  ref: SpeakerRef;
  surname: string | null;
  gender: Gender | null;
  /** role words said of it (place words normalised: "Israeli" and "Israel's" → "israel") */
  roleTokens: Set<string>;
  /** when it was last mentioned, and last the subject or speaker of a sentence */
  seen: number;
  salient: number;
}

// Coreference is local: pronouns and roles look back this far (in mentions).
const HORIZON = 400;

const GENERIC = new Set(["the", "a", "an", "of", "for", "s", "and", "his", "her", "its", "their", "from", "former", "then", "new"]);

/** Role words of a descriptor, with nationality and place words made one. */
export function roleTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.split(/[^\p{L}.'’-]+/u)) {
    const t = raw.replace(/['’]s$/, "").replace(/\.$/, "");
    if (!t || GENERIC.has(t.toLowerCase())) continue;
    out.add(world.placeKey(t));
  }
  return out;
}

const placeTokens = new Set([...world.places].map((p) => world.placeKey(p)));
const isPlaceToken = (t: string) => placeTokens.has(t);

export class ArticleEntities {
  readonly reg: Registry;
  private entities = new Map<string, Entity>();
  private bySurname = new Map<string, Entity>();
  private clock = 0;
  /** every mention in order: look-backs scan its last HORIZON entries, so a long article stays linear */
  private log: Entity[] = [];

  constructor(reg: Registry) {
    this.reg = reg;
  }

  /** the article's byline, if it names one person: the "I" of first-person narration */
  byline: string | null = null;

  /** "I said": the writer of the article. */
  author(): SpeakerRef {
    return this.byline ? this.person(this.byline) : { id: "the-author", name: "The author", kind: "role" };
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** Records a mention of `ref` (creating its entity), with what the text says of its role and gender. */
  mention(ref: SpeakerRef, opts: { role?: string; gender?: Gender | null; salient?: boolean; alsoKnownAs?: string } = {}): Entity {
    let e = this.entities.get(ref.id);
    if (!e) {
      const surname = ref.kind === "person" ? (ref.name.split(/\s+/).at(-1) ?? null) : null;
      e = { ref, surname, gender: null, roleTokens: new Set(), seen: 0, salient: 0 };
      this.entities.set(ref.id, e);
    }
    if (e.ref.kind === "person" && ref.kind === "person" && ref.name.length > e.ref.name.length && ref.id === e.ref.id)
      e.ref = { ...e.ref, name: ref.name };
    if (e.surname) this.bySurname.set(e.surname, e);
    if (opts.alsoKnownAs && !this.bySurname.has(opts.alsoKnownAs)) this.bySurname.set(opts.alsoKnownAs, e);
    for (const t of roleTokens(`${opts.role ?? ""} ${ref.role ?? ""}`)) e.roleTokens.add(t);
    if (ref.kind === "role") for (const t of roleTokens(ref.name)) e.roleTokens.add(t);
    e.gender ??= opts.gender ?? (ref.kind === "person" ? world.givenNameGender(ref.name.split(/\s+/)[0]!) : null);
    e.seen = ++this.clock;
    if (opts.salient) e.salient = this.clock;
    this.log.push(e);
    return e;
  }

  /** A person named by a full name or a surname: the entity already met, else a new one. */
  person(rawName: string, role?: string): SpeakerRef {
    // (a possessive is no part of the name: "Bernie Sanders' lock on …", "Trump’s")
    const name = rawName.replace(/(?<=s)['’]$|['’]s$/u, "");
    const reg = findRegistryNames(this.reg, name)[0];
    if (reg && reg.start === 0 && reg.end === name.length) {
      const s = reg.speaker;
      return { id: s.id, name: s.name, kind: s.kind, ...(role ? { role } : {}) };
    }
    if (!name.includes(" ")) {
      const known = this.surname(name);
      if (known) return { ...known.ref, ...(role ? { role } : {}) };
    } else {
      // "Abdulrahman Al Thani" after "Mohammed bin Abdulrahman Al Thani": the end of a name met before
      const known = this.surname(name.split(" ").at(-1)!);
      // (only for long names, whose ends are used alone: "Rival Hillary Clinton" is no one's full name)
      if (known && known.ref.name.split(" ").length >= 4 && known.ref.name.endsWith(` ${name}`)) return { ...known.ref, ...(role ? { role } : {}) };
    }
    return { id: slug(name), name, kind: "person", ...(role ? { role } : {}) };
  }

  private recentCache: { clock: number; list: Entity[] } = { clock: -1, list: [] };

  /** The entities mentioned within the horizon, each once (kept until the next mention). */
  private recent(): Entity[] {
    if (this.recentCache.clock !== this.clock) {
      const list = [...new Set(this.log.slice(-HORIZON))];
      this.recentCache = { clock: this.clock, list };
    }
    return this.recentCache.list;
  }

  surname(word: string): Entity | null {
    const e = this.bySurname.get(word);
    return e && e.seen > this.clock - HORIZON ? e : null;
  }

  /** Has the article named this speaker anywhere (a registry name, someone met by name or surname, however
   * long ago, or a place standing for its government: "…, says Washington")? */
  named(ref: SpeakerRef): boolean {
    return this.reg.byId.has(ref.id) || this.entities.has(ref.id) || this.bySurname.has(ref.name) || (ref.kind === "organization" && world.places.has(ref.name));
  }

  /** Is a lone capitalised word someone the article has named? */
  knows(word: string): boolean {
    return this.surname(word) !== null;
  }

  /** the current sentence's subject: "him" or "her" in the same sentence is someone else */
  sentenceSubject: string | null = null;

  /** "he" / "she": the person most recently the subject or speaker, of a gender that fits. */
  pronoun(gender: Gender | null, object = false): SpeakerRef | null {
    let best: Entity | null = null;
    for (const e of this.recent()) {
      if (e.ref.kind !== "person" || e.seen <= this.clock - HORIZON) continue;
      if (object && e.ref.id === this.sentenceSubject) continue;
      if (gender && e.gender && e.gender !== gender) continue;
      // a person of unknown gender is taken for "he" or "she" only when named in full
      if (gender && !e.gender && !e.ref.name.includes(" ")) continue;
      const rank = e.salient || e.seen / 2;
      if (!best || rank > (best.salient || best.seen / 2)) best = e;
    }
    return best?.ref ?? null;
  }

  /** "they": the group or organisation most recently mentioned. */
  group(): SpeakerRef | null {
    let best: Entity | null = null;
    for (const e of this.recent())
      if ((e.ref.kind === "group" || e.ref.kind === "organization") && (!best || e.seen > best.seen)) best = e;
    return best && best.seen > this.clock - HORIZON ? best.ref : null;
  }

  /** "It said": the organisation (or document) mentioned last. */
  lastOrganisation(): SpeakerRef | null {
    let best: Entity | null = null;
    for (const e of this.recent()) if (e.ref.kind === "organization" && (!best || e.seen > best.seen)) best = e;
    return best && best.seen > this.clock - HORIZON ? best.ref : null;
  }

  /** "the ministry", "the group": the most recent organisation whose name has that word (any, for "group"). */
  organisation(head: string): SpeakerRef | null {
    let named: Entity | null = null;
    let latest: Entity | null = null;
    const word = head.toLowerCase();
    for (const e of this.recent()) {
      if (e.ref.kind !== "organization" || e.seen <= this.clock - HORIZON) continue;
      if (e.ref.name.toLowerCase().split(/\s+/).includes(word) && (!named || e.seen > named.seen)) named = e;
      if (!latest || e.seen > latest.seen) latest = e;
    }
    // "the ministry" is the ministry named before; "the group" and "the organisation" are any body named last
    return (named ?? (/^(group|organi[sz]ation)$/.test(word) ? latest : null))?.ref ?? null;
  }

  /** The speaker most recently described with the same role words ("Israel's prime minister"). */
  byRole(roleText: string): SpeakerRef | null {
    const want = roleTokens(roleText);
    // "the Florida senator" is not the Vermont one: a place in the role must be the entity's place
    const wantPlaces = [...want].filter(isPlaceToken);
    const wantParties = [...want].map((t) => world.affiliationKey(t)).filter((k) => k !== null);
    let best: { e: Entity; score: number } | null = null;
    for (const e of this.recent()) {
      // a role noun stands for a person ("the spokesperson"), not for the body they speak for
      if (e.seen <= this.clock - HORIZON || e.ref.kind === "organization" || e.ref.kind === "group") continue;
      if (wantPlaces.length && [...e.roleTokens].some(isPlaceToken) && !wantPlaces.some((p) => e.roleTokens.has(p))) continue;
      // …and so must a party: "the Democratic candidate" is not the Republican one
      const parties = [...e.roleTokens].map((t) => world.affiliationKey(t)).filter((k) => k !== null);
      if (wantParties.length && parties.length && !wantParties.some((p) => parties.includes(p))) continue;
      let score = 0;
      let nouns = 0;
      for (const t of want) {
        if (!e.roleTokens.has(t)) continue;
        if (world.roleNouns.has(t)) nouns++;
        score += world.roleNouns.has(t) ? 1 : 2;
      }
      // A role noun or two other words must match: one shared place word ("the Israeli negotiator",
      // "Israeli Prime Minister Benjamin Netanyahu") is not enough.
      if (!nouns && score < 4) continue;
      if (!best || score > best.score || (score === best.score && e.seen > best.e.seen)) best = { e, score };
    }
    return best?.e.ref ?? null;
  }
}
