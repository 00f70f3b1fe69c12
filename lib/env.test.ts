import { describe, expect, it } from "vitest";
import { appUrl, EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives embedded defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.APP_ENV).toBe("local");
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
    expect(appUrl(env)).toBe("http://localhost:3000");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", SMTP_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names the variable and what it wants", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgres:\/\//);
    expect(() => parseEnv({ PORT: "abc" })).toThrow(/PORT must be a port number/);
    expect(() => parseEnv({ ENCRYPTION_KEY: "short" })).toThrow(/ENCRYPTION_KEY must be 64 hex characters/);
    expect(() => parseEnv({ SMTP_URL: "mail.example.com" })).toThrow(/SMTP_URL must be an smtp:\/\//);
    expect(() => parseEnv({ APP_URL: "not a url" })).toThrow(/APP_URL must be an absolute URL/);
  });

  it("lists every missing production variable at once", () => {
    try {
      parseEnv({ APP_ENV: "production", DATABASE_URL: "postgres://db/app" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const issues = (error as EnvError).issues.join("\n");
      for (const key of ["BETTER_AUTH_SECRET", "ENCRYPTION_KEY", "SMTP_URL", "APP_URL"]) {
        expect(issues).toContain(`${key} is required when APP_ENV=production`);
      }
      expect(issues).not.toContain("DATABASE_URL");
    }
  });

  it("strips a trailing slash from APP_URL", () => {
    expect(appUrl(parseEnv({ APP_URL: "https://cardport.example/" }))).toBe("https://cardport.example");
  });
});
