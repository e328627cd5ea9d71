/** The cache tag of everything one unit shows publicly; every publishing act expires it. */
export function publicPageTag(unitId: string): string {
  return `public-zi-${unitId}`;
}
