import { describe, expect, it } from "vitest";
import type { SourceFigure } from "../reconcile/types";
import { buildCrossTable } from "./cross-question";
import { drawnCrossTable, drawnSourceCard } from "./drawn";

const figure = (over: Partial<SourceFigure>): SourceFigure => ({
  sourceId: "gur", sourceName: "GUR", low: 11000, best: 11000, high: 11000, point: 11000, qualifier: "approx", stance: "asserts", claimId: 1, date: "2024-11-04", claimCount: 3, ...over,
});

describe("what the sources page sends for its tables", () => {
  it("keeps each cell's words and standing, and an empty cell as null", () => {
    const table = buildCrossTable(
      [
        { id: "q1", label: "Troops", sources: [figure({})], consensus: { low: 10000, high: 12000 }, sourceCount: 3 },
        { id: "q2", label: "Killed", sources: [figure({ sourceId: "nis", sourceName: "NIS" })], consensus: null, sourceCount: 1 },
      ],
      [{ id: "gur", name: "GUR" }, { id: "nis", name: "NIS" }],
    );
    expect(drawnCrossTable(table)).toEqual({
      questions: [{ id: "q1", label: "Troops" }, { id: "q2", label: "Killed" }],
      rows: [
        { id: "gur", name: "GUR", cells: [{ stated: table.rows[0]!.cells[0]!.stated, standing: "within" }, null] },
        { id: "nis", name: "NIS", cells: [null, { stated: table.rows[1]!.cells[1]!.stated, standing: table.rows[1]!.cells[1]!.standing }] },
      ],
    });
  });

  it("says a card's figures, dates and consensus in words, and no consensus beside a source that stands alone", () => {
    const card = drawnSourceCard({
      id: "gur", name: "GUR", country: "Ukraine", kind: "intelligence_agency", claimCount: 1, aliases: [],
      positions: [
        { questionId: "q1", questionLabel: "Troops", figure: figure({}), standing: "within", consensus: { low: 10000, high: 12000 } },
        { questionId: "q2", questionLabel: "Killed", figure: figure({ date: null }), standing: "alone", consensus: { low: 11000, high: 11000 } },
      ],
    });
    expect(card.claims).toBe("1 claim");
    expect(card.about).toBe("Ukraine · intelligence agency");
    expect(card.positions[0]).toMatchObject({ date: "4 November 2024", consensus: "consensus 10,000–12,000", standing: "within" });
    expect(card.positions[1]).toMatchObject({ date: null, consensus: null });
  });
});
