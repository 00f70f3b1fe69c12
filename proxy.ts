import { getSessionCookie } from "better-auth/cookies";
import { type NextRequest, NextResponse } from "next/server";

/**
 * An optimistic check only: without a session cookie, cabinet and admin pages redirect to sign-in
 * at once. Every page, action and route handler still checks the real session itself.
 */
export function proxy(request: NextRequest) {
  if (getSessionCookie(request)) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("next", request.nextUrl.pathname);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/dashboard/:path*", "/connections/:path*", "/catalog/:path*", "/mappings/:path*", "/migrations/:path*", "/sync/:path*", "/billing/:path*", "/settings/:path*", "/admin/:path*"],
};
