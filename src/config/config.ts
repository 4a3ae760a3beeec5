import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { FileKeyError, InputError } from "../errors.js";
import { SEVERITIES, type Severity } from "../types.js";

export const CONFIG_NAME = ".phi-lint.yaml";
/** recommended: the shipped rules as they are; strict: possible identifiers (info rules) reported as warnings. */
export const PRESETS = ["recommended", "strict"] as const;

export interface Organization {
  names: string[];
  phones: string[];
  domains: string[];
  addresses: string[];
}

export interface Config {
  /** The config file, when one was found. */
  file?: string;
  extends: (typeof PRESETS)[number];
  rules: Record<string, Severity | "off">;
  organization: Organization;
  staff: string[];
  /** Absolute folders of the team's own rules. */
  ruleDirs: string[];
  /** Absolute path of the consent registry, when set. */
  consentRegistry?: string;
  /** Globs of drafts to skip, relative to the config's folder. */
  ignore: string[];
  /** The folder `ignore` globs are relative to. */
  baseDir: string;
}

const KEYS = ["extends", "rules", "organization", "staff", "ruleDirs", "consentRegistry", "ignore"];
const ORG_KEYS: (keyof Organization)[] = ["names", "phones", "domains", "addresses"];

export function defaultConfig(baseDir: string): Config {
  return {
    extends: "recommended",
    rules: {},
    organization: { names: [], phones: [], domains: [], addresses: [] },
    staff: [],
    ruleDirs: [],
    ignore: [],
    baseDir,
  };
}

/** The nearest .phi-lint.yaml from `dir` upward, if any. */
export function findConfig(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const candidate = join(d, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(d) === d) return undefined;
  }
}

/** Reads and strictly validates a config file; problems name the file and the key. */
export function loadConfig(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new InputError(`${file}: cannot read the config file`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text, { uniqueKeys: true }) ?? {};
  } catch (e) {
    throw new FileKeyError(file, "", `not valid YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  const fail = (key: string, problem: string): never => {
    throw new FileKeyError(file, key, problem);
  };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail("", "must be a mapping of keys such as extends, rules, organization");
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (!KEYS.includes(k)) fail(k, `unknown key; expected one of ${KEYS.join(", ")}`);
  const baseDir = dirname(resolve(file));
  const cfg = defaultConfig(baseDir);
  cfg.file = file;
  const strings = (key: string, v: unknown): string[] =>
    Array.isArray(v) && v.every((s) => typeof s === "string") ? v : fail(key, "must be a list of strings");
  if (obj.extends !== undefined) {
    if (!PRESETS.includes(obj.extends as never)) fail("extends", `unknown rule set "${String(obj.extends)}"; use ${PRESETS.join(" or ")}`);
    cfg.extends = obj.extends as Config["extends"];
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== "object" || obj.rules === null || Array.isArray(obj.rules)) fail("rules", "must map rule ids to off, info, warning or error");
    for (const [id, level] of Object.entries(obj.rules as Record<string, unknown>)) {
      if (level !== "off" && !SEVERITIES.includes(level as Severity)) fail(`rules.${id}`, `"${String(level)}" is not a level; use off, info, warning or error`);
      cfg.rules[id] = level as Severity | "off";
    }
  }
  if (obj.organization !== undefined) {
    const org = obj.organization;
    if (typeof org !== "object" || org === null || Array.isArray(org)) fail("organization", "must be a mapping with names, phones, domains, addresses");
    for (const [k, v] of Object.entries(org as Record<string, unknown>)) {
      if (!ORG_KEYS.includes(k as keyof Organization)) fail(`organization.${k}`, `unknown key; expected one of ${ORG_KEYS.join(", ")}`);
      cfg.organization[k as keyof Organization] = strings(`organization.${k}`, v);
    }
  }
  if (obj.staff !== undefined) cfg.staff = strings("staff", obj.staff);
  if (obj.ignore !== undefined) cfg.ignore = strings("ignore", obj.ignore);
  if (obj.ruleDirs !== undefined) {
    cfg.ruleDirs = strings("ruleDirs", obj.ruleDirs).map((d) => resolve(baseDir, d));
    for (const [i, d] of cfg.ruleDirs.entries()) if (!existsSync(d)) fail(`ruleDirs[${i}]`, `folder ${d} does not exist`);
  }
  if (obj.consentRegistry !== undefined) {
    if (typeof obj.consentRegistry !== "string") fail("consentRegistry", "must be a file path");
    cfg.consentRegistry = resolve(baseDir, obj.consentRegistry as string);
  }
  return cfg;
}
