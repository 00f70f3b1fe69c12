import { z } from "zod";

/**
 * Shapes shared by the WB payloads. The content and prices hosts wrap answers in
 * `{data, error, errorText, additionalErrors}`; the gateway answers 401/413/429 with a problem body.
 */
export function envelope<T extends z.ZodType>(data: T) {
  return z.object({
    data,
    error: z.boolean().optional().default(false),
    errorText: z.string().optional().default(""),
    // null, a string or an object, depending on the method.
    additionalErrors: z.unknown().optional(),
  });
}

export const gatewayErrorSchema = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  code: z.string().optional(),
  requestId: z.string().optional(),
  origin: z.string().optional(),
  status: z.number().optional(),
  statusText: z.string().optional(),
  timestamp: z.string().optional(),
});

export const localeSchema = z.enum(["ru", "en", "zh"]);
