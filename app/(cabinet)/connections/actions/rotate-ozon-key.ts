"use server";

import { formAction } from "@/lib/actions/form-action";
import { authorizeOrganisation } from "@/lib/auth/session";
import { rotateKeyAndRecord } from "@/lib/connections/rotate-key-action";
import { rotateOzonSchema } from "@/lib/connections/schemas";

export const rotateOzonKey = formAction(authorizeOrganisation, rotateOzonSchema, async (input, ctx) =>
  rotateKeyAndRecord(ctx, input.connectionId, { marketplace: "ozon", clientId: input.clientId, apiKey: input.apiKey }),
);
