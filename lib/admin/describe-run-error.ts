/** One line for a run's serialized error ({name, message, stack}) in the admin tables. */
export function describeRunError(error: Record<string, unknown> | null | undefined): string {
  if (!error) return "";
  const name = typeof error.name === "string" ? error.name : "Error";
  const message = typeof error.message === "string" ? error.message : JSON.stringify(error);
  return `${name}: ${message}`;
}
