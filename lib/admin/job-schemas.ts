import { z } from "zod";
import type { ValidationMessages } from "@/lib/i18n/messages/validation";

/** The run a job action applies to (cancel or retry). */
export const runActionSchema = (v: ValidationMessages) => z.object({ runId: z.string().trim().min(1, v.required).max(100, v.tooLong(100)) });
