import type { Organization } from "../config/config.js";
import type { Span } from "../documents/document.js";
import type { Detection } from "../engine/detect-rule.js";
import { isEnglishWord } from "../detectors/english-words.js";
import { isFirstName } from "../nlp/compromise.js";
import { contextEntries, contextTerms } from "./lists.js";

/** Who the config says is staff, and the organization's own contact details. */
export interface People {
  staff: string[];
  organization: Organization;
}

const TITLE = /^(?:Dr|Prof|Nurse)\.?\s/;
/** A title in capitals right before a name found without it: "PER DR. HANLEY". */
const TITLE_BEFORE = /\b(DR\.?|PROF\.?)\s+$/;
/** What follows the name of someone on duty: the end of its line, brackets, or another name. */
const ON_DUTY_END = /^[^\S\n]*(?:$|\n|\(|[,/&][^\S\n]*\p{Lu}|[^\S\n]+and[^\S\n]+\p{Lu})/u;
/** A staff role labelling the line a name is on, as a roster or schedule gives it: "Tech: Jamal", "RN: Erin", "Charge RN - Dana" (the name closing the line, ON_DUTY_END; not a note's writer: "Case manager: Lozano's insurance denied"). */
const STAFF_LABEL = /(?:^|\n)[^\S\n]*(?:[-*•][^\S\n]*)?((?:Primary[^\S\n]+|Charge[^\S\n]+|Float[^\S\n]+)?(?:RN|LPN|CNA|MD|NP|PA|CRNA|RT|SLP|Techs?|Nurses?|Charge|Attending|Resident|Intern|Fellow|Hospitalist|Surgeon|Anesthesia|Anesthesiologist|Provider|Preceptor|Sitter|Unit[^\S\n]+clerk|Clerk|Secretary|Case[^\S\n]+manager|Social[^\S\n]+worker|Chaplain|Pharmacist|Dietitian|On-?call|Covering))[^\S\n]*[:–—-][^\S\n]*$/u;
const CREDENTIAL_AFTER = /^\s*,?\s*(?:RN|MD|DO|NP|PA-C|PA|LPN|PhD|DDS|DMD|PharmD|FACS|FNP(?:-BC)?|CNM|MSW|LCSW|DPT|PT|OTR\/L|OTR|OT|CCC-SLP|SLP|RDN|RD|CRNA|APRN|DNP|BSN|MSN|CNA|RRT|EMT(?:-P)?|MPH|LPC|LMFT|PsyD|DPM|AuD|ATC|RDH|CNS|IBCLC|CDCES|CPhT)\b/;
/**
 * ", our new charge nurse", ", our rehab hospital's new director", ", 76, our longest-serving volunteer" (an adult's age: "Diego,
 * 7, our Junior Nurse for a Day" is no staff), also after the unit one is welcomed to: "to 3 South, our returning unit clerk", or
 * after a dash and "our" or "a": " – our new diabetes educator" (not "Mr. Hughes — the nurses already have your recliner ready").
 */
const STAFF_APPOSITIVE = /^(?:\s+to\s+(?:the\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,2}[\p{L}\p{N}'’-]+(?=\s*,))?(?:\s*,\s*(?:1[89]|[2-9]\d|1[01]\d))?(?:\s*,\s*(?:our\s+)?|\s[—–-]\s*(?:our|an?)\s+)(?:new\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}(?<!\b(?:to|by|with|from|for|per|and)\s+)$/u;
/** Where the organization sends readers to its own account: "Follow our cancer center at (@example_cancer)", "find us on ". */
const OUR_ACCOUNT = /\b(?:follow|find|tag|join|like|message|dm)\s+(?:us|our\s+(?:[\p{L}&'’-]+\s+){0,3}?)\s*(?:at|on)?\s*$/iu;
/** The reader sent off into retirement: "Enjoy your retirement", "congrats on your last shift". */
export const RETIRED_READER = /\b(?:enjoy|happy|congrat(?:s|ulations)\s+on)\s+(?:your\s+)?retirement\b|\byour\s+(?:last|final)\s+shift\b/i;
/** A greeting right before a name: "Hi ", "Dear ", "Good morning, ". */
const GREETED = /\b(?:hi|hey|hello|dear|good\s+(?:morning|afternoon|evening))\s*,?\s*$/i;
/** "Sarah Whitman is our new breast center navigator". */
const STAFF_PREDICATE = /^(?:\s*,\s*(?:1[89]|[2-9]\d)\s*,)?\s+(?:is|was|has\s+been|serves\s+as)\s+(?:our|a|an|the)\s+(?:(?:new|longtime|lead|head|senior|chief)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
/** A clause that tells what someone did, not what they do here: ", 101, who told our nurses". */
const WITH_STAFF_CLAUSE = /^\s*(?:,\s*\d{1,3}\s*)?,\s*who\s+(?!(?:is|was|leads|led|runs|ran|works|worked|serves|served|volunteers|volunteered|coordinates|directs|heads|manages|teaches|coaches)\b)/i;
/** A clause about someone between their name and what they are: ", who started in March,". */
const WHO_CLAUSE = /^\s*,\s*who\s[^,.;!?]{1,80},/u;
/** A send-off for someone who retires: "a surprise retirement party for (Diane)". */
const RETIRING = /\bretire(?:ment|s|d|ing)?\s+(?:party|celebration|send-?off|lunch|luncheon|cake|reception|dinner|tea)\s+(?:for|to\s+honou?r|honou?ring)\s+(?:(?:our|nurse|dr\.?)\s+)?$/i;
/** A name followed by the hospital service its person works in: "Kendrick from security", "Luis in pharmacy", "Kim in accounting". */
const FROM_SERVICE = /^\s+(?:from|in|of)\s+(?:our\s+)?(security|facilities|IT|housekeeping|maintenance|engineering|biomed|EVS|environmental\s+services|dietary|food\s+services|nutrition\s+services|materials(?:\s+management)?|supply\s+chain|central\s+supply|transport|registration|admitting|billing|HR|human\s+resources|finance|marketing|communications|accounting|pharmacy|the\s+lab)\b/;
/** Thanks or credit right before a name: "Thanks to ", "Kudos to ", "Great catch by ", "Congrats to ", "Shout-out to ", a kudos list's "- To ". */
export const CREDITED_BEFORE = /(?:\b(?:thanks?(?:\s+you)?(?:\s+to)?|kudos(?:\s+to)?|shout[\s-]?outs?(?:\s+to)?|props\s+to|congrats\s+to|(?:great|nice|good)\s+(?:catch|job|work|save)(?:\s+by)?)[,!]?|^\s*[-*•]\s+to)\s+$/i;
/** A unit someone is on, then the work they are credited for ("for organizing the toy drive", "for catching ...", "for earning her stroke certification"; not what a patient does: "for walking 200 feet today"). */
const WORK_ON_UNIT = /^\s+(?:on|in|from)\s+(?:the\s+)?[\p{L}\d&-]+(?:\s+[\p{L}\d&-]+)?\s+for\s+(?:organizing|organising|catching|covering|precepting|training|coordinating|planning|teaching|mentoring|picking\s+up|spotting|noticing|setting\s+up|stocking|decorating|hosting|collecting|staying\s+late|running\s+the|earning|passing|winning)\b/iu;
/** A role someone else has: "their own director, ", "his own nurse ". */
const THEIR_OWN = /\b(?:their|his|her|its)\s+own\s+(?:[\p{L}-]+\s+)?[\p{L}-]+,?\s*$/iu;
const JOINS = /\b(?:joins|joined|joining)\s+(?:us|our\s+(?:[\p{L}-]+\s+){0,2}?(?:team|staff|practice|clinic|hospital|center|centre|unit|department))\b/iu;
const APPOSITIVE_PATIENT = /^\s*,[^,.;!?]*\b(?:a|our|the)\s+(?:[\p{L}-]+\s+)?patient\b(?!s)/iu;
/** Later in the sentence the person is said to be a patient: "Dot Sweeney, our volunteer, ... and she's now a patient in our cardiology clinic herself", "who spent two summers in our oncology unit as a patient". */
/** What follows "patient" in the name of a job: "patient advocate", "patient safety (officer)". */
const NOT_A_JOB = String.raw`(?!\s+(?:transporter|advocate|navigator|liaison|care\s+(?:tech|technician|assistant)|sitter|access|representative|rep|experience|relations|safety|services|educator|escort))`;
const BECAME_PATIENT_LATER = new RegExp(String.raw`\b(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are|\s+has\s+been|\s+have\s+been|\s+became)\s+(?:(?:now|also|since|herself|himself)\s+)*(?:a|an|our|one\s+of\s+our)\s+(?:[\p{L}-]+\s+)?patients?\b${NOT_A_JOB}|\bas\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?patient\b${NOT_A_JOB}`, "iu");
/** Someone who keeps coming to us: "(a party for Vern,) who's been coming to us for 15 years", "who's been coming to us three times a week since 2014". */
export const KEEPS_COMING = /\bwho(?:['’]s|\s+has)\s+been\s+coming\s+(?:to\s+us|here|in|to\s+our\s+(?:[\p{L}-]+\s+){0,2}(?:unit|center|centre|clinic|floor))\s+(?:(?:\d+|once|twice|two|three|four|five|six)\s+(?:times\s+)?a\s+(?:week|month)\s+)?(?:for|since|every)\b/giu;
/** That clause right after the name: "Mr. Cyrus Pham, who's been coming to us three times a week since 2014". */
const KEEPS_COMING_AFTER = new RegExp(String.raw`^\s*,\s*${KEEPS_COMING.source}`, "iu");
/** The one named is the subject, maybe after a clause set off by commas, and is said to be a patient: "Dr. Paul Ambrose, our chief of surgery for 20 years, is now our patient". */
const IS_NOW_PATIENT = new RegExp(String.raw`^(?:\s*,[^,.;!?]{1,80},)?\s+(?:is|was|became|has\s+become)\s+(?:(?:now|also|himself|herself)\s+)*(?:a|an|our|one\s+of\s+our)\s+(?:[\p{L}-]+\s+)?patients?\b${NOT_A_JOB}`, "iu");
/** "the Nguyen Family Foundation", "the Ferreira family foundation", "Hollis Memorial Library", "our Willow Creek care home": a name that an organization or building carries. */
const ORG_WORDS = String.raw`(?:Foundation|Fund|Trust|Scholarship|Endowment|Center|Centre|Pavilion|Wing|Hall|Institute|Library|Awards?|Prize|Lecture|Rotary|Kiwanis|Guild|Club|Society|Association)\b`;
const ORG_AFTER = new RegExp(String.raw`^\s+(?:(?:Family|Memorial|Brothers)\s+)?${ORG_WORDS}|^\s+(?:family\s+)?(?:foundation|trust|scholarship|endowment|charitable\s+fund)\b|^\s+(?:care|nursing|retirement)\s+home\b|^\s+(?:assisted|senior)\s+living\b`);
/** A first name and a surname that is also a building's or a wing's word: "Sadie Hall", "Anthony Wing" (not "Carnegie Hall"). */
function givenAndSurname(value: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)\s+(?:Hall|Wing)$/u.exec(value);
  return m !== null && isFirstName(m[1].toLowerCase());
}
/** "Champion of the Year", "Volunteer of the Month": an award's title. */
export const AWARD_AFTER = /^\s+of\s+the\s+(?:Year|Month|Week|Quarter)\b/;
/** "Daisy Award": the match itself ends in an organization's word. */
const ORG_END = new RegExp(String.raw`\s${ORG_WORDS}$`);
/** A business's last word: "(The) Westbrook Diner (cook)", "Harbor Grill". */
const BUSINESS_END = /\s(?:Diner|Bakery|Cafe|Café|Restaurant|Grill|Pizzeria|Deli|Tavern|Pub|Brewery|Market|Grocery|Salon|Barbershop|Garage|Motors|Hotel|Motel|Inn|Bank|Pharmacy|Hardware)$/u;
/** An animal named right beside its name: "therapy dog Biscuit", "a therapy dog named Pickles", "Biscuit, our therapy dog". */
const ANIMAL = String.raw`(?:therapy|service|facility)\s+(?:dog|pup|puppy|cat|horse|animal)`;
const ANIMAL_BEFORE = new RegExp(String.raw`\b${ANIMAL}\s*,?\s*(?:(?:named|called)\s+)?$`, "i");
const ANIMAL_AFTER = new RegExp(String.raw`^\s*,?\s*(?:(?:is\s+)?(?:our|the|a)\s+)?(?:[\p{L}'’-]+\s+){0,3}${ANIMAL}\b`, "iu");
const ORG_CUE = new RegExp([
  String.raw`\b(?:call|text|contact|reach|email|e-mail|visit|find|follow|message|dm)\s+(?:us|our)\b`,
  // "our pharmacy", not "our pharmacy team" (people, not a place or a line).
  String.raw`\bour\s+(?:[\p{L}-]+\s+){0,2}(?:clinics?|hospitals?|office|center|centre|campus|locations?|line|desk|advocate|website|site|page|pharmacy|lab|foundation|urgent\s+cares?|walk-in)\b(?!\s+(?:team|staff|crew|nurses|doctors|techs?|technicians|volunteers|directors?|managers?)\b)`,
  String.raw`\bto\s+(?:reserve|schedule|book|register|rsvp|sign\s+up|make\s+an\s+appointment|learn\s+more|find\s+out|donate|volunteer)\b`,
  // "RSVP at nicu-reunion.example.org", "register at ...": where the reader answers an invitation.
  String.raw`\b(?:rsvp|register|sign\s+up|enroll|apply|donate|order)\s+(?:online\s+)?(?:at|on|via|by\s+(?:calling|emailing))\b`,
  String.raw`\b(?:appointments?|reservations?|registration|walk-ins?|open\s+house|join\s+us|free|toll[- ]free|hotline|helpline|main\s+line)\b`,
].join("|"), "iu");
/** A birthday or anniversary wished to the organization: "(100th birthday) to our hospital", "(97th) to St. Mary's Hospital", "to us". */
const ORG_BIRTHDAY = /^\s*(?:birthday|anniversary)?\s*,?\s+to\s+(?:us\b|our\s+(?:[\p{L}'’-]+\s+){0,3}(?:hospital|center|centre|clinic|unit|wing|building|home|foundation|campus|practice|department|program|auxiliary)\b|(?:the\s+)?(?:\p{Lu}[\p{L}.'’]*\s+){1,4}(?:Hospital|Center|Centre|Clinic|Health|Foundation)\b)/u;
/** A second name paired with the first, before a comma: " and Matteo Lenz", " & Dr. Ana Ruiz". */
const PAIRED_NAME = /^\s+(?:and|&)\s+(?:(?:Dr|Mr|Mrs|Ms|Mx)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?=,)/u;
/** A room put to another use: "(Room 314) is now our new family lounge", "will become a lactation room". */
const ROOM_REPURPOSED = /^(?:\s+(?:in|on|at)\s+(?:our|the)\s+[\p{L}\d&-]+(?:\s+[\p{L}\d&-]+)?)?\s+(?:has\s+been|have\s+been|was|were|is\s+being|will\s+be|got|gets)\s+(?:(?:fully|completely|newly)\s+)?(?:renovated|remodel(?:l)?ed|repainted|painted|refurbished|upgraded|deep-cleaned|closed|reopened|updated|redone|rebuilt|refreshed)\b|^(?:\s+(?:in|on|at)\s+(?:our|the)\s+[\p{L}\d&-]+(?:\s+[\p{L}\d&-]+)?)?\s+(?:(?:just|recently)\s+)?(?:has|got|gets|now\s+has)\s+(?:a\s+)?(?:new|fresh)\s+(?:[\p{L}-]+\s+)?(?:mural|paint|furniture|flooring|floors|look|beds?|chairs?|tvs?|monitors?|equipment|windows?|lighting|art|artwork|makeover)\b|^\s+(?:is\s+now|will\s+(?:be|become)|has\s+become|became|is\s+being\s+(?:turned|made)\s+into|(?:has\s+been\s+)?(?:turned|converted|made)\s+into)\s+(?:our|a|an|the)\s+(?:new\s+)?(?:[\p{L}-]+\s+){0,2}(?:lounge|office|room|space|library|chapel|pantry|closet|gym|kitchen|classroom|studio|suite|storage)\b/iu;
const TOLL_FREE = /^(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]/;

const norm = (s: string) => s.toLowerCase().replace(/\b(?:dr|mr|mrs|ms|mx|prof|rn|md)\b\.?/g, "").replace(/[^\p{L}\p{N}@.]+/gu, " ").trim();
const digits = (s: string) => s.replace(/\D/g, "");

/** Said to be a patient in its own sentence, after the name: "Vernon Shaw, our longest-serving volunteer and a patient in our hospice", "Greta first came to us as a patient", "Dr. Paul Ambrose, our chief of surgery, is now our patient", "Mr. Cyrus Pham, who's been coming to us since 2014". */
export function becomesPatient(text: string, d: Span, sentence: Span): boolean {
  return APPOSITIVE_PATIENT.test(text.slice(d.end, Math.min(sentence.end, d.end + 48)).replace(/\|/g, ",")) || BECAME_PATIENT_LATER.test(text.slice(d.end, sentence.end)) || IS_NOW_PATIENT.test(text.slice(d.end, sentence.end)) || KEEPS_COMING_AFTER.test(text.slice(d.end, sentence.end));
}

/**
 * Why an identifier belongs to someone who is not a patient (staff, the
 * organization, a public figure, not a person), or undefined when it may be a patient's.
 */
export function roleOf(d: Detection, text: string, sentence: Span, people: People): string | undefined {
  const value = text.slice(d.start, d.end);
  // A table's cells read as a list: "| Ray Alvarez | Volunteer of the year |".
  const before = text.slice(Math.max(sentence.start, d.start - 32), d.start).replace(/\|/g, ",");
  const after = text.slice(d.end, Math.min(sentence.end, d.end + 48)).replace(/\|/g, ",");
  const whole = text.slice(sentence.start, sentence.end);
  switch (d.rule.category) {
    case "name":
    case "handle": {
      // "our Patient Champion of the Year award": a capitalised title of an award, no one's name.
      if (AWARD_AFTER.test(after)) return "not a person: part of an award's name";
      if (contextTerms("patient-words").spans(before).length) return undefined;
      if (d.rule.category === "handle" && OUR_ACCOUNT.test(before)) return "the organization's own account";
      // "Vernon Shaw, our longest-serving volunteer and a patient in our hospice": the appositive says patient.
      if (becomesPatient(text, d, sentence)) return undefined;
      // "@rosie_posie We miss you on 7 North, Rosie! Enjoy your retirement": the one addressed is a colleague retiring.
      if (sentence.start === 0 && RETIRED_READER.test(text)) return "staff: retiring";
      if (TITLE.test(value)) return `staff: titled "${value.split(/\s/)[0]}"`;
      // "PER DR. HANLEY": a note in capitals whose name was found without its title.
      const titledBefore = TITLE_BEFORE.exec(before);
      if (titledBefore) return `staff: titled "${titledBefore[1]}"`;
      const label = STAFF_LABEL.exec(text.slice(Math.max(0, d.start - 40), d.start));
      if (label && ON_DUTY_END.test(text.slice(d.end, d.end + 40))) return `staff: labelled "${label[1]}"`;
      const listed = people.staff.find((s) => norm(s) !== "" && (norm(s).includes(norm(value)) || norm(value).includes(norm(s))));
      if (listed) return "staff: listed in the config";
      const credential = CREDENTIAL_AFTER.exec(after);
      if (credential) return `staff: "${credential[0].replace(/[\s,]/g, "")}"`;
      const title = lastTerm("public-titles", before) ?? leadingTerm("public-titles", value);
      if (title) return `public figure: "${title}"`;
      const titled = lastTerm("staff-words", before) ?? leadingTerm("staff-words", value);
      // "Staff Sgt. Maria Gonzales": a military rank, not our staff. "the choir, who sang for their own director, Marlene": someone else's.
      if (titled && !(titled === "staff" && /^(?:Sgt\.?|Sergeant)\s/.test(value)) && !THEIR_OWN.test(before)) return `staff: "${titled}"`;
      // "Jenna Cole, who started in March, is our new charge nurse": a clause about her may come before what she is.
      const afterClause = text.slice(d.end, Math.min(sentence.end, d.end + 120)).replace(/\|/g, ",").replace(WHO_CLAUSE, "");
      // "Hi Ron, the dermatologist confirmed ...": a greeting's name is the reader's, and what follows it a new clause.
      const greeted = GREETED.test(before);
      // "Mrs. Ida Lee, 101, who told our nurses ...": a clause of what someone did with staff does not make them staff (but "who leads our ...").
      const withStaff = WITH_STAFF_CLAUSE.test(after);
      const role = (greeted || withStaff ? undefined : staffAfter(after, STAFF_APPOSITIVE)) ?? staffAfter(afterClause, STAFF_PREDICATE);
      if (role) return `staff: "${role}"`;
      // "Marco and Matteo Lenz, our new surgical techs": the first of a pair, when the role after them is plural.
      const pair = greeted ? null : PAIRED_NAME.exec(after);
      const theirs = pair ? staffAfter(after.slice(pair[0].length), STAFF_APPOSITIVE) : undefined;
      if (theirs && /s$/.test(theirs)) return `staff: "${theirs}"`;
      if (JOINS.test(after)) return "staff: joins the team";
      const service = FROM_SERVICE.exec(after);
      if (service) return `staff: "${service[1].toLowerCase()}"`;
      // "Thanks to Jess on 4W for organizing the toy drive", a kudos list's "- To Jess on 4W for catching ...": credited for work on a unit.
      if (CREDITED_BEFORE.test(before) && WORK_ON_UNIT.test(after) && !/^(?:Mr|Mrs|Ms|Mx|Miss)\b/.test(value)) return "staff: credited for work on a unit";
      if (RETIRING.test(before)) return "staff: retiring";
      // "Tyler Brooks, 16, who volunteered 200 hours at our children's hospital": a volunteer here.
      if (VOLUNTEERED_HERE.test(after)) return "staff: volunteers here";
      // "Officer Ray Castillo, for teaching our trauma nurses ...": someone of the community, by their title, who taught our staff (not a resident who did).
      if (TAUGHT_OUR_STAFF.test(after) && contextEntries("community-roles").has(value.split(/\s+/)[0].replace(/\.$/, "").toLowerCase())) return "a guest who taught our staff";
      if (ANIMAL_BEFORE.test(before) || ANIMAL_AFTER.test(after)) return "not a person";
      // "a Santa Claus from the Maplewood Mall": someone who plays the character is a person.
      if (HOLIDAY_CHARACTER.test(value) && !/\b(?:a|an|one|our\s+local|the\s+mall['’]s)\s+$/i.test(before)) return "not a person: a holiday character";
      // A business named for its owner stays theirs: "the owner of Rosa's Bakery".
      if (ORG_AFTER.test(after) || (ORG_END.test(value) && !givenAndSurname(value)) || (BUSINESS_END.test(value) && !/['’]s\s/.test(value))) return "not a person: part of an organization's name";
      if (/^['’]s?\s+Day\b/.test((/['’]s?$/.exec(value)?.[0] ?? "") + after)) return "not a person: a holiday's name";
      // "the Riverton Robins", "the Lakeside Lions": a plural name after "the" is a team's or a band's.
      if (/\bthe\s+$/i.test(before) && /\s\p{Lu}\p{Ll}+[^s'’\s]s$/u.test(value)) return "not a person: a team's name";
      return undefined;
    }
    case "photo":
      return showsNoOne(value) ? "not a person: the image's description shows no one" : undefined;
    case "age":
      // "Happy 100th birthday to our hospital!": an organization's age, no one's.
      return ORG_BIRTHDAY.test(after) ? "not a person: an organization's birthday" : undefined;
    case "other-id":
      // "Room 314 is now our new family lounge", "Bay 3 in our ED has been renovated", "Room 10 on our peds floor has a new mural", "just got a new mural": a room given another use or rebuilt is part of the building, no one's.
      return ROOM_REPURPOSED.test(after) ? "not a person: a room of the building" : undefined;
    case "phone":
    case "email":
    case "url":
    case "location": {
      const org = people.organization;
      if (d.rule.category === "phone" && (org.phones.some((p) => digits(p).length >= 7 && digits(value).endsWith(digits(p))) || TOLL_FREE.test(value))) {
        return "the organization's own number";
      }
      if (org.domains.some((dom) => value.toLowerCase().includes(dom.toLowerCase()))) return "the organization's own domain";
      if ([...org.addresses, ...org.names].some((a) => norm(a) !== "" && (norm(value).includes(norm(a)) || norm(a).includes(norm(value))))) {
        return "the organization's own details";
      }
      const cue = ORG_CUE.exec(whole);
      return cue ? `the organization's details: "${cue[0].toLowerCase()}"` : undefined;
    }
    default:
      return undefined;
  }
}

/** Someone who gave us their time, right after their name: "(Tyler Brooks), 16, who volunteered 200 hours at our children's hospital", "(Ana Ruiz) has volunteered in our NICU since 2019". */
const VOLUNTEERED_HERE = /^\s*(?:,\s*\d{1,3}\s*)?,?\s*(?:who\s+)?(?:has\s+|have\s+)?volunteer(?:s|ed)\b[^.!?,;]{0,30}?\b(?:at|in|on|with)\s+(?:our|the)\b/i;
/** Someone who taught or trained our staff, right after their name: "(Officer Ray Castillo,) for teaching our trauma nurses about ...", "(Chief Ana Ruiz) trained our ED staff". */
const TAUGHT_OUR_STAFF = /^\s*,?\s*(?:for\s+|who\s+)?(?:taught|teaching|teaches|trained|training|trains|spoke\s+to|speaking\s+to|presented\s+to|drilled)\s+(?:our|the)\s+(?:[\p{L}&-]+\s+){0,2}(?:nurses|staff|team|doctors|physicians|students|medics|EMTs|paramedics|techs|volunteers)\b/iu;
/** Characters of the holidays whom staff dress up as: "Santa and Mrs. Claus", "the Easter Bunny". */
const HOLIDAY_CHARACTER = /^(?:Mrs\.?\s+Claus|Santa(?:\s+Claus)?|Saint\s+Nick|Father\s+Christmas|Easter\s+Bunny|Tooth\s+Fairy|Frosty)$/;
/** "She" or "he" opening the sentence after a name, and what they are here: "She's our returning charge nurse". */
const PRONOUN_IS_STAFF = /^\s*(?:she|he)(?:['’]s|\s+is|\s+has\s+been)\s+(?:our|a|an|one\s+of\s+our)\s+(?:(?:new|longtime|lead|head|senior|chief|returning)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** The staff word a sentence opening on "she" or "he" gives the one named just before: "Please welcome Janssen Jones back to 5B! She's our returning charge nurse". */
export function staffToldNext(next: string): string | undefined {
  return staffAfter(next, PRONOUN_IS_STAFF);
}

/** A staff word that the words after a name lead up to: ", our new charge nurse", " is our lead pharmacist". */
function staffAfter(after: string, leadIn: RegExp): string | undefined {
  const s = contextTerms("staff-words").spans(after).find((t) => leadIn.test(after.slice(0, t.start)));
  return s && after.slice(s.start, s.end).toLowerCase();
}

/** A term from the list that opens the matched name itself: "Senator Rhodes", "Chaplain Eli Ross". */
function leadingTerm(list: "public-titles" | "staff-words", value: string): string | undefined {
  const first = contextTerms(list).spans(value)[0];
  // A title that is the whole name is a surname: "Bishop in trauma 2 is a frequent visitor".
  return first?.start === 0 && /\S/.test(value.slice(first.end)) ? value.slice(0, first.end).toLowerCase() : undefined;
}

/** A heading word after a role that says whom a notice is for or between whom it passes, what kind of post it is, or that the role sent word: "Staff reminder: ", "Nursing update: ", "MD to MD handoff: ", "Nurse life: ", "Tele monitor tech called: ". */
const NOTICE_FOR = /^\s+(?:reminders?|updates?|notes?|notices?|alerts?|memos?|announcements?|huddles?|meetings?|bulletins?|news|briefings?|fyi|psa|only|handoffs?|hand-offs?|sign-?outs?|reports?|rounds|census|life|diar(?:y|ies)|tales|stories|problems|thoughts|vibes|moments?|mood|called|calls|says|said|paged|reported|asks|asked|wants|noted)\s*:/i;

/** A term from the list that ends the text (ignoring punctuation): "nurse manager" in "Congrats to nurse manager ". */
function lastTerm(list: "staff-words" | "public-titles", before: string): string | undefined {
  const spans = contextTerms(list).spans(before);
  const last = spans[spans.length - 1];
  if (!last) return undefined;
  // Right before the name ("nurse manager Keisha", "Dr. Lee"), or as a heading ("Volunteer spotlight: Ruth"), but not a
  // heading that says who a notice is for ("Staff reminder: Ms. Grant in the burn unit ...") or who sent word ("Tele monitor tech called: Rosen in 14 had a pause").
  // A list of names may follow the role: "Volunteers Ann and Bob Kim", "two of our nurses, Kevin and Jo Park", "our ER nurses, Daniel Moss and Kim Lee".
  const rest = before.slice(last.end);
  if (!/^(?:[\s,.-]*|\s+[\p{L}'’-]+\s*:\s*|[\s,]+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:and|&)\s+)$/u.test(rest) || NOTICE_FOR.test(rest)) return undefined;
  // A title's own name before a heading's colon: "Reminder from Dr. Ng: Solberg's sutures ..." tells of Solberg, not of a doctor.
  if (/\.$/.test(before.slice(last.start, last.end)) && /^\s+\p{Lu}[\p{L}'’-]*\s*:/u.test(rest)) return undefined;
  return before.slice(last.start, last.end).toLowerCase();
}

/** Things a word for a person may tell the kind of: "baby blankets", "Santa hats", "patient gowns". */
const THING = /^(?:(?:blanket|hat|cap|bottle|gown|onesie|sock|bootie|mitten|toy|book|card|chair|seat|bed|crib|kit|bag|gift|quilt|shoe|costume|decoration|ornament|stocking|wreath|tree|light|sign|basket|package|sweater|pajama|bracelet)s?|clothes|scrubs|supplies|formula)[.,;]?$/i;
/** Words that put someone in a picture: "smiling", "our team", "she", a part of someone's body ("lower leg before and after"). */
const SOMEONE = /\b(?:he|she|they|him|her|his|them|their|we|us|me|my|people|person|persons|team|group|crowd|staff|everyone|friends|volunteers|visitors|guests|members|heroes|hero|portrait|selfie|faces?|hands?|arms?|legs?|feet|foot|toes?|knees?|skin|wounds?|scars?|incisions?|belly|bump|tummy|body|eyes?|smil\w*|hug\w*|holding|posing|waving|celebrat\w*|cheering|laughing|sitting|standing|lying|walking|playing|dancing|graduat\w*)\b/i;
const PEOPLE_LISTS = ["person-nouns", "patient-words", "staff-words", "community-roles", "public-titles"] as const;

/**
 * An image whose description names only things and places: "A sunny birthing
 * suite with a rocking chair", "Empty new incubators lined up in the NICU", "A stack of baby blankets in the NICU"
 * (a word for a person that tells a thing's kind shows no one). A missing or one-word description, a capitalised
 * word past its first (a name, maybe), any word for a person or a condition ("a broken femur") keeps it a
 * possible photo of someone.
 */
function showsNoOne(image: string): boolean {
  // The post's text keeps only what is published of an image, its alt text (and title).
  const alt = image.replace(/[!\[\]]/g, " ").trim();
  const words = alt.split(/\s+/).filter(Boolean);
  // A capital inside the description is a name; so is a first word outside the dictionary ("Priya at the finish line").
  // An acronym or a capital letter alone is none ("in the NICU", "X-ray machine in the ER").
  // Nor is a word that tells what kind of thing is shown ("Santa hats on a NICU counter", "a Christmas tree in the lobby").
  // A first name that is an everyday word too names someone doing something: "Victor singing in the chapel", "Grace at the finish line".
  const first = words[0] ?? "";
  const named = words.slice(1).some((w, i) => /^\p{Lu}\p{Ll}+$/u.test(w) ? !THING.test(words[i + 2] ?? "") : /^\p{Lu}\p{Ll}/u.test(w)) ||
    (/^\p{Lu}\p{Ll}+$/u.test(first) && (!isEnglishWord(first.toLowerCase()) || (isFirstName(first.toLowerCase()) && /^(?:\p{Ll}+ing|with|and|at|on|after|holding)$/u.test(words[1] ?? ""))));
  if (words.length < 3 || named || SOMEONE.test(alt)) return false;
  const person = (s: Span) => !THING.test(/^\s+(\S+)/.exec(alt.slice(s.end))?.[1] ?? "");
  // An illness that names a place shows no one's: "The bell in our pediatric cancer center".
  const illness = contextTerms("conditions").spans(alt).filter((s) => !/^\s+(?:center|centre|unit|clinic|ward|floor|program|institute|wing)\b/i.test(alt.slice(s.end)));
  return PEOPLE_LISTS.every((list) => !contextTerms(list).spans(alt).some(person)) && illness.length === 0;
}
