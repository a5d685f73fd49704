// Which questions a change of some questions' claims can reach, and what
// rebuilding just those reads. A question is built from its own claims, its
// children's (sums, narrower places' figures), its wider questions' (part_of)
// and its descendants' (reach); part_of also skips the pairs a sum on its
// parent explains, and that sum reads the parent's other children.
import { type QuestionDraft } from "./group";

type Drafts = ReadonlyMap<string, QuestionDraft>;

function ancestorsOf(byId: Drafts, id: string, into: Set<string>) {
  const seen = new Set<string>();
  for (let parent = byId.get(id)?.parentId ?? null; parent !== null && !seen.has(parent); parent = byId.get(parent)?.parentId ?? null) {
    seen.add(parent);
    into.add(parent);
  }
}

/** The questions whose built form can differ when the claims (or the claims' facts) of `changed` do. */
export function reachedBy(byId: Drafts, changed: ReadonlySet<string>): Set<string> {
  const reached = new Set<string>();
  const parents = new Set<string>();
  for (const id of changed) {
    if (!byId.has(id)) continue;
    reached.add(id);
    ancestorsOf(byId, id, reached);
    const parent = byId.get(id)!.parentId;
    if (parent !== null) parents.add(parent);
  }
  for (const draft of byId.values()) {
    // Its part_of reads a changed wider question, or a sum on its parent that reads a changed sibling.
    if (draft.widerIds.some((wider) => changed.has(wider)) || (draft.parentId !== null && parents.has(draft.parentId))) reached.add(draft.id);
  }
  return reached;
}

/** What building `only` reads: the questions to analyse, and those whose sums must be found. */
export function inputsOf(byId: Drafts, only: ReadonlySet<string>): { analysed: Set<string>; summed: Set<string> } {
  const analysed = new Set<string>();
  const summed = new Set<string>();
  const withChildren = (id: string) => {
    const draft = byId.get(id);
    if (!draft) return;
    analysed.add(id);
    summed.add(id);
    for (const child of draft.childIds) analysed.add(child);
  };
  for (const id of only) {
    const draft = byId.get(id);
    if (!draft) continue;
    withChildren(id);
    for (const wider of draft.widerIds) analysed.add(wider);
    if (draft.parentId !== null) withChildren(draft.parentId);
  }
  return { analysed, summed };
}
