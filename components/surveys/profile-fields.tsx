import type { TProfileField } from "@/lib/scoring/types";

/** The optional respondent profile: each question may be left empty. */
export function ProfileFields({ profile }: { profile: TProfileField[] }) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer text-sm font-medium">Data responden (boleh dilewati)</summary>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {profile.map((field) => (
          <label key={field.key} className="block text-sm">
            <span>{field.label}</span>
            <select name={`profil-${field.key}`} defaultValue="" className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-2">
              <option value="">Tidak diisi</option>
              {field.options.map((option) => <option key={option.key} value={option.key}>{option.label}</option>)}
            </select>
          </label>
        ))}
      </div>
    </details>
  );
}
