/**
 * Runs once when the server starts: a bad configuration stops start-up with a message naming the
 * variable, and the embedded database is migrated before the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./lib/startup");
    await startServer();
  }
}
