import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";

export const marketplace = pgEnum("marketplace", ["ozon", "wb"]);
/** Sandbox connections talk to CardPort's own emulators with a generated catalogue. */
export const connectionEnvironment = pgEnum("connection_environment", ["production", "sandbox"]);
export const connectionStatus = pgEnum("connection_status", ["active", "error"]);

/**
 * A seller's marketplace account. The keys are stored only as AES-256-GCM ciphertext (lib/crypto.ts);
 * `credentialsHint` is the masked form shown in the cabinet.
 */
export const connections = pgTable(
  "connections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    marketplace: marketplace("marketplace").notNull(),
    environment: connectionEnvironment("environment").notNull().default("production"),
    name: text("name").notNull(),
    credentialsCiphertext: text("credentials_ciphertext").notNull(),
    credentialsHint: text("credentials_hint").notNull(),
    /** Which ENCRYPTION_KEY generation encrypted the ciphertext (for key rotation). */
    keyVersion: integer("key_version").notNull().default(1),
    status: connectionStatus("status").notNull().default("active"),
    sellerName: text("seller_name"),
    lastCheckedAt: timestamp("last_checked_at", { withTimezone: true }),
    lastError: text("last_error"),
    tokenExpiresAt: timestamp("token_expires_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("connections_org_idx").on(table.organisationId, table.marketplace)],
);

export type Connection = typeof connections.$inferSelect;
