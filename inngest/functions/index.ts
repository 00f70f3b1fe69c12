import type { InngestFunction } from "inngest";

/** Every Inngest function CardPort serves (app/api/inngest/route.ts); add each job here. */
export const functions: InngestFunction.Like[] = [];
