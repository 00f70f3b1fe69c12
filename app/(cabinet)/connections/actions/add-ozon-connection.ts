"use server";

import { formAction } from "@/lib/actions/form-action";
import { authorizeOrganisation } from "@/lib/auth/session";
import { addAndAudit } from "@/lib/connections/add-and-audit";
import { addOzonSchema } from "@/lib/connections/schemas";

export const addOzonConnection = formAction(authorizeOrganisation, addOzonSchema, async (input, ctx) =>
  addAndAudit(ctx, input.name, { marketplace: "ozon", clientId: input.clientId, apiKey: input.apiKey }),
);
