/** Exact and `{param}` path templates, matched per method. */
export interface Route<Meta> {
  method: string;
  template: string;
  meta: Meta;
}

export interface RouteMatch<Meta> {
  route: Route<Meta>;
  params: Record<string, string>;
}

function compile(template: string): RegExp {
  const pattern = template
    .split("/")
    .map((part) => (/^\{\w+\}$/.test(part) ? `(?<${part.slice(1, -1)}>[^/]+)` : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${pattern}$`);
}

export class Router<Meta> {
  private readonly routes: Array<{ route: Route<Meta>; regex: RegExp }> = [];

  add(route: Route<Meta>): this {
    this.routes.push({ route, regex: compile(route.template) });
    return this;
  }

  /** The matching route, or `{ methodNotAllowed: true }` when only the method is wrong. */
  match(method: string, path: string): RouteMatch<Meta> | { methodNotAllowed: true } | null {
    let pathMatched = false;
    for (const { route, regex } of this.routes) {
      const found = regex.exec(path);
      if (!found) continue;
      pathMatched = true;
      if (route.method === method) return { route, params: { ...found.groups } };
    }
    return pathMatched ? { methodNotAllowed: true } : null;
  }
}
