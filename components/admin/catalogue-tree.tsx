import type { TNode } from "@/lib/scoring/types";
import { displayTitle } from "@/lib/scoring/format-id";
import { formatDecimal, formatInteger } from "@/lib/format";
import { CatalogueItemDetails } from "@/components/admin/catalogue-item-details";

function countItems(node: TNode): number {
  return node.items.length + node.children.reduce((sum, child) => sum + countItems(child), 0);
}

function Meta({ node }: { node: TNode }) {
  return (
    <span className="text-sm font-normal text-slate-600">
      bobot {formatDecimal(node.weight)} · {formatInteger(countItems(node))} butir
    </span>
  );
}

/** Komponen > bagian > area > indikator, each with its weight; items open on demand. */
export function CatalogueTree({ components }: { components: TNode[] }) {
  return (
    <div className="space-y-6">
      {components.map((component) => (
        <section key={component.code} aria-labelledby={`node-${component.code}`} className="space-y-4">
          <h3 id={`node-${component.code}`} className="text-lg font-semibold">
            {component.code} {displayTitle(component.title)} <Meta node={component} />
          </h3>
          {component.children.map((part) => <PartView key={part.code} part={part} />)}
        </section>
      ))}
    </div>
  );
}

function PartView({ part }: { part: TNode }) {
  return (
    <section aria-labelledby={`node-${part.code}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <h4 id={`node-${part.code}`} className="font-semibold">
        {part.code} {displayTitle(part.title)} <Meta node={part} />
      </h4>
      {part.items.length ? <ItemList items={part.items} /> : null}
      {part.children.map((area) => (
        <details key={area.code} className="rounded-md border border-slate-200 bg-slate-50">
          <summary className="cursor-pointer px-3 py-2 font-medium">
            {area.code} {displayTitle(area.title)} <Meta node={area} />
          </summary>
          <ul className="space-y-3 px-3 pb-3">
            {area.children.map((indicator) => <IndicatorView key={indicator.code} indicator={indicator} />)}
          </ul>
        </details>
      ))}
    </section>
  );
}

function IndicatorView({ indicator }: { indicator: TNode }) {
  return (
    <li className="space-y-1">
      <p className="text-sm font-medium">
        {indicator.code} {displayTitle(indicator.title)} <Meta node={indicator} />
      </p>
      {indicator.items.length ? <ItemList items={indicator.items} /> : null}
      {indicator.children.length ? (
        <ul className="space-y-2 border-l-2 border-slate-200 pl-3">
          {indicator.children.map((child) => <IndicatorView key={child.code} indicator={child} />)}
        </ul>
      ) : null}
    </li>
  );
}

function ItemList({ items }: { items: TNode["items"] }) {
  return (
    <ul className="space-y-1">
      {items.map((item) => <li key={item.code}><CatalogueItemDetails item={item} /></li>)}
    </ul>
  );
}
