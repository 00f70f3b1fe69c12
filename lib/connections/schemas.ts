import { z } from "zod";
import type { ValidationMessages } from "@/lib/i18n/messages/validation";
import { SANDBOX_SIZES } from "./sandbox-sizes";

/** Form schemas of the connections page, built per locale like every form schema. */
function fields(v: ValidationMessages) {
  const text = (max: number) => z.string().trim().min(1, v.required).max(max, v.tooLong(max));
  return {
    connectionId: z.uuid(v.invalidChoice),
    name: text(100),
    clientId: text(20),
    apiKey: text(200),
    token: text(4000).transform((token) => token.replace(/^Bearer\s+/i, "")),
  };
}

export const addOzonSchema = (v: ValidationMessages) => {
  const f = fields(v);
  return z.object({ name: f.name, clientId: f.clientId, apiKey: f.apiKey });
};

export const addWbSchema = (v: ValidationMessages) => {
  const f = fields(v);
  return z.object({ name: f.name, token: f.token });
};

export const connectSandboxSchema = (v: ValidationMessages) =>
  z.object({
    products: z.enum(SANDBOX_SIZES.map(String) as [string, ...string[]], v.invalidChoice).transform(Number),
  });

export const connectionIdSchema = (v: ValidationMessages) => z.object({ connectionId: fields(v).connectionId });

export const renameSchema = (v: ValidationMessages) => {
  const f = fields(v);
  return z.object({ connectionId: f.connectionId, name: f.name });
};

export const rotateOzonSchema = (v: ValidationMessages) => {
  const f = fields(v);
  return z.object({ connectionId: f.connectionId, clientId: f.clientId, apiKey: f.apiKey });
};

export const rotateWbSchema = (v: ValidationMessages) => {
  const f = fields(v);
  return z.object({ connectionId: f.connectionId, token: f.token });
};
