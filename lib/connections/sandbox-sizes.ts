/** Catalogue sizes a seller can pick for a sandbox (a client-safe module: the form imports it). */
export const SANDBOX_SIZES = [200, 1000, 5000] as const;
