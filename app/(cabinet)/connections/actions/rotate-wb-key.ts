"use server";

import { formAction } from "@/lib/actions/form-action";
import { authorizeOrganisation } from "@/lib/auth/session";
import { rotateKeyAndRecord } from "@/lib/connections/rotate-key-action";
import { rotateWbSchema } from "@/lib/connections/schemas";

export const rotateWbKey = formAction(authorizeOrganisation, rotateWbSchema, async (input, ctx) =>
  rotateKeyAndRecord(ctx, input.connectionId, { marketplace: "wb", token: input.token }),
);
