import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * AES-256-GCM for stored secrets (marketplace keys). A sealed value reads
 * `v1:<key id>:<base64 of iv | auth tag | ciphertext>`: `v1` is the format, the key id (a short
 * fingerprint of the key, not the key) says which key of the ring opens it, so a rotated key can
 * stay in the ring as "previous" until every value is re-sealed with the current one. The
 * additional data binds a value to its owner: a ciphertext copied to another row does not open.
 */
const FORMAT = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

export interface KeyRing {
  current: EncryptionKey;
  /** Keys that may still open old values, newest first. */
  previous: EncryptionKey[];
}

export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DecryptionError";
  }
}

/** A ring key from 64 hex characters (32 bytes). */
export function encryptionKey(hex: string): EncryptionKey {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error("an encryption key must be 64 hex characters (32 bytes)");
  const key = Buffer.from(hex, "hex");
  return { id: createHash("sha256").update(key).digest("hex").slice(0, 8), key };
}

export function keyRing(currentHex: string, previousHex: readonly string[] = []): KeyRing {
  return { current: encryptionKey(currentHex), previous: previousHex.map(encryptionKey) };
}

export function sealJson(value: unknown, ring: KeyRing, associatedData: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", ring.current.key, iv);
  cipher.setAAD(Buffer.from(associatedData, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  const sealed = Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64");
  return `${FORMAT}:${ring.current.id}:${sealed}`;
}

function parseSealed(sealed: string): { keyId: string; iv: Buffer; tag: Buffer; ciphertext: Buffer } {
  const [format, keyId, body, ...rest] = sealed.split(":");
  if (format !== FORMAT || !keyId || !body || rest.length > 0) throw new DecryptionError("not a sealed value of a known format");
  const bytes = Buffer.from(body, "base64");
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new DecryptionError("sealed value is truncated");
  return { keyId, iv: bytes.subarray(0, IV_BYTES), tag: bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES), ciphertext: bytes.subarray(IV_BYTES + TAG_BYTES) };
}

/** The JSON inside a sealed value; DecryptionError when no key of the ring opens it or it was altered. */
export function openJson(sealed: string, ring: KeyRing, associatedData: string): unknown {
  const { keyId, iv, tag, ciphertext } = parseSealed(sealed);
  const key = [ring.current, ...ring.previous].find((candidate) => candidate.id === keyId);
  if (!key) throw new DecryptionError(`sealed with key ${keyId}, which is not in the key ring (ENCRYPTION_KEY / ENCRYPTION_KEY_PREVIOUS)`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, iv);
    decipher.setAAD(Buffer.from(associatedData, "utf8"));
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
    return JSON.parse(plain);
  } catch {
    throw new DecryptionError("sealed value failed authentication (altered, or bound to another owner)");
  }
}

/** True when the value was sealed with an older key of the ring and should be re-sealed. */
export function isSealedWithOldKey(sealed: string, ring: KeyRing): boolean {
  return parseSealed(sealed).keyId !== ring.current.id;
}

/** Re-seals a value with the current key (key rotation). */
export function resealJson(sealed: string, ring: KeyRing, associatedData: string): string {
  return sealJson(openJson(sealed, ring, associatedData), ring, associatedData);
}
