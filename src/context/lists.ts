import { join } from "node:path";
import { readList, SHIPPED_RULES_DIR } from "../rules/load.js";
import { TermSet } from "../rules/terms.js";

/** The shipped term lists that the context judgement reads (rules/lists/NAME.txt). */
export type ContextList =
  | "conditions" | "symptoms" | "medications" | "procedures" | "care-settings" | "care-events" | "care-encounters" | "patient-words" | "not-patient" | "staff-words" | "public-titles";

const cache = new Map<ContextList, TermSet>();

export function contextTerms(name: ContextList): TermSet {
  let set = cache.get(name);
  if (!set) {
    set = new TermSet(readList(join(SHIPPED_RULES_DIR, "lists", `${name}.txt`)) ?? [], false, name === "care-events");
    cache.set(name, set);
  }
  return set;
}
