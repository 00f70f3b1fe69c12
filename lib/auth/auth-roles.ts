/** Account roles: sellers work in the cabinet, admins also reach /admin (with 2FA). */
export const ROLES = ["seller", "admin"] as const;
export type Role = (typeof ROLES)[number];
