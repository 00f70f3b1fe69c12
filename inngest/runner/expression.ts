/*
 * A small subset of the CEL expressions Inngest accepts in triggers (`if`), cancelOn and flow-control
 * keys: dotted paths (`event.data.connectionId`), string/number/boolean/null literals, the comparisons
 * == != < <= > >=, and && / || without parentheses. Anything else is reported as unsupported.
 */
type Scope = Record<string, unknown>;

export class UnsupportedExpressionError extends Error {
  constructor(expression: string) {
    super(`Expression not supported by the built-in runner: ${expression}`);
    this.name = "UnsupportedExpressionError";
  }
}

const pathPattern = /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/;
const comparison = /^(.+?)\s*(==|!=|<=|>=|<|>)\s*(.+)$/;

function lookup(path: string, scope: Scope): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Scope)[key] : undefined), scope);
}

function operand(text: string, scope: Scope, whole: string): unknown {
  const token = text.trim();
  const quoted = token.match(/^'([^']*)'$|^"([^"]*)"$/);
  if (quoted) return quoted[1] ?? quoted[2];
  if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
  if (token === "true" || token === "false") return token === "true";
  if (token === "null") return null;
  if (pathPattern.test(token)) return lookup(token, scope);
  throw new UnsupportedExpressionError(whole);
}

function compare(left: unknown, op: string, right: unknown): boolean {
  if (op === "==") return left === right || (left == null && right == null);
  if (op === "!=") return !compare(left, "==", right);
  if (typeof left !== typeof right || (typeof left !== "number" && typeof left !== "string")) return false;
  const [a, b] = [left as number | string, right as number | string];
  return op === "<" ? a < b : op === "<=" ? a <= b : op === ">" ? a > b : a >= b;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) quote = char === quote ? null : quote;
    else if (char === "'" || char === '"') quote = char;
    else if (text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function term(text: string, scope: Scope, whole: string): boolean {
  const match = text.trim().match(comparison);
  if (!match) return Boolean(operand(text, scope, whole));
  return compare(operand(match[1]!, scope, whole), match[2]!, operand(match[3]!, scope, whole));
}

/** Evaluates a boolean expression; throws UnsupportedExpressionError for syntax outside the subset. */
export function evaluateCondition(expression: string, scope: Scope): boolean {
  if (/[()]/.test(expression.replace(/'[^']*'|"[^"]*"/g, ""))) throw new UnsupportedExpressionError(expression);
  return splitOutsideQuotes(expression, "||").some((alternative) =>
    splitOutsideQuotes(alternative, "&&").every((part) => term(part, scope, expression)),
  );
}

/** Evaluates a key expression (a dotted path) to the string that groups runs. */
export function evaluateKey(expression: string, scope: Scope): string {
  const token = expression.trim();
  if (!pathPattern.test(token)) throw new UnsupportedExpressionError(expression);
  const value = lookup(token, scope);
  return typeof value === "string" ? value : JSON.stringify(value ?? null);
}
