import { isIPv4, isIPv6 } from "node:net";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { bitcoinAddress } from "./crypto-address.js";
import { lexiconKind } from "../nlp/compromise.js";
import { isEnglishWord, isEverydayWord } from "./english-words.js";
import { asksReaderHealth, asksReaderHealthOpenly, healthDetail, namesCondition } from "./health-detail.js";
import { isMedicalWord } from "./medical-words.js";
import { HONORIFICS, isWordFirstName, NEVER_IN_NAME, NOT_NAME_WORDS } from "./name-words.js";

/**
 * Named checks a rule can ask for with `validate:`. Each gets the matched text
 * and says whether it really is that kind of identifier.
 */
export type Validator = (match: string) => boolean;

const digits = (s: string) => s.replace(/\D/g, "");

function luhn(num: string): boolean {
  let sum = 0;
  for (let i = 0; i < num.length; i++) {
    let d = num.charCodeAt(num.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const oneDigitRepeated = (d: string) => /^(\d)\1*$/.test(d);

function ssn(m: string): boolean {
  const d = digits(m);
  if (d.length !== 9) return false;
  const area = d.slice(0, 3);
  return area !== "000" && area !== "666" && area[0] !== "9" && d.slice(3, 5) !== "00" && d.slice(5) !== "0000";
}

/** US Individual Taxpayer Identification Number: 9XX-[50-65|70-88|90-92|94-99]-XXXX. */
function itin(m: string): boolean {
  const d = digits(m);
  if (d.length !== 9 || d[0] !== "9") return false;
  const g = Number(d.slice(3, 5));
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || g >= 94;
}

function card(m: string): boolean {
  const d = digits(m);
  return d.length >= 12 && d.length <= 19 && !oneDigitRepeated(d) && luhn(d);
}

/** Medicare Beneficiary Identifier, by the CMS format rules (letters S, L, O, I, B, Z never used). */
function mbi(m: string): boolean {
  const s = m.replace(/-/g, "").toUpperCase();
  const A = "[AC-HJKMNP-RT-Y]";
  const AN = "[AC-HJKMNP-RT-Y0-9]";
  return new RegExp(`^[1-9]${A}${AN}\\d${A}${AN}\\d${A}${A}\\d\\d$`).test(s);
}

const VIN_VALUES: Record<string, number> = Object.fromEntries(
  [..."ABCDEFGH"].map((c, i) => [c, i + 1] as const)
    .concat([..."JKLMN"].map((c, i) => [c, i + 1] as const), [["P", 7], ["R", 9]], [..."STUVWXYZ"].map((c, i) => [c, i + 2] as const))
    .concat([..."0123456789"].map((c, i) => [c, i] as const)),
);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** Vehicle Identification Number with its check digit (position 9). */
function vin(m: string): boolean {
  const s = m.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(s) || !/\d/.test(s) || !/[A-Z]/.test(s)) return false;
  const sum = [...s].reduce((acc, c, i) => acc + VIN_VALUES[c] * VIN_WEIGHTS[i], 0);
  const check = sum % 11 === 10 ? "X" : String(sum % 11);
  return s[8] === check;
}

/** National Provider Identifier: Luhn over "80840" + the ten digits. */
function npi(m: string): boolean {
  const d = digits(m);
  return d.length === 10 && /^[12]/.test(d) && luhn(`80840${d}`);
}

/** DEA registration number: two letters, seven digits, checksum. */
function dea(m: string): boolean {
  const s = m.toUpperCase().replace(/\s/g, "");
  if (!/^[A-Z][A-Z9]\d{7}$/.test(s)) return false;
  const d = s.slice(2).split("").map(Number);
  return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 === d[6];
}

/** North American numbering plan: area code and exchange start 2-9 and are not N11. */
function nanp(m: string): boolean {
  let d = digits(m.replace(/\s*(?:x|ext\.?|extension|#)\s*\d+$/i, ""));
  if (d.length === 11 && d[0] === "1") d = d.slice(1);
  if (d.length === 7) return /^[2-9]\d\d/.test(d) && !/^.11/.test(d);
  if (d.length !== 10) return false;
  const area = d.slice(0, 3);
  const exchange = d.slice(3, 6);
  return /^[2-9]/.test(area) && !/^.11$/.test(area) && /^[2-9]/.test(exchange) && !/^.11$/.test(exchange) && !oneDigitRepeated(d);
}

/** Any country's number, in international form or a national form libphonenumber knows. */
function phone(m: string): boolean {
  for (const region of ["US", "GB", "FR", "DE", "IN", "AU"] as const) {
    const p = parsePhoneNumberFromString(m, region);
    if (p?.isValid()) return true;
    if (m.trim().startsWith("+")) return false;
  }
  return false;
}

/** Digit groups that can be a phone number: 7 to 15 digits, not a date or a time. */
function phoneShape(m: string): boolean {
  const d = digits(m);
  return d.length >= 7 && d.length <= 15 && !oneDigitRepeated(d) && !/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(m.trim());
}

function ipv4(m: string): boolean {
  const [ip, prefix] = m.split("/");
  return isIPv4(ip) && !/^0\./.test(ip) && (prefix === undefined || Number(prefix) <= 32);
}

function ipv6(m: string): boolean {
  return isIPv6(m) && (m.match(/:/g) ?? []).length >= 2 && /[0-9a-f]{3,}|::/i.test(m) && !/^\d{1,2}:\d{2}(:\d{2})?$/.test(m);
}

function mac(m: string): boolean {
  const seps = new Set(m.replace(/[0-9a-f]/gi, ""));
  return seps.size <= 1 && /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$|^([0-9a-f]{4}\.){2}[0-9a-f]{4}$/i.test(m);
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date that can exist: month 1-12, a day that month has, a plausible year. */
function date(m: string): boolean {
  const s = m.trim();
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  let iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if ((iso = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$/.exec(s))) {
    const [a, b] = [Number(iso[1]), Number(iso[2])];
    if (iso[3]) year = Number(iso[3]);
    // US order first; day-first when the first number cannot be a month.
    // Without a year, "24/7" and "13/15" are not dates (fractions such as "1/2 cup" are left out by the rule's pattern).
    if (!iso[3] && a > 12) return false;
    // Month and two-digit year, as notes write a past event: "CABG 8/88", "MI 7/81".
    if (!iso[3] && !/[.-]/.test(s) && iso[2].length === 2 && b > 31) return a >= 1;
    // Proper fractions with small denominators ("1/2", "2/3", "3/4") are far more often amounts than dates.
    if (!iso[3] && a < b && [2, 3, 4, 8].includes(b)) return false;
    // "5/5", "10/10": a score or a setting far more often than the day of a month.
    if (!iso[3] && a === b) return false;
    [month, day] = a <= 12 ? [a, b] : [b, a];
    if (!iso[3] && (s.includes(".") || s.includes("-"))) return false; // "1.5", "3-4" are not dates
  } else {
    const words = s.toLowerCase().match(/\p{L}+/gu) ?? [];
    month = words.map((w) => MONTHS[w.slice(0, 3)]).find((n) => n !== undefined);
    const nums = s.match(/\d+/g)?.map(Number) ?? [];
    day = nums.find((n) => n <= 31);
    year = nums.find((n) => n > 31);
    if (day === undefined && year === undefined) return false;
    if (day === undefined) day = 1;
  }
  if (month === undefined || day === undefined || month < 1 || month > 12 || day < 1) return false;
  if (year !== undefined && year >= 100 && (year < 1850 || year > 2150)) return false;
  return day <= DAYS_IN_MONTH[month - 1];
}

/** An age that Safe Harbor treats as an identifier: over 89 (and humanly possible). */
function ageOver89(m: string): boolean {
  const n = /\d+/.exec(m);
  const age = n ? Number(n[0]) : NaN;
  return age >= 90 && age <= 125;
}

const FILE_ENDINGS = /\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|pptx?|txt|md|csv|json|ya?ml|js|ts|py|html?|css|exe|zip)$/i;

function email(m: string): boolean {
  const [local, host] = m.split("@");
  return !!local && !!host && /\.[a-z]{2,24}$/i.test(host) && !FILE_ENDINGS.test(host);
}

/** A web address: a host whose last label looks like a top-level domain, not a file name. */
function url(m: string): boolean {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(m);
  const rest = m.slice(scheme ? scheme[0].length : 0);
  if (scheme && (/^\[?[0-9a-f:]+\]?(?:[/?#]|$)/i.test(rest) || isIPv4(rest.split(/[/?#:]/)[0]))) return true;
  const host = rest.split(/[/?#:]/)[0];
  return /\.[a-z]{2,24}$/i.test(host) && !FILE_ENDINGS.test(host) && !/^\d+(\.\d+)+$/.test(host);
}

function zip(m: string): boolean {
  const d = digits(m);
  return (d.length === 5 || d.length === 9) && !d.startsWith("000") && !oneDigitRepeated(d.slice(0, 5));
}

/** International Bank Account Number: ISO 13616 mod-97 check. */
function iban(m: string): boolean {
  const s = m.replace(/\s/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const moved = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const ch of moved) rest = (rest * 10 + Number(ch)) % 97;
  return rest === 1;
}

const PARTICLES = new Set(["van", "von", "de", "der", "den", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "ten", "ter", "bin", "ibn", "al", "y"]);

const words = (m: string) => m.split(/\s+/).map((w) => w.toLowerCase().replace(/(?:'s|’s)$/, "").replace(/[^\p{L}'’-]/gu, "")).filter(Boolean);

/**
 * A person's name: not only titles, calendar words, greetings or pronouns, no
 * digits, and written as names are: a lone lower-case word ("amber urine") or
 * a word in capitals ("MAE", "SPIKE") is not taken for one; "DAUGHTER
 * VERONICA" is found by person-name-caps.
 */
function personName(m: string): boolean {
  const letters = m.replace(/[^\p{L}]/gu, "");
  const oneWord = !/\s/.test(m.trim());
  if ((letters === letters.toLowerCase() && oneWord) || (letters === letters.toUpperCase() && letters.length > 1)) return false;
  // A word in lower case inside a capitalised name is a title, a particle ("Ludwig van Beethoven") or a
  // name no dictionary has ("Janet logan"); else it is no name at all ("Aline dc'd", "Fever spike").
  const lowerInside = (t: string) => /^\p{Ll}\p{L}/u.test(t) && !PARTICLES.has(t) && !HONORIFICS.test(t) && (lexiconKind(t) !== "name" || isEnglishWord(t));
  if (letters !== letters.toLowerCase() && m.split(/\s+/).some(lowerInside)) return false;
  // Several words in lower case read as a name only when none is a common or clinical word: "amber urine" is not.
  if (letters === letters.toLowerCase()) return words(m).every((w) => w.length < 2 || lexiconKind(w) === "name" || (!isEnglishWord(w) && !common(w) && !isMedicalWord(w))) && nameWords(m);
  // Note shorthand is not a name: "GI-Appetite", "LS Clear", "Resp; Remains", "Activity- Physical".
  if (/[;]|\s-|-\s|\b\p{Lu}{2,}-|\b\p{Lu}{2,3}\b/u.test(m)) return false;
  return nameWords(m);
}

/**
 * A run of capitalised words that may be a name though nothing introduces it
 * (phi/name-possible): besides the person-name check, not a note's section
 * label ("Resp-Vent", "Neuro-"), not a list of words ("Hypertensive,
 * Ineffective", "Amio, Levo"), and not everyday words only, unless one is a
 * known first or last name ("Right Groin", "Face Mask"; but "Amber Rose").
 */
const HOLIDAYS = /^(?:christmas|xmas|easter|thanksgiving|halloween|hanukkah|chanukah|ramadan|diwali|kwanzaa|eid)$/;

function possibleName(m: string): boolean {
  if (!personName(m) || /[+~^=]/.test(m)) return false;
  const tokens = m.split(/[\s,]+/).filter(Boolean);
  if (tokens.some((t) => /^-|-\.?$/.test(t))) return false;
  // A mountain, a fort or a lake by its name: "Mt Cook", "Fort Myers", "Lake Erie".
  if (/^(?:Mt|Mount|Ft|Fort|Lake|Cape|Port)\.?$/.test(tokens[0])) return false;
  const parts = tokens.flatMap((t) => t.toLowerCase().replace(/[.'’]+$/, "").split("-")).filter((w) => w.length > 1);
  // A holiday's greeting: "Merry Christmas", "Blessed Ramadan".
  if (parts.some((w) => HOLIDAYS.test(w))) return false;
  if (tokens.some((t) => t.includes("-")) && parts.some((w) => NOT_NAME_WORDS.has(w) || isMedicalWord(w))) return false;
  if (m.includes(",") && parts.some((w) => isEnglishWord(w) || isMedicalWord(w))) return false;
  return !parts.every((w) => isEnglishWord(w) && lexiconKind(w) !== "name");
}

/** A name written in capitals, after a cue such as "DAUGHTER" or "MRS": no word of it may be a common word ("WIFE HAS GOOD", "SON WILL TRY"). */
function personNameCaps(m: string): boolean {
  // In capitals there is no telling a name by its shape: a dictionary word must be a known name ("JOHN", not "SUPPORTIVE").
  return nameWords(m) && words(m).every((w) => !NOT_NAME_WORDS.has(w) && !NEVER_IN_NAME.has(w) && !common(w) && (!isEnglishWord(w) || lexiconKind(w) === "name" || isWordFirstName(w)));
}

/**
 * A name written in lower case after a cue such as "son" ("son eddie", "son
 * bill"): every word a first or last name compromise knows, or a first name
 * that is an everyday word too.
 */
function personNameLower(m: string): boolean {
  const ws = words(m);
  return ws.length > 0 && ws.every((w) => !NOT_NAME_WORDS.has(w) && !NEVER_IN_NAME.has(w) && !isMedicalWord(w) && (lexiconKind(w) === "name" || (isWordFirstName(w) && lexiconKind(w) !== "grammar")));
}

/**
 * A lone capitalised word read as a first name from what surrounds it
 * ("little Amara", "Amara, who has been with us", "Maya, born at 23 weeks"): a
 * name compromise knows, a first name that is a word too, or a word no
 * dictionary has ("Foundation, who" is no one).
 */
function givenName(m: string): boolean {
  const w = m.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(m) || NOT_NAME_WORDS.has(w) || NEVER_IN_NAME.has(w) || isMedicalWord(w)) return false;
  const kind = lexiconKind(w);
  return kind === "name" || isWordFirstName(w) || (kind === undefined && !isEverydayWord(w));
}

/** A name after the title of a public office: its first word a first name or a surname alone ("Mayor Linda Hill", "Judge Ortiz"; not "Governor Announces He"). */
function titledName(m: string): boolean {
  const first = m.split(/\s+/)[0];
  return personName(m) && (givenName(first) || lexiconKind(first.toLowerCase()) === "name");
}

/**
 * A first name before a surname that is also a place word ("Lisa Park", "Tom
 * Hill", "Ann Lake"), which compromise takes for a place: the first word must
 * be a first name its lexicon knows, or one that is an everyday word too ("Max").
 */
function forenameSurname(m: string): boolean {
  const first = m.split(/\s+/)[0].toLowerCase();
  return !NOT_NAME_WORDS.has(first) && !NEVER_IN_NAME.has(first) && (lexiconKind(first) === "name" || isWordFirstName(first));
}

/** A surname alone, or after an initial, where one is expected (in lower case after "mr" or "mrs", on a board after "Bed 4"): a name compromise knows, or a word no dictionary has ("mr masci"; not "mr cont'd", "Bed 4 Empty"); after an initial, any word but a grammar word. */
function surname(m: string): boolean {
  const initial = /^\p{Lu}\.\s?/u.exec(m);
  const w = m.slice(initial?.[0].length ?? 0).toLowerCase();
  if (w.length < 3 || NOT_NAME_WORDS.has(w) || NEVER_IN_NAME.has(w) || isMedicalWord(w)) return false;
  // After an initial, an everyday word is a surname too ("E. Marsh", "J. Walker"). A country or state alone is none ("Cyprus").
  const kind = lexiconKind(w);
  // A word compromise takes for an adverb by its form alone, which no dictionary has, is a surname: "Connolly", "Donnelly"
  // (not a misspelt adverb: "Hemodyamically").
  const guessedAdverb = kind === "grammar" && /ly$/.test(w) && !/(?:ically|ally|ously|ively|fully|lessly|ably|ibly|edly|ingly)$/.test(w) && !isEnglishWord(w);
  return kind === "name" || (initial !== null && kind !== "grammar") || (!isEverydayWord(w) && (!common(w) || guessedAdverb) && kind !== "region");
}

/**
 * A surname where the words around it leave no other reading: by the room its bearer is in ("Harrow in 6 is on droplet
 * precautions"), after a lab's value read on them ("hemoglobin 6.2 on Farrow"). Beside the surnames `surname` takes, an
 * everyday word or a town will do ("Harrow"), but not a grammar word, a country or a state, a medical word, nor a word
 * for an activity or a state of things ("Suction in 6 is broken", "Cleaning in 4").
 */
function cuedSurname(m: string): boolean {
  const w = m.toLowerCase();
  if (surname(m)) return true;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(m) || NOT_NAME_WORDS.has(w) || NEVER_IN_NAME.has(w) || isMedicalWord(w) || /(?:ing|tion|sion|ment|ness|ity|ance|ence|ure|age)$/.test(w)) return false;
  const kind = lexiconKind(w);
  return kind !== "grammar" && kind !== "region";
}

/** A family by a surname compromise knows, in the plural: "the Hendersons", "the Nguyens", "the Joneses" (not "the Lakers", "the Pyxis"). */
function familyName(m: string): boolean {
  const base = m.replace(/(?:(?<=[sxz]|sh|ch)es|s)$/, "").toLowerCase();
  return base !== m.toLowerCase() && !NOT_NAME_WORDS.has(base) && lexiconKind(base) === "name";
}

/** A word compromise knows as no name or place. */
const common = (w: string) => {
  const kind = lexiconKind(w);
  return kind === "grammar" || kind === "adjective" || kind === "word";
};

/** A drug, condition or note abbreviation that is not also a first name ("Propofol", "Resp"; but "Peg", "Walker"). */
const medical = (w: string) => isMedicalWord(w) && lexiconKind(w) !== "name";


function nameWords(m: string): boolean {
  if (/[\d:>()<"@#/+]/.test(m)) return false;
  const all = m.split(/\s+/);
  const tokens = all.filter((t) => !HONORIFICS.test(t));
  // After a title, every part of a name is capitalised but for particles ("Sir bot" is not a name).
  if (tokens.length < all.length && tokens.some((t) => /^\p{Ll}/u.test(t) && !PARTICLES.has(t))) return false;
  const rest = words(tokens.join(" ")).filter((w) => w.length > 1);
  // After a title any capitalised word is a surname: "Mr. May", "Dr. Park".
  if (tokens.length < all.length && rest.length > 0) return !rest.some((w) => NEVER_IN_NAME.has(w));
  if (rest.length > 1 && rest.some((w) => NEVER_IN_NAME.has(w))) return false;
  if (rest.some(medical)) return false; // "Chest Tube", "Propofol, Ativan", "Sputum Cx"
  return rest.length > 0 && rest.some((w) => !NOT_NAME_WORDS.has(w));
}

/** A facility name with at least one word of its own besides "Hospital", "Clinic" and the like. */
function facility(m: string): boolean {
  const own = words(m).filter((w) => !/^(?:hospital|hosp|clinic|medical|med|center|ctr|health|care|healthcare|system|group|infirmary|cancer|heart|institute|nursing|home|rehabilitation|rehab|surgery|hospice|of|and|st|saint|mt|mount)$/.test(w));
  return own.length > 0 && own.some((w) => !NOT_NAME_WORDS.has(w) || /^(?:general|city|memorial)$/.test(w));
}

/** A named place: capitalised, not a calendar or greeting word. */
function place(m: string): boolean {
  const long = m.length >= 3 || /^\p{Lu}{2}$/u.test(m); // "GH" for General Hospital, but not "Ab"
  return /^\p{Lu}/u.test(m) && long && words(m).some((w) => !NOT_NAME_WORDS.has(w));
}

/** Words that end a facility's name: "holy cross hospital", "BALTIMORE VA", "mazur campus". */
const FACILITY_HEAD = /^(?:hospital|hosp|medical|med|center|centre|ctr|rehab|campus|house|va|vamc|memorial|general|regional|clinic|infirmary|hospice|nursing|home)$/;

/** An intensive care unit's short name, a unit and no place: "CVICU", "MICU", "Neuro-ICU". */
const INTENSIVE_UNIT = /^[\p{L}-]{0,6}icu$/u;

/**
 * A place named right after a word of moving, care or living ("transferred to
 * GH", "lives in catonsville", "from Kessler Adventist", "at holy cross
 * hospital"): no word of it a common, clinical or care-setting word ("to
 * floor", "to bed", "from cath", "to CVICU"). Capitalised words may be everyday words
 * when a facility word ends the name ("Sacred Heart Hospital").
 */
function placeAfterCue(m: string): boolean {
  const raw = m.split(/\s+/).filter(Boolean);
  const ws = raw.map((w) => w.toLowerCase().replace(/[.'’]+$|^[.'’]+/g, ""));
  let n = ws.length;
  while (n > 0 && FACILITY_HEAD.test(ws[n - 1])) n--;
  const headed = n < ws.length;
  if (n === 0) return false;
  // A state or country alone ("went back to California") is no identifier under Safe Harbor.
  if (!headed && n === 1 && lexiconKind(ws[0]) === "region") return false;
  return ws.slice(0, n).every((w, i) => {
    if (w.length < 2 || !/^\p{L}[\p{L}.&-]*$/u.test(w) || /\.\p{L}{2}/u.test(w) || NOT_NAME_WORDS.has(w) || GENERIC_PLACE.has(w) || HONORIFICS.test(w) || isMedicalWord(w) || INTENSIVE_UNIT.test(w)) return false;
    const kind = lexiconKind(w);
    if (headed) return kind !== "grammar";
    // Capitals mark a proper noun only in text that is not all capitals.
    if (/^\p{Lu}\p{Ll}/u.test(raw[i])) return !common(w);
    return kind === "place" || kind === "region" || kind === "name" || (!isEnglishWord(w) && !common(w));
  });
}

/**
 * A town named after "from" or "in" ("son from Pikesville", "IN HAMPTON"): no
 * word of it in the dictionary, a person's name, a state or country, or a
 * clinical word.
 */
function town(m: string): boolean {
  const ws = words(m);
  return ws.length > 0 && ws.every((w) => {
    if (w.length < 3 || NOT_NAME_WORDS.has(w) || CONTINENTS.has(w) || isMedicalWord(w) || isEnglishWord(w)) return false;
    const kind = lexiconKind(w);
    return kind === "place" || kind === undefined;
  });
}

/** Places too large to point to anyone, like states and countries. */
const CONTINENTS = new Set(["europe", "asia", "africa", "america", "americas", "australia", "antarctica", "oceania"]);

/**
 * The words after a credential label hold a secret ("harbor2026",
 * "LakesideGuest", "4417", "user jpalmer / pw Spring2026!"), not only prose
 * ("Wi-Fi is free in all our waiting rooms", "password: required"): one of
 * them has a digit, a symbol or an inner capital, or is no dictionary word.
 */
const NO_SECRET = /\bno\s+(?:password|passcode|code)\b|\b(?:doesn['’]t|does\s+not|don['’]t|do\s+not|won['’]t)\s+(?:need|require|ask\s+for)\s+(?:a\s+|any\s+)?(?:password|passcode|code|login)\b|\b(?:password|passcode)\s+(?:is\s+)?not\s+(?:needed|required)\b/i;

/** Who to ask for a credential, in its place: "ask Priya", "see the charge nurse", "check with IT". */
const ASK_FOR_IT = /^(?:ask|see|contact|call|email|e-mail|message|ping|check\s+with|get\s+it\s+from|request\s+(?:it|one|access)\s+from)\s+(?!is\b)\S/i;

/** A secret told by how to make it from what each person or the place has: "your badge # plus 99", "your last name followed by 123", "our street number plus Gala!". */
const SECRET_RULE = /^(?:your|their|our|the\s+staff\s+member['’]s)\s+(?:badge|employee|staff|user|first|last|birth|phone|street|building|main|unit|clinic|office|zip)[\w\s#.]{0,20}?(?:\+|plus|followed\s+by|then|backwards|reversed)/i;

function secretValue(m: string): boolean {
  const value = /(?::|=|\b(?:is|are|to)\b|\b(?:it|that)['’]s\b)\s*(\S.*)$/i.exec(m)?.[1] ?? "";
  // An open network says so: "Visitor Wi-Fi: choose LH-Guest. No password needed."
  if (NO_SECRET.test(value)) return false;
  // Where to get it is no secret: "Canva login: ask Priya, she'll add you to the team", "password: see IT".
  if (ASK_FOR_IT.test(value)) return false;
  // A code told digit by digit: "2 2 1 9".
  if (SECRET_RULE.test(value) || /^\d(?:[ -]\d){3,7}(?!\d)/.test(value)) return true;
  // A word set in quotes as the value is given out, however plain: "Password is 'bluebird'".
  if (/^["'“‘`][^\s"'”’`]{3,40}["'”’`]/.test(value)) return true;
  return value.split(/\s+/).some((token) => {
    const t = token.replace(/^[("'“]+|[)"'”.,;:!?]+$/g, "");
    if (/guest|public|visitor/i.test(t) && !/\d/.test(t)) return false; // a guest network's name is posted on purpose
    if (/\d|[^\p{L}.'’-]|\p{Ll}\p{Lu}/u.test(t)) return t.length >= 3;
    // A contraction ("doesn't", "we're"), but not "it's", which may lead on to the secret the match ends before.
    if (/^\p{L}+['’](?:t|re|ll|ve|d|m)$/u.test(t)) return false;
    const word = t.toLowerCase();
    return word.length >= 3 && !isEnglishWord(word) && !NOT_NAME_WORDS.has(word) && !/^(?:wi-?fi|ssid|pw|pwd|pin|otp|login|username|userid)$/.test(word);
  });
}

/** A column of secrets, by its heading. */
const SECRET_COLUMN = /\b(?:pass(?:word|code|phrase)|pwd|pw|pin|secret|api\s*key|token|(?:door|access|keypad)\s+code)\b/i;

/**
 * A Markdown table with a column headed as secrets ("Password", "PIN") and a
 * secret in at least one of its rows ("| Instagram | lakeside.health | Insta!2026 |").
 */
function tableSecret(m: string): boolean {
  const cells = (row: string) => row.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
  const [head, , ...rows] = m.trim().split("\n");
  const columns = cells(head).flatMap((c, i) => (SECRET_COLUMN.test(c) ? [i] : []));
  return rows.some((row) => columns.some((i) => {
    const cell = cells(row)[i] ?? "";
    return cell !== "" && secretValue(`password: ${cell}`);
  }));
}

/** Words that make "hospital" or "rehab" generic: "a local hospital", "prolonged hospital stay". */
const GENERIC_PLACE = new Set(["local", "nearby", "prolonged", "previous", "prior", "current", "same", "cardiac", "pulmonary", "inpatient", "acute", "subacute"]);

/** A facility in a note written in capitals: no word of its own a verb, adjective or function word ("GO BACK TO THE HOSPITAL", "BEGIN CARDIAC REHAB"). */
function facilityCaps(m: string): boolean {
  const own = words(m).filter((w) => !FACILITY_HEAD.test(w) && !/^(?:st|saint|mt|mount|of)$/.test(w));
  return facility(m) && own.length > 0 && own.every((w) => /^[\p{L}.&-]+$/u.test(w) && !NOT_NAME_WORDS.has(w) && !GENERIC_PLACE.has(w) && !isMedicalWord(w) && lexiconKind(w) !== "grammar" && lexiconKind(w) !== "adjective");
}

/** The street of "28245 Puruntie 82": not a run of English words ("600 Rate 4", "43 Creat 1.8"). */
function streetNameNumber(m: string): boolean {
  const names = words(m).filter((w) => /\p{L}{2}/u.test(w));
  return names.length > 0 && names.some((w) => !isEnglishWord(w) && !isMedicalWord(w)) && !names.some(isMedicalWord);
}

export const VALIDATORS: Record<string, Validator> = {
  ssn, luhn: card, mbi, vin, npi, dea, nanp, phone, ipv4, ipv6, mac, date, "age-over-89": ageOver89, email, url, zip, "phone-shape": phoneShape,
  iban, itin, bitcoin: bitcoinAddress, "person-name": personName, "possible-name": possibleName, "person-name-caps": personNameCaps, "person-name-lower": personNameLower, "surname-lower": surname, surname, "cued-surname": cuedSurname, "family-name": familyName, "given-name": givenName, "forename-surname": forenameSurname, "titled-name": titledName, facility, place, "place-after-cue": placeAfterCue, "facility-caps": facilityCaps, "street-name-number": streetNameNumber, town, "secret-value": secretValue, "table-secret": tableSecret, "health-detail": healthDetail, "health-question": (m: string) => asksReaderHealth(m, true), "health-request": (m: string) => asksReaderHealth(m, false), "open-health-question": asksReaderHealthOpenly, "names-condition": namesCondition,
};

/** Validators that read compromise's lexicon: the engine loads compromise when a rule uses one. */
export const LEXICON_VALIDATORS = new Set(["person-name", "possible-name", "given-name", "forename-surname", "titled-name", "person-name-caps", "person-name-lower", "surname-lower", "surname", "cued-surname", "family-name", "place-after-cue", "facility-caps", "town"]);

/**
 * Validators of words, and which end of a failing pattern match gives way:
 * a name or place loses words at its end ("VERONICA WHO" -> "VERONICA"), a
 * facility at its start ("TRANSFER FROM CALVERT HOSPITAL" -> "CALVERT HOSPITAL").
 */
export const WORD_VALIDATORS: ReadonlyMap<string, "end" | "start"> = new Map([
  ["person-name", "end"], ["person-name-caps", "end"], ["person-name-lower", "end"], ["place", "end"], ["place-after-cue", "end"], ["town", "end"],
  ["facility", "start"], ["facility-caps", "start"],
]);

/** Validators that prove a match (check digits, numbering plans), as opposed to filters that only rule out. */
export const PROVING = new Set(["ssn", "luhn", "mbi", "vin", "npi", "dea", "nanp", "phone", "iban", "itin", "bitcoin", "ipv4", "ipv6", "mac", "email"]);
