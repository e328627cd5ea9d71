import Link from "next/link";

/** The row header: the item's code, linking to its card; sticky while the sheet scrolls sideways. */
export function CodeCell({ code, href, changed }: { code: string; href: string; changed: boolean }) {
  return (
    <th scope="row">
      <Link href={href} tabIndex={-1}>{code}</Link>
      {changed ? <span className="mt-1 block w-fit rounded bg-violet-100 px-1 text-[11px] font-medium text-violet-900">Berubah</span> : null}
    </th>
  );
}
