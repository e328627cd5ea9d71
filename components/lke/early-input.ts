// Fields the user changed before React took over the server-rendered page. The server renders
// each field with its saved value as default (checked / value attribute), so a difference between
// the live state and that default is the user's own input.

export type TEarlyInput = Record<string, string>;

export function noteEarlyInput(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, name: string, into: TEarlyInput) {
  if (element instanceof HTMLInputElement && (element.type === "radio" || element.type === "checkbox")) {
    if (element.checked && !element.defaultChecked) into[name] = element.value;
    return;
  }
  if (element instanceof HTMLSelectElement) {
    // A select has no defaultValue: its default is the option rendered as selected.
    const initial = [...element.options].find((option) => option.defaultSelected) ?? element.options[0];
    if (element.value !== (initial?.value ?? "")) into[name] = element.value;
    return;
  }
  if (element.value !== element.defaultValue) into[name] = element.value;
}
