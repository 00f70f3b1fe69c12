import { getAuth } from "@/lib/auth/auth";

// Better Auth's own endpoints (e-mail confirmation and reset links land here).
export const GET = (request: Request) => getAuth().handler(request);
export const POST = (request: Request) => getAuth().handler(request);
