import type { Span } from "../documents/document.js";
import { groupBySpan, opensSentence, sentences } from "../documents/sentences.js";
import { ABOUT_CARE, ALWAYS_DO, careTerms, COUNT, EVERY_ONE_IN, FINDINGS_BACK, GENERAL_CARE, givenTo, GREETED_OR_TAGGED, namesGroup, QUESTIONS_ABOUT, WARD, type CareTerm } from "./care.js";
import { contextEntries, contextTerms } from "./lists.js";
import { RETIRED_READER } from "./roles.js";

/** The reader's relatives, as a reply names them: "husband", "nephew", "little guy". */
export const RELATIVES = String.raw`(?:husband|wife|partner|spouse|mom|mother|dad|father|son|daughter|child|kid|kiddo|baby|toddler|twins|newborn|grandma|grandmother|grandpa|grandfather|grandson|granddaughter|brother|sister|aunt|uncle|niece|nephew|cousin|little\s+(?:guy|girl|boy|one|man|lady))`;
/** One described right after someone is named or addressed, as a pronoun would point back at them: "Not bad for a guy who had triple bypass surgery", "pretty good for a 70-year-old who", "Not bad for someone who ...". */
export const FOR_ONE_WHO = /\b(?:not\s+bad|pretty\s+(?:good|great)|impressive|amazing|incredible|remarkable|quite\s+a\s+[\p{L}-]+)\s+for\s+(?:a|an|someone|somebody)\s+(?:(?:guy|gal|man|woman|lady|person|gentleman|kid|girl|boy|grandma|grandpa|grandmother|grandfather|\d{1,3}-year-old)\s+)?who\b/iu;
/** The reader's relative: "your husband", "your dad's", or a family word used as a name, "Grandpa's", "(you brought) Grandpa", "(Congrats on) the twins". */
const YOUR_RELATIVE = new RegExp(String.raw`\b(?:your|ur)\s+${RELATIVES}(?:['’]s)?\b|\b(?:Grandpa|Grandma|Granny|Grandad|Nana|Papa|Mom|Mum|Dad)['’]s\b|(?<=\byou\s+(?:brought|took|drove|wheeled)\s+)(?:Grandpa|Grandma|Granny|Grandad|Nana|Papa|Mom|Mum|Dad)\b|(?<=\b(?:congrats|congratulations)\s+on\s+)the\s+(?:new\s+)?(?:twins|triplets|baby|babies|little\s+one)\b`, "iu");

/** Openers that address an audience or start a sentence, not one person: "Everyone,", "Caregivers,", "Today,", "Unfortunately,". */
const NOT_ADDRESSED = "everyone|everybody|friends|folks|team|all|newlyweds|graduates|grads|retirees|donors|volunteers|drivers|travelers|travellers|shoppers|hikers|cyclists|commuters|homeowners|visitors|guests|staff|colleagues|parents|families|moms|dads|neighbors|guys|ladies|nurses|patients|caregivers|seniors|veterans|students|teachers|survivors|runners|athletes|members|readers|followers|parents-to-be|grandparents|diabetics|women|men|kids|teens|today|tonight|yesterday|reminder|update|note|also|again|finally|remember|yes|no|ok|okay|well|wow|sadly|unfortunately|fortunately|luckily|recently|currently|meanwhile|however|first|next|then|now|here|plus|instead|still|monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const capitalised = (words: string) => words.split("|").map((w) => w[0].toUpperCase() + w.slice(1)).join("|");
/** What a reply may open on before the name it addresses: "Aww", "Yes", "Great question". */
/** Words that open a line with a comma and name no one: "Ugh, the ice machine ...", "Welp, ...", "So, ...". */
const OPENING_WORDS = "Ugh+|Hmm+|Yikes|Welp|Well|So|Ok|Lol|Whew|Phew|Ah+|Oops|Alright|Anyway|Also|Sadly|Honestly|Btw|Fyi|Reminder|Update|Today|Tonight|Yesterday";
const INTERJECTION = String.raw`(?:[Aa]w+|[Oo]h|[Ww]ow|[Yy]ay|OMG|[Oo]mg|[Yy]es|[Ss]ure|[Oo]kay|[Gg]reat\s+question)`;
/**
 * Case matters: the one addressed is written with a capital ("Hi Dana,", "Thanks,
 * Deputy Ortiz"), so "Thank you notes" or "Hi everyone" address no one. A
 * review's reply may open on thanks for what the reader wrote or did ("Thank
 * you for your review"). A name set off by an appositive opens a story, not a greeting: "Jayden, a
 * Westview High senior, beat ...", "Jayden, 17, beat ...", "Jada, age 14, wrote ...".
 */
const GREETING = new RegExp(String.raw`^\s*(?:(?:${INTERJECTION}[,!]?\s+)?(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood\s+(?:morning|afternoon|evening))\s+(?:there\s+)?|(?:[Tt]hanks|[Tt]hank\s+you),?\s+)(?!(?:${capitalised(NOT_ADDRESSED)})\b)(?:\p{Lu}\p{L}+|@[\w.]+)|(?:[Tt]hanks|[Tt]hank\s+you)\s+(?:so\s+much\s+)?for\s+(?:your|the|sharing|taking|reaching|letting|choosing|trusting)\b|@[\w.]+|(?:${INTERJECTION}[,!]?\s+)?(?:(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+)?(?!(?:${capitalised(NOT_ADDRESSED)}|${OPENING_WORDS})\b)\p{Lu}\p{Ll}+,\s(?!(?:(?:a|an|our|the|one\s+of)\s(?:[\p{L}'’-]+\s){0,3}[\p{L}'’-]+|(?:aged?\s)?\d{1,3}),\s)|(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+\s+[—–]\s+(?:thank|thanks|we|we['’]re|sorry|so)\b)`, "u");
/**
 * A message to someone known by where they were or by whose family they are: "To the family in the
 * third-floor waiting room last night: ...", "Family of the gentleman admitted last night: ...".
 */
const TO_SOMEONE = /^\s*(?:To\s+the\s+(?:[\p{L}-]+\s+){0,2}(?:family|man|woman|gentleman|lady|mom|dad|mother|father|couple|parents|grandma|grandpa|patient)\s+(?:in|who|at|on|from|with)\b|(?:To\s+(?:the\s+)?)?(?:[Ff]amily|[Pp]arents|[Ww]ife|[Hh]usband|[Dd]aughter|[Ss]on|[Ll]oved\s+ones)\s+of\s+(?:the|our)\s+[^:\n]{3,100}:)/u;
/** How replies are often headed: "Response to review:", "Reply to Yelp review:", "Google review reply:", "Yelp reply:", "Response to Google review from Tasha M.:", "Replying to @mark_t_77", "Responding to @danny_boy88:", "In reply to @hal:", "Re: @sammy_k's question,", "Responding to Pam's review:". */
const REPLY_HEADING = /^\s*(?:(?:owner(?:['’]s)?\s+|(?:google|yelp|facebook|fb|healthgrades|zocdoc|vitals)\s+(?:review\s+)?|review\s+)?(?:response|reply)(?:\s+to\s+(?:(?:a|the|this|your)\s+)?(?:[\p{L}-]+\s+)?(?:review|comment|post)(?:\s+(?:from|by)\s+[^:\n]{1,40})?(?:\s*\([^()\n]{1,40}\))?)?\s*:|(?:in\s+)?(?:replying|responding|reply|response)\s+to\s+@[\w.]+(?:\s+and\s+@[\w.]+)?\s*[:,]?|(?:in\s+)?(?:replying|responding|reply|response)\s+to\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?['’]s\s+(?:[\p{L}-]+\s+)?(?:review|comment|post|question|message)\s*:|re:\s*@[\w.]+(?:['’]s\s+(?:question|comment|post|review))?\s*[:,]?)\s*/iu;
/** A first sentence that closes on the one or two it addresses: "..., Paul.", "Happy 95th birthday, Mr. Fitzgerald!", "Welcome home, baby Noah!", "Rest easy, Mr. Hollis 🕊️", "Congrats on the new baby, Andre and Tasha!", "Congrats @kev_r!" (not "a patient, Mr. Alan K., with"). */
const VOCATIVE = /^[^.!?\n]{0,100},\s*(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?\s+|(?:baby|little)\s+)?(?!(?:Mr|Mrs|Ms|Mx|Dr|St|Jr|Sr)\.)(?:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}(?:\s+(?:and|&)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?|@[\w.]+)(?:[.!]|[^\S\n]*\p{Extended_Pictographic})|^(?:[Hh]appy|[Cc]ongrat(?:s|ulations))\b[^.!?\n@]{0,80}\s@[\w.]+\s*!/u;
/** A short apology, thanks or cheer, then the one addressed between commas: "So sorry, Mark, that the lab lost ...", "Congratulations, Mia, on ...". */
const ADDRESSED_AFTER = new RegExp(String.raw`^(?:(?:(?:[Ss]o|[Vv]ery|[Rr]eally|[Ww]e['’]re(?:\s+so)?)\s+)?sorry|[Ss]orry|[Cc]ongrat(?:s|ulations)|(?:[Tt]hanks|[Tt]hank\s+you)(?:\s+so\s+much)?|[Ww]elcome(?:\s+back|\s+home)?|[Hh]appy\s+birthday|[Oo]h\s+no|[Gg]reat\s+news|[Gg]ood\s+news)\s*[,!]\s+(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?\s+)?(?!(?:${capitalised(NOT_ADDRESSED)})\b)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?,\s`, "u");
const DECLINES = /\b(?:can(?:no|['’])t|cannot|unable\s+to|not\s+able\s+to|won['’]t|do\s+not)\s+(?:discuss|share|comment|confirm|talk\s+about)\b/i;
/** A sentence that sends whatever the reader's care or health may be to a private channel: "For anything about your care, please call us at ...", "If you have questions about your health, DM us" (not "your results", which confirms them). */
const ROUTES_PRIVATELY = new RegExp(String.raw`^\s*${GREETED_OR_TAGGED}(?:for|with|if\s+you\s+have)\s+(?:any(?:thing)?|questions?|concerns?|help)\s+(?:\w+\s+)?(?:about|regarding|related\s+to|with|on)\s+your\s+(?:own\s+)?(?:care|health|(?:medical|health)\s+(?:care|questions|information|details))\b[^.!?]*?\b(?:call|DM|message|email|e-mail|contact|reach)\b`, "iu");

/**
 * A reply: front matter says so, a heading says so ("Response to review:"), or
 * the text addresses a person ("@sam ...", "Hi Dana,", "Mr. Hanley,", "Mr. Estrada — thank you", "Aww Kristen,", "So sorry, Mark, that", "... for
 * your review, Paul.", "Happy birthday, Nora Quinn!", "Sorry, @ray_b!", "To
 * the family in the third-floor waiting room: ...", or later on, "So proud of you, Mrs. Dunbar.").
 */
export function isReply(text: string, meta: Record<string, unknown>): boolean {
  if (meta.type === "reply" || meta.in_reply_to !== undefined) return true;
  const body = text.replace(REPLY_HEADING, "");
  return body !== text || GREETING.test(body) || addressedAtEnd(body.trimStart()) || ADDRESSED_AFTER.test(body.trimStart()) || TO_SOMEONE.test(body) ||
    sentences(body).slice(1).some((s) => SPOKEN_TO.test(body.slice(s.start, s.end)) && addressedAtEnd(body.slice(s.start, s.end)));
}

/** Cheers that a later sentence or a cheering post may close on someone's name with: "Way to go, Jayden!", "Keep growing, baby Wren!". */
const CHEERS = String.raw`way\s+to\s+(?:go|heal)|you['’]ve\s+got\s+this|you\s+did\s+it|keep\s+(?:fighting|going|growing|it\s+up)|merry\s+christmas`;
/** A later sentence that cheers the one it closes on: "(100 days cancer-free! 🎉) So proud of you, Mrs. Dunbar.", "We love you, Stella!", "We see you, Tamika!", "Way to go, Jayden!", "Merry Christmas, baby Atlas!" (not thanks: "Thank you, Gus!"). */
const SPOKEN_TO = new RegExp(String.raw`^[^,\n]{0,40}\b(?:(?:proud\s+of|love|see|rooting\s+for|cheering\s+for|praying\s+for|thinking\s+of|(?:so\s+)?happy\s+for)\s+you|go|${CHEERS}|congrat(?:s|ulations)|welcome\s+(?:home|back|to\s+[^,.!?\n]{1,40}))\s*,`, "i");

/** A later sentence that cheers someone by name, so speaks to them: "Way to go, Jayden!". */
export function cheersByName(line: string): boolean {
  return SPOKEN_TO.test(line) && addressedAtEnd(line);
}

/** A first sentence closing on the one it addresses (VOCATIVE), not on a name set beside a role: "Please welcome our newest volunteer, Gene Marsh!". */
function addressedAtEnd(body: string): boolean {
  const m = VOCATIVE.exec(body);
  if (!m) return false;
  const comma = m[0].lastIndexOf(",");
  const lead = body.slice(0, comma).trimEnd();
  return !(["staff-words", "community-roles", "public-titles"] as const).some((list) => contextTerms(list).spans(lead).some((t) => t.end === lead.length));
}

/**
 * "your MRI results", "the physical therapy is helping your shoulder", "your
 * records": a reply sentence that speaks of care and of the reader's own
 * ("your") confirms they are a patient. Sentences that decline to discuss it
 * ("we can't discuss your care here", "for anything about your care, please call us") do not.
 */
export function replyCareMentions(text: string): Span[] {
  const all = sentences(text);
  const terms = careTerms(text, true);
  const termsIn = groupBySpan(all, terms);
  const out: Span[] = [];
  // "Family of the gentleman admitted with chest pain last night:": who is addressed is told by their care.
  const opener = TO_SOMEONE.test(text) ? /^[^:\n.!?]*/.exec(text)![0].length : 0;
  const addressedBy = terms.find((t) => t.end <= opener && t.list !== "care-settings" && t.list !== "care-encounters");
  if (addressedBy) out.push({ start: addressedBy.start, end: addressedBy.end });
  // "Thanks for the kind words about our labor and delivery team! Congrats on baby #3": a birth our birth unit's team, praised by the reader, saw.
  const birth = OUR_BIRTH_UNIT.test(text) ? BIRTH_CONGRATS.exec(text) : null;
  if (birth) out.push({ start: birth.index, end: birth.index + birth[0].length });
  // "Happy retirement, Jen! Our ICU team will miss you!": a team that misses a colleague it sends off.
  const colleague = RETIRED_READER.test(text);
  const cheered = !colleague && cheersSomeone(text);
  for (const [i, s] of all.entries()) {
    const line = text.slice(s.start, s.end);
    // "Thank you, Eastside Fire! Your crew taught CPR to 200 people at the Y on Tuesday": a reader with a crew of their own gives care, not gets it.
    if (DECLINES.test(line) || ROUTES_PRIVATELY.test(line) || GENERAL_CARE.test(line) || READERS_CREW.test(line)) continue;
    // "... about your husband. He's resting comfortably after his procedure.", "... about your dad. It was an honor to care for
    // him in his final days.", "Congrats on the twins! Our NICU team will take great care of them": the reader's relative, by pronoun.
    const previous = i > 0 ? text.slice(all[i - 1].start, all[i - 1].end) : "";
    // So is a baby the reply names, where no one else is named: "Congrats on bringing home baby Milo! Our NICU nurses will miss his snuggles"
    // (not "Welcome to the world, baby Mateo! Our NICU nurse Elena Cruz welcomed her first grandson").
    const babyBefore = /\bbaby\s+\p{Lu}\p{Ll}+/u.test(previous) && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(line);
    // "them" only for relatives in the plural: "(thank you for the drawings from your nephew's scout troop!) The PICU crew put them on our wall" is no one's care.
    const pluralBefore = /\b(?:twins|triplets|babies|kids|children|boys|girls|little\s+ones)\b/i.test(YOUR_RELATIVE.exec(previous)?.[0] ?? "");
    const relative = i > 0 && (/^\s*(?:he|she|they)\b/i.test(line) || /\b(?:him|his|her)\b/i.test(line) || (pluralBefore && /\bthem\b/i.test(line))) && (YOUR_RELATIVE.test(previous) || babyBefore);
    // "... your mom fell again. Our geriatric team can see her Thursday": a visit booked for the reader's relative.
    const booked = relative ? SEE_THEM_ON.exec(line) : null;
    const relativeCare = relative ? termsIn[i].find((t) => t.start >= s.start && t.end <= s.end) ?? (booked ? { start: s.start + booked.index, end: s.start + booked.index + booked[0].length } : undefined) : undefined;
    if (relativeCare) {
      out.push({ start: relativeCare.start, end: relativeCare.end });
      continue;
    }
    // "We know waiting for biopsy results is hard. Yours should be back by Thursday.": the reader's own of the care just named.
    const yours = i > 0 && /^\s*yours\s+(?:is|are|was|were|should|will|came|has|have)\b/i.test(line) ? termsIn[i - 1].find((t) => t.list !== "care-settings") : undefined;
    if (yours) {
      out.push({ start: yours.start, end: yours.end });
      continue;
    }
    // "Welcome to the world, Theo! 👶 Born 9 lbs 2 oz on our L&D floor": a sentence with no subject that opens on care goes on about the one addressed before it.
    const opener = i > 0 && addressedAtEnd(previous) ? termsIn[i].find((t) => t.list === "care-events" && opensSentence(text, s.start, t.start)) : undefined;
    if (opener) {
      out.push({ start: opener.start, end: opener.end });
      continue;
    }
    // "Thanks for choosing our cardiac rehab", "Last chemo ✅ ... So proud of you, Harriet!": care the words around it make the reader's.
    const marked = termsIn[i].find((t) => markedAsReaders(text, s, t, cheered));
    if (marked) {
      out.push({ start: marked.start, end: marked.end });
      continue;
    }
    // "Thank you for letting us care for you", "our lactation team is so proud of you": the reader was in our care.
    const cared = [WE_RECHECK.exec(line), PART_OF_YOURS.exec(line), WE_PRESCRIBED.exec(line), YOU_COME_TO.exec(line), YOU_CARED_FOR.exec(line), CLEARED.exec(line), WELCOME_BACK_TO.exec(line), CLINIC_WILL_SEE.exec(line), CLINICIAN_COMING.exec(line), RELATIVES_CLINICIANS_SAY.exec(line), YOUR_CLINICIAN_TOLD.exec(line), HELPED_WELCOME.exec(line), TAUGHT_IN_CARE.exec(line), DELIVERED_YOURS.exec(line), STAFF_ASK_ABOUT.exec(line), colleague ? null : TEAM_FOR_YOU.exec(line), TEAM_MET_THEIRS.exec(line), RELATIVE_BETTER.exec(line), SEE_YOU_AT.exec(line), HOME_WITH_BABY.exec(line), YOUR_CLINICIAN.exec(line), MET_AT_VISIT.exec(line), SEEN_ON_SCAN.exec(line), LOST_PREGNANCY.exec(line), TRUSTED_WITH.exec(line), BRING_BY_UNIT.exec(line), DOING_PER_STAFF.exec(line), PART_WE_TREATED.exec(line)].find((m) => m !== null);
    const ours = cared ? { start: cared.index, end: cared.index + cared[0].length } : staffOnYours(line, colleague) ?? placeWithReader(text, s, termsIn[i]);
    if (ours && !CONDITIONAL.test(line.slice(0, ours.start))) {
      out.push({ start: s.start + ours.start, end: s.start + ours.end });
      continue;
    }
    // The first cue whose care words stand where it allows decides: "Sorry to hear the stitches opened up after you got home".
    for (const cue of cuesIn(line)) {
      const found = cuedCare(text, s, line, termsIn[i], cue);
      if (found) {
        out.push(found);
        break;
      }
    }
  }
  return out;
}

/** What anyone is asked to bring to their own visit: "Bring your log to your next checkup", "bring the list with you to your appointment". */
const BRING_TO_YOURS = /\bbring\s+(?:your|ur|a|the|this|that)\s+(?:[\p{L}-]+\s+){0,2}(?:to|with\s+you\s+to)\s+(?:your|ur)\b/giu;
/** A kind of device or test, in the plural, as the subject of what it does, up to "your": "@sweet_caroline heart monitors like Holters record ". */
const KINDS_DO = /^\s*(?:@[\w.]+\s+|\p{Lu}\p{Ll}+,\s+)?(?:most\s+|many\s+|some\s+)?(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s\s+(?:(?:like|such\s+as)\s+[\p{L}-]+\s+)?(?:record|show|measure|check|track|help|protect|keep|read|monitor|test|scan)\s+$/u;
/** A visit of the reader's as a chance for something, after "your": " next mammogram is a great time to ask about". */
const CHANCE_TO = /^\s+(?:[\p{L}-]+\s+){1,3}?(?:is|are)\s+(?:a|an|the|your)\s+(?:great|perfect|good|best|ideal|right|easy)\s+(?:time|place|chance|opportunity|moment)\s+to\b/iu;
/** The reader's care being set up, after "your": " procedure is booked", " referral is approved". */
const YOURS_SET_UP = /^\s+(?:[\p{L}-]+\s+){0,2}(?:is|are|gets?|has\s+been|have\s+been)\s+(?:booked|scheduled|confirmed|approved|set\s+up|processed)\b/iu;
/** The reader's own, or a relative's of theirs, right before a team: "your (infusion nurses)", "your husband's (ICU nurses)". */
const YOURS_BEFORE = new RegExp(String.raw`\b(?:your|ur)\s+(?:${RELATIVES}['’]s\s+)?$`, "iu");

/** The reader's care that a cue in a reply sentence speaks of: the cue and the care words it allows, or undefined. */
function cuedCare(text: string, s: Span, line: string, sentenceTerms: CareTerm[], cue: Cue): Span | undefined {
  // After "you were" or "glad to hear", care itself must follow ("you were admitted", "glad to hear the
  // concussion symptoms are easing") or name what "you had" ("the MRI you had with us"); not "the ER
  // you were worried about" or "you were telling me, Bill".
  const yours = cue.kind === "your";
  const at = s.start + cue.m.index;
  const named = cue.kind === "underwent" && /^you\s+(?:had|got|received|underwent)\b/i.test(cue.m[0]) ? sentenceTerms.find((t) => t.end <= at && /^\s{1,2}$/.test(text.slice(t.end, at))) : undefined;
  // "your" reaches only over its own clause: "Most plans need prior authorization for sleep studies; your insurer ..." is two,
  // and so is "Remember your wrist guards — our ortho team sees a lot of skateboard injuries", and "... 12 weeks after a foot fracture, but check with your own doctor".
  const clauseBreak = /;|\s[—–]\s|,\s+but\s/g;
  const breaks = [...line.matchAll(clauseBreak)].map((b) => ({ start: b.index, end: b.index + b[0].length }));
  const breakAfter = breaks.find((b) => b.start > cue.m.index);
  const to = yours && breakAfter ? s.start + breakAfter.start : s.end;
  const from = yours ? s.start + (breaks.filter((b) => b.end <= cue.m.index).at(-1)?.end ?? 0) : cue.kind === "sentence" || cue.kind === "treatment" || cue.kind === "opened" ? s.start : named?.start ?? at;
  // "Our infusion nurses loved your card" names a team; "your infusion nurses" is the reader's own, and "your husband's ICU nurses" their relative's.
  // "for every patient in our burn center": everyone's place, not the reader's.
  const own = (t: CareTerm) => (!namesGroup(text, t) || YOURS_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))) && !givenTo(text, t) && !EVERY_ONE_IN.test(text.slice(Math.max(0, t.start - 60), t.start));
  // "You can book your appointment online", "Book your yearly mammogram": an invitation anyone may take up confirms no care.
  // "Our travel clinic can help you plan vaccines for your next trip": help offered with care anyone may want.
  // "You can request prescription refills through your patient portal", "Questions about your bill?": care anyone may ask for or about, no one's own.
  // "you can update your allergy list anytime": a record of a condition anyone may keep up; "They'll double-check your records too": what the reader's own care team does for anyone.
  const invited = (t: CareTerm) => (t.list === "care-encounters" && (INVITED.test(text.slice(s.start, t.start)) || THEY_CHECK.test(text.slice(s.start, t.start)))) || (t.list === "procedures" && BOOK_YOURS.test(text.slice(s.start, t.start))) ||
    (t.list === "conditions" && RECORD_AFTER.test(text.slice(t.end, t.end + 16)) && ANYONE_MAY.test(text.slice(s.start, t.start))) ||
    ((t.list === "procedures" || t.list === "care-encounters") && (ANYONE_MAY.test(text.slice(s.start, t.start)) || (ANY_QUESTIONS.test(text.slice(s.start, t.start)) && /\?\s*$/.test(text.slice(s.start, s.end))))) ||
    ((t.list === "procedures" || t.list === "care-encounters") && HELP_OFFERED.test(text.slice(s.start, t.start))) || BOOK_YOURS_AFTER.test(text.slice(t.end, s.end));
  // "So sorry the biopsy bruise is still sore" speaks of care; "sorry the clinic was closed" of a place.
  // A wait is the reader's only with what they waited with or for: "with a broken wrist", not "in our ER".
  const kindFits = (t: CareTerm) => (yours || t.list !== "care-encounters") && (cue.kind !== "the" || t.list !== "care-settings") &&
    ((cue.kind !== "treatment" && cue.kind !== "that" && cue.kind !== "verdict") || t.list === "conditions" || t.list === "procedures") &&
    (cue.kind !== "verdict" || (/^[\p{L}'’\s-]{0,30}$/u.test(text.slice(at + cue.m[0].length, t.start)) && /^\s*(?:[,.;:!?]|$|\s+(?:not|and|but)\b)/.test(text.slice(t.end, t.end + 6)))) &&
    (cue.kind !== "opened" || (t.list !== "care-settings" && t.end <= at + cue.m[0].search(/[,—–]/)));
  // "your followers to book their mammograms": care someone else owns, unless that is the reader's relative.
  const othersOwn = (t: Span) => !YOUR_RELATIVE.test(line) && THEIRS.test(text.slice(Math.max(s.start, t.start - 30), t.start));
  // "call us if it gets bigger", "if swelling grows": care the reply only supposes.
  // "If your child has a sore throat and fever, call ...": the cue itself opens a supposition, up to its comma,
  // of all but what "your" owns ("if your incision gets red": the incision is there).
  const ifClause = /\b(?:if|unless|in\s+case)\s+(?:\S+\s+){0,2}$/i.test(text.slice(s.start, at));
  const comma = text.indexOf(",", at);
  const clauseEnd = comma >= 0 && comma < s.end ? comma : s.end;
  const owned = (t: Span) => /^(?:your|ur)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(at, t.start));
  // "should the swelling grow" supposes; "your surgeon should have the margins back" expects.
  // "If your throat swells, use your EpiPen": what to do then is advice for the case supposed.
  const supposed = (t: Span) => (t.start > at && /\b(?:if|unless|should(?=\s+(?:you|it|they|he|she|the|your|this|that|there|anything|any)\b)|in\s+case)\b/i.test(text.slice(at, t.start))) || (ifClause && t.start > at && t.start < clauseEnd && !owned(t)) ||
    (ifClause && t.start > clauseEnd && THEN_DO.test(text.slice(clauseEnd + 1, t.start)));
  const near = (t: Span) => cue.kind !== "that" || /^\s*['"‘“]?(?:[\p{L}-]+\s+)?$/u.test(text.slice(at + cue.m[0].length, t.start));
  // "to talk ACL injury prevention with your players": care as a topic is no one's;
  // so is care that names the questions asked ("oxygen equipment questions are best answered by your supplier").
  // "Your talk on cholesterol was a hit": care as the topic of the reader's work.
  // (But "Your cardiac rehab class misses you": the people the reader has care with.)
  const topic = (t: Span) => (ABOUT_CARE.test(text.slice(t.end, t.end + 16)) && !CLASSMATES.test(text.slice(t.end, t.end + 40))) || QUESTIONS_ABOUT.test(text.slice(t.end, t.end + 30)) ||
    READERS_WORK_ON.test(text.slice(Math.max(s.start, t.start - 50), t.start));
  // "Your students learned hands-only CPR": care learned as a skill is no one's care.
  // "loved your visit as a volunteer", "your therapy dog to visit our patients": a visit in another role than a patient's.
  // So are the visits of a reader thanked for volunteering: "thank you for volunteering with our hospice team. Your visits mean so much".
  const asGuest = (t: CareTerm) => t.list === "care-encounters" && (VISIT_AS.test(text.slice(t.end, t.end + 30)) || VOLUNTEER_READER.test(text));
  // "congrats on your new job at the fertility clinic": a place of care as someone's work.
  const worksThere = (t: CareTerm) => JOB_AT.test(text.slice(Math.max(s.start, t.start - 60), t.start));
  // "sharing our asthma action plan with your school": a resource of ours, not the reader's care.
  const ourResource = (t: CareTerm) => /\bour\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(s.start, t.start - 20), t.start)) && OUR_RESOURCE.test(text.slice(t.end, t.end + 24));
  // "It was a pleasure having you in our pulmonary rehab class": the reader was in it, whatever it names after the care word.
  const hadIn = (t: CareTerm) => HAD_YOU_IN.test(text.slice(Math.max(s.start, t.start - 50), t.start));
  // "An echo is an ultrasound of your heart", "A stress test checks how your heart works": care explained, not had.
  // "Pulmonary function tests measure how well your lungs work", "Genetic counseling can help you understand ...": care as a sentence's general subject.
  // "Migraines that don't respond to your usual medicine are a good reason to ...": a kind of care in the plural, told by a clause.
  const explained = (t: Span) => DEFINED.test(text.slice(Math.max(s.start, t.start - 30), t.start)) || A_KIND_OPENS.test(text.slice(s.start, t.start)) ||
    (GENERAL_SUBJECT_OPENS.test(text.slice(s.start, t.start)) && (GENERAL_VERB.test(text.slice(t.end, t.end + 30)) ||
      (/s$/i.test(text.slice(t.start, t.end)) && !/\bthe\s+$/i.test(text.slice(s.start, t.start)) && /^\s+(?:that|which)\s/i.test(text.slice(t.end, t.end + 8)))));
  // "congratulations on your new hand therapy certification": training in the care, not care.
  const learned = (t: Span) => LEARNED.test(text.slice(Math.max(s.start, t.start - 40), t.start)) || CREDENTIAL_AFTER.test(text.slice(t.end, t.end + 40));
  // "Our urgent care is open ... if anyone in your group needs us", "Any urgent care or your own doctor can": care ours or anyone's, before the cue.
  // (But "the day our cath lab saved your life": ours, acting on the reader's.)
  const notReaders = (t: Span) => t.start < at && /\b(?:our|any|every|all|most|no)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(s.start, t.start - 24), t.start)) &&
    !/\b(?:saved|treated|helped|fixed|cared|took\s+care|delivered|operated|stitched|repaired|removed|diagnosed|found|caught)\b/i.test(text.slice(t.end, at));
  // "allergy testing can find ...": a care word inside a longer care term is weighed as that term, not on its own.
  const nested = (t: Span) => sentenceTerms.some((u) => u.start <= t.start && u.end >= t.end && u.end - u.start > t.end - t.start);
  const terms = sentenceTerms.filter((t) => t.start >= from && t.end <= to && !nested(t) && kindFits(t) && (hadIn(t) || (own(t) && !topic(t) && !ourResource(t))) && !notReaders(t) && !invited(t) && !othersOwn(t) && !supposed(t) && near(t) && !learned(t) && !asGuest(t) && !worksThere(t) && !explained(t));
  const here = [...terms, ...caredFor(text, s)].sort((a, b) => a.start - b.start);
  return here.length ? { start: Math.min(at, here[0].start), end: Math.max(here[here.length - 1].end, at + 4) } : undefined;
}

/** A credential in care that staff earn (not a patient's "insulin pump training"): "(hand therapy) certification", "(ICU) fellowship". */
const CREDENTIAL_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:certification|certificate|licen[cs]e|fellowship|residency|internship|orientation|rotation)\b/iu;
/** The reader as one of our volunteers: "thank you for volunteering", "your volunteer work". */
const VOLUNTEER_READER = /\bfor\s+volunteering\b|\byour\s+(?:[\p{L}-]+\s+)?volunteer\s+(?:work|service|hours|shifts?)\b/iu;
/** The class or group the reader has their care with, as people who miss or greet them: "(cardiac rehab) class misses you", "(your) infusion group says hi". */
const CLASSMATES = /^\s+(?:[\p{L}&-]+\s+){0,2}?(?:class|group|crew|gang|buddies)\s+(?:(?:all\s+)?(?:misses|miss|missed)\s+you|(?:asked|asks|is\s+asking)\s+about\s+you|says?\s+hi|(?:is|are)\s+(?:cheering|rooting)\s+for\s+you)\b/iu;
/** The reader's own work, and its topic: "your talk on ", "your article about ", "your great video on early ", "your show to talk about ". */
const READERS_WORK_ON = /\b(?:your|ur)\s+(?:[\p{L}-]+\s+)?(?:talk|lecture|presentation|webinar|article|video|book|research|paper|podcast|episode|blog|column|essay|speech|keynote|panel|poster|interview|story|reporting|coverage|show|program|programme|channel|station|stream)\s+(?:to\s+(?:talk|chat|speak)\s+)?(?:on|about|regarding|covering)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** What to do in the case an if-clause supposes: "(If your throat swells,) use your ", "(if it gets worse,) call ". */
const THEN_DO = /^\s*(?:use|take|call|get|give|grab|go\s+to)\s+(?:your\s+|an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A test of ours the reader will have again: "we'll recheck your levels in 6 weeks", "we'll retest your thyroid". */
const WE_RECHECK = /\bwe(?:['’]ll|\s+will|\s+can)\s+(?:recheck|re-check|retest|re-test|repeat)\s+(?:your|ur)\s+(?:[\p{L}-]+\s+){0,2}?(?:levels?|numbers|labs?|blood(?:\s*work)?|iron|sugar|pressure|weight|thyroid|counts?|results?|urine|x-?rays?|scans?)\b/iu;
/** An invitation after care, which makes the sentence's care anyone's: "Colon cancer screening saves lives: book yours today". */
const BOOK_YOURS_AFTER = /^[^.!?]{0,60}?\b(?:book|schedule|get|request|set\s+up)\s+yours\b/i;
/** Help offered with care: "can help you plan ", "would be happy to help you find a ". */
const HELP_OFFERED = /\b(?:can|could|will|happy\s+to|glad\s+to)\s+help\s+(?:you\s+)?(?:plan|get|find|choose|schedule|book|pick|prepare\s+for)\s+(?:(?:the|a|an|any|your)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A test or treatment anyone may book, the sentence's opening: "Book your yearly mammogram", "Schedule your flu shot". */
const BOOK_YOURS = /(?:^\s*|[.!?]\s+|\b(?:you\s+can|please|to)\s+)(?:book|schedule|request|set\s+up)\s+(?:your|ur)\s+(?:(?:yearly|annual|next|first|free)\s+)?$/i;

/** Care learned or practised as a skill: "learned hands-only CPR", "trained in first aid", "how to use an EpiPen". */
const LEARNED = /\b(?:learn(?:ed|t|s|ing)?|practic(?:e|ed|es|ing)|train(?:ed|s|ing)?\s+(?:in|on)|certified\s+in|how\s+to\s+(?:do|give|perform|use))\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** What a test or treatment does in general, after it opens a sentence: "(tests) measure", "(counseling) can help", "(ADHD medication) doses are adjusted". */
const GENERAL_VERB = /^\s+(?:(?:medications?|medicines?|meds|treatments?|machines?|devices?|pumps?)\s+)?(?:(?:doses?|levels?|results?|side\s+effects|plans?|readings?|logs?|numbers)\s+)?(?:measures?|checks?|shows?|looks?\s+(?:at|for)|finds?|tells?|lets?|uses?|helps?|can|may|is|are|works?|takes?|involves?|tracks?|records?|monitors?|detects?|reads?)\b/i;

/** Things an organization makes for anyone: "(our asthma) action plan", "(our diabetes) toolkit". */
const OUR_RESOURCE = /^\s+(?:action\s+)?(?:plans?|guides?|programs?|class(?:es)?|tips?|videos?|handouts?|resources?|materials?|toolkits?|checklists?|templates?|posters?|flyers?)\b/i;
/** Work at a place: "your new job at the", "her promotion in our". */
const JOB_AT = /\b(?:job|position|role|promotion|internship|residency|fellowship|career|shift|gig|externship|rotation)\s+(?:at|in|with|on)\s+(?:the|our|a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** A sentence that opens, after any greeting or tag, on a kind of care: "(@vinny_v Vinny,) an (EKG is ...)". */
const A_KIND_OPENS = new RegExp(String.raw`^\s*${GREETED_OR_TAGGED}an?\s+(?:[\p{L}-]+\s+)?$`, "iu");
/** A sentence that opens, after any greeting or tag, on care as its subject, no one's: "(Pulmonary function) (tests measure ...)". */
const GENERAL_SUBJECT_OPENS = new RegExp(String.raw`^\s*${GREETED_OR_TAGGED}(?:(?!(?:Your|Ur|His|Her|Their|My|Our|That|This)\s)\p{Lu}[\p{L}-]*\s+(?:(?!(?:the|a|an|that|this|these|those|your|my|his|her|their)\s)[\p{L}-]+\s+)?)?$`, "u");
/** A care word being explained: "is an ", "are a kind of ", "means a " (not "the good news is the "). */
const DEFINED = /(?<!\b(?:news|thing|problem|plan|question|update|reason|answer|issue|worry)\s+)\b(?:is|are|means)\s+(?:a|an|the)\s+(?:(?:kind|type|form)\s+of\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** A visit made in a role that is no patient's, or with someone else's clinician: "as a volunteer", "as our guest speaker", "with them" (one's own doctor). */
const VISIT_AS = /^\s+(?:(?:the\s+)?(?:team|staff|crew|gang|us)\b|as\s+(?:a|an|our)\s+(?:guest\s+)?(?:volunteer|guest|speaker|visitor|judge|host|donor|mentor|chaperone|reader|performer|musician|clown|santa|sponsor|photographer)\b|with\s+(?:them|him|her)\b|(?:all\s+)?(?:our|the)\s+(?:[\p{L}-]+\s+)?(?:patients|residents|kids|children|families|veterans|seniors)\b)/iu;

/** Care owned by a third person: "their mammograms", "his knee surgery". */
const THEIRS = /\b(?:their|his|her)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** An invitation to do something with one's own care, open to anyone: "you can book your", "Schedule your annual", "to request your". */
/** A question that invites anyone with one: "(@coach_lyn) Questions about your (bill)?", "Any questions about your (prescription)?". */
const ANY_QUESTIONS = new RegExp(String.raw`^\s*${GREETED_OR_TAGGED}(?:(?:any|have|got)\s+)?questions?\s+(?:about|on|regarding)\s+(?:your|ur)\s+(?:[\p{L}-]+\s+){0,2}$`, "iu");
/** Care anyone may ask for, right before it: "you can request ", "You may book a ", "you can also schedule same-day ", "you can update your (allergy list)". */
const ANYONE_MAY = /\byou\s+(?:can|may|could)\s+(?:always\s+|also\s+|now\s+)?(?:book|schedule|request|get|order|make|set\s+up|ask\s+for|renew|update|view|see|check|review|manage)\s+(?:(?:a|an|any|new|more|same-day|online|free|your)\s+)?$/i;
/** What records a condition rather than tells it: "(allergy) list", "(medical) history". */
const RECORD_AFTER = /^\s+(?:list|history|records?|info|information)\b/i;
const INVITED = /(?:^\s*|\b(?:you\s+(?:can|may|could)|to|please|just|simply|feel\s+free\s+to)\s+)(?:book|schedule|request|make|set\s+up|access|view|see|download|manage|get|find|check|update|cancel)\s+(?:all\s+)?(?:your|ur)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** The reader as the one care happened to: "you were admitted", "you've been discharged", "you checked in at our urgent care", "you made it through the cardiac cath", "until you're off the pain meds", "you're officially in remission", "as you start dialysis"; not "if you were diagnosed", nor "you're in pain" (what the reader told). */
const YOU_UNDERWENT = /\byou(?:\s+(?:were|had|got|received|underwent|just|recently|finally|have\s+been|(?<=\bas\s+you\s+)(?:start|begin|finish|head\s+into|go\s+through)|are\s+(?:now|being|still|off|on|officially|in(?!\s+(?:so\s+much\s+|such\s+|a\s+lot\s+of\s+)?(?:pain|agony|discomfort)\b))|checked\s+in|came\s+in|stopped\s+in|(?:made|got|came|pulled)\s+it\s+through|(?:got|came|pulled)\s+through|came\s+to\s+(?:us|our)\b|arrived|were\s+born)|['’](?:ve\s+been|re\s+(?:now|still|being|off|on|officially|in(?!\s+(?:so\s+much\s+|such\s+|a\s+lot\s+of\s+)?(?:pain|agony|discomfort)\b))))\b/i;
const FEELING = String.raw`(?:glad|happy|relieved|sorry|sad|great|good|wonderful|nice|lovely|thrilled)`;
/** News of the reader's health taken up: "glad to hear the concussion symptoms are easing", "it was great to see you walking the halls on 5 North", "sorry Grandpa's dinner tray was cold", "glad you're feeling better after the migraine infusion". */
const GLAD_TO_HEAR = new RegExp(String.raw`\b${FEELING}\s+(?:to\s+(?:hear|see|know)\b|(?:that\s+)?(?:grandpa|grandma|granny|grandad|nana|papa|mom|mum|dad)['’]s\s|(?:that\s+)?you(?:['’]re|\s+are)\s+(?:feeling|doing|getting)\s+(?:so\s+much\s+|much\s+)?(?:better|well|stronger)\b)`, "i");
/** Care named with "the", as the reader's: "How's (the) new knee holding up?", "so sorry (the) biopsy bruise is still sore", "sorry about the stress fracture", "we hope the stitches come out", "Dr. Reyes reviewed the ultrasound", "the dermatologist checked the mole biopsy", "got the echo results", "the bruise from the blood draw", "the polyp surgery went perfectly", "the miscarriage was heartbreaking", "the bone density scan shows osteopenia", "The inhaler refill is ready", "Sounds like the new CPAP mask fits way better", "so glad all three kids are over the stomach bug", "the scar will fade a lot over the next year". */
const THE_CARE = new RegExp(String.raw`\bhow(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+the\s|\b(?:${FEELING}\s+(?:that\s+|about\s+|with\s+how\s+)?|hope\s+(?:that\s+)?|(?:sounds|looks|seems)\s+like\s+|(?:reviewed|looked\s+(?:at|over)|went\s+over|read|checked|examined)\s+)the\s|\b${FEELING}\s+(?:that\s+)?(?:all\s+(?:two|three|four|five|six|\d)|both)\s|\bthe\s(?=(?:[\p{L}-]+\s+){1,2}results\b(?!\s+(?:line|portal|page|desk|office|hotline|number|app)))|\bthe\s(?=[\p{L}-]+\s+(?:from|after)\s+(?:the|your)\s)|\bthe\s(?=(?:[\p{L}-]+\s+){1,2}(?:will|should|may|might)\s+(?:(?:probably|likely|slowly|really|still)\s+)?(?:fade|heal|go\s+away|settle(?:\s+down)?|soften|flatten|close\s+up|dissolve|clear\s+up|shrink|improve|get\s+better)\b)|\bthe\s(?=(?:[\p{L}-]+\s+){1,3}(?:went|is\s+going|was)\s+(?:perfectly|well|great|smoothly|fine|beautifully|really\s+well)\b)|\bthe\s(?=(?:[\p{L}-]+\s+){1,2}(?:was|is|has\s+been)\s+(?:so\s+|really\s+|incredibly\s+)?(?:heartbreaking|devastating|scary|frightening|hard|tough|rough|painful|awful|terrible|difficult|a\s+shock)\b)|\bthe\s(?=(?:[\p{L}-]+\s+){0,3}(?:scans?|tests?|x-?rays?|mri|ct|pet|biops(?:y|ies)|pathology|path\s+report|blood\s*work|labs?|ultrasound|echo|ekg|mammo(?:gram)?|pap|colonoscopy|study|cultures?|swab)\s+(?:shows?|showed|found|came\s+back|confirmed|revealed|(?:is|are)\s+(?:still\s+)?pending)\b)|\bthe\s(?=(?:[\p{L}-]+\s+){1,3}(?:was|were|is|turned\s+out\s+to\s+be)\s+(?:just|only)\s)|\bthe\s(?=(?:[\p{L}-]+\s+){1,3}(?:looks?|looked|is|was|were|are|came\s+back|comes?\s+back)\s+(?:an?\s+)?(?:totally\s+|completely\s+|all\s+)?(?:benign|negative|cancer-free|unremarkable|clean|clear)\b)|\bthe\s(?=(?:[\p{L}-]+\s+){1,2}(?:comes?|can\s+come|will\s+come|should\s+come|(?:is|are)\s+coming|came)\s+(?:off|out)\s+(?:on\s+|next\s+|this\s+|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|at\s+your|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b))|\bthe\s(?=(?:[\p{L}-]+\s+){0,2}(?:refills?|prescriptions?|rx|order|referral|prior\s+auth(?:orization)?|pills?|meds|medications?|medicines?|inhalers?)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:ready|in|sent|approved|done|called\s+in|at)\b)`, "iu");
/** The reader's care pointed at: "that IV bruise looks painful", "this rash" (not "this flu season"). */
const THAT_CARE = /(?<!\b(?:myth|fact|true|false|sure|know|knew|think|believe|means|shows?|showed|found|clear|possible|likely|unlikely|important|recommends?|recommended|evidence|proof|studies|research|reminder|remember|remind|note|notice|aware)\s+)\b(?:that|this)\s(?!(?:[\p{L}-]+\s+)?(?:season|month|week|year|time|weekend|morning|summer|winter|fall|spring)\b)/iu;
/** The reader as our guest in a place of care: "we loved having you on the mother-baby unit", "it was a joy to have you in our ICU", "having you and baby June on the mother-baby unit", "having you and Maggie in for her ear check". */
const HAD_YOU = /\bhav(?:e|ing)\s+(?:had\s+)?you(?:\s+and\s+(?:(?:baby|little|your)\s+)?[A-Za-z]+)?\s+(?:here\s+)?(?:(?:on|in|at|with\s+us\s+(?:on|in|at))\s+(?:our|the)\s|in\s+for\s+(?:(?:his|her|their|your|a|an|the)\s+)?)/i;
/** What the reader's own care team will do with what anyone has, told as advice: "(Always tell your care team about allergies.) They'll double-check your records too". */
const THEY_CHECK = /\bthey(?:['’]ll|\s+will)\s+(?:also\s+)?(?:double-?check|check|review|look\s+(?:at|over)|go\s+over)\s+(?:your|ur)\s+(?:[\p{L}-]+\s+)?$/iu;
/** The reader had with us in a place, right before the care word there: "having you in our (pulmonary rehab) class". */
const HAD_YOU_IN = /\bhav(?:e|ing)\s+(?:had\s+)?you\s+(?:here\s+)?(?:in|at)\s+our\s+(?:[\p{L}-]+\s+)?$/iu;
/** The reader's child in our care, by name: "we loved having little Ben in for his tonsils". */
const HAD_CHILD_IN = /\b[Hh]av(?:e|ing)\s+(?:had\s+)?(?:(?:little|baby)\s+)?\p{Lu}\p{Ll}+\s+in\s+for\s/u;
/** Treatment the reader has left to go through: "Only two more weeks of radiation to go", "3 more rounds of chemo", "Three more radiation sessions". */
const STILL_TO_GO = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+more\s+(?:(?:weeks?|days?|months?|rounds?|sessions?|treatments?|cycles?|visits?)\s+(?:of|in)\b|[\p{L}-]+\s+(?:rounds?|sessions?|treatments?|cycles?|visits?|infusions?|doses?)\b)/iu;
/** Care that a sentence to the reader opens on: "After 3 weeks in a medically induced coma, our team got to hear you say 'hi mom'", "From a stroke at 38 to teaching yoga again — you inspire us all". */
const AFTER_CARE_YOU = /^\s*(?:after|following|from)\s[^,.!?—–]{3,60}[,—–][^.!?]*\byou\b/i;
/** Good wishes on the reader's care: "congrats on the new hearing aids", "congratulations on your last chemo". */
const CONGRATS_ON = /\bcongrat(?:s|ulations)\s+on\b/i;
/** A day of one's care kept: "Happy 1-year transplant anniversary", "happy surgery anniversary". */
const CARE_ANNIVERSARY = /\bhappy\s+(?:(?:\d+|one|two|three|four|five|ten|first|second|third|fifth|tenth)(?:st|nd|rd|th)?[\s-](?:year|month)s?\s+|(?:\d+|one|two|three|four|five|ten)(?:st|nd|rd|th)?\s+)?(?=(?:[\p{L}-]+\s+){1,2}anniversary\b)/iu;
/** Care told to the reader as what to do next: "Keep the arm in the sling for 2 more weeks", "Leave the dressing on until Friday", "Keep up those balance exercises", "Keep taking the antibiotics". */
const INSTRUCTED = /^\s*(?:(?:just|please|and|so|now)\s+)?(?:keep\s+(?:up|doing)\s+(?:those|these|the|your)|(?:keep|continue|stop|start)\s+(?:taking|using|applying|wearing)\s+(?:all\s+)?(?:the|that|this|those|these|your)|(?:keep|wear|leave|ice|elevate|rest|change)\s+(?:the|that|this|it)|finish\s+(?:all\s+(?:of\s+)?)?(?:the|that|this|your))\b/i;
/** Care the reader left to us: "thank you for trusting us with Colton's tonsillectomy". */
const TRUSTED_US = /\btrust(?:ing|ed)?\s+us\s+with\b/i;
/** A wait the reader went through for care: "Waiting four hours in our ER with a broken wrist is not ...", "sit in the ER hallway for six hours with a kidney stone". */
const WAITED = /\b(?:wait(?:ed|ing|s)?|sit(?:s|ting)?|sat|stuck)\s+(?:(?:in|on)\s+(?:a|an|the|our)\s+(?:[\p{L}-]+\s+){1,3})?(?:for\s+)?(?:over\s+|more\s+than\s+|almost\s+|nearly\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several)\s+(?:hours?|days?|weeks?|months?)\b/iu;
/** Time the reader spent in a place of care: "Four days in a hallway bed is not OK", "two nights on our cardiac floor". */
const SPENT_IN = new RegExp(String.raw`\b${COUNT}\s+(?:hours?|days?|nights?|weeks?)\s+(?:in|on)\s+(?:a|an|the|our)\s`, "i");
/** Treatment that suits the reader: "the new insulin dose is working for you", "the inhaler seems to be helping you", "breastfeeding is going well for you". */
const WORKS_FOR_YOU = /\b(?:is|are|was|were|has\s+been|have\s+been|seems?\s+to\s+be|(?:is|are)n['’]t)\s+(?:working|helping|agreeing|going\s+(?:well|great|smoothly))(?:\s+(?:for|with))?\s+you\b/i;
/** What the sentence told as the reader's own: "waiting 3 hours with a kidney stone is miserable, and we're sorry that happened to you". */
const HAPPENED_TO_YOU = /\b(?:that|this|it|all\s+this)\s+happened\s+to\s+you\b/i;
/** The reader's pregnancy loss: "sorry you lost the pregnancy", "so sorry for the loss of your baby". */
const LOST_PREGNANCY = /\b(?:you\s+(?:lost|miscarried)|loss\s+of)\s+(?:the|your|ur)\s+(?:pregnancy|baby|babies|twins|little\s+one)\b/i;
/** The reader as the one we cared for: "letting us care for you", "we treated you", "glad we could get you in", "we moved you to Thursday at 3", "We've got you on the schedule", "helping you through", "helping you and baby Finn", "added you to the cancellation list", "could stitch you up"; not an offer, "we'd be honored to care for you" (but "It was a joy to help you through labor", "Our hospice team was honored to care for you"), nor help offered ("our financial counselors can help you through it"). */
const YOU_CARED_FOR = /(?<!\b(?<!\b(?:was|were)\s+(?:(?:a\s+|an\s+)?(?:joy|privilege|honou?r|pleasure|blessing|gift)|(?:so\s+|truly\s+)?(?:honou?red|privileged|blessed))\s+)to\s+)\b(?:car(?:e|ed|ing)\s+for|treat(?:ed|ing)|operat(?:ed|ing)\s+on|nurs(?:ed|ing)|(?:stitch(?:ed|ing)?|patch(?:ed|ing)?|sew(?:ed|ing)?|fix(?:ed|ing)?|cast(?:ed|ing)?)(?=\s+you\s+up\b)|(?:get|got|getting|fit|fitting|squeez(?:e|ed|ing))(?=\s+(?:you|your\s+[\w-]+)\s+in\b)|(?:fit|fitted|fitting)(?=\s+you\s+(?:with|for)\b)|(?:saw|seen|seeing)(?=\s+you\s+(?:for|about)\b)|(?:watch(?:ed|ing)|saw|seeing)(?=\s+you\s+(?:get|getting|grow|growing)\s+(?:stronger|better|healthier)\b)|(?:got|have|put|added|booked)(?=\s+you\s+(?:on|in|to)\s+(?:the|our)\s+(?:schedule|books|calendar|cancellation\s+list|wait(?:ing)?\s*list)\b)|(?:moved|rescheduled|booked|switched)(?=\s+you\s+(?:to|for)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next|the\s+\d|\d))|(?<!\b(?:can|will|may|might|happy\s+to)\s+)help(?:ed|ing)?(?=\s+you\s+(?:through|and\s+(?:baby|little|your\s+(?:baby|little|newborn|new\s+baby|son|daughter|twins))|get\s+the\s+hang|recover|heal)\b))\s+you\b(?!\s+(?:and|or)\s+your\s+(?:family|loved\s+ones))/i;
/** A part of the body we operated on, in a reply: "the same knee we scoped in March", "the hip we replaced last year" (not "the roof we repaired"). */
const PART_WE_TREATED = /\b(?:knee|hip|shoulder|ankle|wrist|elbow|back|spine|neck|heart|valve|eye|eyes|hand|foot|feet|leg|arm|finger|thumb|toe|jaw|nose|ear|ears|hernia|gallbladder|ACL|meniscus|rotator\s+cuff|cataracts?)\s+(?:that\s+)?(?:we|our\s+(?:[\p{L}-]+\s+)?(?:team|surgeons?|doctors?))\s+(?:scoped|operated\s+on|repaired|replaced|reconstructed|rebuilt|fixed|set|casted|pinned|fused|stitched(?:\s+up)?|treated|removed)\b/iu;
/** Thanks for a treatment of ours the reader chose: "Thanks for choosing our (cardiac rehab)" (not "Thanks for choosing Lakeside"). */
const CHOSE_OUR = /\b(?:thanks|thank\s+you)\s+for\s+(?:choosing|picking|trusting)\s+our\s+$/i;
/**
 * A care word the sentence makes the reader's by what stands around it: a
 * treatment they chose us for ("Thanks for choosing our cardiac rehab"),
 * praise for someone who had it ("Not bad for someone who was in our cardiac
 * rehab program"), the last of a course ticked off ("Last chemo ✅ ... So proud
 * of you, Harriet!") or, in a post that cheers someone by name, a milestone of
 * care ("🎉 Trach-free! Way to go, Jayden!").
 */
function markedAsReaders(text: string, s: Span, t: CareTerm, cheered: boolean): boolean {
  const before = text.slice(s.start, t.start);
  return (t.list === "procedures" && CHOSE_OUR.test(before)) || SOMEONE_WHO.test(before) ||
    ((t.list === "procedures" || t.list === "care-events") && LAST_OF.test(before) && TICKED.test(text.slice(t.end, t.end + 4))) ||
    (cheered && milestoneOf(text, s, t));
}
/** A visit our team can give a relative just named: "can see her Thursday", "will see him tomorrow". */
const SEE_THEM_ON = /\b(?:can|will|could|would\s+like\s+to)\s+see\s+(?:him|her|them)\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|this\s+(?:week|afternoon|morning)|next\s+week|sooner)\b/i;
/** The reader praised as "someone who" had the care, in a reply: "Not bad for someone who was in our cardiac rehab program" (not "tips for someone who just had surgery"). */
const SOMEONE_WHO = new RegExp(String.raw`${FOR_ONE_WHO.source}\s+(?:was|were|had|spent|came|went|got|needed|started)\b[^.!?]*$`, "iu");
/** A cheer, whatever its case: "way to go", "So proud of you", "Go". */
const CHEER = new RegExp(String.raw`\b(?:(?:so\s+)?proud\s+of\s+you|go|${CHEERS}|(?:we\s+)?(?:love|see)\s+you|(?:so\s+)?happy\s+for\s+you|rooting\s+for\s+you|cheering\s+for\s+you|happy\s+holidays|welcome(?:\s+home|\s+to\s+[^,.!?\n]{1,40})?|congrat(?:s|ulations)(?:\s+on\s+[^,.!?\n]{1,40})?)\s*,\s*`, "giu");
/** The name a cheer closes on, written with a capital (not "team", "everyone", nor a doctor). */
const CHEERED_NAME = new RegExp(String.raw`^(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+|(?:[Bb]aby|[Ll]ittle)\s+)?(?!(?:Dr|${capitalised(NOT_ADDRESSED)})\b)\p{Lu}\p{Ll}+`, "u");
/** A cheer that closes on someone's name: "Way to go, Jayden!", "You've got this, Imogen!", "We're so proud of you, Benji!", "We see you, Tamika!", "Welcome to the transplant club, Mrs. Albright!", "Merry Christmas, baby Atlas!". */
function cheersSomeone(text: string): boolean {
  return [...text.matchAll(CHEER)].some((m) => CHEERED_NAME.test(text.slice(m.index + m[0].length)));
}
/** A line opening on care left behind or a time spent in it: "Off the ", "🎉 No more ", "5 years ", "100 days ". */
const MILESTONE_OPEN = new RegExp(String.raw`(?:^|\p{Extended_Pictographic}\uFE0F?)\s*(?:(?:off|out\s+of|no\s+more|done\s+with)\s+(?:the\s+|her\s+|his\s+|their\s+)?|${COUNT}\s+(?:days?|weeks?|months?|years?)\s+(?:(?:without|with\s+no|free\s+of)\s+(?:a\s+|an\s+|any\s+)?)?)$`, "iu");
/** A line opening on a count: "200 ", "🎉 90 ". */
const COUNT_OPEN = new RegExp(String.raw`(?:^|\p{Extended_Pictographic}\uFE0F?)\s*${COUNT}\s+$`, "iu");
/** Time spent in the place of care after it: "after 112 days in the (CICU)". */
const DAYS_IN = new RegExp(String.raw`\b(?:after|for)\s+${COUNT}\s+(?:days|weeks|months|nights)\s+(?:in|on)\s+(?:the|our)\s+$`, "i");
/** Care that someone reached, as a milestone: "Trach-free", "200 days clean", "Seizure-free for one whole year", "Off the ventilator", "Cast off", "5 years in remission", "First steps on her new prosthetic leg", "after 112 days in the CICU", "Welcome to the transplant club". */
function milestoneOf(text: string, s: Span, t: CareTerm): boolean {
  const before = text.slice(s.start, t.start);
  const after = text.slice(t.end, t.end + 40);
  // "Off the ventilator after 3 weeks!", "Cast off, cleared for soccer", "5 years in remission!", "Six months without a migraine": the line opens on care left behind or a time in it or without it.
  // "200 days clean today": a time counted in a care word of its own ("days clean", "years sober").
  const counted = /^(?:days?|weeks?|months?|years?)\s/i.test(text.slice(t.start, t.end)) && COUNT_OPEN.test(before);
  if (t.list !== "care-settings" && (MILESTONE_OPEN.test(before) || counted || (opensSentence(text, s.start, t.start) && /^\s+(?:off|out|removed|gone)\b/i.test(after)))) return true;
  // "Our NICU's tiniest fighter just hit 5 pounds": one of the unit's patients, singled out.
  if (t.list === "care-settings" && /['’]s$/.test(text.slice(t.start, t.end)) && /^\s+(?:tiniest|littlest|smallest|youngest|bravest|newest|strongest)\s+(?:fighter|warrior|patient|peanut|preemie|one|grad(?:uate)?)\b/i.test(after)) return true;
  if (t.list !== "care-settings" && /^[\s-]free\b/i.test(text.slice(t.end, t.end + 6))) return true;
  // "when the cast comes off": gear of an injury told as coming off.
  if (t.list === "procedures" && /\s(?:off|out)$/i.test(text.slice(t.start, t.end))) return true;
  if (t.list === "care-events" && (opensSentence(text, s.start, t.start) || /\p{Extended_Pictographic}\uFE0F?\s*$/u.test(before))) return true;
  if (t.list === "procedures" && /\b(?:her|his|their)\s+new\s+$/i.test(before)) return true;
  // "Welcome to the transplant club": one of the people who had it.
  if (/\bwelcome\s+to\s+the\s+$/i.test(before) && /^\s+(?:survivors?\s+)?club\b/i.test(text.slice(t.end, t.end + 16))) return true;
  return t.list === "care-settings" && DAYS_IN.test(before);
}
/** The last of a course of care, opening the line or after an emoji ("Last chemo", "✅ Final round of radiation"), and the tick or cheer after it. */
const LAST_OF = /(?:^|[\p{Extended_Pictographic}\uFE0F]\s*)(?:last|final)\s+(?:(?:round|dose|day|session|cycle|treatment)\s+of\s+)?$/iu;
const TICKED = /^\s*[\p{Extended_Pictographic}!]/u;
/** What we prescribed or ordered for the reader: "finish all 10 days of the antibiotics we prescribed", "the inhaler Dr. Osei ordered" (not "the antibiotics your doctor prescribes"). */
const WE_PRESCRIBED = /\b(?:the|those|that|these)\s+(?:[\p{L}\d-]+\s+){1,3}?(?:we|Dr\.\s+\p{Lu}\p{Ll}+)\s+(?:prescribed|ordered|gave\s+you|started\s+you\s+on|sent\s+you\s+home\s+with)\b/u;
/** A team of care let into the reader's course: "Thank you for letting our palliative team be part of your journey" (not "letting us be part of your family's story"). */
const PART_OF_YOURS = /\b(?:letting|let|allowing)\s+our\s+(?:[\p{L}&-]+\s+){0,2}?(?:palliative|hospice|NICU|PICU|ICU|oncology|cancer|dialysis|rehab|transplant|burn|trauma|cardiac|maternity|labor|L&D)\s+(?:care\s+)?(?:team|nurses|staff|unit)\s+(?:be\s+(?:a\s+)?part\s+of|walk\s+(?:with\s+you\s+)?(?:through|in))\s+(?:your|ur)\s+(?:journey|story|care|recovery|fight|battle|treatment|healing|last\s+days|final\s+days)\b/iu;
/** The reader's trust in our care of them or theirs: "thank you for trusting our NICU with baby Anika", "for trusting us with your care". */
const TRUSTED_WITH = /\btrust(?:ing|ed)?\s+(?:us|our\s+(?:[\p{L}&-]+\s+){0,3}?(?:team|nurses|staff|unit|NICU|PICU|ICU|clinic|hospital|center|midwives|doctors))\s+with\s+(?:(?:your|baby|little)\s+)?(?:\p{Lu}\p{Ll}+|care|birth|delivery|surgery|son|daughter|baby|mom|mother|dad|father|husband|wife|child|little\s+one)\b/u;
/** Something our team taught the reader in their own care: "the foam rolling we showed you in PT". */
const TAUGHT_IN_CARE = /\b(?:we|our\s+(?:[\p{L}-]+\s+)?(?:team|therapists?|nurses?|trainers?))\s+(?:showed|taught|gave)\s+you\s+(?:in|at|during)\s+(?:PT|OT|physical\s+therapy|occupational\s+therapy|speech\s+therapy|rehab|cardiac\s+rehab|your\s+(?:[\p{L}-]+\s+)?(?:visit|session|appointment))\b/iu;
/** Praise the reader gave the team of our own unit where babies are born: "the kind words about our labor and delivery team", "your review of our L&D nurses" (not "Our L&D nurses love seeing birth announcements"). */
const OUR_BIRTH_UNIT = /\b(?:kind\s+words|review|shout-?out|feedback|praise|love)\s+(?:about|for|of|to)\s+our\s+(?:labor\s+(?:and|&)\s+delivery|L&D|birth(?:ing)?\s+cent(?:er|re)|maternity|mother[-\s]baby|postpartum)\s+(?:team|nurses|staff|crew|midwives|doctors|family)\b/iu;
/** Congratulations on a birth: "Congrats on baby #3", "congratulations on your new baby", "congrats on the twins". */
const BIRTH_CONGRATS = /\bcongrat(?:s|ulations)\s+on\s+(?:(?:the|your)\s+(?:new\s+)?(?:baby|babies|arrival|little\s+one|newborn|twins|triplets)|baby\s+(?:#|no\.?\s?|number\s)\d)/iu;
/** A birth of the reader's that we attended: "It was a joy to help deliver your twins", "we delivered your son", "(Congrats on the new granddaughter!) She was a joy to deliver", "Baby Nora was a joy to deliver" (not "would love to help deliver your baby"). */
const DELIVERED_YOURS = new RegExp(String.raw`\b(?:delivered|delivering|(?:helped|helping)\s+(?:to\s+)?deliver|(?:was|were)\s+(?:[\p{L}-]+\s+){1,4}to\s+help\s+deliver)\s+(?:your|ur)\s+(?:(?:new|beautiful|sweet|little|baby|first|second|third)\s+)*(?:baby|babies|twins|triplets|newborn|son|daughter|boy|girl|grandson|granddaughter|little\s+(?:guy|girl|boy|one|man|lady))\b|\b(?:she|he|they|(?:baby|little)\s+\p{Lu}\p{Ll}+)\s+(?:was|were)\s+(?:a|an|such\s+a)\s+(?:joy|privilege|honou?r|pleasure|blessing|delight)\s+to\s+(?:help\s+)?deliver\b`, "iu");
/** Words that make what follows anyone's, not the reader's: "if", "when", "anyone who" (not "Everyone in the endoscopy suite was rooting for you"). */
const CONDITIONAL = /\b(?:if|when(?!\s+(?:you|he|she|they|we|your\s+[\p{L}-]+)\s+(?:were|was|had|came|got|went|arrived|left|first|called|walked)\b)|whether|unless|whoever|(?:anyone|everyone|anybody|everybody)(?!\s+(?:in|on|at|here|there)\s))\b[^.!?]*$/iu;

/**
 * What makes a reply sentence speak of the reader's care, and where its care
 * words may stand: after "your" (in its clause), "you were", "glad to hear" or
 * "congrats on" or time spent ("Four days in a hallway bed"); anywhere in the sentence for "is working for you" and "that
 * happened to you", and for a wait ("waiting four hours") or an instruction
 * ("Keep the arm in the sling") when the care is a condition or treatment;
 * right after "that" or "this" for a condition or treatment ("that IV
 * bruise"); and in a lead-in before "you" for a condition, treatment or event
 * ("After 3 weeks in a coma, ... you").
 */
type Cue = { m: RegExpExecArray; kind: "your" | "underwent" | "felt" | "the" | "sentence" | "treatment" | "that" | "opened" | "verdict" };
/** The reader told to bring someone back for care: "bring baby back for the weight check Thursday". */
const BRING_BACK = /\bbring\s+(?:baby|him|her|them|your\s+[\p{L}-]+|(?:little\s+)?\p{Lu}\p{Ll}+)\s+(?:back\s+)?(?:in\s+)?(?:for|to)\s+(?:the|a|an|his|her|their|your)\b/u;
/** The reader's own clinician expecting their findings back: "Your surgeon should have the margins back by Wednesday" (not advice: "Your doctor will call with results"). */
const YOUR_CLINICIAN_WILL = new RegExp(String.raw`\b(?:your|ur)\s+(?:[\p{L}-]+\s+)?(?:surgeon|doctor|doc|oncologist|cardiologist|dermatologist|neurologist|urologist|pediatrician|OB|ob-?gyn|midwife|nurse|provider|PCP|care\s+team|specialist)\s+(?:will|should|is\s+going\s+to|expects\s+to)\s+${FINDINGS_BACK.source}`, "iu");
/**
 * A reply sentence that names a day or a time of its own, with no supposition and nothing the organization offers or holds:
 * care in it is the reader's ("The cast comes off next Friday", "the wound nurse will see you Friday", "The sleep lab
 * confirmed you'll be staying overnight on the 14th"; not "Our flu clinic is open Saturday", "if it hurts tonight, call us").
 */
const DATED = /^(?![^]*\b(?:if|when|whether|unless|anyone|everyone|all|our|free|open|opens|closed|class(?:es)?|events?|webinars?|hours|join|register|sign\s+up|available|training|update)\b)[^]*?\b(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+week|on\s+the\s+\d{1,2}(?:st|nd|rd|th)|at\s+\d{1,2}(?::\d\d)?\s?(?:am|pm))\b/i;
/** What the reader has, told to them: "it's essential tremor, not Parkinson's", "it's just a sprain." (the care word must end the clause, so not "it's flu season"). */
const VERDICT = /\b(?:it['’]s|it\s+is|it\s+was)\s+(?:just\s+|only\s+|probably\s+|likely\s+|definitely\s+|most\s+likely\s+)?(?:an?\s+)?(?=(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+\s*(?:[,.;:!?]|$|\s+(?:not|and|but)\b))/iu;
/** A place of care of ours the reader keeps coming to: "our dialysis unit where you come every Monday, Wednesday and Friday". */
const YOU_COME_TO = /\b(?:our|the)\s+(?:[\p{L}&-]+\s+){1,3}(?:unit|clinic|center|centre|lab|floor|suite|ward|room)\s+(?:where|that)\s+you\s+(?:come|came|visit|go)\s+(?:to\s+)?(?:every|each|weekly|daily|(?:\w+\s+times|once|twice)\s+a)\b/iu;
/** A clinic or team of ours that will see the reader again: "The NICU follow-up clinic will see you both again in two weeks". */
const CLINIC_WILL_SEE = /\b(?:the|our)\s+(?:[\p{L}&-]+\s+){0,3}(?:clinic|unit|team|office|center|centre)\s+will\s+(?:see|check\s+on)\s+(?:you|him|her|them)(?:\s+(?:both|two|all))?\s+(?:again\s+)?(?:in\s+(?:\d+|a|one|two|three|four|six)\s+(?:days?|weeks?|months?)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+(?:week|month)|tomorrow)\b/iu;
/** One of our clinicians on the way to the reader or their relative, as arranged: "Our hospice nurse will be by tomorrow morning as planned", "the visiting nurse will stop by Thursday" (not "our nurses will be there Saturday", at an event). */
const CLINICIAN_COMING = /\b(?:our|the)\s+(?:[\p{L}&-]+\s+){0,2}(?:nurses?|aides?|therapists?|chaplain|social\s+worker|team)\s+will\s+(?:be\s+(?:by|over|out)|come\s+(?:by|over|out)|stop\s+by|drop\s+by|visit(?:\s+(?:you|him|her|them))?|see\s+(?:you|him|her|them))\s+(?:again\s+)?(?:tomorrow|today|tonight|this\s+(?:morning|afternoon|evening|week)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|at\s+\d|as\s+(?:planned|scheduled|arranged)|next\s+(?:week|visit))\b/iu;
/** What a relative's own clinicians say of them: "Your husband's physical therapists say he's their star pupil". */
const RELATIVES_CLINICIANS_SAY = new RegExp(String.raw`\b(?:your|ur)\s+${RELATIVES}['’]s\s+(?:[\p{L}-]+\s+)?(?:surgeons?|doctors?|nurses?|therapists?|PTs?|OTs?|oncologists?|cardiologists?|pharmacists?|care\s+team)\s+(?:say|says|said|tell|tells|told|think|thinks|report|reports)\b`, "iu");
/** A birth we helped the reader through: "It was a joy to help you welcome baby number four", "we loved helping you deliver your twins". */
const HELPED_WELCOME = /\bhelp(?:ed|ing)?\s+you\s+(?:welcome|deliver|meet|bring\s+home)\s+(?:baby\b|little\s+\p{Lu}|(?:your|the)\s+(?:new\s+)?(?:baby|babies|son|daughter|twins|triplets|little\s+one|newborn)\b|twins\b|triplets\b)/iu;
/** What the reader's own clinician told us of them: "your physical therapist mentioned you hit 90 degrees", "your nurse told us you're walking the halls". */
const YOUR_CLINICIAN_TOLD = /\b(?:your|ur)\s+(?:[\p{L}-]+\s+)?(?:doctor|surgeon|nurse|therapist|PT|OT|oncologist|cardiologist|dietitian|pharmacist|care\s+team|provider|midwife|physician)\s+(?:mentioned|told\s+us|tells\s+us|said|says|let\s+us\s+know|shared|noticed)\s+(?:that\s+)?you(?:['’](?:ve|re)|\s+(?:have|are|had|were))?\s+\p{Ll}+/iu;
/** The reader greeted on coming back to a place of care of ours: "welcome back to the diabetes clinic!". */
const WELCOME_BACK_TO = /\bwelcome\s+back\s+to\s+(?:the|our)\s+(?:[\p{L}&-]+\s+){0,3}(?:clinic|unit|ICU|NICU|PICU|ER|ED|floor|ward|center|centre|rehab|infusion\s+(?:suite|room)|dialysis|gym)\b/iu;
/** Care the reader is done with, cheered: "We heard the good news, no more chemo!" (the care word straight after). */
const NO_MORE = /\bno\s+more\s/i;
/** The reader told not to repeat a lapse in their care: "please don't skip the blood thinner again". */
const NOT_AGAIN = /\b(?:don['’]t|do\s+not|never)\s+(?:skip|miss|stop|forget|run\s+out\s+of)\b(?=[^.!?]*\bagain\b)/i;
/** The reader's own mending: "proud of how you're healing". */
const MENDING = /\byou(?:['’]re|\s+are)\s+(?:(?:still|now|so|really)\s+)?(?:healing|recovering|mending|bouncing\s+back)\b/i;
/** Their clinician's clearance, care in itself: "until Dr. Lee clears you", "once the doctor clears your ankle". */
const CLEARED = /\b(?:clears|cleared|releases|released)\s+(?:you|your\s+(?:[\p{L}-]+\s+)?(?:ankle|knee|hip|back|shoulder|wrist|foot|leg|arm|neck|hand|elbow|heart|lungs?))\b(?!\s+(?:to\s+)?(?:volunteer|work\s+(?:here|with\s+us)))/iu;
const CUES: [RegExp, Cue["kind"]][] = [[YOU_UNDERWENT, "underwent"], [YOUR_CLINICIAN_WILL, "treatment"], [BRING_BACK, "underwent"], [STILL_TO_GO, "underwent"], [GLAD_TO_HEAR, "felt"], [THE_CARE, "the"], [WORKS_FOR_YOU, "sentence"], [HAPPENED_TO_YOU, "sentence"], [WAITED, "treatment"], [INSTRUCTED, "treatment"], [TRUSTED_US, "underwent"], [HAD_YOU, "underwent"], [HAD_CHILD_IN, "underwent"], [AFTER_CARE_YOU, "opened"], [CONGRATS_ON, "underwent"], [CARE_ANNIVERSARY, "underwent"], [SPENT_IN, "underwent"], [THAT_CARE, "that"], [NO_MORE, "that"], [NOT_AGAIN, "treatment"], [MENDING, "sentence"], [VERDICT, "verdict"], [DATED, "sentence"]];

/** Every cue in the sentence, "your" first, then in the order of CUES; a cue inside a supposition ("if you were ...") ends the list. */
function cuesIn(line: string): Cue[] {
  const your = readersOwn(line);
  const out: Cue[] = your ? [{ m: your, kind: "your" }] : [];
  for (const [re, kind] of CUES) {
    const m = re.exec(line);
    if (!m) continue;
    if (!unlessConditional(line, m)) break;
    out.push({ m, kind });
  }
  return out;
}

function unlessConditional(line: string, m: RegExpExecArray | null): RegExpExecArray | null {
  // The cue itself is read with what comes before it: "when you were admitted" tells, "when you " supposes.
  return m && !CONDITIONAL.test(line.slice(0, m.index) + m[0]) ? m : null;
}

/** Staff in a place: "(your care team) in the ED", "(your nurses) on 5 West". */
const STAFF_PLACED = /^\s+(?:in|on|at)\s+(?:the|our)?\s*(?:\p{Lu}|\d|[\p{L}-]+\s+(?:unit|floor|ward|wing))/u;

/** A visit named by the clinician it is with: "(your allergist) appointment", "(your OB) visit". */
const STAFF_VISIT = /^\s*(?:appointments?|appt|visits?|follow-?ups?|consults?|check-?ups?|sessions?)\b/i;

/** The reader's clinician asking something of them: "wants you to", "would like you to". */
const STAFF_ASKS = /^\s+(?:wants|would\s+like|needs|asked|asks)\s+(?:that\s+)?you\s+to\b/i;

/** What a reader gives or sends us, people they know, what they make or run, or the events of their life, which say nothing of their care: "your new job", "your donation", "your bakery on Main Street", "your kind words", "your question", "your suggestion about ER waiting room chairs", "Your L&D nurse friends", "your kind note about our pediatric unit", "your letter and your support of our eye clinic", "your Friday donut deliveries", "your cookie donation", "your visit to our campus". */
const GIVEN_BY_READER = /^\s+(?:new\s+|big\s+)?(?:job|career|promotion|retirement|wedding|engagement|graduation|degree|move|trip|vacation|honeymoon|house|race|marathon|season)\b|^\s+(?:[\p{L}\d&-]+\s+){0,2}(?:donations?|gifts?|drives?|fundraisers?|campaigns?|support|generosity|kindness|words|questions?|feedback|suggestions?|ideas?|input|comments?|reviews?|posts?|contributions?|shout-?outs?|votes?|interest|business|help)\b|^\s+(?:[\p{L}&-]+\s+){0,2}(?:notes?|letters?|cards?|messages?|emails?)(?:\s+(?:about|for|to)\s+(?:our|the\s+(?:team|staff|nurses))\b|\s*(?=[,.!;]|\s+and\s))|^\s+(?:[\p{L}&'’-]+\s+){1,2}(?:friends?|buddies|pals|colleagues|co-?workers|classmates|teammates|fans|deliveries|treats|cookies|choir|class|students|troop|scouts|band|club|congregation|guild|circle|committee|league|society|chapter|lodge|association|sorority|fraternity)\b|^\s+(?:[\p{L}&-]+\s+)?(?:bakery|shop|store|restaurant|caf[eé]|business|company|art(?:work)?|paintings?|drawings?|music|band|podcast|blog|channel|church)\b|^\s+visits?\s+to\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}(?:campus|lobby|garage|cafeteria|gift\s+shop|parking\s+(?:lot|garage)|booth|table|fair|gala|open\s+house|tours?|class(?:es)?|events?|fundraiser|party|celebration)\b/iu;
/** Advice to go to one's own clinicians, right before "your": "Talk with ", "Call ", "Ask ", "Ask at (your next visit)"; or a rule for anyone's medicines: "Always finish ", "Never share ", "(Asthma tip:) always carry "; or, in Spanish, what the reader can do: "Puede programar (su mamografía)". */
const ADVISED_TO = new RegExp(String.raw`(?:^|[.!?]\s+|\b(?:please|just|always)\s+)(?:talk|speak)\s+(?:with|to)\s+$|(?:^|[.!?]\s+|\b(?:please|just|always)\s+)(?:ask|call|contact|see|check\s+with)\s+$|(?:^|[.!?]\s+|\b(?:please|just|always)\s+)(?:ask|bring\s+it\s+up|mention\s+it)\s+(?:about\s+(?:it|this|that|them)\s+)?(?:at|during)\s+$|${ALWAYS_DO}$|\b(?:puede|pueden|puedes|para|debe|debes)\s+(?:programar|hacer|agendar|pedir|solicitar|reservar|cambiar|llamar\s+a)\s+$`, "i");
/** The reader's own clinician as the one who will advise them: "(Your doctor) will tell you", "(your pediatrician) can help you decide", "(your child's nurse) can explain", "(Your midwife) will check", "(your child's surgeon) will give exact instructions". */
const WILL_ADVISE = /^\s+(?:will|can|may|should|could)\s+(?:(?:tell|advise|let|help)\s+you|give\s+(?:you\s+)?(?:[a-z-]+\s+)?(?:instructions|advice|directions|guidance|details)|explain|answer|go\s+over|walk\s+you\s+through|tailor|adjust|recommend|suggest|talk\s+(?:with|to)\s+you|check|confirm|decide|discuss)\b/i;
/** The reader's own clinician as the one to go to or to help: "Tell ", "(readings) help "; not "we'll tell ". */
const GO_TO = /\b(?:help|helps|tell|remind|show|inform)\s+$/i;
const WE_DO = /\b(?:we|I|we['’]ll|I['’]ll|we['’]ve|I['’]ve)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Where to go, after "For your own results": ", please check the patient portal", ", call 555-0184". */
const SENT_ELSEWHERE = /^[^,.!?]{0,40},\s*(?:please\s+)?(?:check|call|visit|log\s+in|use|see|contact|email|message|go\s+to|reach\s+out)\b/i;
/** A team of the reader's clinicians: "(your) oncology team", "(your) care team". */
const TEAM_NEXT = /^\s+(?:own\s+)?(?:[\p{L}&-]+\s+)?team\b/iu;
/** Advice to look after what everyone has: "(so) check (your blood pressure)", "know (your numbers)". */
const CHECK_YOURS = /(?:^|[.!?,;:]\s*|\b(?:so|and|please|just|always|then|to)\s+)(?:check|know|monitor|track|watch|protect|lower|manage|keep\s+an\s+eye\s+on)\s+$/i;
const UNIVERSAL = /^\s*(?:blood\s+pressure|cholesterol|blood\s+sugar|heart\s+rate|weight|skin|moles|breasts|numbers|vitals|heart|hearing|vision|eyes|teeth)\b/i;
/** A sentence opened by a verb's -ing form, right before "your": "Finishing ", "Tip: logging ". */
const GERUND_OPENS = /(?:^|[.!?:]\s+|^\s*@[\w.]+\s+)(?:tip:\s*)?\p{L}+ing\s+$/iu;
/** What a habit does for anyone: "(as prescribed) helps prevent", "gives the clearest picture", "is one of the best ways". */
const HABIT_DOES = /^[^.!?;]{0,50}?\b(?:helps?|can\s+help|gives?|keeps?|lowers?|prevents?|reduces?|cuts?|protects?|is\s+(?:the\s+)?(?:best|key|important|essential|one\s+of))\b/i;
/** "your" in a supposition or an open question: "if your", "when to come back for your". */
const SUPPOSING = /\b(?:if|when|whether|unless)\b[^,;]*$/i;

/**
 * Where advice to go to one's own clinician ends in a line ("See your doctor", "help your doctor", "Your
 * doctor will tell you", "Talk with your diabetes team"), or -1.
 */
function ownClinicianAdvice(line: string): number {
  for (const m of line.matchAll(/\b(?:your|ur)\b/gi)) {
    const from = m.index + m[0].length;
    const after = line.slice(from, from + 60);
    const team = TEAM_NEXT.exec(after);
    const staff = contextTerms("staff-words").spans(after).find((t) => /^\s+(?:own\s+)?(?:[\p{L}'’-]+\s+)?$/u.test(after.slice(0, t.start))) ?? (team ? { start: 0, end: team[0].length } : undefined);
    if (staff && (ADVISED_TO.test(line.slice(0, m.index)) || (GO_TO.test(line.slice(0, m.index)) && !WE_DO.test(line.slice(0, m.index))) || WILL_ADVISE.test(after.slice(staff.end)))) return from + staff.end;
  }
  return -1;
}

/** What follows "your" when it names a day in its clause: "(your) visit next week", "(your) follow-up on the 14th". */
const ON_A_DAY = /^[^,;.!?]{0,30}?\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week)|next\s+(?:week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+\d{1,2}(?:st|nd|rd|th)?))\b/i;
/** What is best for anyone's own, right before "your": "the best thing you can do for ", "the easiest step for ". */
const BEST_FOR = /\b(?:best|easiest|simplest|most\s+important|single\s+best)\s+(?:thing|things|step|steps|gift|habit)\s+(?:(?:you|anyone)\s+can\s+(?:do|take|give)\s+)?for\s+$/i;
/** "your" that belongs to the reader's own care, not to their doctor or pharmacist: "unless your pharmacist says otherwise". */
function readersOwn(line: string): RegExpExecArray | null {
  // Spanish "su", "tu": "Su cita de mamografía es el martes".
  const re = /\b(?:your|ur|su|sus|tu|tus)\b/gi;
  // "See your doctor if your sore throat comes with a fever", "Your doctor will tell you when to come back for
  // your next colonoscopy", "readings help your doctor adjust your care": advice to go to one's own clinicians is
  // anyone's, and so is what it supposes or asks of them.
  const advice = ownClinicianAdvice(line);
  const brought = [...line.matchAll(BRING_TO_YOURS)];
  for (let m = re.exec(line); m; m = re.exec(line)) {
    // "Talk with your diabetes team", "Call your doctor": advice anyone may take tells of no care; nor does a guide's
    // "what to expect at your appointment".
    // "For your own results, please check the patient portal": where anyone is sent for their own.
    // "a great way to help your blood pressure": a way anyone may take; so is "so check your blood pressure", and "the best thing you can do for your skin".
    if (CHECK_YOURS.test(line.slice(0, m.index)) && UNIVERSAL.test(line.slice(re.lastIndex))) continue;
    // "Finishing your antibiotics as prescribed helps prevent resistance", "Tip: logging your blood pressure ... gives the clearest
    // picture": a habit anyone may take up, as the subject of what it does (not "Finishing your chemo is huge").
    if (GERUND_OPENS.test(line.slice(0, m.index)) && HABIT_DOES.test(line.slice(re.lastIndex, re.lastIndex + 80))) continue;
    if (ADVISED_TO.test(line.slice(0, m.index)) || /\b(?:what\s+to\s+expect|how\s+to\s+prepare)\s+(?:at|for|during|before|after)\s+$/i.test(line.slice(0, m.index)) || /\bways?\s+to\s+(?:[\p{L}-]+\s+){1,2}$/iu.test(line.slice(0, m.index)) || BEST_FOR.test(line.slice(0, m.index)) ||
      (/(?:^|[.!?:]\s+|^\s*@[\w.]+\s+)(?:for|about|regarding|with)\s+$/i.test(line.slice(0, m.index)) && SENT_ELSEWHERE.test(line.slice(re.lastIndex)))) continue;
    // "Your child's nurse can explain ...": the "your" of the advice itself.
    // (But "Your urologist will go over other options at your visit next week": a visit on a day is the reader's own.)
    if (advice >= 0 && ((m.index < advice && advice - m.index <= 40) || SUPPOSING.test(line.slice(0, m.index)) || (m.index > advice && !/[,;:]/.test(line.slice(advice, m.index)) && !ON_A_DAY.test(line.slice(re.lastIndex))))) continue;
    const next = line.slice(re.lastIndex, re.lastIndex + 40);
    // "Your donation will go to patients in the infusion center": what the reader gave us is no care of theirs.
    // (But "Your cardiac rehab class misses you": a class of the reader's care.)
    if (GIVEN_BY_READER.test(next) && !CLASSMATES.test(next)) continue;
    // "heart monitors like Holters record your rhythm": a kind of device or test, in the plural, and what it does for anyone.
    if (KINDS_DO.test(line.slice(0, m.index))) continue;
    // "call the number on your prescription bottle": where anyone finds what to do, on the label of their medicine.
    if (/^\s+(?:prescription|pill|medicine|medication)\s+(?:bottles?|labels?|box(?:es)?|packages?)\b/i.test(next)) continue;
    // "your checkup is the perfect time to ask about the flu shot": a visit anyone has, as a chance for something.
    if (CHANCE_TO.test(next)) continue;
    // "Bring your log to your next checkup": what anyone is asked to bring to their own visit (but "you can bring your service dog to your chemo sessions" tells of a treatment the reader has).
    const at = m.index;
    const treatment = () => contextTerms("procedures").spans(next).some((t) => /^\s+(?:[\p{L}-]+\s+)?$/u.test(next.slice(0, t.start)) && !contextEntries("care-encounters").has(next.slice(t.start, t.end).toLowerCase()));
    if (brought.some((b) => b.index <= at && at < b.index + b[0].length) && !treatment()) continue;
    // "prep kits are available at the front desk once your procedure is booked": a step anyone takes when their care is set up.
    if (/\b(?:once|after|when|as\s+soon\s+as)\s+$/i.test(line.slice(0, m.index)) && YOURS_SET_UP.test(next)) continue;
    const staff = contextTerms("staff-words").spans(next).find((t) => t.start === 1);
    // "Keep stitches dry for 24 hours unless your clinician says otherwise": advice anyone may take, deferring to their own clinician.
    if (staff && /\b(?:unless|until)\s+$/i.test(line.slice(0, m.index))) continue;
    // "your care team in the ED" is the team that cared for the reader there; "Your cardiologist wants you to keep
    // wearing the heart monitor" is the reader's clinician asking something of them.
    // "Your allergist appointment got moved": a clinician's word naming the reader's own visit.
    if (!staff || STAFF_PLACED.test(next.slice(staff.end)) || STAFF_ASKS.test(next.slice(staff.end)) || STAFF_VISIT.test(next.slice(staff.end))) return m;
  }
  return null;
}


/** People the reader leads or sends, who give care or help: "your crew", "your volunteers", "your officers". */
const READERS_CREW = /\b(?:your|ur)\s+(?:crews?|volunteers|students|members|firefighters|medics|paramedics|EMTs|officers|deputies|troop|scouts|club|congregation|department)\b/i;
/** A care team of ours: "our stroke team", "our NICU team", "the whole L&D team", "our infusion nurses". */
const OUR_TEAM = /\b(?:our|the)\s+(?:(?:whole|entire)\s+)?(?:[\p{L}-]+\s+)?(?:care|medical|nursing|stroke|trauma|cardiac|heart|cancer|oncology|icu|nicu|picu|er|ed|surgical|surgery|rehab|therapy|hospice|palliative|transplant|burn|dialysis|neuro|neurology|ortho|orthopedic|maternity|labor|l&d|birth|birthing|delivery|ob|mother-baby|postpartum|lactation|midwifery|pediatric|peds|respiratory|wound|infusion|emergency|pt|ot|physical\s+therapy|occupational\s+therapy|speech|sleep|cath\s+lab|imaging|radiology|pharmacy)\s+(?:team|nurses|staff|therapists|crew|squad|floor|unit|lab)\b/giu;
/** What a care team or clinician feels or says of the reader (not advice: "says you can bring a snack"; not what the reader did for us: "loved having you help at the bake sale"). */
const FOR_YOU = String.raw`(?:(?!(?:says|said|tells\s+(?:us|me)|told\s+(?:us|me))\s+you\s+(?:can|should|may|might|could|need|must|will|would|shouldn['’]t|can['’]t|won['’]t)\b)(?:proud(?:\s+of|\s+that)?|miss(?:es)?|loves?|cheering\s+(?:for|on)|rooting\s+for|thinking\s+of|praying\s+for|(?:so\s+)?happy\s+for|says|said|tells\s+(?:us|me)|told\s+(?:us|me)|(?:loved|loves|enjoyed|enjoys|miss|misses|missed)\s+(?:seeing|having|meeting|caring\s+for|helping|treating|working\s+with|hearing(?:\s+that)?))\s+you\b(?!\s+(?:help|helping|volunteer|volunteering|join|joining|speak|speaking|perform|performing|sing|singing|play|playing|lead|leading|teach|teaching|share|sharing|as\s+(?:a|an|our)|on\s+(?:our|the)\s+(?:board|committee|council|panel))\b)|(?:(?:will|is\s+going\s+to|are\s+going\s+to)\s+take\s+(?:good\s+|great\s+|such\s+good\s+)?care\s+of|look(?:s|ing)?\s+forward\s+to\s+seeing)\s+you\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|next\s+week)\b)`;
/** A team named by the care it gives after it: "the team in cardiac rehab", "our nurses on the burn unit". */
const TEAM_IN = String.raw`\b(?:our|the)\s+(?:team|nurses|staff|therapists|crew|docs|doctors)\s+(?:in|on|at)\s+(?:the\s+)?(?:[\p{L}&-]+\s+){0,2}[\p{L}&-]+`;
/** A care team glad for the reader or telling of them: "Our lactation team is so proud of you two", "the whole ICU team misses you", "the PT team says you crushed it", "Our dialysis team loved seeing you", "Our infusion nurses will miss seeing you", "Our lactation team loved working with you", "Our ortho team will take good care of you Thursday", "Our dialysis team looks forward to seeing you Tuesday". */
const TEAM_FOR_YOU = new RegExp(String.raw`(?:${OUR_TEAM.source}|${TEAM_IN})[^.!?]{0,30}?\b${FOR_YOU}`, "iu");
/**
 * A care team glad to have met, cared for or seen the birth of someone of the reader's, or amazed at how they have grown: "Our maternity team loved meeting him",
 * "our NICU nurses loved caring for your twins", "Our L&D nurses loved being part of little Harper's arrival", "Our NICU team still can't believe how big they've gotten".
 */
const TEAM_MET_THEIRS = new RegExp(String.raw`(?:${OUR_TEAM.source}|${TEAM_IN})\s+(?:(?:really|so|all|just|still)\s+)?(?:(?:loved|enjoyed|adored)\s+(?:(?:meeting|caring\s+for|delivering|taking\s+care\s+of)\s+(?:him|her|them|your\s+(?:[\p{L}-]+\s+)?(?:baby|babies|twins|triplets|son|daughter|boy|girl|little\s+one))|being\s+(?:a\s+)?part\s+of\s+(?:(?:little|baby)\s+\p{Lu}\p{Ll}+['’]s|(?:your|his|her|their)\s+(?:[\p{L}-]+['’]s\s+)?)\s*(?:arrival|birth|delivery|recovery|journey))|can['’]?t\s+believe\s+how\s+(?:big|tall|grown|strong|chubby)\s+(?:you|he|she|they)(?:['’](?:ve|s|re)|\s+(?:has|have|is|are))?)\b`, "iu");
/** One of our staff glad for the reader: "the dietitian loved hearing that you're down 20 lbs", "Nurse Amy says you". */
const STAFF_FOR_YOU = new RegExp(String.raw`^[^.!?]{0,30}?\b${FOR_YOU}`, "iu");

/** Staff who still ask after or remember someone, a patient they had: "Our NICU nurses still ask about her", "Our whole NICU team remembers the twins". */
const STAFF_ASK_ABOUT = /\b(?:our\s+)?(?:[\p{L}&-]+\s+){0,2}(?:nurses|team|staff|doctors|therapists|midwives)\s+(?:still\s+)?(?:(?:ask|asks|asked|talk|talks|talked)\s+about|remembers?|remembered)\s+(?:you|her|him|them|little\s+\p{Lu}\p{Ll}+|baby\s+\p{Lu}\p{Ll}+|your|the\s+(?:twins|triplets|quads|quadruplets|babies|baby|boys|girls|little\s+ones?))\b/u;
/** The reader's relative told as mending: "your dad is doing much better", "your wife is home and breathing easier". */
const RELATIVE_BETTER = new RegExp(String.raw`\b(?:your|ur)\s+${RELATIVES}\s+(?:is|['’]s|are|['’]re)\s+(?:(?:doing|feeling|getting)\s+(?:so\s+much\s+|much\s+|a\s+lot\s+|a\s+bit\s+)?(?:better|stronger)|recovering|on\s+the\s+mend|home\s+from|breathing\s+easier|home\s+and\s+(?:doing|feeling|breathing|resting|recovering)\b)`, "iu");
/** An appointment the reader has or had with us: "see you at PT on Monday", "see you for your follow-up", "will see you on Monday for your first session", "Great seeing you at the follow-up", "seeing you and baby Grace at the two-week checkup", "see u at dialysis Tues", "We'll see you Wednesday for your usual chair", "wants to see you back in clinic". */
const SEE_YOU_AT = /\b(?:see|seeing|saw)\s+(?:you|u)(?:\s+(?:both|two|all))?(?:\s+and\s+(?:baby\s+|little\s+)?\p{Lu}\p{Ll}+)?(?:\s+(?:on\s+\p{Lu}\p{Ll}+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|tomorrow|today|tonight|next\s+week|this\s+week))?\s+(?:at|for|in)\s+(?:your\s+|the\s+|our\s+)?(?:(?:next|first|last|final|annual|yearly|usual|regular)\s+)?(?:[\p{L}\d]+-(?:week|month|year|day)\s+(?:check|shots|vaccines)\b|(?:[\p{L}\d]+-(?:week|month|year|day)\s+)?(?:PT|OT|x-?rays?|MRI|CT\s+scan|mammogram|labs|blood\s*work|echo|physical\s+therapy|occupational\s+therapy|speech\s+therapy|therapy|rehab|dialysis|chemo|infusion|follow-?up|check-?up|post-?op|wound\s+check|weight\s+check|well[\s-]?(?:baby|child)\s+(?:visit|check)|hearing\s+(?:screen|check)|appointment|visit|session|chair|treatment|scan|ultrasound|surgery|[\p{L}-]+\s+clinic)\b)|\b(?:see|seeing)\s+(?:you|u)\s+back\s+(?:in|at)\s+(?:the\s+|our\s+)?(?:clinic|office)\b/iu;
/** What a scan of ours showed of the reader or their baby: "Baby looked perfect on the ultrasound today". */
const SEEN_ON_SCAN = /\b(?:looked|looks|was|were|is)\s+(?:perfect|great|healthy|good|beautiful|fine|normal|clear|strong)\s+on\s+(?:the|your|today['’]s|this\s+morning['’]s)\s+(?:[\p{L}-]+\s+)?(?:ultrasound|scan|sonogram|x-?ray|mri|ct|echo|monitor|mammogram|ekg|ecg)\b/iu;
/** Staff glad to have met someone: "Loved meeting", "So nice seeing", "Great having". */
const GLAD_MEETING = String.raw`\b(?:(?:[Ll]oved|[Ee]njoyed|[Ss]o\s+nice|[Gg]reat|[Ff]un|[Hh]appy)\s+(?:meeting|seeing|having)|(?:[Ss]o\s+)?(?:[Gg]ood|[Nn]ice|[Gg]reat|[Ll]ovely|[Ww]onderful)\s+to\s+(?:see|meet))\s+`;
/** A child met at their own visit, or the next one to come, or the reader in a clinic of ours: "we loved meeting baby Noah at his 2-month shots", "See you at 4 months!", "We loved having you and baby Ava in the lactation clinic". */
const MET_AT_VISIT = new RegExp(String.raw`${GLAD_MEETING}(?:(?:baby\s+|little\s+)?\p{Lu}\p{Ll}+\s+(?:at|for|in\s+for)\s+(?:his|her|their|the)\s+(?:[\p{L}\d-]+\s+){0,2}(?:shots|vaccines?|immunizations?|check-?up|visit|appointment|physical|well[- ]child|exam)\b|you(?:\s+and\s+(?:baby\s+|little\s+)?\p{Lu}\p{Ll}+)?\s+(?:in|at)\s+(?:the|our)\s+(?:[\p{L}&-]+\s+){0,2}(?:clinic|unit|office|center|suite|ER|ED|NICU|ICU|PICU|lab|ward|floor)\b|you\s+and\s+(?:(?:the|your)\s+)?(?:baby|babies|twins|triplets|kids|little\s+ones?)\s+(?:at|for)\s+(?:his|her|their|your|the)\s+(?:[\p{L}\d-]+\s+){0,2}(?:shots|vaccines?|immunizations?|check-?ups?|visit|appointment|physical|exam)\b)|\bsee\s+you\s+at\s+(?:(?:his|her|their)\s+)?\d{1,2}\s+(?:weeks|months)\b(?!\s+(?:old|ago))`, "u");
/** The clinician who cared for the reader, named, or their care team glad for them: "Your nurse, Kim, has been told", "your surgeon Dr. Patel", "Your PT team is so proud", "your PT says no throwing until March", "your nurse's manager will follow up" (not "ask your doctor"). */
const YOUR_CLINICIAN = /\b(?:[Yy]our|[Uu]r)\s+(?:(?:ER|ED|ICU|NICU|L&D|day|night|home|hospice|primary\s+care|physical|occupational|speech|respiratory|surgical|infusion|dialysis|delivery|labor)\s+)?(?:nurses?|doctors?|docs?|surgeons?|therapists?|midwife|midwives|anesthesiologist|aides?|techs?|PTs?|OTs?|physicians?|providers?|NPs?|PAs?|dentists?|hygienists?)\s*,?\s+(?:(?:Dr|Nurse)\.?\s+)?\p{Lu}\p{Ll}+\b(?!\s+(?:Association|Society|Board|College|Hotline|Line)\b)|\b(?:[Yy]our|[Uu]r)\s+(?:PT|OT|care|rehab|NICU|ICU|cancer|surgical|dialysis|infusion|transplant|cardiac|nursing|medical|therapy)\s+team\s+(?:is|are|was|were)\s+(?:so\s+|really\s+)?(?:proud|cheering|rooting|thrilled|happy|glad)\b|\b(?:[Yy]our|[Uu]r)\s+(?:surgeon|doctor|doc|PT|OT|physical\s+therapist|therapist|nurse|oncologist|cardiologist|midwife|dentist)\s+(?:says|said|wants|cleared|told|signed\s+off)\b|\b(?:[Yy]our|[Uu]r)\s+(?:nurse|doctor|surgeon|therapist|aide)['’]s\s+(?:manager|supervisor|director|charge\s+nurse)\b/u;
/** The reader home with a newborn we delivered: "thrilled you and Amina are home with little Zaid", "congrats on going home with your twins". */
const HOME_WITH_BABY = /\b(?:you(?:\s+and\s+\p{Lu}\p{Ll}+)?(?:['’]re|\s+are)\s+(?:finally\s+|now\s+)?|on\s+(?:finally\s+)?(?:going|heading|bringing\s+(?:baby|them|him|her))\s+)home\s+with\s+(?:baby|little|your\s+(?:new\s+)?(?:baby|son|daughter|twins|triplets))\b/iu;
/** How someone close to the reader is doing, as our clinicians tell it: "he's doing great from what the nurses told us", "the nurses say she's doing well". */
const DOING_PER_STAFF = /\b(?:he|she|they)['’](?:s|re)\s+(?:doing|eating|sleeping|breathing|resting)\s+(?:so\s+)?(?:great|well|better|fine|okay|ok|good)\b[^.!?]{0,40}?\b(?:nurses?|doctors?|team|surgeon|staff)\s+(?:told|tell|say|said)\b|\b(?:nurses?|doctors?|surgeon|care\s+team)\s+(?:told\s+us|tells\s+us|says?|said)\s+(?:that\s+)?(?:he|she|they)['’](?:s|re)\s+(?:doing|eating|resting|breathing)\b/i;
/** The reader told to bring a child back to the unit that cared for them: "Bring her by the NICU when she's had her shots". */
const BRING_BY_UNIT = /\b[Bb]ring\s+(?:baby|him|her|them|(?:little\s+)?\p{Lu}\p{Ll}+)\s+(?:back\s+)?by\s+(?:the|our)\s+(?:NICU|PICU|ICU|unit|floor|ward)\b/u;
/** Glad that a place of care helped the reader: "We're so happy the fertility clinic could help you and Tom" (not "our clinic can help you"). */
const HELPED_YOU = /^(?:\s+(?:team|staff|nurses|doctors))?\s+(?:helped|treated|cared\s+for|saw|(?:could|was\s+able\s+to|were\s+able\s+to|got\s+to)\s+(?:help|treat|care\s+for|see))\s+you\b/i;
const GLAD = /\b(?:happy|glad|thrilled|grateful|honou?red|proud|delighted)\b/i;

/** Where in the sentence a place of care held the reader ("rooting for you in the ICU"), or helped them, if it says so gladly. */
function placeWithReader(text: string, s: Span, terms: CareTerm[]): Span | undefined {
  for (const t of terms) {
    if (t.list !== "care-settings" || t.start < s.start || t.end > s.end) continue;
    // "The whole hospital is rooting for you in the ICU": the reader, there.
    const there = YOU_THERE.exec(text.slice(s.start, t.start));
    if (there) return { start: there.index, end: t.end - s.start };
    const m = GLAD.test(text.slice(s.start, s.end)) ? HELPED_YOU.exec(text.slice(t.end, s.end)) : null;
    if (m) return { start: t.start - s.start, end: t.end - s.start + m[0].length };
  }
  return undefined;
}
/** The reader in a place of care, as those who think of them or saw them there tell it: "rooting for you in the ", "thinking of you on our ", "saw you in the ". */
const YOU_THERE = /\b(?:(?:rooting|praying|cheering|pulling)\s+for|thinking\s+(?:of|about)|visited|saw)\s+you\s+(?:(?:here|again|today|tonight|yesterday)\s+)?(?:in|at|on)\s+(?:the|our)\s+(?:[\p{L}-]+\s+)?$/iu;

/** What a clinician does with the reader's own things: "the dietitian reviewed your food log", "Dr. Lee adjusted your dose", "Dr. Stein was able to fix the broken crown on your molar"; or how the reader mends (SAYS_YOURS_MENDS); or feels or says of the reader (STAFF_FOR_YOU); or when they will see them (WILL_SEE). */
const ACTS_ON_YOURS = /^\s+(?:(?:has|have|just|already)\s+)?(?:reviewed|checked|looked\s+(?:at|over)|went\s+over|read|adjusted|changed|updated|refilled|signed|approved|sent\s+over)\s+(?:your|ur)\b|^\s+(?:(?:was|were)\s+able\s+to|could|got\s+to)\s+(?:fix|repair|fill|pull|remove|stitch|set|splint|drain|save|treat)\s+(?:(?:the|that)\s+(?:[\p{L}-]+\s+){0,3}(?:on|in|of)\s+)?(?:your|ur)\b/iu;

/** A clinician telling how the reader is coming along, or what they have: "the physical therapist says your balance has really improved", "says your hip flexor strain should heal", "your allergist confirmed you're allergic to cats". */
const SAYS_YOURS_MENDS = /^\s+(?:says|said|noticed|noted|tells\s+us|told\s+us|reports|mentioned)\s+(?:that\s+)?(?:your|ur)\s+(?:[\p{L}-]+\s+){1,3}(?:(?:has|have|is|are|was|were)\s+(?:really\s+|so\s+much\s+|much\s+|a\s+lot\s+|greatly\s+|already\s+)?(?:improved|improving|better|getting\s+(?:better|stronger)|healing|healed|stronger|worse|looking\s+(?:good|great|better)|ready\s+(?:for|to)|cleared\s+(?:for|to)|stable)|(?:should|will|may|might|could)\s+(?:heal|mend|improve|get\s+better|be\s+(?:healed|better|fine|ready)))\b|^\s+(?:confirmed|found|says|said|thinks)\s+(?:that\s+)?you(?:['’]re|\s+are|\s+have)\s+(?:allergic|anemic|diabetic|pre-?diabetic|pregnant|deficient|dehydrated|low\s+on)\b|^\s+(?:says|said|tells\s+us|told\s+us|reports|confirmed)\s+(?:that\s+)?(?:your\s+)?(?:baby|little\s+one|son|daughter)\s+(?:is|['’]s|was)\s+(?:measuring|growing|gaining|head[\s-]down|breech)\b|^\s+(?:confirmed|says|said|scheduled|booked)\s+(?:that\s+)?you(?:['’]ll|\s+will)\s+(?:be\s+)?(?:staying|admitted|sleeping|spending\s+the\s+night)\b/iu;

/** A clinician's go-ahead for the reader's own regimen: "(the cardiac rehab team) says you can increase your walking", "(Your physical therapist) says you can try the stairs without the cane". */
const SAYS_YOU_CAN = /^\s+(?:says|said|thinks|feels)\s+(?:you|he|she)\s+(?:can|could|should)\s+(?:now\s+)?(?:(?:start|begin)\s+(?:putting|bearing)\s+weight|put\s+weight|increase|decrease|cut\s+back|stop\s+taking|go\s+back\s+to|return\s+to|resume|come\s+off|start\s+(?:driving|walking|running|lifting)|drive|shower|swim|lift|bear\s+weight|try\s+(?:the\s+)?(?:stairs|walking|running|driving|solids?|solid\s+foods?)|(?:walk|climb|go)\s+without|stop\s+using|ditch)\b/i;
/** A clinician clearing the reader for something ("cleared you to lift again"), keeping them on a list ("has you at the top of the list"), calling the reader to check in ("will call you tomorrow to check in"), or planning to see the reader or their child on a day, or to treat them: "(the pediatrician) wants to try the sensitive formula and see him Friday", "(the midwife) wants to start you on", "(Dr. Noor) wants to see you in 3 months". */
const WILL_SEE = /^\s+(?:(?:has\s+)?cleared\s+(?:you|him|her|them)\s+(?:to|for)\b|(?:has|have|put|placed|moved)\s+(?:you|him|her|them)\s+(?:at\s+the\s+top\s+of|on|onto|to\s+the\s+top\s+of)\s+the\s+(?:[\w-]+\s+)?(?:list|waitlist|wait\s+list)\b|will\s+(?:call|text|check\s+in\s+with)\s+(?:you|him|her|them)\s+(?:(?:today|tomorrow|tonight|this\s+\w+|on\s+\w+|later|soon)\s+)?to\s+(?:check\s+in|see\s+how)\b|will\s+(?:see|visit|check\s+on|stop\s+by\s+to\s+see)\s+(?:you|him|her|them)\s+(?:again\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|next\s+week|this\s+(?:week|afternoon|morning|evening))\b|(?:wants|would\s+like|plans|needs|is\s+going)\s+to\s+(?:(?:[^.!?]{0,50}?\b(?:and|then)\s+)?(?:see|check\s+on|recheck|examine)\s+(?:you|him|her|them)\s+(?:again\s+)?(?:on\s+|this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|week|\d)|(?:start|put|switch|keep|take|wean)\s+(?:you|him|her|them)\s+(?:on|off|to)\b|see\s+(?:you|him|her|them)\s+(?:again\s+)?in\s+(?:\d+|a|one|two|three|four|six|twelve)\s+(?:days?|weeks?|months?)\b))/i;

/** A clinician's view of what the reader had: "(The ER doc) thinks the chest pain was a panic attack". */
const THINKS = /^\s+(?:thinks|thought|suspects|suspected|believes|confirmed|said)\s+(?:that\s+)?(?:the|your|ur)\s+(?:[\p{L}-]+\s+){0,3}(?:was|were|is|are|came\s+from)\s+(?:(?:a|an|just|probably|likely|most\s+likely)\s+)*/iu;
function thinksItWas(rest: string): RegExpExecArray | null {
  const m = THINKS.exec(rest);
  if (!m) return null;
  const told = rest.slice(0, m[0].length + 40);
  return contextTerms("conditions").spans(told).length || contextTerms("symptoms").spans(told).length ? m : null;
}

/** A therapist by the abbreviation of their therapy, in capitals: "your PT", "the OT". */
const THERAPIST = /\b(?:PT|OT|SLP)\b/g;

function staffOnYours(line: string, colleague: boolean): Span | undefined {
  // "your PT says", "the cardiac rehab team says": a therapist by abbreviation or a team of ours speaks too.
  const spoken = [...line.matchAll(THERAPIST), ...line.matchAll(OUR_TEAM)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const t of [...contextTerms("staff-words").spans(line), ...spoken]) {
    // "Dr. Noor wants to see you": the clinician's name may stand between the title and what they do.
    const end = t.end + (/^\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?=\s)/u.exec(line.slice(t.end))?.[0].length ?? 0);
    for (const from of end > t.end ? [t.end, end] : [t.end]) {
      const rest = line.slice(from);
      const m = ACTS_ON_YOURS.exec(rest) ?? SAYS_YOURS_MENDS.exec(rest) ?? SAYS_YOU_CAN.exec(rest) ?? (colleague ? null : STAFF_FOR_YOU.exec(rest)) ?? WILL_SEE.exec(rest) ?? thinksItWas(rest);
      if (m) return { start: t.start, end: from + m[0].length };
    }
  }
  return undefined;
}

/**
 * "your husband is comfortable and the nurses will call you", "your dad's meal
 * tray was late again on 2 West", "your dad is a fighter, and our stroke team
 * is proud of his progress", "Your twins were the cutest patients": a relative in the care of staff, a team or a unit
 * the reply names, or called a patient.
 */
const GAVE_FOR = /^[^.!?]{0,40}?\b(?:dropped\s+off|brought|sent|baked|made|donated|gave|delivered|knitted|sewed|wrote|drew|painted|cooked|organized|raised)\b[^.!?]{0,40}\bfor\s+(?:our|the|all)\b/i;
/** A relative's permission asked or on file: "your mother's permission", "your dad's signed release". */
const PERMISSION = /^[^.!?]{0,30}?['’]s\s+(?:written\s+|signed\s+|verbal\s+)?(?:permission|consent|authori[sz]ation|release|signature|approval|ok|okay)\b/i;
function caredFor(text: string, s: Span): Span[] {
  const line = text.slice(s.start, s.end);
  const relative = YOUR_RELATIVE.exec(line);
  // "If your child has a sore throat, call your pediatrician": a relative only supposed.
  if (!relative || /\b(?:if|unless|in\s+case|when)\s+(?:\S+\s+){0,2}$/i.test(line.slice(0, relative.index))) return [];
  // "the cookies your mom dropped off for our pediatric staff": the relative gave something to our staff.
  // "once we have your mother's permission on file": a privacy step, which confirms no care.
  if (GAVE_FOR.test(line.slice(relative.index)) || PERMISSION.test(line.slice(relative.index))) return [];
  const spans = (re: RegExp) => [...line.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // "adjusted by your child's doctor": the relative's own clinician, whom anyone's child has, tells of no care of ours.
  // But "your mother's hospice aide" is ours, who comes to her.
  const theirOwn = (t: Span) => /\b(?:your|ur)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+['’]s\s+(?:[\p{L}-]+\s+)?$/iu.test(line.slice(Math.max(0, t.start - 40), t.start)) &&
    !/['’]s\s+(?:hospice|home\s+health|home\s+care|visiting|infusion|dialysis|palliative)\s+$/i.test(line.slice(Math.max(0, t.start - 40), t.start));
  return [...contextTerms("staff-words").spans(line).filter((t) => !theirOwn(t)), ...contextTerms("patient-words").spans(line), ...spans(WARD), ...spans(OUR_TEAM)].map((t) => ({ start: s.start + t.start, end: s.start + t.end }));
}
