import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { plans } from "@/db/schema";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { listPublicPlans } from "./plans";

withTestDatabase();

describe("listPublicPlans", () => {
  it("returns the seeded public plans in order, and hides non-public ones", async () => {
    const before = await listPublicPlans();
    expect(before.map((plan) => plan.code)).toEqual(["free", "start", "business", "enterprise"]);
    expect(before[0]).toMatchObject({ priceMonthlyMinor: 0, productsPerMonth: 50 });
    expect(before.at(-1)).toMatchObject({ productsPerMonth: null, connectionsLimit: null });

    await getDb().update(plans).set({ isPublic: false }).where(eq(plans.code, "business"));
    expect((await listPublicPlans()).map((plan) => plan.code)).toEqual(["free", "start", "enterprise"]);
    await getDb().update(plans).set({ isPublic: true }).where(eq(plans.code, "business"));
  });
});
