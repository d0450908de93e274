import { describe, expect, it } from "vitest";
import { isReviewed, isSanctioned, type Status } from "../../src/engine/records.ts";

const ALL: Status[] = ["full", "probationary", "candidate", "activist", "nonMember"];

describe("records", () => {
  describe("isSanctioned", () => {
    it("holds full and probationary members only", () => {
      expect(ALL.filter(isSanctioned)).toEqual(["full", "probationary"]);
    });
  });

  describe("isReviewed", () => {
    it("holds candidates and activists only", () => {
      expect(ALL.filter(isReviewed)).toEqual(["candidate", "activist"]);
    });
  });
});
