/** A readable URL segment from a unit's name: "Kejaksaan Negeri Bantaeng" -> "kejaksaan-negeri-bantaeng". */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "unit";
}
