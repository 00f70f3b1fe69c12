import type { z } from "zod";
import type { EmuResponse } from "../../../emulator-kit/http";
import { checkRequest } from "../../../emulator-kit/request-check";
import type { EmulatorRoute, RouteContext } from "../../../emulator-kit/runtime";
import type { WbSession } from "../env";
import { contentError, marketplaceError, pricesError } from "../errors";

/**
 * A WB method: checked against the official schema (path, query, body), then parsed with zod.
 * A failure gets the 400 of the API the method belongs to.
 */
export type WbGroup = "general" | "content" | "content-write" | "media" | "prices" | "marketplace";

export function badRequest(group: WbGroup, details: string[]): EmuResponse {
  switch (group) {
    case "prices":
      return pricesError(400, "Invalid data format");
    case "marketplace":
      return marketplaceError(400, "IncorrectRequestBody", "Incorrect required body");
    default:
      return contentError(400, "Invalid request format", { details: details.join("; ") });
  }
}

interface MethodOptions<Schema extends z.ZodType> {
  method: "GET" | "POST" | "PUT";
  template: string;
  group: WbGroup;
  schema?: Schema;
  /** Spec errors that are not rejected up front (WB reports them later, asynchronously). */
  tolerate?: (error: string) => boolean;
  handle(body: z.output<Schema>, ctx: RouteContext<WbSession>): EmuResponse | Promise<EmuResponse>;
}

export function wbMethod<Schema extends z.ZodType>(options: MethodOptions<Schema>): EmulatorRoute<WbSession> {
  return {
    method: options.method,
    template: options.template,
    group: options.group,
    handle: (ctx) => {
      const checked = checkRequest("wb", ctx.req);
      const errors = checked.errors.filter((e) => !options.tolerate?.(e));
      if (errors.length > 0) return badRequest(options.group, errors);
      if (!options.schema) return options.handle(undefined as z.output<Schema>, ctx);
      const parsed = options.schema.safeParse(checked.body);
      if (!parsed.success) return badRequest(options.group, parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
      return options.handle(parsed.data, ctx);
    },
  };
}
