import { createHmac } from "node:crypto";
import { z } from "zod";
import { WB_READ_ONLY_BIT, WB_SCOPE_BITS, type WbScope } from "../token-info";

/**
 * WB API tokens are JWTs whose public payload tells the app who the seller is (`oid`, `sid`), when
 * the token expires (`exp`, seconds) and what it may do (`s`: one bit per API category; bit 30 =
 * read only; `t`: test token). The emulator issues tokens of the same structure.
 */
export type Scope = WbScope;

export const tokenPayloadSchema = z.object({
  acc: z.number(),
  ent: z.number(),
  exp: z.number().int(),
  for: z.string(),
  id: z.string(),
  iid: z.number().int(),
  oid: z.number().int(),
  s: z.number().int(),
  sid: z.string(),
  t: z.boolean(),
  uid: z.number().int(),
});
export type TokenPayload = z.infer<typeof tokenPayloadSchema>;

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

export function scopeMask(scopes: readonly Scope[], readOnly = false): number {
  const bits = scopes.reduce((mask, scope) => mask | (1 << WB_SCOPE_BITS[scope]), 0);
  return readOnly ? bits | (1 << WB_READ_ONLY_BIT) : bits;
}

export function hasScope(payload: TokenPayload, scope: Scope): boolean {
  return (payload.s & (1 << WB_SCOPE_BITS[scope])) !== 0;
}

export const isReadOnly = (payload: TokenPayload) => (payload.s & (1 << WB_READ_ONLY_BIT)) !== 0;

export function signToken(payload: TokenPayload, secret: string): string {
  const header = base64url(JSON.stringify({ alg: "HS256", kid: "cardport-sandbox", typ: "JWT" }));
  const body = base64url(JSON.stringify(payload));
  const signature = createHmac("sha256", secret).update(`${header}.${body}`).digest("base64url");
  return `${header}.${body}.${signature}`;
}

/** The payload of a JWT-shaped token, or a WB-style reason why it is malformed. */
export function decodeToken(token: string): { payload: TokenPayload } | { problem: string } {
  const parts = token.split(".");
  if (parts.length !== 3) return { problem: "token is malformed: token contains an invalid number of segments" };
  try {
    const parsed = tokenPayloadSchema.safeParse(JSON.parse(Buffer.from(parts[1] ?? "", "base64url").toString("utf8")));
    return parsed.success ? { payload: parsed.data } : { problem: "token is malformed: unexpected claims" };
  } catch {
    return { problem: "token is malformed: could not JSON decode claim" };
  }
}
