// Stance of a statement toward its main topic's question ("Should there be peace
// negotiations?"). What answering yes or no sounds like is data, per topic
// (`supports` and `opposes` in topics.yaml); the grammar around it is code:
// 1. no topic, a question, or the decision handed to someone else → neutral;
// 2. support tied to a condition (if / unless / only when / once / provided) is
//    "conditional"; an exception (barring / except) is not a condition;
// 3. otherwise the first clause that decides: a topic phrase, flipped when a
//    negation stands just before it; a general verb of support or opposition
//    when the clause names the topic; otherwise a negated clause opposes;
// 4. nothing decides → neutral.
import type { Stance, Topic } from "../schema.ts";
import { cueSet, type CueHit, type CueSet } from "./cues.ts";

export interface StanceReading {
  stance: Stance;
  /** the words the stance was read from */
  evidence: string | null;
}

// Conditions make support conditional; a demand sets one. "Until" and "barring" do not ("until that time
// comes" is when, "barring a decision" an exception).
const CONDITION = /\b(if|unless|provided (that)?|as long as|only (if|when|after|once)|on condition|at a certain stage|at some (point|stage)|once|(?:demands|demanded|demanding) (?:that|the))\b/i;
const IF_AND_WHEN = /\bif and when\b/gi;
const DEFER =
  /\b(up to|rests? with|(his|her|their|its|our) (own )?(decision|choice|call)|decision (is|was|rests|lies) (with|for)|(will|would|can|to|only \w+ can) decide|decide (when|whether|if|its|their|his|her)|in a position to (approve|decide)|it is for)\b/i;
const NEGATION = /\b(not|no|never|nothing|cannot|can't|won't|isn't|aren't|wasn't|don't|doesn't|didn't|nor|neither)\b|n['’]t\b/i;
// Verbs of support or opposition that answer any topic's question when the clause names the topic.
const GENERAL_SUPPORT = ["support", "welcome", "back ", "backs", "backed", "favor", "favour", "endorse", "call for", "calls for", "called for", "push for", "in favor of", "ready to", "willing to", "open to", "agree to"];
const GENERAL_OPPOSE = ["oppose", "reject", "refuse", "rule out", "ruled out", "rules out", "against", "block", "veto", "forbid", "ban "];
const CLAUSES = /[,;:.!?]\s|\s(?:but|while|whereas|although)\s/;

interface Compiled {
  topic: CueSet;
  supports: CueSet;
  opposes: CueSet;
}

const general = { supports: cueSet(GENERAL_SUPPORT), opposes: cueSet(GENERAL_OPPOSE) };
const compiledTopics = new WeakMap<Topic, Compiled>();
function compile(t: Topic): Compiled {
  let c = compiledTopics.get(t);
  if (!c) compiledTopics.set(t, (c = { topic: cueSet(t.cues), supports: cueSet(t.supports ?? []), opposes: cueSet(t.opposes ?? []) }));
  return c;
}

/** The words the rule read, from the start of the cue (or the negation before it) and a few words on. */
function around(text: string, from: number, to: number): string {
  const start = text.slice(0, from).search(/\S*$/);
  const after = text.slice(to).split(/\s+/).slice(0, 4).join(" ");
  return `${text.slice(start, to)}${after}`.replace(/\s+/g, " ").replace(/^[\s,;:.“”"]+|[\s,;:.“”"]+$/g, "").trim();
}

// A topic phrase told as what happened ("have only managed to reclaim") reports a fact, not a position.
const FACTUAL_BEFORE = /\b(managed to|has|have|had|was|were|did)\s+(\w+\s+)?$/i;
const factual = (clause: string, at: number) => FACTUAL_BEFORE.test(clause.slice(Math.max(0, at - 40), at));

const NEGATED_FACT = /\b(have|has|had)\s+(not|never)\s+(yet\s+)?\p{Ll}+ed\b|\b(haven['’]t|hasn['’]t|hadn['’]t)\s+(yet\s+)?\p{Ll}+ed\b/iu;

/** Where a negation in the four words before a phrase stands, if one does: it turns the phrase around ("not ready to negotiate"). */
function negatedAt(clause: string, at: number): number | null {
  const words = clause.slice(0, at).split(/\s+/);
  const before = words.slice(-5).join(" ");
  const m = before.match(NEGATION);
  return m ? at - before.length + m.index! : null;
}

export function stanceOn(statement: string, topic: Topic | undefined): StanceReading {
  if (!topic) return { stance: "neutral", evidence: null };
  const t = statement.replace(IF_AND_WHEN, "deciding");
  const c = compile(topic);
  // (whether a clause names the topic is asked for its support and its opposition alike: once)
  let named: { s: string; yes: boolean } | null = null;
  const namesTopic = (s: string) => (named?.s === s ? named : (named = { s, yes: c.topic.find(s).length > 0 })).yes;
  const supportHits = (s: string) => [...c.supports.find(s), ...(namesTopic(s) ? general.supports.find(s) : [])];
  const opposeHits = (s: string) => [...c.opposes.find(s), ...(namesTopic(s) ? general.opposes.find(s) : [])];

  if (/^[^.!]*\?\W*$/.test(t.trim())) return { stance: "neutral", evidence: "a question" };
  const condition = t.match(CONDITION);
  const firstSupport = supportHits(t).find((h) => negatedAt(t, h.index) === null);
  if (condition && firstSupport) return { stance: "conditional", evidence: around(t, firstSupport.index, firstSupport.end) };
  const defer = t.match(DEFER) ?? t.match(/\bdeciding\b/);
  if (defer) return { stance: "neutral", evidence: around(t, defer.index!, defer.index! + defer[0].length) };

  for (const clause of t.split(CLAUSES)) {
    const cond = clause.match(CONDITION);
    if (cond) return { stance: "conditional", evidence: around(clause, cond.index!, cond.index! + cond[0].length) };
    const hits: Array<CueHit & { sign: 1 | -1 }> = [
      ...supportHits(clause).map((h) => ({ ...h, sign: 1 as const })),
      ...opposeHits(clause).map((h) => ({ ...h, sign: -1 as const })),
    ]
      .filter((h) => !factual(clause, h.index))
      .sort((a, b) => a.index - b.index);
    const first = hits[0];
    if (first) {
      const negation = negatedAt(clause, first.index);
      const flipped = negation !== null && first.sign === 1;
      const stance: Stance = first.sign === 1 && !flipped ? "supports" : "opposes";
      const from = flipped ? negation : first.index;
      return { stance, evidence: around(clause, from, first.end) };
    }
    const neg = clause.match(NEGATION);
    // (the claim is about the topic — it is its main topic — so a negated clause answers no;
    // "we have not engaged in talks as yet" tells what has not happened, not what should)
    if (neg && !NEGATED_FACT.test(clause)) return { stance: "opposes", evidence: around(clause, neg.index!, neg.index! + neg[0].length) };
  }
  return { stance: "neutral", evidence: null };
}

/** The stance alone, toward a topic (kept for callers that need no evidence). */
export function classifyStance(text: string, topic?: Topic): Stance {
  return stanceOn(text, topic).stance;
}
