import { buildQuestionComparison } from "../../lib/comparison/question-comparison";
import { fetchQuestionComparisonInput } from "./comparison";
import { untilWriteAsync } from "./until-write";

/**
 * A question's comparison table as the page and the brief show it; null for an unknown question.
 * Kept until the next write: every view of a question (its pages of claims, all its rows, its brief) draws the same table,
 * which takes a large question 30–40 ms to read and build.
 */
export function fetchQuestionComparison(id: string) {
  return untilWriteAsync(`question comparison ${id}`, async () => {
    const input = await fetchQuestionComparisonInput(id);
    return input ? { table: buildQuestionComparison(input), input } : null;
  });
}
