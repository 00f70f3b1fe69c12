import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Plan, plans } from "@/db/schema";

export type PublicPlan = Pick<
  Plan,
  "id" | "code" | "nameRu" | "nameEn" | "priceMonthlyMinor" | "currency" | "productsPerMonth" | "connectionsLimit" | "featuresRu" | "featuresEn"
>;

/** Plans shown on /pricing, in the admins' order (null limits mean unlimited). */
export async function listPublicPlans(): Promise<PublicPlan[]> {
  return getDb()
    .select({
      id: plans.id,
      code: plans.code,
      nameRu: plans.nameRu,
      nameEn: plans.nameEn,
      priceMonthlyMinor: plans.priceMonthlyMinor,
      currency: plans.currency,
      productsPerMonth: plans.productsPerMonth,
      connectionsLimit: plans.connectionsLimit,
      featuresRu: plans.featuresRu,
      featuresEn: plans.featuresEn,
    })
    .from(plans)
    .where(eq(plans.isPublic, true))
    .orderBy(asc(plans.sortOrder), asc(plans.priceMonthlyMinor));
}
