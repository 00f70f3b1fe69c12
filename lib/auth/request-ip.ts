/** The client IP as forwarded by the proxy in front of the app (Next's server sets x-forwarded-for). */
export function requestIp(headers: Headers | null | undefined): string | null {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers?.get("x-real-ip") || null;
}
