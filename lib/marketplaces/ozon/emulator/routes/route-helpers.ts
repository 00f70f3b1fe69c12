import { z } from "zod";
import { checkRequest } from "../../../emulator-kit/request-check";
import type { EmuResponse } from "../../../emulator-kit/http";
import type { EmulatorRoute, RouteContext } from "../../../emulator-kit/runtime";
import { invalidArgument } from "../errors";
import type { OzonSeller } from "../state";

/**
 * An Ozon method: POST, checked against the official schema, then parsed with the method's own
 * zod schema for the limits the official schema does not state. Either failure is Ozon's 400.
 */
export function ozonMethod<Schema extends z.ZodType>(
  template: string,
  schema: Schema,
  handle: (body: z.output<Schema>, ctx: RouteContext<OzonSeller>) => EmuResponse,
): EmulatorRoute<OzonSeller> {
  return {
    method: "POST",
    template,
    group: "default",
    handle: (ctx) => {
      const checked = checkRequest("ozon", ctx.req);
      if (checked.errors.length > 0) return invalidArgument(checked.errors.join("; "));
      const parsed = schema.safeParse(checked.body ?? {});
      if (!parsed.success) {
        return invalidArgument(parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
      }
      return handle(parsed.data, ctx);
    },
  };
}
