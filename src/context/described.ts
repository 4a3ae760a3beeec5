import type { Span } from "../documents/document.js";
import type { Detection } from "../engine/detect-rule.js";
import { WARD } from "./care.js";
import { contextEntries, contextTerms, type ContextList } from "./lists.js";

/** A person a sentence describes instead of naming, and the details that single them out. */
export interface Described extends Span {
  who: string;
  /** What singles them out, as consent names it: "age", "location", "date". */
  details: Detail[];
}

type Detail = "age" | "location" | "date" | "distinction";

/** An age used as a noun, or with one word for who the person is or what they do: "the 4-year-old from Pine Ridge", "a 16-year-old who", "the 70-year-old marathoner from Crestview", "The 7-year-old superhero from Oak Ridge", "An 80-year-old great-grandmother from Pinehurst", "We had a 17-year-old come in" (not "a 72-year-old female with", a clinical question's case). */
const AGE_NOUN = /\b\d{1,3}[- ](?:[Yy]ear|[Mm]onth|[Ww]eek|[Dd]ay)[- ][Oo]ld(?:\s+(?:(?:great-)?grand(?:mother|father|ma|pa)|[a-z]+(?:er|or|ist|ian)|boy|girl|man|woman|kid|child|son|daughter|mom|dad|(?:super)?hero|veteran|athlete|fan|twins?))?\b(?=\s+(?:from|who|was|is|in|on|at|with|of|came|come|comes|arrived|arrives)\b|[,.!?]|$)/g;

/** "the mayor's wife": the description opens with the possessor. */
const POSSESSOR = /\b(?:the|our|a|this|that)\s+((?:[\p{L}'’-]+\s+){0,3})$/iu;
/** A named school whose one person in the role it is: "Pinecrest High's star (quarterback)", "Maple Elementary's (principal)". */
const SCHOOL_OWNS = /\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:Elementary|Middle|High|Junior\s+High|Prep|Academy|College|University)['’]s\s+((?:[\p{L}-]+\s+){0,2})$/u;
/** "a", "the", "our local", "their", "The Riverside Elementary", "the St. Mark's", "a 41-year-old", "twin (brothers)", a case's "67M,": the description opens with a determiner. */
const DETERMINER = /\b(?:the|a|an|our|their|its|this|that|one|local|two|three|both|twin|[23]|\d{1,3}\s?(?:m|f|yo|y\/o),)\s+((?:(?!(?:of|to|in|on|at|for|with|and|or|the|a|an)\s)(?:St\.\s+)?[\p{L}\p{N}'’-]+\s+){0,5})$/iu;
/** A description that opens its clause with no determiner: ": twins born on different days". */
const CLAUSE_START = /[:;—–]\s*()$/u;
/** A role that opens the sentence, headline-style, with where it is held right after: "Pastor of First Baptist on Elm Street is recovering". */
const HEADLINE_START = /^\s*()$/u;
const HELD_AT = /^\s+(?:of|at)\s+(?:the\s+)?\p{Lu}\p{Ll}/u;
/** A few people singled out together, or one of a group: "two teens injured in Saturday's fire", "the pair of hikers", "the four firefighters injured in Sunday's warehouse fire", "one of our own ICU nurses". */
const FEW = /\b(?:two|three|four|five|six|both|twin|[2-6]|pair\s+of|one\s+of)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}$/iu;
/** Twins or more pointed at, not spoken of as a kind: "the (triplets)", "our NICU's (quadruplets)", "a set of (twins)", "we separated conjoined (twins)", "Identical (twins) born ..." at the opening. */
const MULTIPLES_POINTED = /(?:\b(?:the|our|these|those|their|his|her|its|a\s+set\s+of|set\s+of)\s+|['’]s\s+|\b\p{Ll}{3,}ed\s+|^\s*|[:;—–(]\s*)(?:(?!(?:of|to|in|on|at|for|with|and|or|from|by|about)\s)[\p{L}\p{N}'’-]+\s+){0,3}$/iu;
/** An age told: "41-year-old", "aged 70", "in her 80s", "a kindergarten teacher, 29, who". */
const AGE = /\b\d{1,3}[- ](?:year|yr|month|week|day)s?[- ]old\b|\p{L},\s\d{1,2},\s+(?:who|is|was|has|had|from|of)\b|\b[1-9]0-something\b|\baged?\s+\d{1,3}\b|\bin\s+(?:his|her|their)\s+(?:early\s+|mid\s+|late\s+)?\d0s\b/iu;
/** A unit of the hospital, one match at a time. */
const ON_WARD = new RegExp(WARD.source);
/** An age told in a word, before the person word: "the little girl", "an elderly man", "the retired ER nurse", "a college kid". */
const AGED = /\b(?:old|elderly|aged|young|little|teenage|teen|middle-aged|retired|college|preschool|grade-school|high-school)\s+(?:[\p{L}-]+\s+)?$/iu;
const WHEN = /\b(?:(?:last|this)\s+(?:spring|summer|fall|autumn|winter)|last\s+(?:night|evening|week|weekend|month)|yesterday|today|this\s+(?:morning|afternoon|evening|week|weekend)|tonight|overnight|over\s+the\s+weekend|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?|at\s+\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m|p\.m)|(?:graduation|prom|homecoming|christmas|new\s+year['’]s|thanksgiving|halloween|easter|mother['’]s\s+day|father['’]s\s+day|super\s+bowl|election|opening|game)\s+(?:night|day|eve|morning|weekend)|(?:tough|long|busy|rough|crazy|wild|hard|sad)\s+(?:night|shift)|(?:the\s+)?fourth\s+of\s+july|(?:last|this\s+past)\s+(?:christmas|thanksgiving|easter|hanukkah|halloween|new\s+year['’]s(?:\s+eve)?)|july\s+4th|(?:on|over|at|for|spent|through)\s+(?:christmas|halloween|thanksgiving|easter|hanukkah|new\s+year['’]s|valentine['’]s\s+day|mother['’]s\s+day|father['’]s\s+day)|(?:memorial|labor|independence|veterans|new\s+year['’]s)\s+day|black\s+friday|cyber\s+monday|leap\s+day)\b/i;
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
/** The names of the week's days and the months, which open capitalised like names do. */
export const CALENDAR = `Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTHS}`;
/** A month, capitalised or a month that is no other word ("in july"), so "this may help" is none: "in July", "last December". */
const MONTH = new RegExp(String.raw`\b(?:[Ii]n|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate)\s+(?:${MONTHS}|${MONTHS.toLowerCase().replace(/\|?\b(?:may|march|august)\b/g, "")})\b`);
/** A day told by its name, not "today": "on Tuesday", "Saturday's", "last night", "yesterday", "last month" (or a month, MONTH). */
const DAY_NAMED = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last\s+(?:night|week|weekend|month))\b/i;
/** A numbered room, bed or bay right after the person word: " in 12", " in room 402", " in bed 4", " in L&D 4", " in trauma 1", " in isolette 4". */
const ROOM_BESIDE = /^\s+(?:in|from)\s+(?:room\s+|rm\.?\s+|(?:hallway\s+)?bed\s+|bay\s+|isolette\s+|(?:L&D|LDR|OR|PACU|ICU|CCU|NICU|PICU|ED|ER|triage|trauma|resus)\s+)?#?\d{1,4}[A-Za-z]?\b(?![.,:]\d|\s*(?:%|minutes?|hours?|days?|weeks?|months?|years?))/i;
/** Staff telling of a case they had: "we had", "I saw", "we got" right before "a toddler in today". */
const CASE_TOLD = /\b(?:we|i)\s+(?:had|got|saw|treated)\s+$/i;
/** What sets someone apart from everyone else: "the only patient", "our oldest resident", "bus driver of the year", a deed that made news ("saving 30 kids", "went viral", "attacked by a bear"), a couple's "60th anniversary" or "married 70 years", two surgeries "on the same day", "twins born at 26 weeks", "gave birth in our parking garage", a team's player or a parent at a child's match ("collapsed at football practice", "at his son's wrestling meet"), a parent by their children's number ("mom of four"), a wink that readers know them ("(you know the one)"). */
const DISTINCTION = /\b(?:attacked|mauled|bitten|gored)\s+by\s+an?\s+(?:bear|shark|alligator|gator|cougar|mountain\s+lion|moose|bull|bison|coyote|rattlesnake)\b|\bstruck\s+by\s+lightning\b|\byou\s+(?:all\s+)?know\s+(?:the\s+one|who\s+you\s+are|who\s+(?:he|she|they)\s+(?:is|are))\b|\b(?:only|first|oldest|youngest|rarest|smallest|tiniest|longest[\s-]staying|twins?|triplets|quadruplets|quintuplets|conjoined)\b|\bof\s+the\s+year\b|\bwent\s+viral\b|\bsav(?:ed|es|ing)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of)\s+(?:kids|children|students|people|lives|passengers|riders|residents|families)\b|\bon\s+the\s+same\s+(?:day|night|morning|afternoon|evening|weekend)\b|\b(?:\d{1,2}(?:st|nd|rd|th)|golden|diamond|silver|ruby)\s+(?:wedding\s+)?anniversary\b|\bmarried\s+(?:for\s+)?(?:[5-9]\d|fifty|sixty|seventy|eighty)(?:-\w+)?\s+years\b|\bborn\s+at\s+(?:\d{2}\s+weeks|\d\s*(?:lbs?|pounds?)\b)|\b(?:mom|mother|dad|father|grandma|grandmother|grandpa|grandfather)\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b|\b(?:at|during)\s+(?:[\p{L}'’-]+\s+){0,2}(?:football|soccer|basketball|baseball|softball|hockey|volleyball|lacrosse|swim|track|wrestling|cheer|band)\s+(?:practice|game|meet|tryouts?|camp)\b|\b(?:in|on)\s+(?:our|the|a|her|his|their)\s+(?:[\p{L}\p{N}.:-]+\s+){0,4}(?:parking\s+(?:garage|lot)|elevator|lobby|car|truck|bus|train|plane|flight|subway|taxi|ferry|boat|ambulance|helicopter|driveway|highway|side\s+of\s+the\s+road)\b/iu;
/** A school by its name, whose pupils are of an age: "Riverside Middle", "Oak Hill Elementary". */
const SCHOOL_NAMED = /\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:Elementary|Middle|High|Junior\s+High|Prep)\b/u;
/** A named incident, which tells both where and when: "in the Oak Street house fire", "since the Pinecrest tornado", "after the I-80 pileup", "battling the Cedar Street fire" (not "the Oak Street fire station"). */
const INCIDENT = /\b(?:from|of|in|at|on|near|since|after|during|battling|fighting|into|responding\s+to)\s+(?:the|last\s+\p{L}+['’]s|\p{L}+['’]s)\s+(?:(?:\p{Lu}\p{Ll}+|I-\d{1,3}|(?:Route|Highway|Hwy\.?)\s+\d{1,3})\s+){1,3}(?:[a-z]+\s+)?(?:crash|fire|shooting|accident|collision|flood|explosion|storm|tornado|hurricane|wreck|pileup|blaze|derailment|collapse|earthquake|wildfire)\b(?!\s+(?:station|department|hydrant|trucks?|engines?|chief|marshal|house|company|district|drills?|alarms?|safety|escapes?|exits?|doors?|extinguishers?|pits?|shelters?|warnings?|watch|season|sirens?))/u;

/** A business of the town, where someone works or was: "salon", "hardware store". */
const BUSINESS = String.raw`(?:salon|shop|store|bakery|diner|restaurant|cafe|café|bar|pub|garage|gym|pharmacy|bank|church|library|deli|market|barbershop|laundromat|daycare|bodega|pizzeria|pizza\s+place|taco\s+truck|food\s+truck|hotel|motel|farm|factory|mill|hardware\s+store|gas\s+station|post\s+office|car\s+wash|dealership|assisted\s+living|nursing\s+home|group\s+home|shelter|trailer\s+park)`;
/** One person told by the business they work at: "the barista at the corner cafe", "the guy from the hardware store". */
const WORKS_AT = new RegExp(String.raw`^\s+(?:from|at|who\s+works\s+at)\s+the\s+(?:[\p{L}-]+\s+)?${BUSINESS}\b`, "iu");

/**
 * A place the person comes from, lives in, works at or was hurt at, one way of
 * telling it per line: a business, team or group someone runs, coaches or
 * works at ("who run the Oakmont hardware store", "who coached Pine Hill
 * Little League"); a named place ("from Oakdale", "in Pike County");
 * a named landmark ("behind the Oak Street Walmart"); a named street, school,
 * neighbourhood; an incident (INCIDENT); a business on a street ("from the nail salon on 5th") or by a named place ("the owner of the Crestwood flower shop"); a
 * school named anywhere ("the Oakridge High cheer team"); a numbered road
 * ("after the rollover on Route 9") or highway exit ("off exit 42"); a named venue ("at the Starlight Diner") or business ("the Grandview Pharmacy owner"); a chain's store by its town ("the manager of the Oakmont Walmart"); a named club or team owning its one ("The Pinewood Golf Club's head pro", "the Eastbrook Eagles' star goalie").
 */
const FROM_PLACE = new RegExp([
  String.raw`\b(?:runs?|ran|owns?|owned|manages?|managed|coach(?:es|ed)?|founded|leads?|led|directs?|directed|captains?|captained|(?:works?|worked|teach(?:es)?|taught|volunteers?|volunteered)\s+at)\s+(?:the\s+)?(?!(?:${CALENDAR})\b)\p{Lu}\p{Ll}+`,
  String.raw`\b(?:from|of|in|at|near)\s+(?!(?:${MONTHS})\b)(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+`,
  String.raw`\b(?:behind|outside|beside|under|near)\s+the\s+(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+`,
  String.raw`\b(?:from|of|in|at|on|near)\s+the\s+(?:same\s+|new\s+|old\s+)?(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Street|Road|Avenue|Boulevard|Lane|Drive|(?:St|Rd|Ave|Blvd|Ln|Dr)\.?|[Pp]ark|[Ll]ake|River|Creek|[Mm]all|[Pp]ool|[Bb]each|[Ss]tore|Department|Station|Church|School|Symphony|Orchestra|Chorus|Choir|Ballet|Opera|Theater|Theatre|Elementary|Middle|High|Academy|College|University|Highway|Bridge|Square|Plaza|[Aa]partments|[Nn]eighbou?rhood|[Ss]ubdivision|[Dd]istrict|[Aa]rea|[Cc]ommunity|[Ff]oothills|[Mm]ountains|[Ww]oods|[Ff]orest|[Cc]anyon|[Tt]rail|[Hh]ills)\b`,
  INCIDENT.source,
  String.raw`\b(?:from|at|of|runs?|ran|owns?|owned)\s+the\s+(?:[\p{L}-]+\s+){0,2}${BUSINESS}\s+(?:on|at|in|by|near|off)\s+[\p{L}\p{N}]`,
  String.raw`\b(?:from|at|of|runs?|ran|owns?|owned)\s+the\s+\p{Lu}\p{Ll}+\s+(?:[\p{L}-]+\s+)?${BUSINESS}\b`,
  String.raw`\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:High|Middle|Elementary|Academy|Prep)\b`,
  String.raw`\b(?:on|along|off|near)\s+(?:the\s+)?(?:Route|Highway|Hwy\.?|Interstate|I-|State\s+Road|County\s+Road|US)\s?\d{1,3}\b`,
  String.raw`\b(?:at|off|near|by)\s+(?:exit|mile\s+marker)\s+\d{1,3}\b`,
  String.raw`\b(?:at|from|outside|in)\s+the\s+(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Diner|Cafe|Café|Grill|Inn|Tavern|Pub|Restaurant|Hotel|Motel|Market|Arena|Stadium|Theater|Theatre|Casino|Speedway|Raceway|Fairgrounds|Zoo|Aquarium|Marina|Brewery|Winery|Lanes)\b`,
  String.raw`\b(?:from|at|of|runs?|ran|owns?|owned|manages?|managed)\s+the\s+(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Walmart|Target|Costco|Kroger|Safeway|Publix|Aldi|Meijer|Walgreens|CVS|Home\s+Depot|Lowe['’]s|McDonald['’]s|Starbucks|Dunkin['’]?|Wendy['’]s|Subway|Taco\s+Bell|Burger\s+King|Chick-fil-A|Dollar\s+General|Piggly\s+Wiggly)\b`,
  String.raw`\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:Pharmacy|Bakery|Diner|Cafe|Café|Grill|Inn|Tavern|Pub|Restaurant|Hotel|Motel|Market|Marina|Farms?|Orchard|Lanes|Lodge|Garage|Salon|Hardware|Motors|Brewery|Winery|Taqueria|Pizzeria|Deli|Mall|Plaza)\b`,
  // A town named before the person word: "the Ridgefield man who was attacked", "a Lakeview grandmother".
  String.raw`\b(?:the|a|an)\s+(?!(?:${CALENDAR})\b)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?=(?:man|woman|teen|teenager|boy|girl|couple|mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|resident|native|retiree|toddler|infant)\b)`,
  // A radio or TV station by its call letters: "The longtime weatherman at KWTV".
  String.raw`\b(?:at|from|of|on|for)\s+[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?\b`,
  // A named band, choir, team or club someone is of: "the lead singer of local band The Gravel Kings".
  String.raw`\b(?:of|in|with|for)\s+(?:the\s+)?(?:local\s+)?(?:band|group|choir|team|club|league|troupe)\s+(?:The\s+)?\p{Lu}\p{Ll}+`,
  // A named club or team whose one is told of: "The Pinewood Golf Club's head pro", "the Eastbrook Eagles' star goalie".
  String.raw`\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}\s+(?:Club|YMCA|YWCA|Church|Lodge|Band|Orchestra|Choir|Library|Museum|Company)['’]s\s`,
  String.raw`\bthe\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+s['’]\s`,
].join("|"), "u");

/** A rate, which tells of people counted, not of one: "About 1 in 30 births in the US is twins", "one out of every five". */
const STATISTIC = /\b(?:\d[\d,]*|one|two|three|four|five)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:hundred|thousand))\b/i;
/** Words that make a person a statistic: "the average", "a typical". */
const TYPICAL = /\b(?:average|typical|median|normal|usual)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** A name right after a role ("principal Amy Tran"), not a day or a month ("the principal Monday"). */
const NAME_AFTER = new RegExp(String.raw`^\s+(?!(?:${CALENDAR})\b)\p{Lu}\p{Ll}+`, "u");

/** A word in lower case that "who" tells of, maybe with where they are from: "master" in "the Hillcrest grill master who", "the teenage runaway from Ashford who" (not "a 72-year-old with a rare syndrome who"). */
const WHO_NOUN = /\b(?!(?:[a-z]+(?:itis|osis|emia|oma|pathy|algia|plegia|epsy)|disease|syndrome|disorder|condition|history|injury|deficiency|failure|attack|today|tonight|yesterday|now|here|there|time|day|night|week|year|ones?|those|people|others|all)\s)([a-z][a-z-]+)(?=(?:\s+(?:from|of|in)\s+(?:the\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})?\s+who\b)/gu;
/** Lists whose words before "who" are someone already judged, or no one: staff, a condition. */
const NOT_WHO: ContextList[] = ["staff-words", "conditions", "symptoms", "procedures", "medications"];

/** Births so rare that the children are known by them: quadruplets and more. */
const RARE_BIRTH = /^(?:quadruplets?|quintuplets?|sextuplets?)$/i;

/** A noun a person word may describe, so no person is meant: "family health fair", "woman's clinic", "kid games". */
const MODIFIES = /^(?:['’]s)?\s+(?:health|fairs?|days?|nights?|fun|events?|programs?|camps?|medicine|practices?|doctors?|physicians?|rooms?|centers?|centres?|clinics?|friendly|planning|support|services?|history|photos?|portraits?|leave|dinners?|movies?|games?|activities|class(?:es)?|members?)\b/i;

/** Words that make someone in a role of ours the one everyone knows: "our longtime cashier", "our beloved custodian". */
const OUR_ONE = /\b(?:longtime|long-time|beloved|own|favorite|favourite|head|chief|lead)\b/i;

/** A community that has one person in the role: "our town's longtime librarian", "the village's". */
const COMMUNITY_OWNS = /\b(?:town|city|county|village|parish|island|neighborhood|neighbourhood|valley|community|district)['’]s\s/i;

/**
 * A person the sentence describes, not names, well enough to be recognised:
 * a role in the community ("bus driver", "the high school principal") with
 * one more detail, or a plain person word ("a girl") with two: an age, a
 * place, a time, a named school or employer, a distinction ("the only",
 * "the oldest", twins). A clinician of somewhere else ("The Oak Park dentist")
 * needs two. One person pointed at with "the" needs only a day named or a
 * month, the date of their care ("the young mom we lost in the ICU on
 * Tuesday"). Groups ("our bus drivers") and possessives ("a teacher's guide")
 * describe no one. `names` are the sentence's names, whatever their role.
 */
export function describedPerson(text: string, sentence: Span, identifiers: Detection[], names: Span[], previous?: Span, following?: Span): Described | undefined {
  const line = text.slice(sentence.start, sentence.end);
  // "About 1 in 30 births in the US is twins": a sentence that tells a rate describes no one.
  if (STATISTIC.test(line)) return undefined;
  const candidates: Candidate[] = [
    ...roleSpans(line, "community-roles", 1),
    ...roleSpans(line, "public-titles", 1),
    // A clinician of somewhere else, by two details: "The Oak Park dentist who passed out ... Thursday".
    ...roleSpans(line, "staff-words", 2).map((c) => ({ ...c, clinician: true })),
    // "the mayor's wife", or quadruplets, whom news of their birth made known: one detail more is enough.
    ...roleSpans(line, "person-nouns", 2).map((c) => ({ ...c, ...(relativeOfRole().test(line.slice(0, c.start)) || RARE_BIRTH.test(line.slice(c.start, c.end)) ? { needs: 1 } : {}) })),
    // "Our oldest NICU graduate ... was born here at 26 weeks in 1939": a former patient singled out, by two details.
    ...roleSpans(line, "patient-words", 2).filter((c) => /\b(?:graduate|grad|alum|recipient)$/i.test(line.slice(c.start, c.end))),
    ...[...line.matchAll(AGE_NOUN)].map((m) => ({ start: m.index, end: m.index + m[0].length, needs: 2 })),
    // "the Hillcrest grill master who lost his eyebrows": any word "who" tells of is a person.
    ...[...line.matchAll(WHO_NOUN)].filter((m) => !NOT_WHO.some((list) => contextEntries(list).has(m[1]))).map((m) => ({ start: m.index, end: m.index + m[1].length, needs: 2 })),
  ].sort((a, b) => a.start - b.start);
  // "365 days without a patient fall", "patient safety": a person word inside a compound that names a measure or a service.
  const compounds = contextTerms("not-patient").spans(line);
  for (const c of candidates) {
    if (compounds.some((o) => o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start)) continue;
    const headline = c.needs === 1 && HELD_AT.test(line.slice(c.end)) ? HEADLINE_START.exec(line.slice(0, c.start)) : null;
    const opener = DETERMINER.exec(line.slice(0, c.start)) ?? POSSESSOR.exec(line.slice(0, c.start)) ?? SCHOOL_OWNS.exec(line.slice(0, c.start)) ?? CLAUSE_START.exec(line.slice(0, c.start)) ?? headline;
    // A clinician of somewhere else is told by the place in the description: "The Oak Park dentist", "the retired ER nurse from Clearview" (not "our dentist", nor a note in capitals).
    // "One of our own ICU nurses was a patient on our cardiac floor last week ... at 41": one of ours who became a patient, by two details.
    const oursAPatient = c.clinician === true && opener !== null && /^our\b/i.test(opener[0]) && BECAME_A_PATIENT.test(line.slice(c.end));
    if (!opener || (c.clinician && !oursAPatient && (/^our\b/i.test(opener[0]) || SPEAKER_IS.test(line.slice(0, opener.index)) || !(/\p{Lu}\p{Ll}/u.test(opener[1]) || FROM_PLACE.test(line.slice(c.end)))))) continue;
    if (NAME_AFTER.test(line.slice(c.end))) continue; // "principal Amy Tran" is a name, judged as one
    // So is the one the person word is of ("the family of Councilwoman Rita Espinoza"), or the one it is set beside
    // ("Rita Espinoza, a longtime champion of our free clinic").
    const of = /^\s+of\s+/.exec(line.slice(c.end));
    if (of && names.some((d) => d.start === sentence.start + c.end + of[0].length)) continue;
    if (names.some((d) => d.end <= sentence.start + opener.index && /^\s*,\s*$/.test(text.slice(d.end, sentence.start + opener.index)))) continue;
    if (MODIFIES.test(line.slice(c.end))) continue; // "a free family health fair" describes a fair
    // "... back on 5 North this week, love that guy": a bare "that guy" closing the sentence is one already told of.
    if (/^(?:that|this)\s+$/i.test(opener[0]) && !/\p{L}/u.test(line.slice(c.end))) continue;
    if (TYPICAL.test(line.slice(opener.index, c.start))) continue; // "the average US newborn" is no one
    // "... a shopper's life on Black Friday! The 61-year-old man is recovering ...", "... after the Lakeshore bus crash. The
    // driver, who was hurt worst, ...": a sentence that opens on "the" and a person word or role points back to the one the
    // sentence before told of, with its details.
    // So does one that opens a clause after "and": "She did CPR until EMS came, and the little boy is now recovering with us".
    const opensClause = opener.index === 0 || /,\s*(?:and|but|so)\s+$/i.test(line.slice(0, opener.index));
    const pointsBack = previous !== undefined && !c.clinician && opensClause && /^(?:the|this)\b/i.test(opener[0]) && !/['’]s\b/.test(opener[1]);
    // "... the Oak Hollow dad who sang to his 1-pound daughter ... She went home today!": the sentence that goes on about them tells more.
    const who = line.slice(c.start, c.end).toLowerCase().replace(/['’]s$/, "");
    // "the guy from the hardware store": one person, known by where they work, as a role is.
    const worksAt = !c.clinician && /^(?:the|this|that)\b/i.test(opener[0]) && WORKS_AT.test(line.slice(c.end, c.end + 50));
    const details = inOrder([...detailsOf(line, opener, identifiers, who), ...(pointsBack ? lineDetails(text.slice(previous.start, previous.end)) : []), ...(following ? lineDetails(text.slice(following.start, following.end)) : []), ...(worksAt ? ["location" as const] : [])]);
    // "the young mom we lost in the ICU on Tuesday": one person, and the day their care happened, a date of care.
    // "we had a toddler in today who swallowed a button battery": a case told by staff, with the day it came in.
    const datedOne = !c.clinician && !contextEntries("patient-words").has(who) &&
      ((/^(?:the|this|that)\b/i.test(opener[0]) && (DAY_NAMED.test(line) || MONTH.test(line))) || (CASE_TOLD.test(line.slice(0, opener.index)) && WHEN.test(line)));
    // "the guy in 12 who came in with a nail through his hand": a room or bed by its number singles anyone out.
    const roomed = ROOM_BESIDE.test(line.slice(c.end, c.end + 16));
    if (details.length >= (worksAt ? 1 : c.needs) || datedOne || roomed) {
      const start = sentence.start + opener.index;
      return { start, end: sentence.start + c.end, who, details };
    }
  }
  return undefined;
}

/** Staff who became patients, right after the staff word: "(nurses) was a patient", "(tech) was admitted". */
const BECAME_A_PATIENT = /^\s+(?:was|were|has\s+been|became|is\s+now)\s+(?:(?:a|an|our)\s+(?:[\p{L}-]+\s+)?patient|admitted|hospitali[sz]ed)\b/iu;

/** The writer or the reader as the clinician: "POV: you're (the ICU nurse)", "I'm (the night nurse)". */
const SPEAKER_IS = /\b(?:you|i|we)(?:['’](?:re|m)|\s+(?:are|am|were|was))\s+$/i;

/** A word that may describe a person, and how many details it needs; a clinician's word needs a named place too. */
type Candidate = Span & { needs: number; clinician?: boolean };

/** A part of the body after a possessive: "(a wrestler's) kidneys shut down". */
const BODY_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:kidneys?|heart|lungs?|liver|brain|spine|neck|back|legs?|arms?|hands?|fingers?|feet|foot|eyes?|knees?|hips?|skull|jaw|face|appendix|pancreas|bowel|colon|blood\s+(?:sugar|pressure)|life)\b/iu;

/** The one a possessive names, told of again later in the sentence: "(the farmer's) grain bin collapsed on him", "(the bakery owner's) oven exploded on Tuesday, and she ...". */
const HIM_AFTER = /^[^.!?;]{0,80}?\b(?:he|him|she|her)\b/iu;

/** One of a plural person word: "teens", "children", "women". */
function singular(word: string): string {
  return /children$/.test(word) ? word.slice(0, -3) : /men$/.test(word) ? word.replace(/men$/, "man") : word.replace(/s$/, "");
}

/** A thing a person word may name, right after it: "(visitor) badge", "(parent) handbook". */
const THING_AFTER = /^\s+(?:badges?|pass(?:es)?|stickers?|policy|policies|hours|parking|entrance|lounge|guide|handbook|log|wristbands?|restrictions|rules)\b/i;

function roleSpans(line: string, list: ContextList, needs: number): Candidate[] {
  const entries = contextEntries(list);
  const entry = (s: Span) => line.slice(s.start, s.end).toLowerCase().replace(/\s+/g, " ");
  // Singular only ("our bus drivers" is a group), unless a few (up to six) are counted out or are twins pointed at ("the twins", not "caring for quadruplets").
  const few = (s: Span) => (FEW.test(line.slice(0, s.start)) || (/^(?:twins|triplets|quadruplets|quintuplets|sextuplets)$/.test(entry(s)) && MULTIPLES_POINTED.test(line.slice(0, s.start)))) && entries.has(singular(entry(s)));
  // A possessive describes someone only when what follows is part of them, or the sentence goes on about them: "a wrestler's
  // kidneys", "the farmer's grain bin collapsed on him", not "a teacher's guide".
  const partOf = (s: Span) => /['’]s$/.test(entry(s)) && entries.has(entry(s).slice(0, -2)) && (BODY_AFTER.test(line.slice(s.end)) || HIM_AFTER.test(line.slice(s.end)));
  // Plurals the lists do not inflect ("children", "women", "firemen") count only as a few counted out.
  const irregular = [...line.matchAll(/\b(?:children|[a-z]*men)\b/gi)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // A person word naming a thing: "a visitor badge", "our patient portal".
  const modifier = (s: Span) => THING_AFTER.test(line.slice(s.end, s.end + 20));
  return [...contextTerms(list).spans(line), ...irregular]
    .filter((s) => (entries.has(entry(s)) || few(s) || partOf(s)) && !modifier(s))
    .map((s) => ({ ...s, needs }));
}

/** Person words that tell an age: "toddler", "newborn", "teen", "grandma" (an older adult). */
const AGE_GROUP = /^(?:toddler|infant|newborn|preschooler|kindergartner|tween|preteen|teen|teenager|octogenarian|nonagenarian|centenarian|grandma|grandpa|grandmother|grandfather|granny|grandparent)s?$/i;

/** The details that single out the person an opener ("the", "our longtime cafeteria") describes. */
function detailsOf(line: string, opener: RegExpExecArray, identifiers: Detection[], who: string): Detail[] {
  const modifiers = opener[1];
  const found = (category: string) => identifiers.some((d) => d.rule.category === category);
  const out = lineDetails(line);
  // "the little old lady", "a young mom", "an elderly man", "a toddler": an age told in a word, beside the person or as the person.
  if (AGED.test(modifiers) || found("age") || AGE_GROUP.test(who)) out.push("age");
  // A capitalised word inside the description names a school, team or employer: "the Riverside Elementary crossing guard".
  // "our town's librarian", "the county's only midwife": one person of a named community.
  if (/\p{Lu}/u.test(modifiers) || COMMUNITY_OWNS.test(modifiers) || found("location")) out.push("location");
  if (found("date")) out.push("date");
  // "our longtime cafeteria cashier": the one person in that role here, whom everyone knows.
  if (/^our\b/i.test(opener[0]) && OUR_ONE.test(modifiers)) out.push("distinction");
  return inOrder(out);
}

const ORDER: Detail[] = ["age", "location", "date", "distinction"];
/** Each detail once, in the order reasons name them. */
function inOrder(details: Detail[]): Detail[] {
  return ORDER.filter((d) => details.includes(d));
}

/** One community, told as ours: "the first person in our county to ...", "the only midwife in our town", "the only conjoined twins ever born in our state". */
const OUR_COMMUNITY = /\b(?:in|from|of)\s+(?:our|this)\s+(?:little\s+|small\s+)?(?:town|city|county|state|village|parish|valley)\b/i;

/** A year of birth, or of a first: "was born here at 26 weeks in 1939", "the first transplant at our hospital in 1996" (not "diagnosed in 2021", a case's history). */
const IN_YEAR = /\b(?:born|first|only)\s+(?:[^.!?]{0,40}\s)?in\s+(?:19|20)\d\d\b/i;

/** The details a line's words give: an age, a place ("the little old lady in 4 north": the unit she lies on), a time, a distinction. */
function lineDetails(line: string): Detail[] {
  const out: Detail[] = [];
  // "the girl from Riverside Middle": a named school tells the age of its pupils too.
  if (AGE.test(line) || SCHOOL_NAMED.test(line)) out.push("age");
  if (FROM_PLACE.test(line) || ON_WARD.test(line) || OUR_COMMUNITY.test(line)) out.push("location");
  if (WHEN.test(line) || MONTH.test(line) || INCIDENT.test(line) || IN_YEAR.test(line)) out.push("date");
  if (DISTINCTION.test(line)) out.push("distinction");
  return out;
}

let relative: RegExp | undefined;

/** The relative of someone with a role: "the mayor's wife", "our pastor's son", "the mayor's 8-year-old son" single out one person. Built on first use. */
function relativeOfRole(): RegExp {
  if (!relative) {
    const roles = [...contextEntries("community-roles"), ...contextEntries("public-titles")].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"));
    relative = new RegExp(`\\b(?:the|our|a|this|that)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${roles.join("|")})['’]s\\s+(?:[\\p{L}\\d-]+\\s+)?$`, "iu");
  }
  return relative;
}
