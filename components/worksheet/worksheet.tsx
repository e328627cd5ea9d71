"use client";

import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { filtersFor, FILTERS, matchesFilter, type TRowState, type TWorksheetFilter } from "@/lib/worksheet/filters";
import { answersDiffer } from "@/lib/worksheet/compare";
import type { TWorksheetRow, TWorksheetSection, TWorksheetSide } from "@/lib/worksheet/types";
import { useFillingPage } from "@/components/lke/filling-page";
import { COLUMNS } from "@/components/worksheet/columns";
import { ensureTabStop, handleGridKey, prepareClick, trackFocus } from "@/components/worksheet/grid-keys";
import { GroupRow } from "@/components/worksheet/group-rows";
import { WorksheetFilters } from "@/components/worksheet/worksheet-filters";
import { WorksheetRow } from "@/components/worksheet/worksheet-row";
import { KeyboardHelp } from "@/components/worksheet/keyboard-help";
import styles from "@/components/worksheet/worksheet.module.css";

type TProps = {
  assessmentId: string;
  side: TWorksheetSide;
  sections: TWorksheetSection[];
  initialFilter: TWorksheetFilter;
  hasRound: boolean;
  /** Where the items' cards live: /lke/{id} or /evaluasi/{id}. */
  cardBase: string;
  canReview: boolean;
};

/** Every item of the LKE in one table, like the LKE spreadsheet, each cell saved as it is edited. */
export function Worksheet({ assessmentId, side, sections, initialFilter, hasRound, cardBase, canReview }: TProps) {
  const rows = useMemo(() => sections.flatMap((s) => s.indicators.flatMap((i) => i.rows)), [sections]);
  const { tally } = useFillingPage();
  const [differs, setDiffers] = useState(() => Object.fromEntries(rows.map((r) => [r.id, answersDiffer(r.item, r.selfAnswer, r.answer)])));
  const onDiffers = useCallback((id: string, value: boolean) => setDiffers((d) => (d[id] === value ? d : { ...d, [id]: value })), []);
  const stateOf = useCallback((row: TWorksheetRow): TRowState => ({ answered: tally[row.id]?.answered ?? false, differs: differs[row.id] ?? false }), [tally, differs]);

  // A filter picks its rows when chosen and keeps them while they are edited (a row answered
  // under "Belum dijawab" stays until the filter is chosen again).
  const [filter, setFilter] = useState(initialFilter);
  const pick = (f: TWorksheetFilter) => new Set(rows.filter((row) => matchesFilter(f, row, stateOf(row))).map((row) => row.id));
  const [shown, setShown] = useState(() => pick(initialFilter));
  const choose = (f: TWorksheetFilter) => {
    setFilter(f);
    setShown(pick(f));
    const url = new URL(window.location.href);
    if (f === "semua") url.searchParams.delete("saring");
    else url.searchParams.set("saring", f);
    window.history.replaceState(null, "", url);
  };
  const counts = Object.fromEntries(FILTERS.map((f) => [f, rows.filter((row) => matchesFilter(f, row, stateOf(row))).length])) as Record<TWorksheetFilter, number>;

  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (table.current) ensureTabStop(table.current);
  }, [shown]);

  const columns = COLUMNS[side];
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <WorksheetFilters filters={filtersFor(side, hasRound)} current={filter} counts={counts} onChange={choose} />
        <KeyboardHelp />
      </div>
      <p className="text-sm text-slate-700" role="status" data-testid="worksheet-shown">{shown.size} dari {rows.length} butir ditampilkan</p>
      <div className="md:max-h-[calc(100dvh-9rem)] md:overflow-auto md:rounded-lg md:border md:border-slate-300 md:bg-white md:scroll-pt-10 md:scroll-pl-24">
        <table ref={table} role="grid" aria-label={side === "EVALUATOR" ? "Lembar kerja evaluasi TPI" : "Lembar kerja LKE"} aria-describedby="pintasan-lembar-kerja"
          onKeyDown={handleGridKey} onFocus={trackFocus} onMouseDown={prepareClick}
          className={`${styles.sheet} ${side === "EVALUATOR" ? styles.review : styles.self}`}>
          <thead className="max-md:hidden">
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={`${styles.head} ${column.width}`}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          {sections.map((section) => {
            const visible = (r: TWorksheetRow) => shown.has(r.id);
            const sectionRows = section.indicators.flatMap((i) => i.rows);
            return (
              <tbody key={section.code} className="max-md:block">
                <GroupRow kind="area" side={side} code={section.code} weight={section.weight} itemCount={sectionRows.length} selfScore={section.selfScores[section.code]}
                  title={section.partTitle ? `${section.partTitle} · ${section.title}` : section.title} hidden={!sectionRows.some(visible)} />
                {section.indicators.map((indicator) => (
                  <Fragment key={indicator.code}>
                    {/* An indicator holding only sub-indicators shows its subtotal on the full sheet. */}
                    <GroupRow kind="indicator" side={side} code={indicator.code} title={indicator.title} weight={indicator.weight} depth={indicator.depth}
                      itemCount={indicator.itemCount} selfScore={section.selfScores[indicator.code]}
                      hidden={indicator.rows.length ? !indicator.rows.some(visible) : filter !== "semua"} />
                    {indicator.rows.map((row) => (
                      <WorksheetRow key={row.id} assessmentId={assessmentId} side={side} row={row} hidden={!visible(row)} canReview={canReview}
                        cardHref={`${cardBase}/${row.sectionCode}#butir-${row.item.code}`} onDiffers={onDiffers} />
                    ))}
                  </Fragment>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
    </div>
  );
}
