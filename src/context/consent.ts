import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { FileKeyError, InputError } from "../errors.js";
import type { Span } from "../documents/document.js";
import type { Judgement } from "./judge.js";
import { careTerms } from "./care.js";
import { RELATIVES } from "./reply.js";

/** A documented consent: from a draft's front matter, or the team's registry (which wins). */
export interface Consent {
  id: string;
  obtained?: string;
  expires?: string;
  covers: string[];
  revoked?: boolean | string;
  /** The person who gave it, by name; without it, the first person the post's patient story names. */
  subject?: string;
}

export interface ConsentOptions {
  /** Registry entries by id, when the config names a registry: then every consent id must be in it. */
  registry?: Map<string, Consent>;
  /** "Today", for expiry checks (injectable so tests are stable). */
  today: Date;
}

/**
 * What each identifier category needs the consent to cover; any other category by its own name. A handle or a
 * personal link is the name they go by; a room or bed number is where they are. A phone number or an e-mail
 * address is a way to reach them, which a consent to be named does not give: it needs "phone" or "email".
 */
const COVER: Record<string, string> = { handle: "name", "other-id": "location", url: "name" };
/** What a consent covers by covering more: an address holds its town and its ZIP code ("lives on Birch Lane in Fairhaven"). */
const WITHIN: Record<string, string> = { location: "address", zip: "address" };

/**
 * Applies documented consent to a post's patient stories and replies: valid
 * consent that covers what a story or reply shows turns it (and the
 * identifiers tied in it) into info; consent that is expired, revoked, unknown, malformed or too narrow is
 * a `consent` judgement of its own, and so is a story of another patient than
 * the one the consent is from. `shown`: the people the post names or shows,
 * not as staff or public figures; `text`: the post's text, to read their names.
 */
export function applyConsent(meta: Record<string, unknown>, judgements: Judgement[], opts: ConsentOptions, shown: Span[], text: string): Judgement[] {
  if (meta.consent === undefined) return [];
  const stories = judgements.filter((j) => j.kind === "patient-story" || j.kind === "patient-reply");
  const { consent, problem } = resolveConsent(meta.consent, opts);
  // A consent block says the post shows a patient: one that cannot be relied on is an error wherever the post
  // names or shows someone, even where no sentence ties them to care.
  if (stories.length === 0) return problem && shown.length ? [consentProblem(shown[0], problem)] : [];
  if (problem) return stories.map((s) => consentProblem(s, problem));
  const out: Judgement[] = [];
  const subject = consentSubject(consent!, stories, text);
  for (const story of stories) {
    // One person's consent does not cover another patient: "Calvin Brooks beat lymphoma. His wife Rita also finished her breast cancer treatment here".
    if (subject && namesSomeoneElse(story, subject, text)) {
      out.push(consentProblem(story, `consent ${consent!.id} is one person's; this story names another patient`));
      continue;
    }
    const missing = story.needs.map((n) => COVER[n] ?? n).filter((n, i, all) => all.indexOf(n) === i && !consent!.covers.includes(n) && !(WITHIN[n] && consent!.covers.includes(WITHIN[n])));
    if (missing.length) {
      out.push(consentProblem(story, `consent ${consent!.id} does not cover ${missing.join(", ")}`));
      continue;
    }
    const reason = `covered by consent ${consent!.id}`;
    story.severity = "info";
    story.reasons.push(reason);
    for (const d of story.tied) {
      d.severity = "info";
      d.reasons.push(reason);
    }
  }
  return out;
}

/** A consent judgement over a story, or over the person a post shows. */
function consentProblem(at: Span, problem: string): Judgement {
  return { kind: "consent", start: at.start, end: at.end, reasons: [problem], needs: [], tied: [] };
}

function resolveConsent(raw: unknown, opts: ConsentOptions): { consent?: Consent; problem?: string } {
  const given = asConsent(raw);
  if (!given) return { problem: "the consent block needs an id, and covers as a list" };
  const consent = opts.registry ? opts.registry.get(given.id) : given;
  if (!consent) return { problem: `consent ${given.id} is not in the consent registry` };
  if (consent.revoked) return { problem: `consent ${consent.id} was revoked` };
  const expires = consent.expires ? new Date(consent.expires) : undefined;
  if (expires && Number.isNaN(expires.getTime())) return { problem: `consent ${consent.id} has an unreadable expiry date` };
  if (expires && expires.getTime() < startOfDay(opts.today)) return { problem: `consent ${consent.id} expired on ${consent.expires}` };
  const obtained = consent.obtained ? new Date(consent.obtained) : undefined;
  if (obtained && obtained.getTime() > opts.today.getTime()) return { problem: `consent ${consent.id} is dated in the future (${consent.obtained})` };
  return { consent };
}

function startOfDay(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** Reads one consent entry; dates may be YAML dates or strings. */
function asConsent(raw: unknown): Consent | undefined {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const id = typeof r.id === "string" || typeof r.id === "number" ? String(r.id) : undefined;
  if (!id || !Array.isArray(r.covers) || r.covers.some((c) => typeof c !== "string")) return undefined;
  const date = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "string" ? v : undefined);
  return { id, obtained: date(r.obtained), expires: date(r.expires), covers: (r.covers as string[]).map((c) => c.toLowerCase()), revoked: r.revoked as boolean | string | undefined, subject: typeof r.subject === "string" ? r.subject : undefined };
}

/** The words of a name, in lower case, without titles or a possessive: "Mr. Calvin Brooks" is calvin, brooks; "Jamal's" is jamal. */
function nameTokens(name: string): string[] {
  return name.toLowerCase().replace(/['’]s\b/gu, "").split(/[^\p{L}'’-]+/u).filter((w) => w.length > 1 && !/^(?:mr|mrs|ms|mx|miss|dr|baby|little|the|and|family|twins)$/.test(w));
}

/** Whose consent it is: its subject, or the first name the post's first patient story rests on. */
function consentSubject(consent: Consent, stories: Judgement[], text: string): Set<string> | undefined {
  const named = consent.subject ?? stories.flatMap((s) => s.tied).find((d) => d.rule.category === "name");
  const words = typeof named === "string" ? nameTokens(named) : named ? nameTokens(text.slice(named.start, named.end)) : [];
  return words.length ? new Set(words) : undefined;
}

/** A parent or guardian named for the patient (who signs for a child): "her mom Jess", "parents Tom and Ana". */
const SIGNS_FOR = /\b(?:mom|mother|mum|dad|father|parents?|guardian)\s+(?:\p{Lu}\p{Ll}+\s+(?:and|&)\s+)?$/iu;

/** A name owning a relative, right after it: "(Joaquin)'s wife, Elena, just finished her own treatment". */
const RELATIVE_OWNED = new RegExp(String.raw`^['’]s\s+${RELATIVES}\b`, "i");

/** A story whose names are all someone other than the consent's subject (and not the parent who signs for them); the subject named as the one whose relative the story tells of counts as another too. */
function namesSomeoneElse(story: Judgement, subject: Set<string>, text: string): boolean {
  const names = story.tied.filter((d) => d.rule.category === "name");
  // "His wife, Monique, rides with him every Sunday", "His choir partner, Lena Marsh, sings alto": someone a sentence with no care of its own names is no patient.
  if (names.length === 0 || careTerms(text.slice(story.start, story.end)).length === 0) return false;
  return names.every((d) => RELATIVE_OWNED.test(text.slice(d.end, d.end + 24)) || (!nameTokens(text.slice(d.start, d.end)).some((w) => subject.has(w)) && !SIGNS_FOR.test(text.slice(Math.max(0, d.start - 30), d.start))));
}

const REGISTRY_KEYS = ["id", "obtained", "expires", "covers", "revoked", "note", "subject"];

/** Loads a consent registry: a YAML list of consents (or `consents:` holding one). Problems name the file and entry. */
export function loadConsentRegistry(file: string): Map<string, Consent> {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, "utf8"));
  } catch (e) {
    throw new InputError(`${file}: cannot read the consent registry (${(e as Error).message.split("\n")[0]})`);
  }
  const list = Array.isArray(raw) ? raw : (raw as { consents?: unknown } | null)?.consents;
  if (!Array.isArray(list)) throw new FileKeyError(file, "", "must be a list of consents (id, obtained, expires, covers, revoked)");
  const out = new Map<string, Consent>();
  list.forEach((entry, i) => {
    for (const k of Object.keys((entry as object) ?? {})) {
      if (!REGISTRY_KEYS.includes(k)) throw new FileKeyError(file, `[${i}].${k}`, `unknown key; expected one of ${REGISTRY_KEYS.join(", ")}`);
    }
    const c = asConsent(entry);
    if (!c) throw new FileKeyError(file, `[${i}]`, "needs an id and covers as a list of strings");
    out.set(c.id, c);
  });
  return out;
}
