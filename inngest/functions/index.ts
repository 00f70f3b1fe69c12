import type { InngestFunction } from "inngest";
import { ozonClientFor } from "@/lib/connections/marketplace-clients";
import { inngest } from "../client";
import { createImportCatalogFunction } from "./import-catalog";

/** Every Inngest function CardPort serves (app/api/inngest/route.ts); add each job here. */
export const functions: InngestFunction.Like[] = [createImportCatalogFunction(inngest, ozonClientFor)];
