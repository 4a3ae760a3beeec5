import type { Post, Span } from "../documents/document.js";
import type { Detection } from "../engine/detect-rule.js";
import type { JudgementKind } from "../rules/rule.js";
import type { Category, Severity } from "../types.js";
import { ABOUT_CARE, ALWAYS_DO, caredForBefore, careTerms, COUNT, EVERY_ONE_IN, GENERAL_CARE, givenTo, GREETED_OR_TAGGED, GREETING_OR_TAG, namesGathering, namesGroup, outside, QUESTIONS_ABOUT, type CareTerm } from "./care.js";
import { CALENDAR, describedPerson } from "./described.js";
import { contextEntries, contextTerms } from "./lists.js";
import { noteBlocks, stayTalk } from "./notes.js";
import { cheersByName, FOR_ONE_WHO, isReply, replyCareMentions } from "./reply.js";
import { AWARD_AFTER, CREDITED_BEFORE, KEEPS_COMING, becomesPatient, roleOf, staffToldNext, type People } from "./roles.js";
import { groupBySpan, opensSentence, sentences } from "../documents/sentences.js";
import { isFirstName } from "../nlp/compromise.js";
import { isEnglishWord } from "../detectors/english-words.js";
import { isWordFirstName } from "../detectors/name-words.js";

/** A policy verdict the context stage reached, for the judgement rules to report. */
export interface Judgement {
  kind: JudgementKind;
  start: number;
  end: number;
  reasons: string[];
  /** What documented consent must cover for this to be published: identifier categories and "condition". */
  needs: string[];
  /** The identifiers this verdict rests on (a story's name, photo, dates). */
  tied: Detection[];
  /** Set when consent changes the rule's severity. */
  severity?: Severity;
}

export interface Verdict {
  detections: Detection[];
  judgements: Judgement[];
}


/** Identifiers whose risk depends on who they belong to and what is said around them. */
const PERSON_LINKED = new Set<Category>(["name", "handle", "photo", "age", "date", "location", "phone", "email", "url", "other-id"]);
/** Ways to reach someone, and the words that give them for "her" or "him": "Reach her at ", "call him on ". */
const CONTACT = new Set<Category>(["phone", "email", "url", "handle"]);
const REACH_THEM = /\b(?:reach|call|text|e-?mail|contact|write\s+to|message|find|follow)\s+(?:her|him|them)\s+(?:at|on|via)\s+$/i;
/** Identifiers that point at a person on their own (in a care setting, a room or bed number does). */
const PERSON = new Set<Category>(["name", "handle", "photo", "age", "other-id"]);
/**
 * A performed event told as done to the one named or "who", with other care in the sentence: "(Ruth Dalton,) discharged this morning after a
 * week in our cardiac unit", "(was) admitted to our ICU", "(Vic Soto, who has helped hundreds of patients breathe,) was intubated" (not "admitted to the state bar", "is treated to lunch by the ICU team").
 */
function doneTo(text: string, c: CareTerm, before: string, care: CareTerm[]): boolean {
  const treatedTo = /treated$/i.test(text.slice(c.start, c.end)) && /^\s+to\b/i.test(text.slice(c.end, c.end + 4));
  return /(?:ed|seen)$/i.test(text.slice(c.start, c.end)) && !treatedTo && /(?:(?:\p{Lu}\p{Ll}+|\bwho|[^,]{3},)\s+(?:(?:has|have|had)\s+been|was|were|is|are|got|gets)\s+(?:just\s+|now\s+|finally\s+)?|\p{Lu}\p{Ll}+,\s+)$/u.test(before) &&
    care.some((o) => o !== c && o.list !== "care-events");
}
/**
 * Care events that clinicians perform rather than undergo, or that staff do as
 * much as patients ("comes to our clinic every week"): a staff name beside them stays staff.
 */
const PERFORMED = /^(?:treat|operat|deliver|seen|see|visit|discharg|admit|intubat|extubat|stitched|patched|sewed|reattach|re-attach|amputat|sav(?:e|ed|es|ing)\s|car(?:e|ed|ing)\s+for|(?:take|takes|took|taking)\s+care\s+of|com(?:es|ing)\s|came\s)/i;

interface Tie {
  strong: boolean;
  term: string;
  condition: boolean;
  /** The tie is something that happened to a person (passed away, diagnosed with), not care they gave. */
  happensTo: boolean;
  /** Where the deciding care word starts. */
  at: number;
  /** Where the one it happens to is named, when care given names them right after it ("cared for Senator Paula Ngata"). */
  to?: number;
}

/**
 * Decides, per identifier, whether it belongs to a patient tied to health or
 * care (error), to staff, the organization or a public figure (info), or is
 * unclear (warning); and finds the patient stories and replies of the post.
 */
export function judge(post: Post, dets: Detection[], people: People): Verdict {
  const text = post.text;
  const care = careTerms(text);
  // "patient" inside "patient advocate" or "patient portal" names no patient.
  const compounds = [...contextTerms("not-patient").spans(text), ...contextTerms("staff-words").spans(text)];
  // "Fairview Heights residents" are the town's people, not our residents.
  const townsfolk = (w: Span) => /s$/i.test(text.slice(w.start, w.end)) && /\b(?!Our\b|The\b)\p{Lu}\p{Ll}+\s+$/u.test(text.slice(Math.max(0, w.start - 30), w.start));
  // "our patient" in "our patient portal": a compound that goes on past the patient word names a service.
  const goesOn = (w: Span) => compounds.some((c) => c.start > w.start && c.start < w.end && c.end > w.end);
  // "to help our patients' families travel": patients as the owners of what follows, not anyone here.
  const owners = (w: Span) => /s$/i.test(text.slice(w.start, w.end)) && /^['’](?!s)/.test(text.slice(w.end, w.end + 2));
  // "thanks for playing for our patients", "knitting hats for our newborns", "to visit our patients": patients as the ones an
  // activity is for, no one in particular (but "with the other patients" makes someone one of them).
  const served = (w: Span) => {
    const word = text.slice(w.start, w.end);
    const lead = text.slice(Math.max(0, w.start - 40), w.start);
    if (!/[^'’]s$/i.test(word) || /\b(?:other|fellow)\b/i.test(word) || /\b(?:other|fellow)\s+$/i.test(lead)) return false;
    // "Congrats to our cardiac rehab grads: Walt Simmons, ...": the group, then who they are.
    if (/^\s*[:—–]\s*(?:\*\*|__)?\p{Lu}/u.test(text.slice(w.end, w.end + 8))) return false;
    // "helping new amputees find their footing": the kind of patients someone helps.
    return /^(?:our|the)\s/i.test(word) ? SERVED_BY.test(lead) : SERVED_OURS.test(lead) || SERVED_BY.test(lead);
  };
  // "our PT aide", "our PT team": PT in capitals before what it names is physical therapy, not "pt" for patient; "our PT Sarah Jones", a physical therapist.
  const therapyPT = (w: Span) => (/\bPT$/.test(text.slice(w.start, w.end)) && (PT_NAMES.test(text.slice(w.end, w.end + 20)) || /^\s+\p{Lu}\p{Ll}/u.test(text.slice(w.end, w.end + 4)))) || /\bPT['’]s$/.test(text.slice(w.start, w.end));
  // "newborn jaundice", "newborn hearing tests": a word for a patient used to say what kind of care, about no one.
  const modifier = (w: Span) => /^(?:newborn|preemie)$/i.test(text.slice(w.start, w.end)) && KIND_OF_CARE.test(text.slice(w.end, w.end + 40));
  // "our Patient Champion of the Year award": a patient word inside an award's title.
  const award = (w: Span) => {
    const title = /^(?:\s+\p{Lu}\p{Ll}+){1,3}/u.exec(text.slice(w.end, w.end + 50));
    return title !== null && AWARD_AFTER.test(text.slice(w.end + title[0].length, w.end + 50));
  };
  // "missed by every patient he helped", "one adult per patient": any one patient of all, no one in particular.
  // So is a patient an error could reach or harm: "catching a pharmacy error before it reached a patient".
  const anyOne = (w: Span) => /\b(?:every|each|any|no|per)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(0, w.start - 24), w.start)) ||
    /\b(?:reach(?:ed|es|ing)?|harm(?:ed|s|ing)?|hurt(?:s|ing)?|affect(?:ed|s|ing)?|endanger(?:ed|s|ing)?|injur(?:ed|es|ing))\s+an?\s+$/i.test(text.slice(Math.max(0, w.start - 24), w.start));
  // "Alicia has my pts", "covering Kim's patients": a nurse's patients, whom a colleague takes over, are no one here.
  const covered = (w: Span) => /s$/i.test(text.slice(w.start, w.end)) && /\b(?:has|have|had|cover(?:s|ing)?|tak(?:e|es|ing)|watch(?:es|ing)?|got|get|hand(?:s|ing)?\s+off)(?:\s+(?:all\s+)?(?:my|our|his|her|their|your|\p{Lu}\p{Ll}+['’]s))?\s+$/iu.test(text.slice(Math.max(0, w.start - 30), w.start));
  // "Parents of preemies:", "Calling all preemie parents": the families of a kind of patients, whom a post calls on, no one in particular.
  const kinOf = (w: Span) => (/s$/i.test(text.slice(w.start, w.end)) && KIN_OF_BEFORE.test(text.slice(Math.max(0, w.start - 30), w.start))) || KIN_AFTER.test(text.slice(w.end, w.end + 16));
  const patientWords = [...outside(contextTerms("patient-words").spans(text), compounds).filter((w) => !townsfolk(w) && !goesOn(w)), ...oneOfPatients(text), ...careGraduates(text, care)]
    .filter((w) => !owners(w) && !namesGathering(text, w) && !therapyPT(w) && !served(w) && !modifier(w) && !award(w) && !anyOne(w) && !covered(w) && !kinOf(w));
  const reply = isReply(text, post.meta);
  const replyCare = reply ? replyCareMentions(text) : [];
  const judgements: Judgement[] = [];
  const stories = new Map<number, Judgement>();
  // Once a post names a patient, "she was discharged 11/02" in a later sentence is about them.
  let patientNamed = false;
  const all = sentences(text);
  const first = all[0]?.start;

  const linked = groupBySpan(all, dets.filter((d) => PERSON_LINKED.has(d.rule.category)));
  const careIn = groupBySpan(all, care);
  const patientIn = groupBySpan(all, patientWords);
  const replyIn = groupBySpan(all, replyCare);
  const inside = (sentence: Span) => (s: Span) => s.start >= sentence.start && s.end <= sentence.end;
  // Care that happens to someone the sentence does not name, or to "she" or "he" who opens it.
  const undergoneIn = all.map((sentence, i) => undergoes(text, sentence, careIn[i].filter(inside(sentence))));
  // "She and her baby are both safe in our care": the patient words that say someone is with us now.
  const inOurCare = (k: number) => patientIn[k].filter(inside(all[k])).map((p) => text.slice(p.start, p.end).toLowerCase()).find((w) => /^(?:in|under)\s+our\s+care$/.test(w));
  // "Our burn team is happy to report she's healing well": a team of ours that tells how someone is doing.
  const teamReports = (k: number) => careTeamOn(text.slice(all[k].start, all[k].end));
  // "... shook hands with his surgeon today": someone with a clinician of their own is a patient.
  const ownClinician = (k: number) => OWN_CLINICIAN.exec(text.slice(all[k].start, all[k].end))?.[0].toLowerCase();
  const shortFormOf = shortForms(text, dets);
  const facts = all.map((sentence, i) => {
    const here = linked[i];
    const roles = new Map(here.map((d) => {
      // A name found again keeps its first role, unless its own sentence makes it a patient ("Greta first came to us as a patient").
      const first = becomesPatient(text, d, sentence) ? undefined : d.recurs ?? shortFormOf(d);
      return [d, first ? recurringRole(first) ?? roleOf(d, text, sentence, people) : roleOf(d, text, sentence, people)] as const;
    }));
    // A photo described as showing staff ("Our respiratory therapists with the new oxygen tanks") shows no patient,
    // unless it names someone else too.
    for (const p of here) {
      const namesOther = here.some((n) => n.rule.category === "name" && n.start >= p.start && n.end <= p.end && !roles.get(n));
      if (p.rule.category === "photo" && !roles.get(p) && showsStaff(text.slice(p.start, p.end)) && !namesOther) roles.set(p, "staff: the image shows staff");
    }
    // "Please welcome Janssen Jones back to 5B! She's our returning charge nurse.": the one name, staff by the sentence after it.
    const unknown = here.filter((d) => d.rule.category === "name" && !roles.get(d));
    const toldNext = unknown.length === 1 && all[i + 1] ? staffToldNext(text.slice(all[i + 1].start, all[i + 1].end)) : undefined;
    if (toldNext) roles.set(unknown[0], `staff: "${toldNext}", in the next sentence`);
    const named = here.filter((d) => PERSON.has(d.rule.category));
    const persons = named.filter((d) => !roles.get(d));
    const patient = patientIn[i].find(inside(sentence));
    const replies = replyIn[i].filter(inside(sentence));
    const tie = tieIn(text, sentence, careIn[i].filter(inside(sentence)), patient, replies, reply);
    // "She ...", "Father and daughter both ...", or a sentence with no subject that opens on care ("Admitted Monday
    // with a collapsed lung.", "Chemo is done!") goes on about the same person.
    // So does one that speaks to them or of them after a farewell: "Rest easy, Walter Higgins. For 9 years you came to our dialysis unit ...",
    // "Rest in peace, Officer Dale Whitman. Our trauma team fought for him ...", "Rest in peace, Coach Walt Barnes. Our hospice team was honored to care for the man who ...".
    const farewell = i > 0 && FAREWELL.test(text.slice(all[i - 1].start, all[i - 1].end)) && /\b(?:you|your|him|his|her|the\s+(?:man|woman|lady|gentleman|boy|girl))\b/i.test(text.slice(sentence.start, sentence.end));
    const pronoun = refersBack(text.slice(sentence.start, sentence.end)) || THIS_ONE.test(text.slice(sentence.start, sentence.end)) || THE_ONE_OPENS.test(text.slice(sentence.start, sentence.end)) || FOR_ONE_WHO.test(text.slice(sentence.start, sentence.end)) || RELATION_OPENS.test(text.slice(sentence.start, sentence.end)) || ALL_OF_THEM_IN.test(text.slice(sentence.start, sentence.end)) || farewell ||
      careIn[i].some((c) => (opensSentence(text, sentence.start, c.start) && (c.list === "care-events" || toldDone(text, c))) || /^\s*(?:post-|s\/p\s+)$/i.test(text.slice(sentence.start, c.start)) || (c.list === "procedures" && COUNTED_OPENING.test(text.slice(sentence.start, c.start))));
    // No name, but "a 41-year-old bus driver from Oakdale" to whom care happens, here or in the next
    // sentence that goes on about them ("... hurt in Friday's crash. She remains in our ICU.", "... Our ortho team tells us his surgery went well.").
    // A patient word alone identifies no one: "the youngest COVID patient in our county, a 3-month-old girl" does.
    const next = all[i + 1];
    const nextOpensOnThem = next !== undefined && GOES_ON.test(text.slice(next.start, next.end));
    const goesOn = next !== undefined && (nextOpensOnThem || ONE_PERSON.test(text.slice(next.start, next.end))) && !linked[i + 1].some((d) => PERSON.has(d.rule.category));
    const undergone = persons.length ? undefined :
      undergoneIn[i] ?? inOurCare(i) ?? (goesOn ? undergoneIn[i + 1] ?? inOurCare(i + 1) ?? teamReports(i + 1) : undefined) ?? teamReports(i) ?? ownClinician(i) ??
      // "He walked into our ER holding his own finger. Today, the Birchwood woodworker who lost it ...", "Two years ago he came to us
      // unable to walk after a spinal cord injury. Yesterday, the Oak Park youth pastor ...": care told of "he" just before.
      (i > 0 && TOLD_OF_HIM.test(text.slice(all[i - 1].start, all[i - 1].end)) ? undergoneIn[i - 1] : undefined) ??
      // Being one patient of ours is care: "Our only quadruple amputee patient from the Pinecrest neighborhood", "received six patients, including a 9-year-old boy",
      // "The real patient who arrived mid-drill (the 45-year-old roofer from Elmwood)".
      (patient && ((SINGLE_PATIENT.test(text.slice(patient.start, patient.end)) && (POINTED_AT.test(text.slice(sentence.start, patient.start)) || OUR_PATIENT.test(text.slice(patient.start, patient.end)))) || INCLUDED.test(text.slice(patient.start, patient.end))) ? text.slice(patient.start, patient.end).toLowerCase() : undefined);
    // "Marine veteran Tony Ruiz, 26, is our new adaptive sports coach in the rehab gym": the age and the words before it describe staff named beside them.
    const staffAged = here.some((d) => roles.get(d)?.startsWith("staff") && /^\s*,\s*\d{1,3}\s*,/.test(text.slice(d.end, d.end + 8)));
    const described = undergone && !staffAged && describedPerson(text, sentence, here.filter((d) => !roles.get(d)), here.filter((d) => d.rule.category === "name"), all[i - 1], goesOn && nextOpensOnThem ? next : undefined);
    const opensOnPronoun = OPENS_ON_PRONOUN.test(text.slice(sentence.start, sentence.end));
    return { sentence, here, roles, named, persons, patient, tie, pronoun, opensOnPronoun, replies, described: described ? { ...described, term: undergone } : undefined };
  });

  const listed = listedUnder(text, facts);
  const tables = censusTables(text);
  const notes = noteBlocks(text);
  const judged = new Set<Detection>();
  const photos: Detection[] = [];
  /** The name or handle a reply answers, when the reply confirms their care. */
  const answered: Detection[] = [];
  /** Adds an identifier to the patient story its sentence tells. */
  function tell(d: Detection, sentence: Span, tie: Tie): void {
    const story = stories.get(sentence.start) ?? newStory(sentence, tie);
    if (!story.needs.includes(d.rule.category)) story.needs.push(d.rule.category);
    story.tied.push(d);
    stories.set(sentence.start, story);
  }
  /** A name found again keeps the role it had where it was first found: "Dr. Okonkwo ... Okonkwo has treated". */
  function recurringRole(first: Detection): string | undefined {
    const where = all.find((s) => s.start <= first.start && first.start < s.end) ?? { start: 0, end: text.length };
    const role = roleOf(first, text, where, people);
    return role && `${role}, as where first named`;
  }
  for (const [i, f] of facts.entries()) {
    const { sentence, here, roles, persons, patient, described } = f;
    if (described) {
      stories.set(sentence.start, {
        kind: "patient-story", start: sentence.start, end: sentence.end,
        reasons: [`person described, not named: "${described.who}", with ${described.details.map((d) => DETAIL[d]).join(", ")}, tied to care: "${described.term}"`],
        needs: [...described.details.filter((d) => d !== "distinction"), ...(f.tie?.condition ? ["condition"] : [])], tied: [],
      });
    }
    const own = carriedTie(text, f, facts.slice(i + 1, i + 1 + CARRY));
    const told = toldOf(text, facts, i) ?? listed[i];
    // "... a lost toddler ... was brought in with a head bump. His name is Leo": the name of the one the sentence before told of.
    // "She came in after a car crash with a broken pelvis. Today, 6 months later, Lena Fischer danced at her own wedding": named
    // after the sentence that told of her care by a pronoun alone.
    // So is one named after "This little guy came in blue and barely breathing." or after a teaser: "Guess who got his feeding tube out today? Little Jonah!".
    const toldBefore = i > 0 && facts[i - 1].named.length === 0 && (TOLD_OF_HIM.test(text.slice(all[i - 1].start, all[i - 1].end)) || THIS_ONE_OPENS.test(text.slice(all[i - 1].start, all[i - 1].end)) || GUESS_WHO.test(text.slice(all[i - 1].start, all[i - 1].end))) && f.persons.length > 0 && f.named.every((d) => !roles.get(d));
    const namedAfter = i > 0 && (NAME_GIVEN.test(text.slice(sentence.start, sentence.end)) || toldBefore) ? undergoneIn[i - 1] : undefined;
    // "Levi is smiling at his nurses again": the one person named has clinicians of their own (not "thanked his nurses after his last shift").
    const clinician = f.persons.length === 1 && !AT_WORK.test(text.slice(sentence.start, sentence.end)) ? ownClinician(i) : undefined;
    const tie = own?.strong ? own : told ?? agedInCare(text, f, facts[i - 1], facts.slice(i + 1, i + 1 + CARRY), careIn.slice(Math.max(0, i - 1), i + 1 + CARRY)) ??
      (namedAfter ? { strong: true, term: namedAfter, at: sentence.start, condition: false, happensTo: true } : clinician ? { strong: true, term: clinician, at: sentence.start, condition: false, happensTo: false } : own);
    // A staff member or public figure who undergoes care ("volunteer Edith Park passed away in our hospice") is a patient too,
    // unless the sentence names someone else it can happen to ("Nurse Keisha and Dr. Brandt stayed to be with Mr. Vernon Ellis when he passed").
    // Nor when the patient is the sentence's subject: "Pt has been made a DNR/DNI per Dr. Cole"; nor beside a patient in
    // lower-case shorthand: "steps to manage DVT in pt w/ hx of A-fib, seen by Dr. Emily C.".
    const staffUndergo = tie?.happensTo === true && !persons.some((p) => p.rule.category === "name" || p.rule.category === "handle") &&
      !/^\s*(?:the\s+|our\s+)?(?:pt|patient|resident)\b/i.test(text.slice(sentence.start, sentence.end)) && !/\bpts?\b/.test(text.slice(sentence.start, sentence.end));
    // A post that cheers someone by name after telling of their care ("🎉 Trach-free! Way to go, Jayden!") tells their story too.
    const cheers = reply && cheersByName(text.slice(sentence.start, sentence.end));
    for (const d of here) {
      if (judged.has(d)) continue; // an identifier across a sentence break is judged once
      judged.add(d);
      const chart = onChart(text, sentence, d);
      if (chart) {
        raise(d, "error", chart.reason);
        tell(d, sentence, { strong: true, term: chart.term, at: d.start, condition: false, happensTo: false });
        continue;
      }
      // A doctor the note defers to ("as discussed with Dr. Koh", "PER DR. HANLEY") gives the care, whoever undergoes it.
      const undergoes = staffUndergo && (d.rule.category === "name" || d.rule.category === "handle") && !CONSULTED.test(text.slice(Math.max(sentence.start, d.start - 24), d.end)) &&
        (tie?.to === undefined || (d.end > tie.to && d.start <= tie.to + 16)); // a title may open the name after the care ("Mayor Ed Park")
      const role = undergoes ? undefined : roles.get(d);
      if (role) {
        demote(d, "info", role);
        continue;
      }
      // The person a reply answers: their care confirmed in public is PHI; otherwise naming them back is not.
      // A name the sentence speaks to, not one it speaks of: "Jenna, can you hang the 2nd unit of PRBC on Morales in 14" answers Jenna.
      // So does one set off by a comma before it, maybe after a title: "Goodnight, Mr. Ferraro.", "Welcome home, Lt. Maria Gomez!".
      const addressed = d.rule.category === "handle" || (d.rule.category === "name" && (/^\s*[,!?:]/.test(text.slice(d.end, d.end + 3)) || /(?:^|,)[\s\p{Extended_Pictographic}]*(?:\p{Lu}\p{Ll}*\.?\s+)?$/u.test(text.slice(sentence.start, d.start))));
      if (reply && (sentence.start === first || cheers) && addressed && !tie?.strong) {
        if (replyCare.length) {
          const term = text.slice(replyCare[0].start, replyCare[0].end);
          raise(d, "error", `the reply confirms their care: "${term}"`);
          answered.push(d);
          if (cheers && sentence.start !== first) tell(d, sentence, { strong: true, term, at: replyCare[0].start, condition: true, happensTo: true });
        } else demote(d, "info", "the person this reply answers");
        continue;
      }
      const alone = receivesCare(text, sentence, d, careIn[i]) ?? careAtHome(text, sentence, d, careIn[i]) ?? censusColumn(text, tables, d);
      if (alone) {
        raise(d, "error", alone.reason);
        tell(d, sentence, { strong: true, term: alone.term, at: d.start, condition: true, happensTo: false });
        continue;
      }
      // "Meet Rosalind Park, 6 months after her double mastectomy ... Reach her at 555-0163": contact details given for the one the story told of.
      const toldOf = patientNamed && CONTACT.has(d.rule.category) && REACH_THEM.test(text.slice(Math.max(sentence.start, d.start - 30), d.start)) ? [...stories.values()].at(-1) : undefined;
      if (toldOf) {
        raise(d, "error", "contact details of the patient the post tells of");
        if (!toldOf.needs.includes(d.rule.category)) toldOf.needs.push(d.rule.category);
        toldOf.tied.push(d);
        continue;
      }
      // "Night shift handoff: 3B Okonjo - hgb 6.8, 1 unit PRBC hanging": anyone named in an internal clinical note who is not staff is a patient.
      // Not a colleague the note thanks or credits: "Thanks to Andre for the great in-service!", "Great catch by Andre".
      const credited = CREDITED_BEFORE.test(text.slice(Math.max(sentence.start, d.start - 30), d.start)) && !/^(?:Mr|Mrs|Ms|Mx|Miss)\b/.test(text.slice(d.start, d.end));
      const note = d.rule.category === "name" && !credited ? notes.find((n) => n.start <= d.start && d.end <= n.end) : undefined;
      if (note) {
        raise(d, "error", `named in a clinical note: "${note.cue}"`);
        tell(d, sentence, { strong: true, term: note.cue, at: d.start, condition: true, happensTo: false });
        continue;
      }
      // "Mr. Holloway keeps asking when his wife can visit. Visiting hours are over": staff talking of someone staying with us.
      // Known only as a surname: one word that is no first name, found by a check of surnames or of names the lexicon knows
      // (not only by the shape of a name: staff talk names a colleague so too, "Gallagher finally fixed the ice machine").
      const word = text.slice(d.start, d.end);
      const surnameOnly = d.reasons.some((r) => /^passes the (?:cued-surname|surname|given-name) check$/.test(r)) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word) &&
        !isFirstName(word.toLowerCase()) && !isWordFirstName(word.toLowerCase());
      const stay = d.rule.category === "name" && !credited ? stayTalk(text, d, surnameOnly) : undefined;
      if (stay) {
        raise(d, "error", `named in staff talk about their stay: "${stay}"`);
        tell(d, sentence, { strong: true, term: stay, at: d.start, condition: false, happensTo: false });
        continue;
      }
      const aboutPerson = PERSON.has(d.rule.category) || persons.length > 0 || patient !== undefined || described !== undefined || told !== undefined || (patientNamed && f.pronoun);
      if (tie?.strong && aboutPerson) {
        raise(d, "error", `tied to care: "${tie.term}"`);
        tell(d, sentence, tie);
      } else {
        if (tie && aboutPerson) raise(d, "warning", `near care: "${tie.term}"`);
        if (d.rule.category === "photo") photos.push(d);
      }
    }
    if (stories.has(sentence.start)) patientNamed = true;
    // A reply that speaks of the reader's care confirms they are a patient, named or not.
    for (const m of f.replies) {
      const needs = ["condition", ...answered.map((d) => d.rule.category)];
      judgements.push({ kind: "patient-reply", start: m.start, end: m.end, reasons: [`reply mentions their care: "${text.slice(m.start, m.end)}"`], needs, tied: [...answered] });
    }
  }
  tieQuotes(text, care, dets, facts, stories);
  tieNamedAgain(facts, stories, shortFormOf);
  const story = stories.values().next().value ?? photoStory(text, all, undergoneIn, photos);
  if (story) tiePhotos(text, story, photos, dets);
  if (story && story.tied.length && !stories.has(story.start)) stories.set(story.start, story);
  judgements.push(...stories.values());
  // A patient's story told in a reply discusses the care of the reader or someone close to them: "@TheRealDaveK ...
  // nobody should wait 40 minutes in the lobby with a broken wrist", "@sara_beth_b ... Little Owen was the bravest patient on the peds floor".
  const firstStory = stories.values().next().value;
  if (reply && firstStory && !judgements.some((j) => j.kind === "patient-reply")) {
    judgements.push({ kind: "patient-reply", start: firstStory.start, end: firstStory.end, reasons: ["the reply tells a patient's story"], needs: [...firstStory.needs], tied: [...firstStory.tied] });
  }
  return { detections: dets, judgements };
}

/**
 * One patient's care papers sent to an address or number: "fax her biopsy results to 312-555-0199", "email the
 * colonoscopy prep sheet to jbrennan.77@example.com". Not "send your questions to ..." (anyone may) nor an
 * address that names a role ("gi-nurses@", "records@").
 */
const PAPERS = String.raw`(?:the|his|her|their|(?:(?:Mr|Mrs|Ms|Mx)\.?\s+)?\p{Lu}\p{Ll}+['’]s)\s+[^.!?:]{0,60}?\b(?:results?|reports?|records?|chart|summary|notes|instructions|sheet|referral|prescription|images|scans|films|x-?rays|paperwork|papers|forms?|photos|pictures)`;
const SENT_VERB = String.raw`(?:send|sent|sending|fax|faxed|faxing|e-?mail|e-?mailed|e-?mailing|mail|mailed|mailing|forward|forwarded|forwarding|text|texted|texting)`;
/** "send the ... results ... to", "... to the home health nurse and cc his son at", or "his X-rays sent to". */
const SENT = new RegExp(String.raw`\b(?:${SENT_VERB}\s+(?:over\s+)?${PAPERS}\s+(?:[\p{L}-]+\s+){0,4}?|${PAPERS}\s+(?:be\s+|were\s+|was\s+)?${SENT_VERB}\s+(?:over\s+)?)(?:to|cc|copy)\s+(?:[\p{L}'’-]+\s+){0,4}(?:(?:and\s+)?(?:cc|copy|bcc)\s+(?:[\p{L}'’-]+\s+){0,3})?(?:at\s+)?$`, "iu");
const ROLE_MAILBOX = /^(?:info|contact|hello|help|support|admin|office|team|records|billing|scheduling|appointments?|referrals?|media|press|comms|news|inquiries|fax|lab|pharmacy|clinic|desk|frontdesk|intake|nurses?|nursing|patients?|care|careteam|no-?reply)$/i;
/** A contact detail taken from someone's chart: "we tried the number on your chart, 555-0186", "her email on file (". */
const ON_CHART = /\b(?:number|phone(?:\s+number)?|cell|e-?mail(?:\s+address)?|address)\s+(?:(?:on|in|from)\s+(?:your|his|her|their|the)\s+(?:medical\s+)?(?:chart|records?|file|patient\s+file)|on\s+file)\s*[,:(—–-]?\s*$/i;
function onChart(text: string, sentence: Span, d: Detection): { term: string; reason: string } | undefined {
  const chart = (d.rule.category === "phone" || d.rule.category === "email") && ON_CHART.exec(text.slice(sentence.start, d.start));
  return chart ? { term: chart[0].trim(), reason: `contact details from someone's chart: "${chart[0].trim()}"` } : undefined;
}

function receivesCare(text: string, sentence: Span, d: Detection, care: CareTerm[]): { term: string; reason: string } | undefined {
  if (d.rule.category !== "phone" && d.rule.category !== "email") return undefined;
  const m = SENT.exec(text.slice(sentence.start, d.start));
  if (!m) return undefined;
  const mailbox = text.slice(d.start, d.end).split("@")[0];
  if (d.rule.category === "email" && mailbox.split(/[._+\d-]+/).some((w) => ROLE_MAILBOX.test(w) || contextEntries("staff-words").has(w.toLowerCase()))) return undefined;
  const from = sentence.start + m.index;
  const found = care.find((c) => c.start >= from && c.end <= d.start && c.list !== "care-settings");
  const term = found && text.slice(found.start, found.end).toLowerCase();
  return term ? { term, reason: `receives someone's care records: "${term}"` } : undefined;
}

/** Care brought to people's homes: "Visiting nurse schedule", "home health", "house call", "add it to Tuesday's route". */
const HOME_CARE = /\b(?:visiting\s+nurses?|home\s+(?:health|care|visits?|infusion|hospice)|house\s+calls?|in-home|hospice\s+(?:visits?|nurses?)|(?:today|tomorrow|[\p{L}]+day)['’]s\s+route|route\s+(?:for|sheet))\b/iu;
/** An event open to anyone, which a clinic holds at an address: "free flu shots at ...", "community class at ...". */
const PUBLIC_EVENT = /\b(?:free|clinics?|events?|fairs?|drives?|open\s+to|everyone|public|community|class(?:es)?|walk-?ins?|no\s+appointment)\b/i;
/**
 * A treatment given at an address, in a post that tells of care brought home: "Visiting nurse schedule: 9 am wound vac
 * change at 71 Orchard Lane" (not "Free blood pressure checks at 12 Harbor Road").
 */
function careAtHome(text: string, sentence: Span, d: Detection, care: CareTerm[]): { term: string; reason: string } | undefined {
  if (d.rule.id !== "phi/address" || !HOME_CARE.test(text) || PUBLIC_EVENT.test(text.slice(sentence.start, sentence.end))) return undefined;
  const found = care.find((c) => (c.list === "procedures" || c.list === "conditions") && c.end <= d.start && /^(?:\s+(?!(?:is|are|was|were|now|located|moved|opens?|supply|supplies|office|depot|center|store)\b)[a-z-]+){0,2}\s+at\s+$/.test(text.slice(c.end, d.start)));
  const term = found && text.slice(found.start, found.end).toLowerCase();
  if (term) return { term, reason: `care given at someone's home: "${term}"` };
  // "Our hospice nurse will visit Mr. Grady at 15 Willow Street": a clinician's visit to someone named, at that address.
  const visit = CLINICIAN_VISITS.exec(text.slice(sentence.start, d.start));
  return visit ? { term: visit[1].toLowerCase(), reason: `a clinician's visit to someone's home: "${visit[1].toLowerCase()}"` } : undefined;
}
const CLINICIAN_VISITS = /\b((?:nurse|therapist|aide|physician|doctor|midwife|chaplain|team)s?\s+(?:will\s+|is\s+going\s+to\s+|plans\s+to\s+|to\s+)?(?:visit|visits|visited|see|sees|saw|check\s+on|checks\s+on|checked\s+on))\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+at\s+$/u;

/** A table column of patients: headed "Patient", "Resident" or "Pt", or "Name" beside a column of rooms, beds or diagnoses. */
const CARE_COLUMN = /^(?:room|rm|bed|bay|unit|mrn|dx|diagnosis|condition|procedure|surgery|admit(?:ted)?|admission|discharge|d\/c|plan|meds|medications?|allerg(?:y|ies)|diet|isolation|precautions|code\s+status|reason\s+for\s+(?:visit|admission|stay)|chief\s+complaint)$/i;
/** A column of patients by its heading's shorthand: "Pt", "Pts", "Pt name", "Patient name". */
const PATIENT_COLUMN = /^(?:pts?\.?|(?:pt\.?|patient)\s+names?)$/i;
/** A column that makes a table a staff roster: "| Name | Unit | Role |". */
const STAFF_COLUMN = /^(?:role|title|job(?:\s+title)?|position|credentials?|shift|specialty|department|years?(?:\s+(?:of\s+service|here))?)$/i;

/** A Markdown table: a heading row, its |---| rule, then rows. */
const TABLE = /(?:^|\n)([ \t]*\|[^\n]*)\n[ \t]*\|?[ \t]*:?-{3,}[^\n]*((?:\n[ \t]*\|[^\n]*)+)/g;
const cellsOf = (row: string) => row.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());

/** The body of each Markdown table whose heading marks a column of patients, with that column's heading by index. */
function censusTables(text: string): { start: number; end: number; patients: Map<number, string> }[] {
  const out: { start: number; end: number; patients: Map<number, string> }[] = [];
  for (const m of text.matchAll(TABLE)) {
    const head = cellsOf(m[1]);
    const names = head.some((h) => CARE_COLUMN.test(h)) && !head.some((h) => STAFF_COLUMN.test(h));
    const patients = new Map(head.flatMap((h, i) => (contextEntries("patient-words").has(h.toLowerCase()) || PATIENT_COLUMN.test(h) || (names && /^(?:name|full\s+name)$/i.test(h)) ? [[i, h] as const] : [])));
    if (patients.size) out.push({ start: m.index + m[0].length - m[2].length, end: m.index + m[0].length, patients });
  }
  return out;
}

/** An identifier in a census table's column of patients ("| 412 | J. Moreno | CT this PM |" under "| Room | Patient | Plan |"). */
function censusColumn(text: string, tables: ReturnType<typeof censusTables>, d: Detection): { term: string; reason: string } | undefined {
  const table = tables.find((t) => t.start <= d.start && d.end <= t.end);
  if (!table) return undefined;
  const lineStart = text.lastIndexOf("\n", d.start - 1) + 1;
  const column = text.slice(lineStart, d.start).replace(/^\s*\|/, "").split("|").length - 1;
  const heading = table.patients.get(column);
  return heading ? { term: `a table column headed ${heading}`, reason: `in a table column headed "${heading}"` } : undefined;
}

/**
 * For a name, the fuller name found earlier that it repeats in part: "Eli" after "Chaplain Eli Ross". Names are
 * indexed by their words once, so a long draft is not compared name by name.
 */
function shortForms(text: string, dets: Detection[]): (d: Detection) => Detection | undefined {
  const words = new Map<Detection, string[]>();
  const byWord = new Map<string, Detection[]>();
  for (const e of dets) {
    if (e.rule.category !== "name") continue;
    const w = text.slice(e.start, e.end).split(/[\s.,]+/).filter((x) => /^\p{Lu}\p{Ll}+$/u.test(x));
    words.set(e, w);
    if (w.length < 2) continue;
    for (const x of new Set(w)) {
      const named = byWord.get(x);
      if (named) named.push(e);
      else byWord.set(x, [e]);
    }
  }
  // The earliest fuller name for each set of words: if it comes after the name, no fuller one comes before.
  const earliest = new Map<string, Detection | undefined>();
  return (d) => {
    const own = words.get(d);
    if (!own?.length) return undefined;
    const key = own.join(" ");
    if (!earliest.has(key)) {
      const fuller = (byWord.get(own[0]) ?? []).filter((e) => words.get(e)!.length > own.length && own.every((w) => words.get(e)!.includes(w)));
      earliest.set(key, fuller.reduce<Detection | undefined>((a, e) => (a && a.start <= e.start ? a : e), undefined));
    }
    const first = earliest.get(key);
    return first && first.end <= d.start ? first : undefined;
  };
}

/** A person, not staff, whose own words tell of their care is a patient: their name is an error and its sentence a story. */
function tieQuotes(text: string, care: CareTerm[], dets: Detection[], facts: (SentenceFacts & { roles: Map<Detection, string | undefined> })[], stories: Map<number, Judgement>): void {
  for (const { speaker, term } of quotedCare(text, care, dets)) {
    const f = facts.find((x) => x.sentence.start <= speaker.start && speaker.start < x.sentence.end);
    if (!f || f.roles.get(speaker) || speaker.severity === "error") continue;
    raise(speaker, "error", `their own words tell of care: "${term}"`);
    stories.set(f.sentence.start, { kind: "patient-story", start: f.sentence.start, end: f.sentence.end, reasons: [`a person quoted telling of their care: "${term}"`], needs: ["name", "condition"], tied: [speaker] });
  }
}

/** Identifiers that single out a person further, told beside their name in a later sentence. */
const MORE_ABOUT = new Set(["age", "location", "address", "zip", "date", "phone", "email", "photo", "other-id"]);

/**
 * A later sentence that names again someone a patient story told of, and gives more about them, tells the same
 * story: "Meet Rafael Soto, who lost 80 pounds after weight-loss surgery here. Rafael, 44, of Brookside, says ...",
 * "Congratulations to Ivy Chen on her graduation from our cardiac rehab program! Ivy, 91, is our oldest graduate ever".
 * Its identifiers join the story, so consent must cover them too.
 */
function tieNamedAgain(facts: (SentenceFacts & { here: Detection[]; roles: Map<Detection, string | undefined> })[], stories: Map<number, Judgement>, shortFormOf: (d: Detection) => Detection | undefined): void {
  const told = [...stories.values()];
  for (const f of facts) {
    if (stories.has(f.sentence.start)) continue;
    // The earlier story that tied the name this sentence gives again, as first found.
    const storyOf = (d: Detection) => told.find((s) => s.start < f.sentence.start && s.tied.includes(d.recurs ?? shortFormOf(d) ?? d));
    const story = f.here.filter((d) => d.rule.category === "name" && !f.roles.get(d)).map(storyOf).find((s) => s !== undefined);
    if (!story) continue;
    for (const e of f.here) {
      if (!MORE_ABOUT.has(e.rule.category) || f.roles.get(e) || story.tied.includes(e)) continue;
      raise(e, "error", "told of the patient the post names again");
      if (!story.needs.includes(e.rule.category)) story.needs.push(e.rule.category);
      story.tied.push(e);
    }
  }
}

/** A quotation: "I came in thinking it was heartburn." */
const QUOTE = /["“]([^"“”\n]{8,400})["”]|(?<![\p{L}\p{N}])['‘](?=\p{L})([^\n]{8,400}?)['’](?![\p{L}])/gu;
/** A Markdown block quote, its lines opening on ">". */
const BLOCK_QUOTE = /(?:^|\n)((?:[ \t]*>[^\n]*(?:\n|$))+)/g;
/** Where a block quote is signed: "— D.M., Ridgefield", "- The Greene family". */
const SIGNED = /(?:^|\s)[—–-]{1,2}\s*\S[^\n—–]*\s*$/;

/** Quotations in quotation marks, and Markdown block quotes up to their signature. */
function quotations(text: string): { start: number; end: number; body: string }[] {
  const out = [...text.matchAll(QUOTE)].map((q) => ({ start: q.index, end: q.index + q[0].length, body: q[1] ?? q[2] }));
  for (const b of text.matchAll(BLOCK_QUOTE)) {
    const start = b.index + b[0].length - b[1].length;
    const signed = SIGNED.exec(b[1].trimEnd());
    const body = signed ? b[1].slice(0, signed.index + (signed[0].length - signed[0].trimStart().length)) : b[1];
    out.push({ start, end: start + body.length, body });
  }
  return out;
}
const FIRST_PERSON = /\b(?:I|I['’]m|I['’]ve|I['’]d|[Mm]y|[Mm]e)\b/;
/** What joins a quotation to who said it: `" — Dolores Vance`, `" — note from Tyler B.`, `" — The (Okafor family)`, `", says Maria`, `" Thank you, Marvin Tate`; `from Harvey Cole: "`. */
const SAID_AFTER = /^[,.!?]?\s*(?:[—–-]+(?:\s*(?:a\s+)?(?:note|card|letter|message)\s+from)?(?:\s*the)?|(?:says|said|writes|wrote|shares|shared|told\s+us|recalls|recalled|adds|added)|(?:thank\s+you|thanks)(?:\s+so\s+much)?\s*,)\s*$/i;
const SAID_BEFORE = /^\s*(?:,\s*\d{1,3}\s*)?(?:says|said|writes|wrote|shares|shared|told\s+us|recalls|recalled)?\s*[:,]?\s*$/;

/**
 * Who may be quoted: a name, or a place read from its cue that is a first name
 * and a surname ("a card came from Harvey Cole: ..."; a clinic does not write cards).
 */
function speaks(text: string, d: Detection): boolean {
  if (d.rule.category === "name") return true;
  const words = text.slice(d.start, d.end).split(/\s+/);
  return d.rule.category === "location" && words.length === 2 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && isFirstName(words[0].toLowerCase());
}

/**
 * A named person's own words that tell of their care, in the first person:
 * `"I came in thinking it was heartburn. It was a heart attack." — Dolores
 * Vance`; `a card from Harvey Cole: "Thanks for fixing my hip."`.
 */
function quotedCare(text: string, care: CareTerm[], dets: Detection[]): { speaker: Detection; term: string }[] {
  const out: { speaker: Detection; term: string }[] = [];
  for (const { start, end, body } of quotations(text)) {
    // A room or a bed in someone's words is no care of theirs: "He really gets this room".
    const term = care.find((c) => c.start > start && c.end < end && !(c.list === "care-settings" && GENERIC_SETTING.test(text.slice(c.start, c.end))));
    // "my first year as a unit clerk": the speaker works here.
    if (!term || !FIRST_PERSON.test(body) || namesJob(body)) continue;
    const speaker = dets.find((d) => speaks(text, d) &&
      ((d.start >= end && d.start - end <= 24 && SAID_AFTER.test(text.slice(end, d.start))) ||
       (d.end <= start && start - d.end <= 12 && SAID_BEFORE.test(text.slice(d.end, start)))));
    if (speaker) out.push({ speaker, term: text.slice(term.start, term.end).toLowerCase() });
  }
  return out;
}

/**
 * A photo of someone in a post that tells a patient's story shows that
 * patient as far as a reader can tell, unless it shows only staff ("Our NICU
 * nurses"). One that names someone who is not staff ("Ana Ortiz walking with
 * her physical therapist"), or the story's person by any word of their name
 * ("Nadia with her oncology nurses"), is theirs all the same.
 */
function tiePhotos(text: string, story: Judgement, photos: Detection[], dets: Detection[]): void {
  const storyWords = new Set(story.tied.filter((d) => d.rule.category === "name").flatMap((d) => text.slice(d.start, d.end).split(/[\s.]+/).filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w))));
  const namesSomeone = (p: Span) => dets.some((n) => n.rule.category === "name" && n.start >= p.start && n.end <= p.end && n.severity !== "info") ||
    text.slice(p.start, p.end).split(/[^\p{L}'’-]+/u).some((w) => storyWords.has(w));
  for (const p of photos) {
    if (!namesSomeone(p) && showsStaff(text.slice(p.start, p.end))) continue;
    raise(p, "error", "a photo in a post that tells a patient's story");
    if (!story.needs.includes("photo")) story.needs.push("photo");
    story.tied.push(p);
  }
}

/**
 * With photos and no story yet, the first sentence where care happens to a person it speaks of: "Swipe to
 * see the before-and-after of this gentleman's leg wound, fully healed ..." with "[photo: lower leg]".
 */
function photoStory(text: string, all: Span[], undergoneIn: (string | undefined)[], photos: Detection[]): Judgement | undefined {
  if (!photos.length) return undefined;
  const i = undergoneIn.findIndex((term, j) => term !== undefined && (PRONOUN.test(text.slice(all[j].start, all[j].end)) || contextTerms("person-nouns").spans(text.slice(all[j].start, all[j].end)).length > 0));
  return i < 0 ? undefined : newStory(all[i], { strong: true, term: undergoneIn[i]!, at: all[i].start, condition: true, happensTo: true });
}

/** An image described as showing staff: "Our NICU nurses", "Dr. Lee with the transplant team". */
function showsStaff(alt: string): boolean {
  // "Nurse Kim hugging a patient in a wheelchair", "Toddler ... on a nurse's lap": staff with a patient or someone else shows them too.
  if (contextTerms("patient-words").spans(alt).length > 0 || contextTerms("person-nouns").spans(alt).length > 0) return false;
  return contextTerms("staff-words").spans(alt).length > 0 || /\b(?:team|staff|volunteers)\b/i.test(alt);
}

/**
 * "one of our hospice patients", "One of my hospice patients", "one of the first heart transplant recipients", "one of our youngest kidney donors",
 * "sharing cookies with the other patients": one person out of a group of patients.
 */
const ONE_OF = /\b(?:one\s+of\s+(?:our|the|their|its|my)|(?:the|her|his|their)\s+(?:other|fellow))\s+(?:[\p{L}-]+\s+){0,3}?(?:patients|residents|preemies|recipients|survivors|(?:kidney|liver|living|marrow|stem\s+cell|organ)\s+donors)\b|\b(?:received|admitted|treated|saw|took\s+in|cared\s+for)\s+(?:[\p{L}\p{N}-]+\s+){0,2}patients,?\s+(?:including|among\s+them)\b/giu;

/** What "PT" names when it is physical therapy: "PT aide", "PT team", "PT gym". */
const PT_NAMES = /^\s+(?:aides?|assistants?|techs?|team|staff|department|dept|gym|clinic|sessions?|appointments?|students?|director|manager|crew|folks|open\s+house|programs?|class(?:es)?|rooms?|equipment|exercises?|evaluations?|evals?|referrals?|schedule|month|week)\b/i;
/** Residents in training are doctors: "one of our first-year surgical residents". */
const RESIDENCY = /\b(?:year|chief|surgical|surgery|medical|medicine|pediatric|pgy\S*|emergency|psychiatry|radiology)\s+(?:[\p{L}-]+\s+)?residents$/iu;

/** Who went through a program of care: "our oldest cardiac rehab graduate", "NICU grads", "our cardiac rehab star", "our cardiac rehab class has a new star" (not "NICU graduate nurses" or "the ICU grad program"). */
const GRADUATE_AFTER = /^\s+(?:(?:program|class|group)(?:\s+has\s+an?|\s+welcomes\s+(?:an?|its|our)|['’]s)?\s+)?(?:(?:most\s+)?(?:dedicated|favou?rite|beloved|loyal|longtime|new|newest|proudest|youngest|oldest)\s+)?(?:graduate|grad|alum|alumna|alumnus|alumni|star|superstar|champ|champion|warrior|fighter|regular)s?\b(?!\s+(?:nurses?|RNs?|residency|fellowship|programs?|class(?:es)?|reunion|party|parties|nights?|days?|events?|cohorts?)\b)/i;

/** Who keeps coming to a place of care: "A regular at our dialysis center", "one of the regulars in our infusion suite". */
const REGULAR_AT = /\bregulars?\s+(?:at|in|of|on)\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Who went through or keeps coming to care: "our oldest cardiac rehab graduate", "a regular at our dialysis center". */
function careGraduates(text: string, care: CareTerm[]): Span[] {
  return care.flatMap((c) => {
    if (c.list === "care-settings") {
      const before = text.slice(Math.max(0, c.start - 60), c.start);
      const regular = REGULAR_AT.exec(before);
      if (regular) return [{ start: c.start - before.length + regular.index, end: c.end }];
    }
    // "our spinal cord injury warrior": one who fights the condition.
    const fighter = c.list === "conditions" ? /^\s+(?:warrior|fighter|survivor|champ|champion)\b(?!s)/i.exec(text.slice(c.end, c.end + 20)) : null;
    if (fighter) return [{ start: c.start, end: c.end + fighter[0].length }];
    if (c.list !== "care-settings" && c.list !== "procedures") return [];
    const m = GRADUATE_AFTER.exec(text.slice(c.end, c.end + 40));
    return m ? [{ start: c.start, end: c.end + m[0].length }] : [];
  });
}

/** Patients, then who they are: "4 East has two fall-risk patients — Okonjo in 412 and Rasmussen in 418", "Patients to see: Mr. Boyd, Ms. Lin". */
const PATIENTS_NAMED = /\b(?:patients|pts)(?=(?:\s+(?:to\s+see|seen|for\s+(?:today|tonight|tomorrow)|today|tonight))?\s*(?:[:—–]|\s-)\s*(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+in\s+\d|\s*[,(]|\s+and\s|\s+\p{Lu}\p{Ll}+\s*[,(]))/gu;
/** Names set beside patients or residents in the plural: "Our pediatric cancer patients Mia, Jayden and Sofia", "Harold and June, both residents of our skilled nursing wing", "Mia and Jayden are patients on our cancer unit". */
const NAMED_PATIENTS = /\b(?:patients|residents)(?=\s+\p{Lu}\p{Ll}+(?:,\s+\p{Lu}\p{Ll}+)*,?\s+(?:and|&)\s+\p{Lu}\p{Ll}+)|(?<=\p{Lu}\p{Ll}+(?:,\s+(?:both|all\s+(?:three|four|five))|\s+(?:are|were)(?:\s+(?:both|all))?)\s+(?:(?:of\s+)?our\s+)?(?:[\p{L}-]+\s+){0,2})(?:patients|residents)\b(?=\s+(?:on|in|at|of|here|with)\b|\s*[,.!])/gu;

/** A nurse asked for by the patient they have: "Who has Thornbury?", "who's got Okafor today", "Who's covering Rosalind in 4?", "Whoever has Rosenthal:", "Who's taking report on Whitcombe?", "who wants to take Mr. Haddock tonight?". */
const WHOSE_PATIENT = /\b[Ww]ho(?:ever)?(?:\s+has|['’]s\s+got|\s+wants\s+(?:to\s+)?(?:take|have)|(?:\s+is|['’]s)\s+(?:taking|covering)(?:\s+(?:report|handoff|hand-off)\s+(?:on|for))?)(?=\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:in\s+)?\d{1,4}[A-Za-z]?)?\s*(?:[?:]|\s[—–]|\s(?:today|tonight)\b))/gu;

function oneOfPatients(text: string): Span[] {
  return [...[...text.matchAll(ONE_OF)].filter((m) => !RESIDENCY.test(m[0])), ...text.matchAll(OUR_MOST), ...text.matchAll(PATIENTS_NAMED), ...text.matchAll(NAMED_PATIENTS), ...text.matchAll(WHOSE_PATIENT), ...text.matchAll(KEEPS_COMING), ...text.matchAll(PT_NAMED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A note's "pt" (not physical therapy's "PT") right before the patient's name: "Pt Beaumont asking for a priest", "pt Mr. Haskell". */
const PT_NAMED = /(?<![\w.@])[Pp]t\.?(?=,?[^\S\n]{1,2}(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?[^\S\n]+)?\p{Lu}\p{Ll}{2,})/gu;
/** The one patient who stands out of all we cared for: "our smallest baby ever", "Our smallest fighter", "our youngest heart patient", "our NICU's smallest baby", "Our youngest organ donor this year", "Our newest cochlear implant recipient", "our youngest-ever insulin pump user", "Our NICU's tiniest graduate" (a graduate only as the smallest: "our newest grad" is a nurse). */
const OUR_MOST = /\bour\s+(?:[\p{L}&-]+['’]s\s+)?(?:smallest|tiniest|littlest|youngest|oldest|sickest|newest|latest)(?:-ever)?\s+(?:[\p{L}-]+\s+){0,2}?(?:baby|preemie|micro-?preemie|newborn|patient|recipient|fighter|warrior|(?:organ|kidney|liver|heart|marrow)\s+donor|(?:insulin\s+)?pump\s+user|(?:cochlear\s+)?implant\s+(?:user|recipient))(?:\s+ever)?\b(?!\s+(?:care|experience|portal|advocates?|navigators?|services|safety|relations|access|education|ambassadors?|representatives?|liaisons?)\b)|\bour\s+(?:[\p{L}&-]+['’]s\s+)?(?:smallest|tiniest|littlest)(?:-ever)?\s+(?:graduate|grad|alum)\b/giu;

interface SentenceFacts {
  sentence: Span;
  tie?: Tie;
  /** A patient word in the sentence: "my patient", "our resident". */
  patient?: Span;
  /** The sentence opens on a pronoun: "She's 94", "Her number is ...". */
  opensOnPronoun: boolean;
  persons: Detection[];
  /** Every person the sentence names, staff and public figures too: care that happens to them may follow by pronoun. */
  named: Detection[];
  pronoun: boolean;
}

/** Our residents or patients as a group: "our memory care residents", "our hospice patients". */
const OUR_RESIDENTS = /\bour\s+(?:[\p{L}&-]+\s+){0,3}(?:residents|patients)\b/iu;
/**
 * An age over 89 beside a place of care, in its sentence or in those that go on about the person by
 * pronoun, where no one named is staff: "Gloria Vance ringing in her 100th birthday with the staff of our
 * memory care unit"; "Happy 100th, Edna Mae! Our hospice family threw her a party". The age alone is an
 * identifier, and the place makes its owner a resident or patient. So does a place where the sentence before
 * puts our residents or patients: "This year our memory care residents made cards. Special thanks to Edna, 91".
 */
function agedInCare(text: string, f: SentenceFacts & { roles: Map<Detection, string | undefined> }, previous: SentenceFacts | undefined, following: SentenceFacts[], care: CareTerm[][]): Tie | undefined {
  if (!f.persons.some((d) => d.rule.category === "age") || f.named.some((d) => f.roles.get(d))) return undefined;
  // "This year our memory care residents made cards ... Special thanks to Edna, 91, who ...": one of the residents just told of.
  const residents = previous && previous.persons.length === 0 && OUR_RESIDENTS.test(text.slice(previous.sentence.start, previous.sentence.end)) ? [previous.sentence] : [];
  // "Happy 95th, Walter! Our memory care residents threw Walter a party": named again, still the same person.
  const again = (n: SentenceFacts) => n.persons.length > 0 && n.persons.every((p) => f.named.some((d) => text.slice(d.start, d.end) === text.slice(p.start, p.end)));
  const goesOn = [...residents, f.sentence, ...goingOn(following, again).map((n) => n.sentence)];
  const inSentence = (c: CareTerm) => goesOn.some((s) => c.start >= s.start && c.end <= s.end);
  // "She turned 100 in room 7": a room or bed by its number is someone's.
  const numbered = (c: CareTerm) => /^\s*#?\d/.test(text.slice(c.end, c.end + 4));
  // "cut the ribbon on our new medical floor": a place opened or given to is no one's stay.
  const opened = (c: CareTerm) => OPENED.test(text.slice(Math.max(0, c.start - 90), c.start)) || givenTo(text, c);
  const setting = care.flat().find((c) => c.list === "care-settings" && inSentence(c) && (!GENERIC_SETTING.test(text.slice(c.start, c.end)) || numbered(c)) && !opened(c));
  if (!setting) return undefined;
  return { strong: true, term: text.slice(setting.start, setting.end).toLowerCase(), at: setting.start, condition: false, happensTo: false };
}

/** One patient, not a group: "patient", "resident", "our patient". */
const SINGLE_PATIENT = /(?:patient|resident|client|preemie|recipient|survivor|john\s+doe|jane\s+doe)$/i;
/** One patient of ours, the patient words' own determiner: "our patient (from the Cedar Lane fire)". */
const OUR_PATIENT = /^our\s+(?:[\p{L}-]+\s+)?patient$/iu;
/** Patients we took in, some of them told of: "our ER received six patients, including a pregnant woman and a 9-year-old boy". */
const INCLUDED = /(?:including|among\s+them)$/i;
/** One patient pointed at, not patients in general: "our only quadruple amputee ", "The real ", "a ". */
const POINTED_AT = /\b(?:a|an|the|our|this|that|one)\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/iu;

/** How many sentences on a story may go on about its person by pronoun only. */
const CARRY = 3;
/** A sentence about what usually happens: "are common", "is normal after", "are a common surgery", "is one of the most common surgeries". */
const USUALLY = /\b(?:are|is)\s+(?:very\s+|quite\s+|pretty\s+|totally\s+|perfectly\s+|an?\s+(?:very\s+)?|(?:one\s+of\s+)?the\s+(?:most|second\s+most|third\s+most)\s+)?(?:common|normal|typical|expected|frequent)\b/i;
/** Who of a kind a statement is about: "(babies) born in our state ", "(kids) with asthma ". */
const KIND_TOLD = String.raw`(?:(?:with|who\s+have)\s+[\p{L}-]+\s+|(?:born|treated|seen|admitted)\s+(?:in|at|here)\s+(?:(?:our|the)\s+)?(?:[\p{L}-]+\s+)?)`;
/** A statement about most, many, all or every one of a kind: "Most polyps are harmless, and removing them prevents cancer", "Many kids with croup get better in days", "all babies born in our hospital get a hearing screen", "every baby born in our state gets a newborn screen". */
const MOST_OF_A_KIND = new RegExp(String.raw`^\s*${GREETED_OR_TAGGED}(?:(?:most|many|some|all)\s+(?!of\s+(?:our|the|my|his|her|their)\b)(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s\s+${KIND_TOLD}?(?:are|can|may|will|do|don['’]t|aren['’]t|need|get|heal|go|have|recover)|(?:every|each)\s+(?!(?:one|day|night|week|weekend|month|year|morning|evening|afternoon|time|step|minute|hour|visit|session|other)\b)(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+${KIND_TOLD}?(?:is|can|may|will|does|gets|needs|has|should|deserves))\b`, "iu");
/** A place's hours or opening, which are the organization's: "visiting hours on our maternity floor are 8am to 8pm", "our urgent care is open until 9". */
const HOURS = /\b(?:visiting|opening|clinic|office|pharmacy|business|holiday|weekend)\s+hours\b|\b(?:is|are)\s+(?:now\s+)?open\s+(?:until|till|from|daily|every|24|late|weekends|weekdays|seven|7)\b/i;
/** A request not to post or share care in public: "(@jp_m JP,) please don't post photos of wounds here". */
const DO_NOT_POST = new RegExp(String.raw`^\s*${GREETED_OR_TAGGED}(?:please\s+)?(?:don['’]t|do\s+not|never)\s+(?:post|share|send|put(?!\s+(?:Mr|Mrs|Ms|Mx|Miss)\.?\s)|upload|tag)\b`, "i");
/** What changes anyone's risk, told in the present with no one's care: "helmets reduce the risk of serious head injury by about 60%" (not "his stent lowers his risk"). */
const CHANGES_RISK = /^(?![^.!?]*\b(?:his|her|their|my|she|he|they)\b)[^.!?]*\b(?:reduces?|lowers?|cuts?|raises?|increases?|doubles?|triples?|halves?)\s+(?:the|your|anyone['’]s|a\s+person['’]s)\s+(?:risk|chances?|odds|likelihood)\s+of\b/i;
/** What anyone should get looked at: "dizziness after a head injury is worth a checkup", "(migraines ...) are a good reason to see a neurologist". */
const WORTH_A_LOOK = /\b(?:is|are)\s+(?:always\s+|still\s+|definitely\s+)?(?:worth\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:checkup|check-up|check|visit|call|look|trip|conversation|exam)\b|(?:a\s+)?(?:good|great|important|common)\s+reasons?\s+to\s+(?:see|call|visit|get|talk|book|come))/iu;
/** A kind of symptom, in the plural, that anyone should have seen to: "(@kenzie.b) rashes that spread quickly or come with fever should be checked". */
const KIND_TO_CHECK = new RegExp(String.raw`^\s*${GREETED_OR_TAGGED}(?:[\p{L}-]+\s+)?[\p{L}-]+s\s+(?:that|which|with)\b[^.!?]*\b(?:should|need\s+to|must)\s+be\s+(?:checked|seen|looked\s+at|evaluated)\b`, "iu");
/** What a symptom may point to, said of anyone: "snoring can be a sign of sleep apnea", "chest pain is sometimes a symptom of reflux" (not "her cough was a sign of pneumonia"). */
const MAY_SIGNAL = /\b(?:(?:can|may|might|could)\s+(?:also\s+)?be|(?:is|are)\s+(?:often|sometimes|usually|commonly|frequently|rarely|also))\s+(?:an?\s+|one\s+)?(?:(?:early|common|warning|rare|first|possible)\s+)?(?:signs?|symptoms?|causes?|red\s+flags?|risk\s+factors?)\s+(?:of|for)\b/i;
/** Care that "newborn" only says the kind of, or things for such babies: "(newborn) jaundice", "(newborn) hearing screening", "(newborn) care", "(preemie) clothes". */
const KIND_OF_CARE = /^\s+(?:[\p{L}-]+\s+)?(?:jaundice|screenings?|tests?|testing|hearing|care|photos?|photography|class(?:es)?|nursery|units?|period|stage|phase|check-?ups?|visits?|exams?|vaccines?|shots?|safety|sleep|feeding|reflexes|rash(?:es)?|acne|weight\s+loss|supplies|essentials|clothes|clothing|outfits|onesies|diapers|hats|blankets|books|toys)\b/iu;
/** A greeting to someone back from care: "Welcome home, Kevin!", "Welcome back, Ms. Ruiz". */
const WELCOMED_BACK = /^\s*welcome\s+(?:home|back)\b/i;
/** The parents of a baby just told of, hailed by name: "congrats to mom Tanya Ruiz", "congratulations to proud parents Emily and Sam". */
const PARENTS_HAILED = /\bcongrat(?:s|ulations)\s+to\s+(?:the\s+)?(?:proud\s+|new\s+|happy\s+)?(?:mom|mother|mama|dad|father|papa|parents)\s+\p{Lu}/u;

/**
 * The tie of a patient an earlier sentence speaks of, for the sentences that
 * go on about them by pronoun: "My patient today told me ... . She's 94 and
 * lives on Pine Street."; "Call the patient's wife. Her number is ...".
 */
function toldOf(text: string, facts: SentenceFacts[], i: number): Tie | undefined {
  // "It took a village: paramedics, our trauma team, and 14 units of blood. Welcome home, Kevin O'Brien!":
  // the one welcomed back came back from the care just told; "congrats to mom Tanya Ruiz" had the baby just told of.
  const previous = facts[i - 1];
  const line = text.slice(facts[i].sentence.start, facts[i].sentence.end);
  if (previous && (WELCOMED_BACK.test(line) || PARENTS_HAILED.test(line)) && previous.persons.length === 0 && previous.tie?.strong) return previous.tie;
  for (let j = i; j > 0 && i - j < CARRY && facts[j].opensOnPronoun; j--) {
    const before = facts[j - 1];
    if ((before.patient || before.persons.length > 0) && before.tie?.strong) return before.tie;
    if (before.persons.length > 0) return undefined;
  }
  return undefined;
}

const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)])\s/;

/**
 * For each sentence that is a list item, the tie of the lead-in line the list goes on from: "Congratulations
 * to this month's cardiac rehab graduates:" followed by "1. Frank Howell", "2. Denise Yu".
 */
function listedUnder(text: string, facts: SentenceFacts[]): (Tie | undefined)[] {
  let lead: Tie | undefined;
  return facts.map((f) => {
    const line = text.slice(f.sentence.start, f.sentence.end);
    if (LIST_ITEM.test(line)) return lead;
    // A lead line ends on a colon ("Discharges today:") or is a Markdown heading ("### Discharges today").
    lead = (/:\s*$/.test(line) || /^\s*#{1,6}\s/.test(line)) && f.tie?.strong ? f.tie : undefined;
    return undefined;
  });
}

/**
 * The tie that applies to a sentence's people: its own, or that of a
 * following sentence when the ones up to it go on about them by pronoun only
 * ("Call Jorge's wife at ... . He's out of surgery."; "Sarah Whitman loves her
 * garden. She taught for 30 years. Last spring, she noticed a lump.").
 */
function carriedTie(text: string, f: SentenceFacts, following: SentenceFacts[]): Tie | undefined {
  if (f.tie?.strong || f.named.length === 0) return f.tie;
  // When only staff or public figures are named, the care must happen to "she" or "he" themselves ("He's being
  // treated in our ICU"), not to those they serve ("She helps patients get from diagnosis to a plan").
  const onlyStaff = f.persons.length === 0;
  for (const next of goingOn(following)) {
    // "Two stents later, she says ...": the care may come in a lead-in before the subject.
    const theirs = (tie: Tie) => ownSubject(text.slice(next.sentence.start, tie.at)) || GOES_ON.test(text.slice(next.sentence.start, next.sentence.end));
    // "Rest in peace, Mayor Hal Simmons. Our hospice team was honored to care for him": care given to "him" makes him a patient.
    const caredFor = CARED_FOR_THEM.test(text.slice(next.sentence.start, next.sentence.end));
    if (next.tie?.strong && (!onlyStaff || (next.tie.happensTo && theirs(next.tie)) || caredFor)) return caredFor && onlyStaff ? { ...next.tie, happensTo: true } : next.tie;
  }
  return f.tie;
}

/** Care a team gave to "him" or "her": "was honored to care for him", "treated her", "looked after them". */
const CARED_FOR_THEM = /\b(?:car(?:e|ed|ing)\s+for|treat(?:ed|ing)|nurs(?:ed|ing)|look(?:ed|ing)\s+after)\s+(?:him|her|them)\b/i;

/**
 * The sentences that go on about the same person by pronoun, up to the first that names someone else or
 * has no pronoun. Staff named on the way ("His biopsy results came back and Dr. Kim wants to see him") do not stop it,
 * nor a sentence `namedAgain` says names the same person again.
 */
function goingOn(following: SentenceFacts[], namedAgain: (n: SentenceFacts) => boolean = () => false): SentenceFacts[] {
  const stop = following.findIndex((n) => !namedAgain(n) && (n.persons.length > 0 || !n.pronoun));
  return stop < 0 ? following : following.slice(0, stop);
}

/** Words for the people a clinician serves. */
const SERVED = /\b(?:patients|people|men|women|adults|teens|athletes|seniors|families|others|kids|children|residents|clients|parents|moms|mothers|babies|members|veterans|students|survivors|followers|friends|fans|readers|viewers|neighbors|neighbours)\b/i;
/** A service told as on offer to anyone: "(Hi Marjorie,) hearing aid tune-ups are free for the first year at our audiology clinic". */
const OFFERED = new RegExp(String.raw`^\s*${GREETED_OR_TAGGED}(?!(?:your|his|her|their|my)\b)(?:(?!\b(?:his|her|their|my)\s)[^.!?]){0,60}?\b(?:is|are)\s+(?:now\s+)?(?:free|available|offered|covered|included)\b`, "i");
/** How a kind of care, in the plural, is done here, said to no one's own: "(Jerome,) sleep studies are done overnight in our sleep lab", "Biopsies are usually read within a week" (not "your scans are done"). */
const DONE_AS_A_RULE = new RegExp(String.raw`^\s*${GREETED_OR_TAGGED}(?!(?:the|these|those)\b)(?:(?!\b(?:your|ur|his|her|their|my)\b)[^.!?]){0,40}?\b\p{Ll}{3,}s\s+are\s+(?:usually\s+|typically\s+|generally\s+|normally\s+|always\s+|all\s+)?(?:done|performed|read|run|held|scheduled)\b(?![^.!?]*\b(?:your|ur|today|tonight|yesterday|tomorrow)\b)`, "iu");
/** What differs from one to another, said of a kind of care, to no one's own: "(Bobby,) lifting limits after hernia surgery vary", "Recovery times differ" (not "your recovery may vary"). */
const VARIES = /^(?:(?!\b(?:your|ur|his|her|their|my)\b)[^.!?]){0,80}?\b(?:vary|varies|differ|differs|depends\s+on|depend\s+on)\b/i;
/** A sentence whose subject is a group, so what it tells happens to no one in particular: "(Hi Patrice,) kids with strep can usually return after 24 hours on antibiotics", "(@lena) babies get their first vaccines at 2 months". */
const GROUP_SUBJECT = new RegExp(String.raw`^\s*${GREETED_OR_TAGGED}(?:(?:most|many|some|all|young|older|little)\s+)?(?:${SERVED.source}|twins|triplets|newborns|infants|toddlers|preemies)\s+(?:with|who|can|may|should|often|usually|typically|need|are|get)\b`, "i");
/** People who give care, after the care they give: "(transplant) team", "(oncology) nurses", "(dialysis unit) volunteer", "(hospice) director". */
const TEAM_AFTER = /^\s+(?:(?:care|walk|run|ride|relay|5k|fundraising|oncology|therapy|medicine|nursing|rehab|recovery|support|navigation|unit|clinic|program)\s+)?(?:team|staff|crew|squad|nurses|doctors|physicians|surgeons|volunteers?|(?:medical\s+)?directors?|managers?|coordinators?|chaplains?|founders?)\b/i;
/** Whether care names the people who give it, right after it: "(our transplant) team", "(radiation) oncology team". */
function namesTeam(text: string, c: Span): boolean {
  return TEAM_AFTER.test(text.slice(c.end, c.end + 24));
}
/** The families of a kind of patients, before the word for them: "Parents of ", "families of our ". */
const KIN_OF_BEFORE = /\b(?:parents|families|moms|mothers|dads|fathers|siblings|caregivers|grandparents)\s+of\s+(?:our\s+|all\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** The same after the word: "(preemie) parents", "(NICU grad) families". */
const KIN_AFTER = /^\s+(?:parents|families|moms|mothers|dads|fathers|siblings|caregivers|grandparents)\b/i;
/** What someone wrote to us, and its topic: "your feedback about (IV alarms)", "her question on". */
const SAID_ABOUT = /\b(?:your|his|her|their|my)\s+(?:kind\s+)?(?:feedback|questions?|comments?|notes?|message|review|post|thoughts|input|suggestions?)\s+(?:about|on|regarding|re)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** A talk, class or piece of writing, and its topic: "(Dr. Foster's) webinar on ", "class about ". */
const TALK_ON = /\b(?:webinars?|talks?|lectures?|class(?:es)?|seminars?|workshops?|presentations?|podcasts?|videos?|articles?|books?|blogs?|series|Q&A)\s+(?:on|about|regarding|covering)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Someone named as one of a group: " like Margaret W.", ", similar to Jared P.". */
const ONE_OF_THEM = /^[^.!?]{0,40}?\b(?:like|such\s+as|similar\s+to|including)\s+(?:(?:Mr|Mrs|Ms|Mx)\.?\s+)?\p{Lu}\p{Ll}/u;
/** A condition or treatment a group has: "people with dementia", "kids living with diabetes", "adults who have had a stroke". */
const GROUP_HAS = new RegExp(String.raw`${SERVED.source}\s+(?:who\s+(?:have|had|have\s+had|live\s+with|are\s+living\s+with)|living\s+with|with)\s+(?:[\p{L}-]+\s+){0,2}$`, "iu");

/** Care given to "him" or "her" for something: "after we treated him for a heart attack". */
const CARED_FOR_PRONOUN = /\b(?:him|her|them)\s+for\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** Care owned by "her" or "him": "Six weeks after her double mastectomy", "after her own battle with (breast cancer)". */
const OWNED_BY_PRONOUN = /\b(?:her|his)\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** The words before a care word make "she" or "he" the one it happens to: "She was treated ...", "we treated him for ...", "after her surgery". */
function ownSubject(lead: string): boolean {
  return (SUBJECT_PRONOUN.test(lead) || CARED_FOR_PRONOUN.test(lead) || OWNED_BY_PRONOUN.test(lead)) && !SERVED.test(lead);
}

function newStory(sentence: Span, tie: Tie): Judgement {
  return { kind: "patient-story", start: sentence.start, end: sentence.end, reasons: [`identifiable person tied to care: "${tie.term}"`], needs: tie.condition ? ["condition"] : [], tied: [] };
}

/** The people a disease is named for: "Parkinson's disease" is no one's. */
const EPONYMS = "Alzheimer|Parkinson|Crohn|Hodgkin|Huntington|Tourette|Asperger|Graves|Addison|Cushing|Raynaud|Hashimoto|Kawasaki|Gehrig|Wilms|Ewing|Kaposi|Paget|Barrett|Bell|Guillain|Reye|Marfan|Osgood|Meniere|Sjogren|Sjögren";
/** Someone's, by an apostrophe and s (not a pronoun's, a place's or a disease's), or by the apostrophe alone after a titled name ending in s ("Mrs. Albers'"). */
const OWNERS_S = String.raw`(?:(?!(?:she|he|it|that|what|who|there|here|where|let|state|city|county|country|nation|town|world|hospital|clinic|company|team|region|community|department|institute|center|centre|program|unit|system|foundation|practice|school|university|college|network|organization|association|society|${EPONYMS})['’]s\b)\p{L}+['’]s|(?<=\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)\p{Lu}\p{Ll}*s['’](?=\s))`;
const OWNED = String.raw`\s+(?:(?:\d{1,2}:\d{2}|[\p{L}\d,-]+)\s+(?:(?:and|&)\s+)?){0,2}$`;
/** "hers is the (bone density scan)": care told as someone's by a pronoun that stands for it. */
const STANDS_FOR = String.raw`(?:his|hers|theirs)\s+(?:is|was|will\s+be)\s+(?:the|a|an)`;
/** "Tom's", "the unit's", but not "she's" or "that's", nor a place's or a body's ("the state's new stroke plan"). */
const POSSESSIVE = new RegExp(String.raw`\b(?:his|her|their|your|my|whose|${OWNERS_S}|${STANDS_FOR})${OWNED}`, "iu");
/** In a reply, "your" is the reader's, and whether their care is told is the reply checks' to decide ("your doctor will tell you what's right for your injury" tells none). */
const OWNED_NOT_READERS = new RegExp(String.raw`\b(?:his|her|their|my|whose|${OWNERS_S}|${STANDS_FOR})${OWNED}`, "iu");
/** Things, not people, in or from a place of care: "lost items from our ER", "updates from our NICU", "the leak in our ortho clinic". */
/** Things displayed in a place: "(They're) hanging in our infusion room", "framed on the unit". */
const DISPLAYED_IN = /\b(?:hang(?:s|ing)?|hung|displayed|on\s+display|framed|mounted)\s+(?:up\s+)?(?:in|on|at)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}$/i;
/** A shared place inside a unit: "the nurses' station in our ICU", "the family lounge on 5 West" (where things are, not anyone's stay). */
const PLACE_WITHIN = /\b(?:nurses['’]?\s+station|break\s*room|lobby|hallways?|front\s+desk|waiting\s+room|(?:family\s+)?lounge|kitchen|elevators?|entrance|chapel|courtyard|garden|playroom|gift\s+shop|cafeteria)\s+(?:in|on|at|of)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}$/i;
const THINGS_THERE = /\b(?:items?|belongings|property|valuables|things|equipment|supplies|donations?|gifts?|photos?|news|updates?|greetings|leaks?|pipes?|sinks?|roof|lights|heaters?|wiring|paint|furniture)\s+(?:(?:left|found|lost)\s+)?(?:in|on|at|from)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}$/i;
/** A surname that needs a place of care to go to: "Nakamura needs (SNF)", "Okafor will need (rehab)". */
const NEEDS_PLACE = /\b\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?\s+(?:needs|requires|will\s+need|is\s+going\s+to|goes\s+to)\s+(?:a\s+|an\s+)?$/u;
/** A family by its surname wanting to talk about care, for their relative: "the Ostrowski family wants to talk to you about (hospice)", "Pellegrino's family wants to talk before the (amputation) consent is signed", "Bed 8's family (Mr. Oyenuga) wants a second opinion on the (amputation)", "the Abernathy family is really upset about the wait for the (MRI)"; or staff talking with them about it: "to talk with Mrs. Valentine's family about (hospice)". */
const FAMILY_ABOUT = /(?:(?:\b(?:the|that)\s+|(?:^|[\n:;.!?])\s*)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:['’]s)?\s+family|\bfamily\s*\(\s*(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*\))\s+(?:wants|would\s+like|needs|asked|asks|is\s+asking|has\s+questions|called|(?:is|are)\s+coming|coming|(?:is|are)\s+(?:(?:really|very|so|pretty|quite)\s+)?(?:upset|angry|frustrated|worried|concerned|unhappy|anxious))\b[^.!?]{0,40}\b(?:about|regarding|re:?|before|after|on)\s+(?:(?:the|his|her|their)\s+)?(?:(?:wait|delay|delays|waits)\s+(?:for|on)\s+(?:(?:the|his|her|their)\s+)?)?$|\b(?:talk|speak|meet|met|sit\s+down)\s+with\s+(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?['’]s\s+family\s+(?:about|regarding|re:?)\s+(?:(?:the|his|her|their)\s+)?$/u;
/** Someone's consent, paperwork or preparation for a treatment: "Mr. Quintero's consent for the (colectomy)", "her pre-op labs for the (biopsy)". */
const PAPERS_FOR = new RegExp(String.raw`\b(?:his|her|their|${OWNERS_S})\s+(?:signed\s+)?(?:consents?|paperwork|forms?|prep|pre-?op(?:\s+labs)?|clearance|work-?up|orders?)\s+(?:for|to)\s+(?:the|a|an|his|her|their)\s+(?:[\p{L}-]+\s+)?$`, "iu");
/** A named person's part of the body, right after a condition: "(stage 2) on Mr. Pulaski's coccyx", "(rash) on Lily's arm". */
const ON_NAMED_PART = /^\s+(?:on|in|of)\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?['’]s\s+(?:left\s+|right\s+|L\s+|R\s+)?(?:coccyx|sacrum|heel|hip|back|arm|leg|foot|feet|hand|face|chest|knee|ankle|shin|buttocks?|abdomen|belly|neck|head|scalp|shoulder|elbow|wrist|toe|finger|eye|ear|lung|skin)\b/u;
/** Things put up or kept on a unit: "hang the new fall-prevention posters (on 4 West)", "the spare pumps (in 5B)", "the coffee cart arrives (on 4 West)". */
const THINGS_ON = /\b(?:posters?|signs?|flyers?|banners?|decorations?|lights|whiteboards?|magnets|stickers?|notices?|brochures?|handouts?|supplies|equipment|pumps|carts?|monitors)\s+(?:(?:arrives?|arrived|comes|came|goes|went|stops|stopped|is|are|was|were|parked|stays?)\s+)?$/i;
const LOCATED_IN = /\b(?:(?:in|on|at|into|to|from|out\s+of|leaves|leaving|left|reach(?:ed|es|ing)?)\s+(?:our|the|an?|his|her|their)|(?:en|a|de|desde)\s+(?:nuestr[oa]s?|la|el|los|las|su))\s+(?:[\w-]+\s+){0,3}$/i;
/** "in this very PICU": a named place of care pointed at (not "in that room"). */
const IN_THIS = /\b(?:in|on|at|into|to|from|out\s+of)\s+(?:this|that)\s+(?:very\s+|same\s+)?$/i;
/** "moved to hospice care", "in rehab": a named kind of care needs no article; "in bed" or "to ward 2" is no care. */
/** Told to go there, as anyone may be: "please call your provider or come to the ED", "go straight to the nearest ER", "come to urgent care right away" (not "come back to the ED"). */
const SENT_THERE = /(?:^|[.!?,;:]\s*|\b(?:please|or|and|just|then|always)\s+)(?:come|go|head|get)\s+(?:straight\s+|right\s+|directly\s+)?(?:in\s+)?to\s+(?:(?:the|an?|your|our)\s+)?(?:nearest\s+|closest\s+)?(?:[\w-]+\s+)?$/i;
const INTO_CARE = /\b(?:in|at|into|to|from)\s+$/i;
const GENERIC_SETTING = /^(?:room|rm|bed|bedside|ward|unit|floor)s?$/i;
/** A kind of care someone begins: "as he starts hospice care", "entered memory care", "transitioned to palliative care", "is now receiving hospice care at home". A staff member who begins it ("began hospice care") is its patient. */
const SETTING_BEGUN = /\b(?:start(?:s|ed|ing)?|beg(?:an|ins|in|inning)|enter(?:s|ed|ing)?|chose|chosen|elect(?:s|ed)?|receiv(?:e|es|ed|ing)|transition(?:s|ed|ing)?\s+to)\s+(?:our\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** Care given to someone the sentence names: "gave Mr. Albert Fox the clot-busting drug", "gave 19-year-old Jordan Pike a new heart", "gave his sister Lily the transplant", "gave retired teacher Gladys Okoro a new kidney". The giver stays staff. */
const GAVE = /\b(?:gave|given|give|gives|giving|administered|prescribed)\s+(?:\d{1,3}-(?:year|month|week|day)-old\s+|(?:\p{Ll}+\s+){1,2}(?=\p{Lu})|(?:his|her|their)\s+(?:(?:little|big|baby|twin|older|younger)\s+)?(?:sister|brother|son|daughter|mom|mother|dad|father|wife|husband|cousin|friend)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:(?:a|an|the|his|her|their)\s+)?(?:[\p{L}\d-]+\s+){0,2}$/u;

/** A care team acting on someone it names, or on "him" or "her": "our palliative care team helped Mr. Vincent Ortiz", "Our lactation team helped new mom Ana Ferreira", "our stroke team got him talking again", "Our ER saw the Garza brothers again", "our trauma team for saving Officer Dana Pruitt". */
const TEAM_ACTS = /^\s+(?:(?:team|staff|nurses|doctors|unit)\s+)?(?:helped|treated|cared\s+for|saved|looked\s+after|nursed|comforted|got|brought|for\s+(?:helping|treating|caring\s+for|saving|looking\s+after))\s+(?:(?:(?:Mr|Mrs|Ms|Mx)\.?\s+|(?:(?:new|first-time|proud)\s+)?(?:mom|mother|mama|dad|father|papa)\s+)?\p{Lu}|(?:him|her|them)\b)|^\s+(?:(?:team|staff|nurses|doctors|unit)\s+)?(?:saw|treated|admitted|stitched\s+up|patched\s+up)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Mx)\.?\s+)?\p{Lu}\p{Ll}+\b(?:\s+(?:family|twins|brothers|sisters|kids|boys|girls))?(?:\s+\p{Lu}\p{Ll}+)?\s+(?:again|today|yesterday|last|this|for|after|when|on|with)\b/u;

/** A condition found or removed in someone: "our surgeons removed a brain tumor", "caught her cancer early", "fixed 12 (cavities) for 6-year-old Jayden". The surgeon stays staff. */
const FOUND_IN = /\b(?:remov(?:ed|ing)|repair(?:ed|ing)|f(?:ou|i)nd(?:ing)?|discover(?:ed|ing)|detect(?:ed|ing)|caught|catching|spott(?:ed|ing)|noticed|felt|treat(?:ed|ing)?|fix(?:ed|ing)?|set(?:ting)?|check(?:ed|ing)?(?:\s+on)?|examin(?:e|ed|ing)|look(?:ed|ing)?\s+at|clean(?:ed|ing)?|stitch(?:ed|ing)?|dress(?:ed|ing)?|monitor(?:ed|ing)?)\s+(?:(?:a|an|the|her|his|their)\s+)?(?:[\p{L}\d-]+\s+){0,2}$/iu;

/** Care someone went through to its end, or was sent to: "his graduation from our cardiac rehab program", "completed pulmonary rehab", "a headache sent her to our ER". */
const SETTING_DONE = /\b(?:finish(?:ed|es|ing)?|complet(?:ed|es|ing)|graduat(?:ed|es|ing|ion)\s+from|graduate\s+of|discharged\s+from|released\s+from|went\s+through|(?:sent|sends|landed|lands|put|puts)\s+(?:her|him|them)\s+(?:straight\s+|right\s+)?(?:to|into|in))\s+(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:days?|weeks?|months?)\s+(?:of|in)\s+)?(?:(?:our|the|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Years of work in a place: "30 years of volunteer chaplaincy in our neuro unit", "22 years on our cardiac floor". */
const TENURE = /\b\d+\s+years?\s+(?:of\s+(?:[\p{L}-]+\s+){1,2})?(?:in|on|at)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}$/iu;
/** Work done in a place: "led activities on our long-term care floor", "volunteered in our NICU", "taught CPR in the ER", "has given 1,200 hours on our cardiac floor", "thanks for building the new ramp at our rehab center". */
const WORKED_IN = /\b(?:(?:giv(?:en|es|ing)|gave|logged|donated)\s+(?:over\s+|more\s+than\s+)?[\d,]+\s+(?:volunteer\s+)?hours|work(?:s|ed|ing)?|volunteer(?:s|ed|ing)?|serv(?:es|ed|ing)|led|leads?|leading|ran|runs|running|manag(?:es|ed|ing)|direct(?:s|ed|ing)|coordinat(?:es|ed|ing)|organiz(?:es|ed|ing)|taught|teach(?:es|ing)?|staff(?:s|ed|ing)|clean(?:s|ed|ing)|buil(?:t|ds?|ding)|install(?:s|ed|ing)?|paint(?:s|ed|ing)?|renovat(?:es|ed|ing)|repair(?:s|ed|ing)?|fix(?:es|ed|ing)?)\s+(?:[\p{L}-]+\s+){0,3}?(?:in|on|at)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}$/iu;
/** Work done in a place: "thanks for everything you do in triage". */
const WORK_DONE_IN = /\b(?:everything|all|what)\s+(?:you|she|he|they|we)\s+do\s+(?:in|on|at)\s+(?:our\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i;
/** A group whose place it is: "visiting the kids on our oncology floor", "families in our NICU" (not "the other kids on", "her parents at the NICU door", or one mother's "has now had three babies in our birthing center"). */
const GROUP_IN = /\b(?<!(?:other|her|his|their|my|your|\p{L}+['’]s|\bha(?:s|d|ve)\s+(?:now\s+)?had\s+[\p{L}\d]+)\s+)(?:kids|children|patients|families|babies|residents|veterans|seniors|parents|teens|people|folks|visitors|guests)\s+(?:in|on|at)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}$/iu;
/** Right after a name, maybe with the unit before the bed: "Mrs. Holloway (", "Mr. Tan, ", "Mrs. Patel in ", "Mr. Victor Hale from ", "baby Hollis (NICU " (not "opens Monday in "). */
const BESIDE_NAME = new RegExp(String.raw`(?!(?:${CALENDAR})\b)\p{Lu}\p{Ll}+\s*(?:\(|,|[-–—]|\bin|\bfrom)\s*(?:(?:NICU|PICU|ICU|CCU|ER|ED|L&D|PACU|\d\s?(?:North|South|East|West)|[1-9][A-Z])\s+)?$`, "u");
/** A titled name opening the sentence that puts them in the numbered room or bed: "Mr. and Mrs. Greer celebrated 70 years of marriage in (room 214)", after a heading's colon too: "Heads up: Ms. Kaplan, our VIP from the hospital board, is in (room 602)". */
const TITLED_SUBJECT_IN = /(?:^|[.!?:]\s+)(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+(?:and\s+(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+[^.!?\n]{0,60}?\bin\s+$/u;
/** A person named as a room's or a bed's, or as the one it is for or holds: " 214's Mr. Dalton", " 3's Ana" (not " 310's TV"), " 9 (Mr. Dunbar)", " 22 for Mrs. Oyelaran", "(chair 3) is Mr. Castellanos", "(Labor room) 2: Mrs. Nguyen-Park", "(Room) 417 Mr. Larkin", "(a bariatric bed) for Lindstrom in 414", "(room) 412 for Ellie". */
const ROOMS_PERSON = /^\s*#?\d+[A-Za-z]?['’]s\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}|\p{Lu}\p{Ll})|^\s*#?\d+[A-Za-z]?\s*[:,–—-]?\s*(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}|^\s*#?\d+[A-Za-z]?\s*\(\s*(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+\s*\)|^(?:\s*#?\d+[A-Za-z]?)?\s+(?:for|is)\s+(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+\b(?!['’])|^\s*#?\d+[A-Za-z]?\s+for\s+\p{Lu}\p{Ll}+\b(?!['’])|^\s+for\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+in\s+#?\d{1,4}[A-Za-z]?\b/u;
/** A slot's number right after a place, then a surname not followed by another capitalised word (" 1 Vance r/o", not " 3 Pemberton Road"). */
const SLOT_SURNAME = /^\s*#?\d{1,3}[A-Za-z]?\s*[:–—-]?\s+(\p{Lu}\p{Ll}{2,})(?:-\p{Lu}\p{Ll}+)?\b(?!['’]|\s+\p{Lu})/u;
/** A titled name right after a numbered place: " Mrs. Abebe", ": Mr. Li". */
const TITLED_NEXT = /^\s*[:–—-]?\s*(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}/u;
/** "woman in ", "patient in ", "mom in labor ": a person word right before the place, or one word before it. */
function personIn(before: string): boolean {
  const word = /\b(\p{L}+)\s+in\s+(?:\p{Ll}+\s+)?$/u.exec(before)?.[1].toLowerCase();
  return word !== undefined && (contextEntries("person-nouns").has(word) || contextEntries("patient-words").has(word));
}

/** Those who work on a unit, right before it, besides the staff words: "our night team ", "everyone ", "volunteering (on 4 North)". */
const STAFF_BEFORE = /\b(?:team|teams|aides|techs|crew|colleagues|coworkers|co-workers|everyone|caregivers|residents\s+and\s+fellows|volunteer(?:s|ed|ing)?|work(?:s|ed|ing)|precept(?:s|ed|ing)|float(?:s|ed|ing))\s+$/i;
/** A place someone calls home: "has called our memory care unit home". */
const CALLED_HOME = /\bcall(?:s|ed|ing)?\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** What a stay in a place of care is called, or the papers that begin it: "NICU stay", "ICU admission", "hospice days", "(her) hospice paperwork". */
const STAY_AFTER = /^\s+(?:stays?|admissions?|days|weeks|months|visits?|journey|course|discharge|paperwork|papers|referral|consent|enrollment|intake|eval(?:uation)?)\b/i;
/** Someone's meeting with, or referral to, a service of care: "Mr. Feld's family meeting with palliative care", "her referral to hospice", "his consult with cardiology". */
const OWN_MEETING_WITH = new RegExp(String.raw`\b(?:his|her|their|${OWNERS_S})\s+(?:family\s+|first\s+|next\s+|follow-?up\s+)?(?:meeting|consult(?:ation)?|appointment|appt|visit|referral|evaluation|eval|intake)\s+(?:with|to|from|by)\s+(?:the\s+|our\s+)?$`, "iu");
/** Training that staff or anyone complete in a care skill: "completed our ICU nurse residency", "completed our CPR and AED training". */
const TRAINING_AFTER = /^\s+(?:(?:and|&)\s+[\p{L}-]+\s+)?(?:(?!(?:in|during|at|on|after|before|from|while)\s)[\p{L}-]+\s+)?(?:fellowship|residency|training|course|certification|orientation|rotation|internship|demo|demonstration|drill|simulation)s?\b/iu;
/** A place of care opened or named, not anyone's stay: "cut the ribbon on our new mother-baby unit", "dedicated the new NICU". */
const OPENED = /\b(?:cut(?:s|ting)?\s+the\s+ribbon|ribbon[\s-]cutting|open(?:s|ed|ing)|dedicat(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|christen(?:s|ed|ing)?|broke\s+ground|groundbreaking)\s+(?:(?:on|at|for|of)\s+)?(?:our|the)\s+(?:[\w-]+\s+){0,3}$/i;
/** A degree or career in the care, right before it: "her doctorate in physical therapy", "his degree in nursing", "her nursing career in our NICU". */
const SCHOOLED_IN = /\b(?:doctorate|degree|master['’]?s|bachelor['’]?s|diploma|certificate|PhD|career|job|shifts?|residency|fellowship|internship|rotation)\s+(?:in|on|at)\s+(?:(?:our|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** The opening of a heading that names where news comes from: "From our burn unit:", "News from the NICU:". */
const HEADING_FROM = /(?:^|[\n.!?]\s*)(?:[\p{L}'’-]+\s+){0,2}?(?:from|inside|in)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}$/iu;
/** "finished cardiac rehab", "has come to our VA clinic for (PTSD therapy)", "his cardiologist wants him on a (heparin drip)", "después de su (cirugía)", "underwent surgery", "after two years of treatment", "treated him for a heart attack", "was treated here for a back (injury)", "tested positive for (C. diff)", "hasn't missed a single (dialysis session)", "never missed a (dialysis appointment)", "is being made (comfort care)", "Nth year on (dialysis)", "arriving for (dialysis)", "he's going for a (cardiac cath)", "he takes (warfarin)". */
const UNDERWENT = /\b(?:spen(?:t|ds?|ding)\s+(?:[\w'’-]+\s+){1,3}?on|(?:come|came|comes|coming)\s+to\s+(?:us|our\s+(?:[\w'’-]+\s+){0,3}?(?:clinic|center|centre|unit|program|hospital))\s+(?:(?:every|each)\s+\w+\s+)?for(?:\s+(?:his|her|their))?|(?:was|were|been|being|got|gets|is)\s+(?:treated|seen|admitted|hospitali[sz]ed)\s+(?:here\s+|with\s+us\s+|by\s+us\s+)?(?:for|with)(?:\s+(?:a|an|the)\s+[a-z-]+)?|(?:treat(?:ed|ing)?|saw|seen|admitted|diagnosed|cared\s+for|operated\s+on)\s+(?:him|her|them)\s+for|(?:woke(?:\s+up)?|emerged|recovered|came\s+out|graduat(?:ed|es|ing|ion)|discharged|released)\s+(?:from|of)|graduate\s+of|went\s+(?:through|into)|(?:is|was|were|are|been|remains?|remained|still|now)\s+on|(?:is|was|are|were|remains?)\s+(?:[\w'’-]+\s+){1,4}and\s+(?:still\s+|now\s+)?on|(?:put|started|placed|kept)\s+(?:back\s+)?on|reach(?:ed|es|ing)?|achiev(?:ed|es|ing)?|out\s+of|suffer(?:ed|s|ing)?|beat|overcame|fac(?:ed|es|ing)|fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)|living\s+with|(?:arrived|delivered|born|came)\s+(?:by|via)|(?:weaned|came|taken|is|was|are|were|both|now|finally|breath(?:e|es|ed|ing)?|nights?|days?|hours?|weeks?)\s+off|(?:mom|mother|woman|lady|man|gentleman|dad|father|girl|boy|kid)\s+on|(?:she|he|they|who)['’](?:s|re)\s+(?:(?:now|still|finally|already|back|calmer|better|worse|sleepier|steadier|stronger|doing\s+(?:better|well))\s+)?(?:off|on)|scheduled\s+for|booked\s+for|due\s+for|(?:sign|signs|signed|signing)\s+(?:the\s+)?consents?(?:\s+form)?\s+for|awaiting|waiting\s+(?:for|on)|declin(?:ed|es|ing)|refus(?:ed|es|ing)|finish(?:ed|es|ing)?|complet(?:e|ed|es|ing)|start(?:ed|s|ing)?|beg(?:an|un|ins|in|inning)|underwent|undergo(?:es|ing)?|(?:new\s+|recent\s+)?dx(?:\s+(?:of|with))?(?:\s+[a-z-]+){0,2}|receiv(?:e|ed|es|ing)|had|has|having|to\s+have|(?:they|both)\s+have|(?:took|takes|taking|take)\s+(?:it|them)\s+off\s+for|\d+(?:st|nd|rd|th)?\s+(?:days?|weeks?|months?|years?)\s+(?:post|on)|[A-Za-z]+['’]s\s+\d{1,3}\s+(?:days|weeks|months|years)\s+(?:in|at|on)|get|gets|got|getting|after|(?<!\b(?:for|of|by|keep|start|and|you|thanks)\s+)following|needs?|needed|of|with|(?:came|comes|coming)\s+in(?:\s+(?:w\/|for))?|\b(?:who|they|she|he)\s+(?:come|comes|came)\s+(?:in\s+)?to|arriv(?:es|ed|ing)\s+for|(?:tested|tests|testing|screened|came\s+back)\s+(?:positive|negative)\s+for|miss(?:ed|es|ing)?\s+(?:a\s+|one\s+)?single|never\s+missed\s+(?:a|an|one)|(?:leaves|leaving|heads|heading|headed|transferred|transferring|transfers)\s+(?:for|to)|(?:(?:she|he|they)['’](?:s|re)|(?:is|are)|who['’]s)\s+going\s+(?:for|to)|(?:she|he|they|who)\s+(?:still\s+|now\s+|also\s+)?(?:takes|take)|since|(?:is|was|been|being|be)\s+made|termin(?:ó|o|a|ando)|complet(?:ó|o)|recibi(?:ó|o)|tuvo|empez(?:ó|o)|comenz(?:ó|o)|despu(?:é|e)s\s+de|tras|luego\s+de|(?:wants?|wanted|needs?|needed)\s+(?:him|her|them)\s+on)\s+(?:(?:a|an|the|our|her|his|their|own|su|sus|two|three|several|both|\d+%?|years?|weeks?|months?|days?|rounds?|sessions?|of|new|further|more|any|stage|grade|i{1,3}|iv|\d+-[a-z]+|última|ultima|primera|sesión|sesion|sesiones|ronda|rondas|ciclo|ciclos|de|del|la|el|los|las)\s+){0,4}$/i;
/** The one a condition told by a verb happens to, right before it: "who fainted", "she suddenly collapsed". */
const SUBJECT_OF = /\b(?:she|he|they|who)\s+(?:(?:suddenly|nearly|almost|then|just)\s+)?$/i;
/** The condition a program someone went through treats: "completed our 90-day inpatient program for opioid addiction" (not staff training). */
const PROGRAM_DONE = /\b(?:complet|finish|graduat|enter|enroll|start)(?:ed|es|ing|s)?\s+(?:from\s+|in\s+)?(?:our|the|a|an|his|her|their)\s+(?!(?:[\p{L}\d-]+\s+){0,4}?(?:training|certification|residency|fellowship|course)\b)(?:[\p{L}\d-]+\s+){0,4}?(?:program|treatment|therapy)\s+(?:for|in)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const PRONOUN = /\b(?:she|he|her|his|him|they|their|them)\b/i;
const PRONOUNS = new RegExp(PRONOUN.source, "gi");
/** A pronoun that may point back to someone named before: not "they" after the group it stands for ("Keep kids home until they've had ..."). */
function refersBack(line: string): boolean {
  return [...line.matchAll(PRONOUNS)].some((m) => !/^(?:they|their|them)$/i.test(m[0]) || !SERVED.test(line.slice(0, m.index)));
}
/** A farewell to someone who died: "Rest easy, Walter", "Rest in peace, Ellen", "RIP Bud", "Fly high, Ronnie". */
const FAREWELL = /\b(?:rest\s+(?:easy|in\s+peace)|RIP|fly\s+high)\b/i;
/** One person pointed at, up to the word for them: "this little ", "that brave "; and the words for them: "guy", "girl", "fighter". */
const POINTING = String.raw`(?:this|that)\s+(?:(?:tiny|little|brave|sweet|strong|amazing|precious|beautiful|young|wonderful)\s+){0,2}`;
const ONE_OF_THEM_WORDS = "guy|girl|boy|baby|babe|kid|kiddo|toddler|teen|fighter|warrior|champ|miracle|preemie|lady|gentleman";
/** One person pointed back at, as a pronoun would: "this tiny 2-pounder", "this little fighter", "that brave girl", "this sweet 8-year-old", "Our favorite cardiac rehab patient", "(a party for) our oldest resident". */
const THIS_ONE = new RegExp(String.raw`\b${POINTING}(?:${ONE_OF_THEM_WORDS}|\d-pounder|\d{1,3}-(?:year|month|week|day)-old)\b|(?:^\s*|\b)(?:our|this|that)\s+(?:favou?rite|beloved|bravest|toughest|sweetest|funniest|oldest|youngest|longest-staying|star)\s+(?:[\p{L}-]+\s+){0,2}(?:patient|resident)\b(?!s|\s+(?:experience|portal|advocates?|relations|safety|services|care|families|education|navigators?)\b)`, "iu");
/** Words of someone's work here: "his last night shift", "before retirement", "our nurse manager". */
const AT_WORK = /\b(?:shifts?|retir(?:e|es|ed|ing|ement)|manager|director|supervisor|charge\s+nurse|colleagues?|co-?workers|hired|precept(?:s|ed|or|ing)?|mentor(?:s|ed|ing)?|leads?|led)\b/i;
/** A sentence that opens on "the guy", "the woman" and who we cared for, going on about the one just named: "Remember Mr. Pike? The guy we coded on Thanksgiving?". */
const THE_ONE_OPENS = /^\s*the\s+(?:guy|man|woman|lady|gentleman|kid|girl|boy|one)\s+(?:we|who|that)\b/i;
/** A teaser whose answer, the one it tells of, is named next: "Guess who got his feeding tube out today?". */
const GUESS_WHO = /^\s*(?:guess|look|see|check\s+out)\s+who\b/i;
/** A sentence that opens on one person pointed at, not named: "This little guy came in blue ...". */
const THIS_ONE_OPENS = new RegExp(String.raw`^\s*(?:(?:can|could)\s+you\s+believe\s+|remember\s+when\s+|guess\s+what\s+)?${POINTING}(?:${ONE_OF_THEM_WORDS}|man|woman)\b`, "i");
/** A sentence that goes on about people by how they are related or counted: "Father and daughter both had surgery", "The couple ...", "After 10 weeks in our NICU, all four babies left". */
const RELATION_OPENS = /^\s*(?:(?:[^.!?,\n]{0,40},\s*)?all\s+(?:two|three|four|five|six|\d)\s+(?:of\s+them|babies|kids|children|girls|boys)\b|both\b|the\s+(?:couple|pair|two|twins)\b|(?:mother|father|mom|dad|husband|wife|son|daughter|brother|sister|grandma|grandpa)\s+and\s+(?:mother|father|mom|dad|husband|wife|son|daughter|brother|sister|baby|grandson|granddaughter)s?\b)/i;
/** A sentence that gives the name of whom the sentence before told: "His name is Leo, and he's fine!". */
const NAME_GIVEN = /^\s*(?:(?:and|so)\s+)?(?:his|her|their)\s+names?\s+(?:is|are|was)\b/i;
/** The babies of a multiple birth counted in a place, as a pronoun would point back at them: "We still remember all five in the NICU together". */
const ALL_OF_THEM_IN = /\ball\s+(?:three|four|five|six|seven|eight|[3-9])\s+(?:of\s+them\s+)?(?:in|on|at)\s+(?:our|the)\s/i;

/** A sentence that opens on the person: "She's 94", "Her number is ...". */
const OPENS_ON_PRONOUN = /^\s*(?:she|he|they|her|his|their)\b/i;
/** A sentence that opens with the person as its subject, after a time or not: "She remains in our ICU.", "Last spring she became our patient herself". */
const SUBJECT_PRONOUN = /^\s*(?:(?:(?:last|this|that|in\s+the)\s+(?:spring|summer|fall|autumn|winter|year|month|week|morning|night)|yesterday|today|then|later|soon|in\s+\d{4})\s+)?(?:she|he|they)\b/i;
/** The same after a lead-in of time or place: "Two years ago he ...", "Last spring, she ...", "In March they ...". */
const TOLD_OF_HIM = /^\s*(?:[^.!?,\n]{0,40},\s*|(?:[\w-]+\s+){1,3}ago\s+|(?:last|this|that|in|on|at)\s+[\w-]+\s+)?(?:she|he|they)\b/i;
/** A sentence that speaks of one person: "Our ortho team tells us his surgery went well.", "Our trauma team says she's in stable condition." */
const ONE_PERSON = /\b(?:his|her|she|he|him)\b/i;
/** Someone entering care: "as he enters hospice care at home", "she moved into our memory care unit". */
const ENTERED_CARE = /\b(?:he|she|they|who)(?:['’](?:s|re)|\s+(?:is|are|was|were))?\s+(?:(?:has|have|had|just|recently|will|now)\s+)?(?:enter(?:s|ed|ing)?|(?:moved?|moves|moving|went|goes|going)\s+(?:in)?to)\s+(?:(?:our|the|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Someone who came to a place: "who came to our ", "she first came into the ". */
const CAME_TO = /\b(?:who|she|he|they)\s+(?:first\s+)?(?:came|comes|arrived)\s+(?:in)?to\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** The state a patient comes in: "terrified of needles", "barely able to walk", "in tears", "on a stretcher". */
const ARRIVED_STATE = /^\s+(?:terrified|scared|afraid|frightened|unable|barely|crying|limping|wheezing|bleeding|unconscious|unresponsive|in\s+(?:pain|tears|labou?r|a\s+wheelchair|an\s+ambulance)|on\s+(?:a\s+)?(?:stretcher|gurney|oxygen|ventilator))\b/i;
/** "who came to our ICU unable to breathe", "who came to our allergy clinic terrified of needles": someone who arrived at care in the state a patient comes in. */
function cameInState(text: string, c: CareTerm, before: string): boolean {
  if (!CAME_TO.test(before)) return false;
  const after = text.slice(c.end, c.end + 60);
  const place = c.list === "care-settings" ? null : /^\s+(?:clinic|unit|center|centre|ward|floor|program)\b/i.exec(after);
  return (c.list === "care-settings" || place !== null) && ARRIVED_STATE.test(after.slice(place?.[0].length ?? 0));
}
/** A stay told by its length, which makes even staff a patient: "is home after two weeks in our burn unit". */
const STAY_BEFORE = new RegExp(String.raw`\b(?:after|following|spent|spending|spends)\s+(?:${COUNT}|a)\s+(?:long\s+)?(?:days?|weeks?|months?|nights?)\s+(?:in|on|at)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}$`, "i");
/** A sentence whose subject is the person, after a short lead-in: "Thanks to quick surgery, he's home.", "The woman had a stroke", "The little one is doing great". */
const GOES_ON = /^\s*(?:[^.!?,\n]{0,40},\s*)?(?:she|he|they|(?:the|this)\s+(?:\d{1,3}-year-old\s+|young\s+|elderly\s+|little\s+)?(?:woman|man|lady|gentleman|girl|boy|child|baby|teen|toddler|patient|couple|family|one|guy|kids|children|twins|boys|girls)|(?:mom|mother)\s+and\s+(?:baby|babies|son|daughter|twins)|(?:her|his|their)\s+(?:son|daughter|baby|twins|husband|wife|mom|mother|dad|father)|both(?=\s+(?:are|were|have|had|of\s+them))|all\s+(?:two|three|four|five|six|\d)(?=\s+(?:are|were|have|had|of\s+them)))\b/i;

/**
 * How a sentence ties a person to care. Strong: a patient word, a care event
 * (admitted, born, surgery), a condition or treatment owned by someone ("his
 * prostate cancer"), being in a care setting ("in our ICU"), or a reply about
 * "your" care. Weak: care is only mentioned.
 */
function tieIn(text: string, sentence: Span, care: CareTerm[], patient: Span | undefined, replyCare: Span[], reply: boolean): Tie | undefined {
  const word = (s: Span) => text.slice(s.start, s.end).toLowerCase();
  // "she was a patient there herself": the patient word says what they became, so it happens to them.
  // "Rosa was born here 41 years ago, a preemie who spent 2 months in our NICU": so is a patient word set beside them.
  const became = (p: Span) => {
    const lead = text.slice(Math.max(sentence.start, p.start - 30), p.start);
    const after = text.slice(p.end, p.end + 16);
    // "has been one of our kidney patients for a decade": the patient words open with their own determiner.
    // So does "our patient" ("is now our patient too").
    const leadIn = /^(?:one\s+of|our)\s/i.test(text.slice(p.start, p.end)) ? BECAME_ONE_OF : BECAME_PATIENT;
    // "who is in our care after a minor heart procedure": being in our care happens to them.
    const inCare = /^(?:in|under)\s+our\s+care$/i.test(text.slice(p.start, p.end)) && /\b(?:is|was|are|were|remains?|been|is\s+now|is\s+still)\s+$/i.test(lead);
    return inCare || (leadIn.test(lead) && PATIENT_WHERE.test(after)) || (PATIENT_BESIDE.test(lead) && /^\s*(?:who|in|at|on|[.!;,])/i.test(after));
  };
  const patientTie = patient && { strong: true, term: word(patient), at: patient.start, condition: care.some((c) => c.list === "conditions"), happensTo: became(patient) };
  if (patientTie?.happensTo) return patientTie;
  if (replyCare.length) return patientTie ?? { strong: true, term: word(replyCare[0]), at: replyCare[0].start, condition: true, happensTo: false };
  const before = (c: Span) => text.slice(Math.max(sentence.start, c.start - 90), c.start);
  // A death is care only where it met care: "passed away in our hospice", not "passed away at home in 2019"; so is a recovery
  // at home ("keep our nurse Dana in your prayers as she recovers at home", not "recovering at home after her surgery").
  const meetsNoCare = (c: CareTerm) => c.list === "care-events" && (DEATH.test(word(c)) || (/^recover/i.test(word(c)) && /^\s+at\s+home\b/i.test(text.slice(c.end, c.end + 10))));
  // "our longtime dialysis unit volunteer, who passed away": a unit named for the people who work there is no care the death met.
  // "founder of our palliative care program, who died at home": nor is a field of work, nor care that opens a title ("our founding hospice medical director, who died").
  const unmetOnly = care.filter((c) => !namesTeam(text, c) && !FIELD.test(before(c)) && !opensTitle(text, c)).every(meetsNoCare);
  // "bruises after a blood draw are common": what usually happens happens to no one in particular.
  const said = text.slice(sentence.start, sentence.end);
  const generic = GENERAL_STATEMENTS.some((re) => re.test(said)) || habitual(said);
  // "@marty Marty, if you get a rash on a new medicine, call your prescriber": in a reply, care the reader is only supposed to have.
  const supposed = (c: Span) => reply && READER_SUPPOSED.test(text.slice(sentence.start, c.start));
  // Not a family's talk about care for their own ("the Ostrowski family wants to talk to you about hospice", "to talk about hospice for their dad").
  const spokenOf = (c: CareTerm) => TALKED_ABOUT.test(before(c)) && !FAMILY_ABOUT.test(before(c)) && !FOR_RELATIVE.test(text.slice(c.end, c.end + 30));
  const real = care.filter((c) => !supposed(c) && !spokenOf(c));
  // "one month after his own stroke": an illness someone has as their own decides, whatever care the sentence names first.
  const ownIllness = real.find((c) => c.list === "conditions" && OWN_ILLNESS.test(before(c)));
  const strong = generic ? undefined : ownIllness ?? real.find((c) =>
    // "Our whole surgery team": an event word that names a team is no one's care; "our chief of surgery", a field of work.
    (c.list === "care-events" && !(unmetOnly && meetsNoCare(c)) && !namesGroup(text, c) && !TRAINING_AFTER.test(text.slice(c.end, c.end + 40)) && !FIELD.test(before(c)) && !QUANTIFIED.test(before(c)) && !OFFERS.test(before(c)) && !QUESTIONS_ABOUT.test(text.slice(c.end, c.end + 30)) && (!ABOUT_CARE.test(text.slice(c.end, c.end + 16)) || THIRD_PERSON_OWNER.test(before(c)))) ||
    ownedCare(text, c, before(c), reply ? OWNED_NOT_READERS : POSSESSIVE) ||
    inCareSetting(text, c, before(c)) ||
    inProgram(text, c, before(c))) ??
    real.find((c) => careGiven(text, c, before(c)));
  const any = strong ?? care[0];
  if (!any) return patientTie;
  // Care that happens to someone, so it makes even staff a patient: "passed away", "her breast cancer",
  // "finished her last chemo treatment"; but not care counted out by its giver ("completed her 100th surgery").
  // An event named by a noun happens to someone only as theirs or as gone through: "her surgery",
  // "after surgery"; "Dr. Patel now offers surgery" is care given.
  // Care of the people someone serves does not happen to them: "Dr. Ramos treats men with prostate cancer" (in the same clause:
  // not "Paramedic Jake Sorensen, who has brought hundreds of people to our ER, was admitted himself with pneumonia").
  // A condition a clinician checks ("Dr. Kim can check his incision") is someone else's.
  // "after 42 years on our spinal cord injury unit": a condition that names a unit is no one's.
  const namesUnit = strong !== undefined && strong.list === "conditions" && /^\s+(?:unit|ward|floor|wing|program|center|centre|clinic)\b/i.test(text.slice(strong.end, strong.end + 12));
  const happensTo = strong !== undefined && !namesUnit && (strong === ownIllness || !onTopic(text.slice(sentence.start, strong.start)) && !SERVED.test(before(strong).split(",").pop()!) && !someoneWith(before(strong)) && !opensTitle(text, strong) && (
    (strong.list === "care-settings" && (STAY_BEFORE.test(before(strong)) || ENTERED_CARE.test(before(strong)) || (SETTING_BEGUN.test(before(strong)) && /^\s+care\b/i.test(text.slice(strong.end, strong.end + 8))))) ||
    (strong.list === "care-events" && !countedEvents(word(strong), before(strong)) && (!PERFORMED.test(word(strong)) || doneTo(text, strong, before(strong), care)) && (!EVENT_NOUN.test(word(strong)) || POSSESSIVE.test(before(strong)) || underwent(before(strong))) &&
      (!WELCOMED.test(word(strong)) || care.some((c) => c.list === "care-settings" && !opensTitle(text, c)))) ||
    (strong.list === "care-events" && OWN_BIRTH.test(text.slice(strong.start, strong.end + 50))) ||
    ((strong.list === "conditions" || strong.list === "procedures") && !NOT_UNDERGONE.test(text.slice(strong.end, strong.end + 32)) && !ABOUT_CARE.test(text.slice(strong.end, strong.end + 16)) && (
      (strong.list === "conditions" && THIRD_PERSON_OWNER.test(before(strong)) && (!FOUND_IN.test(before(strong)) || foundByTest(text, strong, care) || THANKED_FOR.test(before(strong)) || CARERS_WHO.test(before(strong)))) ||
      (strong.list === "conditions" && oneCase(text, strong, before(strong))) ||
      // "Councilman Eric Tate, who is cancer-free": free of an illness is past it.
      (strong.list === "conditions" && FREE_OF.test(text.slice(strong.end, strong.end + 6))) ||
      // "her new hip", "his pacemaker": a treatment that "her" or "his" has is theirs (not "her 100th hip replacement").
      (strong.list === "procedures" && OWNED_BY_PRONOUN.test(before(strong)) && !COUNTED.test(before(strong))) ||
      ((underwent(before(strong)) || countedLater(text, strong, before(strong))) && !COUNTED.test(before(strong)))))));
  // An injury told as an event ("tore her ACL", "was struck by a car") names a condition too, which consent must cover.
  const condition = care.some((c) => c.list === "conditions" || c.list === "procedures" || (c.list === "care-events" && INJURED.test(word(c))));
  // "Honored to have cared for Senator Paula Ngata": care given to the one named right after it happens to them.
  const givenTo = strong !== undefined && !happensTo && strong.list === "care-events" && PERFORMED.test(word(strong)) && !FIELD.test(before(strong)) ? CARED_NAMED.exec(text.slice(strong.end, strong.end + 40)) : null;
  // "paramedic Sam Ortiz, who was treated here for a back injury after lifting a patient": care that happens to
  // someone decides over a patient word after it that is what someone handled.
  const handledPatient = patient !== undefined && strong !== undefined && patient.start >= strong.end && HANDLED.test(text.slice(Math.max(sentence.start, patient.start - 30), patient.start));
  if (givenTo && !patientTie) return { strong: true, term: word(any), at: any.start, condition, happensTo: true, to: strong!.end + givenTo[0].length };
  return patientTie && !(happensTo && handledPatient) ? patientTie : { strong: strong !== undefined, term: word(any), at: any.start, condition, happensTo };
}

/** Whose own an illness is, right before it: "his own stroke", "her own breast cancer". */
const OWN_ILLNESS = /\b(?:his|her|their)\s+own\s+(?:[\p{L}-]+\s+)?$/iu;

/** Events counted in the plural, a unit's work and no one's care: "a tough night with three admissions", "12 deliveries". */
function countedEvents(event: string, before: string): boolean {
  return /s$/i.test(event) && /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several|multiple)\s+$/i.test(before);
}

/** A name, maybe titled, right after care given: "(cared for) Senator Paula Ngata", "(treated) Mayor Ed Park". */
const CARED_NAMED = /^\s+(?=\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\b)/u;
/** A patient someone handled, right before the patient word: "after lifting ", "while moving the ". */
const HANDLED = /\b(?:lift|mov|carry|carri|transfer|turn|restrain|catch|caught|help|transport|push|pull|roll|reposition)\w*\s+(?:a|an|the|another)\s+$/i;

/** What care is like for a kind of people: "fasting before surgery is tough for little ones", "a hospital stay can be scary for kids". */
const HARD_FOR = /\b(?:is|are|can\s+be|may\s+be|gets?)\s+(?:(?:so|really|very|often|extra|especially|a\s+lot)\s+)?(?:tough|hard|scary|stressful|difficult|confusing|frightening|easier|harder|exhausting|overwhelming)\s+(?:on|for)\s+(?:(?:most|many|some|all|young|little|older|new)\s+)?(?:little\s+ones|kids|children|babies|toddlers|teens|parents|families|anyone|everyone|people|patients|adults|seniors|caregivers|moms|dads)\b/i;
/** What going through care, or caring for someone through it, is like for anyone, told by a gerund: "We know waiting for test results can be stressful", "caring for someone with dementia is hard". */
const DOING_IS_HARD = new RegExp(String.raw`^\s*${GREETED_OR_TAGGED}(?:we\s+(?:know|understand)\s+(?:that\s+)?)?(?:waiting|getting|having|going|hearing|facing|starting|finding\s+out|caring\s+for|looking\s+after|living\s+with|coping\s+with|dealing\s+with|watching)\b[^.!?]{0,50}\b(?:is|are|can\s+be|may\s+be)\s+(?:so\s+|really\s+|very\s+|extra\s+)?(?:tough|hard|scary|stressful|difficult|nerve-?wracking|overwhelming|frightening)\b`, "i");
/** The chief cause of an illness or an injury among a kind of people: "(Hi Tomas,) falls are the top cause of injury in older adults". */
const CAUSE_AMONG = new RegExp(String.raw`\b(?:top|leading|most\s+common|number\s+one|#1|main|biggest|major)\s+(?:cause|causes|reason|source)\s+of\s+(?:[\p{L}-]+\s+){1,3}(?:in|among|for)\s+(?:(?:older|younger|young|elderly|many|most|all)\s+)?${SERVED.source}`, "iu");
/**
 * Sentences about care in general, which tie no one to it: what usually happens, what a symptom may signal,
 * most, all or every one of a kind, what is worth a checkup or a kind of symptom to have checked, a group as subject, a service on offer, care in general,
 * a place's hours, what changes anyone's risk, a request not to post care, what care is like for a kind of people,
 * the chief cause of an illness among a kind of people.
 */
const GENERAL_STATEMENTS = [USUALLY, MAY_SIGNAL, MOST_OF_A_KIND, WORTH_A_LOOK, KIND_TO_CHECK, GROUP_SUBJECT, OFFERED, DONE_AS_A_RULE, VARIES, GENERAL_CARE, HOURS, CHANGES_RISK, DO_NOT_POST, HARD_FOR, DOING_IS_HARD, CAUSE_AMONG];

/** A supposition about the reader, up to the care word in its clause: "if you get a ", "when your child has ". */
const READER_SUPPOSED = /\b(?:if|when|whenever|unless|in\s+case)\s+(?:you|your|ur)\b[^.!?,;]*$/i;
const INJURED = /\b(?:tore|torn|broke|broken|fractured|sprained|dislocated|burn(?:ed|t)|shot|stabbed|bitten|mauled|struck|hit|fell|collapsed|overdosed)\b|\bto\s+the\s+\w+$/i;

const ALWAYS_YOURS = new RegExp(String.raw`${ALWAYS_DO}(?:your|ur)\s+(?:[\p{L}-]+\s+){0,2}$`, "iu");

/** What patients are the ones an activity is for after: "for (our patients)", "to visit (our patients)", "for our (newborns)", "helping (new amputees)". */
const FOR_THEM = String.raw`\b(?:for|to|with|visit(?:s|ed|ing)?|brighten(?:s|ed|ing)?|entertain(?:s|ed|ing)?|help(?:s|ed|ing)?|support(?:s|ed|ing)?|mentor(?:s|ed|ing)?|guid(?:e|es|ed|ing))\s+(?:all\s+(?:of\s+)?)?`;
const SERVED_BY = new RegExp(`${FOR_THEM}$`, "i");
const SERVED_OURS = new RegExp(String.raw`${FOR_THEM}(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}$`, "iu");

/** A general statement's opening, up to its subject's first word: a reply's greeting or tag, then no one's words ("(@mika) Kidney", "Stitches", "The shingles"). */
/** Not a word that makes the subject someone's or someone: "your", "his", "they", "this". */
const NOT_SOMEONES = String.raw`(?!(?:[Yy]our|[Uu]r|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]he|[Hh]e|[Tt]hey|[Ww]e|I|[Yy]ou|[Ii]t)\b)`;
const GENERAL_SUBJECT = String.raw`^\s*${GREETED_OR_TAGGED}(?:[Mm]ost\s+|[Mm]any\s+|[Ss]ome\s+|[Tt]he\s+)?${NOT_SOMEONES}([\p{L}-]+)`;

/** What care or an illness usually does, said of all of it: "(@fitmom_jess) Gestational diabetes usually goes away after birth", "Stitches usually come out in 7-14 days". */
const HABITUAL = new RegExp(String.raw`${GENERAL_SUBJECT}(?:\s+\p{Ll}[\p{L}-]*){0,2}?\s+(?:usually|typically|generally|normally|commonly|often)\s+\p{Ll}+`, "u");

/** What an illness, told in the plural, needs, or how an illness is found or treated: "(@mika) Kidney infections need antibiotics", "Ear infections are often treated with drops", "Celiac disease is diagnosed with blood tests". */
const ILLNESSES_NEED = new RegExp(String.raw`${GENERAL_SUBJECT}(?:(?:\s+\p{Ll}[\p{L}-]*){0,2}?s\s+(?:need|require|respond\s+to)|(?:\s+\p{Ll}[\p{L}-]*){0,2}?\s+(?:is|are)\s+(?:usually\s+|often\s+|typically\s+|generally\s+)?(?:treated|diagnosed|confirmed)\s+(?:with|by))\b`, "u");

/** A reply's statement, after its tag or greeting, of what a kind of care does, in the present, about no one and on no day: "@cat_g Cataract surgery takes about 15 minutes", "@sam_k Hand washing stops the spread of RSV", "a Holter monitor records your heart rhythm" (not "the incision looks clean", the reader's). */
const TOLD_TO_READER = new RegExp(String.raw`^\s*${GREETING_OR_TAG}(?![Tt]he\b)(?:[Aa]n?\s+)?${NOT_SOMEONES}([\p{L}-]+)(?:\s+\p{Ll}[\p{L}-]*){0,3}?\s+(?!(?:is|was|has|does|goes|gets|comes)\b)\p{Ll}{2,}s\b(?![^.!?]*\b(?:[Yy]ou|[Yy]our|[Yy]ours|ur|[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Hh]ers|[Tt]hey|[Tt]hem|[Tt]heir|[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y|[Mm]e|today|tonight|yesterday|now|finally|this\s+(?:morning|afternoon|week))\b)`, "u");

/** A sentence that says what usually happens, its subject no one's and no person's name ("Ana usually comes in on Tuesdays" is hers). */
function habitual(line: string): boolean {
  const m = HABITUAL.exec(line) ?? ILLNESSES_NEED.exec(line) ?? TOLD_TO_READER.exec(line);
  return m !== null && !isFirstName(m[1].toLowerCase()) && !contextEntries("person-nouns").has(m[1].toLowerCase()) && !contextEntries("patient-words").has(m[1].toLowerCase());
}

/** Care that opens a staff title: "(with) transplant coordinator Marco Rossi", "our ICU nurse". */
function opensTitle(text: string, c: Span): boolean {
  const after = text.slice(c.end, c.end + 30);
  // "(wound) care lead", "(diabetes) nurse educator", "(L&D) charge nurse", "(hospice) medical director": one more word of the field or rank may come between.
  return contextTerms("staff-words").spans(after).some((s) => /^\s+(?:(?:care|nursing|nurse|clinical|medical|program|unit|team|charge|head|senior|night|day|floor)\s+)?$/.test(after.slice(0, s.start)));
}

/** A clinician someone has: "his surgeon", "her oncologist", "his speech therapist", "her dermatologist", "Her NICU nurses", "smiling at his nurses again" (not "her doctor husband"). */
const OWN_CLINICIAN = /\b(?:his|her|their)\s+(?:(?:NICU|PICU|ICU|CCU|ER|ED|L&D|hospice|dialysis|rehab|oncology|burn\s+unit)\s+(?:nurses?|doctors?|team)|nurses(?!\s+(?:on|in|at|from)\b)|surgeon|surgeons|oncologist|cardiologist|neurosurgeon|neurologist|doctor|doctors|care\s+team|(?:physical|speech|occupational|respiratory)\s+therapists?|pediatrician|midwife|dietitian|ER\s+doctor|trauma\s+surgeon|\p{L}{3,}(?:ologists?|iatrists?))\b(?!\s+(?:husband|wife|father|dad|mother|mom|son|daughter|friends?|colleagues?|partner|sister|brother|parents?|spouse|fianc[ée]e?|boyfriend|girlfriend|neighbou?r|classmates?|friends?)\b)/iu;
/** A team of ours, with the words that may name the care it gives (group 1) and the team word (group 2): "our vascular surgeons". */
const TEAM_OF_OURS = String.raw`our\s+((?:[\p{L}&-]+\s+){1,3}?)(team|surgeons|doctors|nurses|physicians|specialists|staff|crew)`;
/** A team of ours named for the care it gives, and someone it tells of after it: "our burn team is happy to report she's", "our trauma team says he'll". */
const CARE_TEAM = new RegExp(String.raw`\b${TEAM_OF_OURS}\b[^.!?]{0,40}?\b(?:she|he|they)(?:['’](?:s|ll|d|re)|\s+(?:is|was|will|should|can|has|had|went|walked|left|is\s+going))\b`, "iu");
const SPECIALTY = /^(?:trauma|vascular|bariatric|electrophysiology|cath|burn|surgical|surgery|ortho\w*|neuro\w*|cardi\w*|heart|replant|hand|spine|stroke|wound|rehab|transplant|cancer|oncology|pediatric|peds|emergency|critical|respiratory|plastic|facial|eye|maternity|labor|birth|EMS|ambulance|flight|poison|GI|ICU|NICU|PICU|ER|ED|L&D|ENT|urology|kidney|lung|liver|hospice|palliative|dialysis|infusion)$/i;
/** The same team as the source of news about them, at the sentence's end: "... is awake and asking about her kids, our trauma team says." */
const CARE_TEAM_SAYS = new RegExp(String.raw`,\s*(?:according\s+to\s+|per\s+)?${TEAM_OF_OURS}(?:\s+(?:says|said|reports|reported|tells\s+us|told\s+us))?\s*[.!]*\s*$`, "iu");
/** Someone's good news put down to that team: "He kept his leg thanks to our vascular surgeons." */
const THANKS_TO_TEAM = new RegExp(String.raw`^\s*(?:she|he|they)\b[^.!?]{0,60}\b(?:thanks\s+to|because\s+of)\s+${TEAM_OF_OURS}\b`, "iu");
function careTeamOn(line: string): string | undefined {
  const m = CARE_TEAM.exec(line) ?? CARE_TEAM_SAYS.exec(line) ?? THANKS_TO_TEAM.exec(line);
  return m && m[1].trim().split(/\s+/).some((w) => SPECIALTY.test(w)) ? `our ${m[1]}${m[2]}`.toLowerCase() : undefined;
}

/** The ones thanked or visited for treating or finding someone's condition, so the condition is the subject's: "(Sheriff Dan Kowalski ...) to thank the nurses who treated his (lymphoma)", "hugged the team that caught her (cancer)" (not "one of the surgeons who treated his lymphoma"). */
const CARERS_WHO = /\b(?:thank(?:ed|s|ing)?|grateful\s+to|hugg(?:ed|ing)|visit(?:ed|ing)?)\s+(?:the|our|all\s+the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:nurses|doctors|docs|surgeons|team|staff|crew|clinicians|caregivers|providers|people|folks|everyone|those)\s+(?:who|that)\s+(?:[\p{L}-]+\s+){1,3}$/iu;
/** Thanks for care of one's own: "(Alderman DeLuca) thanked our ER team for catching his appendicitis early": the one who thanks owns it. */
const THANKED_FOR = /\bthank(?:ed|s|ing)?\s+(?:[\p{L}&'’-]+\s+){0,6}?for\s+[^.!?]{0,30}$/iu;

/** A condition a test found, not a clinician: "the mammogram we did last month caught her cancer early". */
function foundByTest(text: string, c: Span, care: CareTerm[]): boolean {
  return care.some((p) => p.list === "procedures" && p.end <= c.start && c.start - p.end <= 40 && !/[.!?]/.test(text.slice(p.end, c.start)) &&
    !contextTerms("staff-words").spans(text.slice(p.end, c.start)).length && !/\b(?:she|he|they|I)\s/i.test(text.slice(p.end, c.start)));
}

/** Care that someone else the sentence describes has: "calmed a scared kid with a broken arm", "helped a man who had a stroke". */
const OTHER_WITH = /\b(?:a|an|the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:with|who\s+(?:had|has|was|is)|recovering\s+from)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
function someoneWith(before: string): boolean {
  const who = OTHER_WITH.exec(before)?.[1].toLowerCase();
  return who !== undefined && (contextEntries("person-nouns").has(who) || contextEntries("community-roles").has(who));
}

/** Someone who was or became a patient: "she was a patient there herself", "he became a patient on our unit", "has been one of our kidney patients for a decade". */
const BECAME_PATIENT = /\b(?:was|is|became|become|becomes|been|being|were|ended\s+up)\s+(?:(?:now|still|also|once|herself|himself)\s+)?(?:a|an|our|the)\s+(?:[\p{L}-]+\s+)?$/iu;
/** Someone who was or became one of many patients: "has been ", "is now ". */
const BECAME_ONE_OF = /\b(?:was|is|became|become|becomes|been|being|were|ended\s+up)\s+(?:(?:now|still|also|once)\s+)?$/i;
/** A patient word set beside someone: "..., a preemie who", "..., once a patient in", "..., a breast cancer survivor who". */
const PATIENT_BESIDE = /,\s+(?:(?:once|then|herself|himself)\s+)?(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** What follows the patient word when it names a stay, not a trait ("a patient and kind nurse"). */
const PATIENT_WHERE = /^\s*(?:there|here|herself|himself|themselves|with\s+us|at|in|on|of|for|after|when|since|last|this|too\b|as\s+well\b|[.!;:]|,\s+(?:too|herself|himself))/i;

const DETAIL = { age: "an age", location: "a place or employer", date: "a time", distinction: "a distinction" } as const;

/** Verbs that put a person in a place of care: "was in our ED", "is resting in our maternity ward", "celebrate his 75th birthday in our ICU", "just moved into our assisted living wing", "checked into our maternity ward" (not "brought scones for everyone on our rehab unit"). */
const STAYS = /\b(?:(?:she|he|they|who)['’](?:s|re)|was|were|is|are|been|being|remains?|remained|left|leaves|leaving|walked\s+out\s+of|went\s+home\s+from|stay(?:s|ed|ing)?|rest(?:s|ed|ing)?|recover(?:s|ed|ing)?|spent|spends?|spending|admitted|rushed|brought\s+(?:in|into|to|back)|taken|celebrat(?:e|es|ed|ing)|mov(?:ed|es|ing)\s+in(?:to)?|airlifted|flown|transported|arrived|ended\s+up|came\s+(?:back\s+)?(?:in|into|to)|walked\s+back\s+into|returned\s+to|visit(?:s|ed|ing)?\s+(?:his|her|their)\s+[a-z]+|walked\s+into|showed\s+up|reached|made\s+it\s+(?:in)?to|check(?:s|ed|ing)\s+in(?:to)?)\b[^.!?]{0,60}$/i;
/** A person told by where they lie: "a 4-year-old on (our pediatric floor)", "the little girl in (our PICU)". */
const PERSON_ON = /\b(?:an?|the|this|that|our)\s+(?:\d{1,3}-(?:year|month|week)-old|(?:little\s+|young\s+|old\s+|elderly\s+)?(?:baby|toddler|kid|child|boy|girl|teen|teenager|man|woman|lady|gentleman|guy|grandma|grandpa|mom|dad))\s+(?:on|in)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}$/i;
/** A baby or babies named in a care event: "delivering twins", "delivered a baby girl". */
/** Someone's relative in a place of care: "(sang for) her husband in our ICU", "his mom on our cardiac floor", "outside her husband's window on our hospice unit". */
const RELATIVE_IN = /\b(?:his|her|their)\s+(?:husband|wife|partner|son|daughter|mom|mother|dad|father|baby|grandson|granddaughter|grandma|grandmother|grandpa|grandfather|brother|sister)(?:['’]s\s+(?:window|room|bed|bedside|door))?\s+(?:in|on|at)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}$/i;
/** A list's entry, a surname with the unit it is bound for in brackets or after "to": "ED holds — Marsh (tele), Ito (med-surg)", "transfers pending: Willoughby to Maple Grove SNF" (not a day's or a month's: "Tuesday (NICU)"). */
const LISTED_FOR_UNIT = new RegExp(String.raw`(?:^|[\n:;,]|\s[—–-])\s*(?:and\s+)?(?:(?:Mr|Mrs|Ms|Mx)\.?\s+)?(?!(?:${CALENDAR})\b)\p{Lu}\p{Ll}+(?:\s*\(|\s+to\s+(?:\p{Lu}[\p{L}-]*\s+){0,3})\s*$`, "u");
/** Something someone brought or sent there, the thing told before: "the cookies you brought to (5 East)". */
const BROUGHT_THERE = /\b(?:you|we|they|she|he|I)\s+(?:brought|delivered|dropped\s+off|sent|mailed|made)\s+(?:to|for)?\s*$/i;
/** A stay told right after the place of care: "(the NICU) where they spent their first 2 months", "(our NICU), where your son Leo spent his first 90 days", "(our NICU), where her girls spent 62 days". */
const SPENT_WHERE = /^,?\s+where\s+(?:she|he|they|(?:your|her|his|their)\s+(?:son|daughter|baby|babies|twins|triplets|girls|boys|kids|children|husband|wife|mom|mother|dad|father|grandson|granddaughter)(?:\s+\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+)\s+(?:spent|stayed|was\s+born|were\s+born|recovered|lived)\b/u;
/** A relative a place of care is sought or kept for: "(hospice) for their dad", "(memory care) for her mother". */
const FOR_RELATIVE = /^\s+for\s+(?:his|her|their)\s+(?:husband|wife|partner|son|daughter|mom|mother|dad|father|baby|grandson|granddaughter|grandma|grandmother|grandpa|grandfather|brother|sister)\b/i;
/** Babies the care event that follows is told of: "twins (delivered in our parking garage)". */
const BABY_BEFORE = /\b(?:twins|triplets|quadruplets|babies|baby\s+(?:boy|girl))\s+$/i;
const BABY_IN = /\b(?:baby|babies|twins|triplets|quadruplets|son|daughter|newborn)\b/i;
/** A case staff tell of having in a place of care: "We had a 3-year-old from Cedar Hills in (the ED)". */
const CASE_IN = /\b(?:we|i)\s+(?:had|got|saw)\s+(?:a|an|the|this|two|three|twin)\s[^.!?]{0,60}\s(?:in|on)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}$/i;
/** One person singled out among those in a place of care: "the oldest baby boomer in our memory care unit", "the bravest kid on our peds floor". */
const SINGLED_OUT_IN = /\b(?:oldest|youngest|smallest|tiniest|bravest|sweetest|longest-staying|only)\s+(?:[\p{L}-]+\s+){1,2}(?:in|on|at)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}$/iu;
/** Someone's own bed in a sentence set in a unit: "in the ICU so the bride's father ... could see it from his bed". */
function ownBedBeside(text: string, c: CareTerm, care: CareTerm[]): boolean {
  return /^bed$/i.test(text.slice(c.start, c.end)) && /\b(?:his|her|their)\s+(?:hospital\s+)?$/i.test(text.slice(Math.max(0, c.start - 20), c.start)) &&
    care.some((o) => o.list === "care-settings" && o !== c && !GENERIC_SETTING.test(text.slice(o.start, o.end)));
}
/** Where someone lies while doing something: "gave her graduation speech from a hospital bed (in our oncology unit)". */
const FROM_A_BED = /\b(?:from|in)\s+(?:a|her|his|their)\s+$/i;
/** A place of care that sees someone the sentence describes: "our ER saw the mayor's wife", "the ICU admitted a 16-year-old". */
const SETTING_ACTS = /^(?:\s+(?:team|staff|doctors|nurses))?\s+(?:saw|treated|admitted|cared\s+for|received|took\s+in|saved|rescued|revived|resuscitated|stabilized|operated\s+on)\s+(?:the|a|an|this|that|two|three|four|five|both|several)\s/i;
/** Care given to someone the sentence goes on to describe, or told of before, or a birth: "treated the high school coach", "We're treating her in", "delivered her baby", "delivered triplets". */
const OBJECT_AFTER = /^\s+(?:(?:the|a|an|this|that|two|three|four|five|both|several|all)\s|(?:(?:her|their)\s+(?:own\s+|first\s+|second\s+|third\s+|new\s+)?)?(?:baby|babies|son|daughter|twins|triplets|quadruplets|quintuplets)\b|(?:him|her|them)(?=\s*(?:[.,!?;]|$|\s+(?:in|at|on|for|with|today|tonight|now|since|after|before|and|here)\b)))/i;
const PASSIVE = /\b(?:was|were|is|are|been|being|got|gets)\s+(?:\p{L}+ly\s+|(?:himself|herself|themselves|all|both)\s+)?$/iu;

/**
 * The care that happens to someone in the sentence, as opposed to care only
 * mentioned or given: "was treated", "treated for a stroke", "her bypass
 * surgery", "was in our ED", "is resting in our maternity ward", "our ER saw the ...".
 */
function undergoes(text: string, sentence: Span, care: CareTerm[]): string | undefined {
  const before = (c: Span) => text.slice(Math.max(sentence.start, c.start - 90), c.start);
  const term = (c: Span) => text.slice(c.start, c.end).toLowerCase();
  // "The WWII veteran ... died at home": a death at home is no care, where the sentence names none ("died at home in hospice care").
  const atHome = (c: CareTerm) => c.list === "care-events" && DEATH.test(term(c)) && /^\s+(?:peacefully\s+)?at\s+(?:his\s+|her\s+|their\s+)?home\b/i.test(text.slice(c.end, c.end + 30));
  const unmetOnly = care.every(atHome);
  const found = care.find((c) => !(unmetOnly && atHome(c)) && (
    // "delivering twins": a birth happens to the babies, whoever delivers them.
    // "a 19-year-old from Westfield State, overdose, intubated.": a participle set alone in a list is the state of the one it tells of.
    (c.list === "care-events" && !namesGroup(text, c) && (!PERFORMED.test(term(c)) || BABY_IN.test(term(c)) || /\s(?:for|with)$/.test(term(c)) || PASSIVE.test(before(c)) || BABY_BEFORE.test(before(c)) || OBJECT_AFTER.test(text.slice(c.end, c.end + 30)) || caredForBefore(text, c.start) ||
      (/,\s*$/.test(before(c)) && /^\s*(?:[.,;!]|$)/.test(text.slice(c.end, c.end + 3))))) ||
    ownedCare(text, c, before(c)) ||
    // "the guy in 12": a person told by their room's number is in it.
    (inCareSetting(text, c, before(c)) && (STAYS.test(text.slice(sentence.start, c.start)) || CASE_IN.test(text.slice(sentence.start, c.start)) || PERSON_ON.test(before(c)) || RELATIVE_IN.test(before(c)) || SINGLED_OUT_IN.test(before(c)) || ownBedBeside(text, c, care) || /^in\s+\d/i.test(term(c)) || (term(c) === "hospital bed" && FROM_A_BED.test(before(c))))) ||
    (c.list === "care-settings" && SETTING_ACTS.test(text.slice(c.end, c.end + 40))) ||
    (c.list === "care-settings" && someonesBedside(text, c)) ||
    // "came to our memory care program barely speaking": a stay in a program named for its care.
    inProgram(text, c, before(c))));
  return found && term(found);
}

/** Care as what someone speaks about: "Dr. Kim Nguyen will talk about returning to sports after injury", "spoke to our ICU nurses about end-of-life law", "taught our nurses how crews treat burns", "explains the warning signs of stroke", "shares five signs of stroke", "taught 300 staff the early signs of sepsis", "explains recovery after surgery", "shares tips for life after cancer", "learn what to expect after a knee replacement". */
const TOPIC_NOUN = String.raw`(?:the\s+|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|some|key|simple|easy)\s+)(?:(?:early|warning|common|first|key|simple|easy|top)\s+)?(?:signs|symptoms|risks?|risk\s+factors|facts|basics|myths|causes|benefits|latest|options|treatment\s+options|tips|ways|steps|things|questions)`;
const TOPIC = new RegExp(String.raw`\b(?:(?:talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke|interview(?:s|ed|ing)?|discuss(?:es|ed|ing)?|answer(?:s|ed|ing)?|explain(?:s|ed|ing)?|lectur(?:e|es|ed|ing)|present(?:s|ed|ing)?|teach(?:es|ing)?|taught|cover(?:s|ed|ing)?|review(?:s|ed|ing)?|outlin(?:e|es|ed|ing))\s+(?:(?:to\s+)?(?:us|them|you|(?:our|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|kids|students|staff|families|parents|nurses|teens)\s+)?(?:about|on|how|why|what|when|(?:your\s+)?questions|(?:[\p{L}\d-]+\s+){0,3}?${TOPIC_NOUN})|(?:shar(?:e|es|ed|ing)|list(?:s|ed|ing)?|offer(?:s|ed|ing)?)\s+${TOPIC_NOUN}|(?:explain(?:s|ed|ing)?|describ(?:e|es|ed|ing)|demystif(?:y|ies|ied|ying))(?=\s)(?!\s+(?:his|her|their|my)\b)|learn(?:s|ed|ing)?\s+(?:more\s+)?(?:about|how|what|why|when)|what\s+to\s+expect|(?:research|stud(?:y|ies)|findings|papers?|trials?)\s+(?:on|about|into)|(?:tips|advice|insights|pointers|ideas)\s+(?:for|on|about))\b[^.!?]*$`, "iu");

/** Care as what someone talks about, a few words on: "spoke to our patients about staying active after (surgery)", "a talk on living well with (Parkinson's)", "interviews our eye surgeons about cataract (surgery)" (not "about her surgery"). */
const TALKED_ABOUT = /\b(?:(?:talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke|lectur(?:e|es|ed|ing)|present(?:s|ed|ing)?)\s+(?:to\s+[^.!?]{1,40}?\s+)?|interview(?:s|ed|ing)?\s+(?:[^.!?]{1,40}?\s+)?)(?:about|on)\s+(?![^.!?]*\b(?:his|her|their|my)\b)[^.!?]{0,50}$/i;
/** Care as someone's field of work: "10 years of experience in rehab", "specializes in sports injuries", "chief of kidney transplant surgery", "founder of our palliative care program". */
const FIELD = /\b(?:(?:experience|expertise|background|career|specialt(?:y|ies)|speciali[sz](?:es|ed|ing|e))\s+(?:in|with)|(?:chief|head|director|chair|chairman|chairwoman|professor|medical\s+director|(?:co-?)?founder)\s+of)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** Care the sentence puts as a topic or a field of work before it, unless the speaker owns it ("spoke about her stroke") or a meeting about someone talks of it (MEETING_FOR): it happens to no one there. */
function onTopic(before: string): boolean {
  return (TOPIC.test(before) || FIELD.test(before)) && !ONES_OWN.test(before.slice(-40)) && !MEETING_FOR.test(before);
}

/** Text that ends on something of the owners', maybe their own and after up to two words: "her ", "Tom's own left ". */
const ownedBy = (owners: string) => new RegExp(String.raw`\b(?:${owners})\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,2}$`, "iu");
/** "her breast cancer", "Tom's stroke": a condition owned by the person (not the reader's "your diabetes"). */
const THIRD_PERSON_OWNER = ownedBy(String.raw`his|her|their|${OWNERS_S}`);
/** A topic's care that one person owns: "spoke about her stroke" (not "research on cardiac tumors and how imaging has changed their diagnosis"). */
const ONES_OWN = ownedBy(String.raw`his|her|${OWNERS_S}`);
/**
 * Care everyone is offered, which a public figure may be shown getting ("her
 * flu shot", "his cancer screening"), or a clinician's work on it ("Dr.
 * Silva's asthma webinar").
 */
const NOT_UNDERGONE = /^\s+(?:[\p{L}-]+\s+)?(?:experience|expertise)\b|^\s*(?:certifications?|certificates?|degrees?|licen[cs]es?|credentials?|boards?|exams?|fellowships?|residency|training|shots?|vaccines?|vaccinations?|jabs?|boosters?|screenings?|checks?|clinics?|programs?|stud(?:y|ies)|team|center|expertise|patients|clients|cases|techniques?|skills|practice|services?|rotations?|response|plans?|protocols?|alerts?|guidelines?|polic(?:y|ies))\b/iu;
/** Care a place offers: "Our birthing center offers water births". */
const OFFERS = /\b(?:offers?|offering|provides?|providing|specializes\s+in|now\s+does)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Care that happens to everyone of a kind, so to no one person: "a hat for every baby born in our maternity unit" (not the ones named before "have all been born"). */
const QUANTIFIED = /\b(?<!\b(?:have|has|had|were|are)\s+)(?:every|each|all|any|hundreds\s+of|thousands\s+of)\s+(?:of\s+(?:the|our)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Care events named by a noun rather than a verb. */
const EVENT_NOUN = /^(?:surgery|surgeries|admission|discharge|diagnosis|birth|death|relapse|remission|recovery)$/i;
const DEATH = /^(?:passed away|died|death|deceased|lost (?:her|his|their) battle|took (?:her|his|their) last breaths?|breathed (?:her|his|their) last|(?:he|she|they) passed|we(?:['’]ve|\s+have)?\s+(?:\w+\s+)?lost\b)/i;
/** A number before the care: "her 100th surgery", "300 transplants" are a clinician's count. */
const COUNTED = /\b\d+(?:st|nd|rd|th)?\s+(?:[\p{L}-]+\s+)?$/u;

/** Someone cared for, somewhere, for a condition: "who was treated in our ICU for sepsis". */
const TREATED_FOR = /\b(?:was|were|been|being|is|are|got|gets)\s+(?:(?:successfully|quickly|later)\s+)?(?:treated|seen|admitted|hospitali[sz]ed|cared\s+for)\b[^.!?,]{0,30}\bfor\s+(?:(?:a|an|severe|acute|early)\s+)?$/i;
/** A birth told by "welcomed", which is news of a family, not care, unless a place of care is named: "Dr. Park welcomed her daughter this week". */
const WELCOMED = /^welcom/i;
/** A birth given by the one who delivered: "Dr. Lena Park, who delivered her daughter in our birth center" (not "her 1,000th baby", "her daughter's twins"). */
const OWN_BIRTH = /^(?:delivered|gave\s+birth\s+to)\s+(?:her|their)\s+(?:own\s+)?(?:(?:first|second|third|fourth|fifth|new|baby)\s+)?(?:baby|daughter|son|twins|triplets|child|girl|boy)\b(?!['’])/i;
/** A treatment told as over: "(Chemo) is done!", "(radiation) is finally finished" (not "are done overnight", which tells how). */
const DONE_AFTER = /^\s+(?:is|was|are|were)\s+(?:(?:all|finally|officially)\s+)?(?:done|over|finished|complete|completed)(?=\s*(?:[!.,;:]|$)|\s+(?:and|for\s+good|forever|today|now|at\s+last)\b)|^\s+went\s+(?:great|well|perfectly|smoothly|beautifully)\b/i;
/** A device or a cast told as gone, in a line of ticks or cheers: "Trach out ✔️", "Cast off!", "Chest tube out 🎉". */
const OUT_AFTER = /^\s+(?:out|off)(?=\s*(?:[!✔✓]|\p{Extended_Pictographic}))/u;
/** Care told as over (DONE_AFTER, OUT_AFTER), also when the term carries the verb: "Chemo's done, hair's growing back". */
function toldDone(text: string, c: Span): boolean {
  const after = text.slice(c.end, c.end + 30);
  return DONE_AFTER.test(after) || OUT_AFTER.test(after) || (/['’]s$/.test(text.slice(c.start, c.end)) && DONE_AFTER.test(` is${after}`));
}
/** A place's team that cared for someone, or that someone asked for help: "(PICU) staff who helped him breathe", "(NICU) nurses who cared for her", "(hospice) chaplain to help him write letters". */
const TEAM_CARED = /^\s+(?:team|staff|nurses|doctors|crew|chaplain|social\s+worker|aides?)\s+(?:(?:who|that)\s+(?:helped|saved|treated|cared\s+for|nursed|looked\s+after|kept|got)|to\s+(?:help|bring|take|get|find|arrange|read\s+to|sing\s+to|pray\s+with))\s+(?:him|her|them)\b/i;
/** A relative's stay in the place just named: "(NICU) while her own son was there for 10 weeks". */
const RELATIVE_THERE = /^[^.!?]{0,20}?\b(?:while|when)\s+(?:her|his|their)\s+(?:own\s+)?(?:son|daughter|baby|babies|twins|husband|wife|mom|mother|dad|father|child|grandson|granddaughter)\s+(?:was|were|is|stayed)\s+(?:there|here)\b/i;
/** What a place's team did for someone titled: "(ICU edition): our nurses set up the big game on a projector for Mr. Ronald Tate". */
const TEAM_DID_FOR = /^[^.!?]{0,30}?\bour\s+(?:nurses|team|staff|aides|therapists|CNAs|techs)\s+[^.!?]{0,60}?\bfor\s+(?:Mr|Mrs|Ms|Miss)\.?\s+\p{Lu}/u;
/** Care teams gathered for a baby: "(NICU), cardiology and social work teams all came together for baby Elodie". */
const TEAMS_FOR_BABY = /^[^.!?]{0,50}?\bteams?\s+(?:all\s+)?(?:came\s+together|rallied|worked\s+together|teamed\s+up)\s+(?:for|around)\s+(?:baby|little)\s+\p{Lu}\p{Ll}+/u;
/** What follows a place of care and tells of someone there: a stay, a relative's stay, or its team's care for someone. */
/** The place's own people keeping someone titled company: "(hospice) volunteers read to Mr. Delbert Shaw every afternoon", "(ICU) nurses sang to Mrs. Lin". */
const TEAM_WITH_TITLED = /^\s+(?:team|staff|nurses|volunteers|chaplains?|aides|therapists|musicians?)\s+(?:(?:read|reads|sang|sing|sings|played|plays|prayed|pray|prays|sat|sit|sits)\s+(?:to|with|for)|(?:visited|visit|visits)|(?:brought|bring|brings)\s+(?:[\p{L}-]+\s+){0,3}to)\s+(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}/u;
/** One of the place's people on the way to someone named: "(Hospice) liaison is coming for Mr. Eckhart at 11", "(PT) is coming to see Gallagher this afternoon". */
const COMING_FOR = /^\s+(?:(?:team|staff|nurse|liaison|coordinator|chaplain|consult|intake|admissions|social\s+worker)\s+)?(?:is\s+|are\s+|will\s+be\s+)?(?:coming|on\s+(?:the|their|her|his)\s+way|stopping\s+by|here)\s+(?:to\s+see|for)\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*(?:[,.;:—–]|\s(?:at|in|today|tonight|tomorrow|this|after|before)\b))/u;
/** The place bidding someone goodbye after a stay counted in days, weeks or months: "(Our burn unit) said goodbye today to firefighter Cal Whitford after 41 days" (not a colleague's years). */
const SENT_OFF_AFTER = new RegExp(String.raw`^\s+(?:(?:team|staff|nurses|family)\s+)?(?:said|says|bid|bids|waved|waves)\s+(?:goodbye|farewell|so\s+long)\s+(?:(?:today|yesterday|this\s+(?:morning|afternoon|week))\s+)?to\s+[^.!?]{1,60}?\bafter\s+(?:${COUNT}|a)\s+(?:long\s+)?(?:days?|weeks?|months?|nights?)\b`, "iu");
/** A service acting on someone titled, in a note: "(Ortho) cleared Mr. Hsu for full weight bearing", "(Cardiology) wants Mr. Eze on strict I&Os". */
const SERVICE_ON_TITLED = /^\s+(?:team\s+)?(?:(?:cleared|evaluated|saw|is\s+(?:following|seeing)|will\s+see|signed\s+off\s+on|consulted\s+on)\s+(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}|wants\s+(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:on|off|to\s+(?:have|get|stay|start|stop|go|be))\b)/u;
/** A place of care that changed or saved someone's life, told as their testimony: "(our concussion clinic) changed his life", "(the NICU team) saved her life". */
const CHANGED_LIFE = /^\s+(?:(?:team|staff|nurses|doctors)\s+)?(?:literally\s+|truly\s+|really\s+)?(?:changed|saved|gave\s+(?:him|her|them|me)\s+back)\s+(?:his|her|their|my)\s+life\b/i;
const SOMEONE_THERE = [SPENT_WHERE, RELATIVE_THERE, TEAM_CARED, TEAM_DID_FOR, CHANGED_LIFE, TEAMS_FOR_BABY, TEAM_WITH_TITLED, COMING_FOR, SENT_OFF_AFTER, SERVICE_ON_TITLED];
/** Someone named right after a treatment or its session, as the one it is for: "(trach) for Wyatt!", "(Urine culture) for Zielinski came back E. coli", "(Chemo) teaching for the Hassan family at 1300", "(Chemo) day for Bea!", "(Cast) off day for Mateo!!", "(a new heart) for baby Sam today", "Last (dialysis) session ever for Mrs. Odette Price 💚", "(Legal hold) paperwork for Stavros is", "(Sitter) needed tonight for 508 — Mr. Castellanos pulling at lines", "(Wound vac) change tomorrow for Castaneda (abd wound)", "(EEG) tech needed in 22 for Haldorsen" (not "Chemo for Kids Foundation"). */
const FOR_NAMED = /^\s+(?:(?:session|treatment|round|infusion|dose|run|paperwork|papers|forms?|consents?)s?\s+(?:ever\s+)?|(?:off\s+|removal\s+)?day\s+|teaching\s+(?=for\s+the\s+\p{Lu}\p{Ll}+\s+family\b)|(?:(?:tech|techs|team|nurse)\s+)?(?:needed|change|check|removal|placement|placed|ordered|requested)\s+(?:(?:today|tonight|tomorrow|now|asap|stat)\s+)?(?:in\s+\d{1,4}[A-Za-z]?\s+)?)?for\s+(?:(?:little|baby|sweet|brave)\s+|the\s+(?=\p{Lu}\p{Ll}+\s+family\b))?(?:(?:room|rm|bed)\s+)?(?:\d{1,4}[A-Za-z]?\s*[—–-]\s*)?(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+){0,2}(?=\s*(?:[!.,;:(—–]|$|\p{Extended_Pictographic})|\s+-\s|\s+(?:today|tonight|this|on|at|in|and|after|when|once|before|until|who|is|was|has|came|showed|grew|returned|placed|ordered|requested|needed|pending|drawn|sent|done|back|family)\b|\s+\p{Ll}+ing\b)/u;
/** A test's result for someone named after it: "(strep) came back positive for the Donnelly boy", "(COVID) test was negative for Mr. Obi". */
const RESULT_FOR = /^\s+(?:test\s+|screen\s+|culture\s+)?(?:came\s+back|was|is|were)\s+(?:positive|negative)\s+for\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+/u;
/** What an illness took from someone: "lost her voice to (throat) cancer", "lost his leg to diabetes". */
const LOST_TO = /\blost\s+(?:his|her|their|a|an|the|both)\s+(?:[\p{L}-]+\s+){1,2}to\s+(?:(?:a|an)\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** Care someone is congratulated on: "Congratulations to Paula Grimes on a successful knee replacement". */
const CONGRATS_ON_CARE = /\bcongrat(?:s|ulations)\s+(?:to\s+(?:[^.!?]|(?<=\b(?:Rep|Sen|Gov|Mr|Mrs|Ms|Dr|Rev|Lt|Sgt|Capt|Col|Gen|Hon|St))\.){1,50}?\s+)?on\s+(?:(?:a|an|her|his|their|your)\s+)?(?:(?:successful|smooth|great|speedy|first|last|final)\s+)?$/i;
/** Care someone went through: "after the surgery", or with up to three words in lower case between, "after the pool accident". */
function underwent(before: string): boolean {
  // "after most surgeries": care counted over many, no one's.
  if (/\b(?:most|many|some|all|any|every|each)\s+$/i.test(before)) return false;
  // "walked 500 ft post-CABG", "day 3 post-op": after care, by its prefix; "spending Christmas with us mid-treatment": in the middle of it.
  if (/\b(?:post|mid)-$/i.test(before) || UNDERWENT.test(before) || CONGRATS_ON_CARE.test(before) || LOST_TO.test(before) || PROGRAM_DONE.test(before) || SUBJECT_OF.test(before) || TREATED_FOR.test(before)) return true;
  // Nouns or adjectives, not a verb: "has treated stroke patients" is care given.
  let rest = before;
  for (let i = 0; i < 3; i++) {
    // "Out" and "about" are no modifiers: "thanks for reaching out about our (wound care services)" reached no care.
    // Nor is a preposition that says where something went: "donated boxes of shoes to our (diabetes) clinic".
    // "has advanced (dementia)": a few words in -ed say what kind of illness, as adjectives do.
    const modifier = /\b(?!(?:as|about|out|to|into|from|at|by)\s)(?:[a-z][a-z-]*(?<!ed|ing)|advanced|suspected|untreated|undiagnosed|inherited|uncontrolled)\s+$/.exec(rest);
    if (!modifier) return false;
    rest = rest.slice(0, modifier.index);
    if (UNDERWENT.test(rest)) return true;
  }
  return false;
}

/**
 * Care that staff give to someone the sentence names, or a condition they find
 * in them: "gave Mr. Albert Fox the clot-busting drug", "our palliative care
 * team helped Mr. Vincent Ortiz", "our surgeons removed a brain tumor", "Dr.
 * Lin delivering baby Amelia Scott", "healed a bed sore on Mr. Louis Marchand", "the ER nurse who did CPR on him". A
 * strong tie, but the giver stays staff.
 */
function careGiven(text: string, c: CareTerm, before: string): boolean {
  // "taught our nurses how crews treat burns": care spoken about is given to no one.
  if (onTopic(before)) return false;
  const after = text.slice(c.end, c.end + 40);
  // "Hi Alonzo, checking blood pressure at home is a great habit": a check as the subject of what it is, anyone's habit.
  const habit = GERUND_OPENS_CLAUSE.test(before) && /^\s+(?:[\p{L}-]+\s+){0,3}?(?:is|are|can|helps?|matters|keeps?|lowers?)\b/u.test(text.slice(c.end, c.end + 40));
  return (c.list === "procedures" && (GAVE.test(before) || TAKEN_TO.test(before) || TITLED_IN.test(before))) || (c.list === "conditions" && FOUND_IN.test(before) && !habit) || TEAM_ACTS.test(after) || VISITED_FOR.test(before) ||
    (c.list === "procedures" && TREATMENT_FOR_TITLED.test(after)) ||
    (c.list === "procedures" && /^\s+on\s+(?:him|her)\b/i.test(after)) ||
    ((c.list === "conditions" || c.list === "procedures") && (ON_NAMED.test(after) || SUPPLIED_FOR_NAMED.test(after) || LAB_VALUE_ON_NAMED.test(after) || (/\d$/.test(text.slice(c.start, c.end)) && VALUE_FOR_NAMED.test(after)))) ||
    (c.list === "care-events" && PERFORMED.test(text.slice(c.start, c.end)) && CARED_FOR_NAMED.test(after));
}

/** Someone titled taken to a test or a treatment, right before it: "Going with Mrs. Ellery to (MRI)", "taking Mr. Obi down to (dialysis)". */
const TAKEN_TO = /\b(?:[Gg]oing|[Ww]ent|[Tt]aking|[Tt]ook|[Tt]ake|[Bb]ringing|[Bb]rought|[Ee]scorting|[Ee]scorted|[Ww]alking|[Ww]heeling|[Ww]heeled|[Tt]ransporting|[Ss]ending|[Ss]ent)\s+(?:with\s+)?(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:back\s+)?(?:down|up|over)\s+)?to\s+(?:the\s+|her\s+|his\s+)?$/u;
/** Someone titled in the room of a test, right before it: "waiting with Mrs. Nwosu in (CT)", "Mr. Obi is in (MRI)". */
const TITLED_IN = /\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:is\s+|was\s+)?(?:still\s+)?(?:in|at|down\s+in)\s+(?:the\s+)?$/u;
/** A gerund opening a clause, right before the care: "(Hi Alonzo,) checking ", "Monitoring your ". */
const GERUND_OPENS_CLAUSE = /(?:^|[,.;:!?—–]\s*)\s*\p{L}+ing\s+(?:your\s+|the\s+)?$/iu;
/** Someone named whom staff visit or see for care: "visits Mr. Fields at 48 Willow Court every Tuesday for (wound care)", "sees Ana on Mondays for her (dialysis)", "accepting Mr. Oduya from Mercy General for a (cardiac cath)". */
const VISITED_FOR = /\b(?:visits?|visited|visiting|sees|saw|seeing|checks?\s+on|checked\s+on|checking\s+on|[Aa]ccept(?:s|ed|ing)|[Rr]eceiv(?:es|ed|ing))\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+|baby\s+|little\s+)?\p{Lu}\p{Ll}+[^.!?;]{0,60}?\bfor\s+(?:(?:his|her|their|a|an)\s+)?(?:[\p{L}-]+\s+)?$/u;
/** Care supplied or done for someone named: "(home oxygen) delivery for Mr. Abe Cohen", "(wound care) supplies for Mrs. Lee", "(insulin) teaching for Ana". */
const SUPPLIED_FOR_NAMED = /^\s+(?:[\p{L}-]+\s+)?(?:delivery|deliveries|supplies|refills?|orders?|equipment|set-?up|visits?|teaching|checks?|consults?|referrals?|prescriptions?)\s+for\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+|baby\s+)?\p{Lu}\p{Ll}+/u;
/** A treatment given to someone titled: "(clot-busting drug) for Mr. Hank Weller", "(surgery) for little Mia", "(Psych consult) came for Ms. Faraday", "(MRI) is booked for Mr. Lee", "(compression stockings) and gowns for Mr. Tennyson". */
const TREATMENT_FOR_TITLED = /^\s+(?:and\s+(?:a\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?(?:(?:came(?:\s+back)?|(?:is|are|was|were)\s+(?:in|back|booked|scheduled|ordered|placed|pending|done|due|needed|set\s+up)|ordered|placed|pending|due|needed|scheduled|booked)\s+)?for\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+|[Bb]aby\s+|[Ll]ittle\s+)\p{Lu}\p{Ll}+/u;
/** A lab's value or result, then whose it is: "(potassium) 2.8 on Hargreaves", "(INR) of 4.1 for Mr. Obi", "(Blood cultures) positive x2 on Halvorsen". */
const LAB_VALUE_ON_NAMED = /^\s+(?:is\s+|of\s+|=\s*)?(?:\d{1,3}(?:\.\d{1,2})?|positive|negative)(?:\s+x\s?\d)?\s+(?:on|for)\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+/u;
/** A value read for someone named: "(Critical potassium 6.4) for Reginald Moss". */
const VALUE_FOR_NAMED = /^\s+for\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+|baby\s+)?\p{Lu}\p{Ll}+/u;
/** Care on someone named: "healed a bed sore on Mr. Louis Marchand", "surgery on Jake", "Restraint check due on Fitzgerald". */
const ON_NAMED = /^\s+(?:(?:due|overdue|needed|done)\s+)?on\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+|baby\s+|little\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Thanksgiving|Halloween)\b)\p{Lu}\p{Ll}+/u;
/** The one a clinician's care goes to, by name: "Dr. Lin delivering baby Amelia Scott", "treated Mr. Ortiz", "took care of my father, Walter Greene", "delivering the Albrecht twins". */
const CARED_FOR_NAMED = /^\s+(?:(?:my|our|his|her|their)\s+\p{Ll}+,?\s+|the\s+(?=\p{Lu}\p{Ll}+\s+(?:twins|triplets|baby|babies|boys|girls|kids)\b))?(?:(?:baby|little|(?:Mr|Mrs|Ms|Mx)\.?)\s+)?\p{Lu}\p{Ll}+/u;

/** A name that opens a line or a numbered item and labels what follows, as a census does: "2. Mrs. Cole — CHF exacerbation", "- Mr. Tan: pneumonia", "... 2) Gutierrez, Ana - COPD exac". */
const NAME_LABEL = /(?:(?:^|\n)[ \t]*(?:[-*•]|\d+[.)])?|\s\d+[.)])[ \t]*(?:\[[ xX]\][ \t]+)?(?:(?:Mr|Mrs|Ms|Mx)\.?\s+)?(?:\p{Lu}\p{Ll}+,?\s+){0,2}\p{Lu}\p{Ll}+\.?\s*(?:[—–:]|\s-)\s*$/u;

/** Someone's own thing, then named after a colon or a dash: "taking on her toughest opponent yet: ALS". */
const NAMED_AFTER_COLON = /\b(?:his|her|their)\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+\s*(?::|\s[—–-])\s*$/u;

/** A name and its condition in brackets: "(Mr. Franklin, hip fracture)". */
const NAME_IN_BRACKETS = /\(\s*(?:(?:Mr|Mrs|Ms|Mx)\.?\s+)?(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+\s*[,:;—–-]\s*(?:[\p{L}-]+\s+)?$/u;
/** Someone's relative, then how they are doing with the care: "Mrs. Adeyemi's baby isn't latching". */
const RELATIVE_STATE = new RegExp(String.raw`\b${OWNERS_S}\s+(?:new\s+)?(?:baby|son|daughter|twins|husband|wife|mom|dad|mother|father)\s+(?:is|isn['’]t|was|wasn['’]t|has|hasn['’]t|had|needs|still|keeps)\s+(?:not\s+|still\s+|now\s+)?$`, "iu");
/** A sentence with no subject that opens by counting someone's treatments: "(Nobody fights like Archie.) Three surgeries before age two ...". */
const COUNTED_OPENING = /^\s*(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple)\s+$/i;
/** A doctor a note defers to, after "per", "by", "with" or "from", or one paged: "as discussed with Dr. Koh", "PER DR. HANLEY", "seen by Dr. Smith", "paged Dr. Ruiz" (not "Congratulations to Dr. Anita Rao, ... who delivered her son"). */
const CONSULTED = /\b(?:per|by|with|from|paged|called|notified)\s+(?:dr|prof)\.?\s+\p{L}/iu;
/** A list's entry or a note's sentence opened by a surname (titled or not) and a bare age, then the care: "ICU bed request: Gutierrez-Shaw, 44, GI bleed", "Who's taking the new one from ED? Mr. Halvorsen, 74, CHF exacerbation" (not "Meet Walter Ames, 94, who has volunteered at our flu shot events"). */
const AGED_ENTRY = /(?:^|[\n:;]|[.!?]\s)\s*(?:[-*•]\s+)?(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,\s+\d{1,3},\s+(?:[\p{L}\d/-]+\s+){0,2}$/u;
/** A titled name opening a list's entry, right before the care: "Anticoag clinic phone list: Mrs. Adair INR 2.4 stay same dose". */
const TITLED_ENTRY = /(?:^|[\n:;])\s*(?:[-*•]\s+)?(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+$/u;
/** A condition told as what someone could not do, with them as its subject: "Selena couldn't breathe without a machine". */
function subjectCouldNot(text: string, c: CareTerm, before: string): boolean {
  return c.list === "conditions" && /^(?:couldn['’]t|could\s+not|can['’]t|cannot|unable\s+to)\s/i.test(text.slice(c.start, c.end)) && /(?:\b\p{Lu}\p{Ll}+|\b(?:he|she|they))\s+$/u.test(before);
}
/** Someone told of their own illness: "asked that we not tell him about the (cancer)", "before we tell Mrs. Ruiz about the (tumor)". */
const TOLD_ABOUT = /\b(?:tell|tells|told|telling|inform|informs|informed|informing)\s+(?:him|her|(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:about|of)\s+(?:the|his|her|their)\s+(?:[\p{L}-]+\s+)?$/u;
/** A change to someone's treatment, with the one it is for: "please wean Dubrovsky to (2L NC)", "titrate Mr. Ames to", "for weaning Mr. Costa off the (vent)". */
const TASK_TO = /\b(?:[Ww]ean(?:s|ed|ing)?|[Tt]itrat(?:e|es|ed|ing)|[Ii]ncreas(?:e|es|ed|ing)|[Dd]ecreas(?:e|es|ed|ing))\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:to|off(?:\s+(?:of\s+)?(?:the|his|her|their))?)\s+$/u;
/** Someone named, right before what they were going through or what they are: "Abernathy was really (sundowning) tonight", "Mr. Obi is (wheezing)", "Ortiz is (allergic) to shellfish". */
const NAMED_DOING = /(?:^|[\s(])(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:really|very|so|still|now|more|quite|a\s+bit|increasingly)\s+)?$/u;
/** Someone's part of the body, then how it is: "Mr. Wojcik's right groin site is oozing". */
const BODY_STATE = new RegExp(String.raw`\b${OWNERS_S}\s+(?:[\p{L}-]+\s+){1,3}(?:is|are|was|were|looks?|looked)\s+(?:still\s+|now\s+)?$`, "u");
/** A task done to someone for a condition, in a note: "Can somebody swab Tennant for COVID". */
const TASK_FOR = /\b(?:[Ss]wab|[Tt]est|[Ss]creen|[Pp]remedicate|[Mm]edicate|[Rr]eassess|[Ee]val(?:uate)?)\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+for\s+$/u;
/** A condition set after the one something is for, in a note: "Sitter needed 1900-0700 for Delacroix, suicidal ideation". */
const FOR_NAME_THEN = /\bfor\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,\s+$/u;
/** A meeting about someone titled or their family's, then the care it is to talk of: "Family meeting for Mrs. Ilunga at 3pm in the 6W conference room to discuss goals of care", "for Ngata family meeting, 7 North — goals of care", "Palliative is meeting with the Fitzgerald family at 1500 about (comfort care)". */
const MEETING_FOR = /(?:\b(?:[Ff]amily|[Cc]are)\s+(?:[Mm]eeting|[Cc]onference)\s+(?:for|with|about|re:?|regarding)\s+(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\b(?:for|with)\s+(?:the\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+family\s+(?:meeting|conference)|\b(?:meeting|meets|met|talking|talks|spoke)\s+with\s+the\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+family)\b[^.!?\n]{0,80}$/u;
/** A titled name, a dash, then how they are: "Rough night for Mr. Abernathy — (sundowning) again". */
const TITLED_DASH = /\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+)?\s*(?:[—–]|\s-)\s*(?:[\p{L}-]+\s+){0,2}$/u;
/** A name and an age in brackets, then what they are booked for: "Peds pre-op: Lucas B. (age 4) for (tubes) at 0730". */
const AGED_FOR = /\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}(?:\.|\p{Ll}+))?\s*\((?:age\s+)?\d{1,3}(?:\s?(?:y|yo|mo|months?|years?))?\)\s+for\s+$/u;
/** What "he" or "she" did while having the care: "(Aiden, 9, with the model airplane) he built ... during (chemo)" (not "the blankets she knitted for patients to use during chemo"). */
const THEIRS_DURING = /\b(?:he|she)\s+(?:(?!\b(?:patients|others|people|families|kids|children|everyone|babies|moms|them)\b)[^.!?]){0,60}?\b(?:during|between)\s+(?:(?:his|her)\s+)?$/i;
/** "He" or "she", told of in the sentence's clause after the name, and how they are: "for Rowley — he's been (febrile) since 2200", "— he's developing a (pressure injury)", "first night in a week she wasn't (delirious)". */
const PRONOUN_STATE = /[—–,;]\s*(?:he|she)(?:['’]s|\s+is|\s+was|\s+(?:is|was)n['’]t|\s+(?:is|was)\s+not|\s+has\s+been|['’]s\s+been)\s+(?:(?:still|now|very|so|really|increasingly)\s+)?(?:(?:developing|getting|showing\s+signs\s+of)\s+(?:an?\s+)?)?$/i;
/** "He" or "she" opening a clause, then the treatment they are on: "She's on q15 neuro checks", "he is still on a heparin drip" (not "she's on our oncology team"). */
const PRONOUN_ON = /(?:^|[.!?]\s+|[—–,;]\s*)(?:[Hh]e|[Ss]he)(?:['’]s|\s+is)\s+(?:still\s+|now\s+|back\s+)?on\s+(?!(?:our|the|his|her|their)\b)(?:[\p{L}\d-]+\s+){0,2}$/u;
/** "He" or "she" opening a clause, then what they are: "She's a (two-assist)". */
const PRONOUN_IS_A = /(?:^|[.!?]\s+|[—–,;]\s*)(?:[Hh]e|[Ss]he)(?:['’]s|\s+is)\s+(?:a|an)\s+$/u;
/** A named person and the care they wake up or come back from: "when Halloran wakes up from (anesthesia)", "Mr. Lutz is back from (dialysis)". */
const NAMED_BACK_FROM = /\b(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:wakes\s+up|woke\s+up|is\s+waking\s+up|is\s+back|came\s+back|comes\s+back|got\s+back|returns|returned)\s+from\s+(?:the\s+|his\s+|her\s+|their\s+)?$/u;
/** A named person's family deciding on their care: "Mr. Deveraux's family — they're (withdrawing care) this afternoon", "the Okafor family has chosen (comfort care)", "Soto's family wants a priest for (last rites)". */
const FAMILY_DECIDES = /(?:\b(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?['’]s|\bthe\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+family\b[^.!?]{0,40}?\b(?:they['’]re|they\s+are|is|are|has\s+chosen|have\s+chosen|chose|decided\s+(?:on|to)|agreed\s+(?:on|to)|opted\s+for|wants?|asked\s+for)\s+(?:(?:a|an|the)\s+(?:priest|chaplain|rabbi|imam|minister|pastor|monk)\s+(?:for|to\s+(?:give|do|perform|say))\s+)?(?:[\p{L}-]+\s+)?$/u;
/** A named baby and how early they came: "baby Aarav arrived at (26 weeks)". */
const NAMED_CAME_AT = /\b\p{Lu}\p{Ll}+\s+(?:arrived|came|was\s+born|was\s+delivered)\s+at\s+$/u;
/** What, told before the care, makes it someone's: a meeting about them, a relative's state, a change to their treatment, their family's talk of it, a dash or a pronoun after their name, a pronoun and what they are on, a name and the care they come back from, a family's decision about it, how early a named baby came. */
const SOMEONE_BEFORE = [MEETING_FOR, RELATIVE_STATE, TASK_TO, FAMILY_ABOUT, TITLED_DASH, AGED_FOR, THEIRS_DURING, PRONOUN_STATE, PRONOUN_ON, NAMED_BACK_FROM, FAMILY_DECIDES, NAMED_CAME_AT];

/** Someone titled, or a surname and a room, then what care they need or are on: "Ms. Dubois (512) needs q2h turns and a wound check", "Ruiz in 14 is due for a dressing change", "Mr. Obi is on a heparin drip", "Mr. Chaudhry can only have ice chips", "the Osei twins both need their 12-month shots". */
const NAMED_NEEDS = /(?:\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|\b\p{Lu}\p{Ll}+\s+in\s+#?\d{1,4}[A-Za-z]?|\bthe\s+\p{Lu}\p{Ll}+\s+(?:twins|triplets|kids|boys|girls|children|baby)(?:\s+(?:both|all))?)\s*(?:\([^()\n]{1,12}\)\s*)?(?:needs|need|requires|is\s+due\s+for|is\s+getting|gets|is\s+on|is\s+(?:scheduled|booked)\s+for|(?:can|may)\s+only\s+have|(?:can['’]t|cannot|can\s+not|may\s+not)\s+have)\s+(?:[\p{L}\d-]+\s+){0,4}$/u;
/** A name, then its condition or its operation in brackets: "Ms. Lydia Park (dementia, room 22)", "9:00 Hendricks (R TKA day 1)", a list's "Vasquez (new CVA), Lindgren (post-op THA)", "Liam B. (MRI brain 0900)". */
const NAME_THEN_BRACKETS = /\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s*\(\s*(?:[LR]\s+|(?:left|right)\s+)?$|(?:^|[\n:;,])\s*(?:and\s+)?(?:(?:Mr|Mrs|Ms|Mx)\.?\s+)?\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s*\(\s*(?:[\p{L}/-]+\s+){1,2}$/u;

/** Free of a condition, so once had it: "cancer-free", "seizure free". */
const FREE_OF = /^[\s-]free\b/i;
/** Time gone by without a condition: "one year without self-harm", "six months free of seizures". */
const TIME_WITHOUT = /\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:full\s+)?(?:years?|months?|weeks?|days?)\s+(?:without|free\s+(?:of|from)|clear\s+of)\s+(?:(?:a|an|any)\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** A count right before care: "Two ", "3 ", "a few ". */
const COUNT_BEFORE = new RegExp(String.raw`(?:^|\b)${COUNT}\s+(?:[\p{L}-]+\s+)?$`, "iu");
/** Care counted out as gone through: "Two stents later, she ...", "Three open-heart surgeries before she was five". */
function countedLater(text: string, c: Span, before: string): boolean {
  return COUNT_BEFORE.test(before) && /^\s+(?:later\b|before\s+(?:she|he|they)\s+(?:was|were|turned)\b)/i.test(text.slice(c.end, c.end + 24));
}

/** One person with a condition, told as a case: "its first frostbite case of the season" (not "cases"). */
function oneCase(text: string, c: Span, before: string): boolean {
  return /^\s+case\b/i.test(text.slice(c.end, c.end + 8)) && /\b(?:a|an|its|our|the|this|that|first)\s+(?:[\p{L}-]+\s+)?$/iu.test(before);
}

/** Care done on another person: "CPR on a customer", "the Heimlich on him". */
const GIVEN_ON = /^\s+on\s+(?:(?:a|an|the|this|that|one|another)\s+(?:[\p{L}-]+\s+)?(?:customer|man|woman|person|stranger|patient|player|kid|child|boy|girl|friend|neighbou?r|coworker|co-worker|passenger|student|fan|guest|driver|runner|swimmer|teammate|baby|diner|shopper|colleague|classmate|rider|hiker|skier|golfer)|him|her|them|someone|somebody)\b/iu;
/** A condition our clinicians dealt with in someone: "opened a blocked artery in a Kingston bus driver", "found a tumor in the Ridgeway coach". */
const TREATED_IN_BEFORE = /\b(?:opened|cleared|repaired|removed|treated|found|caught|spotted|detected|diagnosed|fixed|stented|dissolved|reversed|stopped|drained)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const IN_SOMEONE = /^\s+(?:in|on)\s+(?:a|an|one|the|this)\s+(?![\p{L}-]*\s+(?:minutes?|hours?|days?|time|record|row|attempt|try|case|study|trial)\b)/iu;
/** A condition someone the sentence describes had: "closed the pressure ulcer that a retired Eastfield dairy farmer had for three years". */
const HAD_BY_SOMEONE = /^\s+(?:that|which)\s+(?:a|an|the|our|this)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:had|has|got|developed|suffered)\b/iu;
/** A condition placed in a part of someone's body: "a blood clot in his lung", "the tumor on her spine". */
const IN_THEIR_BODY = /^\s+(?:in|on)\s+(?:his|her|their)\s+(?:left\s+|right\s+|lower\s+|upper\s+)?(?:lungs?|brain|heart|legs?|arms?|chest|neck|back|spine|liver|kidneys?|colon|breasts?|throat|stomach|belly|abdomen|bladder|hips?|knees?|feet|foot|eyes?|ears?|head|blood|bones?|pancreas|skin|bowel|uterus|ovary|ovaries|prostate|jaw|face|hands?)\b/i;
/** A party for someone's care, then who it is for: "threw a \"last chemo\" party for Sheila Grant", "a 'last chemo' dance party for Ruby Nakamura", "a 'no more chemo' party for 11-year-old Dominic", "a transplant anniversary celebration for Mr. Obi". */
const CARE_PARTY_FOR = /^["”’']?\s+(?:(?:anniversary|graduation|birthday|dance)\s+)?(?:party|celebration|bash)\s+for\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?:year|month)-old\s+|little\s+)?\p{Lu}\p{Ll}+/u;
/** Care, then the one it befell, titled in brackets: "Falls this week: 1 (Mrs. Haverford, 4 East, no injury)". */
const TITLED_IN_BRACKETS_AFTER = /^[^;\n.!?()]{0,30}?\(\s*(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+/u;
/** A case in shorthand, its age and sex first, then the care and the surname in brackets: "Ambulance arrivals: 72M fall from ladder (Kessler), 34F MVC (Rojas)". */
const AGED_CASE_BEFORE = /(?:^|[\n:;,])\s*\d{1,3}\s?[MF]\s+(?:[\p{L}-]+\s+){0,2}$/u;
const SURNAME_IN_BRACKETS_AFTER = /^[^;,\n.!?()]{0,30}?\(\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*\)/u;
/** Care, then the case it is for, by name, age and sex in shorthand: "lap appy, Jensen K. (14M)", "CABG x3, Morrow D. (67M)". */
const CASE_AFTER = /^[^;\n.!?]{0,30}?,\s*(?:(?:Mr|Mrs|Ms|Mx)\.?\s+)?\p{Lu}\p{Ll}+(?:,?\s+\p{Lu}\p{Ll}*\.?)?\s*\(?\s*\d{1,3}\s?(?:[MF]|yo|y\/o)\b/u;
/** Where an entry of a list or a roster starts, and what ends one of its fields: a line, a clause or a number ("2N-4 "), then ", ", " - " or ":". */
const ENTRY_START = String.raw`(?:^|[\n;:]|[\d)]\s)\s*(?:[-*•]\s+)?(?:\[[ xX]\]\s+)?`;
const FIELD_END = String.raw`\*{0,2}\s*(?:,|\s[-–—]|:|\()\s*`;
/** A roster entry, surname first, after a line start, a semicolon or a bed's label: "2N-4 Whitley, Joan, CHF", "; Kim, Hana - GI bleed". */
const ROSTER_ENTRY = new RegExp(String.raw`${ENTRY_START}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,\s+\p{Lu}\p{Ll}+${FIELD_END}$`, "u");
/** A list's entry opened, after a colon, a semicolon, a line break or a case named before a comma, by someone's full or titled name and maybe their bed, then their care: "first case: Mrs. Ingrid Olsen, NPO after midnight", "Handoff: Mrs. Vidal, 3B, fluid restriction", "Dr. Chen's 1300 case, Mrs. Yoder, bilateral mastectomy", "Callbacks: 1) R. Esposito - A1c result" (not a greeting's "Hi Brandon, MRI prep ..."). */
const NAMED_ENTRY = new RegExp(String.raw`(?:[\n;:]|\b(?:case|add-?on|patient|pt),)\s*(?:(?:[-*•]|\d{1,2}[.)])\s+)?(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|\p{Lu}\.\s?\p{Lu}\p{Ll}+)${FIELD_END}(?:(?:\d{1,3}[A-Z]?|(?:[Bb]ed|[Rr]oom|[Rr]m)\s+\d{1,4}[A-Z]?)${FIELD_END})?(?:[\p{L}-]+\s+){0,2}$`, "u");
/** A board's entry: a room, bed or theatre by number (or a room number opening a list's line or after a colon or semicolon in one), a surname, then the care: "OR 2 Castellano, lap appy", "Bed 4 Kowalski, post-op day 2 lap chole", "- 601 Abernathy: new admit, CHF", "board: 14 Petrakis chest pain", "Handoff: 612 Okafor - new trach", "Rm 4 Ortega G2P1", "LDR 4 Whitfield 7cm epidural in", "Bay 1 Sorensen - awake, pain 6/10", "Bay 2 Hollister post lap chole", "Infusion chair 4 today: Pemberton, cycle 3 FOLFOX". */
const SLOT_ENTRY = new RegExp(String.raw`(?:\b(?:OR|[Bb]eds?|[Rr]m|[Rr]ooms?|[Bb]ays?|[Cc]hairs?|[Ss]lot|LDR|[Tt]riage|Trauma|Resus|Hall(?:way)?)\s*#?\d{1,4}[A-Za-z]?(?:\s+(?:today|tonight|tomorrow|overnight))?|(?:(?:^|\n)[^\S\n]*(?:[-*•]\s+)?|[:;]\s+)\d{3,4}[A-Za-z]?|[:;,]\s+\d{1,2}[A-Za-z]?)\s*[:,\-–—]?\s*(?:(?:Mr|Mrs|Ms|Mx)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:${FIELD_END}(?:[\p{L}\d/-]+,?\s+){0,3}|\s+(?:\d{1,2}(?:w|wks?|cm|yo)\s+)?(?:\p{Ll}[\p{Ll}/-]*\s+){0,3})$`, "u");
/** A note's entry: a surname and a bare room or bed number, then the care: "Dobrev 12 - crush all pills", "- Lindqvist 4: strict I&O". */
const ROOMED_ENTRY = new RegExp(String.raw`${ENTRY_START}["“]?(?!(?:Room|Bed|Bay|Suite|Unit|Ward|Chair|Floor|Level|Station|Pod|Table|Day|Week|Phase|Stage|Class|Grade|Lot|Gate|Exit|Route|Step|Page|Box|Door|Lab|Zone|Area|Wing|Tower|Building|Lane|Track|Slot|Cart|Court|Field|Team|Group|Section|Module|Part|Session|Round|Rounds|Shift|Month|Year)\b)\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?\s\d{1,3}[A-Za-z]?${FIELD_END}(?:[\p{L}\d-]+\s+){0,3}$`, "u");
/** A list's entry sending someone by surname for care: "Transport list 0600: Abernathy to CT, Pham to MRI", "Ramirez from 3B to MRI", "Bed huddle 0700: Lundqvist can go to tele", "Papadakis from 5W to IR at 1030 for PICC placement", "Transport needed 1330: Mr. Harrow from 5W to MRI". */
const SENT_ENTRY = /(?:^|[\n:;,])\s*(?:\p{Lu}\.\s?|(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:from\s+[\w-]{1,12}\s+|(?:can|may|will)\s+go\s+)?to\s+(?:[\w-]{1,12}\s+(?:at\s+(?:\d{3,4}|\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?)\s+)?for\s+)?$/u;
/** A list's entry: someone titled, then the procedure or unit they are down or here for: "Endo add-ons: Mrs. Kaminski for EGD (melena), Mr. Ruiz for flex sig", "Mrs. Dunleavy for ortho", "Observation unit: Mr. Hwang here for syncope workup". */
const TITLED_FOR = /(?:^|[\n:;,])\s*(?:[-*•]\s+)?(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:here|back|in|admitted)\s+)?for\s+(?:(?:a|an|her|his|their)\s+)?$/u;
/** A note labelled for someone by name, then their care: "Appointment reminder for Kai Nakamura: infusion on 12/18", "Family meeting for Mr. Sandoval re: goals of care", "Call-back list: Ortega re: MRI results", "Update on Mr. Prentiss: family decided on comfort care". */
const FOR_NAME_LABEL = /(?:\b(?:for|re|on)\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+){0,2}(?:\s*:|\s+re\s*:|\s+regarding)|(?:^|[\n:;,])\s*(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+\s+re\s*:)\s*(?:[\p{L}-]+\s+){0,3}$/u;
/** A line headed by care, then the one it is for by name, maybe after a time: "Wound care visit rescheduled: Mr. Eli Stone, 88 Birchwood Lane, now Thursday at 10", "Cath lab schedule tomorrow: 7:00 Haskins, 8:30 Barbosa", "Hospice visit list Friday: 9am Mrs. Lund (Elm St)", "Dialysis schedule change: Mr. Aziz moves to ...", "Outpatient infusion today: Ferreira 0900 (Entyvio)", "Dialysis schedule Tues: chair 1 Abernathy 0600, ...", "Endoscopy recovery: Fontaine awake and eating" (or "is awake"), "Labor & delivery: Ms. Fontaine pushing since 0500", "Pediatric unit: Carter's mom has to leave at 6", "Tele: O'Brien converted to sinus rhythm", "Hospice RN visit note: Mr. Ferrante is no longer eating", "Clinic cancellations today: 0930 Mendez (no ride)", "Hospice nurse visit schedule Thursday — 9 am Mrs. Lutz (Elm St)", "ICU family updates due today: Mr. Haddad's wife (call after rounds)", "Pre-op holding: Moreland says she ate toast at 7". */
const HEADED_NAME = /^[^:\n.!?—–]{0,40}(?::|\s[—–])\s*(?:(?:\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?|(?:[01]\d|2[0-3])[0-5]\d|(?:[Cc]hair|[Bb]ed|[Bb]ay|[Rr]oom|[Rr]m)\s*#?\d{1,3}[A-Za-z]?)\s+)?(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?:\s+(?:[01]\d|2[0-3])[0-5]\d)?\s*(?:,|\(|\s[-–—]|['’]s\s+\p{Ll}+\s*(?:,|\(|\s[-–—])|['’]s\s+(?:mom|dad|mother|father|parents|wife|husband|son|daughter|family)\s|\s+(?:is\s+(?:no\s+longer\s+)?)?(?:pushing|laboring|dilated|converted|went|eating|sleeping|breathing|moves|moved|switches|switched|shifts|shifted|goes|now|awake|asleep|sedated|stable|ready|still|resting|tolerating|ambulating|says|said|reports|reported|states|stated|wants|asks|asked|ate|needs|refuses|refused|denies|denied)[\s,;.])/u;

function headsEntry(text: string, c: Span): boolean {
  return /(?:^|\n|[.!?;][ \t])[ \t]*(?:[\p{L}#*-]+[ \t]+){0,2}$/u.test(text.slice(Math.max(0, c.start - 30), c.start)) && HEADED_NAME.test(text.slice(c.end, c.end + 70));
}

/** A list's entry: a name, a street address, a time or a phone number, then the care ("Urgent callback: Mr. Zeke Warner, 555-0138, blood sugar 38", "Home visit list for Tuesday: Mrs. Pruitt, 1407 Elm Court, insulin teaching", "E. Marsh, 14 Birch Ln (stage 3 sacral)", "OR schedule: Mrs. Patricia Walsh, 7:30am, left mastectomy"). */
const VISIT_ENTRY = new RegExp(String.raw`${ENTRY_START}(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+|\p{Lu}\.\s?)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?,\s+(?:\d{1,6}\s+(?:\p{Lu}\p{Ll}+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Boulevard|Blvd|Circle|Cir|Terrace)\.?(?:,?\s+(?:Apt|Unit|#)\.?\s*\w+)?|\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|(?:[01]\d|2[0-3])[0-5]\d|(?:\(?\d{3}\)?[-.\s])?\d{3}[-.]\d{4})${FIELD_END}(?:[\p{L}-]+\s+){0,2}$`, "u");
/** A case with the one it is for in brackets, then the care: "Dr. Singh's 1000 case (Petrov, Whipple)". */
const CASE_IN_BRACKETS = /\b(?:case|add-?on)\s*\(\s*(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,\s*(?:[\p{L}-]+\s+){0,2}$/u;
/** A note's task about someone, "re:" their care: "call back Mr. Oduya re: echo results". */
const REGARDING = /\b(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:['’]s)?\s+re:\s*(?:[\p{L}-]+\s+){0,2}$/u;
/** A note's entry, a surname (no everyday word) and right after it, or after a side, a part of the body or the day after an operation, their care: "Respiratory: Vance vent settings changed overnight", "Wound care rounds Tue: Fitzgerald heel ulcer improving", "Ortho floor tonight: Bauer POD1 TKA, ...; Kincaid POD0 spine", "TPN round: ...; Ngozi day 3, refeeding risk", "Endoscopy: ...; Nwankwo done, biopsies sent", "Outpatient infusion: Dubois reaction to rituximab", "OR status: ..., next is Kaminski (hernia)", "Transport: Whitfield 410 to (echo)", "New admit to 612 tonight: Hargrove, end-stage (liver disease)" (not "RT @PowerofSleep : Exploring Insomnia"). */
const SURNAME_THEN_CARE = /(?:^|\n)[^:\n]{1,40}:(?:[^\n]{0,200}[;,])?\s*(?:(?:next|then)(?:\s+(?:is|up))?:?\s+)?(\p{Lu}\p{Ll}{2,})(?:-\p{Lu}\p{Ll}+)?,?\s+(?:\d{1,4}[A-Za-z]?\s+(?=to\s))?(?:(?:L|R|left|right|bilateral|POD\s?\d{1,2}|day\s\d{1,3},|\p{Ll}[\p{Ll}-]*,?|\p{Ll}+\s+(?:to|of|from|on|after))\s+)?$/u;
/** A sentence whose subject is a surname (no everyday word) waiting for care: "... trend down. Sato still waiting for psych bed" (not "Families waiting for beds"). */
const SURNAME_WAITING = /(?:^|[.!?;:]\s+|\n\s*)(\p{Lu}\p{Ll}{2,})(?:-\p{Lu}\p{Ll}+)?\s+(?:still\s+)?(?:waiting\s+(?:for|on)|awaiting)\s+(?:[\p{L}\d-]+\s+){0,2}$/u;
/** A surname opening brackets, then a comma and the care: "Room 3 running late (Thibodeaux, redo sternotomy)". */
const SURNAME_IN_BRACKETS_THEN = /\((\p{Lu}\p{Ll}{2,})(?:-\p{Lu}\p{Ll}+)?,\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A note about a surname, "re:" it and set off by a comma or a dash, then the care: "Pharmacy called re: Delacroix, vanco trough was 24". */
const ABOUT_SURNAME = /\bre:\s*(\p{Lu}\p{Ll}{2,})(?:-\p{Lu}\p{Ll}+)?\s*[,(—–-]\s*(?:[\p{L}-]+\s+){0,2}$/u;
function surnameThenCare(before: string): boolean {
  const m = SURNAME_THEN_CARE.exec(before) ?? SURNAME_WAITING.exec(before) ?? SURNAME_IN_BRACKETS_THEN.exec(before) ?? ABOUT_SURNAME.exec(before);
  return m !== null && !isEnglishWord(m[1].toLowerCase());
}
/** A newborn or a twin by the hospital's name for them, then how they are: "Baby boy Pham off CPAP", "Twin A Soto feeding well", "Newborn nursery: baby Ferreira bili 14.2", "Baby girl Petrossian, 29 weeks, on (CPAP)", "baby boy Achebe has a (bili) of 16". */
const NEWBORN_ENTRY = /\b(?:[Bb]aby\s+(?:boy|girl)|[Tt]win\s+[A-C])\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:,\s*\d{2}\s*(?:weeks|wks?|w)(?:\s*\+\s*\d)?,)?\s+(?:on|off|with|feeding|needs|has|had|is|s\/p|for)\s+(?:[\p{L}\d-]+\s+){0,2}$|(?:^|[\n:;,])\s*(?:[-*•]\s+)?[Bb]aby\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+$/u;
/** A schedule's entry, a surname, a time, then the care: "Echo schedule: ..., Marchetti 1100 stress echo", "Sedation list: Nguyen 9am MRI". */
const NAME_TIME_ENTRY = /(?:^|[\n;:,])\s*(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:[01]\d|2[0-3])[0-5]\d|(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?[ap]m)\s+(?:[\p{L}-]+\s+)?$/u;
/** A numbered entry, a surname and the care after it: "Ortho trauma add-ons: 1) Brewster hip fx, 2) Okwu open tib/fib". */
const NUMBERED_ENTRY = /(?:^|\s)\d{1,2}[.)]\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:[\p{Ll}\d/-]+\s+){0,2}$/u;
/** A surname labelling an entry of a list run on one line, after a semicolon or a dash: "PT/OT today — Aldana: stairs training; Brooks-Heller: ADL eval". */
const RUN_ON_LABEL = /(?:;|\s[—–])\s*(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*:\s*(?:[\p{L}\d/-]+\s+){0,2}$/u;
/** A surname by the bare number of the room they are in, then what is told of them: "Kessler in 9 is a Jehovah's Witness — no blood products", "Henderson in 8 is a hard stick", "Sign-out: Ferreira in 7 — DKA", "Stat page: Pruitt in 7 desatting". */
const ROOMED_SUBJECT = /(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?\s+in\s+(?:(?:room|rm|bed|bay)\s+)?#?\d{1,3}[A-Za-z]?(?:\s+(?:is|has|needs|was|had|will|keeps|refuses|wants|can['’]t|cannot|won['’]t)\b[^.!?\n]{0,80}|\s*[—–:]\s*(?:[\p{L}\d/-]+\s+){0,2}|\s+)$/u;
/** A note's entry, a surname and the care it is after or ready for, or a dash and what to do: "Sign-out: Kaur s/p thoracentesis", "Case management: Willoughby ready for SNF placement", "Pre-op calls: Pereira - hold metformin", "OT: Carmichael practicing shower transfers". */
const STATUS_ENTRY = new RegExp(String.raw`${ENTRY_START}\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?\s+(?:s\/p|[-–—]|ready\s+for|practicing)\s+(?:[\p{L}\d-]+\s+){0,2}$`, "u");
/** A case line in a note: a name, then age and sex (or a newborn's weeks) in shorthand, then their care ("Harrington, Paul, 67M, L TKA, latex allergy", "Baby boy Ochoa, 31w, on CPAP", "1. Ortiz (4y) MRI brain", "Delgado-Reyes 39+2, IOL for preE"), or a name and a bare age, then what they went through ("Janet Cole, 58, received the 1,000th robotic knee replacement"; not "Walter Ames, 94, who has volunteered at our flu shot events"). */
const CASE_LINE = /\p{Lu}\p{Ll}+(?:,\s+\d{1,3},\s+(?:from\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?,\s+)?(?:received|underwent|had|got|came|went|arrived|was|is|beat|finished|completed|started|needed|spent)\b|,?\s+(?:\(\s*\d{1,3}\s?(?:y|yo|mo|w|wks?)\s*\)|\d{1,3}\s?(?:[MF]|yo|y\/o|w|wks?)\b|(?:2[2-9]|3\d|4[0-2])\+[0-6]\b))[^.!?\n]{0,60}$/u;
/** A schedule's entry: a time, then someone's full or titled name, or a surname and a comma, then their care ("Today's clinic: 8:00 Marcus Obi diabetes follow-up, 8:30 Ellen Frye post-op wound check", "- 07:30 Rinaldi, lap chole", a 24-hour time opening a line or after a colon, comma or dash: "- 0730 Mendez — lap appy", "Endo today: 0800 Pruitt EGD", "PT schedule — 0900 Delgado gait training"). */
const TIMED_ENTRY = /(?:^|[\n;:,]\s*|\s[—–-]\s+)(?:[-*•]\s+)?(?:\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?|(?<=(?:^|\n|[:;,]|\s[—–-])[^\S\n]*(?:[-*•]\s+)?(?:(?:OR|[Bb]ed|[Rr]m|[Rr]oom|[Bb]ay)\s*#?\d{1,3}[A-Za-z]?\s*:\s*)?)(?:[01]\d|2[0-3])[0-5]\d)\s+(?:(?:Mr|Mrs|Ms|Mx)\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+|\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?(?=\s*(?:,|\s[-–—]|$)))\s*(?:[-–—:,]\s*)?(?:[\p{L}-]+\s+)?$/u;
/** A note's or a list's entry that makes the care after it someone's: a titled name or a surname and a bare age opening it, a case line, a roster, a named or numbered entry, a surname by its room or its status, a label in a list run on one line, a newborn by the hospital's name for them, a surname before a time, a transport or visit list, a note labelled for someone, a timed schedule entry, someone titled and what they are down for, a task about someone's care, a case and whose it is. */
const LIST_ENTRIES = [TITLED_ENTRY, AGED_ENTRY, CASE_LINE, ROSTER_ENTRY, NAMED_ENTRY, SLOT_ENTRY, ROOMED_ENTRY, ROOMED_SUBJECT, RUN_ON_LABEL, NEWBORN_ENTRY, NUMBERED_ENTRY, NAME_TIME_ENTRY, STATUS_ENTRY, SENT_ENTRY, VISIT_ENTRY, FOR_NAME_LABEL, TIMED_ENTRY, TITLED_FOR, REGARDING, CASE_IN_BRACKETS];
/** A condition our team works on with someone named: "has been working with Bernadette for three months on a diabetic foot ulcer". */
const WORKED_ON_WITH = /\bwork(?:s|ed|ing)?\s+with\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:for\s+(?:[\p{L}\d-]+\s+){1,3})?on\s+(?:(?:a|an|her|his|their|the)\s+)?(?:[\p{L}-]+\s+)?$/u;
/** Someone known by the care place of ours they come from: "She's the girl from our sickle cell clinic", "the man in our dialysis unit". */
const PERSON_FROM_OUR = /\b(?:girl|boy|kid|man|woman|lady|guy|gentleman|baby|child|teen|teenager|toddler|mom|dad|grandma|grandpa)\s+(?:from|in|at|of)\s+our\s+$/i;
const CARE_PLACE_AFTER = /^\s+(?:clinic|unit|program|center|centre|ward|floor|support\s+group)\b/i;
/** Care someone's insurer decided on: "Ms. Harriet Bloom's insurance denied the SNF", "his plan approved the MRI". */
const INSURER_DECIDED = /(?:\p{Lu}\p{Ll}+['’]s|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+(?:[\p{L}-]+\s+)?(?:insurance|insurer|plan|coverage|Medicare|Medicaid)\s+(?:company\s+)?(?:denied|approved|covered|declined|refused|won['’]t\s+cover|will\s+cover|(?:does|did)n['’]t\s+cover|(?:will|would)\s+not\s+cover)\s+(?:(?:the|her|his|their|a|an)\s+)?(?:[\p{L}-]+\s+)?$/u;
/** A treatment put into a part of someone the sentence describes: "placed a new valve through the leg of the longtime Elk Ridge High football coach". */
const PART_OF_SOMEONE = /^\s+(?:through|into|in|on|from)\s+the\s+(?:leg|arm|wrist|groin|chest|heart|brain|spine|neck|back|knee|hip|eye|ear|belly|stomach|skull|jaw|foot|hand)\s+of\s+(?:a|an|the|this|one)\s/i;
/** Someone titled, or named with their room or bed, then "is a", or "he's": "Henderson in 8 is a ", "Lee (bed 3) is an ", "Mr. Lee is a ", "she is a known ", "Mr. Ilves is rule-out ", "he's high risk for ", "he's ", "both are ". */
const NAMED_IS = /(?:(?:\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+|\b\p{Lu}\p{Ll}+(?:\s+(?:in|on)\s+#?\d[\w-]{0,5}|\s*\([^()\n]{1,12}\))|\b(?:he|she))(?:\s+(?:is|remains)|['’]s)\s+|\b(?:both|they)\s+(?:are|remain)\s+)(?:(?:a|an)\s+)?(?:known\s+|high\s+|new\s+|big\s+|major\s+|very\s+|severely\s+|also\s+|rule[- ]out\s+|r\/o\s+|suspected\s+|presumed\s+|possible\s+)?(?:(?:at\s+)?risk\s+(?:for|of)\s+)?$/u;
/** A sentence opened by a name (no everyday word), then "is": "(... from 12?) Ashworth is (desatting)", "PACU: Salcedo is a (difficult airway)". */
const NAME_OPENS_IS = /(?:^|[.!?;:]\s+|\n\s*)(\p{Lu}\p{Ll}{2,})(?:-\p{Lu}\p{Ll}+)?\s+is\s+(?:still\s+|now\s+)?(?:an?\s+)?$/u;
function nameOpensIs(before: string): boolean {
  const m = NAME_OPENS_IS.exec(before);
  return m !== null && !isEnglishWord(m[1].toLowerCase());
}
/** A clause about someone that may end in their state: "who was pulled from the lake ", "who had been found ". */
const WHO_WAS = /\bwho\s+(?:was|were|had\s+been|got)\s+(?:[^,.!?]{0,40}\s)?$/i;
/** Help offered with something, to anyone: "can help you with ", "are here to support families with " (not "visited Mrs. Grant to help with her insulin pump"). */
const HELP_WITH = /\b(?:can|could|will|would|may|happy\s+to|glad\s+to|here\s+to)\s+(?:help|support|assist)\s+(?:(?:you|people|patients|families|kids|anyone|everyone|parents)\s+)?with\s+(?!(?:her|his|their|my)\b)(?:[\p{L}-]+\s+){0,2}$/iu;
/** Doing a treatment oneself: "do ", "can give herself ". */
const DOES_OWN = /\b(?:do|does|doing|did|give|gives|giving|gave|run|runs|running)\s+(?:(?:herself|himself|themselves)\s+)?$/i;
/** A condition or treatment someone owns or goes through: "his prostate cancer", "finished cardiac rehab", "is cancer free". */
function ownedCare(text: string, c: CareTerm, before: string, owners = POSSESSIVE): boolean {
  if (c.list !== "conditions" && c.list !== "procedures") return false;
  // "hard for people with dementia": a group's, so no one's (unless someone is named as one of them: "patients with COPD, similar to Jared P.").
  if (GROUP_HAS.test(before) && !ONE_OF_THEM.test(text.slice(c.end, c.end + 60))) return false;
  // "thanks for your feedback about IV alarms": the topic of what someone said. "our former chief of surgery": a field of work.
  // "Dr. Foster's webinar on anxiety": the topic of a talk.
  if (SAID_ABOUT.test(before) || FIELD.test(before) || TALK_ON.test(before)) return false;
  // "our diabetes educators can help you with blood sugar logs": help offered with a topic.
  if (HELP_WITH.test(before)) return false;
  // "will intern with our transplant team": care that names a team of ours (but "her cancer team" is hers).
  if (namesTeam(text, c) && !POSSESSIVE.test(before)) return false;
  // "has helped hundreds of COVID patients breathe": an illness that names a kind of patient is no one's.
  if (c.list === "conditions" && /^\s+(?:patients|survivors|sufferers)\b/i.test(text.slice(c.end, c.end + 14)) && !POSSESSIVE.test(before)) return false;
  // "25 years as a dialysis nurse": care that opens a staff title is the work, not anyone's care (but "her cancer nurse" is hers).
  if (opensTitle(text, c) && !POSSESSIVE.test(before)) return false;
  // "completed her bone marrow transplant nursing certification": training in the care, not care.
  if (TRAINING_AFTER.test(text.slice(c.end, c.end + 40)) || SCHOOLED_IN.test(before)) return false;
  // "started CPR on a customer": care given to someone else.
  if (c.list === "procedures" && GIVEN_ON.test(text.slice(c.end, c.end + 40))) return false;
  // "reminding your followers to book their mammograms": "their" is the group's.
  // "she wants everyone to book their mammogram": so is "their" after "everyone".
  const groups = /\btheir\s+(?:[\p{L}\d-]+\s+){0,2}$/iu.test(before) && (SERVED.test(before) || /\b(?:everyone|everybody|anyone|anybody)\b[^.!?]{0,30}\btheir\s+(?:[\p{L}\d-]+\s+){0,2}$/iu.test(before));
  // "Coach Vic Moreno, who was pulled from the lake unconscious in July": a condition ending a clause about them.
  const theirState = c.list === "conditions" && WHO_WAS.test(before) && /^\s*(?:[,.;!?]|$|(?:in|on|at|after|for|and|when|last|yesterday|this|from)\b)/i.test(text.slice(c.end, c.end + 12));
  // "Mr. Patel is NPO after midnight": an order to take nothing by mouth is someone's state.
  // So is a code status: "Mrs. Gwen Holloway (5 North) is a DNR", "He's DNR", "Mrs. Abara is now comfort care only".
  // So is a condition told as what someone named is: "Henderson in 8 is a hard stick", "Mr. Lee is a fall risk", "he's allergic to amoxicillin", "Ashworth is desatting".
  const state = ((/^(?:NPO|DNR|DNI|DNR\/DNI|CMO)$/.test(text.slice(c.start, c.end)) || /^(?:comfort\s+(?:care|measures)|full\s+code)$/i.test(text.slice(c.start, c.end))) && /(?:\b(?:is|are|was|were|remains?|stays?|kept|now)|['’]s)\s+(?:a\s+)?$/.test(before)) ||
    (c.list === "conditions" && (NAMED_IS.test(before) || nameOpensIs(before)) && /^\s*(?:[,.;!?)]|$|(?:and|so|per|with|on|to)\b)/.test(text.slice(c.end, c.end + 8))) ||
    // "She's a two-assist and ...": what care someone needs, told as what they are (not "she's a dialysis nurse").
    (c.list === "procedures" && PRONOUN_IS_A.test(before) && /^\s*(?:[,.;!?)]|$|(?:and|so)\b)/.test(text.slice(c.end, c.end + 8)));
  const done = c.list === "procedures" && toldDone(text, c);
  // "No more trach for Wyatt!", "a new heart for baby Sam": a treatment for someone named right after it.
  // "Rapid strep came back positive for the Donnelly boy": a result for someone named.
  // "a new stage 2 on Mr. Pulaski's coccyx": a condition on a named person's body.
  const forOne = (c.list === "procedures" && (FOR_NAMED.test(text.slice(c.end, c.end + 40)) || PAPERS_FOR.test(before))) || RESULT_FOR.test(text.slice(c.end, c.end + 50)) || (c.list === "conditions" && ON_NAMED_PART.test(text.slice(c.end, c.end + 40)));
  // "Our oldest knee replacement this year was a 92-year-old": a case of the procedure, singled out.
  // "The Pine Bluff grandmother who was our 1,000th robotic hip replacement", "Gus Alvarez, 68, became our 1,000th (robotic knee replacement)": someone who was such a case.
  const singledCase = c.list === "procedures" && ((/\b(?:our|the)\s+(?:oldest|youngest|smallest|tiniest|heaviest|first|latest|newest|\d+(?:st|nd|rd|th))\s+$/i.test(before) && /^\s+(?:patient\s+)?(?:this\s+\w+\s+|ever\s+)?(?:was|is)\s+(?:a|an|our|the)\b/i.test(text.slice(c.end, c.end + 30))) ||
    /(?:\b(?:[Ww]ho|[Ss]he|[Hh]e)|\b\p{Lu}\p{Ll}+(?:,\s*\d{1,3},)?)\s+(?:was|is|became)\s+our\s+(?:oldest|youngest|first|\d{1,3}(?:,\d{3})*(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+)?$/u.test(before));
  // "can now do treatments at home": one's own treatment, done at home.
  // "learned to give herself insulin shots": a treatment given to oneself.
  const doneOwn = c.list === "procedures" && DOES_OWN.test(before) && (/^\s+at\s+home\b/i.test(text.slice(c.end, c.end + 10)) || /\b(?:herself|himself|themselves)\s+$/i.test(before));
  // "gave a new liver to a Bellmont schoolteacher": a treatment given to someone the sentence describes.
  // "our surgeons gave him a new heart": given to "him".
  const givenToOne = c.list === "procedures" && ((/\b(?:gave|give|gives|giving|brought|offered)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?$/iu.test(before) && /^\s+to\s+(?:a|an|the|one|this)\s/i.test(text.slice(c.end, c.end + 12))) ||
    /\b(?:gave|give|gives|giving)\s+(?:him|her|them)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+)?$/iu.test(before));
  // "got married between chemo rounds", "a party for his 90th birthday between treatments": a life lived between one's own treatments.
  const between = c.list === "procedures" && /\bbetween\s+$/i.test(before) && (/^\s+(?:rounds|treatments|sessions|cycles|infusions|surgeries)\b/i.test(text.slice(c.end, c.end + 14)) || /^(?:rounds|treatments|sessions|cycles|infusions|surgeries)$/i.test(text.slice(c.start, c.end)));
  // "rode his Harley to every chemo appointment": someone of their own going to each session of a treatment.
  const every = c.list === "procedures" && EACH_OF_THEIRS.test(before) && /^\s+(?:appointments?|sessions?|treatments?|visits?|infusions?|rounds?)\b/i.test(text.slice(c.end, c.end + 16));
  // "@tomcat_22 Always finish your antibiotics as prescribed": a rule for anyone's medicines, though told to one reader.
  const rule = ALWAYS_YOURS.test(before);
  return (owners.test(before) && !groups && !rule) || underwent(before) || between || every || givenToOne || state || done || forOne || doneOwn || singledCase || theirState || countedLater(text, c, before) || NAME_LABEL.test(before) || NAME_THEN_BRACKETS.test(before) || NAMED_NEEDS.test(before) || INSURER_DECIDED.test(before) || (PERSON_FROM_OUR.test(before) && CARE_PLACE_AFTER.test(text.slice(c.end, c.end + 16))) || cameInState(text, c, before) || (c.list === "conditions" && (oneCase(text, c, before) || WORKED_ON_WITH.test(before) || TOLD_ABOUT.test(before) || NAMED_AFTER_COLON.test(before) || NAME_IN_BRACKETS.test(before) || FOR_NAME_THEN.test(before) || TASK_FOR.test(before) || TIME_WITHOUT.test(before))) || (c.list === "conditions" && FREE_OF.test(text.slice(c.end, c.end + 6))) ||
    (c.list === "conditions" && TREATED_IN_BEFORE.test(before) && IN_SOMEONE.test(text.slice(c.end, c.end + 30))) ||
    (c.list === "procedures" && (PART_OF_SOMEONE.test(text.slice(c.end, c.end + 40)) || CARE_PARTY_FOR.test(text.slice(c.end, c.end + 40)))) || LIST_ENTRIES.some((entry) => entry.test(before)) || SOMEONE_BEFORE.some((re) => re.test(before)) || (c.list === "conditions" && (BODY_STATE.test(before) || (/(?:ing|ic|ive|ant|ed)$/i.test(text.slice(c.start, c.end)) && NAMED_DOING.test(before)))) || subjectCouldNot(text, c, before) || surnameThenCare(before) || headsEntry(text, c) || CASE_AFTER.test(text.slice(c.end, c.end + 70)) || TITLED_IN_BRACKETS_AFTER.test(text.slice(c.end, c.end + 50)) || (AGED_CASE_BEFORE.test(before) && SURNAME_IN_BRACKETS_AFTER.test(text.slice(c.end, c.end + 50))) ||
    (c.list === "conditions" && (HAD_BY_SOMEONE.test(text.slice(c.end, c.end + 80)) || IN_THEIR_BODY.test(text.slice(c.end, c.end + 30))));
}

/** Going to every session, told of someone by their own things, before the care: "rode his Harley to every (chemo appointment)". */
const EACH_OF_THEIRS = /\b(?:his|her|their)\b[^.!?]{0,40}\b(?:to|at|for|through)\s+(?:every|each)\s+(?:single\s+)?$/i;
/** A stay in, or a course through, a program named for what it treats or where: "was in our adolescent eating disorder program", "graduated from our addiction recovery program", "Happy graduation to Ellie from our eating disorder program", "entered our hospice program", "We met Marcus in our addiction recovery program", "a letter about her time in our eating disorders program". */
const PROGRAM_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:program|programme|unit|ward)\b/iu;
const PROGRAM_STAY = /\b(?:(?:was|were|is|are|been|stayed|spent\s+(?:[\p{L}\d-]+\s+){0,2}[\p{L}\d-]+)\s+(?:in|through)|went\s+through|complet(?:e|ed|es|ing)|finish(?:ed|es|ing)?|graduat(?:ed|ion)\s+(?:(?:to|of)\s+\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}[\p{L}'’-]+\s+)?)?from|enrolled\s+in|admitted\s+to|entered|came\s+(?:in\s+)?to|joined|met\s+(?:\p{Lu}\p{Ll}+|him|her|them)\s+(?:in|at|through)|(?:his|her|their)\s+(?:time|stay|weeks|months|days|year)\s+(?:in|with|at))\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
function inProgram(text: string, c: CareTerm, before: string): boolean {
  const program = PROGRAM_AFTER.exec(text.slice(c.end, c.end + 24));
  if (program === null || c.list === "care-events" || c.list === "care-encounters") return false;
  const after = text.slice(c.end + program[0].length, c.end + program[0].length + 40);
  // "joined our memory care unit as a nurse": a job there.
  return !(/^\s+as\b/i.test(after) && namesJob(after)) && PROGRAM_STAY.test(before);
}

/**
 * Someone is in a place of care: "in our ICU", "moved to hospice care"; but
 * not "in bed" or "in ward 2" without an article, nor "our NICU families".
 */
function inCareSetting(text: string, c: CareTerm, before: string): boolean {
  if (c.list !== "care-settings") return false;
  // "Congratulations to Pediatric ER nurse Kayla": a place that opens the title of staff who are cheered or thanked is where they work.
  if (CHEERED_BEFORE.test(before) && opensTitle(text, c)) return false;
  const after = text.slice(c.end, c.end + 20);
  // "started at our birthing center as a nurse": a job there.
  if (/^\s+as\b/i.test(after) && namesJob(text.slice(c.end, c.end + 40))) return false;
  // "came back to visit the NICU where they spent their first 2 months", "knit 50 hats for our NICU while her own son was there",
  // "played for the PICU staff who helped him breathe", "ICU edition: our nurses set up the big game on a projector for Mr. Ronald Tate".
  if (SOMEONE_THERE.some((re) => re.test(text.slice(c.end, c.end + 120)))) return true;
  // "the wheelchair from Ms. Cardenas's room", "Mr. Lam's telemetry keeps alarming": a room or a place of care that is someone's by title is where they stay.
  if (/\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?['’]s?\s+$/u.test(before)) return true;
  // "their daughter Lily, whom our pediatric oncology team cared for": the one a place's team cared for, before it.
  if (/\bwhom\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before) && /^\s+(?:team|staff|nurses|doctors)\s+(?:cared\s+for|treated|nursed|looked\s+after)\b/i.test(after)) return true;
  // "his family took him home on hospice": someone under hospice or palliative care.
  if (/^(?:hospice|palliative\s+care)$/i.test(text.slice(c.start, c.end)) && /\b(?:is|are|was|were|went|go|goes|going|been|home|him|her|them|stays?|stayed|remains?|remained)\s+on\s+$/i.test(before)) return true;
  // "she can come off isolation", "he's been on isolation since Monday": someone kept apart for an infection.
  if (/^isolation$/i.test(text.slice(c.start, c.end)) && /\b(?:is|are|was|were|been|be|remains?|stays?|come|came|comes|coming|taken|put|placed|kept)\s+(?:on|off|in|into|out\s+of)\s+$/i.test(before)) return true;
  // "even with Mr. Trevino trying to climb out of bed every night": someone titled getting out of the bed they are kept in.
  if (/^bed$/i.test(text.slice(c.start, c.end)) && OUT_OF_BED.test(before)) return true;
  // "their new bakery next to our birth center": a place of care as a landmark, where something else is.
  if (LANDMARK_BEFORE.test(before)) return false;
  // "Extra blankets are in the closet by bed 4": a numbered room or bed as a landmark is where things are, no one's stay.
  if (/^(?:room|rm|bed|bay)$/i.test(text.slice(c.start, c.end)) && ROOM_LANDMARK_BEFORE.test(before)) return false;
  // "Our NICU's first graduate of 2026, baby Santiago": the place's own patient, singled out.
  if (/['’]s$/.test(text.slice(c.start, c.end)) && /^\s+(?:(?:first|newest|latest|youngest|oldest|tiniest|smallest|longest-staying)\s+)?(?:graduate|grad|patient)\b(?!s)/i.test(after)) return true;
  // "thanks for the feedback on our ortho clinic's new check-in kiosks": what the place has, no one's stay.
  if (/['’]s$/.test(text.slice(c.start, c.end)) && !STAY_AFTER.test(after)) return false;
  if ((SETTING_DONE.test(before) && !TRAINING_AFTER.test(after)) || INSURER_DECIDED.test(before) || ENTERED_CARE.test(before)) return true;
  if (cameInState(text, c, before)) return true;
  // "gets his dialysis chair at 6am", "her hospital bed": a chair or bed of care that someone has is theirs (not "her bed").
  if (/(?:^|\s)(?:chair|bed|bedside)$/i.test(text.slice(c.start, c.end)) && /\b(?:his|her|their)\s+$/i.test(before)) return true;
  // "Mrs. Lindqvist, 4B-11,": a unit and bed by code, set off beside a name (care.ts finds it only there).
  if (/^\d{1,2}[A-Z]{1,2}-\d/.test(text.slice(c.start, c.end))) return true;
  if (someonesBedside(text, c)) return true;
  // "Cath lab schedule tomorrow: 7:00 Haskins, 8:30 Barbosa", "ICU family updates due today: Mr. Haddad's wife ...": a place's schedule or list, then the ones it is for.
  // "Labor & delivery: Ms. Fontaine pushing since 0500", "Pediatric unit: Carter's mom has to leave at 6": the place itself heads the entry; so does a place that called: "PACU called — Mr. Ishikawa is awake".
  if (headsEntry(text, c) && (/^[^:\n]*\b(?:schedule|list|board|census|cases|add-?ons?|updates|lounge|holds?|holding|cancell?ations|no-?shows|call-?backs|visit\s+notes?|notes?|called|paged|says|reports)\b[^:\n—–]*(?::|\s[—–])/i.test(text.slice(c.start, c.end + 40)) || /^\s*:/.test(text.slice(c.end, c.end + 4)))) return true;
  // "has called our long-term care unit home since 2021": lives there.
  if (CALLED_HOME.test(before) && /^\s+home\b/i.test(after)) return true;
  // "her 4-month NICU stay", "after his ICU admission": a stay someone owns or went through.
  if (STAY_AFTER.test(after) && (POSSESSIVE.test(before) || underwent(before))) return true;
  // "Mr. Feld's family meeting with palliative care", "Family meeting for Mr. Prentice at 3 — palliative and social work attending": a meeting about someone's care. "Bed board: Mr. Solberg for tele": where someone is going.
  // "the Nwosu family ... to talk about hospice for their dad": a place of care sought for a relative.
  // "ED holds — Marsh (tele), Ito (med-surg)": a list's entry and the unit it is bound for.
  if (OWN_MEETING_WITH.test(before) || MEETING_FOR.test(before) || TITLED_FOR.test(before) || NEEDS_PLACE.test(before) || surnameThenCare(before) || FOR_RELATIVE.test(text.slice(c.end, c.end + 30)) || LISTED_FOR_UNIT.test(before) || FAMILY_ABOUT.test(before)) return true;
  // "our mother-baby unit holiday party", "a sing-along on 6 North", "Training is Thursday in room 11": an event the unit
  // or room holds, not anyone's stay (but "Abigail's princess party on our oncology floor" is hers).
  if (EVENT_AFTER.test(after) || EVENT_BEFORE.test(before)) return false;
  if (namesGroup(text, c) || givenTo(text, c) || SENT_THERE.test(before) || THINGS_THERE.test(before) || THINGS_ON.test(before) || BROUGHT_THERE.test(before) || PLACE_WITHIN.test(before) || DISPLAYED_IN.test(before) || OPENED.test(before) || staffThere(before) || EVERY_ONE_IN.test(before) || TENURE.test(before) || SCHOOLED_IN.test(before) || GROUP_IN.test(before) || WORKED_IN.test(before) || WORK_DONE_IN.test(before)) return false;
  // "From our burn unit: ...": a heading says where the news comes from, not where anyone is.
  if (/^\s*(?:(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening|week))\s*)?:/i.test(after) && HEADING_FROM.test(before)) return false;
  // On a unit by number ("Mr. Tony on 4B"), in a numbered bed ("the gentleman in bed 4"), or in a
  // numbered bed or room right beside a name or a person ("Mrs. Patel in room 6", "Mrs. Holloway (bed 3)",
  // "the young woman in room 508"): a patient's place.
  // "the nurses on 5 West", "our team in 4B", "the nurse manager on 4 East" work there.
  // "our nurse Joe on 4 East": a staff word and the name it gives, too.
  if (/^(?:on|in|to)\s/i.test(text.slice(c.start, c.end))) return !STAFF_BEFORE.test(before) && !contextTerms("staff-words").spans(before).some((s) => /^\s*(?:\p{Lu}\p{Ll}+\s+){0,2}$/u.test(before.slice(s.end)));
  // "the kid in bay 3", "Mrs. Lane in chair 4": a numbered bay or chair holds the person beside it (not "blankets in bay 12").
  // "Triage 1 Vance r/o labor", "LDR 2 Kimura 6cm": a numbered slot of the place, and the surname (no everyday word) in it.
  const slotted = SLOT_SURNAME.exec(after);
  if (slotted && !isEnglishWord(slotted[1].toLowerCase())) return true;
  // "chair 3 Mrs. Abebe, fistula bruit weak", "Bay 6 (Serrano) is ready to go upstairs": the person named right after.
  if (/^(?:bay|chair|stretcher|cubicle|trauma|resus|isolette|hallway\s+bed)\s+#?\d/i.test(text.slice(c.start, c.end))) return BESIDE_NAME.test(before) || personIn(before) || ROOMS_PERSON.test(after) || TITLED_NEXT.test(after) || /^\s*\(\s*(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*\)/u.test(after);
  const numbered = /^\s*#?\d/.test(after);
  // "Room 214's Mr. Dalton", "a bariatric bed to Room 22 for Mrs. Oyelaran": the person the room holds.
  if (/^(?:bed|room|rm|bay)$/i.test(text.slice(c.start, c.end)) && ROOMS_PERSON.test(after)) return true;
  if (numbered && /^(?:bed|isolette|room|rm|bay)$/i.test(text.slice(c.start, c.end)) && (BESIDE_NAME.test(before) || personIn(before) || TITLED_SUBJECT_IN.test(before))) return true;
  const numberedBed = numbered && /^(?:bed|isolette)$/i.test(text.slice(c.start, c.end));
  // "Please move the IV pole to bed 3": a thing taken to a bed, no one's stay.
  if (THING_TAKEN_TO.test(before)) return false;
  return LOCATED_IN.test(before) || (IN_THIS.test(before) && !GENERIC_SETTING.test(text.slice(c.start, c.end))) || ((INTO_CARE.test(before) || SETTING_BEGUN.test(before)) && (numberedBed || !GENERIC_SETTING.test(text.slice(c.start, c.end))));
}

/** Words that place something by a landmark: "next to", "across the street from", "around the corner from". */
const BESIDE_WORDS = String.raw`(?:next\s+(?:door\s+)?to|beside|across\s+(?:the\s+(?:street|road|hall)\s+)?from|behind|opposite|around\s+the\s+corner\s+from|down\s+the\s+(?:street|road|block)\s+from)`;
/** A place named as a landmark, right before it: "next to our ", "across the street from the ", "around the corner from our ". */
const LANDMARK_BEFORE = new RegExp(String.raw`\b${BESIDE_WORDS}\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}$`, "i");
/** The same before a numbered room or bed, which needs no article: "by ", "near the ", "outside ". */
const ROOM_LANDMARK_BEFORE = new RegExp(String.raw`\b(?:by|near|outside(?:\s+of)?|${BESIDE_WORDS})\s+(?:the\s+)?$`, "i");
/** Cheers or thanks, right before the words for whom: "Congratulations to Pediatric ", "Thanks to our ", "Shout-out to ". */
const CHEERED_BEFORE = /\b(?:congrat(?:s|ulations)|thanks?|thank\s+you|kudos|shout-?outs?|props|hats\s+off)\s+to\s+(?:our\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** A thing moved or taken to a place, right before it: "move the IV pole to ", "bring the chart to ", "take extra blankets to ". */
const THING_TAKEN_TO = /\b(?:move|moved|moving|bring|bringing|brought|take|taking|took|put|send|sent|return|returned|roll|wheel)\s+(?:the|a|an|this|these|those|some|more|extra|new|another)\s+(?:[\p{L}-]+\s+){1,3}to\s+$/iu;
/** Someone titled getting out of bed, before "bed": "Mr. Trevino trying to climb out of ", "Mrs. Ruiz keeps getting out of " (not "tips to get out of bed"). */
const OUT_OF_BED = /\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+[^.!?]{0,30}?\b(?:climb(?:s|ed|ing)?|get(?:s|ting)?|got|fell|falls|falling|roll(?:s|ed|ing)?|slid(?:e|es|ing)?)\s+out\s+of\s+$/u;
const EVENTS = String.raw`(?:(?:music|fun|field|craft|spa|pajama|pet|family|movie|game)\s+(?:days?|nights?)|party|parties|potluck|picnic|fundraiser|open\s+house|reunion|tour|celebration|bake\s+sale|concert|sing-?along|luncheon|breakfast|dinner|lunch|gala|fair|drive|huddle|drill|talent\s+show|karaoke|dance|parade|meetings?|in-?services?|trainings?|lectures?|seminars?|orientation|interviews?)`;
const EVENT_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:(?!(?:during|after|before|until|till|through|over)\s)[\p{L}-]+\s+)?${EVENTS}\b`, "iu");
const EVENT_BEFORE = new RegExp(String.raw`(?<!\p{Lu}\p{Ll}+['’]s\s+(?:[\p{L}-]+\s+){0,3})\b${EVENTS}\s+(?:(?:is|are|will\s+be|moves\s+to)\s+(?:[\p{L}\d:]+\s+){0,3}?)?(?:(?:on|in|at)\s+(?:(?:our|the)\s+)?(?:[\w-]+\s+){0,2})?$`, "iu");

/** A bedside someone has: "exchanged vows at her bedside", "at the bedside of the groom", "at Tom's bedside". */
function someonesBedside(text: string, c: Span): boolean {
  return /^bedside$/i.test(text.slice(c.start, c.end)) &&
    (/\b(?:his|her|their)\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start)) || /^\s+of\s+(?:the|a|an|our|his|her|their)\s/i.test(text.slice(c.end, c.end + 12)) ||
      // "at Tom's bedside" (not "Dr. Kim's bedside manner").
      (/(?<!\bDr\.?\s+)\b\p{Lu}\p{Ll}+['’]s\s+$/u.test(text.slice(Math.max(0, c.start - 30), c.start)) && !/^\s+manner/i.test(text.slice(c.end, c.end + 10))));
}

/** A job named after "as": "as a nurse", "as our new chaplain", "my first year as a unit clerk", "back to our dialysis unit as charge nurse". */
const AS_JOB = /\bas\s+(?:(?:a|an|our|the|your|their)\s+)?(?:new\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/giu;
/** Jobs in training, staff only when so named ("as a resident"; "a resident" alone is a patient word). */
const TRAINEE = /^(?:resident|intern|student\s+nurse|nursing\s+student|medic|clerk)\b/i;
/** Whether the text names a job here, by the staff words or as a trainee. */
function namesJob(text: string): boolean {
  return [...text.matchAll(AS_JOB)].some((m) => TRAINEE.test(m[1]) || contextTerms("staff-words").spans(m[1]).some((s) => s.start === 0));
}
/** A clinician of the place: "He's a nurse on our transplant floor", "an aide in the ICU", "every nurse on the unit", "Nurse Tami from cardiology". */
function staffThere(before: string): boolean {
  return contextTerms("staff-words").spans(before).some((s) => /^\s+(?:on|in|at)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}$/i.test(before.slice(s.end))) || STAFF_FROM.test(before);
}
/** A clinician named with their department: "this is Nurse Tami from (cardiology)". */
const STAFF_FROM = /\b(?:Nurse|Dr\.?)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:from|in|with)\s+(?:the\s+)?$/u;

function raise(d: Detection, to: Severity, reason: string): void {
  if (to === "error" || d.severity === "info") d.severity = to;
  d.reasons.push(reason);
}

function demote(d: Detection, to: Severity, reason: string): void {
  d.severity = to;
  d.reasons.push(reason);
}
