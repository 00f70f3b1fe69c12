import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DecryptionError, isSealedWithOldKey, keyRing, openJson, resealJson, sealJson } from "./crypto";

const hex = () => randomBytes(32).toString("hex");
const secret = { clientId: "1234567", apiKey: "0b7c2d8e-aaaa-bbbb-cccc-a1b2c3d4e5f6" };

describe("sealJson / openJson", () => {
  it("round-trips a JSON payload and never shows it in the sealed text", () => {
    const ring = keyRing(hex());
    const sealed = sealJson(secret, ring, "org-1");
    expect(sealed).toMatch(/^v1:[0-9a-f]{8}:[A-Za-z0-9+/=]+$/);
    expect(sealed).not.toContain(secret.apiKey);
    expect(sealed).not.toContain(secret.clientId);
    expect(openJson(sealed, ring, "org-1")).toEqual(secret);
  });

  it("uses a fresh IV each time, so the same payload seals differently", () => {
    const ring = keyRing(hex());
    expect(sealJson(secret, ring, "org-1")).not.toBe(sealJson(secret, ring, "org-1"));
  });

  it("refuses a tampered ciphertext", () => {
    const ring = keyRing(hex());
    const sealed = sealJson(secret, ring, "org-1");
    const [format, keyId, body] = sealed.split(":");
    const bytes = Buffer.from(body!, "base64");
    bytes[bytes.length - 1]! ^= 0x01;
    expect(() => openJson(`${format}:${keyId}:${bytes.toString("base64")}`, ring, "org-1")).toThrow(DecryptionError);
  });

  it("refuses a value bound to another owner", () => {
    const ring = keyRing(hex());
    expect(() => openJson(sealJson(secret, ring, "org-1"), ring, "org-2")).toThrow(/authentication/);
  });

  it("refuses a value sealed with a key that is not in the ring", () => {
    const sealed = sealJson(secret, keyRing(hex()), "org-1");
    expect(() => openJson(sealed, keyRing(hex()), "org-1")).toThrow(/not in the key ring/);
  });

  it("refuses garbage", () => {
    const ring = keyRing(hex());
    expect(() => openJson("plain text", ring, "org-1")).toThrow(DecryptionError);
    expect(() => openJson("v1:abcd1234:AAAA", ring, "org-1")).toThrow(/truncated/);
  });
});

describe("key rotation", () => {
  it("opens old values with the previous key and re-seals them with the current one", () => {
    const oldKey = hex();
    const newKey = hex();
    const sealedOld = sealJson(secret, keyRing(oldKey), "org-1");
    const rotated = keyRing(newKey, [oldKey]);

    expect(isSealedWithOldKey(sealedOld, rotated)).toBe(true);
    expect(openJson(sealedOld, rotated, "org-1")).toEqual(secret);

    const resealed = resealJson(sealedOld, rotated, "org-1");
    expect(isSealedWithOldKey(resealed, rotated)).toBe(false);
    // Once the previous key is dropped, only the re-sealed value still opens.
    expect(openJson(resealed, keyRing(newKey), "org-1")).toEqual(secret);
    expect(() => openJson(sealedOld, keyRing(newKey), "org-1")).toThrow(DecryptionError);
  });

  it("rejects a key of the wrong length", () => {
    expect(() => keyRing("abc")).toThrow(/64 hex/);
  });
});
