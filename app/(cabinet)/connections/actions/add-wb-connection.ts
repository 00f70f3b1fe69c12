"use server";

import { formAction } from "@/lib/actions/form-action";
import { authorizeOrganisation } from "@/lib/auth/session";
import { addAndAudit } from "@/lib/connections/add-and-audit";
import { addWbSchema } from "@/lib/connections/schemas";

export const addWbConnection = formAction(authorizeOrganisation, addWbSchema, async (input, ctx) =>
  addAndAudit(ctx, input.name, { marketplace: "wb", token: input.token }),
);
