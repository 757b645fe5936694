// Finds who said what in one sentence: the speech verb (or "according to"),
// the speaker's noun phrase, and the stretch of the sentence that is the
// statement itself.
import { wordCount, type SentenceView } from "./quotes.ts";
import { world } from "./world.ts";
import { fallbackSpeaker, resolveNP, trailingName, type ArticleEntities, type SpeakerRef } from "./speakers.ts";
import { slug } from "../registry.ts";
import { signedQuote } from "./signatures.ts";
import { allMatches } from "../matches.ts";
import { isAbbreviation } from "./sentences.ts";

export interface Attribution {
  speaker: SpeakerRef;
  /** sentence-relative offsets of the speech verb (or "according to") */
  verbStart: number;
  verbEnd: number;
  /** sentence-relative offsets of the statement (what was said) */
  contentStart: number;
  contentEnd: number;
  /** an indirect question ("asked whether …"): a quote after it is the answer, someone else's */
  question?: true;
}

const STRONG =
  "say|says|said|saying|tell|tells|told|telling|state|states|stated|stating|add|adds|added|adding|" +
  "note|notes|noted|noting|stress|stresses|stressed|stressing|" +
  "declare|declares|declared|declaring|reveal|reveals|revealed|revealing|deem|deems|deemed|" +
  "reiterate|reiterates|reiterated|reiterating|warn|warns|warned|warning|" +
  "explain|explains|explained|explaining|emphasi[sz]e|emphasi[sz]es|emphasi[sz]ed|emphasi[sz]ing|" +
  "assert|asserts|asserted|asserting|acknowledge|acknowledges|acknowledged|acknowledging|admit|admits|admitted|admitting|" +
  "vow|vows|vowed|vowing|pledge|pledges|pledged|pledging|promise|promises|promised|promising|" +
  "wrote|writes|writing|tweeted|tweeting|remarked|replied|confirm|confirms|confirmed|confirming|denied|denies|" +
  "predicted|predicts|urged|urges|urging|accused|accuses|accusing|contended|contends|conceded|concedes|recalled|recalls|" +
  "insist|insists|insisted|insisting|responded|responds|replies|retorted|countered|counters|quipped|joked|jokes|gushed|" +
  "clarified|continued|continues|concluded|concludes|observed|observes|complained|complains|lamented|laments|boasted|boasts|" +
  "cautioned|cautions|charged|texted|emailed|commented|elaborated|shouted|yelled|mused|scoffed|" +
  "fumed|snapped|explains|wondered|recounted|recounts|advised|thundered|exclaimed|" +
  "pointed out|points out|made clear|makes clear|went on to say|goes on to say";
// Verbs that report speech only with a clause: "believes that", "reported that"
// ("claimed the annexation" is not speech; "claimed he would" is).
const WEAK =
  "claim|claims|claimed|claiming|believe|believes|believed|indicate|indicates|indicated|maintain|maintains|maintained|demand|demands|demanded|" +
  "suggest|suggests|suggested|argue|argues|argued|arguing|think|thinks|thought|hope|hopes|hoped|" +
  "report|reports|reported|allege|alleges|alleged|estimate|estimates|estimated|expects|expected|agreed|agrees|asked|asks|posted|testified|testifies|announce|announces|announced|announcing|found|finds|show|shows|showed|feel|feels|felt|fear|fears|feared|worry|worries|worried|know|knows|knew";

// Times a statement's verb may carry, shared by the patterns below.
const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const PERIOD = "week|weekend|month|year|night|morning|afternoon|evening";

const WEAK_COMPLEMENT =
  /^\s+(?:(?:on|in|at|last|this|earlier|later|recently|repeatedly|publicly|during|the|a|week|month|year|weekend|ago|\p{Lu}[\p{L}.]*|\d+,?)\s+){0,4}?(?:that\b|[“"«„]|(?:he|she|it|they|we|i|there)\s)/iu;
// …or a time, a comma and the clause: "reported on Saturday, he has …"
const TIME_COMMA_CLAUSE = new RegExp(String.raw`^\s+(?:(?:on|last|this|earlier|late|early)\s+)?(?:${WEEKDAY}|${PERIOD}),\s+(?:he|she|it|they|we|I|there)\s`, "u");
// …or where it was said, then "that" and the clause's subject: "claimed in an interview with
// Breitbart News that he …", "suggested on social media that …" (not "so that", nor a relative
// clause: "argued in favour of a plan that would …"; not "to": "hopes to make the case that …";
// and no speech verb of its own between: "an earlier report in a paper said that …")
const WHERE_THEN_THAT =
  /^\s+(?:in|on|during|via|at)\s+(?:(?!(?:said|says|say|told|tells)\s)[\p{L}\p{N}’'.-]+\s+){1,6}?(?<!\bso\s)that\s+(?:he|she|it|they|we|I|there|the|a|an|his|her|their|its|this|these|those|\p{Lu}|\d)/u;
// …or a quote it introduces after a colon: "argued: “…”", "posted on Facebook: “…”".
const QUOTE_INTRODUCED = /^(?:\s+(?:in|on|at|during|via)(?:\s+[^\s:“"]+){1,6})?\s*:\s*[“"«„]/u;
// …or the verb is set off by commas inside the statement, after a name or "he" / "she": "The allure
// of it, Mr. Furman argued, is a chimera" ("Such efforts, they believe, …" and "I thought" say too
// little of whom). This is what stands before the verb.
const SET_OFF_SUBJECT = /\S\s*,\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}(?:\p{Lu}[\p{L}.’'-]*|he|she)\s+$/u;
// Data, whose "show" needs no clause: "polls show …", "the video shows …", "FEC records show …".
const DATA_NOUN = "polls?|polling|surveys?|data|records|figures|stud(?:y|ies)|analys[ie]s|averages?|video|footage|documents|filings|results|numbers|estimates";
const DATA_BEFORE = new RegExp(`\\b(?:${DATA_NOUN})\\s+$`, "i");
const DATA_WORD = new RegExp(`^(?:${DATA_NOUN})$`, "i");
/** The phrase naming the data: its noun and the determiners, modifiers and names before it ("a new
 * CNN/ORC poll", "FEC records"); none when a clause word stands before it ("… as polls show", "what polls show"). */
function dataPhrase(np: string): string | null {
  const words = np.split(/\s+/);
  let k = words.length - 1;
  if (!DATA_WORD.test(words[k] ?? "")) return null;
  while (k > 0 && k > words.length - 7 && DATA_MODIFIER.test(words[k - 1]!)) k--;
  if (k > 0 && /^(?:as|where|what|while|even|that|which|when|because|if|though|although|than|how|why)$/i.test(words[k - 1]!)) return null;
  return words.slice(k).join(" ").replace(/^(?:and|but|so)\s+/i, "") || null;
}
const SAID_LATER = /(?:[,”"’]|'')\s*(?:\S+\s+){0,6}?(?:said|says|told|added|wrote|writes)\b/;
// (capitalised words, numbers, "CNN/ORC", possessives, and the determiners and modifiers data is named with)
const DATA_MODIFIER = /^(?:\p{Lu}[\p{L}\d’'/.&-]*|[\d’'/.&%-]+|[\p{L}]+['’]s|the|a|an|new|latest|recent|early|public|private|many|other|some|most|several|exit|national|state|local|internal|official|federal|rolling|these|those|his|her|their|its|this|that|[\p{Ll}]+-[\p{Ll}]+)$/u;
// "asked (whom) whether / if / how …": the question asked, reported.
const ASKED_QUESTION = /^\s+(?:(?:him|her|them|me|us|reporters|\p{Lu}[\p{L}.’'-]*)\s+){0,3}(?:whether|if|how|why|what|when|where|who)\s/u;
// …or a clause without "that" whose subject is a short noun phrase: "reported the mayor had met …",
// "suggested the council should wait" (a finite auxiliary after at most five words that cannot end a
// subject; "announced a strike for Monday", "reported holding shares" have none).
const NOT_IN_SUBJECT = "as|to|for|with|by|from|because|when|while|if|and|or|but|who|which|where|after|before|since|than|into|about|over|under|at|on|in|not|that|whether|how|why|what";
const AUXILIARY = "is|are|was|were|has|have|had|will|would|should|could|can|may|might|must|did|does|do|cannot|(?:is|are|was|were|has|have|had|wo|would|should|could|ca|did|does|do)n[’']t";
const ZERO_THAT_COMPLEMENT = new RegExp(`^\\s+(?:(?!(?:${NOT_IN_SUBJECT}|${AUXILIARY})\\s)[\\p{L}\\p{N}][\\p{L}\\p{N}.’'-]*\\s+){1,5}?(?:${AUXILIARY})\\s`, "iu");
// …or the verb closes the sentence after the statement and a comma: "…, the Courier reported."
const CLOSES_SENTENCE = /^\s*(?:(?:on|in|at|last|this|earlier|late|later|recently|week|month|year|weekend|morning|night|ago|\p{Lu}\p{Ll}+day|\d+,?)\s*){0,3}[.!?]?\s*$/u;
// Verbs that name what someone said of a thing ("called Trump “unhinged”"): speech only with a quote right after.
// …and verbs of praise or blame, which say something of someone only with their words quoted ("chided Trump for …").
const NAMING =
  "called|calls|calling|described|describes|describing|dubbing|labeling|labelling|branding|praising|mocking|slamming|blasting|denouncing|citing|likening|dubbed|dubs|labeled|labelled|branded|brands|" +
  "call|referenced|references|cited|cites|likened|likens|portrayed|portrays|characterized|characterised|characterizes|criticized|criticised|criticizes|chided|scolded|mocked|slammed|blasted|ripped|knocked|hailed|touted|praised|derided|decried|denounced|condemned|dismissed|lauded|questioned|" +
  "mentioned|mentions|pointed to|points to";
// "called him a liar", "dubbed the plan the worst deal": what a naming verb gives someone or something,
// without a quote: a pronoun, a name or a short noun phrase ("the board's plan"), then the name given, with its article.
const CALLED_A =
  /^\s+(?:him|her|them|it|himself|herself|themselves|itself|me|us|you|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*|(?:the|his|her|their|its|this|that)\s+\p{Ll}+(?:['’]s\s+\p{Ll}+)?)\s+(?:an?|the)\s+(?!(?:few|dozen|number|lot|couple|bit|day|night|week|month|year|time|times)\b)\p{L}/u;
// Verbs that voice words without reporting them ("chanted", "sang", "the sign read"): speech only beside a quote.
const VOICING = "chanted|chanting|chants|sang|sings|singing|read|reads|shouting|yelling|screamed|screaming|cheered|sobbed|whispered|put it";
const VERB_RE = new RegExp(`(?<![\\p{L}'’-])(${STRONG}|${WEAK}|${NAMING}|${VOICING})(?![\\p{L}'’-])`, "gu");
const VOICING_SET = new Set(VOICING.split("|"));
const WEAK_SET = new Set(WEAK.split("|"));
const STRONG_SET = new Set(STRONG.split("|"));
const NAMING_SET = new Set(NAMING.split("|"));
const VERB_WORDS = new Set([...STRONG_SET, ...WEAK_SET, ...NAMING_SET]);
const ACCORDING = /\baccording to\b/gi;

const DETERMINER_BEFORE = /(?:^|\s)(the|a|an|his|her|their|its|our|my|your|this|these|those|such|no|any|whose|[\p{L}]+['’]s|[\p{L}]+s['’])\s+$/iu;
// "saw them claim", "to say": an infinitive, not a report of speech.
const INFINITIVE_BEFORE = /\b(them|him|her|us|me|to|let|make|made)\s+$/i;
const PASSIVE_BEFORE = /\b(is|are|was|were|be|been|being)\s+((?:[a-z]+ly|once|also|never|often|then|later|first|again|still|not)\s+)?$/;
const AUX_TAIL =
  /\s+(has|have|had|is|are|was|were|also|recently|twice|repeatedly|long|since|previously|earlier|reportedly|then|once|again|further|already|later|still|often|sometimes|always|would|will|did|does|do|could|can|may|might|must|should|publicly|privately|not|never|all|both|[a-z]+ly)\s*$/;
const NOT_CONTENT = /^(this|it|so|something|nothing)\b\s*(?:$|[.,;:]|(during|at|on|in|to|after|before|while|when|with|for|by|from)\b)/i;
const NOT_A_SUBJECT_START = /^(in|at|on|after|before|during|while|when|since|despite|following|amid|as|with|by|for|from|earlier|later|meanwhile|however|nevertheless|furthermore|moreover|instead|still|yet|thus|therefore|also|but|and|so|then|now|here|there|last|this|that|if|although|though|because|under|over|according)\b/i;
const SUBJECT_STOP =
  /\s(has|have|had|is|are|was|were|will|would|can|could|should|must|may|might|did|does|do|also|[a-z]+ly|[a-z]+ed)\b/;

// A time between a subject and its verb: "Jane Roe last week said", "Roe on Monday told", "Roe
// earlier Thursday said" (a weekday alone may end a name: "Super Tuesday", "Black Friday").
// (not after a comma: "Beck, who opposed Trump in the primaries, last week said" has its subject before the aside)
const TIME_TAIL = new RegExp(
  String.raw`(?<=[^,;:\s])\s+(?:(?:on|earlier|later|late|early|last|this|next)\s+${WEEKDAY}|(?:last|this|next|earlier\s+this|late\s+last)\s+(?:${PERIOD}|spring|summer|fall|autumn|winter)|yesterday|today|tonight)\s*$`,
);

// "Peskov was quoted as saying", "was cited by Interfax as saying": the one quoted is the subject.
const QUOTED_AS = /\s+(?:was|were|is|are|has been|had been)\s+(?:quoted|cited)(?:\s+by\s+[^,;]{1,40}?)?\s+as\s*$/;

function stripAux(s: string): string {
  let prev;
  do {
    prev = s;
    s = s.replace(AUX_TAIL, "").replace(TIME_TAIL, "").replace(QUOTED_AS, "");
  } while (s !== prev);
  return s;
}

/** The noun phrase just before a verb: after the last clause boundary. */
function trailingSegment(left: string): { np: string; start: number } {
  // "Kovalenko's deputy, Petro Hrytsenko, told": the comma closing an apposition.
  // A closing single quote (after quoted words, not in "Trump’s") is a boundary like ”.
  // (a dash closing an aside is a comma: "Joyce — who is listed as an attorney — told")
  let s = stripAux(left.replace(/''|``/g, "””").replace(/(?<=[_,.!?”])[’']/g, "”").replace(/\s+$/, "")).replace(/\s*(?:,|[—–]|\s-)$/, "");
  s = s.replace(/\s*\([^()]*\)\s*$/, "");
  const relative = s.match(/,?\s*\bwho\s*$/);
  if (relative) s = s.slice(0, relative.index);
  // (a comma inside a number is no boundary: "about 10,000 more than most party insiders expected")
  const marks = s.replace(/(?<=\d),(?=\d{3}\b)/g, "0");
  const boundary = Math.max(
    ...[",", ";", ":", "(", ")", "—", "–", "”", "»", '"', "“", " - "].map((b) => {
      const at = marks.lastIndexOf(b);
      return at < 0 ? -1 : at + b.length - 1;
    }),
  );
  let start = boundary + 1;
  // A subordinate clause starts a new subject ("… win over Trump as he urges …"), unless the phrase is
  // itself an apposition or aside ("who served as ambassador"), which the caller steps over.
  const segment = s.slice(start);
  const clause = [...segment.matchAll(/(?:^|\s)(?:[Aa]s|[Ww]hile|[Bb]ecause|[Ww]hen|[Aa]fter|[Ss]ince|[Aa]lthough|[Tt]hough|[Ww]hereas|[Bb]ut)\s+(?=(?:he|she|they|we|I|it)\s*$|\p{Lu}|(?:the|an?)\s+\S+(?:\s+\S+){0,3}\s*$)/gu)].at(-1);
  if (clause && !APPOSITION_START.test(segment.trim())) start += clause.index! + clause[0].length;
  // a pronoun right before the verb is its subject ("In an interview with RT he blasted …")
  const pronoun = /\s(he|she|they|we|I)$/.exec(s.slice(start));
  if (pronoun) start += pronoun.index + 1;
  return { np: s.slice(start).trim(), start: start + (s.slice(start).length - s.slice(start).trimStart().length) };
}

/** The sentence's grammatical subject, skipping a leading adverbial ("In an interview …, Putin said"). */
export function subjectNP(masked: string, limit: number, nameOnly = false): { np: string; start: number } | null {
  let offset = 0;
  for (const seg of masked.slice(0, limit).split(/(?<=,)/)) {
    const lead = seg.length - seg.trimStart().length;
    const t = seg.trim();
    // a quote opening the sentence is said by someone else than a subject standing in it
    if (/^[“"«„'`]+_/.test(t)) {
      offset += seg.length;
      continue;
    }
    // a place after a comma is the end of an adverbial ("In Salem, New Hampshire, Trump …")
    const place = world.places.has(t.replace(/,$/, ""));
    // a subject opens with a capital, or with "the" / "a" after an opening adverbial ("In an interview, the senator …")
    const opens = /^[\p{Lu}_"“]/u.test(t) || (offset > 0 && /^(the|a|an)\s/.test(t));
    // an opening participle phrase is an adverbial too ("Continuing to explain his view, Carson …")
    const participle = /^\p{Lu}\p{Ll}+ing\s+\S.*,$/u.test(t);
    if (t && !place && !participle && !NOT_A_SUBJECT_START.test(t) && opens && !t.startsWith("_")) {
      const stop = t.match(SUBJECT_STOP);
      let np = (stop ? t.slice(0, stop.index) : t.replace(/,$/, "")).trim();
      const pronoun = np.match(/^(he|she|they|it|we|I)\b/i);
      if (pronoun) return { np: pronoun[1]!, start: offset + lead };
      // (nameOnly) A name ends at the first lower-case word that is not a name particle ("Trump went after Bush" → "Trump").
      // …after a full name if there is one ("Republican presidential candidate Donald Trump quickly took" → up to "Trump").
      const cuts = !nameOnly ? [] : [...np.matchAll(/\s(\p{Ll}[\p{L}-]*)/gu)].filter(
        (m) => !/^(of|for|the|and|de|van|von|al|bin|da|del|la|le)$/.test(m[1]!) && !world.roleNouns.has(m[1]!) && !world.titleWords.has(m[1]!),
      );
      const fullName = (t: string) => (trailingName(t) ?? "").includes(" ");
      // (a phrase going on with a preposition is a noun phrase, not a name and its verb: "Statements from …")
      const verbLike = cuts[0] && !/^(from|of|in|on|at|by|with|about|for|to|and|or|his|her|their|its)$/.test(cuts[0][1]!);
      const cut = cuts.find((m) => fullName(np.slice(0, m.index))) ?? (fullName(np) || !verbLike ? undefined : cuts[0]);
      if (nameOnly && cut && /^\p{Lu}/u.test(np)) np = np.slice(0, cut.index);
      if (np) return { np, start: offset + lead };
    }
    offset += seg.length;
  }
  return null;
}

/** "according to a CBS poll released Monday", "according to FEC filings": a source that is no one's
 * name is still the source; it is named by its phrase, up to a participle or clause. */
function sourceOf(np: string): SpeakerRef | null {
  const phrase = np
    .replace(/[_“”"«»„]/g, " ")
    .trim()
    .split(/\s(?:released|published|conducted|seen|reviewed|obtained|that|which|who|compiled|issued|posted)\b/)[0]!
    .replace(/^(the|a|an)\s+/i, "")
    .trim();
  // a bare "reports" or "sources" says nothing of who: the sentence's own speaker, if any, is taken instead
  if (!phrase || wordCount(phrase) > 8 || !/^[\p{L}\p{N}]/u.test(phrase) || /^\p{Ll}+$/u.test(phrase)) return null;
  // "the port's own figures": the port is the source
  const owner = phrase.match(/^(.+?)['’]s\s+(?:own\s+)?(?:figures|data|numbers|estimates|records|count|tally|calculations)\b/)?.[1];
  const source = owner ?? phrase;
  const name = source.charAt(0).toUpperCase() + source.slice(1);
  return { id: slug(name), name, kind: "organization" };
}

/** A name or a role, not a clause: its lower-case words are role words, titles or name particles only. */
function namePhrase(np: string): boolean {
  return np
    .split(/\s+/)
    .every((w) => !/^\p{Ll}/u.test(w) || world.roleNouns.has(w) || world.titleWords.has(w) || /^(of|for|the|a|an|and|de|van|von|al|bin)$/.test(w));
}

const SAY = /^(said|says|say|added|adds|wrote|writes|explained|explains|noted|notes|argued|argues|insisted|insists|acknowledged|recalled|continued|observed|cautioned|warned)$/;
const ADDRESSEE_VERB = /^(tell|tells|told|telling|ask|asks|asked|asking|urged|urges|urging|warned|warns|warning|advised|assured|reminded)$/;

// "Germany's largest private bank", "Dale Pruitt's campaign manager": a description by its possessor.
const POSSESSOR_DESCRIPTION = /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll}/u;

// A comma-bounded phrase that is an apposition or an aside, not the subject.
const APPOSITION_START =
  // (a party and state, "R-Ky." ends in a full stop, after which no word boundary follows)
  /^(?:[RDI]-[A-Z][A-Za-z.]*$|(?:however|though|meanwhile|too|instead|nonetheless|nevertheless|a|an|one of|who|whose|which|on|in|at|during|after|before|speaking|writing|appearing|according|also|himself|herself|like|unlike|for|from|of|with)\b)/i;

/**
 * A role without an article, as news style writes one after a name: "executive director of the
 * Center for School Reform", "senior fellow at Brookings", "director of communications". Its
 * words up to the first preposition are lower-case role words, so the capitalised words after it
 * are where the person works, not the person ("…, spokeswoman Jane Roe said" has no preposition
 * before the name and is the subject).
 */
function roleApposition(np: string): boolean {
  const words = np.match(/^((?:\p{Ll}[\p{L}-]*\s+){0,3}?\p{Ll}[\p{L}-]*)\s+(?:of|for|at|with|to|in)\s/u)?.[1]!.split(/\s+/);
  // (title words hold the titles' small words too: "the", "of")
  const modifier = (w: string) => world.titleWords.has(w) && !/^(the|a|an|of|for|and|to|at|in|on|with)$/.test(w);
  // (a participle before a role noun qualifies it: "managing director of …", "ranking member of …";
  // after one it is what the person does: "a rabbi helping to organize the boycott")
  const qualifies = (w: string, k: number) => /^\p{Ll}+ing$/u.test(w) && words!.slice(k + 1).some((x) => world.roleNouns.has(x));
  return !!words && words.some((w) => world.roleNouns.has(w)) && words.every((w, k) => world.roleNouns.has(w) || modifier(w) || qualifies(w, k));
}

/** A phrase's words before its first preposition or clause word ("acting political director" of
 * "acting political director of Harbour Action"), and whether the last of them is a role noun. */
function roleHead(np: string): { head: string; role: boolean } {
  const head = np.match(/^(.*?)\s(?:of|for|at|with|to|in|on|from|by|against|over|about|after|before|during|since|as|under|into|familiar|close|who|that)\s/)?.[1] ?? np;
  return { head, role: world.roleNouns.has(head.split(/\s+/).at(-1)!) };
}

/** "acting political director of Harbour Action": a participle phrase whose head ends in a role noun is a
 * role (not "facing a stiff challenge from …", "visiting the mayor"). */
function participleRole(np: string): boolean {
  if (!/^\p{Ll}+ing\s/u.test(np)) return false;
  const { head, role } = roleHead(np);
  // (a role has no determiner: "visiting the mayor" is what someone did)
  return role && !/\b(?:the|a|an|his|her|their|its|this|that|these|those)\b/.test(head);
}

/** Someone named by their role alone: "a senior official" → "Senior official" (without what a relative clause says of them). */
function roleSpeaker(np: string): SpeakerRef {
  const words = np.replace(/^(?:a|an)\s+/i, "").split(/\s+(?:who|that|which)\s/)[0]!;
  const name = words.charAt(0).toUpperCase() + words.slice(1);
  return { id: slug(name), name, kind: "role" };
}

/** "one GOP source in the room", "a senior official", "an aide to the mayor": a few words before any
 * preposition, the last of them a role noun. */
function roleHeaded(np: string): boolean {
  const { head, role } = roleHead(np);
  return role && wordCount(head) <= 5;
}

/** "…, said the company's chief executive, Tomas R. Vell.": after the verb, a role and then the
 * person's name, set off by a comma; the person, with the role. */
function roleThenName(afterVerb: string, ctx: ArticleEntities): SpeakerRef | null {
  const m = afterVerb.match(/^\s+(?:the|a|an)\s+([^,;“”"_]{3,60}),\s+([^,;“”"_]{3,40}?)\s*(?:,|$)/u);
  if (!m || !m[1]!.split(/\s+/).some((w) => world.roleNouns.has(w.toLowerCase()))) return null;
  const name = m[2]!.trim();
  if (trailingName(name) !== name || !name.includes(" ")) return null;
  const who = resolveNP(name, ctx);
  return who?.kind === "person" ? { ...who, role: who.role ?? m[1]! } : null;
}

/** The noun phrase opening `text` ("Rep. Patrick McHenry (R-N.C.), one of …" → "Rep. Patrick McHenry"):
 * up to a comma, semicolon or a full stop that is not an abbreviation's. */
function leadingNP(text: string): string {
  // (an aside the sentence's end cut open counts too: "said Mr. Burman (a view echoed by many")
  const t = text.replace(/\s*\([^()]*(?:\)|$)/g, (m) => " ".repeat(m.length));
  const stop = t.search(/[,;:]|(?<!\b(?:\p{Lu}|\p{Lu}\p{Ll}{1,3}))\.(?=\s|$)/u);
  return (stop < 0 ? t : t.slice(0, stop)).trim();
}

const CLOSING = new Set([..." \t\n\r\u00a0.!?…\"”’»)]"]);

/** Where the sentence's words end, before its closing marks (a backward scan: a `$`-anchored pattern retries at every space). */
function sentenceEndIndex(s: string): number {
  let i = s.length;
  while (i > 0 && CLOSING.has(s[i - 1]!)) i--;
  return i;
}

// (the small words a title-case headline may leave in lower case)
const TITLE_SMALL = /^(?:a|an|the|and|or|but|nor|of|to|in|on|at|by|for|with|from|as|via|per|vs)$/i;

/** Nearly all its words capitalised, as headlines are ("Rubio Says Abandoning Reform Was A Sign Of
 * Leadership"), not only its names ("Producer Omar Castellanos won the top prize on Saturday."). */
export function titleCase(text: string): boolean {
  const words = (text.match(/\p{L}[\p{L}’'-]*/gu) ?? []).filter((w) => !TITLE_SMALL.test(w));
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.85 * words.length;
}

// Words a title-case headline capitalises that a sentence would not: its speech verbs, and the
// adverbs and auxiliaries that may stand between a subject and its verb ("Kasich Just Revealed").
const HEADLINE_LOWER = new Set([...VERB_WORDS, "just", "also", "now", "again", "still", "finally", "has", "have", "had", "is", "was", "will", "would"]);

/** A title-case headline read as a sentence: its capitalised speech verbs ("Says", "Warns") in lower case, in place. */
export function headlineView(view: SentenceView): SentenceView {
  if (!titleCase(view.text)) return view;
  const lower = (t: string) => t.replace(/(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?![\p{L}'’-])/gu, (w) => (HEADLINE_LOWER.has(w.toLowerCase()) ? w.toLowerCase() : w));
  return { ...view, text: lower(view.text), masked: lower(view.masked) };
}

/**
 * The attribution of one sentence, or null when it reports no one's words.
 * `text` is the sentence; `ctx` resolves pronouns and roles.
 */
export function attribute(view: SentenceView, ctx: ArticleEntities, opts: { headline?: boolean } = {}): Attribution | null {
  // (a headline's label comes first: "Rubio: I Still Believe Trump …" is Rubio's, not "I Still"'s)
  if (opts.headline) return labelled(view, ctx, true) ?? signedQuote(view, ctx) ?? accordingTo(view, ctx) ?? verbAttribution(view, ctx);
  return signedQuote(view, ctx) ?? accordingTo(view, ctx) ?? verbAttribution(view, ctx) ?? labelled(view, ctx);
}

function accordingTo(view: SentenceView, ctx: ArticleEntities): Attribution | null {
  const { text, masked } = view;
  const end = sentenceEndIndex(text);
  for (const m of allMatches(ACCORDING, masked)) {
    const after = masked.slice(m.index! + m[0].length);
    // (up to a comma, semicolon or full stop, not an abbreviation's: "according to a speech Mrs. Clinton delivered …")
    const stop = [...after.matchAll(/[,;.](?=\s|$)|$/g)].find((s) => after[s.index] !== "." || !isAbbreviation(after, s.index))!.index;
    const np = after.slice(0, stop);
    const beforeWords = wordCount(masked.slice(0, m.index!));
    const npEnd = m.index! + m[0].length + stop;
    const [cs, ce] = beforeWords >= 3 ? [0, m.index!] : [Math.min(npEnd + 1, end), end];
    // An appositive name may stand in the attribution part: "according to the spokeswoman, Jane Roe".
    const attribution = beforeWords >= 3 ? text.slice(m.index!) : text.slice(0, npEnd);
    const speaker = resolveNP(np, ctx, { apposition: attribution }) ?? sourceOf(np);
    if (speaker && wordCount(text.slice(cs, ce)) >= 3)
      return { speaker, verbStart: m.index!, verbEnd: m.index! + m[0].length, contentStart: cs, contentEnd: ce };
  }
  return null;
}

/** Whether a weaker verb ("reported", "believes") reports a statement here: it has a clause, or closes the sentence after one. */
function weakVerbClause(left: string, right: string, afterVerb: string): boolean {
  if ([WEAK_COMPLEMENT, WHERE_THEN_THAT, TIME_COMMA_CLAUSE, QUOTE_INTRODUCED].some((re) => re.test(right))) return true;
  if (/^\s*,\s*\S/.test(right) && SET_OFF_SUBJECT.test(left) && !/,\s*I\s+$/.test(left)) return true;
  // ("in hopes turnout would drop", "amid fears the deal …": a noun after a preposition, not a verb)
  if (/\b(?:in|of|for|with|on|at|by|from|into|about|amid|despite|over)\s+$/.test(left)) return false;
  if (ZERO_THAT_COMPLEMENT.test(right)) return true;
  // "…, the Courier reported.": the phrase after the last comma is the verb's subject, not a
  // clause ("…, who took to the talk shows."), and the statement stands before it
  return CLOSES_SENTENCE.test(afterVerb) && wordCount(left) >= 5 && /,(?!\s*(?:who|which|whom|whose|that|and|but|or|as|while|when|where|because|if|though|although)\b)[^,;:“”"_]{1,60}$/i.test(left);
}

function verbAttribution(view: SentenceView, ctx: ArticleEntities): Attribution | null {
  const { text, quotes, masked } = view;
  const end = sentenceEndIndex(text);
  for (const m of allMatches(VERB_RE, masked)) {
    const verb = m[0];
    const vs = m.index!;
    const ve = vs + verb.length;
    const left = masked.slice(0, vs);
    // ("is describing as “unhinged”" is the progressive, not the passive)
    if (DETERMINER_BEFORE.test(left) || (PASSIVE_BEFORE.test(left) && !/ing$/.test(verb)) || INFINITIVE_BEFORE.test(left)) continue;
    const right = masked.slice(ve);
    // A passive without its auxiliary, as headlines write it: "Clinton Accused Of …", "criticized by the board"
    // ("responded by sending": a means, not an agent)
    if (/ed$/.test(verb) && (/^\s+by\s+(?!(?:\S+ly\s+)?\S+ing\b)/.test(right) || (verb === "accused" && /^\s+of\s/i.test(right)))) continue;
    const startsWithQuote = quotes.length > 0 && quotes[0]!.start <= 1;
    const afterVerb = masked.slice(ve, end);
    const shortTail = wordCount(afterVerb) <= 6 && !/\bthat\b|[“"«„]/.test(afterVerb);
    // ("reported on Jan. 12 that": a short time adverbial may stand before the clause;
    // "“…?” she asked": after a quote any of these verbs reports it)
    const afterOpeningQuote = startsWithQuote && wordCount(masked.slice(quotes[0]!.end, vs)) <= 6;
    // ('“…?” asked Sen. Jane Roe of Maryland, who wants …': the speaker's phrase is short, the tail need not be)
    const shortSpeaker = wordCount(leadingNP(afterVerb)) <= 6 && !/\bthat\b|[“"«„]/.test(leadingNP(afterVerb));
    // ("asked Trump how high the wall would be", "asked if the ferry would run": an indirect question)
    const question = /^ask/.test(verb) && ASKED_QUESTION.test(right);
    // ("Polls show a close contest in the state", "Polling averages show Clinton with a lead": what data shows)
    // (…unless someone says so later in the sentence: "Polling shows that …, said Sylke Tempel")
    const shown = /^show/.test(verb) && DATA_BEFORE.test(left) && wordCount(afterVerb) >= 3 && !SAID_LATER.test(masked.slice(ve));
    if (WEAK_SET.has(verb) && !question && !shown && !weakVerbClause(left, right, afterVerb) && !(afterOpeningQuote && (shortTail || shortSpeaker))) continue;
    // ("called for an end to the cuts": a call, not a name given)
    // (only "called" and "calling": "calls for" and "call for" are as often the noun, "BLM calls for action")
    const callFor = /^call(?:ed|ing)$/.test(verb) && /^\s+for\s+\S/.test(right) && !/\bas\s+$/.test(left);
    // ("described the country as beset by …": a characterisation, which says something of it)
    const describedAs = /^(?:describ|characteri[sz]|portray|cit|dismiss|denounc|criticiz|criticis|prais|hail|tout|derid|decr|condemn|laud|brand|dub|label|mention|point)/.test(verb) && /^\s+(?:[\p{L}\p{N}’'.-]+\s+){1,8}?as\s+\p{L}/u.test(right);
    // ("called him a political opportunist", "called the incident a reason to …": a name given, which says
    // something of them; not "called a press conference", "called it a day")
    const calledA = /^(?:call|dub|label|brand)/.test(verb) && CALLED_A.test(right);
    // ("questioned what kind of person gets up at 3 a.m. to send angry tweets": a doubt, reported)
    const questioned = verb === "questioned" && /^\s+(?:whether|what|how|why|if)\s/.test(right);
    if (NAMING_SET.has(verb) && !callFor && !describedAs && !calledA && !questioned && !/^\s+(?:[\p{L}\p{N}’'.,-]+\s+){0,8}?(?:as\s+)?(?:an?\s+)?(?:[“"«„]|''|``)/u.test(right)) continue;
    // ('chanted “What curfew?”', '“…,” the article read.')
    const quoteBeside = /^[\s,:]+(?:[“"«„]|''|``)/.test(right) || (afterOpeningQuote && shortTail) || /[,!?](?:”|''|"|’)\s*(?:\S+\s+){0,4}$/.test(text.slice(0, vs));
    if (VOICING_SET.has(verb) && !quoteBeside) continue;

    let seg = trailingSegment(left);
    // "David Arakhamia, a member of parliament, revealed", "Blinken, on a tour of the region, said":
    // an apposition or an aside names no one; the phrase before it does.
    // …and an age ("Sarandon, 69,"), or the state closing an aside's place ("during a meeting in Columbus, Ohio,")
    // "…, with Donald Trump tweeting that …": a participle's own subject after "with"
    if (/ing$/.test(verb) && /^with\s+\S/i.test(seg.np)) seg = { np: seg.np.replace(/^with\s+/i, ""), start: seg.start + seg.np.match(/^with\s+/i)![0].length };
    const aside = (np: string, start: number) =>
      APPOSITION_START.test(np) ||
      // ("President Obama, dedicating the National Museum of African American History, said": a participle
      // phrase set off by commas; not "including the mayor", which adds speakers)
      (/^(?!including\b)\p{Ll}+ing\s/u.test(np) && /,\s*$/.test(left)) ||
      // ("…, Germany's largest private bank, warned": a possessor's description set off by commas)
      (POSSESSOR_DESCRIPTION.test(np) && wordCount(np) <= 6 && /,\s*$/.test(left.slice(0, start)) && /^\s*,/.test(left.slice(start + np.length))) ||
      roleApposition(np) ||
      /^\d+%?$/.test(np) ||
      // an abbreviated state or province closing a hometown ("Rawlings, 59, of Ashton, Md., said")
      /^\p{Lu}\p{Ll}{0,4}\.(?:\p{Lu}\.)?$/u.test(np) ||
      (world.places.has(np) && APPOSITION_START.test(trailingSegment(left.slice(0, start)).np));
    // (a role stepped over is the person's role: "Ivan Petrov, director of communications, said")
    let roleAside: string | null = null;
    for (let k = 0; k < 4 && aside(seg.np, seg.start) && seg.start > 0; k++) {
      const before = trailingSegment(left.slice(0, seg.start));
      // …unless what stands before is no one: "The sides were close, a person familiar with the talks said."
      // ("Holger Schmieding of Berenberg, Germany's largest private bank, warned": a possessor's description too,
      // which is the person's role when it ends in a role noun: "Jeff Weaver, Sanders' campaign manager, said")
      const described = POSSESSOR_DESCRIPTION.test(seg.np);
      const role = roleApposition(seg.np) || (described && world.roleNouns.has(seg.np.split(/\s+/).at(-1)!.toLowerCase())) || participleRole(seg.np);
      if ((/^(a|an)\s/i.test(seg.np) || role || described) && resolveNP(before.np, ctx)?.kind !== "person") break;
      // (what stands before a role is the name it describes: "in what Bay Buchanan, national treasurer for …, called")
      if (role) {
        roleAside = seg.np;
        seg = before;
        break;
      }
      seg = before;
    }
    let speaker: SpeakerRef | null = null;
    // "Trump went after Bush, calling him “a total stiff”": a participle after a comma speaks for the subject.
    // …and a verb joined to the one before ("criticized the policy and said …") shares its subject
    const joinedVerb = /\p{Ll}[\p{L}’']*\s+(?:and|but)\s*$/u.test(stripAux(left));
    if ((joinedVerb || (/ing$/.test(verb) && /(?:,[”"’]?|\band)\s*$/.test(text.slice(0, vs)))) && !startsWithQuote) {
      const subj = subjectNP(masked, vs, true);
      if (subj) seg = subj;
    }
    // "Clinton also lacks in that department, said Howard, but …": the attribution set inside the statement.
    const comma = left.search(/,\s*$/);
    if (!speaker && comma > 0 && SAY.test(verb) && wordCount(left) >= 2) {
      const np = leadingNP(afterVerb);
      const named = /^\s+(?:the\s|\p{Lu})[^,;.“"_]{1,80}(?:[,.]|$)/u.test(afterVerb) && namePhrase(np);
      // ("…, said one GOP source in the room.", "…, said a senior official.": someone new, by their role —
      // not a role met before: "one Democratic source on the panel" is someone else)
      const someone = /^\s+(?:a|an|one|another)\s/.test(afterVerb) && roleHeaded(np) ? roleSpeaker(np) : null;
      const who = roleThenName(afterVerb, ctx) ?? someone ?? (named ? resolveNP(np, ctx) : null);
      if (who) return { speaker: who, verbStart: vs, verbEnd: ve, contentStart: 0, contentEnd: comma };
    }
    let npStart = seg.start;
    // Inverted order: "…,” said the official."
    const afterClosingQuote = /[,!?](?:”|''|"|’)\s*$/.test(text.slice(0, vs));
    // (a naming verb after a quote is no inverted attribution: "…“terrible,” denounced her record as …")
    if (!seg.np && (startsWithQuote || shortTail || (afterClosingQuote && !NAMING_SET.has(verb)))) {
      speaker = resolveNP(leadingNP(afterVerb), ctx);
      npStart = ve;
    }
    // "“…,” Anna Kovalenko said": the speaker right after a closing quote.
    const afterQuote = quotes.some((q) => q.end <= npStart && /^[\s,]*$/.test(masked.slice(q.end, npStart)));
    // (an inverted attribution right after a quote ends it: 'But “…, forget it,” said Roffman.')
    const invertedAfterQuote = npStart === ve && speaker !== null && afterClosingQuote;
    const trailing =
      (startsWithQuote && quotes[0]!.end <= npStart + 1) ||
      invertedAfterQuote ||
      (shortTail && (afterQuote || wordCount(left.slice(0, seg.start)) >= 3));
    // A lone capitalised word opening the sentence names someone before "said" ("Brafman said"),
    // but not before a weaker verb ("Multiple reports claim", "Statements …, claiming").
    const loose = WEAK_SET.has(verb) || NAMING_SET.has(verb) || /ing$/.test(verb);
    // ("Polls show …", "a new CNN/ORC poll shows …": the data is the source, named by its own phrase — not
    // what stands before it: "… as polls show", "what polls show")
    if (shown) {
      const data = dataPhrase(seg.np);
      speaker = data ? sourceOf(data) : null;
      if (!speaker) continue;
    }
    if (!speaker && seg.np) speaker = resolveNP(seg.np, ctx, { apposition: trailing ? text.slice(ve) : "", initial: seg.start === 0 && loose });
    if (speaker?.kind === "person" && !speaker.role && roleAside) speaker = { ...speaker, role: roleAside };
    // "It said …": the body or document just named speaks
    if (!speaker && /^it$/i.test(seg.np) && STRONG_SET.has(verb)) speaker = ctx.lastOrganisation();
    if (!speaker && !trailing) {
      const subj = subjectNP(masked, vs);
      if (subj) {
        seg = subj;
        speaker = resolveNP(subj.np, ctx, { initial: subj.start === 0 && loose });
      }
    }
    // "In other words, explained CBS moderator Nancy Cordes: “…”": the speaker after the verb, then the
    // quote — not after "told" or "asked", whose object is the one spoken to.
    let inverted = false;
    if (!speaker && !ADDRESSEE_VERB.test(verb) && /^\s+(?:the\s|\p{Lu})[^_“"«„]{1,90}?[:,]\s*[“"«„]/u.test(afterVerb)) {
      speaker = resolveNP(leadingNP(afterVerb), ctx);
      inverted = speaker !== null;
    }
    // A quote and a speech verb beside it are a statement even when the phrase names no one we know.
    if (!speaker && trailing && STRONG_SET.has(verb) && (startsWithQuote || afterClosingQuote))
      speaker = fallbackSpeaker(npStart === ve ? leadingNP(afterVerb) : seg.np, ctx);
    if (!speaker) continue;

    let cs: number;
    let ce: number;
    if (trailing) {
      // "“Judge,” Brafman said, “I have never …”": the quote resumes after the attribution.
      const resumes = quotes.some((q) => q.start >= ve && /^[^_“"«„]{0,40}$/.test(masked.slice(ve, q.start)));
      [cs, ce] = [0, resumes ? end : seg.start];
    } else if (inverted) {
      [cs, ce] = [quotes.find((q) => q.start >= ve)?.start ?? ve, end];
    } else {
      cs = ve;
      const that = right.match(/^\s+(?:[\p{L}.,]+\s+){0,6}?that\s/u);
      // ("said on Tuesday that …"; not "say they feel that way", where a clause has begun)
      if (that && !/[“"«„]/.test(that[0]) && !/\b(he|she|they|we|i|it|you)\b/i.test(that[0])) cs = ve + that[0].length;
      ce = end;
      const content = masked.slice(cs, ce).trim();
      // "responded to a question", "said to be": no statement follows
      if (NOT_CONTENT.test(content) || (/^to\s/i.test(content) && !/^(vow|pledg|promis|urg|warn|threat|advis|ask)/.test(verb))) continue;
    }
    // A quote that opens the sentence may be short ("“No,” she said.); other statements have some words.
    // ("called Trump “unhinged”": a naming verb's object and one quoted word are a statement)
    // ('shook her head and said, “No.”': a quote the verb introduces may be short too)
    const introducedQuote = quotes.some((q) => q.start >= ve && /^\s*[,:]\s*$/.test(masked.slice(ve, q.start)));
    if (wordCount(text.slice(cs, ce)) < ((trailing && startsWithQuote) || introducedQuote ? 1 : NAMING_SET.has(verb) ? 2 : 3)) continue;
    return { speaker, verbStart: vs, verbEnd: ve, contentStart: cs, contentEnd: ce, ...(question ? { question: true as const } : {}) };
  }
  return null;
}

// "Gerald F. Seib, The Wall Street Journal: “…”": a name (and its outlet or role), a colon, a quote.
const LABEL = /^([^:;“”"_]{3,90}?):\s*(?=[“"«„'`])/u;
// A headline's own form, without quote marks: "Pence: Flowers won't be at debate".
const HEADLINE_LABEL = /^([^:;“”"_]{3,60}?):\s+(?=\S)/u;

function labelled(view: SentenceView, ctx: ArticleEntities, headline = false): Attribution | null {
  const m = (headline ? HEADLINE_LABEL : LABEL).exec(view.masked);
  const q = headline ? { start: m?.[0].length ?? -1, inner: view.text.slice(m?.[0].length ?? 0) } : view.quotes[0];
  if (!m || !q || q.start !== m[0].length) return null;
  const np = m[1]!.split(",")[0]!;
  // a name with at most its title or role ("Reporter Jomana Karadsheh"), not a clause
  if (!namePhrase(np)) return null;
  const speaker = resolveNP(np, ctx);
  // Only a person's name: "Breaking: “…”" and "The verdict: “…”" are headings, not speakers.
  if (!speaker || speaker.kind !== "person" || !/\p{Lu}\S*\s+\S*\p{Lu}|^\S+$/u.test(np.trim())) return null;
  // …and in a headline, someone the article names ("Revealed: …", "Poll: …" and "Big Win For Bernie: …" are no one)
  if (headline && !ctx.named(speaker)) return null;
  if (wordCount(q.inner) < 3) return null;
  const colon = m[1]!.length;
  return { speaker, verbStart: colon, verbEnd: colon + 1, contentStart: q.start, contentEnd: view.text.length };
}

