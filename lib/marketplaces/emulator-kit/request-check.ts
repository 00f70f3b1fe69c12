import { validateRequest } from "../contract/validator";
import type { Marketplace } from "../contract/specs";
import { BadJsonError, parseJsonBody, type EmuRequest } from "./http";

/** Parses the JSON body and checks path, query and body against the official specification. */
export interface CheckedRequest {
  body: unknown;
  errors: string[];
}

export function checkRequest(marketplace: Marketplace, req: EmuRequest): CheckedRequest {
  let body: unknown;
  const multipart = /^multipart\//i.test(String(req.headers["content-type"] ?? ""));
  try {
    // A multipart body is present but has no JSON schema: null marks "present" for the validator.
    body = multipart ? (req.body.length > 0 ? null : undefined) : parseJsonBody(req);
  } catch (error) {
    if (error instanceof BadJsonError) return { body: undefined, errors: [`invalid JSON: ${error.message}`] };
    throw error;
  }
  const query = req.query.toString();
  const result = validateRequest(marketplace, req.method, query ? `${req.path}?${query}` : req.path, body);
  return { body, errors: result.errors };
}
