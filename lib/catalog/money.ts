/**
 * Ozon money arrives as decimal text ("37.00", "" for none) or as JSON numbers (/v5 prices).
 * CardPort keeps money as integer minor units (kopecks), so text is parsed digit by digit rather
 * than through floating point.
 */
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export function toMinorUnits(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? Math.round(value * 100) : null;
  const match = DECIMAL.exec(value.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ""] = match;
  // Round half up on the third decimal, as Ozon shows prices with two.
  const cents = Number((fraction + "000").slice(0, 3));
  const minor = Number(whole) * 100 + Math.round(cents / 10);
  return sign === "-" ? -minor : minor;
}

/** Ozon sends 0 or "" for "no old price": both mean none. */
export function optionalMinorUnits(value: string | number | null | undefined): number | null {
  const minor = toMinorUnits(value);
  return minor === null || minor === 0 ? null : minor;
}
