import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { cache } from "react";
import { getAuth } from "./auth";
import type { Role } from "./auth-roles";
import { organisationOf } from "./organisations";

/** The signed-in session of this request (memoised per render), or null. */
export const getSession = cache(async () => getAuth().api.getSession({ headers: await headers() }));

export type SessionUser = NonNullable<Awaited<ReturnType<typeof getSession>>>["user"];

export class AuthorizationError extends Error {
  constructor(public readonly reason: "unauthenticated" | "forbidden" | "no-organisation" | "two-factor-required") {
    super(reason);
    this.name = "AuthorizationError";
  }
}

/*
 * Guards for pages and layouts: they redirect or answer 403. Server actions and route handlers use
 * the `authorize*` variants, which throw AuthorizationError instead (an action must not redirect a
 * fetch to an HTML page).
 */
export async function authorizeUser() {
  const session = await getSession();
  if (!session) throw new AuthorizationError("unauthenticated");
  return session;
}

export async function authorizeOrganisation() {
  const session = await authorizeUser();
  const organisation = await organisationOf(session.user.id);
  if (!organisation) throw new AuthorizationError("no-organisation");
  return { ...session, organisation };
}

export async function authorizeAdmin() {
  const session = await authorizeUser();
  if ((session.user.role as Role) !== "admin") throw new AuthorizationError("forbidden");
  if (!session.user.twoFactorEnabled) throw new AuthorizationError("two-factor-required");
  return session;
}

async function orRedirect<T>(guard: () => Promise<T>): Promise<T> {
  try {
    return await guard();
  } catch (error) {
    if (!(error instanceof AuthorizationError)) throw error;
    if (error.reason === "unauthenticated") redirect("/sign-in");
    if (error.reason === "two-factor-required") redirect("/settings/security?required=admin");
    forbidden();
  }
}

export const requireUser = () => orRedirect(authorizeUser);
export const requireOrganisation = () => orRedirect(authorizeOrganisation);
export const requireAdmin = () => orRedirect(authorizeAdmin);
