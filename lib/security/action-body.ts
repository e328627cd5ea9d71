// Does a server action body decode? Next.js answers 500 when React cannot decode the arguments
// (bad JSON, a reference to a part that is not there), so the proxy refuses those with 400 first.
// The format is React's reply encoding: a JSON array of arguments, as text when it needs no other
// parts, or as multipart form data whose entry "0" is the root and "$<tag><id>" points at entry
// <id>. A FormData argument ("$K<id>": the entries named "_<id>_...") may be empty, so it always
// resolves.

/** Strings that stand for a value on their own: escaped "$", dates, temporary references, ... */
const SELF_CONTAINED = /^\$(\$|D|T|undefined$|-0$|Infinity$|-Infinity$|NaN$|n-?\d+$)/;
const PART_REFERENCE = /^\$([A-Za-z@]?)([0-9a-f]+)$/;
const PART_NAME = /^[0-9a-f]+$/;

type THasPart = (tag: string, id: string) => boolean;

function referencesResolve(value: unknown, hasPart: THasPart): boolean {
  if (typeof value === "string") {
    if (!value.startsWith("$") || SELF_CONTAINED.test(value)) return true;
    const reference = PART_REFERENCE.exec(value);
    return reference !== null && hasPart(reference[1]!, reference[2]!);
  }
  if (Array.isArray(value)) return value.every((item) => referencesResolve(item, hasPart));
  if (value !== null && typeof value === "object") return Object.values(value).every((item) => referencesResolve(item, hasPart));
  return true;
}

/** A text body: one JSON array with no references to other parts. */
export function textActionBodyDecodes(text: string): boolean {
  try {
    const root: unknown = JSON.parse(text);
    return Array.isArray(root) && referencesResolve(root, () => false);
  } catch {
    return false;
  }
}

/** A multipart body: every JSON part (the root "0" and those it points at) resolves. */
export function multipartActionBodyDecodes(form: FormData): boolean {
  const hasPart: THasPart = (tag, id) => tag === "K" || form.has(id);
  for (const [name, value] of form.entries()) {
    if (!PART_NAME.test(name) || typeof value !== "string") continue;
    try {
      if (!referencesResolve(JSON.parse(value), hasPart)) return false;
    } catch {
      return false;
    }
  }
  return true;
}
