// Stance of a claim toward its main topic's question ("should there be peace
// negotiations?"), from cue phrases:
// 1. support tied to a condition (if / unless / barring …) is "conditional";
// 2. handing the decision to someone else ("up to", "his decision") is "neutral";
// 3. otherwise the first clause that carries a cue decides: a condition,
//    opposition (negation, refusal, "on the battlefield") or support;
// 4. no cue at all is "neutral".
import type { Stance } from "../schema.ts";

const CONDITION = /\b(if|unless|until|barring|provided that|as long as|only (if|when|after|once)|on condition|at a certain stage|at some (point|stage)|once)\b/i;
const IF_AND_WHEN = /\bif and when\b/gi;
const DEFER =
  /\b(up to|rests? with|(his|her|their|its|our) (own )?(decision|choice|call)|decision (is|was|rests|lies) (with|for)|(will|would|can|to|only \w+ can) decide|decide (when|whether|if|its|their|his|her)|in a position to (approve|decide)|it is for)\b/i;
const SUPPORT =
  /\b(support|supports|supported|welcome|welcomes|best (possible )?(outcome|way|option)|window of opportunity|want to negotiate|wants to negotiate|willing to (negotiate|talk)|ready (for|to) (negotiat|talk|engage)|open to (negotiat|talks|a diplomatic|dialogue|a peace)|engage|agree to (peace )?talks|should (talk|negotiate)|end through negotiations|diplomatic solution|negotiated (diplomatic )?(solution|settlement)|come to the negotiating table)\w*/i;
const OPPOSE =
  /\b(not|no|never|nothing|cannot|can't|won't|isn't|aren't|wasn't|don't|doesn't|didn't|unrealistic|impossible|refuse[sd]?|reject(s|ed)?|forbid(s|ding|den)?|ban(s|ned)?|puppet|pointless|futile|on the battlefield|by force|militarily|capitulat\w*|surrender)\b|n['’]t\b/i;

export function classifyStance(text: string): Stance {
  const t = text.replace(IF_AND_WHEN, "deciding");
  if (CONDITION.test(t) && SUPPORT.test(t)) return "conditional";
  if (DEFER.test(t) || /\bdeciding\b/.test(t)) return "neutral";
  for (const clause of t.split(/[,;:.!?]\s|\s(?:but|while|whereas|although)\s/)) {
    if (CONDITION.test(clause)) return "conditional";
    if (OPPOSE.test(clause)) return "opposes";
    if (SUPPORT.test(clause)) return "supports";
  }
  return "neutral";
}
