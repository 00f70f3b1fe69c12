import type { StoredCredentials } from "./credentials";

/**
 * The masked form of a connection's keys shown in the cabinet: enough to tell two accounts
 * apart, never enough to use. Short values show nothing at all rather than most of themselves.
 */
const DOTS = "••••";

/** "12…89" for a Client-Id; fully hidden when it is too short to keep anything secret. */
export function maskClientId(clientId: string): string {
  const value = clientId.trim();
  return value.length >= 6 ? `${value.slice(0, 2)}…${value.slice(-2)}` : DOTS;
}

/** "••••a1b2": the last four characters of a secret of at least 12, else dots only. */
export function maskSecret(secret: string): string {
  const value = secret.trim();
  return value.length >= 12 ? `${DOTS}${value.slice(-4)}` : DOTS;
}

export function credentialsHint(credentials: StoredCredentials): string {
  return credentials.marketplace === "ozon"
    ? `Client-Id ${maskClientId(credentials.clientId)} · Api-Key ${maskSecret(credentials.apiKey)}`
    : `Token ${maskSecret(credentials.token)}`;
}
