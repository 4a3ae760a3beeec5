import type { Span } from "../documents/document.js";
import { contextTerms } from "./lists.js";

/**
 * Shorthand beyond the list's words: a dose ("1.25 g", "40 mg"), a lab value, a body mass index or an ejection fraction ("K 6.4", "hgb 6.8", "INR 2.4", "BMI 52", "EF 30%"), an order placed ("consult placed"),
 * a vital sign or a score ("BP 82/50", "sats 88%", "temp is 38.9", "spiked to 39.4", "2L NC", "O2 2L", "92% RA", "GCS 7"), oxygen by the litre ("placed on 4L"), a dosing interval ("q12", "q4h"), the day after an
 * operation ("POD2"), weeks of a pregnancy ("38w"), a case's age and sex ("62M", "19yo"), a pain score ("pain 7/10"), a symptom controlled or hours slept ("pain controlled", "slept 6 hrs"), doses counted ("given x1") and slashed forms ("s/p", "f/u", "r/o", "c/o", "h/o", "d/c", "n/v", "w/wo"), a side and a part ("L knee").
 */
const SHORTHAND = [
  /\b\d+(?:\.\d+)?\s?(?:mg|mcg|mEq|mL|units)(?![\p{L}\d])/gu,
  /\b\d\.\d{1,2}\s?g\b/g,
  /\b(?:K\+?|Na|Mg|Hgb|hgb|Hct|WBC|ANC|Plt|INR|Trop|trop|BNP|lactate|Cr|BG|A1c|glucose|BMI|EF)\s(?:of\s|[<>]=?\s?)?\d+(?:\.\d+)?\b/g,
  /\b(?:[Cc]onsults?|[Oo]rders?|[Rr]eferrals?)\s(?:placed|entered|put\sin)\b/g,
  /\b(?:BP|SBP|pressures?|(?:hypo|hyper)tensive)\b[^.;,\n]{0,16}?\d{2,3}\/\d{2,3}\b|\b(?:HR|RR|SpO2|sats?)\s\d{2,3}\b|\b(?:[Tt]emp(?:erature)?\s(?:is\s|of\s)?|spiked\s(?:to\s|a\s(?:temp|fever)\sof\s))(?:3[5-9]|4[0-2]|9\d|10[0-7])(?:\.\d)?\b|\b\d{2,3}%\s?(?:on\s)?(?:RA|\d\s?L)\b|\b\d\s?L\s?NC\b|\bO2\s(?:at\s)?\d{1,2}\s?L\b/g,
  /\bq\s?\d{1,2}(?:h|hr|hrs)?\b/g,
  /\b(?:on|to)\s\d{1,2}\s?L\b/g,
  /\b(?:GCS|ICP|CVP|MAP|RASS|CIWA|COWS)\s?(?:of\s)?-?\d{1,2}\b/g,
  /\bPOD\s?#?\d{1,2}\b/g,
  /\b(?:2[2-9]|3\d|4[0-2])w(?:[0-6]d)?\b/g,
  /(?<=\s)x[1-9]\b/g,
  /(?<![$€£]\s?|[\d.,])\b\d{1,3}(?:[MF]|\s?(?:yo|y\/o))\b(?![\p{L}\d])/gu,
  /\bpain\s(?:score\s)?\d{1,2}\/10\b/gi,
  /\b(?:pain|nausea|sugars|BPs?)\s(?:well\s|poorly\s|now\s)?controlled\b|\bslept\s\d{1,2}(?:\.\d)?\s?(?:hrs?|h|hours)\b/gi,
  /(?<![\p{L}/])(?:s\/p|f\/u|r\/o|c\/o|h\/o|d\/c|n\/v|w\/u|w\/wo)(?![\p{L}/])/giu,
  /\b[LR]\s(?:knee|hip|shoulder|ankle|wrist|elbow|leg|arm|foot|hand|lung|breast|kidney|eye|ear)\b/g,
];

/** What a note says was done with a drug, right after it. */
const DOSE_DONE = /^\s(?:given|held|hung|pushed|due|started|stopped|restarted|titrated)\b/;
/** What a note says to do with a drug, right before it: "Hold heparin at 0600", "restart his metoprolol". */
const DOSE_ORDERED = /(?:^|[\s.;:,])(?:[Hh]old|[Hh]olding|[Rr]estart|[Rr]esume|[Dd]\/c|[Tt]itrate)\s(?:the\s|his\s|her\s|their\s)?$/;

/** A block laid out as a note: a heading's colon (before its entry or its line's end), a bulleted or numbered entry, entries after semicolons, a room, bed or chair by number, a 24-hour time. */
const LAID_OUT = [
  /(?:^|\n)[^:\n]{1,40}:(?:[^\S\n]|\n)/,
  /(?:^|\n)[^\S\n]*(?:[-*•]|\d{1,2}[.)])[^\S\n]/,
  /;/,
  /\b(?:[Rr]m|[Rr]oom|[Bb]ed|[Bb]ay|[Cc]hair|[Ss]lot|OR|ED|ER|[Tt]rauma|[Rr]esus|[Tt]riage)\s?#?\d{1,4}[A-Za-z]?\b|\bin\s\d{1,3}[A-Z]?\b|(?:^|[:;,]\s?)\d{1,2}[A-H]\s/,
  /(?:^|[\s(])(?:[01]\d|2[0-3])[0-5]\d(?=[\s,;)]|\.(?!\d)|$)|\b\d{1,2}:\d{2}\b/,
];

/** A blank line, maybe holding spaces, which ends a block of lines. */
const BLANK_LINE = /\n[^\S\n]*\n/;

export interface NoteBlock extends Span {
  /** The first shorthand found, for the finding's reason. */
  cue: string;
}

/**
 * The blocks of a draft (runs of lines without a blank one between) that read as an internal clinical note:
 * two kinds of shorthand public posts do not use, or one in a block laid out as a note. Anyone named there
 * who is not staff is a patient: "Night shift handoff: 3B Okonjo - hgb 6.8, 1 unit PRBC hanging",
 * "Pharmacy please verify: Gruber 412 vanc 1.25 g q12".
 */
export function noteBlocks(text: string): NoteBlock[] {
  const out: NoteBlock[] = [];
  const blank = new RegExp(BLANK_LINE.source, "g");
  let start = 0;
  for (let m = blank.exec(text); ; m = blank.exec(text)) {
    const end = m ? m.index : text.length;
    const block = text.slice(start, end);
    const cues = new Set<string>();
    let first: { at: number; cue: string } | undefined;
    const found = (at: number, cue: string) => {
      cues.add(cue.toLowerCase());
      if (!first || at < first.at) first = { at, cue };
    };
    for (const s of contextTerms("note-shorthand").spans(block)) found(s.start, block.slice(s.start, s.end));
    for (const re of SHORTHAND) for (const hit of block.matchAll(re)) found(hit.index, hit[0]);
    // A drug and what was done with it or is to be: "Zofran given at 1600", "Keppra due at 0200", "heparin held", "Hold heparin at 0600".
    for (const s of contextTerms("medications").spans(block)) if (DOSE_DONE.test(block.slice(s.end, s.end + 12)) || DOSE_ORDERED.test(block.slice(Math.max(0, s.start - 16), s.start))) found(s.start, block.slice(s.start, s.end));
    if (first && (cues.size >= 2 || LAID_OUT.some((re) => re.test(block)))) out.push({ start, end, cue: first.cue });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

/**
 * Words of staff talking among themselves about a ward's day: its shifts and roles, its services, its rules for visitors, the chart.
 * Public posts about a donor or a teacher do not use them of the person they name.
 */
const WARD_TALK = /\b(?:charge\s+(?:nurse|RN)|ok\s+with\s+charge|(?:day|night|next|evening)\s+(?:shift|crew|team)|(?:for|to|on)\s+(?:days|nights)|the\s+(?:resident|attending|hospitalist|house\s+supervisor|surgeon)|infection\s+control|dietary|face\s?sheet|(?:his|her|the)\s+chart|call\s+light|visiting\s+hours|visitor\s+list|bed\s+alarm|pre-?op|post-?op|the\s+unit|transport|front\s+desk|podiatry|child\s+life|chaplain|social\s+work|case\s+management|interpreter(?:\s+line)?|restraints?|incident\s+report|let\s+(?:him|her|them)\s+in|visit(?:s|ing|ors?)?|video\s+call|FaceTime|med\s+rec|redirect(?:s|ing)?|reorient(?:s|ing)?|(?:the\s+)?family\s+(?:is|are|comes|arrives|called|wants|will)|stay(?:s|ing)?\s+overnight|overnight\s+stay|(?:give|gave|giving|share|shared|sharing|have|get)\s+(?:out\s+|him\s+|her\s+|them\s+)?(?:any|no)\s+info(?:rmation)?|re-?assess(?:ing)?|roommate|dietitian|family\s+(?:meeting|conference)|since\s+(?:he|she|they)\s+(?:got\s+here|came\s+in|was\s+admitted|were\s+admitted)|living\s+will|advance\s+directive|code\s+status|POLST|MOLST|(?:while|since)\s+(?:she|he|they)['’](?:s|ve)\s+been\s+(?:in\s+)?here|(?:protective|no-?contact)\s+order|shift\s+change|nurses['’]?\s+station|(?:move|moving|moved|transfer)\s+(?:him|her|them)\s+to\s+(?:room\s+)?\d{1,3}[A-Z]?|at\s+the\s+(?:nurses['’]?\s+)?(?:desk|station)|(?:don['’]t|do\s+not)\s+wake\s+(?:him|her|them)|funeral\s+(?:home|arrangements)|decedent\s+affairs|the\s+morgue|post-?mortem\s+care|document\s+(?:all\s+|every\s+|each\s+|the\s+)?(?:refusals?|everything)|after\s+hours|(?:discuss|discussing|talk\s+about|mention)\s+(?:his|her|their|the|(?:Mr|Mrs|Ms|Miss)\.?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?['’]s)\s+(?:(?:dad|mom|father|mother|wife|husband|son|daughter)['’]s\s+)?case|(?:calm|calms|calming|settle|settles|settling|soothe|soothes|soothing)\s+(?:him|her|them)\b|(?:turn|turns|turning|reposition|repositioning|boost|boosting)\s+(?:him|her|them)|allowed\s+(?:in|to\s+visit)|restraining\s+order|chart(?:ing)?\s+(?:carefully|it|everything)|on\s+tele(?:metry)?|contact\s+list|family\s+(?:room|lounge)|(?:hold|holding|held|do|get|check|grab|cluster)\s+(?:(?:her|his|their|the)\s+)?vitals|assignments?|pet\s+policy|(?:remind|tell|update|call|ask)\s+the\s+family|(?:hasn['’]t|has\s+not|never|won['’]t)\s+left\s+(?:his|her|their)\s+side|[Pp]sych\s+(?:is\s+)?(?:coming|consult|eval|saw|will)|security\s+(?:has|have|knows|is|was|will|has\s+been)|(?:asking|asked|called)\s+for\s+(?:an\s+)?updates?|care\s+conference|(?:in|into|with|from)\s+the\s+(?:dirty\s+)?linens?|goals[\s-]+of[\s-]+care\s+(?:meeting|conversation|talk)|(?:reassure|reassures|reassuring)\s+(?:him|her|them)|(?:his|her|their)\s+belongings|(?:getting|gets|got|is|was|became)\s+(?:more\s+|very\s+|really\s+|a\s+bit\s+|so\s+)?(?:agitated|combative|delirious|sundowning|restless)|(?:gained|lost)\s+\d{1,2}\s+(?:pounds|lbs?|kg)|heads\s+up|FYI|can\s+(?:someone|somebody|anyone)|(?:does\s+)?anyone\s+know|(?:not\s+)?on\s+the\s+(?:HIPAA\s+)?release|release\s+form|HIPAA\s+(?:release|form|authori[sz]ation)|nothing\s+to\s+share|(?:manager|charge(?:\s+nurse)?|house\s+supervisor)\s+(?:said|says|approved|okayed|ok['’]d)|(?:the\s+)?(?:night|day|evening)\s+nurse|(?:keep|leave|kept|left)\s+(?:the|his|her|their)\s+door\s+(?:open|cracked|closed|shut)|(?:tray|bedside|overbed)\s+table|hospitalist|against\s+(?:medical\s+)?advice|(?:manager|charge|security|house\s+supervisor|team|MD|provider|doc|doctor|resident|attending|NP|PA)\s+(?:is\s+)?(?:aware|notified|paged|updated|on\s+standby)|ethics\s+(?:consult|committee)|consults?\s+(?:placed|requested|ordered|called)|manager\s+(?:needs|wants|will|should)\s+to\s+(?:call|talk|speak)|(?:ask|asked|check\s+with|talk\s+to)\s+(?:the\s+)?(?:manager|charge(?:\s+nurse)?|house\s+supervisor)|comfort\s+care|back\s+from\s+(?:IR|CT|MRI|the\s+OR|OR|PACU|dialysis|cath\s+lab|x-?ray|endo(?:scopy)?)|groin\s+site|team\s+(?:hasn['’]t|has\s+not|haven['’]t)\s+(?:said|told|decided)|(?:not\s+to|don['’]t|do\s+not)\s+tell\s+(?:her|his|their)\s+(?:kids|family|husband|wife|son|daughter|children|parents)|(?:called|calling|calls)\s+(?:for\s+)?(?:the|a|his|her)\s+nurse|(?:the|his|her|their)\s+whiteboard|hospital\s+gowns?|(?:hospital\s+|ID\s+)?(?:bracelet|armband|wristband)|re-?band|(?:PT|OT|RT|music\s+therapy|art\s+therapy|pharmacy|dietary|speech|resp)\s+(?:said|says)\s+(?:yes|no|ok|okay|it['’]s)|if\s+(?:anything|something)\s+changes|(?:been|was|is)\s+here\s+(?:\d{1,2}|two|three|four|five|six|a\s+few|several)\s+(?:days|weeks|nights)|(?:mark|flag|list)\s+(?:her|him|them)\s+as\s+(?:confidential|private|no-?info|no\s+publicity)|(?:assign|assigned|assigning)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:nurse|aide|sitter|tech)|low(?:est)?\s+position|(?:fall\s+)?mats\s+(?:down|in\s+place)|fall\s+mats?|(?:bed|side)\s+rails?)\b/iu;
/** The ward's abbreviations, in capitals only: health information management, a power of attorney, the nurse practitioner, social work. */
const WARD_ABBREVIATIONS = /\b(?:HIM|POA|NP|SW)\b/u;
/** What only someone staying in our care has, told of someone titled or known by surname alone: their family, their belongings, what they keep asking for, their sleep, a birthday ("Mrs. Fenwick's son", "Mr. Holloway keeps asking", "Ms. Fontaine sleepwalks", "fell asleep holding her rosary", "Mr. Adeyemi turns 70 today"). */
const STAY_FRAME = /^(?:['’]s\s+(?:\d{1,2}[\s-]+(?:month|year|week)[\s-]+old\s+)?(?:son|daughter|wife|husband|family|brother|sister|partner|boyfriend|girlfriend|granddaughter|grandson|grandkids|grandchildren|kids|children|mom|mother|dad|father|niece|nephew|pastor|rabbi|priest|imam|dog|cat|POA|proxy|neighbou?r|ex|ex-wife|ex-husband|fianc[ée]e?|belongings|glasses|dentures|teeth|hearing\s+aids?|walker|tray|room|bed|visitors?|(?:wedding\s+)?ring|rosary|wallet|purse|insurance|paperwork|discharge|transfer|translator|interpreter|consent|case|chart|diagnosis|prognosis|results|hair|cardiologist|oncologist|surgeon|nephrologist|neurologist|pulmonologist|PCP|attending|parole\s+officer|probation\s+officer|case\s?worker|lawyer|attorney|guardian|church|choir|congregation)\b|\s+(?:keeps\s+(?:asking|pressing|calling|saying|taking|pulling|removing)|has\s+been\s+(?:asking|calling|requesting|refusing|crying|yelling)|told\s+(?:me|us|his|her|their|the)|gets\s+(?:really\s+|very\s+|so\s+)?(?:anxious|agitated|confused|upset|scared)|didn['’]t\s+(?:touch|eat|finish)\s+(?:her|his|their)\s+(?:breakfast|lunch|dinner|tray|meal|food)|did\s+(?:so\s+|really\s+)?(?:well|great)\s+with|is\s+an?\s+[\p{L}-]+\s+speaker|fell\s+asleep|is\s+(?:finally\s+)?(?:asleep|sleeping)|only\s+(?:eats|drinks|speaks|understands|wants|trusts)|threw\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+)?(?:tray|food|meds|pills|water|cup|plate)|is\s+(?:(?:really|very|so|still|a\s+bit|more|extremely)\s+)?(?:asking|requesting|refusing|scared|anxious|upset|crying|confused)|asked\s+(?:for|me|us|to)|wants\s+(?:to|her|his|the|a)|needs\s+(?:a|an|the|her|his|to)|says\s+(?:she|he)|sleepwalks|refuses|refused|prefers|requested|(?:doesn['’]t|does\s+not|won['’]t|will\s+not|can['’]t|cannot)\s+(?:eat|drink|swallow|tolerate|want)|thinks|believes|is\s+convinced|(?:needs|wants|gets|requires)\s+(?:[\p{L}-]+\s+)?(?:meals|diet|trays?|food)|is\s+(?:(?:still|now)\s+)?(?:fasting|NPO)|turns\s+\d{1,3}\s+(?:today|tomorrow|tonight))\b)/u;

/** A family waiting on a patient, after its surname: "(The Brennan) family is in the waiting room", "(the Oduya) family is asking for the surgeon" (not "family is hosting a blood drive"). */
const FAMILY_WAITS = /^\s+family\s+(?:is|are|has\s+been|have\s+been)\s+(?:(?:still|really|very|so)\s+)?(?:in\s+the\s+(?:waiting|family|consult|quiet)\s+room|at\s+the\s+(?:bedside|nurses['’]?\s+station|desk)|here|upset|angry|asking|requesting|demanding|refusing|on\s+(?:their|the)\s+way)\b/i;
/** What a note tells of someone, opening right after their surname: a verb of its own ("Hollis is ...", "Baptiste went ...", "Vickery finally ate ..."), not a heading's colon or a noun ("Peds: ...", "Omnicell overrides"). */
const TOLD_OF = /^\s+(?:is|was|has|had|got|gets|went|goes|keeps|kept|needs|needed|wants|wanted|finally|just|still|back|refused|refuses|can|can['’]t|cannot|won['’]t|didn['’]t|doesn['’]t|hasn['’]t|isn['’]t|will|asked|says|said|\p{Ll}+ed)\b/u;
/** Words before someone staying with us: their family, or a visit to them ("the family of ", "Chaplain please stop by to see ", "sit with ", "keep an eye on "). */
const FAMILY_OF_OR_SEEN = /\b(?:(?:the\s+)?family\s+of|stop\s+by\s+(?:to|and)\s+see|(?:go|come)\s+(?:and\s+)?see|visit(?:\s+with)?|sit\s+with|check\s+(?:on|in\s+on)|keep\s+(?:an\s+eye|eyes)\s+on|look\s+in\s+on|pray\s+with)\s+$/i;

/**
 * A person titled Mr., Mrs., Ms. or Miss, or known only as a surname (as notes name patients; staff go by first names), whom staff
 * talk about as someone staying with us: their family or belongings, or what they keep asking for, in a block that talks of the
 * ward's day ("Mrs. Kaminski's son is flying in tonight ... let him in even if it's late", "Mr. Holloway keeps asking when his wife
 * can visit", "Haddad keeps asking for pain meds ... Pain team is coming to reassess his PCA", "The Brennan family is in the waiting room ...
 * Can the charge nurse talk to them?"). Returns the ward's word, for the finding's reason.
 */
export function stayTalk(text: string, name: Span, surnameOnly: boolean): string | undefined {
  const before = text.slice(Math.max(0, name.start - 24), name.start);
  const after = text.slice(name.end, name.end + 40);
  const family = /\bthe\s+$/i.test(before) && FAMILY_WAITS.test(after);
  if (!surnameOnly && !family && !/^(?:Mr|Mrs|Ms|Miss)\b/.test(text.slice(name.start, name.end))) return undefined;
  // A surname alone, as the subject of what a note tells of a patient, is framed already: "Hollis is palliative now", "Baptiste went to dialysis".
  const told = surnameOnly && TOLD_OF.test(after);
  if (!told && !family && !FAMILY_OF_OR_SEEN.test(before) && !STAY_FRAME.test(after)) return undefined;
  const breaks = [...text.matchAll(new RegExp(BLANK_LINE.source, "g"))];
  const from = breaks.filter((b) => b.index + b[0].length <= name.start).at(-1);
  const to = breaks.find((b) => b.index >= name.end);
  const block = text.slice(from ? from.index + from[0].length : 0, to?.index ?? text.length);
  return (WARD_TALK.exec(block) ?? WARD_ABBREVIATIONS.exec(block))?.[0];
}
