import Link from "next/link";

type TProps = { title: string; description?: React.ReactNode; back?: { href: string; label: string }; children?: React.ReactNode };

/** Heading of an admin page: optional back link, title, one line of context and actions. */
export function PageHeading({ title, description, back, children }: TProps) {
  return (
    <div className="space-y-2">
      {back ? (
        <Link href={back.href} className="text-sm text-brand-700 underline-offset-2 hover:underline">← {back.label}</Link>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold break-words">{title}</h1>
          {description ? <div className="mt-1 text-slate-600">{description}</div> : null}
        </div>
        {children ? <div className="flex flex-wrap gap-2">{children}</div> : null}
      </div>
    </div>
  );
}
