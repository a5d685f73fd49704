import { buildQuestionComparison } from "../../lib/comparison/question-comparison";
import { fetchQuestionComparisonInput } from "./comparison";

/** A question's comparison table as the page and the brief show it; null for an unknown question. */
export async function fetchQuestionComparison(id: string) {
  const input = await fetchQuestionComparisonInput(id);
  return input ? { table: buildQuestionComparison(input), input } : null;
}
