import QRCode from "qrcode";

export type TotpSetup = { qrSvg: string; secret: string; backupCodes: string[] };

/** What the user needs to add CardPort to an authenticator app: a QR code and the secret to type. */
export async function describeTotpSetup(totpURI: string, backupCodes: string[]): Promise<TotpSetup> {
  const secret = new URL(totpURI).searchParams.get("secret") ?? "";
  const qrSvg = await QRCode.toString(totpURI, { type: "svg", margin: 1, width: 200 });
  return { qrSvg, secret, backupCodes };
}
