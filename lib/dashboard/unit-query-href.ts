import { DEFAULT_DIRECTION, type TUnitQuery } from "@/lib/dashboard/schemas";

type THrefQuery = Partial<TUnitQuery>;

/**
 * A link to a dashboard page with the given parameters; defaults are left out so links stay short
 * and the same state has one URL. Pure: used by server components and tests.
 */
export function unitQueryString(query: THrefQuery): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== "") params.set(key, String(value));
  };
  set("periode", query.periode);
  set("wilayah", query.wilayah);
  set("status", query.status);
  set("predikat", query.predikat);
  set("q", query.q);
  set("risiko", query.risiko);
  const sort = query.urut ?? "peringkat";
  if (sort !== "peringkat") set("urut", sort);
  if (query.arah && query.arah !== DEFAULT_DIRECTION[sort]) set("arah", query.arah);
  if (query.hal && query.hal > 1) set("hal", query.hal);
  if (query.tampilan && query.tampilan !== "ringkas") set("tampilan", query.tampilan);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function unitQueryHref(path: string, query: THrefQuery): string {
  return `${path}${unitQueryString(query)}`;
}

/** The filters of a query without its view state: what an export or a filter link carries. */
export function filtersOf(query: TUnitQuery): THrefQuery {
  const { periode, wilayah, status, predikat, q, risiko, urut, arah } = query;
  return { periode, wilayah, status, predikat, q, risiko, urut, arah };
}
