import { z } from "zod";

/**
 * What a WB API token says about itself. The token is a JWT; its payload is read without
 * verifying the signature (only WB can), just to show the seller the expiry and the categories.
 */
// Bit positions of the `s` claim, as documented by WB ("Авторизация" → token categories).
export const WB_SCOPE_BITS = {
  content: 1,
  analytics: 2,
  prices: 3,
  marketplace: 4,
  statistics: 5,
  promotion: 6,
  feedbacks: 7,
  buyerChat: 9,
  supplies: 10,
  returns: 11,
  documents: 12,
} as const;
export const WB_READ_ONLY_BIT = 30;

export type WbScope = keyof typeof WB_SCOPE_BITS;

export interface WbTokenInfo {
  expiresAt: Date | null;
  expired: boolean;
  scopes: WbScope[];
  readOnly: boolean;
  /** The seller's id, when present. */
  sellerId: string | null;
  /** A sandbox (test) token. */
  test: boolean;
}

const payloadSchema = z.looseObject({
  exp: z.number().optional(),
  s: z.number().int().optional(),
  sid: z.string().optional(),
  t: z.boolean().optional(),
});

function decodeSegment(segment: string): unknown {
  const json = Buffer.from(segment.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
  return JSON.parse(json);
}

/** The token's claims, or null when it is not a decodable JWT (then only the API can judge it). */
export function tokenInfo(token: string, now: Date = new Date()): WbTokenInfo | null {
  const segments = token.trim().split(".");
  if (segments.length !== 3 || !segments[1]) return null;
  let payload: z.infer<typeof payloadSchema>;
  try {
    const parsed = payloadSchema.safeParse(decodeSegment(segments[1]));
    if (!parsed.success) return null;
    payload = parsed.data;
  } catch {
    return null;
  }
  const mask = payload.s ?? 0;
  const hasBit = (bit: number) => Math.floor(mask / 2 ** bit) % 2 === 1;
  const expiresAt = payload.exp ? new Date(payload.exp * 1000) : null;
  return {
    expiresAt,
    expired: expiresAt !== null && expiresAt.getTime() <= now.getTime(),
    scopes: (Object.keys(WB_SCOPE_BITS) as WbScope[]).filter((scope) => hasBit(WB_SCOPE_BITS[scope])),
    readOnly: hasBit(WB_READ_ONLY_BIT),
    sellerId: payload.sid ?? null,
    test: payload.t ?? false,
  };
}
