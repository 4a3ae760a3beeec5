import type { Span } from "../documents/document.js";
import { groupBySpan } from "../documents/sentences.js";
import { CONDITION_WORD, DRUG_WORD, NOT_CONDITIONS, PROCEDURE_WORD } from "../detectors/health-detail.js";
import { isEnglishWord } from "../detectors/english-words.js";
import { contextEntries, contextTerms } from "./lists.js";
import { mayMatch } from "../rules/required-text.js";

export interface CareTerm extends Span {
  list: "conditions" | "procedures" | "care-settings" | "care-events" | "care-encounters";
}

/** A hospital unit by floor and wing or letter: "on 4B", "in 5 North", "to unit 2 West" (not "in 3D"). */
export const WARD = /\b(?:on|in|to)\s+(?:unit\s+)?\d{1,2}\s?(?:[ABCEFGH]|[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|N|S|E|W)\b(?![\w'’-])/g;

/** A count of days, stents or units of blood: "212", "a few", "two". */
export const COUNT = String.raw`(?:\d+|a\s+few|several|many|one|two|three|four|five|six|seven|eight|nine|ten|twelve)`;

/** What follows care that is only talked about: "stroke awareness", "injury prevention", "a diabetes webinar", "your family's cancer risk", "our sling-fitting video", "our C-section recovery guide", "our discharge process". */
export const ABOUT_CARE = /^(?:-[a-z]+)?\s*(?:(?:recovery|care|safety|prep|education|support|treatment|management|self-care)\s+(?=(?:guides?|handouts?|brochures?|pamphlets?|videos?|class(?:es)?|tips?|webinars?|workshops?|series|instructions)\b))?(?:awareness|instructions|guides?|handouts?|brochures?|pamphlets?|faqs?|prevention|research|education|info(?:rmation)?\s+(?:nights?|sessions?|evenings?|meetings?)|webinars?|talks?|class(?:es)?|lectures?|lessons?|first\s+aid|podcasts?|videos?|series|tips?|seminars?|workshops?|announcements?|reveals?|showers?|risks?|risk\s+factors|process(?:es)?|polic(?:y|ies)|rules|requirements|guidelines|workflows?)\b/i;

/** What follows care that names the questions asked about it: "(oxygen equipment) questions", "(Discharge) paperwork questions". */
export const QUESTIONS_ABOUT = /^\s+(?:[\p{L}-]+\s+)?(?:questions|concerns)\b/iu;

/** Time sober or free of a habit, which tells of an addiction: "90 days sober", "one year clean and sober", "6 months smoke-free", "got sober in our inpatient program". */
const SOBER = new RegExp(String.raw`\b(?:${COUNT}|a)\s+(?:full\s+)?(?:days?|weeks?|months?|years?)\s+(?:sober|clean\s+and\s+sober|(?:smoke|nicotine|vape|tobacco|alcohol|drug)-?free)\b|\b(?:got|get|getting|became|stayed)\s+sober\s+(?:in|at|with|through)\s+(?:our|the)\b`, "giu");

/** A room told by its number beside the one in it: "Mrs. Ortiz in 22", "Mrs. Greta Holm in 7", "the lady in 14B" (not "in 22 minutes"). */
const IN_NUMBER = /(?<=\b(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?(?:\s+\p{Lu}\p{Ll}+){1,2}|(?:lady|guy|man|woman|gentleman|kid|baby|girl|boy|patient|pt|grandpa|grandma))\s+)in\s+\d{1,4}[A-Za-z]?\b(?![:.,]\d|\s*(?:%|[ap]\.?m\b|years?|yrs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|seconds?|degrees?|people|of\b))/gu;

/** A room told by its number after a surname alone, as notes give it: the surname opens a clause, and what is told of the one in
 * the room follows: "Okafor in 9 gets anxious after dark", "for Greer in 15, confused", "Holloway in 11 keeps asking", "Latimer in 16 finally ate a full breakfast", "a birthday cupcake to Agnes in 22 —", "due at 1500 for Vaughn in 18." (not
 * "Available in 3 sizes", nor a surname that is an everyday word, checked where it is matched). */
const SURNAME_IN_NUMBER = /(?<=(?:^|[\n:;,.!?(—–]\s*|\b(?:for|and|re:?|to|with|see|saw|visit|visited|visiting|that|[Ll]ittle|[Tt]iny|[Bb]aby|[Ss]weet)\s+)(\p{Lu}\p{Ll}{2,})(?:-\p{Lu}\p{Ll}+)?\s+)in\s+\d{1,3}[A-Za-z]?\b(?=\s*[,;:(—–).!?]|\s+(?:is|was|has|had|keeps|kept|gets|got|needs|needed|wants|wanted|asking|asks|asked|refusing|refuses|refused|c\/o|complaining|complains|still|now|can['’]?t|cannot|won['’]t|will|says|said|pulled|fell|became|looks|looked|seems|requires|requesting|requested|denies|reports|reported|spiked|desatting|desatted|vomited|vomiting|pending|due|NPO|finally|ate|slept|walked|just|took|started|finished)\b|\s+on\s+(?:his|her|their)\b|\s*$)/gmu;
/** A unit and bed by their code, set off right after a name: "Mrs. Lindqvist, 4B-11, new swelling", "Okafor (5W-12)". */
const UNIT_BED_BESIDE = /(?<=\p{Lu}\p{Ll}+\s*[,(]\s*)\d{1,2}[A-Z]{1,2}-\d{1,3}\b(?!-)/gu;
/** The unit before an operation, named as a place: "the glasses you left in pre-op on Monday", "sent back to pre-op" (not "pre-op instructions"). */
const PRE_OP = /(?<=\b(?:in|to|from|into)\s+)pre-?op\b(?=\s+(?:on|at|this|today|yesterday|last|before|after|for|with|and|when|while)\b|\s*[.,;!?—–)]|\s*$)/giu;
/** A fever told by its spike: "spiked to 39.2", "spiked a temp overnight", "spiking fevers" (not "cases spiked", "spiked cider"). */
const SPIKED = /(?<!\b(?:cases|rates?|numbers|admissions|visits|prices|sales|calls|traffic|views|demand|volumes?|census)\s+)\bspik(?:ed|es|ing)\s+(?:a\s+)?(?:(?:low-grade\s+|high\s+)?(?:fevers?|temps?|temperatures?)\b|to\s+(?:3[89]|4[01]|10[0-6])(?:\.\d)?(?!\d))/giu;
/** A joint or a valve replaced, told by the verb: "replaced the hips of grandma Rose", "replaced her knee", "replaced both his knees" (not "replaced the carpet"). */
const REPLACED_PART = /\breplac(?:ed|es|ing)\s+(?:(?:the|her|his|their|both|a|an)\s+){1,2}(?:(?:left|right|other|worn-out|damaged|aortic|mitral)\s+)?(?:hips?|knees?|shoulders?|ankles?|elbows?|(?:heart\s+)?valves?)\b/giu;
/** How far labour has gone: "Mrs. Huang is 8 cm", "she's at 6 cm", "6 cm dilated", "4 cm and 90%" (not "the cake is 8 cm tall", "the mass is 3 cm"). */
const DILATED = /\b(?:[1-9]|10)(?:\.\d)?\s?cm\s+(?:dilated|and\s+\d{2,3}\s?%)|(?<=\b(?:she(?:['’]s|\s+is|\s+was)|(?:Mrs|Ms|Miss|Mx)\.?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:is|was))\s+(?:(?:now|already|only|at)\s+)?)(?:[1-9]|10)\s?cm\b(?=\s*[,;.]|\s+(?:and|now|with|already)\b)/gu;
/** One staff member watching one patient, asked for by the patient's name or told of them: "we need a 1:1 for Bradshaw tonight", "Fontenot is on a 1:1" (not "a 1:1 ratio"). */
const ONE_TO_ONE = /(?<![\d:])1:1(?:\s+(?:sitter|observation|obs|watch))?(?=\s+for\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu})|(?<=\b(?:is|was|be|been|put|placed|kept|stays?)\s+on\s+)a\s+1:1\b(?!\d)/gu;
/** One patient newly admitted, as a note heads them: "New admit to 612 tonight: Hargrove", "direct admit from clinic" (not "use bay 5 for new admits", a group). */
const NEW_ADMIT = /\b(?:new|direct)\s+admit\b(?!s)/giu;
/** Someone flown or driven in to us: "She came in by helicopter", "came in by ambulance". */
const CAME_IN_BY = /\bcame\s+(?:in|to\s+us)\s+by\s+(?:helicopter|ambulance|medevac|life\s*flight|air\s+ambulance)\b/giu;
/** Babies delivered, known by their family's name: "on delivering the Albrecht twins at 0340". */
const DELIVERED_FAMILY = /\bdeliver(?:ed|ing|s)?(?=\s+the\s+\p{Lu}\p{Ll}+\s+(?:twins|triplets|quadruplets|baby|babies|boys|girls)\b)/gu;
/** Ear tubes, as a child's operation is booked: "Lucas B. (age 4) for tubes at 0730". */
const FOR_TUBES = /(?<=\bfor\s+)(?:ear\s+)?tubes\b(?=\s+(?:at|on|today|tomorrow|this)\b|\s*[,.;])/giu;
/** Something taken out of someone's body part: "removed a fish hook from Mayor Dave Collins' thumb", "pulled a splinter out of her foot". */
const PULLED_FROM_PART = /\b(?:removed|pulled|extracted|took|got)\s+(?:a|an|the|two|three|\d+)\s+(?:[\p{L}-]+\s+){0,2}(?:from|out\s+of)\s+(?:(?:his|her|their|a|an|the)\s+|(?:\p{Lu}[\p{L}.]*\s+){1,3}\p{Lu}\p{Ll}*['’]s?\s+)(?:[\p{L}-]+\s+)?(?:thumb|finger|hand|palm|eye|ear|nose|throat|foot|heel|toe|leg|arm|back|chest|stomach|knee|head|scalp|cheek|lip|neck)\b/gu;
/** A numbered bay, chair or stretcher of an emergency or infusion unit, or a trauma or resuscitation room: "in bay 3", "chair 12", "in trauma 1", "isolette 4". */
const NUMBERED_SPOT = /\b(?:[Bb]ay|[Cc]hair|[Ss]tretcher|[Cc]ubicle|[Tt]rauma|[Rr]esus|[Ii]solette|[Hh]allway\s+bed)\s+#?\d{1,2}[A-Za-z]?\b(?![.,:]\d|\s*(?:%|mph|miles?|km|minutes?|hours?|years?))/gu;

/** Blood given, counted out: "14 units of blood", "six units of platelets" (not "donated 40 units of blood" at a drive). */
const TRANSFUSED = new RegExp(String.raw`(?<!\b(?:donat(?:e|ed|es|ing)|collect(?:ed|s|ing)?|gave|give|giving|raised|drive)\s+(?:over\s+|more\s+than\s+|nearly\s+)?)\b(?:${COUNT}|dozens\s+of)\s+units\s+of\s+(?:blood|plasma|platelets|red\s+cells)\b(?!\s+(?:(?:were|was)\s+)?(?:collected|donated|given\s+by|from\s+donors)|\s+(?:at|during)\s+(?:our|the|this|last)\b)`, "giu");

/** Waiting for an organ: "18 months on the transplant list", "on the kidney waiting list", "while she waits for a new kidney". */
const TRANSPLANT_LIST = /\bon\s+(?:the|a)\s+(?:national\s+)?(?:(?:kidney|liver|heart|lung|organ|transplant)\s+){1,2}(?:wait(?:ing)?[\s-]?)?list\b|\bwait(?:s|ed|ing)?\s+for\s+(?:a|her|his|their)\s+(?:new\s+)?(?:kidney|liver|heart|lungs?|pancreas|transplant|donor)\b/giu;

/** A hospital's own floor, which is a unit: "a joy on our floor", "back to our floor" (not "the dance floor"). */
const OUR_FLOOR = /\b(?:on|to|onto|off)\s+our\s+floor\b/giu;

/** An operation told by what it did to a part of the body, or to what was stuck in it: "had his knee replaced", "got her tonsils out", "her cast removed", "had the hook removed" (not "to hand out gifts"). */
const BODY_PART_DONE = /\b(?:knees?|hips?|shoulders?|elbows?|ankles?|wrists?|(?:heart\s+)?valves?|gallbladder|appendix|tonsils|adenoids|thyroid|spleen|kidneys?|liver|lungs?|uterus|ovar(?:y|ies)|prostate|cataracts?|cornea|wisdom\s+teeth|teeth|tooth|legs?|foot|feet|toes?|fingers?|arms?|hands?|breasts?|colon|bowel|bladder|spine|discs?|ACL|meniscus|rotator\s+cuff|hernia|cast|stitches|staples|stent|pacemaker|port|catheter|drain|hook|fishhook|splinter|bullet|shrapnel|tick)\s+(?:(?:was|were|got|being)\s+)?(?:replaced|repaired|removed|amputated|reconstructed|fused|pinned|drained|transplanted|scoped|set|(?<!\b(?:legs?|foot|feet|toes?|fingers?|arms?|hands?|knees?|hips?|shoulders?|elbows?|ankles?|wrists?)\s+)out|(?:taken|came|come|comes|coming)\s+out|put\s+in|placed|operated\s+on|reattached|stitched(?:\s+up)?)\b/giu;

/** Parts of the body that surgeons mend: "our hand surgeons repaired three tendons", "reattached his severed nerve", "rebuilt his pelvis". */
const PARTS_MENDED = /\b(?:repaired|reattached|rebuilt|reconstructed|fused|pinned)\s+(?:his|her|their|the|both|two|three|four|five|several|\d{1,2})\s+(?:torn\s+|severed\s+|broken\s+|damaged\s+|cut\s+)?(?:tendons?|ligaments?|nerves?|arter(?:y|ies)|bones?|vertebrae|ribs?|pelvis|jaw|skull|face|spine|hips?|knees?|shoulders?|ankles?|wrists?|elbows?|heart\s+valves?|eye\s+sockets?|cheekbones?)\b/giu;
/** Care done to a part of someone's body: "we stitched up his hand", "splinted her wrist", "x-rayed his ankle", "wired his jaw". */
const TENDED_PART = /\b(?:wir(?:ed|ing)|stitch(?:ed|ing)?|sew(?:ed|ing)|sutur(?:ed|ing)|glu(?:ed|ing)|splint(?:ed|ing)|cast(?:ed|ing)|x-ray(?:ed|ing)|bandag(?:ed|ing)|scann(?:ed|ing)|reattach(?:ed|ing)|amputat(?:ed|ing))\s+(?:up\s+)?(?:his|her|their|your)\s+(?:left\s+|right\s+|broken\s+|injured\s+|cut\s+)?(?:knees?|hips?|shoulders?|elbows?|ankles?|wrists?|hands?|fingers?|thumbs?|toes?|foot|feet|legs?|arms?|head|forehead|chin|lip|face|scalp|eyebrow|ear|jaw|nose|back|chest|neck|ribs?|leg\s+wound|cut|gash|wound|laceration)\b/giu;

/** An operation told by what it put right: "fixing my hip", "rebuilt his knee", "replaced his aortic valve", "rebuilt her ACL". */
const FIXED_PART = /\b(?:fix(?:ed|es|ing)?|repair(?:ed|s|ing)?|rebuil[td]|rebuilding|mend(?:ed|ing)?|replac(?:e|ed|es|ing)|reconstruct(?:ed|s|ing)?|fused|fusing)\s+(?:my|his|her|their|your)\s+(?:bad\s+|broken\s+|torn\s+|old\s+|worn(?:-out)?\s+|leaky\s+|aortic\s+|mitral\s+|heart\s+)?(?:knees?|hips?|shoulders?|elbows?|ankles?|wrists?|heart|back|spine|neck|hands?|feet|foot|legs?|arms?|jaw|nose|eyes?|teeth|hernia|valve|pelvis|ACL|MCL|meniscus|labrum|rotator\s+cuff|Achilles)\b/giu;

/** An injury told by what it did to a part of the body: "her torn labrum", "a ruptured spleen", "tore her ACL", "fractured her ankle". */
const INJURED_PART = /\b(?:(torn|ruptured|broken|fractured|dislocated|sprained|herniated|collapsed|punctured|perforated|blocked|bruised|shattered|crushed)\s+(?:(?!(?:his|her|their|my|your)\s)[\p{L}-]+\s+)?|(?:tore|broke|fractured|dislocated|sprained|ruptured|punctured|injured|hurt|shattered|crushed|lost|losing|severed|sliced|slashed|smashed|jammed|gashed|burned|burnt|cut|stabbed|impaled|nail-gunned|nailed|stapled|drilled|sawed|shot|slammed|scalded|breaking|tearing|fracturing|dislocating|spraining|rupturing|injuring|shattering)\s+(?:(?:through|open|into|off)\s+)?(?:(?:part|most|half|the\s+tips?|the\s+end)\s+of\s+)?(?:his|her|their|my|your|a|an|both|two|three|four|several)\s+(?:[\p{L}-]+\s+)?)(?:labrum|acl|mcl|pcl|meniscus|achilles|tendon|ligament|rotator\s+cuff|hips?|knees?|kneecaps?|ankles?|wrists?|arms?|legs?|ribs?|collarbones?|clavicle|shoulders?|elbows?|disc|lung|spleen|eardrum|appendix|artery|arteries|bowel|vertebrae?|pelvis|jaw|nose|skull|fingers?|thumbs?|toes?|foot|feet|hand|hands|back|neck|femur|tibia|fibula|heels?|eye|eyes|eye\s+socket|cheekbone|eyebrows|eyelashes|pecs?|pectoral|biceps|triceps|hamstring|quads?|groin|calf|palms?|forearms?|scalp|lips?|chin|forehead|face|thighs?|shins?|knuckles?|fingertips?)\b/giu;

/** The words that make what follows someone's own: "your", "his", "her", "their", "my". */
const WHOSE = String.raw`(?:[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Mm]y)`;
/** A scan told by its short name, which is a scan only as someone's: "your CT", "his PET", "your husband's CT", "Ms. Price's CT", "Your echo", "his 2pm echo" (not "CT" the state, nor "an echo of"). */
const SCAN_SHORT = String.raw`(?:(?:follow-up|repeat|next|first|last|latest|new|morning|afternoon|\d{1,2}(?::\d{2})?\s?[ap]m)\s+)?(?:CT|PET|CAT|DEXA|DXA|[Ee]cho|EKG|ECG|EEG|EMG)\b`;
const OWN_SCAN = new RegExp(String.raw`(?<=\b${WHOSE}\s+(?:\p{Ll}+['’]s\s+)?)${SCAN_SHORT}|(?<=\b(?!(?:[Hh]ospital|[Cc]linic|[Cc]enter|[Tt]oday|[Tt]his|[Tt]hat|[Ii]t|[Ll]et|[Ww]hat|[Tt]here|[Hh]ere)['’]s)\p{Lu}\p{Ll}+['’]s\s+)${SCAN_SHORT}`, "gu");
/** A scan by its short name, where someone titled is for it: "waiting with Mrs. Nwosu in CT", "Mr. Obi is down in CT". */
const TITLED_IN_SCAN = new RegExp(String.raw`(?<=\b(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:is\s+|was\s+)?(?:still\s+)?(?:down\s+)?(?:in|at|to|from)\s+)${SCAN_SHORT}`, "gu");

/** A test told by its result: "your test came back negative", "the biopsy was benign", "tested positive" (not "tested positive for the job"). */
const RESULT = /\b(?:(?:tests?|labs?|blood\s*work|swabs?|cultures?|screenings?|screens?|scans?|biopsy|mammogram|pap\s+smear|x-?rays?|results?)\s+(?:came\s+back|(?:is|was|were|are)(?:\s+back)?)\s+(?:all\s+)?|tested\s+)(?:negative|positive|normal|abnormal|clear|benign|malignant)\b/giu;

/** Findings expected back from a test: "should have the margins back by Wednesday", "will have your biopsy results back Friday". */
export const FINDINGS_BACK = /\b(?:have|get|got|has|had)\s+(?:the|your|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:results?|margins|biops(?:y|ies)|pathology|labs?|scans?|report|cultures?)\s+back\b/giu;

/** Gear that comes off when an injury heals: "glad the boot is off", "her cast came off", "the stitches are out", "you're out of the boot". */
const GEAR_OFF = /\b(?:walking\s+)?(?:boot|cast|sling|brace|splint|stitches|staples|drain|neck\s+brace|halo|crutches|wires)\s+(?:is|are|came|come|comes|coming|['’]s|['’]re)\s+(?:finally\s+|officially\s+)?(?:off|out)\b|\bout\s+of\s+(?:the|your|that|his|her|their)\s+(?:walking\s+)?(?:boot|cast|sling|brace|splint|neck\s+brace|halo|wheelchair)\b/giu;

/** A part of the body still hurting: "that ankle is still swollen", "your knee's still sore" (the part, after its owner). */
const PART_HURTING = /(?<=\b(?:your|ur|his|her|their|my|that|this)\s+)(?:left\s+|right\s+)?(?:knees?|hips?|shoulders?|elbows?|ankles?|wrists?|back|neck|ribs?|jaw|foot|feet|toes?|fingers?|thumb|hands?|legs?|arms?|heel|incision|wound|stitches|eyes?|ears?)\s+(?:is|are|['’]s|feels?|looks?)\s+(?:still\s+)?(?:so\s+|pretty\s+|really\s+|a\s+bit\s+)?(?:swollen|sore|bruised|infected|numb|stiff|hurting|painful|red|tender|bleeding|oozing)\b/giu;

/** A living donor's gift: "Ana gave her brother a kidney", "gave his daughter Camila part of his liver", "donated part of his liver". */
const ORGAN_GIVEN = /\b(?:gave|give|gives|giving|donate|donated|donating)\s+(?:(?:her|his|their)\s+[\p{L}-]+\s+(?:\p{Lu}\p{Ll}+\s+)?)?(?:a\s+kidney|(?:his|her|their)\s+organs|one\s+of\s+(?:her|his|their)\s+kidneys|(?:a\s+)?part\s+of\s+(?:her|his|their)\s+liver|(?:her|his|their)\s+(?:kidney|bone\s+marrow|stem\s+cells)|(?:bone\s+marrow|stem\s+cells)\s+to\s+(?:her|his|their|a|an)\s)/giu;

/** An organ someone received: "received a kidney from her sister", "got a new liver" (not "kidney health"). */
const ORGAN_RECEIVED = /\b(?:received|receiving|receives|got|gets|getting)\s+(?:a|her|his|their)\s+(?:new\s+)?(?:kidney|liver|heart|lungs?|cornea|pancreas)\b(?!\s+(?:health|disease|walk|foundation|month|awareness|screening|test|check|scan))/giu;

/** Speech or walking learned again after an injury or a stroke: "relearned how to talk in 6 weeks", "learned to walk again". */
const RELEARNED = /\brelearn(?:ed|ing|s|t)?\s+(?:how\s+)?to\s+(?:talk|walk|speak|swallow|eat|read|write|drive|stand)\b|\blearn(?:ed|ing|t)\s+(?:how\s+)?to\s+(?:walk|talk|speak|swallow)\s+again\b/giu;

/** A premature baby told by weight or weeks: "this tiny 2-pounder", "a little 3-pound preemie", "his 1-pound daughter", "her 26-weeker". */
const TINY_WEIGHT = /\b(?:\d{2}-weeker|(?:tiny|little|teeny|itty-bitty)\s+(?:\d(?:\.\d)?|one|two|three|four)[- ]pound(?:er)?|(?:\d(?:\.\d)?|one|two|three)[- ]pound\s+(?:daughter|son|baby|babies|preemie|twins|triplets|girl|boy|newborn))\b/giu;

/** Something stuck where it can hurt: "a fish bone stuck in his throat", "a fishing lure stuck in her cheek", "got her arm stuck in a storm drain", "whose arm was caught in a grain auger", "stuck a bead so far up her nose". */
const STUCK_IN = /\b(?:a|an|two|three|\d+)\s+(?:[\p{L}-]+\s+)?(?:marble|bead|pebble|peanut|raisin|button|battery|coin|eraser|crayon|lego|toy|magnet|popcorn\s+kernel|kernel|pea|rock|stone|earring|bug)s?\s+(?:stuck\s+)?(?:up|in)\s+(?:his|her|their|your|my)\s+(?:nose|nostril|ear|ears|throat)\b|\bstuck\s+in\s+(?:his|her|their|your|my)\s+(?:throat|ear|ears|nose|nostril|esophagus|airway|windpipe|eye|eyes|eyelid|cheek|lip|scalp|finger|thumb|hand|arm|leg|foot|back)\b|\b(?:got|gets|getting|had)\s+(?:his|her|their|your|my)\s+(?:head|arm|hand|finger|thumb|foot|leg|toe|tongue|knee)\s+(?:stuck|trapped|caught|wedged|jammed)\s+(?:in|between|under)\b|\b(?:whose|his|her|their)\s+(?:left\s+|right\s+)?(?:head|arm|hand|finger|thumb|foot|leg|toe|tongue|knee)\s+(?:was|were|got)\s+(?:stuck|trapped|caught|wedged|jammed|pinned|crushed|mangled)\s+(?:in|between|under)\b|\b(?:stuck|shoved|pushed|put)\s+(?:a|an|the|two|three|\d+)\s+(?:[\p{L}-]+\s+)?(?:so\s+far\s+|all\s+the\s+way\s+)?(?:up|in|into)\s+(?:his|her|their|your|my)\s+(?:nose|nostril|ear)\b/giu;
/** Last wishes granted at the end of life: "Mr. Jackson's final wish", "asked our hospice team for one last thing". */
const LAST_WISH = /\b(?:(?:his|her|their|\p{Lu}\p{Ll}+['’]s)\s+(?:last|final|dying)\s+wish(?:es)?|asked\s+(?:[\p{L}-]+\s+){0,4}?for\s+one\s+(?:last|final)\s+(?:thing|wish|request|meal|visit|ride|dance|trip|look))\b/gu;
/** Treatment of one part of someone's body: "start PT for that ankle", "an MRI on her knee", "stitches for his hand". */
const PART_TREATED = /\b(?:PT|physical\s+therapy|rehab|surgery|an?\s+(?:x-ray|MRI|CT|cast|brace|splint)|stitches|injections?|shots?)\s+(?:for|on)\s+(?:that|this|your|ur|his|her|their|my)\s+(?:left\s+|right\s+|bad\s+|sore\s+|broken\s+|injured\s+)?(?:knees?|hips?|shoulders?|ankles?|wrists?|back|neck|elbows?|foot|feet|hands?|arms?|legs?|fingers?|thumbs?|toes?)\b/giu;
/** A lab value or a vital sign of someone's, told by how it reads or its number: "your potassium is a little high", "her A1C came back normal", "your son's lead level is 12", "your baby's bilirubin came down to 12", "Ms. Rivera's potassium is 6.1", "Mrs. Oyelaran's potassium rechecked at 1800". */
const LEVEL_READ = /(?<=\b(?:(?:your|ur|his|her|their|my)\s+(?:(?:son|daughter|child|kid|baby|mom|dad|husband|wife|father|mother)['’]s\s+)?|(?:(?:Mr|Mrs|Ms|Mx)\.?\s+)?\p{Lu}\p{Ll}{1,20}['’]s\s+))(?:lead|potassium|sodium|calcium|magnesium|cholesterol|a1c|blood\s+sugar|sugars?|glucose|iron|ferritin|hemoglobin|platelets?|white\s+(?:blood\s+)?count|tsh|thyroid\s+levels?|vitamin\s+d|b12|psa|creatinine|kidney\s+function|liver\s+enzymes|blood\s+pressure|bp|oxygen(?:\s+levels?)?|o2|inr|bilirubin|blood\s+counts?)\s+(?:level\s+|levels\s+|numbers?\s+)?(?:(?:needs?\s+(?:to\s+be\s+)?)?(?:rechecked|re-checked|redrawn|repeated)(?!\p{L})|(?:is|are|was|were|came\s+back|came\s+(?:down|up)|went\s+(?:down|up)|dropped|rose|fell|climbed|looks?|looked|reads?|read)\s+(?:a\s+(?:little|bit|tad)\s+|slightly\s+|too\s+|very\s+|still\s+|really\s+|pretty\s+|way\s+)?(?:high|low|elevated|normal|up|down|better|off|borderline|in\s+range|out\s+of\s+range|(?:at\s+|to\s+|down\s+to\s+|up\s+to\s+)?\d+(?:\.\d+)?)\b)/giu;
/** Someone's health going downhill: "she's getting worse", "he is declining fast", "Dad has been deteriorating". */
const WORSENING = /\b(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are|\s+has\s+been|\s+have\s+been|\s+was|\s+were|\s+keeps?)\s+(?:(?:getting|doing|feeling)\s+(?:much\s+|a\s+lot\s+|a\s+bit\s+)?worse|declining|deteriorating|going\s+downhill|failing)\b/giu;
/** Someone seen, or to be seen, by a clinician or a service: "he hasn't been seen by the surgeon today", "Can PT see Mrs. Ingram today?" (not "Most people are seen by a doctor within 30 minutes", a statement of most). */
const SEEN_BY = /\b(?:been|be|being|was|were|is|get|got)\s+seen\s+by\s+(?:the|a|an|our|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:surgeon|doctor|physician|specialist|cardiologist|neurologist|hospitalist|attending|resident|intern|consultant|team|NP|PA|therapist|dietitian|wound\s+nurse)\b|\b(?:PT|OT|SLP|speech|RT|wound\s+care|palliative|psych|social\s+work|nutrition|the\s+chaplain)\s+(?:see|eval(?:uate)?|assess)(?=\s+(?:Mr|Mrs|Ms|Mx|Miss)\.?\s)/gu;
/** A clinical service that speaks of or acts on someone named right after: "OT says Mrs. Wojcik can shower independently", "PT cleared Lowe to go home", "Cards saw Mr. Obi". */
const SERVICE_ON_NAMED = /\b(?:PT|OT|SLP|RT|WOCN|[Ss]peech|[Pp]hysical\s+therapy|[Oo]ccupational\s+therapy|[Ww]ound\s+care|[Dd]ietary|[Nn]utrition|[Pp]harmacy|[Ss]ocial\s+work|[Cc]ase\s+management|[Pp]alliative(?:\s+care)?|[Cc]ards|[Cc]ardiology|[Nn]eurology|[Oo]rtho|GI|ID|[Pp]sych|[Rr]enal|[Nn]ephrology|[Pp]ulm(?:onary)?|[Oo]nc(?:ology)?|[Ee]ndo(?:crine)?|[Ss]urgery|[Aa]nesthesia)\s+(?:says|said|thinks|wants|recommends|recommended|cleared|saw|evaluated|eval['’]d|signed\s+off\s+on|(?:is|are)\s+(?:following|seeing)|will\s+see)(?=\s+(?!(?:Dr|Drs|Nurse|Prof|Dean|Chief|Team|Unit|Staff)\b)(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+)/gu;
/** A second opinion someone seeks, one of their own: "requesting a second opinion from Mercy", "his second opinion" (not "second opinions are always your right"). */
const SECOND_OPINION = /\b(?:a|her|his|their)\s+second\s+opinion\b/giu;
/** A weight to take on someone named: "Pharmacy needs a weight on Delgado-Ruiz", "daily weights on Mr. Obi". */
const WEIGHT_ON = /\b(?:daily\s+|current\s+|standing\s+|bed\s+)?weights?(?=\s+on\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b)\p{Lu}\p{Ll}+)/gu;
/** Someone named, maybe titled, in a note: "Vasquez", "Mr. Oduya", "Delgado-Ruiz". */
const NAMED = String.raw`(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/** Someone titled and named: "Mrs. Lee", "Mr. Ruiz-Tapia". */
const TITLED = String.raw`(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/** Someone titled got up or out of bed by staff: "get Ms. Ferrante up to the chair", "help Mr. Obi out of bed", "get Mrs. Lee up and walking", "get Mr. Kincaid cleaned up". */
const GOT_UP = new RegExp(String.raw`(?<=\b(?:get|gets|got|getting|help|helped|helping)\s+${TITLED}\s+)(?:up\s+(?:to|in(?:to)?)\s+(?:the\s+|a\s+)?(?:chair|recliner|wheelchair)|out\s+of\s+bed|up\s+and\s+(?:walking|moving)|to\s+the\s+(?:bathroom|commode)|(?:cleaned|washed)\s+up|changed\s+(?:before|after|and|into)|bathed|showered)\b`, "gu");
/** Turned on a schedule, as bedside care does: "turn Vasquez every 2 hours", "reposition Mr. Oduya q2h". */
const TURNED_ON_SCHEDULE = new RegExp(String.raw`(?<=\b(?:turn|turns|turned|turning|reposition|repositions|repositioned|repositioning|boost|boosted)\s+${NAMED}\s+)(?:every\s+(?:2|two|3|three|4|four)\s+(?:hours|hrs)|q\s?[1-4]\s?h(?:rs?)?)\b`, "gu");
/** A titled person's state of mind or body as bedside staff see it: "Mr. Yilmaz was so confused overnight", "Mrs. Ortiz is more agitated", "Mr. Osei is getting depressed" (not "was confused by the new parking garage"). */
const TITLED_STATE = new RegExp(String.raw`(?<=\b${TITLED}\s+(?:was|is|has\s+been|got|became|seemed|seems)\s+(?:so\s+|very\s+|really\s+|more\s+|less\s+|extremely\s+|increasingly\s+|a\s+bit\s+|a\s+little\s+|getting\s+|becoming\s+)?)(?:confused|agitated|combative|delirious|sundowning|lethargic|disoriented|incontinent|depressed|withdrawn|jaundiced|breastfeeding|pumping)\b(?!\s+(?:by|about|why|when|as|over|with|that)\b)`, "gu");
/** What bedside staff find hard to do for someone, told of them: "Pettigrew is a hard stick", "she was a difficult intubation". */
const HARD_TO_DO = /(?<=\b(?:is|was)\s+(?:a\s+)?(?:really\s+|very\s+)?)(?:difficult|hard|tough)\s+(?:stick|intubation|airway|IV\s+start|draw)\b/giu;
/** Bedside equipment got for someone by name: "a bariatric bed for Whitcombe", "a Hoyer lift for Mrs. Dunn". */
const EQUIPMENT_FOR = /\b(?:(?:bariatric|low|air|specialty)\s+(?:bed|mattress)|(?:bedside\s+)?commode|Hoyer(?:\s+lift)?)(?=\s+for\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+)/gu;
/** The unit someone is on, closing an entry that gives their age: "Maddox Greene, age 9, oncology unit" (not "age 9, Lincoln Elementary"). */
const AGED_ON_UNIT = /(?<=\b(?:age|aged)\s+\d{1,3},\s+)(?:(?:the|our)\s+)?(?:[\p{L}-]+\s+)?(?:unit|floor|ward|wing|ICU|NICU|PICU|CCU|dialysis|rehab|hospice)(?=\s*(?:$|\n|[.;)]))/giu;
/** Someone staff got to eat, drink or take their medicine: "Whoever got Ruiz to eat his whole breakfast", "got Mrs. Lee to take her pills". */
const GOT_TO_EAT = new RegExp(String.raw`(?<=\b(?:get|gets|got|getting)\s+${NAMED}\s+to\s+)(?:eat|drink|take\s+(?:his|her|their)\s+(?:meds|medications?|pills)|use\s+(?:the|his|her)\s+(?:incentive\s+spirometer|IS|commode|bedpan|urinal|walker))\b`, "gu");
/** Someone staff took to the toilet: "Whoever took Kessler to the bathroom at 3", "helped Mrs. Ode onto the commode". */
const TOILETED = new RegExp(String.raw`(?<=\b(?:took|take|takes|taking|walked|walk|walking|helped|help|helping|got|get|getting)\s+${NAMED}\s+(?:to|on|onto)\s+(?:the\s+)?)(?:bathroom|toilet|commode|bedpan|restroom|potty)\b`, "gu");
/** Someone described by the gear of an injury they wear: "a smiling teenage boy in a neck brace", "Kids in casts and wheelchairs" (not "a cast-signing party"). */
const WEARING_CARE = /(?<=\b(?:boy|boys|girl|girls|kid|kids|child|children|man|men|woman|women|teen|teens|teenager|toddler|baby|patient|patients)\s+(?:in|with|wearing)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+)?)(?:casts?|neck\s+braces?|slings?|halo\s+braces?|traction|hospital\s+gowns?)\b(?!-)/giu;
/** Withdrawal or hallucinations told of someone: "Dunleavy is withdrawing hard", "she was hallucinating overnight" (not "withdrawing from the race"). */
const WITHDRAWING = /(?<=\b(?:is|was|started|starting|been)\s+)(?:withdrawing|detoxing|hallucinating)\b(?!\s+(?:from\s+(?!(?:alcohol|opioids|opiates|heroin|fentanyl|benzos|meth|drugs|nicotine)\b)|[\p{L}-]+\s+from\b))/gu;
/** A bed's alarm or call light owned by someone named: "who moved Kaminski's call light out of reach?", "Mr. Dunn's bed alarm". */
const BEDSIDE_ALARM = new RegExp(String.raw`(?<=\b${NAMED}['’]s\s+)(?:call\s+light|bed\s+alarm|chair\s+alarm)\b`, "gu");
/** Someone a clinician wants kept still or fasting: "Dr. Patel wants Fenwick kept flat for 6 hours", "keep Mrs. Ode NPO". */
const KEPT_STILL = new RegExp(String.raw`(?<=\b(?:wants?|keep|keeps|keeping)\s+${NAMED}\s+)(?:kept\s+)?(?:flat|NPO|on\s+bed\s+rest|in\s+bed)\b`, "gu");
/** Emergencies someone had on the ward, counted: "Whitmore had three rapid responses last night", "she had a code blue". */
const HAD_EMERGENCIES = /(?<=\b(?:had|has\s+had)\s+(?:a|an|another|two|three|four|five|\d)\s+)(?:rapid\s+responses?|RRTs?|codes?(?:\s+blues?)?|code\s+blues?)\b/gu;
/** CPR given to the one a clause is about, its "on" left at the end: "the 19-year-old she did CPR on at the lake" (not "started CPR on a customer", where the one it was done to follows). */
const CPR_ON = /\b(?:did|do|doing|performed|started|gave|give|giving)\s+CPR\s+on(?=\s*(?:[,.;!?]|$)|\s+(?:at|in|last|this|when|after|before|during|that|yesterday|today)\b)/gu;
/** Someone's part of the body a nurse asks a colleague to look at: "a second set of eyes on Jurado's heel", "can you look at Mrs. Ode's incision". */
const PART_LOOKED_AT = new RegExp(String.raw`(?<=\b(?:eyes\s+on|look\s+at|looked\s+at|check|checked|assess|assessed)\s+${NAMED}['’]s\s+)(?:left\s+|right\s+)?(?:heels?|sacrum|coccyx|wound|incision|pressure\s+(?:injury|ulcer|sore)|rash|dressing|stoma|IV\s+site|PICC\s+site)\b`, "gu");
/** Someone who no longer knows their own, as dementia takes them: "She didn't recognize him this morning". */
const NOT_RECOGNIZED = /\b(?:didn['’]t|doesn['’]t|did\s+not|does\s+not|no\s+longer|couldn['’]t)\s+recogni[sz]es?\s+(?:him|her|them|anyone|us|(?:her|his|their)\s+(?:own\s+)?(?:husband|wife|son|daughter|kids|children|family))\b/giu;
/** A wash or a shower given to someone titled: "Gave Mr. Holm his first shower in a week". */
const WASHED = new RegExp(String.raw`(?<=\b(?:[Gg]ave|[Gg]ive|[Gg]iving|[Gg]ives)\s+${TITLED}\s+(?:his|her|their)\s+(?:first\s+|weekly\s+|daily\s+)?)(?:shower|bath|sponge\s+bath|bed\s+bath)\b`, "gu");
/** A vein or a line sought on someone a note names: "Nobody can find a vein on Ostrowski", "got an IV on Mr. Dale on the third try". */
const VEIN_ON = new RegExp(String.raw`(?<=\b(?:find|found|finding|get|got|getting|start|started|place|placed|placing)\s+(?:a\s+|an\s+)?)(?:vein|IV|line|access)(?=\s+on\s+${NAMED}\b)`, "gu");
/** Grooming staff gave someone titled: "whoever braided Ms. Oduya's hair", "shaved Mr. Petrov this morning". */
const GROOMED = new RegExp(String.raw`(?<=\b(?:braided|combed|brushed|washed|shampooed|trimmed|cut|clipped|did)\s+${TITLED}['’]s\s+)(?:hair|beard|nails|toenails|fingernails)\b|(?<=\bshaved\s+)${TITLED}\b`, "gu");
/** A bath someone named got: "Castellanos finally got his shower today", "Mrs. Lee had her first bed bath". */
const BATHED = new RegExp(String.raw`(?<=\b${NAMED}\s+(?:finally\s+)?(?:got|had|took|enjoyed)\s+(?:his|her|their)\s+(?:first\s+)?)(?:shower|bath|bed\s+bath|sponge\s+bath)\b`, "gu");
/** Someone's labour as it goes, a titled woman's or one known by name: "Ms. Nakamura's labor is stalling at 6 cm", "Reyes's contractions started at 0200". */
const IN_LABOR = new RegExp(String.raw`(?<=\b${NAMED}['’]s?\s+)(?:labou?r|contractions|epidural|induction)\b(?=\s+(?:is|was|has|had|started|stalled|stalling|progressing|slowed|slowing|kicked|began|failed|worked|isn['’]t|wasn['’]t))`, "gu");
/** What a test of someone's showed: "Lindvall's telemetry showed a 6 second pause", "Mr. Ode's CT came back". */
const TEST_SHOWED = new RegExp(String.raw`(?<=\b${NAMED}['’]s\s+)(?:tele(?:metry)?|monitor|EKG|ECG|echo|CT|MRI|x-?ray|CXR|ultrasound|labs?|cultures?|biopsy|scan)\s+(?:showed|shows|came\s+back|revealed)\b`, "gu");
/** Leaving against medical advice: "wants to take her home AMA", "left AMA last night" (not the American Medical Association). */
const LEFT_AMA = /\b(?:leave|leaves|left|leaving|go|goes|went|going|home|sign(?:s|ed|ing)?\s+out|discharged?)\s+AMA\b/gu;
/** The care a relative got here, as their family tells it: "so grateful for the care her grandma got here", "the care my dad received from your ICU". */
const CARE_RELATIVE_GOT = /\bthe\s+care\s+(?:her|his|their|my|our)\s+(?:grandma|grandmother|grandpa|grandfather|mom|mother|dad|father|husband|wife|son|daughter|sister|brother|aunt|uncle|baby|partner)\s+(?:got|received|had)\s+(?:here|with\s+(?:us|you)|from\s+(?:us|you|your|our|the))\b/giu;
/** A clinician asked to see or talk to someone: "Please have the oncologist talk to her today", "the surgeon will see him at 3". */
const CLINICIAN_TO_THEM = /\bthe\s+(?:oncologist|surgeon|cardiologist|neurologist|nephrologist|pulmonologist|attending|hospitalist|resident|intensivist|psychiatrist|palliative\s+team)\s+(?:(?:to|will|can|should|needs?\s+to|is\s+going\s+to)\s+)?(?:talk|speak|see|examine|check\s+on|visit)\s+(?:to\s+|with\s+)?(?:her|him|them)\b/giu;
/** Someone's vital sign or lab told with its value: "his heart rate was 140", "Mrs. Kaur's blood sugar dropped to 52", "Calloway's sugars were in the 400s", "Holloway's ammonia was 98", "Halverson's NG output was 1200". */
const VITAL_VALUE = /(?<=\b(?:his|her|their|\p{Lu}\p{Ll}+['’]s)\s+)(?:heart\s+rate|blood\s+pressure|pulse|oxygen(?:\s+level)?|sats|temp(?:erature)?|(?:blood\s+)?sugars?|glucose|ammonia|potassium|sodium|magnesium|hemoglobin|hgb|INR|lactate|troponin|creatinine|WBC|platelets|bilirubin|lipase|(?:NG|JP|drain|chest\s+tube|urine|stool|ostomy)\s+output|output)\s+(?:(?:was|were|is|are|went\s+(?:up\s+)?to|dropped\s+to|spiked\s+to|climbed\s+to|fell\s+to|of)(?:\s+in\s+the)?|(?:has|have)\s+been(?:\s+in\s+the)?)\s+\d{2,4}s?\b/giu;
/** A treatment someone goes to on a schedule: "goes to dialysis MWF at 0630", "goes for chemo every other Tuesday", "driving to chemo herself every Tuesday". */
const TREATMENT_SCHEDULE = /(?<=\b(?:goes|go|went|going|comes|came|drives|driving|drove|walks|walking)\s+(?:herself\s+|himself\s+)?(?:to|for)\s+(?:his|her|their\s+)?)(?:dialysis|chemo|radiation|infusions?|PT|physical\s+therapy|wound\s+care)(?=\s+(?:(?:herself|himself)\s+)?(?:MWF|TTS|TThS|M\/W\/F|T\/Th\/S|three\s+times|twice|every|daily|weekly|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)\b)/gu;
/** Someone's wish about their own treatment: "she doesn't want any more treatment", "he no longer wants dialysis", "wants to stop chemo". */
const TREATMENT_WISH = /\b(?:(?:doesn['’]t|does\s+not|didn['’]t|did\s+not|no\s+longer)\s+want(?:s)?|(?:wants|wanted|decided|is\s+asking|asked|(?:is|['’]s)\s+ready)\s+to\s+(?:stop|end|discontinue|refuse|decline))\s+(?:any\s+more\s+|anymore\s+|more\s+|any\s+|(?:his|her|their|the)\s+)?(?:treatment|treatments|chemo(?:therapy)?|dialysis|radiation|surgery|the\s+surgery|a\s+feeding\s+tube|feeding\s+tube|a\s+trach|trach|transfusions?|antibiotics|to\s+be\s+(?:intubated|resuscitated|coded))\b/giu;
/** A patient's privacy status in the hospital's records, which only a patient has: "He's listed as no-info", "she's a no-information patient", "he's here under an alias", "registered under a different name". */
const PRIVACY_STATUS = /\b(?:listed|registered|flagged|marked)\s+as\s+(?:a\s+)?(?:no[-\s]info(?:rmation)?|confidential|opt[-\s]out)\b|\b(?:a|is|on)\s+no[-\s]info(?:rmation)?\s+(?:status|patient|list)\b|\b(?:here|admitted|registered|staying)\s+under\s+(?:an\s+alias|a\s+(?:different|fake|false)\s+name)\b/giu;
/** A meeting about someone's care with their family, by their surname: "Mrs. Vuong's family meeting at 2", "Castellano's 4 pm family meeting", "the Ferris family conference" (not "their family meeting", which may be anyone's). */
const FAMILY_MEETING = /(?<=\b\p{Lu}\p{Ll}+(?:['’]s\s+(?:\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\.?\s+)?)?|\s+))(?:family\s+(?:meeting|conference)|care\s+conference|goals[-\s]of[-\s]care\s+(?:meeting|conversation|discussion))\b/gu;
/** Someone's part of the body or symptom told as worsening: "Kaufman's heel is getting worse", "his cough is looking worse", "his heels are getting red", "her sacrum is breaking down", "Mr. Greenleaf's breathing has changed", "Mr. Jovanovic's kidneys are shutting down". */
const PART_WORSE = /(?<=\b(?:his|her|their|\p{Lu}\p{Ll}+['’]s)\s+)(?:left\s+|right\s+)?(?:heel|heels|foot|feet|leg|legs|arm|hand|knee|hip|back|wound|incision|ulcer|sore|rash|cough|breathing|pain|swelling|infection|site|skin|confusion|sacrum|coccyx|buttocks?|kidneys?|liver|lungs?|heart)\s+(?:(?:is|are|['’]s|['’]re)\s+(?:(?:getting|looking|getting\s+a\s+(?:bit|little|lot)|a\s+(?:bit|little|lot))\s+worse|getting\s+(?:red|redder|raw)|breaking\s+down|shutting\s+down|failing|giving\s+out)|(?:has|have)\s+changed)\b/gu;
/** Going home after a stay counted in days, weeks or months: "twins Leo and Luca, who go home today after 72 days". */
const HOME_AFTER_STAY = new RegExp(String.raw`\b(?:go|goes|went|going|gone|headed|heading|is\s+going|are\s+going)\s+home\s+(?:(?:today|tomorrow|tonight|this\s+(?:morning|afternoon|evening|week))\s+)?after\s+${COUNT}\s+(?:days|weeks|months)\b`, "giu");
/** On one's way to care: "on his way up to chemo again today", "on her way to dialysis". */
const ON_WAY_TO = /\bon\s+(?:his|her|their|your|my)\s+way\s+(?:up\s+|down\s+|over\s+|back\s+|in\s+)?to\s+(?:(?:his|her|their|your|my|an?|the)\s+)?(?:chemo(?:therapy)?|dialysis|radiation|surgery|infusion|PT|physical\s+therapy|rehab|treatment|appointment|scan|MRI|biopsy|transfusion)\b/giu;
/** Care someone turns down, as a note tells it: "refusing meds again tonight", "declined dialysis", "refused her bath again", "spit out his meds" (not "declined the invitation"). */
const REFUSING = /\b(?:refus(?:ing|ed|es)|declin(?:ing|ed|es)|spit(?:s|ting)?\s+out|spat\s+out)\s+(?:(?:his|her|their|all|the|any)\s+)?(?:meds|medications?|insulin|dialysis|chemo|treatment|IV|labs|blood\s+draws?|blood\s+products|transfusions?|tube\s+feeds?|vitals|turns|PT|(?:bed\s+)?bath|shower|dressing\s+changes?|wound\s+care|trays?|CPAP|BiPAP|O2|oxygen)\b/giu;
/** A urinary catheter: "foley", "Foley catheter", "Ms. Whitley's Foley" (not "Dr. Foley"). */
const FOLEY = /\bfoley\b|\bFoley(?=\s+(?:catheter|cath|bag|removal)\b)|(?<=\b(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}\p{Ll}+['’]s)\s+)Foley\b/gu;
/** A pregnancy told in an obstetric shorthand of pregnancies and births: "G2P1", "G3 P2". */
const GRAVIDA = /\bG\d{1,2}\s?P\d{1,4}\b/g;
/** A ventilator in a note's shorthand: "on the vent", "off the vent", "vent settings" (not "a place to vent"). */
const VENT = /(?<=\b(?:on|off)\s+(?:the\s+)?)vent\b|\bvent(?=\s+(?:settings|support|wean|weaning|day)\b)/giu;
/** A named baby's weeks of gestation in brackets, as a preemie's birth is told: "baby Soren (28 weeks)", "Baby Imani (31 wks)" (not "6 weeks old"). */
const BABY_WEEKS = /(?<=\b[Bb]aby\s+\p{Lu}\p{Ll}+\s*\(\s*)(?:2[2-9]|3[0-6])\s*(?:weeks|wks|w)(?=\s*[),])/gu;
/** A pressure injury's stage on a part of the body: "(Mr. Bassett's heel is) stage 2", "sacral wound stage 3", "a new stage 1 on her sacrum", "a new stage 2 on Mr. Pulaski's coccyx". */
const WOUND_STAGE = /(?<=\b(?:heel|heels|sacrum|sacral|coccyx|buttock|hip|ankle|wound|ulcer|pressure\s+(?:injury|ulcer|sore))\s+(?:is\s+(?:now\s+)?|now\s+|[^.!?\n—–]{0,40}\s[—–]\s+)?)stage\s+(?:[1-4]|I{1,3}|IV)\b|\bstage\s+(?:[1-4]|I{1,3}|IV)(?=\s+(?:(?:pressure\s+)?(?:injury|ulcer|sore|wound)\s+)?(?:on|to|of)\s+(?:her|his|their|the|(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?\p{Lu}\p{Ll}+['’]s)\s+(?:heel|heels|sacrum|coccyx|buttock|buttocks|hip|ankle|elbow|back)\b)/giu;
/** Someone's sacrum or coccyx, a part of the body notes name only for the pressure injuries it gets: "wants to see Pasternak's sacrum". */
const OWN_PRESSURE_POINT = /(?<=(?:\b\p{Lu}\p{Ll}+['’]s|\b(?:his|her|their))\s+)(?:sacrum|coccyx|sacral\s+(?:area|skin|wound))\b/gu;
/** A port for infusions that someone has: "your port flushed perfectly", "Ms. Barlow's port isn't drawing back" (not "the port of Tacoma"). */
const OWN_PORT = new RegExp(String.raw`(?<=\b(?:${WHOSE}|(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}\p{Ll}+['’]s)\s+(?:chemo\s+|new\s+)?)port\b(?!\s+(?:city|town|authority|of)\b)`, "gu");
/** Someone's operation told as their case on a schedule: "Fairweather's case is bumped to 2pm", "Mr. Oduya's cath case got cancelled" (not "the case is closed"). */
const OWN_CASE = /(?<=\b\p{Lu}\p{Ll}+['’]s\s+(?:(?:OR|surgical|cath|IR|endo|add-?on)\s+)?)case\b(?=\s+(?:is|was|has\s+been|got|just\s+got)\s+(?:now\s+|been\s+)?(?:bumped|moved|pushed|delayed|cancell?ed|postponed|rescheduled|added\s+on|up\s+next|next|first|done|finished|starting|running\s+(?:late|long|over)|on\s+hold|booked|scheduled)\b)/gu;
/** Someone's own physical exam: "your physical came back all clear", "his sports physical" (not "physical therapy", "physical activity"). */
const OWN_PHYSICAL = new RegExp(String.raw`(?<=\b${WHOSE}\s+(?:annual\s+|yearly\s+|sports\s+|school\s+|last\s+)?)physical\b(?!\s+(?:therapy|therapists?|activity|health|fitness|strength|education|exam\s+forms?|condition|space|address|copy|mail|store|location|limits?|abilities|wellbeing|well-being))`, "gu");
/** A lab value of someone's, given right after the lab: "watch his sodium, 128 this afternoon", "her potassium 2.9". */
const OWN_LAB_VALUE = /(?<=\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+)(?:sodium|potassium|magnesium|calcium|glucose|sugars?|hemoglobin|hgb|platelets|INR|creatinine|lactate|troponin|trop|[Aa]1[Cc])\s*,?\s*(?:is\s+|was\s+|of\s+|at\s+)?\d{1,3}(?:\.\d{1,2})?\b/gu;
/** A distance walked, as therapy notes count it: "walked 50 feet with the walker", "ambulated 200 ft" (not miles or steps). */
const WALKED_DISTANCE = /\b(?:walked|ambulated|ambulating|walking)\s+(?:\d{1,4}|a\s+few\s+hundred)\s*(?:feet|ft|meters)\b/giu;
/** A token of time in recovery from addiction: "just got his 1-year chip", "her 90-day coin". */
const RECOVERY_CHIP = /\b(?:\d{1,3}|one|two|three|five|ten)[- ](?:year|month|day)\s+(?:sobriety\s+)?(?:chip|coin|medallion)\b/giu;
/** Someone's own shots or vaccines being given: "so brave getting her shots today", "got his 4-month vaccines" (not "shots on goal"). */
const OWN_SHOTS = new RegExp(String.raw`(?<=\b(?:get|gets|got|getting|had|having)\s+${WHOSE}\s+(?:\d+-(?:month|year)\s+|first\s+|baby\s+|booster\s+)?)(?:shots|vaccines|vaccinations|jabs|immunizations)\b`, "gu");
/** Someone's medical chart: "copies of his chart", "Mr. Obi's chart says" (not "topped the charts"). */
const OWN_CHART = /(?<=\b(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}\p{Ll}+['’]s)\s+(?:medical\s+)?)chart\b(?!\s+(?:topper|position|success|hit))/gu;
/** A part of the body set, splinted or stitched: "when we set your arm", "stitched up his chin". */
const PART_SET = /\b(?:set|reset|splinted|casted|stitched(?:\s+up)?|sewed\s+up|glued|x-?rayed)\s+(?:your|his|her|their|my)\s+(?:broken\s+|left\s+|right\s+)?(?:arm|wrist|leg|ankle|finger|thumb|nose|hand|foot|shoulder|elbow|toe|chin|lip|forehead|cut|collarbone|head)\b/giu;
/** Blood drawn from someone: "while getting her blood drawn this morning". */
const BLOOD_DRAWN = /\b(?:get|gets|getting|got|had|has|having)\s+(?:her|his|their|your|my)\s+blood\s+(?:drawn|taken)\b/giu;
/** A lab value called as critical: "Critical potassium 6.4", "panic glucose of 38". */
const CRITICAL_VALUE = /\b(?:critical|panic)\s+(?:lab\s+|value\s+)?(?:potassium|k\+?|sodium|na|calcium|magnesium|glucose|blood\s+sugar|hemoglobin|hgb|platelets?|wbc|inr|troponin|lactate|lactic\s+acid|ph|pco2|po2)\s+(?:level\s+)?(?:of\s+|is\s+|was\s+|=\s*|:\s*)?\d+(?:\.\d+)?\b/giu;
/** A life a team of ours saved or fought for: "the little girl our trauma team saved", "our ER nurses revived a man", "was saved by our stroke team", "Our trauma team fought for him for 6 hours". */
const TEAM_SAVED = /(?<=\b(?:our|the)\s+(?:[\p{L}-]+\s+){0,2}(?:team|nurses|doctors|surgeons|staff|crew|medics|paramedics|EMTs|physicians)\s+)(?:saved|revived|resuscitated|rescued|stabilized|(?:fought|worked)\s+(?:for|on|to\s+save)\s+(?:him|her|them)|operated\s+on\s+(?:him|her|them))\b|\b(?:saved|revived|resuscitated|rescued|stabilized)(?=\s+by\s+(?:our|the)\s+(?:[\p{L}&-]+\s+){0,2}(?:team|nurses|doctors|surgeons|staff|crew|medics|paramedics|EMTs|physicians)\b)/giu;
/** Leaving a place of care, a discharge: "walked out of our hospital today", "went home from the NICU", "is home from our burn clinic", "was released from our hospital", "let him leave our cardiac rehab". */
const LEFT_CARE = /\b(?:(?:walked|wheeled|went|rolled|was\s+wheeled)\s+(?:out\s+of|home\s+from)|(?:was|were|been|got|gets|is|is\s+being)\s+(?:released|discharged)\s+from|(?:is|was|are|were|came|got|gets|headed|heading|going)\s+home\s+from|(?:leave|leaves|left|leaving)(?=\s+our\s))\s+(?:our|the)\s+(?:hospital|ICU|NICU|PICU|ER|ED|(?:cardiac\s+|pulmonary\s+|stroke\s+|inpatient\s+)?rehab(?:\s+hospital|\s+center|\s+unit)?|burn\s+(?:unit|clinic|center)|trauma\s+(?:center|unit)|cancer\s+center|(?:[\p{L}-]+\s+)?(?:unit|ward|floor))\b/giu;
/** A team of ours seeing someone off after a stay counted in days, weeks or months: "Our NICU team said goodbye to little Mateo today after 94 days" (not "after 3 months as interim chief"). */
const SEEN_OFF = new RegExp(String.raw`(?<=\b(?:our|the)\s+(?:[\p{L}&-]+\s+){0,2}(?:team|nurses|staff|unit|crew|doctors|therapists)\s+)(?:said|bid|waved)\s+(?:goodbye|farewell|bye)\s+to\b(?=[^.!?]{1,60}?\bafter\s+${COUNT}\s+(?:days|weeks|months)\b(?!\s+(?:as|of|on\s+the\s+job|at\s+work)\b))`, "giu");
/** Treatment credited for what someone did: "quit with help from our tobacco treatment program", "got sober with the help of our team", "our addiction medicine team helped him get sober". */
const HELPED_BY_CARE = /(?<=\b(?:our|the)\s+(?:[\p{L}&-]+\s+){0,3}(?:program|team|clinic|center|centre|nurses|doctors|counselors|therapists)\s+)helped\s+(?:him|her|them)\s+(?:to\s+)?(?:get\s+sober|quit(?:\s+smoking|\s+vaping|\s+drinking)?|stop\s+(?:smoking|drinking|vaping|using)|walk\s+again|talk\s+again|breathe\s+on\s+(?:his|her|their)\s+own|beat\s+(?:his|her|their)\b)|\b(?:quit(?:\s+smoking|\s+vaping|\s+drinking)?|got\s+sober|stopped\s+(?:smoking|drinking|vaping|using))\s+with\s+(?:the\s+)?help\s+(?:from|of)\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,3}(?:program|team|clinic|center|centre|nurses|doctors|counselors|therapists)\b/giu;
/** A baby welcomed at our place, or by our team: "welcomed their first baby ... in our birthing center", "Our maternity team welcomed triplets", "Our maternity ward welcomed its first baby of the new year". */
const BABY_WELCOMED = /(?<=\b(?:we|our\s+(?:[\p{L}&-]+\s+){0,2}(?:team|nurses|unit|staff|midwives|doctors|NICU|L&D|nursery|maternity\s+ward|birth\s+center|birthing\s+center))\s+)welcom(?:ed|es|ing)\s+(?:(?:its|our|the)\s+(?:first|1st|newest|last|final)\s+)?(?:(?:surprise|healthy|beautiful|identical|tiny)\s+)?(?:twins|triplets|quadruplets|a\s+baby\s+(?:boy|girl)|(?:a\s+)?(?:baby|son|daughter))\b|\bwelcom(?:ed|es|ing)\s+(?:(?:their|her|his)\s+(?:first|second|third|fourth|new|own)\s+(?:(?:grand)?(?:baby|child|son|daughter)|twins|triplets|little\s+one)|(?:twins|triplets|a\s+baby\s+(?:boy|girl)|a\s+(?:son|daughter)|baby\s+(?:number|no\.?|#)\s*\d+))\b(?=[^.!?]{0,80}\b(?:in|at)\s+our\s)/giu;
/** A tear or strain named by the muscle or the part: "your hamstring tear", "a calf strain". */
const PART_TORN = /\b(?:hamstring|meniscus|meniscal|labral|rotator\s+cuff|acl|mcl|pcl|achilles|muscle|quad|calf|groin|pec|biceps|ligament|tendon)\s+(?:tear|strain|sprain|rupture)s?\b/giu;
/** Someone hurt, told in the passive: "who were hurt when a tree fell", "was badly hurt". */
const WAS_HURT = /\b(?:was|were|got|been|being)\s+(?:badly\s+|seriously\s+|critically\s+|severely\s+)?hurt\b/giu;
/** Stings counted, or a sting or bite told by the animal: "after 40 stings", "stung dozens of times", "stung by bees over 40 times", "stung by a stingray", "bitten by a dog". */
const STUNG = /\b(?:\d+|dozens\s+of|a\s+dozen|hundreds\s+of|several|multiple)\s+(?:bee\s+|wasp\s+|hornet\s+|jellyfish\s+|scorpion\s+)?stings\b|\bstung\s+(?:\d+|dozens\s+of|a\s+dozen|hundreds\s+of|multiple|several)\s+times\b|\bstung\s+by\s+(?:[\p{L}-]+\s+){0,3}?(?:bees|wasps|hornets|yellow\s+jackets|jellyfish|scorpions)\s+(?:over\s+|more\s+than\s+|nearly\s+|about\s+|at\s+least\s+)?(?:\d+|dozens\s+of|a\s+dozen|hundreds\s+of|multiple|several)\s+times\b|\b(?:stung|bitten|bit|mauled|attacked|gored|kicked)\s+by\s+(?:a|an|the|his|her|their|two|three)\s+(?:(?:swarm|pack|nest|hive)\s+of\s+|[\p{L}-]+\s+)?(?:stingray|jellyfish|bee|wasp|hornet|scorpion|snake|rattlesnake|copperhead|dog|pit\s+bull|shark|spider|raccoon|bat|fox|alligator|horse|cow|bull|bear)s?\b/giu;
/** Something through a part of someone's body, or stuck in it: "a fishhook through his thumb", "a splinter lodged in his palm" (not "a knitting needle in her hand"). */
const STUCK_IN_PART = /\b(?:fish\s?hook|hook|nail|screw|splinter|shard|needle|knife|blade|stick|arrow|rod|pencil|fork|glass)\s+(?:through|(?:stuck|lodged|embedded)\s+(?:in|into|through))\s+(?:his|her|their|my|your)\s+(?:left\s+|right\s+)?(?:thumb|finger|hand|palm|foot|heel|toe|leg|arm|eye|eyelid|ear|lip|cheek|nose|knee|thigh|back|chest|head|scalp|neck)\b/giu;
/** A thing someone swallowed that brings a child to the ER: "swallowed a whole AirPod", "swallowed two magnets" (not "If your child swallows one"). */
const SWALLOWED_OBJECT = /\bswallowed\s+(?:a|an|two|three|four|five|several|\d{1,2})\s+(?:whole\s+|small\s+|tiny\s+|button\s+|coin\s+|loose\s+)?(?:magnets?|batter(?:y|ies)|coins?|quarters?|pennies|AirPods?|earbuds?|toothbrush|toothpick|fork|spoon|nails?|screws?|tacks?|thumbtacks?|pins?|safety\s+pins?|Legos?|LEGO|marbles?|keys?|rings?|earrings?|fish\s?hooks?|bones?|razor\s+blades?|detergent\s+pods?|pods)\b/giu;
/** Someone who brought themselves in for care: "drove himself in", "walked herself to our ED". */
const CAME_SELF = /\b(?:drove|walked|limped|hobbled|crawled|biked|rode)\s+(?:himself|herself|themselves)\s+(?:in|to\s+(?:the|our)\s+(?:ER|ED|emergency\s+(?:room|department)|hospital|urgent\s+care))\b/giu;
/** Something swallowed that should not have been, which brings a child or an adult to us: "swallowed three magnets", "ate a laundry pod", "swallowing one of his own trick coins" (not "swallowed his pride"). */
const SWALLOWED = /\b(?:swallow(?:ed|s|ing)?|ingest(?:ed|s|ing)?|ate|eaten|eating|chewed\s+on)\s+(?:(?:a|an|two|three|four|five|several|some|\d+|his|her|their|a\s+(?:bunch|handful|whole\s+bottle)\s+of|(?:half\s+)?a\s+bottle\s+of|one\s+of\s+(?:his|her|their|the)(?:\s+own)?)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:magnets?|batter(?:y|ies)|coins?|quarters?|pennies|penny|nickels?|dimes?|(?:laundry\s+|detergent\s+|dishwasher\s+)?pods?|pills|tablets|gummies|bleach|detergent|antifreeze|lamp\s+oil|screws?|nails|tacks?|pins?|marbles?|beads?|earrings?|fish\s+bone|chicken\s+bone|glass|toothpicks?|rat\s+poison)\b/giu;

/** A part of the body getting better, which tells of an injury or an operation: "your knee is feeling stronger", "her shoulder is healing nicely", "his back feels better", "that knee healed in time". */
const MENDING_PART = String.raw`\s+(?:new\s+|bad\s+|broken\s+|sore\s+|left\s+|right\s+)?(?:IT\s+band|plantar\s+fascia|rotator\s+cuff|groin|calf|quad|knees?|hips?|shoulders?|elbows?|ankles?|wrists?|back|neck|spine|ribs?|collarbone|jaw|foot|feet|toes?|fingers?|thumb|hands?|legs?|arms?|heel|hamstring|achilles|incision|scar|wound|stitches|burns?|eyes?|ears?|lungs?|heart)`;
const PART_MENDING = new RegExp(String.raw`\b(?:your|ur|his|her|their|my|the|that|this)${MENDING_PART}\s+(?:(?:is|are|['’]s|has\s+been|have\s+been)\s+(?:feeling|getting|healing|doing|looking|mending|coming\s+along)|feels?|looks?|heal(?:s|ed|ing)|mend(?:s|ed|ing))\s+(?:up\s+)?(?:so\s+much\s+|much\s+|a\s+lot\s+|a\s+bit\s+)?(?:better|stronger|great|well|nicely|good)\b|\b(?:your|ur|his|her|their|my|that|this)${MENDING_PART}\s+(?:has\s+|have\s+|finally\s+|fully\s+)*(?:healed|mended)\s+(?:in\s+time|up|completely|fully)\b`, "giu");

/** How a case came to us, in a clinician's words: "presented 10/3 with crushing chest pain", "presents to the ED with" (not "was presented with an award"). */
const PRESENTED = /(?<!\b(?:was|were|is|are|be|been|being|get|got)\s+)\bpresent(?:ed|s|ing)\s+(?:to\s+(?:the\s+|our\s+)?(?:ED|ER|ICU|clinic|office|emergency\s+department|urgent\s+care)\s+)?(?:(?:on\s+)?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s+|today\s+|yesterday\s+|last\s+night\s+|this\s+morning\s+)?with\b/giu;


/** The last days of a life spent with us: "spent his last weeks here", "spent her final days in our hospice", "through his final night in our ICU", "comforted him through his last night", "getting my mom through her last weeks with dignity", "sat with my dad every night of his last week" (not "during her last night shift"). */
const LAST_DAYS = /\b(?:spen(?:d|ds|t|ding)\s+(?:his|her|their)\s+(?:last|final)\s+(?:few\s+)?(?:hours|days|weeks|months)\s+(?:here|with\s+us|in\s+our|at\s+our|on\s+our)|(?:his|her|their)\s+(?:last|final)\s+(?:few\s+)?(?:hours|days|weeks|nights?|moments|breaths?)\s+(?:in|at|on)\s+our|(?:through|during|(?:every|each)\s+(?:day|night|hour)\s+of)\s+(?:his|her|their)\s+(?:last|final)\s+(?:few\s+)?(?:hours|nights?|days|weeks?|moments|breaths?)(?!\s+(?:shift|on\s+the\s+job|at\s+work|before|with\s+(?:the|our)\s+team|as\b)))\b/giu;

/** A stay in hospital, told by its length or by being there: "after 212 days in the hospital", "after 51 days with us", "on his 40th day with us", "spent 9 weeks here", "spent her first 4 months with us", "is still in the hospital", "had to spend his birthday in the hospital" (not "20 years at our hospital" or "6 years with us"). */
const IN_HOSPITAL = new RegExp(String.raw`\b${COUNT}\s+(?:days?|weeks?|nights?)\s+with\s+us\b|\b(?:his|her|their)\s+\d{1,3}(?:st|nd|rd|th)\s+(?:day|week|night)\s+(?:with\s+us|here|in\s+our|on\s+our)\b|\bspen(?:d|ds|t|ding)\s+(?:(?:his|her|their)\s+)?(?:first\s+)?${COUNT}\s+(?:days?|weeks?|months?|nights?)\s+here\b(?!\s+(?:building|painting|volunteering|working|training|teaching|helping|learning|filming|visiting))|\bspent\s+(?:his|her|their)\s+first\s+${COUNT}\s+(?:days?|weeks?|months?)\s+(?:of\s+life\s+)?(?:with\s+us|in\s+our|here)\b|\b(?:${COUNT}\s+(?:days?|weeks?|months?|nights?)\s+(?:in|at)\s+(?:the|our)|(?:is|was|were|are|been|remains?|remained|stayed|staying|ended\s+up|landed|back)\s+(?:(?:still|now)\s+)?in\s+the|\bspen(?:d|ds|t|ding)\s+(?:[\p{L}'’-]+\s+){1,3}in\s+the)\s+hospital\b`, "giu");

/** Someone's stay and how long it was: "her", "their dad's two-week", "his 10-day". */
const OWN_STAY = String.raw`\b(?:his|her|their|\p{L}+['’]s)\s+(?:own\s+|last\s+|latest\s+|recent\s+|previous\s+|first\s+)?(?:(?:${COUNT}|long|short)[- ](?:day|night|week|month)s?[- ])?`;
/** A stay told by its length or its place: "their dad's two-week stay", "her stay with us", "his own stay on our cardiac floor", "his hospital stay" (not "Dr. Lee's two-week stay in Haiti"). */
const STAY = new RegExp(String.raw`${OWN_STAY}stay\s+(?:with\s+us|on\s+(?:our\s+)?\d|in\s+our|at\s+our|on\s+our)|${OWN_STAY}(?:hospital|inpatient)\s+stay\b|\b(?:his|her|their|\p{L}+['’]s)\s+${COUNT}[- ](?:day|night|week|month)[- ]stay\b(?!\s+(?:in|at)\s+\p{Lu})`, "giu");

/** A birthday spent with a care team of ours: "100 years young, spending it with our cardiac rehab crew", "spent her birthday with our ICU nurses". */
const BIRTHDAY_WITH_US = /\bspen(?:d|ds|t|ding)\s+(?:it|(?:his|her|their)\s+(?:\d+\w*\s+)?birthday)\s+with\s+(?:our|the)\s+(?:[\p{L}&-]+\s+){0,3}(?:team|crew|nurses|staff|unit)\b/giu;
/** Visits kept up to a place of care: "has been coming to our anticoagulation clinic every month", "came to us three times a week", "has been coming three times a week" (not "... to volunteer"), "(our dialysis unit) where you come every Monday". */
const REGULAR_VISITS = /(?:(?<=\bwhere\s+(?:you|she|he|they)\s+)(?:come|comes|came|visit|visits)\s+|\b(?:come|com(?:es|ing)|came|visit(?:s|ed|ing)?)\s+(?:to\s+(?:us|our\s+(?:[\p{L}-]+\s+){0,3}?(?:clinic|center|centre|office|unit|practice|hospital|gym|program|lab))|in)\s+)(?:(?:every|each)\s+(?:day|week|month|other\s+(?:day|week)|(?:\d+|two|three|four|six|few)\s+(?:days|weeks|months)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:\w+\s+times|once|twice)\s+a\s+(?:week|month|day)|weekly|monthly|daily)\b|\bbeen\s+coming\s+(?:in\s+)?(?:\w+\s+times|once|twice)\s+a\s+(?:week|month)\b(?!\s+to\s+\p{L})/giu;

/**
 * A birth told of the mother: "after delivering her twins", "days after giving birth to their son", "delivered her
 * fifth baby", "helped a mom from Fox Hollow deliver triplets" (not "Dr. Lin delivered her first baby as an
 * attending", nor "her 1,000th baby", a clinician's count).
 */
const GAVE_BIRTH = /\b(?:after|before|since|while)\s+(?:delivering|giving\s+birth\s+to|welcoming)\s+(?:her|their)\s+(?:first\s+|second\s+|third\s+|new\s+|baby\s+)?(?:baby|babies|twins|triplets|son|daughter|child|boy|girl)\b|(?<=\bdeliver(?:ed|s|ing)\s+)(?:her|their)\s+(?:own|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:baby|babies|twins|triplets|son|daughter|child|boy|girl)\b|(?<=\bhelp(?:ed|s|ing)?\s+(?:[\p{L}'’-]+\s+){1,8}?deliver\s+)(?:(?:her|their)\s+(?:new\s+|baby\s+|first\s+)?)?(?:(?:healthy|beautiful|identical|tiny|premature)\s+)?(?:baby|babies|twins|triplets|son|daughter|child|boy|girl)\b/giu;

/** Delivering the babies of parents named: "for delivering Chloe and Mark Benson's twin girls", "delivered the Garcias' son". */
const DELIVERED_THEIRS = /\bdeliver(?:ed|ing)(?=\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+(?:and\s+)?\p{Lu}\p{Ll}+){0,3}(?:['’]s|s['’])\s+(?:(?:twin|triplet|new|baby|healthy|first|second|third|beautiful|little)\s+){0,2}(?:baby|babies|twins|triplets|son|daughter|girls?|boys?)\b)/gu;
/**
 * A birth of several babies, or of one told with where it happened: "delivered healthy twins", "who had triplets
 * here", "gave birth to a baby girl in our birthing center" (not "had a baby" alone, which is anyone's news).
 */
const HAD_BABIES = /(?<=\b(?:had|has|delivered|delivering|gave\s+birth\s+to|giving\s+birth\s+to)\s+(?:(?:healthy|beautiful|identical|fraternal|surprise|her|their)\s+){0,2})(?:twins|triplets|quadruplets|quintuplets)\b|(?<=\b(?:had|gave\s+birth\s+to)\s+)(?:a\s+)?(?:healthy\s+)?(?:baby(?:\s+(?:boy|girl))?|son|daughter)(?=\s+(?:here|with\s+us|(?:in|at|on)\s+our)\b)/giu;

/** Someone's death with our staff beside them: "stayed past their shift to be with Mr. Vernon Ellis when he passed", "held her hand as she died". */
const AT_DEATH = /\b(?:with|beside|by)\s+(?:the\s+family\s+of\s+)?(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+)?(?:\p{Lu}\p{Ll}+\s+){1,3}(?:when|as|while)\s+(?:he|she|they)\s+(?:passed|died)\b|\bheld\s+(?:his|her|their)\s+hands?\s+(?:when|as|while)\s+(?:he|she|they)\s+(?:passed|died)\b/gu;

/** A case staff tell of coming in: "we had a college kid from Westmont State come in after ...". */
const CASE_CAME_IN = /(?<=\b(?:we|I)\s+(?:had|got|saw)\s+(?:a|an)\s+[^.!?]{0,60}?\s)(?:come|came)\s+in\b/giu;

/** A blow taken to the head or body: "took a skate blade to the neck", "took a puck to the face". */
const BLOW_TO = /\b(?:took|takes|taking|caught)\s+an?\s+(?:[\p{L}-]+\s+){0,2}to\s+the\s+(?:face|head|eye|neck|chest|mouth|jaw|throat|temple|groin|knee|ribs)\b/giu;

/** Someone brought in to us, as the emergency department tells of arrivals: "a student was brought in after a sledding accident", "was brought in by ambulance", a note's "Jefferson, 17, brought in by police" (not "was brought in to help", "brought in as interim director", "Bagels were brought in with coffee"). */
const BROUGHT_IN = /(?<!\b(?:food|lunch|dinner|breakfast|pizzas?|donuts|doughnuts|bagels|coffee|cakes?|cookies|treats|snacks|supplies|equipment|flowers|gifts|toys|meals?|tacos|cupcakes|help|reinforcements|backup|staff|nurses|volunteers|consultants?|experts?|therapy\s+dogs?)\s+)(?:\b(?:was|were|got|been|being)\s+|(?<=\b\d{1,3}(?:\s?(?:yo|[MF]))?,\s))(?:rushed\s+|carried\s+)?brought\s+in(?=\s+(?:after|with|unconscious|unresponsive|not\s+breathing|in\s+(?:cardiac\s+)?arrest|by\s+(?:ambulance|EMS|medics|paramedics|helicopter|police|(?:his|her|their)\s+\p{Ll}+))\b|\s*[.;!—–-])/giu;
/** Someone brought to us by an ambulance or its crew: "the ambulance brought in 16-year-old Marcus Bell", "paramedics rushed him in" (not "brought in supplies"). */
const AMBULANCE_BROUGHT = /\b(?:[Aa]mbulances?|[Pp]aramedics|EMTs?|EMS|[Mm]edics|[Hh]elicopter|[Ll]ife\s*[Ff]light)\s+(?:crew\s+|team\s+)?(?:brought|rushed|flew|carried|raced)(?:\s+in)?(?=\s+(?:him|her|them|the|a|an|our|\d{1,3}-year-old|\p{Lu}))/gu;
/** A lab's value or a vital sign in a note's shorthand, right after a capitalised name: "(Kovalenko) K 6.1", "(Banerjee) Cr 2.4", "(Ruiz) Hgb 6.8", "(Abernethy) BP 82/50", "(Soto) sats 84%". */
const LAB_SHORTHAND = /(?<=\p{Lu}\p{Ll}+\s+)(?:(?:K\s+\d\.\d|(?:Na|Cr|Hgb|Hb|WBC|Plt|INR|BNP|BG|A1C|Trop|Lactate|HR|RR|Temp)\s+\d{1,3}(?:\.\d{1,2})?)(?![\d.%:/])|BP\s+\d{2,3}\/\d{2,3}(?![\d/])|(?:SpO2|[Ss]ats)\s+\d{2,3}%?(?![\d.]))/gu;
/** Oxygen by its flow: "2L NC", "4 L nasal cannula", "on 40L HFNC", "he's on 2L". */
const OXYGEN_FLOW = /\b\d{1,2}\s?L(?:PM)?\s+(?:NC|nasal\s+cannula|O2|HFNC|high\s+flow)\b|(?<=\b(?:[Hh]e['’]s|[Ss]he['’]s|is|still|now|back)\s+on\s+)\d{1,2}\s?L(?:PM)?\b(?!\s*(?:of|bottles?|jugs?)\b)/gu;
/** A day after an operation, counted: "Day 2 post-op", "day 3 postop". */
const POST_OP_DAY = /\b[Dd]ay\s+\d{1,2}\s+post-?op\b/gu;
/** Breathing that needed a machine: "couldn't breathe without a machine", "unable to breathe on his own". */
const MACHINE_BREATHING = /\b(?:couldn['’]t|could\s+not|can['’]t|cannot|unable\s+to)\s+breathe\s+(?:on\s+(?:her|his|their)\s+own|without\s+(?:a\s+)?(?:machine|ventilator|vent|oxygen|breathing\s+tube))\b/giu;
/** The bell rung at the end of treatment: "rang the bell", "rang our chemo bell", "ringing the victory bell", "rang our NICU graduation bell". */
const RANG_BELL = /\b(?:rang|ring|rings|ringing|rung)\s+(?:the|our|that|his|her|their)\s+(?:(?:chemo|radiation|cancer|treatment|victory|final|famous|big|end-of-treatment|survivor['’]?s?|NICU|graduation|discharge|celebration)\s+){0,2}bell\b/giu;
/** A death told by "passed" alone: "before she passed", "the day he passed.", "when your mom passed last Tuesday", "Mr. Sato passed at 0340" (not "she passed her boards"). */
const PASSED = /\b(?:he|she|they|(?:your|his|her|their|my)\s+(?:mom|mother|dad|father|husband|wife|son|daughter|grandma|grandmother|grandpa|grandfather|brother|sister|aunt|uncle|partner)|(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+[\p{L}'’-]+)\s+passed(?=\s*(?:[.!?,;]|$)|\s+(?:on|peacefully|quietly|suddenly|surrounded|in\s+our|at\s+our|last|this|yesterday|today|overnight|at\s+[0-2]\d[0-5]\d|at\s+\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.|this|last|in|on|\b))\b)/giu;

/** What a death is told to: "to cancer", "to an overdose". */
const LOST_CAUSE = String.raw`(?:cancer|covid|suicide|an?\s+overdose|overdose|addiction|fentanyl|opioids|heroin|drugs|gun\s+violence|sepsis|pneumonia|(?:the\s+)?flu|leukemia|ALS|dementia|a\s+stroke|a\s+heart\s+attack)`;
/** A death told as a loss to us: "the young mom we lost in the ICU", "whom we sadly lost last week", "we lost Mr. Ruiz", "we lost a young Ridgeview mom to an overdose" (not "we lost power", "we lost in overtime", "we lost Game 3"). */
const WE_LOST = new RegExp(String.raw`\b(?:we|we['’]ve|we\s+have)\s+(?:(?:sadly|recently|tragically|suddenly|just|unexpectedly)\s+)?lost\b(?=\s*(?:[.!?,;]|$)|\s+(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?\s+\p{Lu}|(?!(?:Game|Round|Match|Week|The)\b)\p{Lu}\p{Ll}+|(?:him|her|them)\b|(?:in|at|on)\s+our\s|in\s+the\s+(?:ICU|NICU|PICU|CCU|ER|ED|OR|hospital|trauma\s+bay|emergency)|last\s+(?:night|week|month|year|spring|summer|fall|winter)|this\s+(?:morning|week|month|year|past)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|earlier\s+this|to\s+${LOST_CAUSE}|(?:a|an|one|our|the|two|three)\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}?to\s+${LOST_CAUSE}))`, "gmu");

/** A resuscitation told by when it was: "yesterday's code", "Saturday night's code" (not "the door code"). */
const TIMED_CODE = /\b(?:yesterday|today|tonight|last\s+night|this\s+morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+night)?)['’]s\s+code\b(?!\s+(?:word|name|of|red|orange|yellow|gray|grey|silver|black|pink|green|white|drill|training|review|change)\b)/giu;

/** Care someone received, told as theirs: "the fast care she got last month", "the treatment he received here". */
const CARE_GOT = /\b(?:care|treatment|surgery|rehab|therapy)\s+(?:that\s+)?(?:she|he|they)\s+(?:got|received|had|needed)\b/giu;

/** An aid to walking, in lower case, as something someone uses or leaves or owns: "walking without the walker", "off her crutches", "Mr. Hollis Dean's new walker", "showing off his new walker", "your new walker" (not "the Walker family", "candy canes"). */
const WALKING_AID = /\b(?:without|(?<!\bshow(?:s|ed|ing)?\s+)off|ditch(?:ed|ing)?|out\s+of|with|using|on)\s+(?:the|your|his|her|their|a)\s+(?:new\s+)?(?:walker|cane|crutches|rollator)\b|(?<=\b\p{Lu}\p{Ll}+['’]s\s+(?:new\s+)?)(?:walker|cane|crutches|rollator|wheelchair)\b|(?<=\bshow(?:s|ed|ing)?\s+off\s+(?:his|her|their)\s+(?:new\s+)?)(?:walker|cane|crutches|rollator|wheelchair)\b|(?<=\b(?:[Yy]our|ur|[Hh]is|[Hh]er|[Tt]heir)\s+new\s+)(?:walker|cane|crutches|rollator|wheelchair)\b/gu;

/**
 * Struck by a vehicle, or on a road, or by something thrown, swung or falling, or pinned under a machine: "hit by a drunk
 * driver", "the trooper hit on I-80", "took a puck to the throat", "pinned under his tractor", "pinned by a falling pallet".
 */
const STRUCK = /\b(?:hit|struck)\s+by\s+lightning\b|\b(?:hit|struck|pinned|crushed|trapped|knocked\s+down)\s+(?:by|under)\s+(?:a|an|the)\s+(?:falling|collapsing|toppling)\s+[\p{L}-]+|\b(?:hit|struck|run\s+over|mowed\s+down|pinned|clipped|sideswiped|knocked\s+(?:down|over))\s+(?:by\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:car|truck|vehicle|driver|bus|train|van|suv|motorist|pickup|motorcycle|semi)|(?:on|along)\s+(?:I-\d+|Route\s+\d+|Highway\s+\d+|(?:the\s+)?interstate))\b|\b(?:took|takes|taken|taking|caught)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:puck|ball|baseball|softball|fastball|pitch|line\s+drive|bat|stick|club|elbow|knee|helmet|cleat|skate)\s+to\s+(?:the|his|her|their)\s+(?:head|face|throat|eye|chest|nose|mouth|jaw|temple|neck|ribs|knee)\b|\b(?:pinned|trapped|crushed)\s+(?:under|beneath|between)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:tractor|car|truck|vehicle|atv|mower|forklift|tree|beam|machine|log|boat|horse|cow|wall)s?\b/giu;

/** Someone due to come in for care: "Ava Lindgren, age 7, is coming in for tubes in her ears on Friday" (not "for a shift", "for lunch"). */
const COMING_IN_FOR = /\b(?:is|are|was|were|will\s+be)\s+coming\s+in\s+for\s+(?:(?:a|an|her|his|their|the|some)\s+)?(?!(?:lunch|dinner|breakfast|coffee|party|shift|meeting|interview|training|orientation|work|tour|chat|visit\s+with|photo|photos|celebration)\b)\p{L}[\p{L}-]*/giu;
/** How someone was when they came to us, a state only care meets: "came in blue and barely breathing", "was brought in unresponsive", "arrived in cardiac arrest". */
const CAME_IN_STATE = /\b(?:came|comes|was\s+brought|were\s+brought|was\s+rushed|were\s+rushed|arrived|rolled)\s+(?:in|into\s+(?:our|the)\s+(?:ER|ED|emergency\s+(?:room|department)|trauma\s+bay))\s+(?:(?:completely|totally|nearly|almost)\s+)?(?:blue|gray|grey|limp|lifeless|unresponsive|unconscious|not\s+breathing|barely\s+breathing|without\s+a\s+pulse|with\s+no\s+pulse|pulseless|in\s+(?:cardiac\s+)?arrest|in\s+(?:septic\s+)?shock|seizing|coding|bleeding\s+heavily)\b/giu;
/** A prognosis that someone may lose what they could do: "told Dana Whitlock she might never walk again" (not "never again" alone). */
const NEVER_AGAIN = /\b(?:might|may|would|will|could)\s+never\s+(?:walk|talk|speak|see|hear|eat|swallow|run|dance|drive|work|wake\s+up|use\s+(?:his|her|their)\s+[\p{L}]+|breathe\s+on\s+(?:his|her|their)\s+own)\s+again\b/giu;
/** A prognosis that someone may die soon: "he may not make it through the night", "She doesn't think she'll make it through the weekend". */
const NOT_MAKE_IT = /\b(?:(?:doesn['’]t|does\s+not|don['’]t|do\s+not)\s+think\s+(?:she|he|they)(?:['’]ll|\s+will)|may|might|won['’]t|will\s+not|(?:is|isn['’]t|is\s+not)\s+(?:not\s+)?(?:likely|going)\s+to|probably\s+won['’]t)\s+(?:not\s+)?make\s+it\s+(?:through\s+(?:the\s+night|the\s+weekend|today|tonight)|to\s+(?:morning|Christmas|the\s+weekend))\b/giu;
/** Someone who came in with something stuck in or through them: "came in with a turtle attached to his finger", "came in with a nail through her hand". */
const CAME_IN_WITH = /\b(?:came|comes|coming|rushed|walked|was\s+brought|were\s+brought)\s+in\s+with\b(?=\s+(?:an?|his|her|their|two|three)\s+(?:[\p{L}-]+\s+){0,3}(?:stuck|attached|lodged|embedded|clamped|hooked|through|in\s+(?:his|her|their))\b)/giu;

/** A crash someone had: "the mountain biker who crashed on the trail", "crashed her motorcycle" (not "crashed the party"). */
const CRASHED = /\b(?:who|she|he|they)\s+(?:had\s+)?crashed\b(?!\s+(?:a|the|our|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:party|wedding|gala|reception|meeting|server|computer|system|website|site|app))|\bcrashed\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+)?(?:bike|car|truck|motorcycle|atv|snowmobile|scooter|moped|e-bike|skateboard|glider|plane|jet\s+ski)\b/giu;

/** A fall someone had, told by when or where on the ward: "upset she fell this morning", "Okafor fell overnight", "he fell again in the bathroom", "her glasses broke when she fell;" (not "prices fell this morning", "she fell asleep"). */
const FELL_WHEN = /(?<=\b(?:[Hh]e|[Ss]he|[Tt]hey|\p{Lu}\p{Ll}+)\s+)(?:fell|has\s+fallen|had\s+a\s+fall)\s+(?:again\s+|twice\s+)?(?:this\s+(?:morning|afternoon|evening)|overnight|last\s+(?:night|week)|yesterday|today|tonight|on\s+nights|during\s+the\s+night|in\s+the\s+(?:bathroom|shower|hallway)|in\s+(?:his|her|their)\s+room|trying\s+to\s+(?:get|walk|stand|reach)|getting\s+(?:up|out\s+of\s+bed)|on\s+the\s+way\s+to\s+the\s+(?:bathroom|toilet|commode)|again|twice)\b|(?<=\b(?:when|after|since)\s+(?:he|she)\s+)fell(?=\s*[;,.!?])/gu;
/** A fall, told by where it happened or how far: "fell at home", "slid out of bed", "fell two stories", "fell down the stairs", "fell off a ladder", "fell through a skylight", "fell into the river" (not "fell asleep", "fell in love"). */
const FELL = /\b(?:slipped|tripped)\s+on\s+(?:the\s+|some\s+)?(?:black\s+|icy\s+)?ice\b|\b(?:slid|slipped|rolled|fell)\s+out\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:bed|chair|recliner|wheelchair)\b|\b(?:fell|fallen)\s+(?:at\s+home|(?:\d+|two|three|four|five|six|ten|twenty|thirty)\s+(?:stories|storeys|floors|feet|ft)|down\s+(?:the\s+|a\s+flight\s+of\s+)?(?:stairs|steps)|(?:off|through|from)\s+(?:the\s+(?:back|top|side|edge|bed)\s+of\s+)?(?:a|the|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:ladder|roof|horse|bike|bicycle|porch|deck|tree|trampoline|scaffold(?:ing)?|skylight|balcony|window|loft|hayloft|truck|trailer|stage|bleachers|cliff|bridge|dock|boat|wagon|float)|(?:on|from)\s+(?:the|a|an|his|her|their)\s+(?:icy\s+)?(?:ice|stairs|steps|ladder|roof|porch|deck|driveway|sidewalk)|into\s+(?:the|a|an)\s+(?:icy\s+|frozen\s+|freezing\s+)?(?:river|lake|pond|well|pool|ravine|canal|creek|quarry|hole|pit|shaft|manhole|sinkhole|gorge|bay|harbor|ocean))\b/giu;

/** Taking something out of or from a part of the body: "pulled a splinter from ", "removed 42 magnets from ". */
const TAKEN_FROM = String.raw`(?:get|got|getting|pull(?:ed|ing)?|take|took|taken|taking|remov(?:e|ed|ing)|dig(?:ging)?|dug|retriev(?:e|ed|ing)|extract(?:ed|ing)?|fish(?:ed|ing)?)\s+(?:(?:that|the|a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of)\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}(?:out\s+of|from)\s+`;
/** Something taken out of a part of the body: "get that fish hook out of your thumb", "pulled a splinter from her foot". */
const TAKEN_OUT = new RegExp(String.raw`\b${TAKEN_FROM}(?:(?:your|his|her|their|my)\s+(?:left\s+|right\s+)?(?:thumb|finger|hand|foot|eye|ear|nose|leg|arm|back|throat|skin|toe|knee|scalp|cheek|lip|palm|heel|stomach|belly|esophagus|airway|lung|bowel|intestines?))`, "giu");
/** Something taken out of someone the sentence goes on to describe: "removed 42 magnets from the stomach of a 5-year-old", "a fishing lure from the eyelid of the champion". */
const TAKEN_FROM_PART = String.raw`the\s+(?:stomach|throat|esophagus|airway|lungs?|bowel|intestines?|nose|ear|eye|eyelid|eyebrow|cheek|lip|scalp|finger|thumb|hand|foot|arm|leg|back|skull|chest|belly)\s+of\s+`;
const TAKEN_FROM_SOMEONE = new RegExp(String.raw`\b${TAKEN_FROM}${TAKEN_FROM_PART}(?:a|an|the|this)\s`, "giu");
/** The same, from someone named: "removed a fishing lure from the ear of little Wyatt Hale" (case matters for the name, so no "i" flag). */
const TAKEN_FROM_NAMED = new RegExp(String.raw`\b${TAKEN_FROM}${TAKEN_FROM_PART}(?:[Ll]ittle\s+|[Yy]oung\s+|[Bb]aby\s+|(?:Mr|Mrs|Ms|Mx)\.?\s+)?\p{Lu}\p{Ll}+`, "gu");

/** A transplant told by its donor: "met the family of the donor whose heart now beats in his chest", "hugged her donor". */
const DONOR_MET = /\b(?:met|meet|meets|meeting|thanked|hugged)\s+(?:the\s+family\s+of\s+(?:the|his|her|their)\s+donor|(?:his|her|their)\s+(?:kidney\s+|liver\s+|heart\s+|marrow\s+)?donor(?:['’]s\s+(?:family|mom|mother|dad|father|wife|husband|parents|widow))?)\b|\bdonor\s+whose\s+(?:heart|kidney|liver|lungs?|corneas?)\b/giu;

/** Vaccines a child had or needs, told to the parent: "such a trooper during her shots", "the Osei twins both need their 12-month shots" (not "her flu shot", which anyone may be shown getting). */
const HAD_SHOTS = /(?<=\b(?:during|for|after|before|with|need|needs|needed|got|gets|get)\s+(?:(?:both|all)\s+)?(?:her|his|their|your)\s+)(?:\d+-(?:month|year)\s+|baby\s+|first\s+)?(?:shots|vaccines|vaccinations|immunizations|jabs)\b/giu;

/** A birth told by how early it came: "you arrived 10 weeks early", "born 3 months premature". */
const CAME_EARLY = /(?<=\b(?:arrived|born|came|delivered)\s+)(?:\d+|a\s+few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\s+(?:weeks|months)\s+(?:early|premature|prematurely|too\s+soon)\b/giu;

/** A preterm birth is a condition the baby had, which consent must cover: "born at 24 weeks", "arrived at 26 weeks", "born 10 weeks early". */
const PRETERM = new RegExp(String.raw`(?<=\bborn\s+(?:at\s+)?|\b(?:arrived|came|delivered)\s+at\s+)(?:2[2-9]|3[0-6])\s+weeks\b|${CAME_EARLY.source}`, "giu");

/** Someone who comes back to thank a care team named for what it treats: "came to thank our frostbite team", "stopped by to thank our trauma surgeons" (not "for their service", "for 25 years of service to the city"). */
const CAME_TO_THANK = /(?<=\b(?:came|comes|coming|stopped\s+by|dropped\s+by|returned|came\s+back|visited)\s+(?:in\s+|back\s+)?)to\s+thank(?=\s+(?:our|the)\s+(?:[\p{L}&-]+\s+){1,3}?(?:team|nurses|doctors|surgeons|caregivers)\b(?!\s+(?:for\s+(?:(?:their|its|all\s+their)\s+|(?:\d+|many|decades\s+of|years\s+of)\s+(?:years\s+of\s+)?)(?:service|partnership|support|hard\s+work|dedication|work|efforts?)|on\b)))/giu;

/** Someone told as mending: "He's making progress every day", "she's healing well" (not "making progress on the new wing"). */
const MENDING = /\b(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:still\s+|slowly\s+|steadily\s+)?(?:making\s+(?:great\s+|good\s+|slow\s+|steady\s+|real\s+)?progress|healing|getting\s+stronger)\b(?!\s+(?:on|with|toward|towards|in\s+(?:school|class|math|reading|her\s+career|his\s+career))\b)/giu;

/** A baby taken home: "congrats on bringing the twins home", "took baby Ava home", "you and baby Nova are home". */
const TOOK_BABY_HOME = /\b(?:bring(?:s|ing)?|brought|took|taking|takes)\s+(?:(?:the|your|her|his|their)\s+)?(?:new\s+|little\s+|baby\s+)?(?:baby|babies|twins|triplets|newborns?|son|daughter|little\s+one|boy|girl)\s+home\b|\bbaby\s+\p{Lu}\p{Ll}+\s+(?:are|is)\s+(?:finally\s+|now\s+|safely\s+|both\s+)?home\b/giu;

/** Things delivered that are no birth: "delivered pies to our trauma team", "delivers the keynote". */
const GOODS_AFTER = /^\s+(?:(?:the|some|a|an|hot|fresh|homemade|holiday|\d+|dozens\s+of|boxes\s+of|bags\s+of)\s+)*(?:pies?|meals?|food|lunch|dinner|breakfast|cookies|treats|gifts?|toys|flowers|supplies|donations?|boxes|bags|coffee|pizzas?|cards|blankets|(?:care\s+)?packages|mail|news|remarks|speech|talk|keynote|lecture|presentation|check|training|services)\b/i;
function deliveredGoods(text: string, s: Span): boolean {
  return /^deliver/i.test(text.slice(s.start, s.end)) && GOODS_AFTER.test(text.slice(s.end, s.end + 40));
}
/** Babies born to a family we tell of: "a surprise third baby for a Fairmont couple", "twins for a young mom", "a surprise second twin nobody knew about for a couple", "twins delivered in our parking garage, to a firefighter's wife". */
const BABIES_FOR = /\b(?:twins|triplets|quadruplets|babies|(?:a|one)\s+(?:surprise\s+|healthy\s+|new\s+)?(?:(?:second|third|fourth|fifth)\s+)?(?:baby|twin)(?:\s+(?:boy|girl))?)(?:\s+[\p{L}'’-]+){0,4}?\s+(?:for|to)\s+(?:a|an|the|one)\s+(?:[\p{L}'’-]+\s+){0,2}(?:couple|mom|mother|family|parents|dad|father|newlyweds|wife)\b/giu;
/** A course of therapy sessions gone through: "after finishing all 36 sessions", "completed 40 hyperbaric treatments" (not "all 10 sessions of our CPR course"). */
const SESSIONS_DONE = new RegExp(String.raw`\b(?:finish(?:ed|es|ing)?|complet(?:e|ed|es|ing))\s+(?:all\s+(?:of\s+)?)?(?:(?:his|her|their)\s+)?(?:${COUNT}|twenty|thirty|forty|\d+)\s+(?:(?:rehab|therapy|radiation|dialysis|infusion|hyperbaric|PT|OT|physical\s+therapy|speech\s+therapy|cardiac\s+rehab|pulmonary\s+rehab)\s+)?(?:sessions|treatments|infusions)\b(?!\s+of\s+(?:(?:our|the|his|her|their|a)\s+)?(?:[\p{L}-]+\s+)?(?:training|courses?|class(?:es)?|workshops?|seminars?|lessons?|coaching|mentoring|leadership|orientation|cpr|bls|acls|yoga|pilates|tutoring))`, "giu");
/** Someone harmed in an incident, told after the word for them: "the Oakmont firefighter burned in the Delmar Street fire", "a teacher shot during the robbery". */
const HARMED_IN = /(?<=\b(?:who\s+(?:was|were|got)|(?:she|he|they)\s+(?:was|were|got)|\p{L}+(?:er|or|ist|ian|man|woman|mom|dad|kid|boy|girl|teen|child|guard|chief|officer))\s+(?:badly\s+|severely\s+|critically\s+|seriously\s+)?)(?:burned|burnt|shot|stabbed|wounded|mauled|trampled|gored|electrocuted|scalded)\s+(?:in|during|at|by)\s+(?:a|an|the|last|this|that|\p{L}+['’]s)\s/giu;
/** A stroke or heart attack team's clock, run for one patient: "our fastest door-to-needle time ever was for a 38-year-old" (not "cut our door-to-needle time to 20 minutes"). */
const CLOCK_FOR = /\bdoor-to-(?:needle|balloon|groin|CT)\s+times?\s+(?:[\p{L}-]+\s+){0,2}(?:was\s+|of\s+\d+\s+minutes\s+)?for\s+(?:a|an|the|this|one|our)\s/giu;
/** Teeth knocked out or broken: "knocked out two front teeth", "chipped her tooth", "lost his front teeth in a bike crash" (not a child's lost tooth). */
const TEETH_HURT = /\b(?:knocked\s+out|chipped|cracked|broke|broken|shattered|knocked\s+loose)\s+(?:(?:his|her|their|your|my|a|an|two|three|four|both|several)\s+)?(?:[\p{L}-]+\s+)?(?:teeth|tooth)\b|\blost\s+(?:his|her|their|two|both)\s+(?:two\s+)?front\s+teeth\s+(?:in|during|after|to)\s+(?:a|an|the|that)\s+(?:[\p{L}-]+\s+)?(?:crash|accident|fall|fight|collision|game|match)\b/giu;
/** Someone rescued from where they could have died: "pulled from the harbor", "20 minutes underwater". */
const RESCUED_FROM = new RegExp(String.raw`\bpulled\s+(?:alive\s+)?from\s+(?:the|a|an|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:water|harbor|harbour|river|lake|pond|pool|ocean|surf|creek|bay|rubble|wreckage|fire|flames|car|truck|ice|well|trench|mine|snow|avalanche)\b|\b(?:${COUNT}|twenty|thirty)\s+minutes\s+(?:underwater|under\s+water|without\s+a\s+pulse)\b|\b(?:underwater|under\s+water|without\s+a\s+pulse)\s+for\s+(?:${COUNT}|twenty|thirty)\s+minutes\b`, "giu");
/** Time spent in our care, told as time with us: "spent 5 months with us in 2020", "spending the weekend with our ortho team" (not "spent a summer with us as an intern"). */
const SPENT_WITH_US = new RegExp(String.raw`\bspen(?:t|ds?|ding)\s+(?:(?:${COUNT}|a)\s+(?:long\s+)?(?:days?|weeks?|months?|nights?)|the\s+(?:whole\s+)?(?:weekend|night|week|holidays?))\s+(?:here\s+)?with\s+(?:us|our\s+(?:[\p{L}-]+\s+){0,2}(?:team|unit|nurses|staff|doctors|surgeons))\b(?!\s+as\b)`, "giu");
/** A birth told by the baby's arrival: "Our first baby of 2027 arrived at 12:03 am", "Our first baby of Christmas Day, Noelle Rivers, arrived", "the twins made their debut", "the safe arrival of baby Linh, our first New Year's baby of 2027", "the arrival of their triplets in our Labor & Delivery unit", "The first baby of 2027 at our hospital" (not a staff member's news without our place). */
const BABY_ARRIVED = /\b(?:baby|babies|twins|triplets|newborn|little\s+one|bundle\s+of\s+joy)\s+(?:(?:of\s+(?:the\s+(?:new\s+)?year|\d{4})|this\s+(?:year|month|week))\s+)?(?:who\s+)?(?:arrived|made\s+(?:his|her|their)\s+(?:debut|entrance|arrival|grand\s+entrance))\b|\b(?:safe|early|surprise|speedy|happy|healthy)\s+arrival\s+of\s+(?:(?:their|his|her|a)\s+)?(?:baby|babies|twins|triplets|daughter|son|little)\b|\barrival\s+of\s+(?:their|his|her)\s+(?:(?:baby|new|little)\s+)?(?:baby|babies|twins|triplets|quadruplets|daughter|son|boy|girl)\b(?=[^.!?]{0,20}?\b(?:here|with\s+us|(?:in|at)\s+our)\b)|\bour\s+(?:first|last)\s+(?:New\s+Year['’]s\s+)?baby\s+of\s+(?:the\s+(?:new\s+)?year|\d{4}|Christmas(?:\s+Day)?|Thanksgiving|the\s+holidays|New\s+Year['’]s\s+Day)\b|\bthe\s+(?:first|last)\s+baby\s+(?:born\s+)?(?:of|in)\s+(?:the\s+(?:new\s+)?year|\d{4})\s+(?:at|in)\s+our\b/giu;

/** A birth told by the baby's weight in pounds and ounces: "Sofia Marie Grant, 7 lbs 2 oz". */
const BIRTH_WEIGHT = /\b\d{1,2}\s*(?:lbs?|pounds?)\.?,?\s*(?:and\s+)?\d{1,2}\s*(?:oz|ounces?)\b/giu;

/** Weight lost through our care: "after losing 120 pounds with our bariatric program". */
const LOST_WEIGHT = /\b(?:los(?:t|ing|es|e)|shed(?:ding|s)?|dropp(?:ed|ing))\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?\d+\s*(?:pounds|lbs?|kg|kilos)\s+(?:with|in|through|thanks\s+to|after)\s+(?:our|the|his|her|their)\b/giu;

/** A person's weight, as birth announcements and NICU stories give it: "weighed just 1 lb 4 oz", "weighed just 14 ounces", "weighing 2 pounds", "once 1 lb 11 oz". */
const WEIGHED = /\b(?:once|born\s+at)\s+(?:(?:just|only|a\s+tiny)\s+)?\d+\s*(?:lbs?\.?|pounds?)(?:,?\s*(?:and\s+)?\d+\s*(?:oz|ounces?))?(?![\p{L}\d])|\bweigh(?:ed|ing|s)\s+(?:in\s+at\s+)?(?:(?:just|only|barely|less\s+than|under|over|about)\s+)?\d+(?:\.\d+)?\s*(?:lbs?\.?|pounds?|kg|kilograms?|grams?|g|oz|ounces)(?:,?\s*(?:and\s+)?\d+\s*(?:oz|ounces?))?(?![\p{L}\d])/giu;

/** Where someone is now, owed to the people who cared for them: "Thanks to our spine surgeons, he walked ...". */
const OWED_TO_CARE = /\bthanks\s+to\s+(?:our|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:doctors|surgeons|nurses|therapists|specialists|physicians|clinicians|providers|cardiologists|oncologists|neurologists|pediatricians|neonatologists|paramedics|(?:care|medical|surgical|trauma|rehab|therapy|transplant|cardiac|stroke|icu|nicu|er|ed|oncology|cancer|burn|wound\s+care)\s+teams?)(?=\s*,\s*(?:he|she|they)\s)/giu;

/** The rest of a cause's, a walk's or a group's name after an illness, in capitals: "(Stroke) Awareness 5K", "(Alzheimer's) Association", "(Breast Cancer) Awareness Month". */
const CAUSE_NAMED = /^(?:\s+\p{Lu}[\p{L}'’]*){0,2}?\s+(?:Awareness|Walk|Run|Ride|Association|Foundation|Society|Month|Week|Gala|Challenge|Fund|Alliance|Coalition|Research|Institute|5K|10K|Marathon|Telethon|Support\s+Group)\b/u;

/**
 * Words of health and care in a text, by the list they come from:
 * - conditions: symptoms, words with a disease's ending, injured parts of the
 *   body ("torn labrum", "hamstring tear"), mending ones ("your knee is feeling stronger") and
 *   hurting ones ("that ankle is still swollen");
 * - procedures: medications, a part of the body operated on ("knee
 *   replaced", "fixing my hip"), a test's result ("came back negative"), a lab value read ("your potassium is a little high"),
 *   gear come off ("the boot is off"), a walking aid ("without the walker"), something taken out of a part of
 *   the body ("that fish hook out of your thumb"), a child's shots ("during her shots"), treatment of
 *   one part of the body ("PT for that ankle");
 * - care events: an injury told by a verb ("tore her ACL"), a case as it came to us ("presented 10/3 with"), a stay ("212 days
 *   in the hospital", "her two-week stay"), visits kept up ("coming to our
 *   clinic every month"), a death ("before she passed"), a birth ("after
 *   delivering her twins", "our first baby of 2027 arrived", "welcomed their first baby ... in our birthing center"), a weight ("weighed 2 lbs", "this tiny 2-pounder", "losing 120 pounds
 *   with our program"), care owed to clinicians ("thanks to our surgeons, she ..."),
 *   last days spent with us, a living donor's kidney, an organ received, a donor met, a birth weeks early,
 *   speech or walking learned again, being struck by a car, a puck or hurt, pinned under a tractor, a crash, coming in with something stuck on, a fall ("fell at home"), stings and
 *   bites ("after 40 stings", "bitten by a dog"), something stuck in the throat or a cheek, someone who
 *   drove themselves in, a last wish granted, a life a team of ours saved, leaving a place of care
 *   ("walked out of our hospital"), a habit quit with our help;
 * - care settings: a numbered unit ("on 4B").
 * Left out: words of a facility's name ("Heart Center", "heart surgery
 * wing"), a birthplace ("born in Cairo"), words inside a care setting's name
 * ("birthing" in "birthing suites"), a look ("cast-themed"), and settings that are no place of care
 * ("waiting room"). Encounters ("visit", "appointment") only with
 * `encounters`, for replies.
 */
export function careTerms(text: string, encounters = false): CareTerm[] {
  const lists = ["conditions", "procedures", "care-events"] as const;
  // "your records", not the verb: "A Holter monitor records your heart rhythm".
  const visits = encounters ? contextTerms("care-encounters").spans(text).filter((s) => !(/^records$/i.test(text.slice(s.start, s.end)) && /^\s+(?:your|the|an?|his|her|their|how|when)\b/i.test(text.slice(s.end, s.end + 8)))).map((s) => ({ ...s, list: "care-encounters" as const })) : [];
  // "her sats": oxygen saturation in a note's lower case; "her SATs" is a school exam.
  const supplies = (s: Span) => SUPPLIES_AFTER.test(text.slice(s.end, s.end + 24));
  const symptoms = contextTerms("symptoms").spans(text).filter((s) => !/^SATs?$/.test(text.slice(s.start, s.end)) && !supplies(s)).map((s) => ({ ...s, list: "conditions" as const }));
  const medications = contextTerms("medications").spans(text).map((s) => ({ ...s, list: "procedures" as const }));
  const settings = outside(contextTerms("care-settings").spans(text), contextTerms("not-care-settings").spans(text)).map((s) => ({ ...s, list: "care-settings" as const }));
  // "the Stroke Awareness 5K", "Alzheimer's Association": an illness in the name of a cause, a walk or a group is no one's.
  // So does one named for awareness in any case: "Saturday's ovarian cancer awareness game".
  const namesCause = (s: Span) => (/^\p{Lu}/u.test(text.slice(s.start, s.end)) && CAUSE_NAMED.test(text.slice(s.end, s.end + 30))) || /^\s+awareness\b/i.test(text.slice(s.end, s.end + 12));
  const terms: CareTerm[] = [
    ...lists.flatMap((list) => contextTerms(list).spans(text).filter((s) => (list !== "conditions" || (!namesCause(s) && !DRUG_FORM_AFTER.test(text.slice(s.end, s.end + 14)))) && (list === "care-events" || !supplies(s)) && (list !== "care-events" || (!deliveredGoods(text, s) && !peopleOfAKind(text, s)))).map((s) => ({ ...s, list }))),
    ...matched(text, PROCEDURE_WORD, () => "procedures"),
    ...matched(text, DRUG_WORD, () => "procedures"),
    ...matched(text, BODY_PART_DONE, () => "procedures"),
    ...matched(text, FIXED_PART, () => "procedures"),
    ...matched(text, TENDED_PART, () => "care-events"),
    // A capitalised word inside a sentence is a name ("Lake Tahoma"), not a disease.
    ...matched(text, CONDITION_WORD, (m) => (NOT_CONDITIONS.has(m[0].toLowerCase()) || (/^\p{Lu}/u.test(m[0]) && /[\p{L},]\s+$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) ? undefined : "conditions")),
    // "a torn labrum" is a condition; "tore her ACL" is something that happened to the one who tore it.
    ...matched(text, INJURED_PART, (m) => (m[1] ? "conditions" : "care-events")),
    ...matched(text, PART_MENDING, () => "conditions"),
    ...matched(text, SWALLOWED, () => "care-events"),
    ...matched(text, STUNG, () => "care-events"),
    ...matched(text, STUCK_IN_PART, () => "care-events"),
    ...matched(text, SWALLOWED_OBJECT, () => "care-events"),
    ...matched(text, WAS_HURT, () => "care-events"),
    ...matched(text, CRASHED, () => "care-events"),
    ...matched(text, CAME_IN_WITH, () => "care-events"),
    ...matched(text, CAME_IN_STATE, () => "care-events"),
    ...matched(text, NEVER_AGAIN, () => "care-events"),
    ...matched(text, NOT_MAKE_IT, () => "care-events"),
    ...matched(text, COMING_IN_FOR, () => "care-events"),
    ...matched(text, PART_TORN, () => "conditions"),
    ...matched(text, BABY_WELCOMED, () => "care-events"),
    ...matched(text, HELPED_BY_CARE, () => "care-events"),
    ...matched(text, LEFT_CARE, () => "care-events"),
    ...matched(text, SEEN_OFF, () => "care-events"),
    ...matched(text, HOME_AFTER_STAY, () => "care-events"),
    ...matched(text, WORSENING, () => "care-events"),
    ...matched(text, PART_WORSE, () => "care-events"),
    ...matched(text, FAMILY_MEETING, () => "care-events"),
    ...matched(text, PRIVACY_STATUS, () => "care-events"),
    ...matched(text, TREATMENT_WISH, () => "care-events"),
    ...matched(text, VITAL_VALUE, () => "care-events"),
    ...matched(text, TREATMENT_SCHEDULE, () => "care-events"),
    ...matched(text, CLINICIAN_TO_THEM, () => "care-events"),
    ...matched(text, CARE_RELATIVE_GOT, () => "care-events"),
    ...matched(text, GOT_UP, () => "care-events"),
    ...matched(text, TURNED_ON_SCHEDULE, () => "care-events"),
    ...matched(text, HARD_TO_DO, () => "care-events"),
    ...matched(text, GOT_TO_EAT, () => "care-events"),
    ...matched(text, WEARING_CARE, () => "care-events"),
    ...matched(text, TOILETED, () => "care-events"),
    ...matched(text, WITHDRAWING, () => "care-events"),
    ...matched(text, BEDSIDE_ALARM, () => "care-events"),
    ...matched(text, KEPT_STILL, () => "care-events"),
    ...matched(text, HAD_EMERGENCIES, () => "care-events"),
    ...matched(text, CPR_ON, () => "care-events"),
    ...matched(text, TEST_SHOWED, () => "care-events"),
    ...matched(text, WASHED, () => "care-events"),
    ...matched(text, GROOMED, () => "care-events"),
    ...matched(text, VEIN_ON, () => "care-events"),
    ...matched(text, BATHED, () => "care-events"),
    ...matched(text, IN_LABOR, () => "care-events"),
    ...matched(text, PART_LOOKED_AT, () => "care-events"),
    ...matched(text, NOT_RECOGNIZED, () => "conditions"),
    ...matched(text, AGED_ON_UNIT, () => "care-events"),
    ...matched(text, EQUIPMENT_FOR, () => "care-events"),
    ...matched(text, TITLED_STATE, () => "conditions"),
    ...matched(text, LEFT_AMA, () => "care-events"),
    ...matched(text, WEIGHT_ON, () => "procedures"),
    ...matched(text, SECOND_OPINION, () => "care-events"),
    ...matched(text, SERVICE_ON_NAMED, () => "care-events"),
    ...matched(text, SEEN_BY, () => "care-events"),
    ...matched(text, ON_WAY_TO, () => "care-events"),
    ...matched(text, PART_SET, () => "procedures"),
    ...matched(text, OWN_PORT, () => "procedures"),
    ...matched(text, OWN_CASE, () => "procedures"),
    ...matched(text, OWN_CHART, () => "procedures"),
    ...matched(text, OWN_SHOTS, () => "procedures"),
    ...matched(text, RECOVERY_CHIP, () => "care-events"),
    ...matched(text, WALKED_DISTANCE, () => "care-events"),
    ...matched(text, OWN_LAB_VALUE, () => "procedures"),
    ...matched(text, OWN_PHYSICAL, () => "procedures"),
    ...matched(text, PARTS_MENDED, () => "procedures"),
    ...matched(text, FOLEY, () => "procedures"),
    ...matched(text, WOUND_STAGE, () => "conditions"),
    ...matched(text, OWN_PRESSURE_POINT, () => "conditions"),
    ...matched(text, GRAVIDA, () => "conditions"),
    ...matched(text, BABY_WEEKS, () => "conditions"),
    ...matched(text, VENT, () => "procedures"),
    ...matched(text, REFUSING, () => "care-events"),
    ...matched(text, BLOOD_DRAWN, () => "care-events"),
    ...matched(text, TEAM_SAVED, () => "care-events"),
    ...matched(text, LEVEL_READ, () => "procedures"),
    ...matched(text, CRITICAL_VALUE, () => "procedures"),
    ...matched(text, PART_TREATED, () => "procedures"),
    ...matched(text, STUCK_IN, () => "care-events"),
    ...matched(text, LAST_WISH, () => "care-events"),
    ...matched(text, CAME_SELF, () => "care-events"),
    ...matched(text, RESULT, () => "procedures"),
    ...matched(text, FINDINGS_BACK, () => "procedures"),
    ...matched(text, GEAR_OFF, () => "procedures"),
    ...matched(text, PART_HURTING, () => "conditions"),
    ...matched(text, ORGAN_GIVEN, () => "care-events"),
    ...matched(text, ORGAN_RECEIVED, () => "care-events"),
    ...matched(text, RELEARNED, () => "care-events"),
    ...matched(text, TINY_WEIGHT, () => "care-events"),
    ...matched(text, OWN_SCAN, () => "procedures"),
    ...matched(text, TITLED_IN_SCAN, () => "procedures"),
    ...matched(text, IN_HOSPITAL, () => "care-events"),
    ...matched(text, LAST_DAYS, () => "care-events"),
    ...matched(text, PRESENTED, () => "care-events"),
    ...matched(text, STAY, () => "care-events"),
    ...matched(text, REGULAR_VISITS, () => "care-events"),
    ...matched(text, PASSED, () => "care-events"),
    ...matched(text, WE_LOST, () => "care-events"),
    ...matched(text, CARE_GOT, () => "care-events"),
    ...matched(text, BIRTH_WEIGHT, () => "care-events"),
    ...matched(text, BABY_ARRIVED, () => "care-events"),
    ...matched(text, BABIES_FOR, () => "care-events"),
    ...matched(text, SESSIONS_DONE, () => "care-events"),
    ...matched(text, HARMED_IN, () => "care-events"),
    ...matched(text, CLOCK_FOR, () => "care-events"),
    ...matched(text, RESCUED_FROM, () => "care-events"),
    ...matched(text, TEETH_HURT, () => "care-events"),
    ...matched(text, SPENT_WITH_US, () => "care-events"),
    ...matched(text, TAKEN_FROM_SOMEONE, () => "care-events"),
    ...matched(text, TAKEN_FROM_NAMED, () => "care-events"),
    ...matched(text, TOOK_BABY_HOME, () => "care-events"),
    ...matched(text, WALKING_AID, () => "procedures"),
    ...matched(text, TAKEN_OUT, () => "procedures"),
    ...matched(text, DONOR_MET, () => "care-events"),
    ...matched(text, CAME_EARLY, () => "care-events"),
    ...matched(text, PRETERM, () => "conditions"),
    ...matched(text, MENDING, () => "care-events"),
    ...matched(text, CAME_TO_THANK, () => "care-events"),
    ...matched(text, HAD_SHOTS, () => "procedures"),
    ...matched(text, STRUCK, () => "care-events"),
    ...matched(text, FELL, () => "care-events"),
    ...matched(text, FELL_WHEN, () => "care-events"),
    ...matched(text, TIMED_CODE, () => "care-events"),
    ...matched(text, RANG_BELL, () => "care-events"),
    ...matched(text, AMBULANCE_BROUGHT, () => "care-events"),
    ...matched(text, BROUGHT_IN, () => "care-events"),
    ...matched(text, MACHINE_BREATHING, () => "conditions"),
    ...matched(text, OXYGEN_FLOW, () => "procedures"),
    ...matched(text, LAB_SHORTHAND, () => "conditions"),
    ...matched(text, POST_OP_DAY, () => "care-events"),
    ...matched(text, GAVE_BIRTH, () => "care-events"),
    ...matched(text, HAD_BABIES, () => "care-events"),
    ...matched(text, DELIVERED_THEIRS, () => "care-events"),
    ...matched(text, BIRTHDAY_WITH_US, () => "care-events"),
    ...matched(text, AT_DEATH, () => "care-events"),
    ...matched(text, BLOW_TO, () => "care-events"),
    ...matched(text, CASE_CAME_IN, () => "care-events"),
    ...matched(text, WEIGHED, () => "care-events"),
    ...matched(text, LOST_WEIGHT, () => "care-events"),
    ...matched(text, OWED_TO_CARE, () => "care-events"),
    ...matched(text, WARD, () => "care-settings"),
    ...matched(text, OUR_FLOOR, () => "care-settings"),
    ...matched(text, IN_NUMBER, () => "care-settings"),
    ...matched(text, UNIT_BED_BESIDE, () => "care-settings"),
    ...matched(text, PRE_OP, () => "care-settings"),
    ...matched(text, SPIKED, () => "conditions"),
    ...matched(text, REPLACED_PART, () => "procedures"),
    ...matched(text, DILATED, () => "care-events"),
    ...matched(text, ONE_TO_ONE, () => "procedures"),
    ...matched(text, FOR_TUBES, () => "procedures"),
    ...matched(text, DELIVERED_FAMILY, () => "care-events"),
    ...matched(text, NEW_ADMIT, () => "care-events"),
    ...matched(text, CAME_IN_BY, () => "care-events"),
    ...matched(text, SURNAME_IN_NUMBER, (m) => (isEnglishWord(m[1].toLowerCase()) ? undefined : "care-settings")),
    ...matched(text, PULLED_FROM_PART, () => "care-events"),
    ...matched(text, NUMBERED_SPOT, () => "care-settings"),
    ...matched(text, SOBER, () => "care-events"),
    ...matched(text, TRANSFUSED, () => "care-events"),
    ...matched(text, TRANSPLANT_LIST, () => "care-events"),
    ...symptoms, ...medications, ...settings, ...visits,
  ];
  // "birthing" in "our birthing suites" is part of the place's name, not an event.
  const settingSpans = terms.filter((t) => t.list === "care-settings");
  const inSetting = (t: CareTerm) => settingSpans.some((s) => s.start <= t.start && t.end <= s.end && s.end - s.start > t.end - t.start);
  // "birth" in "birth control" is part of a medicine's name, not a birth (but "surgery" in "open-heart surgery" is surgery).
  const inTreatment = (t: CareTerm) => t.list === "care-events" && medications.some((o) => o.start <= t.start && t.end <= o.end && o.end - o.start > t.end - t.start);
  // "your belly cast": a plaster cast of a pregnant belly is a keepsake.
  // "last fall", "this fall", "(class) of fall 2026", "Fall 2026": the season.
  const season = (t: CareTerm) => /^fall$/i.test(text.slice(t.start, t.end)) && (/\b(?:last|this|next|early|late|every|each|of|in|since|until)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start)) || /^\s+(?:19|20)\d{2}\b/.test(text.slice(t.end, t.end + 6)));
  const keepsake = (t: CareTerm) => /^cast$/i.test(text.slice(t.start, t.end)) && /\bbelly\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start));
  // "check the conditions before you paddle out", "road conditions": the weather or the ground, not an illness.
  const outdoors = (t: CareTerm) => /^conditions$/i.test(text.slice(t.start, t.end)) && /\b(?:the|weather|road|surf|water|trail|driving|ocean|sea|snow|ice|icy|wind|field|track|playing|living|working|current|today['’]s)\s+$/i.test(text.slice(Math.max(0, t.start - 12), t.start));
  // "sorry about the confusion": a mix-up, not a symptom.
  const mixUp = (t: CareTerm) => /^confusion$/i.test(text.slice(t.start, t.end)) && /\b(?:the|any|this|that|some|our)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start));
  // "thanks for your interest in braces", "questions about knee replacement": care as what someone asks about.
  const askedAbout = (t: CareTerm) => ASKED_ABOUT.test(text.slice(Math.max(0, t.start - 60), t.start));
  // "In honor of Rare Disease Day", "Heart Failure Awareness Week": care in the title of an observance.
  const observance = (t: CareTerm) => /^\p{Lu}/u.test(text.slice(t.start, t.end)) && /^\s+(?:(?:Awareness|Alert|Action|Survivors?)\s+)?(?:Day|Week|Month)\b/u.test(text.slice(t.end, t.end + 24));
  // "for treating our burn unit staff to lunch": a treat, not care.
  const treat = (t: CareTerm) => /^treat/i.test(text.slice(t.start, t.end)) && TREATED_TO.test(text.slice(t.end, t.end + 60));
  // "delivered mail to our patients": a thing delivered, not a baby.
  const deliveredThing = (t: CareTerm) => /^deliver/i.test(text.slice(t.start, t.end)) && DELIVERED_THING.test(text.slice(t.end, t.end + 40));
  return terms.filter((t) => t.list === "care-settings" || (!facilityName(text, t) && !bornElsewhere(text, t) && !inSetting(t) && !inTreatment(t) && !caresForThing(text, t) && !keepsake(t) && !season(t) && !askedAbout(t) && !mixUp(t) && !outdoors(t) && !observance(t) && !treat(t) && !deliveredThing(t) && !LOOK_AFTER.test(text.slice(t.end, t.end + 40))));
}

/** Things one delivers that are not babies: "(delivered) mail", "(delivered) hot meals", "(delivered) a keynote". */
/** Who is treated, then to what treat: "(treating) our burn unit staff to lunch", "(treated) the nurses to pizza". */
const TREATED_TO = /^\s+(?:[\p{L}&'’-]+\s+){1,4}?to\s+(?:a\s+|an\s+|some\s+|free\s+|homemade\s+)?(?:lunch|dinner|breakfast|brunch|coffee|pizza|donuts|doughnuts|ice\s+cream|cookies|cupcakes|treats|snacks|meals?|party|show|movie|concert|game|tacos|bagels)\b/iu;
const DELIVERED_THING = /^\s+(?:(?:the|our|a|an|fresh|hot|warm|homemade|free|\d+|hundreds\s+of|thousands\s+of)\s+)*(?:mail|meals?|food|flowers|gifts?|pizzas?|lunch(?:es)?|dinners?|breakfasts?|presents|packages?|parcels?|supplies|coffee|donuts|doughnuts|cookies|books|blankets|toys|groceries|newspapers|care\s+packages|cards|letters|snacks|treats|quilts|hats|speech|talk|lecture|keynote|presentation|remarks|water)\b/i;

/** Care as the topic of an interest or a question, not anyone's own: "interest in (braces)", "questions about (the flu shot)" (not "questions about your biopsy"). */
const ASKED_ABOUT = /\b(?:interest(?:ed)?|questions?|inquir(?:y|ies)|enquir(?:y|ies)|info(?:rmation)?|learn(?:ing)?\s+more)\s+(?:in|about|on|regarding)\s+(?:(?!(?:your|ur|his|her|their|my)\b)[\p{L}-]+\s+){0,2}$/iu;

/** A care word that tells only how something looks, or names a keepsake or a display: "her cast-themed painting", "a stethoscope-shaped cookie", "your belly cast art", "our therapy dog", "our stitches-and-bandages display". */
const LOOK_AFTER = /^(?:-(?:themed|shaped|inspired|style|styled|print|patterned|colou?red)|(?:-[\p{L}]+)*\s+(?:art|artwork|painting|sculpture|keepsake|display|exhibit|mural|poster|bulletin\s+board|dog|pup|puppy|puppies|animal|horse|cat|llama|pony|ponies)s?)\b/iu;

/** "cared for", "taking care of": care only when a person is cared for, not "our garden" or "the new trauma bay setup", nor offered ("honored to care for you"). */
const CARE_FOR = /^(?:car(?:e|es|ed|ing)\s+for|(?:take|takes|took|taken|taking)\s+care\s+of)$/i;
const CARED_FOR_PERSON = /^\s+(?:(?:him|her|them|you|me|us|yourself|himself|herself|themselves|each\s+other|everyone|everybody|someone|others|people)\b|(?:(?:Mr|Mrs|Ms|Mx)\.?\s+)?\p{Lu}\p{Ll})/u;

/** The cared-for named before whoever cared for them: "(the quadruplets) you cared for", "(the little girl) our trauma team saved". */
const CARER_BEFORE = /((?:[\p{L}\p{N}'’-]+\s+){1,3})(?:that\s+|who\s+|whom\s+)?(?:you|we|i|they|she|he|our\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:have\s+|had\s+|once\s+)?$/iu;

/** A word for a person: "babies", "father", "patients", "principal". */
function personWord(word: string): boolean {
  const w = word.toLowerCase();
  return [w, w.replace(/['’]s$/, ""), w.replace(/s$/, ""), w.replace(/ies$/, "y"), w.replace(/ren$/, "")].some((v) =>
    contextEntries("person-nouns").has(v) || contextEntries("patient-words").has(v) || contextEntries("community-roles").has(v));
}

/** Care given to a person the sentence names before the ones who gave it: "the little girl our trauma team saved". */
export function caredForBefore(text: string, start: number): boolean {
  return (CARER_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1].trim().split(/\s+/) ?? []).some(personWord);
}

function caresForThing(text: string, t: CareTerm): boolean {
  if (t.list !== "care-events" || !CARE_FOR.test(text.slice(t.start, t.end))) return false;
  const after = text.slice(t.end, t.end + 60);
  // "we would be honored to care for you": an offer to the reader, not care given.
  if (/\bto\s+$/i.test(text.slice(Math.max(0, t.start - 4), t.start)) && /^\s+you\b/i.test(after)) return true;
  // "Here's how to care for them": care taught, given to no one.
  if (/\bhow\s+to\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start))) return true;
  if (CARED_FOR_PERSON.test(after) || caredForBefore(text, t.start)) return false;
  // "our NICU babies", "my father", "the sickest patients in the region": a person word among the next few.
  // "a 55-year-old male", "50yo male John D.": an age, a sex or a name says so too.
  const words = /^\s+((?:[\p{L}\p{N}.'’-]+\s+){0,4}[\p{L}\p{N}.'’-]+)/u.exec(after)?.[1].split(/\s+/) ?? [];
  return !words.some((word) => /^\p{Lu}\p{Ll}/u.test(word) || /^\d+(?:-year-old|yo|y\/o)$|^(?:male|female)s?$/i.test(word) || personWord(word));
}

/** A birthplace or year in a life story, not a birth in our care: "was born in Cairo", "born and raised in Ohio", "born in 1962", "born in this very town", "Haitian-born". */
const BORN_ELSEWHERE = /^\s+(?:and\s+raised\s+)?(?:in|on)\s+(?:(?:the\s+)?(?:\p{Lu}|\d{4})|(?:this|that|the\s+same)\s+(?:very\s+)?(?:town|city|county|state|country|village|neighbou?rhood|house))/u;

function bornElsewhere(text: string, t: CareTerm): boolean {
  // "a Haitian-born chef": a birthplace as an adjective.
  return t.list === "care-events" && /^born$/i.test(text.slice(t.start, t.end)) && (BORN_ELSEWHERE.test(text.slice(t.end, t.end + 24)) || /\p{L}-$/u.test(text.slice(Math.max(0, t.start - 2), t.start)));
}

/** A lab's word used for the drug that replaces it: "the mislabeled potassium bags", "magnesium riders". */
const DRUG_FORM_AFTER = /^\s+(?:bags?|riders?|pills?|tablets?|capsules?|supplements?|packets?|chloride|vials?)\b/i;
/** Supplies for a kind of care and where they are kept, not anyone's care: "gauze for the dressing cart", "the PICC supply cart", "IV start kits", "seizure pads" (but "your CPAP supplies" are the reader's). */
const SUPPLIES_AFTER = /^\s+(?:(?:supply|start)\s+)?(?:carts?|supply\s+(?:closet|room)|closets?|kits?|trays?|bins?|drawers?|pads|mats)\b/i;
/** A facility's name, not anyone's care: "the new Heart Center", "our Cancer Institute", "our new heart surgery wing", "our cardiac surgery patients". */
const FACILITY_AFTER = /^\s+(?:Center|Centre|Institute|Pavilion|Tower|Building|Wing|Clinic|Foundation|Hospital)\b/;
/** A gathering or a greeting named for an event: "our survivor support group", "our stroke survivors' support group", "the Transplant Alumni club picnic", "Heart kids holiday party", "the survivors' candlelight vigil", "the recovery walk", "get-well cards", "Get-well banners", "our children's surgery fund". */
const GATHERING_AFTER = /^(?:['’]s?)?\s+(?:support\s+|candlelight\s+|annual\s+|club\s+|(?:holiday|christmas|hanukkah|halloween|thanksgiving|summer|spring|winter|fall|family|pizza|ice\s+cream|pool|costume|graduation|pajama|birthday)\s+)?(?:groups?|network|walk|luncheon|celebration|picnic|reunion|month|day|cards?|wishes|baskets?|balloons?|vigil|gala|dinner|brunch|breakfast|retreat|ride|party|panel|funds?|fundraisers?|drives?|campaigns?|scholarships?|banners?|posters?)\b/i;
const PLACE_AFTER = /^\s+(?:wing|tower|building|suite|pavilion|center|centre|department|clinic|van|bus|truck|coach|lounge|(?:recovery|waiting|family|procedure|prep|consult)\s+(?:rooms?|areas?|lounges?))\b/i;
/** Care naming the people it serves: "our cardiac surgery patients", "transplant recipients". */
const PEOPLE_AFTER = /^\s+(?:patients|families|survivors|recipients)\b/i;

function facilityName(text: string, t: CareTerm): boolean {
  const after = text.slice(t.end, t.end + 14);
  return (/\p{Lu}\p{L}*$/u.test(text.slice(t.start, t.end)) && FACILITY_AFTER.test(after)) ||
    ((t.list === "care-events" || t.list === "procedures") && (PLACE_AFTER.test(after) || PEOPLE_AFTER.test(after))) ||
    ((t.list === "care-events" || t.list === "procedures") && namesGathering(text, t));
}

/** Words that name a gathering, not people or care: "survivor" in "our stroke survivors' support group". */
export function namesGathering(text: string, s: Span): boolean {
  // "on discharge day", "surgery day", "Happy going home day": the day the care happens, not a day named for it.
  // "R TKA day 1": a day counted from the care.
  if ((/^(?:discharge|surgery|transplant|admission|delivery|chemo|infusion|dialysis|procedure|going[\s-]home)$/i.test(text.slice(s.start, s.end)) && /^\s+day\b/i.test(text.slice(s.end, s.end + 6))) || /^\s+day\s+#?\d/i.test(text.slice(s.end, s.end + 10))) return false;
  // "a 'no more chemo' party", "her last radiation celebration": one's care coming to an end, celebrated.
  if (/\b(?:last|final|no\s+more)\s+$/i.test(text.slice(Math.max(0, s.start - 12), s.start))) return false;
  return GATHERING_AFTER.test(text.slice(s.end, s.end + 30)) || (/s$/i.test(text.slice(s.start, s.end)) && GATHERED.test(text.slice(s.end, s.end + 50)));
}
/** A group that holds a gathering: "(Our NICU graduates) have a reunion picnic on June 7". */
const GATHERED = /^\s+(?:have|had|hold|held|host|hosted|are\s+having|will\s+have|gather(?:ed)?\s+(?:for|at))\s+(?:a|an|their|the)\s+(?:[\p{L}-]+\s+)?(?:reunion|picnic|party|celebration|walk|gala|dinner|brunch|breakfast|luncheon|retreat|ride|vigil|meetup|get-together)\b/iu;

/** Each match of a pattern as a care term of the list its match belongs to, if any. */
function matched(text: string, re: RegExp, list: (m: RegExpExecArray) => CareTerm["list"] | undefined): CareTerm[] {
  if (!mayMatch(re, text)) return [];
  return [...text.matchAll(re)].flatMap((m) => {
    const l = list(m);
    return l ? [{ start: m.index, end: m.index + m[0].length, list: l }] : [];
  });
}

/** "our NICU families", "our oncology team", "our hospice fundraiser", "our dialysis center lobby", "our new water birth suites": the setting names a group, an event or a public part of the building, not where someone is. */
const GROUP_AFTER = /^\s+(?:families|family|parents|team|staff|crew|squad|(?:nurse|doctor|physician|surgeon|tech|technician|therapist|aide|pharmacist|chaplain|secretary|clerk|receptionist|volunteer)(?!['’]s)\b|(?:walking\s+|running\s+|book\s+|knitting\s+)?clubs?|nurses|doctors|volunteers|directors?|managers?|leadership|leaders|chief|supervisors?|educators?|coordinators?|administrators?|patients|kids|children|program|community|clinics?|class(?:es)?|events?|seminars?|workshops?|fundraiser|gala|benefit|walk|5k|fun\s+run|run|race|party|celebration|event|festival|fair|info(?:rmation)?\s+(?:nights?|sessions?|evenings?|meetings?)|carnival|concert|parade|telethon|radiothon|golf|tournament|ball|dinner|luncheon|breakfast|drive|auction|open\s+house|picnic|reunion|conference|webinar|auxiliary|foundation|lobby|entrance|cafeteria|chapel|courtyard|garden|gift\s+shop|parking|suites?|tubs?|pools?)\b/i;

/** A care event that is a word for a person, in the plural: a kind of people, no one in particular ("cancer survivors' 5K", "Stroke survivors are invited"). */
function peopleOfAKind(text: string, s: Span): boolean {
  const word = text.slice(s.start, s.end).toLowerCase().replace(/['’]$/, "");
  return word.endsWith("s") && contextEntries("person-nouns").has(word.slice(0, -1));
}

/** An office named for the care it arranges: "our admissions office", "the discharge desk" (but "our hospice office" is where hospice is). */
const OFFICE_AFTER = /^\s+(?:offices?|desks?|departments?|counselors?|coordinators?|hotline)\b/i;

/** A care word that names the people, program, event or office it has ("our infusion nurses", "our admissions office"), not anyone's care or stay. */
export function namesGroup(text: string, c: CareTerm): boolean {
  return GROUP_AFTER.test(text.slice(c.end, c.end + 20)) || (c.list === "care-events" && OFFICE_AFTER.test(text.slice(c.end, c.end + 16)));
}

/** A rule for anyone's medicines or gear, before "your": "Always finish ", "Never share ", "always carry ", "Allergy season tip: keep ". */
export const ALWAYS_DO = String.raw`(?:\b(?:always|never)|\b(?:tips?|reminder|PSA)\s*:)\s+(?:finish|take|keep|store|stop|skip|share|mix|double|crush|split|carry|bring|pack|use|wear|check)\s+`;

/** A word of greeting before a name: "Hi", "Dear". */
const HELLO = String.raw`(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear)`;
/** A reply's opening greeting or tag, before what it says: "Hi Patrice, ", "@lena ", "Replying to @victor_m: Victor, ", "@dr_dad_joke Hi Vince, ". */
export const GREETING_OR_TAG = String.raw`(?:${HELLO}\s+(?:(?:Mr|Mrs|Ms|Mx|Dr)\.\s+)?[^,.!?—–]{1,30}(?:,|\s[—–])\s*|(?:(?:[Rr]eplying|[Rr]esponding|[Ii]n\s+reply)\s+to\s+|[Rr]e:\s*)?@[\w.]+[,:]?\s+(?:(?:${HELLO}\s+)?[A-Z][A-Za-z'’-]*,\s*)?)`;
export const GREETED_OR_TAGGED = `${GREETING_OR_TAG}?`;

/**
 * A sentence about care in general, its subject care of no one's ("(@amy) MRI results are shared by your doctor at your
 * follow-up visit", "(Hi Tyrell,) sleep studies can be done at home or in our sleep lab"), or one kind of care
 * said to be quick, safe or common ("(@tessa) Ear tube surgery is quick"; not "Surgery is set for Tuesday"), or a vaccine said to help
 * ("(@rick) The shingles vaccine helps prevent nerve pain"), or what may bring on an illness in anyone ("(Great tip, Joel!) Cold air
 * can trigger asthma, so a scarf over your mouth ... can help").
 */
export const GENERAL_CARE = new RegExp(String.raw`^\s*${GREETED_OR_TAGGED}(?:most\s+|many\s+|some\s+|all\s+)?(?:(?!(?:your|ur|my|his|her|their|our|the|these|those)\b)[\p{L}-]+\s+){0,2}(?:results|studies|tests|scans|visits|appointments|procedures|surgeries|screenings|screens|exams|x-rays|MRIs|shots|vaccines|biopsies|treatments|infusions|prescriptions|refills|requests|referrals|records|wills|directives|forms|documents|exercises|stretches|habits)\s+(?:are|can|may|usually|typically|often|should|must|take|need|go|come|arrive|post|appear|help|check|measure|show|use|involve|require|last|cost|detect|work)\b|^\s*${GREETED_OR_TAGGED}(?:the\s+)?(?:(?!(?:your|ur|my|his|her|their|our|this|that)\b)[\p{L}-]+\s+){0,2}(?:vaccines?|shots?|boosters?)\s+(?:helps?|can\s+help|prevents?|protects?|lowers?|reduces?|cuts?)\b|^\s*${GREETED_OR_TAGGED}(?:(?!(?:your|ur|my|his|her|their|our|the|this|that)\b)[\p{L}-]+\s+){0,2}(?:surgery|procedure|test|testing|scan|screening|exam|treatment|therapy|recovery|repair|removal|placement|replacement|vaccine|shot)\s+(?:is|are)\s+(?:usually\s+|typically\s+|generally\s+|often\s+|very\s+|now\s+)?(?:quick|safe|simple|routine|painless|short|easy|fast|minor|common|recommended|advised|suggested|covered|free|a\s+(?:quick|safe|simple|routine|common|short|minor)\b|one\s+of)|^\s*${GREETED_OR_TAGGED}(?:(?!(?:your|ur|my|his|her|their|our|this|that)\b)[\p{L}-]+\s+){1,3}(?:can|may|might|often|sometimes|commonly|also)\s+(?:trigger|cause|worsen|bring\s+on|set\s+off|lead\s+to)\b`, "iu");

/** Everyone of a kind in a place, or every room or bed of one: "every baby born in our maternity unit", "each kid on the peds floor", "most patient rooms on our cardiac unit", "every patient (on 3 North)". */
export const EVERY_ONE_IN = /\b(?:every|each|all|any|most|many)\s+(?:(?:new|little|single|patient|private)\s+)?(?:baby|babies|newborns?|kids?|child|children|patients?|persons?|people|famil(?:y|ies)|moms?|mothers?|parents?|residents?|veterans?|rooms?|beds?)\s+(?:(?:[\p{L}-]+\s+)?(?:in|on|at)\s+(?:our|the)\s+(?:[\w-]+\s+){0,3})?$/iu;

/** Something given to a place of care: "donating 20 wheelchairs to our rehab unit", "brought toys for the NICU", "a rocking chair to every room in our NICU", "your donation to our hospice". */
const GIVEN_TO = /\b(?:donat\w*\s+(?:(?!to\b)\S[^.!?]{0,40}?\s)?|(?:gave|give|gives|given|giving|sent|sending|brought|bringing|deliver(?:ed|ing|s)?|drove|driven|dropped\s+off|shipped|mailed|carried|baked)\s+(?!to\b)\S[^.!?]{0,40}?\s|(?:donations?|gifts?|contributions?|pledges?|deliver(?:y|ies)|drop-?offs?)\s+)(?:to|for)\s+(?:(?:every|each)\s+[\w-]+\s+(?:in|on|at)\s+)?(?:our|the)\s+(?:[\w-]+\s+){0,3}$/i;

/** A place of care as what something is given to, not where someone is. */
export function givenTo(text: string, c: Span): boolean {
  return GIVEN_TO.test(text.slice(Math.max(0, c.start - 60), c.start));
}

/** The spans that no span of `covers` at least as long contains: "patient" in "patient portal", "room" in "waiting room". */
export function outside(spans: Span[], covers: Span[]): Span[] {
  const covering = groupBySpan(spans, covers);
  return spans.filter((p, i) => !covering[i].some((s) => s.start <= p.start && p.end <= s.end && s.end - s.start >= p.end - p.start));
}
