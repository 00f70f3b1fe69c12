import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { catalogHref, filterOf, parseCatalogQuery } from "./catalog-query";
import { catalogOrder, catalogWhere, prefixTsQuery } from "./filter-sql";
import { emptySelection, isSelected, selectedCount, toggleProduct } from "./selection";

const dialect = new PgDialect();
const ORG = "11111111-1111-4111-8111-111111111111";
const CONN = "22222222-2222-4222-8222-222222222222";

describe("URL params", () => {
  it("validates and defaults; junk falls back to the plain view", () => {
    const query = parseCatalogQuery({ brand: "Nordic", priceMin: "100.5", page: "3", sort: "price", dir: "desc", status: "", q: ["a", "b"] });
    expect(query).toMatchObject({ brand: "Nordic", priceMin: 100.5, page: 3, sort: "price", dir: "desc", q: "a" });
    expect(query.status).toBeUndefined();
    expect(parseCatalogQuery({ page: "-1" })).toMatchObject({ page: 1, sort: "name", dir: "asc" });
    expect(filterOf(query)).toEqual({ brand: "Nordic", priceMin: 100.5, q: "a" });
    expect(catalogHref(query, { page: undefined, brand: "Sever" })).toBe("/catalog?q=a&brand=Sever&priceMin=100.5&sort=price&dir=desc");
  });
});

describe("filter → SQL", () => {
  it("always scopes to organisation and connection, and binds every value", () => {
    const { sql, params } = dialect.sqlToQuery(catalogWhere(ORG, CONN, { brand: "x'; drop table", priceMin: 10, stockMax: 5, status: "active", onWb: "no" }));
    expect(sql).toContain(`"ozon_products"."organisation_id" = $1`);
    expect(sql).toContain(`"ozon_products"."connection_id" = $2`);
    expect(sql).not.toContain("drop table");
    expect(params).toEqual([ORG, CONN, "x'; drop table", 1000, 5, "active", false]);
  });

  it("searches name words by prefix, offer_id by prefix, sku by number", () => {
    expect(prefixTsQuery("Red  sho-es!")).toBe("red:* & sho:* & es:*");
    expect(prefixTsQuery("!!")).toBeNull();
    const { sql, params } = dialect.sqlToQuery(catalogWhere(ORG, CONN, { q: "12_3" }));
    expect(sql).toContain("to_tsvector('simple'");
    expect(params).toContain("12\\_3%");
    expect(dialect.sqlToQuery(catalogWhere(ORG, CONN, { q: "555" })).params).toEqual([ORG, CONN, "555%", "555:*", 555, 555]);
  });

  it("orders by the key then product_id", () => {
    const order = catalogOrder("stock", "desc").map((part) => dialect.sqlToQuery(part).sql);
    expect(order).toEqual([`"ozon_products"."stock_total" desc`, `"ozon_products"."product_id" desc`]);
  });
});

describe("selection", () => {
  it("ticks ids one by one, or a whole filter minus unticked rows", () => {
    let picked = toggleProduct(emptySelection(CONN), 5, true);
    picked = toggleProduct(picked, 6, true);
    picked = toggleProduct(picked, 5, false);
    expect(picked).toEqual({ mode: "ids", connectionId: CONN, included: [6] });
    expect(selectedCount(picked, 1000)).toBe(1);

    let all = toggleProduct({ mode: "filter", connectionId: CONN, filter: { brand: "Nordic" }, excluded: [] }, 7, false);
    expect(isSelected(all, 7)).toBe(false);
    expect(isSelected(all, 8)).toBe(true);
    expect(selectedCount(all, 1000)).toBe(999);
    all = toggleProduct(all, 7, true);
    expect(all).toMatchObject({ excluded: [] });
  });
});
