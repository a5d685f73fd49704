import { describe, expect, it } from "vitest";
import { AGENCIES } from "./agencies";
import { dayOf, isoOf, LAST_DAY, reportedValue, trueValue } from "./timeline";

const gur = AGENCIES.findIndex((a) => a.id === "gur");
const pentagon = AGENCIES.findIndex((a) => a.id === "pentagon");
const kremlin = AGENCIES.findIndex((a) => a.id === "kremlin");
const report = (agency: number, topic: "deployed" | "casualties", iso: string): number | null =>
  reportedValue(1, AGENCIES[agency]!, agency, topic, dayOf(iso));

describe("timeline", () => {
  it("maps days to ISO dates across the corpus period", () => {
    expect(isoOf(0)).toBe("2024-09-01");
    expect(isoOf(LAST_DAY)).toBe("2025-06-30");
    expect(dayOf(isoOf(123))).toBe(123);
  });

  it("raises troop and casualty figures over the months", () => {
    expect(trueValue("deployed", dayOf("2025-04-01"))).toBeGreaterThan(trueValue("deployed", dayOf("2024-10-20")));
    expect(trueValue("casualties", dayOf("2024-10-01"))).toBe(0);
    expect(report(gur, "casualties", "2025-03-01")!).toBeGreaterThan(report(gur, "casualties", "2024-12-20")!);
    expect(report(gur, "deployed", "2025-05-01")!).toBeGreaterThan(report(gur, "deployed", "2024-10-20")!);
  });

  it("gives the same figure within a fortnight and different figures across agencies", () => {
    expect(report(gur, "deployed", "2024-12-02")).toBe(report(gur, "deployed", "2024-12-03"));
    expect(report(gur, "deployed", "2024-12-02")).not.toBe(report(pentagon, "deployed", "2024-12-02"));
  });

  it("gives no figure for agencies that deny the deployment", () => {
    expect(report(kremlin, "deployed", "2024-12-02")).toBeNull();
  });
});
