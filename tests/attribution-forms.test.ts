// Attribution forms, one small article per row, run through the library as the
// CLI runs it (empty registry, published 2025-03-14, a Friday). Every sentence
// and person here is invented. Each row says which claims must come out (found
// by a fragment of their text) with their speaker, speaker kind, claim kind and
// date; rows with `none` must give no claim at all. Any claim no row asks for
// is reported too.
import { describe, expect, it } from "vitest";
import { extractArticle, makeRegistry, type ArticleMeta, type Claim } from "../src/lib/index.ts";

interface Want {
  /** a fragment of the claim's text, to find it */
  has: string;
  speaker: string;
  speakerKind?: "person" | "organization" | "group" | "role";
  /** any speaker will do as long as it is not this one */
  notSpeaker?: string;
  kind?: "direct" | "indirect";
  date?: string | null;
  dateBasis?: "stated" | "published" | "unknown";
  /** this fragment must be in the same claim (one claim covering both parts) */
  alsoHas?: string;
  /** the speaker's role as the claim gives it */
  role?: string;
  /** the claim gives the speaker no role */
  noRole?: true;
}

interface Row {
  name: string;
  raw: string;
  /** defaults to { published: "2025-03-14" } */
  meta?: ArticleMeta;
  want?: Want[];
  /** no claim at all */
  none?: true;
  /** the article's published date */
  published?: string;
}

const PUBLISHED = "2025-03-14";
const reg = makeRegistry([], []);
const run = (raw: string, meta: ArticleMeta = { published: PUBLISHED }) =>
  extractArticle({ id: "t", file: "t.txt", raw, meta }, reg);

const show = (claims: Claim[]) =>
  claims.length
    ? claims
        .map((c) => `  ${c.kind} | ${c.speaker.name} [${c.speaker.kind}] | ${c.date} (${c.dateBasis}) | ${c.text}`)
        .join("\n")
    : "  (no claims)";

const festival = "Filmmaker Dana Whitfield spoke at the festival on Friday.";
const money = "Take the money out of it and nobody would watch";
const whitfieldSaid: Want[] = [
  { has: "nobody would watch", speaker: "Dana Whitfield", speakerKind: "person", kind: "direct" },
];

const rows: Row[] = [
  // ── names ──────────────────────────────────────────────────────────────
  {
    name: "surname alone after the full name",
    raw: `${festival}\n\n“${money},” Whitfield said.`,
    want: whitfieldSaid,
  },
  {
    name: "a surname never introduced",
    raw: "The company lost the case on Wednesday.\n\n“We will appeal,” Castellanos said.",
    want: [{ has: "We will appeal", speaker: "Castellanos", speakerKind: "person", kind: "direct" }],
  },
  {
    name: "a surname that is also a word opening sentences, after a given name (with a role before it)",
    raw: "The ferry deal closed on Monday.\n\nHarbour chief executive Ian Read said the deal would keep the route open.\n\nPort manager Grace Still told reporters the timetable would not change.",
    want: [
      { has: "keep the route open", speaker: "Ian Read", speakerKind: "person", kind: "indirect", role: "Harbour chief executive" },
      { has: "timetable would not change", speaker: "Grace Still", speakerKind: "person", kind: "indirect", role: "Port manager" },
    ],
  },
  {
    name: "a word opening sentences after a name that is no given name is not a surname",
    raw: "The ferry deal closed on Monday.\n\nCouncil Read more about the vote on the harbour board's page.",
    none: true,
  },
  {
    name: "honorific + surname links to the full name",
    raw: "Nora Pettigrew, a tax adviser to the council, presented the plan.\n\nMs. Pettigrew said the plan was sound and would pass.",
    want: [{ has: "plan was sound", speaker: "Nora Pettigrew", speakerKind: "person", kind: "indirect" }],
  },
  {
    name: "the name without its title (said Councilwoman …)",
    raw: "The council debated the budget for three hours.\n\n“The budget leaves the east side behind,” said Councilwoman Rita Okafor.",
    want: [{ has: "east side behind", speaker: "Rita Okafor", speakerKind: "person", kind: "direct" }],
  },

  {
    name: "a role without an article between the name and the verb (the organisation in it is no one)",
    raw: "The harbour board met on Monday.\n\n“We cannot accept a plan that closes the docks,” Megan Hester, executive director of Citizens for Harbour Reform, said.",
    want: [{ has: "closes the docks", speaker: "Megan Hester", speakerKind: "person", kind: "direct", role: "executive director of Citizens for Harbour Reform" }],
  },
  {
    name: "a role without an article naming someone else in it (the adviser, not the one advised)",
    raw: "The plan was published on Monday.\n\nKarl Weiss, former adviser to Governor Lena Ortiz, said the plan would fail.",
    want: [{ has: "would fail", speaker: "Karl Weiss", speakerKind: "person", kind: "indirect", role: "former adviser to Governor Lena Ortiz" }],
  },
  {
    name: "a fellow's role without an article (a fellow is a role)",
    raw: "The talks paused on Monday.\n\n“We will appeal,” Sara Lind, senior fellow at the Harbour Institute, said on Tuesday.",
    want: [{ has: "will appeal", speaker: "Sara Lind", speakerKind: "person", kind: "direct", role: "senior fellow at the Harbour Institute" }],
  },
  {
    name: "a participle phrase set off by commas is an aside; one that names a role is the person's role",
    raw: "The harbour museum opened on Saturday.\n\nMayor Dana Holt, dedicating the National Museum of Harbour History and Culture on Saturday, said it would tell the town's story.\n\nMara Quill, visiting the museum with her family, said the levy had paid for it.\n\nIan Morrow, managing director of Harbour Capital, said the bank would lend more.",
    want: [
      { has: "tell the town's story", speaker: "Dana Holt" },
      { has: "levy had paid", speaker: "Mara Quill", noRole: true },
      { has: "lend more", speaker: "Ian Morrow", role: "managing director of Harbour Capital" },
    ],
  },
  {
    name: "a party and state with its full stop is an aside; a verb joined by “but” shares its subject",
    raw: "The harbour bill passed on Monday.\n\nSen. Dana Holt, R-Ky., told reporters that the vote could be close.\n\nLena Ortiz kept her own count a secret but said the bill had the votes.",
    want: [
      { has: "vote could be close", speaker: "Dana Holt" },
      { has: "had the votes", speaker: "Lena Ortiz" },
    ],
  },
  {
    name: "a participle after a quote's closing comma speaks for the sentence's subject (…, “…,” promising to …)",
    raw: "Lena Ortiz spoke in Riverton on Monday.\n\nOrtiz talked up her “harbour-first plan,” promising to campaign in every ward before the vote.",
    want: [{ has: "campaign in every ward", speaker: "Lena Ortiz" }],
  },
  {
    name: "someone new by their role after an inverted verb (…, said one official), not a role met before",
    raw: "The harbour talks resumed on Monday, one harbour source on the board said.\n\nThe meeting went badly from there, said one union source in the room.\n\nThe talks will resume next week, said a senior official who spoke on condition of anonymity.",
    want: [
      { has: "talks resumed on Monday", speaker: "One harbour source on the board" },
      { has: "went badly from there", speaker: "One union source in the room", speakerKind: "role" },
      { has: "resume next week", speaker: "Senior official", speakerKind: "role" },
    ],
  },
  {
    name: "the United Nations is a body, not a person a later “he” could mean",
    raw: "Admiral Ivan Petrov leads the harbour command.\n\nA United Nations tribunal is expected to rule soon on the harbour case.\n\n“We will be ready,” he said.",
    want: [{ has: "We will be ready", speaker: "Ivan Petrov", kind: "direct" }],
  },
  {
    name: "a number is no one, and a comma inside a number bounds no phrase",
    raw: "The harbour bill passed on Monday.\n\nBack in 2009 and 2010, the harbour board cited the levy as a major reason it thought the route would end up paying for itself.\n\nOfficials estimate that 80,000 people rode the ferry, about 10,000 more than most board members expected.",
    want: [
      { has: "major reason", speaker: "*", notSpeaker: "2010" },
      { has: "80,000 people rode", speaker: "Officials" },
    ],
  },
  {
    name: "a role without an article or capitals, before told",
    raw: "The talks paused on Monday.\n\n“Talks resume Friday,” Ivan Petrov, director of communications, told reporters.",
    want: [{ has: "resume Friday", speaker: "Ivan Petrov", speakerKind: "person", kind: "direct", role: "director of communications" }],
  },
  {
    name: "a role word before the name is the subject, not an aside",
    raw: "The talks paused on Monday.\n\n“The plan is dead,” spokeswoman Jane Roe said.",
    want: [{ has: "plan is dead", speaker: "Jane Roe", speakerKind: "person", kind: "direct" }],
  },
  {
    name: "a role without an article after no one is the speaker itself",
    raw: "The talks paused on Monday.\n\n“The deal is off,” the sides agreed, spokesman for the ministry said.",
    want: [{ has: "deal is off", speaker: "*", notSpeaker: "The sides" }],
  },
  // ── quote marks ───────────────────────────────────────────────────────
  { name: "straight double quotes", raw: `${festival}\n\n"${money}," Whitfield said.`, want: whitfieldSaid },
  { name: "two apostrophes ''…,''", raw: `${festival}\n\n''${money},'' Whitfield said.`, want: whitfieldSaid },
  { name: "TeX-style ``…''", raw: `${festival}\n\n\`\`${money},'' Whitfield said.`, want: whitfieldSaid },
  { name: "guillemets « … »", raw: `${festival}\n\n« ${money} », Whitfield said.`, want: whitfieldSaid },
  { name: "German „…“", raw: `${festival}\n\n„${money},“ Whitfield said.`, want: whitfieldSaid },
  {
    name: "a quote running over two paragraphs",
    raw: `${festival}\n\n“The first part is long and winding,” Whitfield said. “And it goes on\n\n“until the second paragraph closes it.”`,
    want: [
      { has: "first part is long", speaker: "Dana Whitfield", kind: "direct" },
      { has: "second paragraph closes", speaker: "Dana Whitfield", kind: "direct" },
    ],
  },

  // ── verbs and sentence shapes ─────────────────────────────────────────
  {
    name: "responded + long role before the name",
    raw: "The campaign posted its totals on Thursday.\n\n“Thanks, John!” responded national finance director Omar Castellanos.",
    want: [{ has: "Thanks, John", speaker: "Omar Castellanos", kind: "direct" }],
  },
  {
    name: "gushed",
    raw: "Producer Omar Castellanos won the top prize on Saturday.\n\n“This is the best night of my whole life,” Castellanos gushed.",
    want: [{ has: "best night", speaker: "Omar Castellanos", kind: "direct" }],
  },
  {
    name: "wrote that",
    raw: "Filmmaker Dana Whitfield published an essay in the weekend paper.\n\nWhitfield wrote that the festival had lost its way.",
    want: [{ has: "lost its way", speaker: "Dana Whitfield", kind: "indirect" }],
  },
  {
    name: "told the Gazette on Thursday that",
    raw: "Councilwoman Rita Okafor has opposed the budget for months.\n\nOkafor told the Gazette on Thursday that she would vote against the plan.",
    want: [
      { has: "vote against the plan", speaker: "Rita Okafor", kind: "indirect", date: "2025-03-13", dateBasis: "stated" },
    ],
  },
  {
    name: "pundit round-up (Name, Outlet: “…”)",
    raw: "What the columnists are saying about the budget.\n\nGerald F. Hollis, The Daily Ledger: “The budget is a gamble that will not pay off for anyone.”",
    want: [{ has: "gamble that will not pay off", speaker: "Gerald F. Hollis", kind: "direct" }],
  },
  {
    name: "He added, \"…\" after a male speaker",
    raw: 'Omar Castellanos, the director, spoke at the launch of the new model.\n\nHe added, "I\'m not a big fan of it."',
    want: [{ has: "big fan", speaker: "Omar Castellanos", kind: "direct" }],
  },
  {
    name: "In a statement, the ministry said",
    raw: "The Ministry of Transport announced new rail fares on Wednesday.\n\nIn a statement, the ministry said the fares would rise by four percent.",
    want: [{ has: "fares would rise", speaker: "Ministry of Transport", speakerKind: "organization", kind: "indirect" }],
  },
  {
    name: "a person familiar with the talks said (clause after)",
    raw: "Negotiators met in Geneva for a third day.\n\nThe two sides were close to a deal, a person familiar with the talks said.",
    want: [{ has: "close to a deal", speaker: "*", speakerKind: "role", kind: "indirect" }],
  },
  {
    name: "A person familiar with the talks said (sentence start)",
    raw: "Negotiators met in Geneva for a third day.\n\nA person familiar with the talks said the two sides were close to a deal.",
    want: [{ has: "close to a deal", speaker: "*", speakerKind: "role", kind: "indirect" }],
  },
  {
    name: "…, Whitfield pointed out that",
    raw: `${festival}\n\nAsked about the budget, Whitfield pointed out that the film cost less than her last one.`,
    want: [{ has: "cost less than", speaker: "Dana Whitfield", kind: "indirect" }],
  },
  {
    name: "she said after a woman and then Mr. …",
    raw: "Dana Whitfield, the festival director, introduced Mr. Castellanos on stage.\n\n“He has earned every prize tonight,” she said.",
    want: [{ has: "earned every prize", speaker: "Dana Whitfield", kind: "direct" }],
  },
  {
    name: "she said after a woman and then a male given name",
    raw: "Dana Whitfield, the festival director, introduced Omar Castellanos on stage.\n\n“He has earned every prize tonight,” she said.",
    want: [{ has: "earned every prize", speaker: "Dana Whitfield", kind: "direct" }],
  },
  {
    name: "a quote split by the attribution is one claim",
    raw: "Omar Castellanos testified before the court.\n\n“Judge,” Castellanos said, “I have never seen this before in my career.”",
    want: [{ has: "Judge", alsoHas: "never seen this before", speaker: "Omar Castellanos", kind: "direct" }],
  },
  {
    name: "name, on a tour of the region, said",
    raw: "The new roads minister visited the north this week.\n\nAntony Rivers, on a tour of the northern region, said the roads would be rebuilt by autumn.",
    want: [{ has: "rebuilt by autumn", speaker: "Antony Rivers", kind: "indirect" }],
  },
  {
    name: "said Rep. Name (R-Ohio), apposition",
    raw: "Talks on the spending bill resumed on Capitol Hill.\n\n“We are close to a deal on the hard parts,” said Rep. Patrick Dunmore (R-Ohio), one of the lead negotiators.",
    want: [{ has: "close to a deal", speaker: "Patrick Dunmore", kind: "direct" }],
  },
  {
    name: "X went after Y, calling him “…” → X",
    raw: "The mayoral race turned bitter this week.\n\nMayor Dale Pruitt went after Councilman Victor Lamb, calling him “a total stiff.”",
    want: [{ has: "a total stiff", speaker: "Dale Pruitt" }],
  },

  // ── dates ─────────────────────────────────────────────────────────────
  {
    name: "told reporters Tuesday",
    raw: "The layoffs were announced last month.\n\nOmar Castellanos told reporters Tuesday that the company would not cut more jobs.",
    want: [
      { has: "not cut more jobs", speaker: "Omar Castellanos", kind: "indirect", date: "2025-03-11", dateBasis: "stated" },
    ],
  },
  {
    name: "dateline with no published meta",
    raw: "RIVERTON, March 14, 2025 — Mayor Dale Pruitt said on Monday that the bridge would reopen before the summer.",
    meta: {},
    published: "2025-03-14",
    want: [
      { has: "bridge would reopen", speaker: "Dale Pruitt", kind: "indirect", date: "2025-03-10", dateBasis: "stated" },
    ],
  },
  {
    name: "WASHINGTON (AP) — Whitfield said",
    raw: "WASHINGTON (AP) — Whitfield said the committee would hold its vote after the recess.\n\nThe committee has twelve members.",
    want: [{ has: "committee would hold", speaker: "Whitfield", notSpeaker: "WASHINGTON", kind: "indirect" }],
  },
  {
    name: "a future day inside the statement is not the claim's date",
    raw: "Filmmaker Dana Whitfield chairs the festival jury.\n\nWhitfield said a communiqué would be published on Monday.",
    want: [
      { has: "communiqué", speaker: "Dana Whitfield", kind: "indirect", date: "2025-03-14", dateBasis: "published" },
    ],
  },

  // ── more forms: sources that are no one's name, shares, bodies, asides ──
  {
    name: "according to someone with an abbreviated title, or a document its author made",
    raw: "The ferry levy was debated.\n\nThe levy will fall by half, according to Sen. Dana Holt.\n\nThe goal is not revenue, according to a speech Mrs. Lena Ortiz delivered at the harbour in July.\n\nThe firm was paid twice, according to reports Mr. Ian Morrow filed as a lobbyist.\n\nThe route will close in winter, according to the U.S. Department of Ferries.",
    want: [
      { has: "fall by half", speaker: "Dana Holt", speakerKind: "person" },
      { has: "not revenue", speaker: "Lena Ortiz", speakerKind: "person" },
      { has: "paid twice", speaker: "Ian Morrow", speakerKind: "person" },
      { has: "close in winter", speaker: "U.S. Department of Ferries", speakerKind: "organization" },
    ],
  },
  {
    name: "one document speaks, and a document by someone is its author's",
    raw: "The ferry levy was debated.\n\nOne study found the levy would raise fares for 8,000 riders.\n\nA 2024 study by harbour economist Ines Marlow found that the route loses money every winter.",
    want: [
      { has: "raise fares", speaker: "One study", speakerKind: "organization" },
      { has: "loses money every winter", speaker: "Ines Marlow", speakerKind: "person", role: "harbour economist" },
    ],
  },
  {
    name: "data shows without a clause (polls show …, a new poll shows …), unless it is someone else's clause",
    raw: "The ferry vote is close.\n\nPolls show a close contest in the harbour district.\n\nBut a new Courier/Ipsos poll shows Lena Ortiz ahead by three points.\n\nOrtiz campaigned hard as polls showed her rival gaining in the east.\n\nPolling shows that “the riders are not comfortable with the fare,” said Dale Pruitt, the board's chair.",
    want: [
      { has: "close contest", speaker: "Polls", speakerKind: "organization" },
      { has: "ahead by three points", speaker: "New Courier/Ipsos poll", speakerKind: "organization" },
      { has: "not comfortable with the fare", speaker: "Dale Pruitt" },
    ],
  },
  {
    name: "according to a poll (a source that names no one)",
    raw: "The race tightened over the summer.\n\nOkafor now leads the mayor by six points, according to a Ledger poll released Monday.",
    want: [{ has: "six points", speaker: "Ledger poll", speakerKind: "organization", kind: "indirect" }],
  },
  {
    name: "a share of people (six in 10 say)",
    raw: "The survey asked voters about the bridge.\n\nSix in 10 say the toll should be scrapped before the summer.",
    want: [{ has: "toll should be scrapped", speaker: "Six in 10", speakerKind: "group" }],
  },
  {
    name: "a body named by its kind (…, the rights group says)",
    raw: "The activist was arrested in April.\n\nShe should be freed and compensated at once, the rights group says.",
    want: [{ has: "freed and compensated", speaker: "Rights group", speakerKind: "organization" }],
  },
  {
    name: "a possessor's campaign",
    raw: "Fundraising totals came out on Friday.\n\nRita Okafor’s campaign says it raised $2 million in January.",
    want: [{ has: "raised $2 million", speaker: "Rita Okafor campaign", speakerKind: "organization" }],
  },
  {
    name: "the attribution inside the statement (…, said Mendes, but …)",
    raw: "Lucas Mendes runs the harbour board.\n\nThe harbour is too small for the new ships, said Mendes, but the city has no money to widen it.",
    want: [{ has: "too small", speaker: "Lucas Mendes", kind: "indirect" }],
  },
  {
    name: "an aside ending in a place (during a meeting in Columbus, Ohio, said)",
    raw: "Dana Whitfield toured the Midwest.\n\nWhitfield, during a town hall meeting in Columbus, Ohio, said the plan would create jobs.",
    want: [{ has: "create jobs", speaker: "Dana Whitfield" }],
  },
  {
    name: "an age in apposition (Okafor, 61, told)",
    raw: "Councilwoman Rita Okafor spoke after the vote.\n\n“That is a legitimate concern,” Okafor, 61, told the Ledger on Monday.",
    want: [{ has: "legitimate concern", speaker: "Rita Okafor", kind: "direct", date: "2025-03-10" }],
  },
  {
    name: "a participle after a full clause (took to social media, writing: “…”)",
    raw: "The storm hit the coast overnight.\n\nMayor Dale Pruitt quickly took to social media, writing: “Stay home and stay safe tonight.”",
    want: [{ has: "Stay home", speaker: "Dale Pruitt", kind: "direct" }],
  },
  {
    name: "a question quote runs on into its attribution",
    raw: "Omar Castellanos met the press.\n\n“What kind of help do you need?” Castellanos asked the crowd.",
    want: [{ has: "What kind of help", speaker: "Omar Castellanos", kind: "direct" }],
  },
  {
    name: "“Multiple reports claim”: the reports speak, not a person called Multiple",
    raw: "The bridge report was published on Monday.\n\nMultiple reports claim that the bridge was unsafe for years.",
    want: [{ has: "unsafe for years", speaker: "Multiple reports", speakerKind: "organization" }],
  },

  {
    name: "two speakers in one sentence are two claims",
    raw: "The ceasefire talks resumed in Cairo.\n\nThe Harbour Union said on Tuesday that it had accepted the proposal, and the Ministry of Transport said on Wednesday that a deal was close.",
    want: [
      { has: "accepted the proposal", speaker: "Harbour Union", speakerKind: "organization", date: "2025-03-11" },
      { has: "a deal was close", speaker: "Ministry of Transport", speakerKind: "organization", date: "2025-03-12" },
    ],
  },

  {
    name: "two speakers in one sentence, the second named by a lower-case phrase, are two claims",
    raw: "The ferry talks resumed in May.\n\nDale Pruitt said the plan was dead, and officials said talks would resume on Monday.\n\nCritics say the levy is the worst deal the harbour has signed, while councillor Dana Holt called the board's plan a burden on every family.",
    want: [
      { has: "plan was dead", speaker: "Dale Pruitt" },
      { has: "talks would resume", speaker: "Officials", speakerKind: "group" },
      { has: "worst deal the harbour", speaker: "Critics" },
      { has: "burden on every family", speaker: "Dana Holt", role: "councillor" },
    ],
  },
  {
    name: "a second clause that goes on with the statement, or opens with a pronoun or a participle, is not a second claim",
    raw: "The ferry talks resumed in May.\n\nDale Pruitt noted that the levy had fallen, and that ferry users should worry more about the winter timetable.\n\nMost harbour board members have said they would support the levy, while emphasizing it's not an endorsement of the operator.\n\nThe board members say the levy is fair, and they say the operator must publish its figures.",
    want: [
      { has: "should worry more", speaker: "Dale Pruitt", alsoHas: "levy had fallen" },
      { has: "not an endorsement", speaker: "*", notSpeaker: "It's not an endorsement", alsoHas: "support the levy" },
      { has: "publish its figures", speaker: "Board members", alsoHas: "levy is fair" },
    ],
  },

  {
    name: "an inverted attribution after a quote that opens mid-sentence",
    raw: "Lucas Mendes ran the port for a decade.\n\nBut “if you question the plan, you are out of the room,” said Mendes.",
    want: [{ has: "out of the room", speaker: "Lucas Mendes", kind: "direct" }],
  },
  {
    name: "a ruling speaks (…, the unsigned ruling said)",
    raw: "The appeal was heard in January.\n\nThe permit was issued without a proper review, the unsigned ruling said.",
    want: [{ has: "proper review", speaker: "The unsigned ruling", speakerKind: "organization" }],
  },
  {
    name: "a person by age (said the 46-year-old)",
    raw: "The festival closed on Sunday.\n\n“It was the best week of my life,” said the 46-year-old.",
    want: [{ has: "best week", speaker: "46-year-old", speakerKind: "role", kind: "direct" }],
  },

  {
    name: "a party role after an aside, its verb joined to another (criticized … and said …)",
    raw: "Speaker Nora Pettigrew, the Vermont Republican, met donors on Monday.\n\nIn an interview on Thursday, the Vermont Republican criticized the budget and said the cuts went too far.",
    want: [{ has: "cuts went too far", speaker: "Nora Pettigrew" }],
  },
  {
    name: "a share of people with an aside (a third of voters, 33%, say)",
    raw: "The poll was taken in March.\n\nA third of independent voters, 33%, say they feel that way about the plan.",
    want: [{ has: "feel that way", speaker: "Third of independent voters", speakerKind: "group" }],
  },
  {
    name: "people named by a plural noun (abortion rights advocates said)",
    raw: "The court ruled on Monday.\n\nHousing rights advocates said the ruling made the fight more urgent.",
    want: [{ has: "more urgent", speaker: "Housing rights advocates", speakerKind: "group" }],
  },
  {
    name: "his campaign: the body of the person just named",
    raw: "Omar Castellanos raised money all month.\n\nHis campaign said he ended December with $2 million in cash.",
    want: [{ has: "ended December", speaker: "Omar Castellanos campaign", speakerKind: "organization" }],
  },

  {
    name: "a naming verb with one quoted word (called the mayor “reckless”)",
    raw: "The council met on Monday.\n\nOn social media, Councilwoman Rita Okafor called the mayor “reckless.”",
    want: [{ has: "reckless", speaker: "Rita Okafor" }],
  },
  {
    name: "a verb of blame with the words quoted (slammed … as “…”)",
    raw: "The budget passed on Tuesday.\n\nDana Whitfield slammed the budget as “a gift to the few” in a radio interview.",
    want: [{ has: "gift to the few", speaker: "Dana Whitfield" }],
  },
  {
    name: "a document and what was done to it (a TV ad released Thursday accuses …)",
    raw: "The race turned bitter this week.\n\nA campaign TV ad released Thursday accuses Okafor of “selling the harbour to her friends.”",
    want: [{ has: "selling the harbour", speaker: "Campaign TV ad", speakerKind: "organization" }],
  },

  {
    name: "a date in a relative clause describes the speaker, not when they spoke",
    raw: "The port reopened last week.\n\nLucas Mendes, who ran the harbour board from 2012 until January, said the reopening came too late.",
    want: [{ has: "came too late", speaker: "Lucas Mendes", date: "2025-03-14", dateBasis: "published" }],
  },
  {
    name: "a participle's own subject after 'with' (…, with Okafor tweeting that …)",
    raw: "Rita Okafor and Dale Pruitt both spoke on Monday.\n\nCouncil members were quick to respond, with Okafor tweeting that the vote was rigged.",
    want: [{ has: "vote was rigged", speaker: "Rita Okafor" }],
  },
  {
    name: "a place in a role picks that place's person (the Florida senator, not the Vermont one)",
    raw: "Vermont Senator Dana Whitfield spoke first. Florida Senator Omar Castellanos spoke next.\n\nThe Florida senator told reporters the bill would pass.",
    want: [{ has: "bill would pass", speaker: "Omar Castellanos" }],
  },

  {
    name: "one person, one id: full name with particles, the role with the place, honorific + first name, the name's end",
    raw: [
      "Kestovia's Prime Minister Sheikh Hamad bin Khalid Al Marri hosted the talks on Monday.",
      "Kestovia's prime minister said the deal was close.",
      "“We are very near,” Sheikh Hamad told reporters.",
      "Al Marri said the deal would hold.",
    ].join("\n\n"),
    want: [
      { has: "deal was close", speaker: "Hamad bin Khalid Al Marri" },
      { has: "very near", speaker: "Hamad bin Khalid Al Marri" },
      { has: "would hold", speaker: "Hamad bin Khalid Al Marri" },
    ],
  },
  {
    name: "a nationality's role later names the person introduced with it",
    raw: "Israeli Prime Minister Dana Whitfield rejected the plan on Monday.\n\nLater, Israel's prime minister said the war would go on.",
    want: [{ has: "war would go on", speaker: "Dana Whitfield" }],
  },

  {
    name: "according to someone's own figures: the someone is the source",
    raw: "The strike entered its third week.\n\nThe strike cost the harbour four million a day, according to the port's own figures.",
    want: [{ has: "four million", speaker: "Port", speakerKind: "organization" }],
  },

  // ── signed statements, colon introductions, unknown speakers ──────────
  {
    name: "quotes signed with a dash and a name (a round-up of readers)",
    raw: [
      "We asked readers what they made of the harbour vote.",
      "“The vote was rushed. Nobody read the plan.” ― Talia Brennick “I am glad it passed at last.”― Osric P. Vand “It will cost us all.” ― Mira Lode. Photo: Archive.",
    ].join("\n\n"),
    want: [
      { has: "vote was rushed", speaker: "Talia Brennick", kind: "direct" },
      { has: "glad it passed", speaker: "Osric P. Vand", kind: "direct" },
      { has: "cost us all", speaker: "Mira Lode", kind: "direct" },
    ],
  },
  {
    name: "an embedded post signed with name, handle and date",
    raw: [
      "The mayor answered on social media.",
      "The harbour deal is a good one for every family in this town. — Jane Roe (@MayorRoe) March 3, 2025",
      "Council members did not reply.",
    ].join("\n\n"),
    want: [{ has: "good one for every family", speaker: "Jane Roe", kind: "direct", date: "2025-03-03", dateBasis: "stated" }],
  },
  {
    name: "an embedded post whose signature stands on its own line",
    raw: "The mayor answered on social media.\n\nThe harbour deal is a good one for every family in this town.\n— Jane Roe (@MayorRoe) March 3, 2025",
    want: [{ has: "good one for every family", speaker: "Jane Roe", date: "2025-03-03" }],
  },
  {
    name: "'He said:' alone before the quote's paragraph",
    raw: 'Mayor Tomas Velde spoke after the vote.\n\nHe said:\n\n"We have waited ten years for this harbour. Now we can build it."',
    want: [{ has: "waited ten years", speaker: "Tomas Velde", kind: "direct" }],
  },
  {
    name: "'X continued:' closing a paragraph, the quote opening the next",
    raw: 'Pollster Aida Krane met reporters on Monday.\n\nKrane continued:\n\n"The numbers have not moved in a month, and they will not move now."',
    want: [{ has: "numbers have not moved", speaker: "Aida Krane", kind: "direct" }],
  },
  {
    name: "a surname that is also a nationality word, once the person is named",
    raw: "The investor Mark Cuban spoke on Sunday.\n\n“It is too early to tell,” Cuban said in an interview.",
    want: [{ has: "too early to tell", speaker: "Mark Cuban" }],
  },
  {
    name: "'said one <state> <party member>'",
    raw: "The primary is close.\n\n“It will be decided by a few hundred votes,” said one Ohio Democrat.",
    want: [{ has: "few hundred votes", speaker: "One Ohio Democrat", speakerKind: "role" }],
  },
  {
    name: "a quote and 'said' with a phrase that names no one we know",
    raw: "The convention opened on Friday.\n\n“Focus your votes on this slate,” said the printed delegate card.",
    want: [{ has: "Focus your votes", speaker: "Printed delegate card", speakerKind: "role" }],
  },
  {
    name: "a place after 'of' is where the speaker is from",
    raw: "The committee met late.\n\n“This is a waste of time and money,” said Del. Ana Rivas of the Virgin Islands.",
    want: [{ has: "waste of time", speaker: "Ana Rivas" }],
  },
  {
    name: "an aside after the inverted name, cut open by the sentence's end",
    raw: "The tax plan was published.\n\nTaxing gains “is a misguided approach,” said Mr. Orlan (a view echoed by others).",
    want: [{ has: "misguided approach", speaker: "Orlan" }],
  },
  {
    name: "a short quote the verb introduces",
    raw: "Senator Ruth Ambler was asked about the post.\n\nMs. Ambler shook her head and said, “No.”",
    want: [{ has: "No.", speaker: "Ruth Ambler" }],
  },
  {
    name: "progressive naming verb ('is describing as')",
    raw: "Governor Lena Strand spoke in Ohio.\n\nLena Strand is describing as “reckless” a plan to close the port.",
    want: [{ has: "reckless", speaker: "Lena Strand" }],
  },
  {
    name: "a pronoun right before the verb is its subject",
    raw: "Senator Paul Okoro travelled to Moscow.\n\nIn an interview with a state network he blasted the press for being “utterly dishonest.”",
    want: [{ has: "utterly dishonest", speaker: "Paul Okoro" }],
  },
  {
    name: "a subordinate clause opening the sentence ('Though she called …')",
    raw: "Senator Mia Hale questioned the bank.\n\nThough she called the bank's conduct “outrageous,” the chairman restricted his comments.",
    want: [{ has: "outrageous", speaker: "Mia Hale" }],
  },
  {
    name: "a people as speaker, with an adverb before the verb",
    raw: "The border is long.\n\nLamenting their luck, Kestovians often say, “So far from the sea, so close to the mountains.”",
    want: [{ has: "far from the sea", speaker: "Kestovians" }],
  },

  {
    name: "a transcript: paragraphs headed by speakers' names in capitals",
    raw: [
      "Merrow backs the harbour bill",
      "Governor Ana Merrow spoke to host Leo Brandt on Sunday about the harbour bill.",
      "Partial transcript:",
      '"BRANDT: Will the harbour bill pass this week, Governor?',
      '"MERROW: Well, look, it will pass, because the votes are there and the families want it.',
      '"But the council has to do its part as well, and I think it will."',
    ].join("\n\n"),
    want: [
      { has: "Will the harbour bill pass", speaker: "Leo Brandt", kind: "direct" },
      { has: "votes are there", speaker: "Ana Merrow", kind: "direct" },
      { has: "council has to do its part", speaker: "Ana Merrow" },
    ],
  },
  {
    name: "an editorial label is no speaker",
    raw: "Title line of the story here\n\nUPDATE: The council has postponed the vote to next week.\n\nCORRECTION: An earlier version misstated the date.",
    none: true,
  },
  {
    name: "a headline 'Name: statement' above the story",
    raw: "Merrow: Harbour Bill Will Pass This Week\n\nGovernor Ana Merrow spoke on Sunday about the harbour bill and the vote.",
    want: [{ has: "Harbour Bill Will Pass", speaker: "Ana Merrow" }],
  },
  {
    name: "'X made the following comment:' ending a paragraph",
    raw: "Senator Ruth Ambler has spoken about jobs before.\n\nOn July 6, 2023, Ambler made the following comment:\n\n“For young people who left school, the jobless rate is 33 percent.”",
    want: [{ has: "jobless rate is 33 percent", speaker: "Ruth Ambler", date: "2023-07-06" }],
  },
  {
    name: "'I' without a byline is the writer",
    raw: "My mother believed in omens.\n\nOne night she warned me again. I laughed and said, “I don't believe in omens.”",
    want: [{ has: "believe in omens", speaker: "The author", speakerKind: "role" }],
  },
  {
    name: "words voiced beside a quote (chanted, read)",
    raw: [
      "The march went on past midnight.",
      "The marchers chanted “Open the port!” as they walked.",
      "The Harbour Gazette covered the strike. “The port is closed and the city waits,” the article read.",
    ].join("\n\n"),
    want: [
      { has: "Open the port", speaker: "Marchers", speakerKind: "group" },
      { has: "city waits", speaker: "The article", speakerKind: "organization" },
    ],
  },
  {
    name: "'read' with no quote beside it is no speech",
    raw: "The minister arrived early.\n\nHe read the report to the committee on Monday.",
    none: true,
  },
  {
    name: "a hometown with an abbreviated state between name and verb",
    raw: "Visitors queued all day.\n\n“It was moving to see it,” Dana Pell Rawlins, 59, of Ashton, Md., said.",
    want: [{ has: "moving to see it", speaker: "Dana Pell Rawlins" }],
  },
  {
    name: "a question and 'demanded' after it",
    raw: "Senators Paul Vetter and Jon Tesh questioned the banker.\n\n“Why is this not proof that the bank is too big to manage?” Vetter demanded.",
    want: [{ has: "too big to manage", speaker: "Paul Vetter" }],
  },
  {
    name: "a headline '…, Department says' names the body, not its spokesperson",
    raw: "Kestovia will support the talks, Foreign Department says\n\nForeign Department spokesperson Ida Lund said on Monday that Kestovia would support the talks.",
    want: [
      { has: "will support the talks, Foreign", speaker: "Foreign Department", speakerKind: "organization" },
      { has: "would support the talks", speaker: "Ida Lund" },
    ],
  },
  {
    name: "'It said' after a body was named: the body",
    raw: "The inspector general's report was released by the Harbour Authority on Monday.\n\nIt said officials had concealed the breaches from the council.",
    want: [{ has: "concealed the breaches", speaker: "Harbour Authority", speakerKind: "organization" }],
  },
  {
    name: "'It' with no body named before is no one",
    raw: "It rained all week in the valley.\n\nIt said nothing about the harvest.",
    none: true,
  },
  {
    name: "a mid-sentence attribution by 'a wide array of' people",
    raw: "The bank raised rates in spring.\n\nRaising rates too soon, a wide array of economists say, slowed the recovery.",
    want: [{ has: "slowed the recovery", speaker: "Wide array of economists", speakerKind: "group" }],
  },
  {
    name: "a long news paragraph about donations is not a pitch",
    raw: "The campaign released its figures.\n\nCampaign aides said the average donation during the fundraising quarter was $27, and that more than a million people had given to the campaign since it began last spring.",
    want: [{ has: "average donation", speaker: "Campaign aides", speakerKind: "group" }],
  },
  {
    name: "a short news paragraph that reports someone's words about donations is not a pitch",
    raw: "The campaign released its figures.\n\nMara Quill says the average donation amount was $27.\n\nDonate to our newsroom today.",
    want: [{ has: "average donation amount", speaker: "Mara Quill" }],
  },
  {
    name: "a party in a role must be the person's party",
    raw: "Republican presidential candidate Tom Hale spoke first.\n\nLater, the Democratic presidential candidate said that the plan was absurd.",
    want: [{ has: "plan was absurd", speaker: "Democratic presidential candidate", notSpeaker: "Tom Hale" }],
  },
  {
    name: "'As X put it, “…”'",
    raw: "The singer was everywhere that week.\n\nAs the Harbour Gazette put it, “Hello, it is the star again.”",
    want: [{ has: "star again", speaker: "Harbour Gazette" }],
  },
  {
    name: "a question, then 'asked' and a speaker with a long aside",
    raw: "Senators met on Tuesday.\n\n“Asking a delegate to vote himself out?” asked Sen. Ana Mikul of Maryland, who wants a commission to examine the rules.",
    want: [{ has: "vote himself out", speaker: "Ana Mikul" }],
  },
  {
    name: "an opening participle phrase is not the subject",
    raw: "Governor Ben Carrow spoke in Salem.\n\nContinuing to explain his view, Carrow rejected the notion, saying that the plan “was rotten from the start.”",
    want: [{ has: "rotten from the start", speaker: "Ben Carrow" }],
  },
  {
    name: "'Here in <place>,' opening the sentence",
    raw: "Senator Ruth Ambler toured the state.\n\nHere in Columbia, Ambler stepped up her criticism, saying, “We have to fix the roads before the winter comes.”",
    want: [{ has: "fix the roads", speaker: "Ruth Ambler" }],
  },
  {
    name: "'put it' with no quote beside it is no speech",
    raw: "The minister arrived early.\n\nHe put it on the shelf before the meeting began.",
    none: true,
  },
  // ── a weaker verb: with a clause without "that", or closing the sentence ──
  {
    name: "'reported' with a clause without 'that'",
    raw: "The harbour talks resumed in May.\n\nMayor Lena Dorsch reported the union had rejected the offer twice.",
    want: [{ has: "rejected the offer", speaker: "Lena Dorsch", kind: "indirect" }],
  },
  {
    name: "'suggested' with a clause without 'that', and a modal",
    raw: "The council met on Tuesday.\n\nCouncillor Omar Fenwick suggested the vote should wait until the autumn.",
    want: [{ has: "vote should wait", speaker: "Omar Fenwick" }],
  },
  {
    name: "'believes' after an apposition, with a clause without 'that'",
    raw: "The port has lost money for years.\n\nThe harbour chief, Tomas Reyle, believes the deal can still be saved.",
    want: [{ has: "deal can still be saved", speaker: "Tomas Reyle" }],
  },
  {
    name: "'reported' closing the sentence after a comma",
    raw: "Detective Ines Marlow led the inquiry.\n\nThe suspect had worked at the depot for a decade, Marlow reported on Tuesday.",
    want: [{ has: "worked at the depot", speaker: "Ines Marlow" }],
  },
  {
    name: "an outlet's name that ends in a word like a surname is the outlet",
    raw: "The harbour talks resumed in May.\n\nThe union had rejected the offer twice, the Daily Courier reported.",
    want: [{ has: "rejected the offer", speaker: "Daily Courier", speakerKind: "organization" }],
  },
  {
    name: "a lone acronym no list has is a body (closing the sentence, and opening it)",
    raw: "The harbour talks resumed in May.\n\nThe union had rejected the offer twice, HRVTV reported.\n\nHPRA argues that the docks should stay open.",
    want: [
      { has: "rejected the offer", speaker: "HRVTV", speakerKind: "organization" },
      { has: "docks should stay open", speaker: "HPRA", speakerKind: "organization" },
    ],
  },
  {
    name: "a campaign manager's title is no part of the name",
    raw: "The harbour talks resumed in May.\n\nCampaign Manager Ida Kestrel said the mayor would not sign the deal.",
    want: [{ has: "would not sign", speaker: "Ida Kestrel", speakerKind: "person" }],
  },
  {
    name: "'announced' with an object, no clause, is no statement",
    raw: "The dockers met on Sunday.\n\nUnion leader Kofi Brandt announced a strike for next Monday.",
    none: true,
  },
  {
    name: "'reported' with a participle is no statement",
    raw: "The filing was published in May.\n\nSenator Alma Voss reported holding shares in three shipping firms.",
    none: true,
  },
  {
    name: "a weaker verb read as a noun after a preposition is no speech",
    raw: "Turnout was low.\n\nSome voters stayed home in hopes turnout would fall below the threshold.",
    none: true,
  },
  {
    name: "a plural noun closing a relative clause is no speech",
    raw: "The senator spent the week on television.\n\nEven the day after a debate, the candidate in the spotlight was Senator Pia Lund, who took to the talk shows.",
    none: true,
  },
  // ── negatives ─────────────────────────────────────────────────────────
  {
    name: "passive 'is said to be'",
    raw: "The film opened in forty cinemas.\n\nThe film is said to be a success among critics this year.",
    none: true,
  },
  {
    name: "'was told to wait'",
    raw: "The visitor arrived early for the meeting.\n\nShe was told to wait outside the building for an hour.",
    none: true,
  },
  {
    name: "declined to comment",
    raw: "The company has not published its results.\n\nThe spokesman declined to comment on the matter.",
    none: true,
  },
  {
    name: "a scare quote without speech",
    raw: "The talks lasted most of the winter.\n\nThe so-called “peace plan” was published in March.",
    none: true,
  },
  {
    name: "a dash and a name that go on with the sentence are no signature",
    raw: "The plan was debated.\n\nHe called it “a disgrace.” — Obama, in contrast, stayed calm during the meeting.",
    none: true,
  },
  {
    name: "a clause about speech is no speaker",
    raw: "The budget was published.\n\nWhat the columnists are saying about the budget.",
    none: true,
  },
  {
    name: "a body named after an office (Council of …) is an organisation, not a person a pronoun can mean",
    raw: "Pruitt’s stridency was echoed by former Ohio Gov. Mark Ellis. But the other candidate on the stage, former Secretary of State Lena Ortiz, drew a contrast, saying that concerns about job loss — as articulated by Tom Brandt, the former chairman of President Carl Weber’s Council of Economic Advisers — were not to be dismissed.\n\n“I do take what Tom Brandt said seriously. He is the foremost expert on the minimum wage,” she said.",
    want: [{ has: "I do take what", speaker: "Lena Ortiz", speakerKind: "person" }],
  },
  {
    name: "a title, a name and where they are from (Chairman … of North Dakota)",
    raw: "The Harbour Caucus opposes the plan.\n\nHBC Chairman G.K. Weller of North Dakota said he was outraged to even hear about it.",
    want: [{ has: "outraged", speaker: "G.K. Weller", speakerKind: "person" }],
  },
  {
    name: "a time between the subject and its verb (last week said, earlier Thursday told)",
    raw: "Senator Lena Ortiz (D-Ohio) last week said the levy was not the cause of the deficit.\n\nDale Pruitt earlier Thursday told reporters the terminal would open in May.",
    want: [
      { has: "not the cause", speaker: "Lena Ortiz", speakerKind: "person" },
      { has: "would open in May", speaker: "Dale Pruitt", speakerKind: "person" },
    ],
  },
  {
    name: "a time after an aside: the subject stands before the aside",
    raw: "Mara Quill spoke at the harbour on Monday.\n\nQuill, who backed Dale Pruitt and opposed Lena Ortiz during the primaries, last week said Ortiz was seeking to start a movement.",
    want: [{ has: "seeking to start", speaker: "Mara Quill" }],
  },
  {
    name: "a weekday that ends a name is no time (Super Tuesday)",
    raw: "The race moves south.\n\nFlorida isn't a Super Tuesday state, but both candidates had good reason to be there.",
    none: true,
  },
  {
    name: "after the verb, a role and then the name it describes (said the company's chief executive, Tomas R. Vell)",
    raw: "The plant is hanging on.\n\nIt is under intense pressure from imports, said the company's chief executive, Tomas R. Vell.\n\nPaul Renner ran the plant for years. He also had a voice in its investments, said a former spokesman for the Harbour Ministry, Oleg Varn, who now works in Brussels.",
    want: [
      { has: "intense pressure", speaker: "Tomas R. Vell", speakerKind: "person", role: "company's chief executive" },
      { has: "had a voice", speaker: "Oleg Varn", speakerKind: "person", role: "former spokesman for the Harbour Ministry" },
    ],
  },
  {
    name: "a plain text's first line in a headline's form, with a full stop, is its headline (Pence: …)",
    raw: "Ortiz: The Ferry Levy Will Stay.\n\nGovernor Lena Ortiz spoke to the harbour board on Monday about the ferry levy and the new terminal.",
    want: [{ has: "Levy Will Stay", speaker: "Lena Ortiz", speakerKind: "person" }],
  },
  {
    name: "a first line in a headline's form with no one the article names before the colon",
    raw: "Revealed: The Board Hid The Ferry Report.\n\nThe harbour board met on Monday to discuss the ferry levy and the new terminal.",
    none: true,
  },
  {
    name: "a headline whose label names no one the article names is no one's",
    raw: "Revealed: Board Hid The Ferry Report From Riverton Voters\n\nThe harbour board met on Monday to discuss the ferry levy and the new terminal.",
    none: true,
  },
  {
    name: "a first line that reports speech itself is body: it names who a later “he” means",
    raw: "Update: Mayor Dale Pruitt said the levy would stay.\n\nHe said the ferry would run all winter.",
    want: [
      { has: "levy would stay", speaker: "Dale Pruitt" },
      { has: "all winter", speaker: "Dale Pruitt" },
    ],
  },
  {
    name: "a weaker verb set off by commas inside the statement (…, Mr. Pruitt argued, is …)",
    raw: "The levy was debated.\n\nThe allure of the levy itself, Mr. Dale Pruitt argued, is largely a chimera.\n\nFor years, Lena Ortiz believes, the ferry lost money every winter.",
    want: [
      { has: "largely a chimera", speaker: "Dale Pruitt", speakerKind: "person" },
      { has: "lost money", speaker: "Lena Ortiz", speakerKind: "person" },
    ],
  },
  {
    name: "a weaker verb set off by commas after “they” or “I” says too little of whom",
    raw: "The levy was debated.\n\nSuch efforts, they believe, will render the levy moot.\n\nLook out, harbour board, I thought, here comes the ferry.",
    none: true,
  },
  {
    name: "a weaker verb, where it was said, then “that” and a clause (claimed in an interview with … that he)",
    raw: "The ferry levy was debated.\n\nDale Pruitt claimed in an interview with the Riverton Courier that he had never met the ferry operators.\n\nMara Quill suggested on social media that the board was hiding the report.",
    want: [
      { has: "never met", speaker: "Dale Pruitt", speakerKind: "person" },
      { has: "hiding the report", speaker: "Mara Quill", speakerKind: "person" },
    ],
  },
  {
    name: "a relative “that”, “to” and an infinitive, “so that” after a weaker verb report nothing",
    raw: "The ferry levy was debated.\n\nLena Ortiz argued in favour of a plan that would cut the levy.\n\nThe board hopes to make the case to voters that the levy is fair.\n\nThe board asked the operators to keep the office open so that workers could file.",
    none: true,
  },
  {
    name: "a noun that is also a weaker verb is no verb (an earlier report in the Courier said that …)",
    raw: "The ferry levy was debated.\n\nAn earlier report in the Riverton Courier said that Pruitt had met the operators.",
    want: [{ has: "had met the operators", speaker: "*", notSpeaker: "Earlier" }],
  },
  {
    name: "a title-case headline's verb (Mara Quill Says …) is a verb",
    raw: "Mara Quill Says The Ferry Levy Will Stay Until The Spring\n\nCouncilwoman Mara Quill spoke to the harbour board on Monday about the ferry levy.",
    want: [{ has: "Levy Will Stay", speaker: "Mara Quill", speakerKind: "person" }],
  },
  {
    name: "a title-case first line with a full stop is the headline too",
    raw: "Dale Pruitt Says The Levy Will Stay.\n\nMayor Dale Pruitt spoke to the harbour board on Monday about the ferry levy and the terminal.",
    want: [{ has: "The Levy Will Stay", speaker: "Dale Pruitt", speakerKind: "person" }],
  },
  {
    name: "a title-case headline whose subject the article never names is no one's",
    raw: "Popular Website Shows Bias Against The Ferry Board\n\nThe harbour board met on Monday to discuss the ferry levy and the new terminal.",
    none: true,
  },
  {
    name: "a title-case headline's label comes before its words' verbs (Ortiz: I Still Believe …)",
    raw: "Ortiz: I Still Believe The Levy Is Fair To Riverton\n\nGovernor Lena Ortiz spoke to the harbour board on Monday about the ferry levy.",
    want: [{ has: "Levy Is Fair", speaker: "Lena Ortiz", speakerKind: "person" }],
  },
  {
    name: "a passive without its auxiliary is no one's statement (Accused Of …, accused of …)",
    raw: "Harbour Board Accused Of Hiding The Ferry Report\n\nThe harbour board met on Monday to discuss the ferry levy.\n\nThe man accused of hiding the ferry report will remain in custody.",
    none: true,
  },
  {
    name: "“responded by” and a gerund is a means, not a passive's agent",
    raw: "The ferry levy was debated.\n\nDale Pruitt responded by saying the levy would stay.",
    want: [{ has: "levy would stay", speaker: "Dale Pruitt" }],
  },
  {
    name: "an indirect question after “asked” (asked Pruitt how high …, asked if …)",
    raw: "The ferry levy was debated.\n\nMara Quill asked Dale Pruitt how high the levy would be.\n\nA reporter asked if the ferry would run in winter.",
    want: [
      { has: "how high the levy", speaker: "Mara Quill", speakerKind: "person" },
      { has: "run in winter", speaker: "Reporter", speakerKind: "role" },
    ],
  },
  {
    name: "the quote after a question is the answer of the one asked",
    raw: "Mayor Dale Pruitt spoke at the harbour on Monday.\n\nPruitt did not sound sure when Mara Quill asked whether the levy would stay.\n\n“The one thing I can predict is that it will be close,” he said.",
    want: [
      { has: "whether the levy would stay", speaker: "Mara Quill" },
      { has: "it will be close", speaker: "Dale Pruitt" },
    ],
  },
  {
    name: "one who “was once asked” is asked, not asking",
    raw: "The ferry levy was debated.\n\nLena Ortiz was once asked how the levy would end.",
    none: true,
  },
  {
    name: "a role noun a few words before a name is not that person's role (a reporter asked if recent Special Operations …)",
    raw: "Dale Pruitt spoke to the Courier on Monday.\n\nHe drew a distinction when a reporter asked if recent Special Operations deployments in Riverton meant that he was reversing his pledge.",
    want: [{ has: "reversing his pledge", speaker: "Reporter", speakerKind: "role" }],
  },
  {
    name: "a weaker verb, a time, a comma and the clause; a weaker verb and a colon before a quote",
    raw: "Mayor Dale Pruitt spoke on Monday.\n\nThe Riverton Courier reported on Saturday, he has already emerged as an adviser to the governor.\n\nPruitt argued: “The levy is fair to everyone in Riverton.”",
    want: [
      { has: "emerged as an adviser", speaker: "*" },
      { has: "fair to everyone", speaker: "Dale Pruitt" },
    ],
  },
  {
    name: "a weaker verb, where, a colon and a quote (posted on Facebook: “…”)",
    raw: "Governor Lena Ortiz spoke on Monday.\n\nOrtiz posted on Facebook: “The ferry will run all winter.”",
    want: [{ has: "run all winter", speaker: "Lena Ortiz", kind: "direct" }],
  },
  {
    name: "a weaker verb after a comma with its object is no report of speech",
    raw: "The ferry report was lost.\n\nThe board found the report, reported it to the police, and removed it.",
    none: true,
  },
  {
    name: "a country's body by its kind's word (Ukraine's foreign ministry said)",
    raw: "The talks were postponed.\n\nUkraine's foreign ministry said the talks would resume in March.",
    want: [{ has: "resume in March", speaker: "Ukraine foreign ministry", speakerKind: "organization" }],
  },
  {
    name: "a possessor's description set off by commas after a name is an apposition (Tomas Vell, Pruitt's campaign manager, said)",
    raw: "The campaign released its figures.\n\nTomas Vell, Dale Pruitt's campaign manager, said the numbers put the campaign on pace.\n\nHolger Brand of Berenberg, Germany's largest private bank, warned that the talks would fail.",
    want: [
      { has: "on pace", speaker: "Tomas Vell", speakerKind: "person", role: "Dale Pruitt's campaign manager" },
      { has: "talks would fail", speaker: "Holger Brand", speakerKind: "person" },
    ],
  },
  {
    name: "a possessive subject after an opening adverbial is the subject, not an aside",
    raw: "Dale Pruitt was criticised on Monday.\n\nIn a statement defending Pruitt, Mara Quill's campaign said he would be represented by his own lawyers.",
    want: [{ has: "represented by his own lawyers", speaker: "*", notSpeaker: "Dale Pruitt" }],
  },
  {
    name: "a reader's words opened with a closing mark (”…”) and signed with a horizontal bar",
    raw: "Readers shared their views on the levy.\n\n”Fortunately, the board is open about the levy. Unfortunately, many will support it anyway.” ― Ana Pimentel\n“The ferry should run all winter.” ― Tomas Reyes",
    want: [
      { has: "Fortunately, the board", speaker: "Ana Pimentel", alsoHas: "support it anyway" },
      { has: "run all winter", speaker: "Tomas Reyes" },
    ],
  },
  {
    name: "“called for” and “calling for” state a demand",
    raw: "The talks stalled in March.\n\nSenator Lena Ortiz called for an immediate ceasefire and new talks in Geneva.\n\nMara Quill has been calling for an end to the automatic budget cuts.",
    want: [
      { has: "immediate ceasefire", speaker: "Lena Ortiz", speakerKind: "person" },
      { has: "automatic budget cuts", speaker: "Mara Quill", speakerKind: "person" },
    ],
  },
  {
    name: "“calls for” as a noun, and “as called for”, state nothing",
    raw: "The talks stalled in March.\n\nAlongside the union's calls for action, the board met on Monday.\n\nVoters preferred Ortiz' call for a referendum over the board's plan.\n\nThe levy, as called for in the agreement, would fall by half.",
    none: true,
  },
  {
    name: "“described … as”, “portrayed … as”, “cited … as”: a characterisation is a statement",
    raw: "The levy was debated.\n\nDale Pruitt described the levy as a burden on every family in Riverton.\n\nLena Ortiz has portrayed the board as ready for new talks.\n\nIan Morrow cited the mayor's remarks about the ferry as evidence of the board's contempt for its riders.",
    want: [
      { has: "burden on every family", speaker: "Dale Pruitt" },
      { has: "ready for new talks", speaker: "Lena Ortiz" },
      { has: "evidence of the board's contempt", speaker: "Ian Morrow" },
    ],
  },
  {
    name: "“called X a Y”: the name given is a statement, without a quote",
    raw: "The levy was debated.\n\nDale Pruitt called the levy a burden on every family in Riverton.\n\nCritics call it the worst deal the harbour has signed.\n\nLena Ortiz, speaking on the radio, called him an honest broker.",
    want: [
      { has: "burden on every family", speaker: "Dale Pruitt" },
      { has: "worst deal the harbour", speaker: "Critics" },
      { has: "honest broker", speaker: "Lena Ortiz" },
    ],
  },
  {
    name: "“called” a meeting, the race for someone, it a day: no name given",
    raw: "The levy was debated.\n\nThe board called a special meeting for Monday.\n\nThe Riverton Courier called the race for Pruitt on Tuesday night.\n\nAfter the vote the council called it a day.\n\nOrtiz called the harbour office a dozen times.",
    none: true,
  },
  {
    name: "a possessive is no part of a person's name (Dale Pruitts' plan … Pruitts said)",
    raw: "Dale Pruitts' plan for the levy was approved on Monday.\n\nPruitts said the levy would fall by half.",
    want: [{ has: "fall by half", speaker: "Dale Pruitts", speakerKind: "person" }],
  },
  {
    name: "praise and blame with “as” are characterisations too (dismissed … as, praised … as, denounced … as)",
    raw: "The levy was debated.\n\nDale Pruitt dismissed the board's report as a gift to the ferry operators.\n\nEven though critics hailed the plan as a rescue for the winter route, the board delayed it.\n\nLena Ortiz called the levy “a tax on work,” denounced its design as unfair to commuters and left.",
    want: [
      { has: "gift to the ferry operators", speaker: "Dale Pruitt" },
      { has: "rescue for the winter route", speaker: "Critics" },
      { has: "tax on work", speaker: "Lena Ortiz" },
    ],
  },
  {
    name: "“mentioned … as”, “pointed to … as”, “questioned whether”; a focus word is no part of the speaker",
    raw: "The levy was debated.\n\nDale Pruitt mentioned the fare rise as an example of the board's contempt for riders.\n\nThe harbour board pointed to the winter losses as the reason for the levy.\n\nLena Ortiz questioned whether the board had counted the riders at all.\n\nEven some of Pruitt's allies have described the levy as a mistake.\n\nOrtiz mentioned the ferry twice.",
    want: [
      { has: "example of the board's contempt", speaker: "Dale Pruitt" },
      { has: "reason for the levy", speaker: "Harbour board" },
      { has: "counted the riders", speaker: "Lena Ortiz" },
      { has: "levy as a mistake", speaker: "Some of Pruitt allies", notSpeaker: "Even some of Pruitt allies" },
    ],
  },
  {
    name: "“described by” and “self-described” characterise no one's words",
    raw: "The levy was debated.\n\nThe town described by the mayor is not the one its people know.\n\nPruitt is a self-described conservative from the harbour district.",
    none: true,
  },
  {
    name: "a quote inside a quote with the same marks does not end it (what he calls “hell” than …)",
    raw: "Readers sent us their views on the levy.\n\n“The ferry should run all winter, levy or no levy.” ― Tomas Reyes\n“As a mother of three, I would rather live in what he calls “hell” than pay his levy.” ― Ana Rodarte",
    want: [
      { has: "run all winter", speaker: "Tomas Reyes" },
      { has: "mother of three", speaker: "Ana Rodarte" },
    ],
  },
  {
    name: "the one “quoted as saying” is the speaker",
    raw: "Kremlin spokesman Dmitry Varnov spoke on Monday.\n\nThe talks will resume next week, Varnov was quoted as saying by the TASS news agency.",
    want: [{ has: "resume next week", speaker: "Dmitry Varnov", speakerKind: "person" }],
  },
  {
    name: "an aside set off by dashes between the subject and its verb (Vell — who is … — told)",
    raw: "The appeal was rejected.\n\nTomas Vell — who is listed as an attorney in Illinois but does not practice law — told the Courier he is not planning an appeal.\n\nLena Ortiz — after a knock-on-wood gesture — told me she has had a quiet year.",
    want: [
      { has: "not planning an appeal", speaker: "Tomas Vell" },
      { has: "quiet year", speaker: "Lena Ortiz" },
    ],
  },
  {
    name: "a headline line in quotes alone",
    raw: "“We Will Not Back Down”\n\nThe council met on Tuesday to discuss the budget. The meeting lasted three hours.",
    none: true,
  },
];

describe("attribution forms (invented sentences)", () => {
  it.each(rows.map((r) => [r.name, r] as const))("%s", (_, row) => {
    const out = run(row.raw, row.meta);
    const { claims } = out;
    const all = show(claims);

    if (row.published) expect.soft(out.article.published?.slice(0, 10), "article published").toBe(row.published);

    if (row.none) {
      expect.soft(claims.length, `expected no claim, got:\n${all}`).toBe(0);
      return;
    }

    for (const w of row.want ?? []) {
      const found = claims.filter((c) => c.text.includes(w.has));
      expect.soft(found.length, `a claim with “${w.has}”; got:\n${all}`).toBeGreaterThan(0);
      if (w.alsoHas) expect.soft(found.length, `exactly one claim with “${w.has}”; got:\n${all}`).toBe(1);
      for (const c of found) {
        const msg = (what: string) => `${what} of the claim with “${w.has}”; got:\n${all}`;
        if (w.speaker !== "*") expect.soft(c.speaker.name, msg("speaker")).toBe(w.speaker);
        if (w.notSpeaker) expect.soft(c.speaker.name, msg("speaker")).not.toBe(w.notSpeaker);
        if (w.speakerKind) expect.soft(c.speaker.kind, msg("speaker kind")).toBe(w.speakerKind);
        if (w.kind) expect.soft(c.kind, msg("kind")).toBe(w.kind);
        if (w.alsoHas) expect.soft(c.text, msg("text")).toContain(w.alsoHas);
        if (w.date !== undefined) expect.soft(c.date, msg("date")).toBe(w.date);
        if (w.dateBasis) expect.soft(c.dateBasis, msg("date basis")).toBe(w.dateBasis);
        if (w.role) expect.soft(c.speaker.role, msg("role")).toBe(w.role);
        if (w.noRole) expect.soft(c.speaker.role, msg("role")).toBeUndefined();
      }
    }

    // nothing else: no claim from an introductory sentence or a stray fragment
    const extra = claims.filter((c) => !(row.want ?? []).some((w) => c.text.includes(w.has)));
    expect.soft(extra.length, `claims no row asked for:\n${show(extra)}`).toBe(0);
  });
});

describe("a registry's person named later in the sentence", () => {
  // A role speaks ("the Ohio senator told …"); a registry name further on is who the words are about.
  const withPerson = makeRegistry([{ id: "dale-pruitt", name: "Dale Pruitt", kind: "person", aliases: ["Pruitt"], roles: [] }], []);
  it("is no apposition of the speaker", () => {
    const raw =
      "Mara Quill endorsed the mayor a month ago.\n\n“I stand by everything I said during the campaign,” the Ohio senator told the Courier on Thursday when asked if she still believes Pruitt cannot be trusted.";
    const { claims } = extractArticle({ id: "t", file: "t.txt", raw, meta: { published: PUBLISHED } }, withPerson);
    const found = claims.filter((c) => c.text.includes("I stand by everything"));
    expect(found.length, show(claims)).toBe(1);
    expect(found[0]!.speaker.name, show(claims)).not.toBe("Dale Pruitt");
  });
});

describe("a registry's body after a preposition", () => {
  const withBody = makeRegistry([{ id: "harbour-board", name: "Harbour Board", kind: "organization", aliases: [], roles: [] }], []);
  it("is the source, with no role made of the words before it", () => {
    const raw = "The ferry lost money again.\n\nThe ferry carried 12,000 fewer passengers this winter, according to the latest figures from the Harbour Board.";
    const { claims } = extractArticle({ id: "t", file: "t.txt", raw, meta: { published: PUBLISHED } }, withBody);
    const found = claims.filter((c) => c.text.includes("fewer passengers"));
    expect(found.length, show(claims)).toBe(1);
    expect(found[0]!.speaker.name).toBe("Harbour Board");
    expect(found[0]!.speaker.role ?? null, show(claims)).toBeNull();
  });
});
