import { CATEGORIES, SEVERITIES, type Category, type Severity } from "../types.js";
import { VALIDATORS } from "../detectors/validators.js";
import { regexRisk } from "./regex-safety.js";
import { JUDGEMENTS, RuleError, type ContextSpec, type Detector, type JudgementKind, type Rule } from "./rule.js";
import { TermSet } from "./terms.js";

/** Keys in the order every rule file uses them. */
const RULE_KEYS = ["category", "severity", "description", "message", "source", "detect", "context", "examples"];
const DETECTOR_KEYS: Record<string, string[]> = {
  pattern: ["flags", "group", "validate"],
  terms: ["caseSensitive", "validate"],
  list: ["caseSensitive", "validate"],
  nlp: ["validate"],
  element: [],
  judgement: [],
};
const CONTEXT_KEYS = ["raise", "lower", "lowerBefore", "require", "exclude", "window", "scope"];
const ELEMENTS = ["image"];

export interface ParseOptions {
  /** Reads a term list by name (rules/lists/NAME.txt); undefined when missing. */
  list: (name: string) => string[] | undefined;
  /** Check patterns for catastrophic backtracking (user rules; shipped ones are checked by the test suite). */
  checkSafety: boolean;
}

/** Validates one parsed rule file strictly; every problem names the file and the key. */
export function parseRule(id: string, file: string, raw: unknown, opts: ParseOptions): Rule {
  const obj = record(file, "", raw, "a rule file must be a mapping of keys such as category, severity, detect");
  unknownKeys(file, "", obj, RULE_KEYS);
  const category = oneOf(file, "category", obj.category, CATEGORIES) as Category;
  const severity = oneOf(file, "severity", obj.severity, SEVERITIES) as Severity;
  const description = text(file, "description", obj.description);
  const message = text(file, "message", obj.message);
  const source = obj.source === undefined ? undefined : text(file, "source", obj.source);
  if (obj.detect === undefined) throw new RuleError(file, "detect", "missing; say how the rule finds text (pattern, terms, list, nlp or element)");
  const detectors = Array.isArray(obj.detect) ? obj.detect : [obj.detect];
  if (detectors.length === 0) throw new RuleError(file, "detect", "needs at least one detector");
  const detect = detectors.map((d, i) => detector(file, Array.isArray(obj.detect) ? `detect[${i}]` : "detect", d, opts));
  if (detect.length > 1 && detect.some((d) => d.kind === "judgement")) throw new RuleError(file, "detect", "a judgement detector stands alone in its rule");
  const context = contextSpec(file, obj.context, opts);
  const ex = record(file, "examples", obj.examples ?? {}, "must be a mapping with flag and pass lists");
  unknownKeys(file, "examples", ex, ["flag", "pass"]);
  const examples = { flag: strings(file, "examples.flag", ex.flag ?? []), pass: strings(file, "examples.pass", ex.pass ?? []) };
  if (examples.flag.length === 0) throw new RuleError(file, "examples.flag", "give at least one text the rule must flag");
  return { id, file, category, severity, description, message, source, detect, context, examples };
}

function detector(file: string, key: string, raw: unknown, opts: ParseOptions): Detector {
  const d = record(file, key, raw, "must be a mapping such as { pattern: '...' }");
  const kinds = Object.keys(DETECTOR_KEYS).filter((k) => k in d);
  if (kinds.length !== 1) {
    throw new RuleError(file, key, `needs exactly one of ${Object.keys(DETECTOR_KEYS).join(", ")}${kinds.length ? ` (found ${kinds.join(" and ")})` : ""}`);
  }
  const kind = kinds[0];
  unknownKeys(file, key, d, [kind, ...DETECTOR_KEYS[kind]]);
  const validate = d.validate === undefined ? undefined : oneOf(file, `${key}.validate`, d.validate, Object.keys(VALIDATORS));
  const caseSensitive = d.caseSensitive === undefined ? false : bool(file, `${key}.caseSensitive`, d.caseSensitive);
  switch (kind) {
    case "pattern": {
      const source = text(file, `${key}.pattern`, d.pattern);
      const extra = d.flags === undefined ? "" : text(file, `${key}.flags`, d.flags);
      if (!/^[ims]*$/.test(extra)) throw new RuleError(file, `${key}.flags`, "only i, m and s are allowed (g and u are always on)");
      const flags = `gu${extra}${d.group === undefined ? "" : "d"}`;
      let regex: RegExp;
      try {
        regex = new RegExp(source, flags);
      } catch (e) {
        throw new RuleError(file, `${key}.pattern`, `not a valid regular expression: ${(e as Error).message}`);
      }
      const risk = opts.checkSafety ? regexRisk(source, flags) : undefined;
      if (risk) throw new RuleError(file, `${key}.pattern`, `risks catastrophic backtracking: ${risk}`);
      const group = d.group === undefined ? undefined : typeof d.group === "number" || typeof d.group === "string" ? d.group : bad(file, `${key}.group`, "must be a group number or name");
      return { kind, regex, group, validate };
    }
    case "terms":
      return { kind: "terms", terms: new TermSet(strings(file, `${key}.terms`, d.terms), caseSensitive), validate };
    case "list": {
      const name = text(file, `${key}.list`, d.list);
      const terms = opts.list(name);
      if (!terms) throw new RuleError(file, `${key}.list`, `no list named "${name}" (expected lists/${name}.txt beside the rules)`);
      return { kind: "terms", terms: new TermSet(terms, caseSensitive), validate };
    }
    case "nlp":
      return { kind: "nlp", match: text(file, `${key}.nlp`, d.nlp), validate };
    case "judgement":
      return { kind: "judgement", judgement: oneOf(file, `${key}.judgement`, d.judgement, JUDGEMENTS) as JudgementKind };
    default:
      return { kind: "element", element: oneOf(file, `${key}.element`, d.element, ELEMENTS) as "image" };
  }
}

function contextSpec(file: string, raw: unknown, opts: ParseOptions): ContextSpec {
  const c = record(file, "context", raw ?? {}, "must be a mapping with raise, lower, lowerBefore, require, exclude, window or scope");
  unknownKeys(file, "context", c, CONTEXT_KEYS);
  const words = (key: string): string[] =>
    strings(file, `context.${key}`, c[key] ?? []).flatMap((w) => {
      if (!w.startsWith("list:")) return [w];
      const terms = opts.list(w.slice(5));
      if (!terms) throw new RuleError(file, `context.${key}`, `no list named "${w.slice(5)}"`);
      return terms;
    });
  const window = c.window === undefined ? 6 : c.window;
  if (typeof window !== "number" || !Number.isInteger(window) || window < 1 || window > 50) {
    throw new RuleError(file, "context.window", "must be a whole number of words from 1 to 50");
  }
  const scope = c.scope === undefined ? "sentence" : (oneOf(file, "context.scope", c.scope, ["sentence", "paragraph"]) as ContextSpec["scope"]);
  return { raise: words("raise"), lower: words("lower"), lowerBefore: words("lowerBefore"), require: words("require"), exclude: words("exclude"), window, scope };
}

function record(file: string, key: string, v: unknown, hint: string): Record<string, unknown> {
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw new RuleError(file, key, hint);
  return v as Record<string, unknown>;
}

function unknownKeys(file: string, key: string, obj: Record<string, unknown>, allowed: string[]): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) throw new RuleError(file, key ? `${key}.${k}` : k, `unknown key; expected one of ${allowed.join(", ")}`);
  }
}

function oneOf(file: string, key: string, v: unknown, allowed: readonly string[]): string {
  if (typeof v !== "string" || !allowed.includes(v)) {
    throw new RuleError(file, key, `${v === undefined ? "missing" : `"${String(v)}" is not allowed`}; use one of ${allowed.join(", ")}`);
  }
  return v;
}

function text(file: string, key: string, v: unknown): string {
  if (typeof v !== "string" || v.trim() === "") throw new RuleError(file, key, v === undefined ? "missing" : "must be a non-empty string");
  return v;
}

function bool(file: string, key: string, v: unknown): boolean {
  return typeof v === "boolean" ? v : bad(file, key, "must be true or false");
}

function strings(file: string, key: string, v: unknown): string[] {
  if (!Array.isArray(v) || v.some((s) => typeof s !== "string")) throw new RuleError(file, key, "must be a list of strings");
  return v as string[];
}

function bad(file: string, key: string, problem: string): never {
  throw new RuleError(file, key, problem);
}
