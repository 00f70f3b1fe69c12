import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { user } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { getAuth } from "./auth";
import { organisationOf, renameOrganisation } from "./organisations";
import { requestIp } from "./request-ip";

export class EmailTakenError extends Error {
  constructor() {
    super("email taken");
    this.name = "EmailTakenError";
  }
}

export type Registration = { name: string; organisation: string; email: string; password: string };

/**
 * Creates the seller, their organisation and sends the confirmation mail. A reused e-mail is refused
 * with a clear message (the product asks for that over hiding which addresses are registered; the
 * sign-up rate limit bounds enumeration).
 */
export async function registerSeller(input: Registration, headers: Headers) {
  const [existing] = await getDb().select({ id: user.id }).from(user).where(eq(user.email, input.email)).limit(1);
  if (existing) throw new EmailTakenError();
  const result = await getAuth().api.signUpEmail({
    body: { name: input.name, email: input.email, password: input.password },
    headers,
  });
  const organisation = await organisationOf(result.user.id);
  if (organisation) await renameOrganisation(organisation.id, input.organisation);
  await recordAudit({
    action: "user.registered",
    actorUserId: result.user.id,
    organisationId: organisation?.id,
    targetType: "user",
    targetId: result.user.id,
    ipAddress: requestIp(headers),
  });
  return result.user;
}
