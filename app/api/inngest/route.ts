import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";

/** The Inngest serve endpoint: Inngest (or the built-in runner) syncs with PUT and calls steps with POST. */
export const { GET, POST, PUT } = serve({ client: inngest, functions });
