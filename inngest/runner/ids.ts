import { createHash, randomBytes } from "node:crypto";

const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function encode(value: bigint, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) {
    out = alphabet[Number(value % 32n)] + out;
    value /= 32n;
  }
  return out;
}

function fromBytes(time: number, random: Buffer): string {
  return encode(BigInt(time), 10) + encode(BigInt(`0x${random.subarray(0, 10).toString("hex")}`), 16);
}

/** A ULID, the id format Inngest uses for events and runs (sortable by creation time). */
export function ulid(time = Date.now()): string {
  return fromBytes(time, randomBytes(10));
}

/**
 * The SDK sends `x-inngest-event-id-seed: <millis>,<base64 entropy>` and retries a failed send with
 * the same seed, so deriving ids from it makes those retries dedupe instead of running twice.
 */
export function seededEventIds(seed: string | null | undefined, count: number): (string | undefined)[] {
  const match = seed?.match(/^(\d+),(.+)$/);
  if (!match) return Array.from({ length: count }, () => undefined);
  const time = Number(match[1]);
  return Array.from({ length: count }, (_, index) =>
    fromBytes(time, createHash("sha256").update(`${match[2]}:${index}`).digest()),
  );
}
