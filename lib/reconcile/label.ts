// A question's title in plain English: "North Korean troops in the Kursk
// region (first contingent)". Built from the key alone so it is stable.
import { formatIsoDate } from "../format/dates";
import { placeInSentence } from "./places";
import { type QuestionKey } from "./question-key";
import { capitalize } from "./text";

function who(key: QuestionKey): string {
  return key.subject === null ? "" : `${key.subject} `;
}

function counted(key: QuestionKey): string {
  switch (key.category) {
    case "deployed":
      return `${who(key)}${key.unit === "soldiers" ? "troops" : key.unit}`;
    case "casualties":
      // A casualty part-state ("killed") is the quantity itself, not a stage.
      return `${who(key)}${key.unit} ${key.state ?? "killed or wounded"}`;
    case "deserters":
      return key.unit === "soldiers" ? `${who(key)}deserters` : `${who(key)}${key.unit} deserted`;
    case "participants":
      // A crowd, a march, a strike: its people are its participants.
      return `${who(key)}${key.unit === "people" ? "participants" : key.unit}`;
    case "captured":
      return `${who(key)}${key.unit} captured`;
    default:
      return `${who(key)}${key.unit}`;
  }
}

export function questionLabel(key: QuestionKey): string {
  const place = key.place === null ? "" : ` in ${placeInSentence(key.place)}`;
  const state = key.category === "casualties" ? null : key.state;
  const details = [key.group, state].filter((part) => part !== null);
  const detail = details.length === 0 ? "" : ` (${details.join(", ")})`;
  const day = key.day === null ? "" : ` on ${formatIsoDate(key.day)}`;
  return capitalize(`${counted(key)}${place}${day}${detail}`);
}
