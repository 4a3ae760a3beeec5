import { shippedList } from "../rules/list-files.js";
import { TermSet } from "../rules/terms.js";

/** What a repair or a replacement is done to, when it is surgery: "hernia repair", "ACL reconstruction", "valve replacement". */
const REPAIRED = String.raw`(?:knee|hip|shoulder|joint|valve|mitral|aortic|tricuspid|heart|hernia|rotator\s+cuff|cuff|meniscus|meniscal|labral|labrum|tendon|achilles|ligament|cleft|palate|lip|breast|disc|spinal|spine|lumbar|cervical|ankle|wrist|elbow|jaw|septal|bladder|pelvic\s+floor|aneurysm|fistula|cochlear|lens|corneal|retinal|bone|facial|skull|nerve|tear|fracture|fx|acl|mcl|pcl|ucl|asd|vsd|pfo|aaa)`;
/** Surgical and diagnostic words by their endings: mastectomy, angioplasty, colonoscopy, resection, valve replacement (not "the call light needs repair"). */
export const PROCEDURE_WORD = new RegExp(String.raw`\b[a-z]{3,}(?:ectomy|otomy|ostomy|plasty|oscopy|ography|graphy)\b|\b(?:resection|ablation)\b|\b${REPAIRED}\s+(?:reconstruction|repair|replacement|implant|fusion)s?\b`, "gi");

/** Diseases by their endings: plantar fasciitis, scoliosis, leukemia, melanoma, neuropathy, fibromyalgia, osteopenia. */
export const CONDITION_WORD = /\b[a-z]{2,}(?:itis|osis|iasis|emia|aemia|oma|pathy|algia|plegia|penia)\b/gi;
/** Everyday words with those endings. */
export const NOT_CONDITIONS = new Set(["diagnosis", "prognosis", "osmosis", "hypnosis", "symbiosis", "metamorphosis", "academia", "bohemia", "diploma", "oklahoma", "tacoma", "sonoma", "paloma", "pomona", "empathy", "sympathy", "telepathy", "apathy", "antipathy", "homeopathy", "naturopathy", "osteopathy", "nostalgia"]);

/**
 * What a request asks for when it is no health detail of the asker's own,
 * though a health word describes it: "your diabetes questions", "your
 * heart-healthy recipes", "your flu shot selfie", "your cancer walk photos" (a "36-week scan" is no awareness week).
 */
const NOT_A_DETAIL = /(?<!-)\b(?:questions?|tips?|recipes?|ideas?|advice|wishes|prayers|thanks|support|awareness|walk|run|5k|fundraiser|gala|team|doctors?|nurses?|providers?|pharmacists?|dentists?|caregivers?|kudos|love|gratitude|hopes?|goals?|resolutions?|month|week|day|event|class(?:es)?|programs?|shots?|vaccines?|vaccinations?|jabs?|boosters?|screenings?|prevention|research|plans?|insurance|coverage|feedback|reviews?)\b/i;

/** What a body measures or how far a disease or a pregnancy has gone: "your starting weight", "your stage at diagnosis", "your fasting glucose numbers", "your baby's birth weight", "your due date", "your child's growth chart percentile", "your TI-RADS score", "your biggest stone". */
const MEASURE = /^(?:(?:baby|child|son|daughter|kid|little\s+one)['’]s\s+)?(?:(?:current|starting|dry|lowest|highest|heaviest|latest|last|morning|fasting|resting|average|cancer|tumou?r|birth|biggest|largest|smallest)\s+)?(?:stones?|nodules?|polyps?|cysts?|fibroids?|weight|stage|grade|(?:growth(?:\s+chart)?\s+)?percentiles?|due\s+date|gestational\s+age|bmi|blood\s+type|waist\s+size|heart\s+rate|pulse|temperature|glucose|blood\s+sugar|blood\s+pressure|cholesterol|ldl|hdl|triglycerides|a1c|psa|creatinine|oxygen(?:\s+levels?)?|o2\s+sats?|ejection\s+fraction|viral\s+load|t-scores?|tsh|ferritin|inr|peak\s+flow(?:\s+numbers?)?|ahi(?:\s+numbers?)?|(?:ti-?rads|bi-?rads|gleason|apgar|phq-?9|gad-?7|oncotype)(?:\s+scores?)?)\b/i;

/** A lab value named anywhere in what is asked for: "what their peanut IgE level was", "her ferritin numbers", "your hormone levels". */
const LAB_LEVEL = /\b(?:ige|igg|ana|crp|esr|tsh|inr|ferritin|vitamin\s+d|b12|potassium|sodium|hemoglobin|bilirubin|platelets?|white\s+(?:blood\s+)?(?:cell\s+)?count|cd4|viral|liver\s+enzyme|kidney\s+function|hormone|thyroid|testosterone|estrogen|progesterone|amh|fsh|hcg|cortisol|insulin|iron|lipid)\s+(?:levels?|counts?|numbers?|results?|values?|panels?)\b/i;
/** What is asked for by a word for health details themselves: "your child's first reaction symptoms", "your side effects". */
const HEALTH_NOUN = /\b(?:symptoms?|diagnos[ie]s|side[\s-]effects?|flare-?ups?|lab\s+results|test\s+results|prescriptions?|dosages?)\b/i;

/** A part of the body told hurt: "your swollen ankle", "her infected toe". */
const PART_HURT = /\b(?:swollen|bruised|broken|sprained|infected|injured|inflamed|itchy|bleeding|twisted|dislocated|fractured|torn|burned|blistered)\s+(?:(?:left|right|big|little)\s+)?(?:ankles?|knees?|wrists?|feet|foot|toes?|toenails?|fingers?|thumbs?|hands?|arms?|legs?|elbows?|shoulders?|eyes?|eyelids?|lips?|ears?|nose|jaw|gums?|tongue|throat|glands?|lymph\s+nodes?|skin|belly|breasts?|nipples?|ribs?|back|neck|hips?)\b/i;
/** A question that picks out readers by their health: "Had a miscarriage?", "Living with lupus?". */
const ASKED = /^(?:(?:have\s+you\s+(?:ever\s+)?)?(?:had|been\s+diagnosed\s+with|survived|been\s+through|gone\s+through|lived\s+with)|diagnosed\s+with|living\s+with|going\s+through|struggling\s+with|battling|on)\s+([^?]*)\?/i;

/** A question to anyone in the public who shares an illness or a medicine: "anyone else on lithium??", "Anyone here dealing with vertigo?". */
const ANYONE = /^anyone\s+(?:else\s+)?(?:here\s+)?(?:ever\s+)?(?:on|taking|with|have|has|had|get|got|gotten|getting|living\s+with|dealing\s+with|struggling\s+with|diagnosed\s+with|going\s+through|recovering\s+from|been\s+(?:on|diagnosed\s+with|through))\s+([^?]*)(?:\?|$)/i;
/** A medicine the reader is asked to name: "what HRT you're on", "which inhaler are you taking", "what ADHD med is your kid on", "how much levothyroxine are you on". */
const TAKEN = /\b(?:what|which|how\s+much)\s+([^]*?)\s+(?:(?:you|u)(?:['’]re|\s+are)|are\s+(?:you|u)|(?:is|are)\s+(?:your|ur)\s+(?:kid|kiddo|child|baby|son|daughter|little\s+one|teen)(?:['’]s)?)\s+(?:on|taking|getting|receiving)\b/i;
/** A treatment the reader is asked to name: "what chemo regimen did you do", "which surgery did you end up needing". */
const DONE = /\b(?:what|which)\s+([^]*?)\s+(?:did|do|have)\s+(?:you|u)\s+(?:end\s+up\s+(?:needing|having|getting|on|with)|do|have|get|take|try|use|need|go\s+through|undergo)\b/i;
/** Those who have an illness, addressed: "Tinnitus sufferers, ...". */
const SUFFERERS = /^([^]*?)\s+(?:sufferers|warriors|survivors|patients)\b/i;
/** An illness or a treatment the reader is asked whether they had: "did you ever get shingles", "did you choose a lumpectomy". */
const GOT = /\b(?:did|have)\s+(?:you|u)\s+(?:ever\s+)?(?:get|have|had|develop|deal\s+with|choose|chose|pick|opt\s+for|go\s+with)\s+([^]*)$/i;
/** A child's illness asked of the reader: "what heart defect does your child have". */
const CHILD_HAS = /\b(?:what|which)\s+([^]*?)\s+(?:does|do|did)\s+(?:your|ur)\s+(?:kid|kiddo|child|baby|son|daughter|little\s+one|teen)\s+have\b/i;

/** What the reader's clinician told them, asked of the reader: "what did your OB say your baby's weight was". */
const TOLD = /\bwhat\s+(?:did|does|has)\s+[^]*?\s(?:say|said|tell\s+you|told\s+you|find|found|think)\s+(?:(?:your|ur)\s+)?([^]*)$/i;

let terms: TermSet | undefined;

/**
 * A request whose object, after "your", a poll's "if you", an opening question ("Had a miscarriage?", "Anyone else on lithium?"), "what ... you're on", "what ... does your child have", "what did your doctor say", "what ... did you do", "did you get" or "... sufferers", names a condition, symptom,
 * medication or procedure ("post a pic of your worst flare", "share your
 * lupus labs", "comment 1 if you've had a miscarriage"): the asker's own health detail. The words come from the
 * shipped condition, symptom, medication and procedure lists, or have a
 * disease's or an operation's ending.
 */
export function healthDetail(m: string): boolean {
  // "... your lupus labs", or a poll's "... if you've had a miscarriage".
  // "what were you in for?", "what were you in the hospital for?" ask for a stay's reason, itself a health detail.
  if (/\bin(?:\s+the\s+(?:hospital|er|ed|icu|nicu|picu))?\s+for$/i.test(m)) return true;
  const own = ASKED.exec(m) ?? ANYONE.exec(m) ?? TAKEN.exec(m) ?? CHILD_HAS.exec(m) ?? TOLD.exec(m) ?? DONE.exec(m) ?? GOT.exec(m) ?? SUFFERERS.exec(m) ?? /\b(?:your|ur)\s+([^]*)$/i.exec(m) ?? /\bif\s+you\S*\s+([^]*)$/i.exec(m);
  if (!own || NOT_A_DETAIL.test(own[1])) return false;
  terms ??= new TermSet(["conditions", "symptoms", "medications", "procedures"].flatMap((l) => shippedList(l)));
  const ending = (re: RegExp) => [...own[1].matchAll(re)].some((w) => !NOT_CONDITIONS.has(w[0].toLowerCase()));
  return terms.spans(own[1]).length > 0 || ending(CONDITION_WORD) || ending(PROCEDURE_WORD) || MEASURE.test(own[1]) || LAB_LEVEL.test(own[1]) || HEALTH_NOUN.test(own[1]) || PART_HURT.test(own[1]);
}
