import { describe, expect, it } from "vitest";
import { plaqueAction } from "../../src/engine/plaque-check.ts";

describe("plaque-check", () => {
  describe("plaqueAction", () => {
    it("asks to hang a plaque on a member dorm without one", () => {
      expect(plaqueAction({ plaque: false, plaqueCondition: "ok" }, true)).toBe("hang");
    });

    it("asks to hang a plaque even when a lost one was recorded but the plaque box is unticked", () => {
      expect(plaqueAction({ plaque: false, plaqueCondition: "lost" }, true)).toBe("hang");
    });

    it("asks to take the plaque down when no member lives there any more", () => {
      expect(plaqueAction({ plaque: true, plaqueCondition: "ok" }, false)).toBe("takeDown");
      expect(plaqueAction({ plaque: true, plaqueCondition: "damaged" }, false)).toBe("takeDown");
    });

    it("asks to reissue a lost or damaged plaque of a member dorm", () => {
      expect(plaqueAction({ plaque: true, plaqueCondition: "lost" }, true)).toBe("reissue");
      expect(plaqueAction({ plaque: true, plaqueCondition: "damaged" }, true)).toBe("reissue");
    });

    it("is ok for a member dorm with a plaque in good condition", () => {
      expect(plaqueAction({ plaque: true, plaqueCondition: "ok" }, true)).toBe("ok");
    });

    it("has nothing to do for a dorm with neither members nor plaque", () => {
      expect(plaqueAction({ plaque: false, plaqueCondition: "ok" }, false)).toBe("none");
    });
  });
});
