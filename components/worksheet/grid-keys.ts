import type { FocusEvent, KeyboardEvent, MouseEvent } from "react";

// Spreadsheet keys on a real table (ARIA grid, roving tabindex). The grid's cells are the cells of
// its rows marked data-nav-row (items, and the note row under one); a cell with focus is being
// navigated, focus on a control inside a cell means it is being edited. Cells get their tabindex
// when first visited: 113 rows of cells need no attribute in the HTML for it.
//   navigating: arrows, Home/End (Ctrl: first/last row), PageUp/PageDown move between cells;
//               Enter or F2 edits (a link cell opens its link); typing starts editing with that
//               key (on an option select it picks the option whose code starts with it);
//               Tab / Shift+Tab go to the next / previous cell that takes input.
//   editing:    Esc takes the edit back (the row reverts it) and returns to the cell; Enter
//               (Shift+Enter for a new line in a text) and Tab leave the cell, saving at once.

const FIELDS = "input:not([disabled]), select:not([disabled]), textarea:not([disabled])";
const FOCUSABLE = `${FIELDS}, button:not([disabled]), a[href]`;
/** A cell that takes input: Tab stops there. */
const INPUT = `${FIELDS}, button:not([disabled])`;
const PAGE_ROWS = 10;

export type TField = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
type TCell = HTMLTableCellElement;

export const isField = (element: EventTarget | null): element is TField =>
  element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement;

export function cellOf(element: Element): TCell | null {
  const cell = element.closest<TCell>("td, th");
  return cell?.parentElement?.hasAttribute("data-nav-row") ? cell : null;
}

const focusablesIn = (cell: TCell) => [...cell.querySelectorAll<HTMLElement>(FOCUSABLE)];

/** Enter on a field (not a button or link) ends the edit; in a text, Shift/Alt+Enter is a new line. */
function isCommitEnter(event: KeyboardEvent) {
  if (event.key !== "Enter" || !isField(event.target)) return false;
  return !(event.target instanceof HTMLTextAreaElement && (event.shiftKey || event.altKey));
}

/** Whether this key, pressed on a control inside a cell, takes the focus out of the cell. */
export function leavesCell(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement;
  const cell = cellOf(target);
  if (!cell || target === cell) return false;
  if (event.key === "Tab") {
    const inside = focusablesIn(cell);
    const index = inside.indexOf(target);
    return event.shiftKey ? index <= 0 : index === inside.length - 1;
  }
  return isCommitEnter(event);
}

export function handleGridKey(event: KeyboardEvent<HTMLTableElement>) {
  const table = event.currentTarget;
  const target = event.target as HTMLElement;
  const cell = cellOf(target);
  if (!cell || !table.contains(cell) || event.defaultPrevented) return;
  const done = target === cell ? navigate(event, table, cell) : edit(event, table, cell, target);
  if (done) event.preventDefault();
}

function navigate(event: KeyboardEvent, table: HTMLTableElement, cell: TCell): boolean {
  const { key } = event;
  if (key === "ArrowLeft" || key === "ArrowRight") return moveAcross(table, cell, key === "ArrowLeft" ? -1 : 1);
  if (key === "ArrowUp" || key === "ArrowDown") return moveDown(table, cell, key === "ArrowUp" ? -1 : 1);
  if (key === "PageUp" || key === "PageDown") return moveDown(table, cell, key === "PageUp" ? -PAGE_ROWS : PAGE_ROWS);
  if (key === "Home" || key === "End") {
    if (event.ctrlKey) return moveDown(table, cell, key === "Home" ? -Infinity : Infinity);
    return moveAcross(table, cell, key === "Home" ? -Infinity : Infinity);
  }
  if (key === "Enter" || key === "F2") return enter(cell);
  if (key === "Tab") return focusTabStop(table, cell, event.shiftKey ? -1 : 1);
  if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) return typeInto(cell, key);
  return false;
}

function edit(event: KeyboardEvent, table: HTMLTableElement, cell: TCell, target: HTMLElement): boolean {
  if (event.key === "Escape") return focusCell(table, cell);
  if (event.key === "Tab") {
    if (!leavesCell(event)) {
      const inside = focusablesIn(cell);
      inside[inside.indexOf(target) + (event.shiftKey ? -1 : 1)]?.focus();
      return true;
    }
    return focusTabStop(table, cell, event.shiftKey ? -1 : 1) || focusCell(table, cell);
  }
  if (isCommitEnter(event)) return moveDown(table, cell, 1) || focusCell(table, cell);
  return false;
}

/** Enter: edit the cell's first control; a cell holding only a link follows it. */
function enter(cell: TCell): boolean {
  const first = focusablesIn(cell)[0];
  if (!first) return false;
  if (first instanceof HTMLAnchorElement && !cell.querySelector(FIELDS)) first.click();
  else first.focus();
  return true;
}

/** Typing on a cell starts editing with that key, as in a spreadsheet. */
function typeInto(cell: TCell, key: string): boolean {
  const field = cell.querySelector<TField>(FIELDS);
  if (!field) return false;
  if (field instanceof HTMLSelectElement) {
    const wanted = key.toUpperCase();
    const option = [...field.options].find((o) => o.value !== "" && o.value.toUpperCase().startsWith(wanted));
    if (option && option.value !== field.value) chooseOption(field, option.value);
    return true;
  }
  // Focused during keydown, the field receives the typed character itself; selecting the old
  // text first makes the key replace it (Esc brings it back).
  field.focus();
  field.select();
  return false;
}

/** Sets a select's value the way a user's choice does, so React and the autosave see a change. */
function chooseOption(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

const visibleRows = (table: HTMLTableElement) =>
  [...table.querySelectorAll<HTMLTableRowElement>("tr[data-nav-row]")].filter((row) => !row.hidden);
const cellsOfRow = (row: HTMLTableRowElement) => [...row.cells];
const columnOf = (cell: TCell) => cell.cellIndex;
const takesInput = (cell: TCell) => cell.querySelector(INPUT) !== null;
const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

function moveAcross(table: HTMLTableElement, cell: TCell, step: number): boolean {
  const cells = cellsOfRow(cell.parentElement as HTMLTableRowElement);
  const next = cells[clamp(cells.indexOf(cell) + step, cells.length - 1)]!;
  table.dataset.column = String(columnOf(next));
  return focusCell(table, next);
}

/** Up and down keep the column the user last moved to (a note row below an item has one cell). */
function moveDown(table: HTMLTableElement, cell: TCell, step: number): boolean {
  const rows = visibleRows(table);
  const from = rows.indexOf(cell.parentElement as HTMLTableRowElement);
  const to = rows[clamp(from + step, rows.length - 1)];
  if (!to || to === rows[from]) return false;
  const column = Number(table.dataset.column ?? columnOf(cell));
  const cells = cellsOfRow(to);
  const target = cells.findLast((c) => columnOf(c) <= column) ?? cells[0];
  return target ? focusCell(table, target) : false;
}

function focusTabStop(table: HTMLTableElement, cell: TCell, step: 1 | -1): boolean {
  const stops = visibleRows(table).flatMap((row) => cellsOfRow(row).filter((c) => c === cell || takesInput(c)));
  const next = stops[stops.indexOf(cell) + step];
  if (!next) return false;
  table.dataset.column = String(columnOf(next));
  return focusCell(table, next);
}

/** Roving tabindex: the grid has one tab stop, the cell last visited. */
export function focusCell(table: HTMLTableElement, cell: TCell): boolean {
  makeTabStop(table, cell);
  cell.focus();
  return true;
}

function makeTabStop(table: HTMLTableElement, cell: TCell) {
  for (const other of table.querySelectorAll<HTMLElement>("tr > [tabindex='0']")) if (other !== cell) other.tabIndex = -1;
  cell.tabIndex = 0;
}

/** A click on a cell (not on its controls) focuses the cell: it must be focusable before the click lands. */
export function prepareClick(event: MouseEvent<HTMLTableElement>) {
  const cell = cellOf(event.target as Element);
  if (cell && cell.getAttribute("tabindex") === null) cell.tabIndex = -1;
}

/** Focus that arrived by mouse or from the page makes its cell the grid's tab stop. */
export function trackFocus(event: FocusEvent<HTMLTableElement>) {
  const cell = cellOf(event.target as Element);
  if (!cell) return;
  makeTabStop(event.currentTarget, cell);
  event.currentTarget.dataset.column = String(columnOf(cell));
}

/** After filtering, a visible cell must hold the tab stop (the first cell that takes input). */
export function ensureTabStop(table: HTMLTableElement) {
  const current = table.querySelector<HTMLElement>("tr > [tabindex='0']");
  if (current && !(current.parentElement as HTMLTableRowElement).hidden) return;
  const rows = visibleRows(table);
  const first = rows.flatMap(cellsOfRow).find(takesInput) ?? rows[0]?.cells[0];
  if (first) makeTabStop(table, first);
}
