import type { PrismaClient } from "../generated/client";

export interface AgencyRow {
  id: string;
  name: string;
  country: string | null;
  kind: string;
}

/** Makes the Source table match the gazetteer, so claims can refer to any agency in it. */
export async function syncSources(prisma: PrismaClient, agencies: readonly AgencyRow[]): Promise<void> {
  await prisma.$transaction(
    agencies.map(({ id, name, country, kind }) =>
      prisma.source.upsert({ where: { id }, create: { id, name, country, kind }, update: { name, country, kind } }),
    ),
  );
}
