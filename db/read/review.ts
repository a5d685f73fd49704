// What the review pages read: the source registry for pickers, the audit log,
// decisions whose claim is gone, and the review queue.
import type { Prisma } from "../generated/client";
import { prisma } from "../client";
import { reader } from "./reader";
import { untilWrite } from "./until-write";

/** Every source of the registry, by name: what an analyst picks a claim's source from (every claims page asks; kept until the next write). */
export async function fetchSourceChoices(): Promise<{ id: string; name: string }[]> {
  return untilWrite("source choices", () => reader().prepare(`SELECT "id", "name" FROM "Source" ORDER BY "name"`).all() as { id: string; name: string }[]);
}

export interface AuditLogFilters {
  user?: string;
  action?: string;
  target?: "claim" | "question" | "source";
  claim?: number;
  question?: string;
  page: number;
  pageSize: number;
}

function logWhere(f: Omit<AuditLogFilters, "page" | "pageSize">): Prisma.AuditLogWhereInput {
  return {
    ...(f.user ? { userName: f.user } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.target ? { target: f.target } : {}),
    ...(f.claim ? { claimId: f.claim } : {}),
    ...(f.question ? { questionId: f.question } : {}),
  };
}

/** Newest first. */
export async function fetchAuditLog(f: AuditLogFilters) {
  const where = logWhere(f);
  const [entries, total] = await Promise.all([
    prisma.auditLog.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (f.page - 1) * f.pageSize, take: f.pageSize }),
    prisma.auditLog.count({ where }),
  ]);
  return { entries, total };
}
export type AuditLogEntry = Awaited<ReturnType<typeof fetchAuditLog>>["entries"][number];

/** The names that appear in the log, for its filter. */
export async function fetchLogUsers() {
  const rows = await prisma.auditLog.findMany({ distinct: ["userName"], select: { userName: true }, orderBy: { userName: "asc" } });
  return rows.map((r) => r.userName);
}

/** Decisions that found nothing to act on at the last regroup: their claim, question or source is gone. */
export async function fetchOrphanedDecisions() {
  return prisma.decision.findMany({ where: { orphaned: true, undoneAt: null }, orderBy: { id: "desc" } });
}
export type OrphanedDecision = Awaited<ReturnType<typeof fetchOrphanedDecisions>>[number];

const QUEUE_WHERE: Prisma.ClaimWhereInput = { reviewStatus: "unreviewed", questionId: { not: null } };

/**
 * The review queue: unreviewed claims of the most contested questions first,
 * then by question and position in the article. `skip` passes over claims the
 * analyst chose to leave for later.
 */
export async function fetchQueueClaim(skip: number) {
  const [claim, remaining] = await Promise.all([
    prisma.claim.findFirst({
      where: QUEUE_WHERE,
      orderBy: [{ question: { conflictScore: "desc" } }, { questionId: "asc" }, { articleId: "asc" }, { start: "asc" }],
      skip,
      include: { article: { select: { id: true, title: true, text: true, publisher: true, published: true } }, question: { select: { id: true, label: true, conflictScore: true } } },
    }),
    prisma.claim.count({ where: QUEUE_WHERE }),
  ]);
  return { claim, remaining };
}
export type QueueClaim = NonNullable<Awaited<ReturnType<typeof fetchQueueClaim>>["claim"]>;

/** Every question by label: what a claim is moved to, or a question merged into. */
export async function fetchQuestionChoices() {
  return prisma.question.findMany({ select: { id: true, label: true }, orderBy: { label: "asc" } });
}
