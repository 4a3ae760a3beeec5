import { shippedList } from "../rules/list-files.js";
import { TermSet } from "../rules/terms.js";

/** The shipped term lists that the context judgement reads (rules/lists/NAME.txt). */
export type ContextList =
  | "conditions" | "symptoms" | "medications" | "procedures" | "care-settings" | "care-events" | "care-encounters" | "not-care-settings" | "community-roles" | "person-nouns" | "patient-words" | "not-patient" | "staff-words" | "public-titles" | "note-shorthand";

const cache = new Map<ContextList, TermSet>();
const entries = new Map<ContextList, Set<string>>();

export function contextTerms(name: ContextList): TermSet {
  let set = cache.get(name);
  if (!set) {
    set = new TermSet(shippedList(name), false, name === "care-events");
    cache.set(name, set);
  }
  return set;
}

/** The list's entries as written, lower-cased: to tell "teacher" from the plural the term set also finds. */
export function contextEntries(name: ContextList): Set<string> {
  let set = entries.get(name);
  if (!set) {
    set = new Set(shippedList(name).map((e) => e.toLowerCase()));
    entries.set(name, set);
  }
  return set;
}
