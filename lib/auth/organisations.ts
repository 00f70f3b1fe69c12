import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organisationMembers, organisations } from "@/db/schema";

/** Each new seller gets an organisation that owns their data; teams can join it later. */
export async function createOrganisationFor(user: { id: string; name: string }): Promise<string> {
  return getDb().transaction(async (tx) => {
    const [organisation] = await tx.insert(organisations).values({ name: user.name }).returning({ id: organisations.id });
    await tx.insert(organisationMembers).values({ organisationId: organisation!.id, userId: user.id, role: "owner" });
    return organisation!.id;
  });
}

export async function organisationOf(userId: string) {
  const [row] = await getDb()
    .select({ id: organisations.id, name: organisations.name, role: organisationMembers.role })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(organisationMembers.createdAt)
    .limit(1);
  return row ?? null;
}

export async function renameOrganisation(organisationId: string, name: string): Promise<void> {
  await getDb().update(organisations).set({ name }).where(eq(organisations.id, organisationId));
}
