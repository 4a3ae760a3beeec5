import { shippedList } from "../rules/list-files.js";
import { TermSet } from "../rules/terms.js";

/** What a repair or a replacement is done to, when it is surgery: "hernia repair", "ACL reconstruction", "valve replacement". */
const REPAIRED = String.raw`(?:knee|hip|shoulder|joint|valve|mitral|aortic|tricuspid|heart|hernia|rotator\s+cuff|cuff|meniscus|meniscal|labral|labrum|tendon|achilles|ligament|cleft|palate|lip|breast|disc|spinal|spine|lumbar|cervical|ankle|wrist|elbow|jaw|septal|bladder|pelvic\s+floor|aneurysm|fistula|cochlear|lens|corneal|retinal|bone|facial|skull|nerve|tear|fracture|fx|acl|mcl|pcl|ucl|asd|vsd|pfo|aaa)`;
/** Surgical and diagnostic words by their endings: mastectomy, angioplasty, colonoscopy, resection, valve replacement (not "the call light needs repair"). */
/** A drug named by the stem its class shares (the USAN stems): "rituximab", "imatinib", "lisinopril", "metoprolol", "atorvastatin", "amlodipine", "omeprazole", "amoxicillin", "acyclovir", "cisplatin". */
export const DRUG_WORD = /\b[a-z]{2,}(?:mab|tinib|pril|olol|statin|sartan|dipine|prazole|floxacin|cillin|mycin|cycline|conazole|parin|xaban|gliptin|glutide|lukast|triptan|azepam|oxetine|setron|ciclovir|clovir|platin|rubicin|taxel)\b/gi;
export const PROCEDURE_WORD = new RegExp(String.raw`\b[a-z]{3,}(?:ectomy|otomy|ostomy|plasty|oscopy|ography|graphy)\b|\b(?:resection|ablation)\b|\b${REPAIRED}\s+(?:reconstruction|repair|replacement|implant|fusion)s?\b`, "gi");

/** Diseases by their endings: plantar fasciitis, scoliosis, leukemia, melanoma, neuropathy, fibromyalgia, osteopenia. */
export const CONDITION_WORD = /\b[a-z]{2,}(?:itis|osis|iasis|emia|aemia|oma|pathy|algia|plegia|penia)\b/gi;
/** Everyday words with those endings. */
export const NOT_CONDITIONS = new Set(["diagnosis", "prognosis", "osmosis", "hypnosis", "symbiosis", "metamorphosis", "academia", "bohemia", "diploma", "oklahoma", "tacoma", "sonoma", "paloma", "pomona", "empathy", "sympathy", "telepathy", "apathy", "antipathy", "homeopathy", "naturopathy", "osteopathy", "nostalgia"]);

/** Words of NOT_A_DETAIL that name a time of year or an observance. */
const CALENDAR = /^(?:month|week|day|season|semester)\b/i;
/**
 * What a request asks for when it is no health detail of the asker's own,
 * though a health word describes it: "your diabetes questions", "your
 * heart-healthy recipes", "your flu shot selfie", "your cancer walk photos", "your favorite diabetes-friendly dessert" (a "36-week scan" is no awareness week).
 */
const NOT_A_DETAIL = /(?:\b[a-z]+|^)-(?:friendly|safe|smart|conscious|approved)\b|(?<!-)\b(?:questions?|tips?|recipes?|ideas?|advice|wishes|prayers|thanks|support|awareness|walk|run|5k|fundraiser|gala|team|doctors?|nurses?|providers?|pharmacists?|dentists?|caregivers?|kudos|love|gratitude|hopes?|goals?|resolutions?|month|week|day|event|class(?:es)?|programs?|shots?|vaccines?|vaccinations?|jabs?|boosters?|screenings?|prevention|research|plans?|insurance|coverage|feedback|reviews?|picnic|party|parties|celebration|reunion|fair|drive|myths?|facts?|misconceptions?|season|colou?rs|leaves|foliage|festival|semester|center|centre|clinic|unit|hospital|ward|floor|department|building|institute|foundation|society)\b/i;

/** What a body measures or how far a disease or a pregnancy has gone: "your starting weight", "your stage at diagnosis", "your fasting glucose numbers", "your baby's birth weight", "your due date", "your flow", "your child's growth chart percentile", "your TI-RADS score", "your biggest stone". */
const MEASURE = /^(?:(?:baby|child|son|daughter|kid|little\s+one)['’]s\s+)?(?:(?:current|starting|dry|lowest|highest|heaviest|latest|last|morning|fasting|resting|average|cancer|tumou?r|birth|biggest|largest|smallest)\s+)?(?:stones?|nodules?|polyps?|cysts?|fibroids?|weight(?![\s-](?:loss|training|lifting|room|class))|stage|grade|(?:growth(?:\s+chart)?\s+)?percentiles?|due\s+date|gestational\s+age|(?:menstrual\s+)?flow|periods?|bmi|blood\s+type|waist\s+size|heart\s+rate|pulse|temperature|glucose|blood\s+sugar|blood\s+pressure|cholesterol|ldl|hdl|triglycerides|a1c|psa|creatinine|oxygen(?:\s+levels?)?|o2\s+sats?|ejection\s+fraction|viral\s+load|t-scores?|tsh|ferritin|inr|peak\s+flow(?:\s+numbers?)?|ahi(?:\s+numbers?)?|time[\s-]in[\s-]range|(?:ti-?rads|bi-?rads|gleason|apgar|phq-?9|gad-?7|oncotype)(?:\s+scores?)?)\b/i;

/** A lab value named anywhere in what is asked for: "what their peanut IgE level was", "her ferritin numbers", "your hormone levels". */
const LAB_LEVEL = /\b(?:ige|igg|ana|crp|esr|tsh|inr|ferritin|vitamin\s+d|b12|potassium|sodium|hemoglobin|bilirubin|platelets?|white\s+(?:blood\s+)?(?:cell\s+)?count|cd4|viral|liver\s+enzyme|kidney\s+function|hormone|thyroid|testosterone|estrogen|progesterone|amh|fsh|hcg|cortisol|insulin|iron|lipid)\s+(?:levels?|counts?|numbers?|results?|values?|panels?)\b/i;
/** What is asked for by a word for health details themselves: "your child's first reaction symptoms", "your side effects", "the first sign that something was wrong", "what did your pediatrician diagnose them with". */
const HEALTH_NOUN = /\b(?:symptoms?|diagnos[ie]s|side[\s-]effects?|flare-?ups?|complications|lab\s+results?|test\s+results?|weeks\s+(?:along|pregnant)|water\s+(?:broke|breaking)|prescriptions?|dosages?|(?:first|early|earliest|warning)\s+signs?|embryos?|egg\s+retrievals?|sperm\s+counts?|in\s+labou?r|diagnosed?\s+(?:you|u|them|him|her)\s+with)\b/i;

/** A part of the body told hurt: "your swollen ankle", "her infected toe". */
const PART_HURT = /\b(?:swollen|bruised|broken|sprained|infected|injured|inflamed|itchy|bleeding|twisted|dislocated|fractured|torn|burned|blistered)\s+(?:(?:left|right|big|little)\s+)?(?:ankles?|knees?|wrists?|feet|foot|toes?|toenails?|fingers?|thumbs?|hands?|arms?|legs?|elbows?|shoulders?|eyes?|eyelids?|lips?|ears?|nose|jaw|gums?|tongue|throat|glands?|lymph\s+nodes?|skin|belly|breasts?|nipples?|ribs?|back|neck|hips?)\b/i;
/** A question that picks out readers by their health: "Had a miscarriage?", "Ever had a kidney stone?", "Living with lupus?", "Got a weird rash?", "Dealing with hair loss during chemo?" (the same verbs as solicitation.yaml's question pattern). */
const ASKED = /^(?:(?:have\s+you\s+)?(?:ever\s+)?(?:had|been\s+diagnosed\s+with|survived|been\s+through|gone\s+through|lived\s+with)|diagnosed\s+with|living\s+with|going\s+through|struggling\s+with|dealing\s+with|coping\s+with|suffering\s+from|battling|on|got|have(?=\s+an?\s))\s+([^?]*)\?/i;

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
const TOLD = /\bwhat\s+(?:did|does|has)\s+[^]*?\s(?:say|said|tell\s+you|told\s+you|find|found|think|diagnosed?\s+(?:you|them|him|her)\s+with)\s+(?:(?:your|ur)\s+)?([^]*)$/i;

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
  if (!own) return false;
  // "a selfie from your hospital bed after your c-section": a later "your" may own the detail when the first owns a place.
  const later = [...m.matchAll(/\b(?:your|ur)\s+/gi)].map((y) => m.slice(y.index + y[0].length)).filter((rest) => rest.length < own[1].length);
  return [own[1], ...later].some(namesDetail);
}

/** Words that name a condition, symptom, medication, procedure, measure or other health detail, and nothing that is none ("your cancer center"). */
function namesDetail(owned: string): boolean {
  if (NOT_A_DETAIL.test(owned)) return false;
  terms ??= new TermSet(["conditions", "symptoms", "medications", "procedures"].flatMap((l) => shippedList(l)));
  const ending = (re: RegExp) => [...owned.matchAll(re)].some((w) => !NOT_CONDITIONS.has(w[0].toLowerCase()));
  return terms.spans(owned).length > 0 || ending(CONDITION_WORD) || ending(PROCEDURE_WORD) || MEASURE.test(owned) || LAB_LEVEL.test(owned) || HEALTH_NOUN.test(owned) || PART_HURT.test(owned);
}

let illnesses: TermSet | undefined;

/** A condition of the shipped list, or a word with a disease's ending, anywhere in the match: "(permanently reverses) macular degeneration" (symptoms such as "confusion" are everyday words too). */
export function namesCondition(m: string): boolean {
  illnesses ??= new TermSet(shippedList("conditions"));
  return illnesses.spans(m).length > 0 || [...m.matchAll(CONDITION_WORD)].some((w) => !NOT_CONDITIONS.has(w[0].toLowerCase()));
}

/** The reader, addressed: "you", "your", "you've", "ur", "y'all" (not "U/O", urine output). */
const READER = /\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]['’]all|[Yy]ou['’](?:ve|re|d|ll)|YOU|YOUR)\b|(?<![\w/])(?:u|ur)(?![\w/])/;
/** Readers called by what they share, which makes them the ones asked: "Cancer survivors, what was the first sign ...?", "RA fam:". */
const ADDRESSED = /^\s*(?:[\p{L}\p{N}'’-]+\s+){0,3}(?:sufferers|warriors|survivors|fighters|patients|parents|moms|mums|mamas|dads|caregivers|crew|fam|folks|friends|club|squad|sisters)\s*[,:!—–]/iu;
/** Questions that teach or invite rather than ask the reader's own health: "Did you know ...?", "Know the signs?", "What should you watch for?", "What questions do you have about birth control?", "What does your A1c number mean?". */
const RHETORIC = /^\s*(?:(?:so|ok|okay|quick\s+question|real\s+talk)[,:!]?\s+)?(?:did\s+you\s+know|do\s+you\s+know|know\s+the|are\s+you\s+(?:at\s+risk|due|eligible|ready|looking|interested|curious|a\s+caregiver|new\s+to)|want\s+to|would\s+you\s+like|do\s+you\s+have\s+(?:any\s+)?questions|(?:got|have|any)\s+questions|questions|need|looking\s+for|ready\s+to|curious|wondering|ever\s+wonder|what\s+do\s+you\s+know|how\s+much\s+do\s+you\s+know|can\s+you\s+spot|is\s+it|time\s+for|who\s+else|why\s+not|what\s+are\s+you\s+waiting)|\b(?:should|would|could|can|must)\s+you\b|(?<!\b(?:before|until|till|when|after|since|once)\s+)\byou\s+(?:should|can|could|would|might|may|need\s+to|have\s+to)\b|\b(?:how|when|where)\s+to\b|\bquestions?\b(?:\s+[\w'’]+){0,3}?\s+(?:about|on|regarding)\b|\bwhat\s+(?:does|do)\s+(?:[\p{L}\d'’-]+\s+){1,5}mean\s*$/iu;
/** Sentences about others, about the post itself, about favourites, about what cheered the reader ("what brought you joy during treatment"), about advice the reader would give ("what's one thing you wish you'd known before baby arrived?"), about a habit of checking ("how often do you check your blood pressure"), or that send the reader to their own clinician: "Share this post with ...", "if you know someone who ...", "your favorite way to get your heart rate up", "what's one healthy breakfast you love", "share the list with your pharmacist". */
const OTHERS = /\b(?:brought|brings|bring|gave|gives)\s+(?:you|u)\s+(?:joy|comfort|hope|peace|strength|a\s+smile|happiness)\b|\bwish(?:ed)?\s+(?:you|u)(?:['’]d|\s+had)\s+known\b|\b(?:advice|tips?)\s+(?:would|do)\s+(?:you|u)\s+(?:give|have|share)\b|\bmade\s+(?:you|u)\s+(?:smile|laugh)\b|\bhow\s+often\s+do\s+you\s+(?:check|measure|take|monitor|track)\s+your\s+(?:blood\s+pressure|weight|temperature|heart\s+rate|pulse|steps)\b|\bfavou?rite\s+(?:[\p{L}-]+\s+){0,2}(?:way|ways|thing|tip|recipe|activity|exercise|workout|snack|song|place|breakfast|lunch|dinner|meal|food|drink|smoothie|stretch|book|app|podcast|quote|memory|hobby)\b|\b(?:one|a|your)\s+(?:[\p{L}-]+\s+){0,2}(?:way|thing|tip|recipe|activity|exercise|workout|snack|song|place|breakfast|lunch|dinner|meal|food|drink|smoothie|stretch|book|app|podcast|hobby)\s+(?:you|u)\s+(?:love|enjoy|like)\b|\bshare\s+(?:this|the|our)\s+(?:post|video|link|page|reel|story)|\b(?:know|love)\s+(?:someone|anyone|somebody)\b|\b(?:share|tell|show|bring|give)\b[^.!?]{0,60}\b(?:with|to)\s+(?:your|a|the)\s+(?:[\p{L}-]+\s+)?(?:pharmacist|doctor|provider|nurse|care\s+team|clinician|dentist|therapist|pediatrician|specialist|family|loved\s+ones)\b/iu;
/** A request to the public, opening a sentence or a clause: "Drop ...", "Comment with ...", "...: tell us ...". */
const REQUEST = /(?:^|[:,;?]\s*|\b(?:please|and|then|just|also|now)\s+)(?:drop|share|post|show\s+us|tell\s+us|describe|comment|reply|send\s+us|upload|list|let\s+us\s+know|rate|score)\b/i;
const ANIMAL_AFTER = /^\s+(?:dogs?|animals?|pets?|pony|ponies|horses?)\b/i;
/** A measure after the reader's "your" (or their child's "their"): "your heart rate", "your baby's birth weight", "your kid's last A1c", "what was their birth weight". */
const OWN_MEASURE = new RegExp(String.raw`\b(?:your|ur|their)\s+(?:[\p{L}-]+\s+)?${MEASURE.source.slice(1)}`, "iu");

/** How the reader's body feels, asked: "how itchy is your skin", "how sore were you". */
const FEELS = /\bhow\s+(?:itchy|sore|swollen|painful|stiff|numb|tingly|dizzy|nauseous|nauseated|achy|bloated|constipated|congested|wheezy|foggy)\b/i;
/** Care done to the reader, told by what was done: "the weirdest thing you've ever had removed". */
/** What the reader's body does, or what they have taken, asked: "how many times did you get up to pee", "have you ever vaped". */
const BODY_OR_USE = /\b(?:pee|peed|peeing|poop|pooped|pooping|urinat(?:e|ed|ing)|bowel\s+movements?)\b|\byou(?:['’]ve|\s+have)?\s+(?:ever\s+)?(?:vaped|smoked|overdosed|relapsed|self-harmed|used\s+(?:drugs|marijuana|weed|opioids|cocaine|meth|heroin))\b/i;
const HAD_DONE = /\byou(?:['’]ve|\s+have)?\s+(?:ever\s+)?had\s+(?:[\w'’-]+\s+){0,3}?(?:removed|stitched|pulled|drained|amputated|replaced|x-?rayed|taken\s+out|cut\s+out|sewn\s+up|set|cast)\b/i;
/** Why the reader had care, asked: "what you were treated for", "what were you admitted with". */
const CARED_FOR_WHAT = /\bwhat\s+(?:(?:you|u)\s+(?:were|got)|(?:were|was)\s+(?:you|u))\s+(?:treated|seen|admitted|hospitali[sz]ed|operated\s+on|diagnosed)\s+(?:for|with)\b/i;
/** Routine screening, a detail only with what it found: "your mammogram" (but "your mammogram results", "a polyp at your colonoscopy"). */
const SCREENING = /^(?:mammograms?|colonoscop(?:y|ies)|pap\s+(?:smears?|tests?)|physicals?|check-?ups?|well\s+visits?|eye\s+exams?|dental\s+cleanings?|cleanings?|bone\s+density\s+scans?|dexa\s+scans?)$/i;
const FOUND = /\b(?:results?|found|find|showed|show|polyps?|biops(?:y|ies)|abnormal|call-?backs?|diagnos\w*|cancer|tumou?rs?|lumps?|masses?|cysts?)\b/i;

/**
 * A sentence that asks the reader for their own health: a question to them ("how many seizures did your kid have last month?",
 * "what size was yours, and did you need surgery?") or a request ("Long COVID folks, list your symptoms"), naming a
 * condition, symptom, medication or procedure of the shipped lists, a disease's or an operation's ending, a measure after "your",
 * a lab level, a word for health details, a hurt body part, how the body feels ("how itchy is your skin") or care one had done
 * ("the weirdest thing you've ever had removed"). A health word beside one that names no detail ("questions about lupus",
 * "your flu shot", "our cancer survivors' picnic", "our cancer center") does not count, nor does routine screening without what
 * it found ("Have you scheduled your mammogram?"), nor do questions that teach ("What should you watch for?").
 */
export function asksReaderHealth(sentence: string, question: boolean): boolean {
  return readerHealthAsked(sentence, question) !== undefined;
}

/**
 * An open question to the reader about their own health, which only an answer can meet: it opens, or a clause
 * of it opens, with "what", "which", "how", "when", "where" or "who" ("Anxiety check-in 💬 What meds are you on
 * for it and what dose?", "On a scale of 1-10, how itchy is your skin?"). Such a question in a public post asks
 * for a public answer; a yes-or-no question ("Hip pain keeping you off your feet?") may only open a pitch.
 */
export function asksReaderHealthOpenly(sentence: string): boolean {
  // "Ever had a kidney stone? How big was it?": a short question that picks out readers by an illness makes the open question after it about theirs.
  const lead = LEAD.exec(sentence);
  const after = lead === null ? "" : sentence.slice(lead[0].length);
  if (lead !== null && ASKED.test(lead[0].trim()) && healthDetail(lead[0].trim()) && OPEN.test(after) && !RHETORIC.test(after) && !OTHERS.test(sentence)) return true;
  const asked = readerHealthAsked(sentence, true);
  const open = asked === undefined ? null : OPEN.exec(asked);
  // The open question itself names the detail: "Anxiety check-in 💬 What helps you relax?" asks nothing of the reader's anxiety.
  return open !== null && asked !== undefined && readerHealthAsked(asked.slice(open.index), true, ADDRESSED.test(asked)) !== undefined;
}

/** A poll or survey that keeps who answered hidden: "Take our anonymous poll: how often do you check your blood sugar?". */
const ANONYMOUS_POLL = /\banonymous\s+(?:[\p{L}-]+\s+)?(?:poll|survey|questionnaire)\b|\b(?:poll|survey|questionnaire)\s+is\s+(?:completely\s+|fully\s+|100%\s+)?anonymous\b/iu;
/** A short line before the question: "Kidney stone club! ", "Ever had a kidney stone? ". */
const LEAD = /^[^]*[.!?]\s+/;
/** A question word opening the question or one of its clauses, after a label, a comma or an emoji. */
const OPEN = /(?:^|[,:;]\s+|[^\p{L}\p{N}\s'’"“]\s*)(?:what|which|how|when|where|who|whose)\b/iu;

/** What {@link asksReaderHealth} reads as asked of the reader (the question after any short line before it), if it asks for their health. */
function readerHealthAsked(sentence: string, question: boolean, addressed = false): string | undefined {
  // A short line may come first ("Kidney stone club! How long ...?"): the question is what follows it.
  const asked = question ? sentence.replace(LEAD, "") : sentence;
  if (ANONYMOUS_POLL.test(sentence)) return undefined;
  if (!(READER.test(asked) || addressed || ADDRESSED.test(asked)) || OTHERS.test(sentence) || (question ? RHETORIC.test(asked) : !REQUEST.test(sentence))) return undefined;
  terms ??= new TermSet(["conditions", "symptoms", "medications", "procedures"].flatMap((l) => shippedList(l)));
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  const spans = [...terms.spans(sentence), ...[CONDITION_WORD, PROCEDURE_WORD].flatMap((re) => [...sentence.matchAll(re)]).filter((w) => !NOT_CONDITIONS.has(w[0].toLowerCase())).map((w) => ({ start: w.index, end: w.index + w[0].length }))];
  const routine = (h: { start: number; end: number }) => SCREENING.test(sentence.slice(h.start, h.end)) && !FOUND.test(sentence);
  // "our new therapy dog": an animal named for the care it gives.
  const animal = (h: { start: number; end: number }) => ANIMAL_AFTER.test(sentence.slice(h.end, h.end + 12));
  // A word that names no detail, near the health word: up to four words before it ("questions about your lupus"), a time of
  // year only right before it ("Heart Month"; not "a day during your worst flare"), and three words after it ("flu season",
  // "your medications every day").
  const before = (h: { start: number }) => words(sentence.slice(0, h.start)).slice(-4);
  const namesNone = (h: { start: number; end: number }) => before(h).some((w, k, ws) => NOT_A_DETAIL.test(w) && (k === ws.length - 1 || !CALENDAR.test(w))) ||
    NOT_A_DETAIL.test(sentence.slice(h.start, h.end)) || NOT_A_DETAIL.test(words(sentence.slice(h.end)).slice(0, 3).join(" "));
  const detail = spans.some((h) => !routine(h) && !animal(h) && !namesNone(h));
  const named = detail || OWN_MEASURE.test(sentence) || LAB_LEVEL.test(sentence) || HEALTH_NOUN.test(sentence) || PART_HURT.test(sentence) || FEELS.test(sentence) || HAD_DONE.test(sentence) || BODY_OR_USE.test(sentence) || CARED_FOR_WHAT.test(sentence);
  return named ? asked : undefined;
}
