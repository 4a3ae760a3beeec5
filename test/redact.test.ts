import { describe, expect, it } from "vitest";
import { identifierTexts, redactReasons } from "../src/engine/redact.js";

describe("reasons without matched text", () => {
  it("hides each identifier's words, whatever their case, as whole words only", () => {
    const ids = identifierTexts(["Camila", "Pedro  Ruiz", "Ana", " "]);
    expect(ids.map((id) => id.lower)).toEqual(["pedro ruiz", "camila", "ana"]);
    expect(redactReasons(['tied to care: "gave his daughter camila part of his liver"'], ids)).toEqual(['tied to care: "gave his daughter … part of his liver"']);
    expect(redactReasons(['tied to care: "pedro ruiz\'s transplant"', "passes the person-name check"], ids)).toEqual(['tied to care: "…\'s transplant"', "passes the person-name check"]);
    expect(redactReasons(['tied to care: "banana bread after chemo"'], ids)).toEqual(['tied to care: "banana bread after chemo"']);
  });

  it("leaves reasons alone when there is nothing to hide", () => {
    const reasons = ['consent CF-2024-090 expired on 2025-05-01'];
    expect(redactReasons(reasons, [])).toBe(reasons);
  });
});
