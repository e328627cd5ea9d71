export type TIssuePath = readonly PropertyKey[];

/** A problem found in a catalogue file; the path is formatted only when reported. */
export type TCatalogueIssue = { path: TIssuePath; message: string };

export type TCatalogueError = { path: string; message: string };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** ["components", 0, "questions", 3, "options"] -> "components[0].questions[3].options". */
export function formatIssuePath(path: TIssuePath): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (typeof segment === "string" && IDENTIFIER.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}
