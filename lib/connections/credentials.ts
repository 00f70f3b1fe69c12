import { z } from "zod";
import { type KeyRing, keyRing, openJson, sealJson } from "@/lib/crypto";
import { getEnv } from "@/lib/env";
import { localSecret } from "@/lib/local-secrets";

/**
 * What a connection keeps encrypted: the marketplace keys and, for a sandbox connection, what the
 * emulators need to register the same seller again after a restart (its seed and catalogue size).
 * Sealed values are bound to the organisation, so a ciphertext moved to another seller's row fails.
 */
const sandboxSchema = z.object({
  seed: z.string().min(1),
  products: z.number().int().min(0),
  /** Ozon side: the first product_id, so product ids stay the same after a restart. */
  productIdBase: z.number().int().positive().optional(),
});
export type SandboxSeller = z.infer<typeof sandboxSchema>;

export const ozonCredentialsSchema = z.object({
  marketplace: z.literal("ozon"),
  clientId: z.string().min(1),
  apiKey: z.string().min(1),
  sandbox: sandboxSchema.optional(),
});
export const wbCredentialsSchema = z.object({
  marketplace: z.literal("wb"),
  token: z.string().min(1),
  sandbox: sandboxSchema.optional(),
});
export const credentialsSchema = z.discriminatedUnion("marketplace", [ozonCredentialsSchema, wbCredentialsSchema]);

export type OzonCredentials = z.infer<typeof ozonCredentialsSchema>;
export type WbCredentials = z.infer<typeof wbCredentialsSchema>;
export type StoredCredentials = z.infer<typeof credentialsSchema>;

/** ENCRYPTION_KEY (a local install generates one under .data/ and warns), plus the previous key during a rotation. */
export function credentialsKeyRing(): KeyRing {
  const env = getEnv();
  const current = env.ENCRYPTION_KEY ?? localSecret("ENCRYPTION_KEY");
  return keyRing(current, env.ENCRYPTION_KEY_PREVIOUS ? [env.ENCRYPTION_KEY_PREVIOUS] : []);
}

const boundTo = (organisationId: string) => `cardport:connection:${organisationId}`;

export function sealCredentials(credentials: StoredCredentials, organisationId: string, ring = credentialsKeyRing()): string {
  return sealJson(credentialsSchema.parse(credentials), ring, boundTo(organisationId));
}

export function openCredentials(sealed: string, organisationId: string, ring = credentialsKeyRing()): StoredCredentials {
  return credentialsSchema.parse(openJson(sealed, ring, boundTo(organisationId)));
}
