// The one source of "now" for rules that depend on time (stage windows), so tests can move it.
export const clock = {
  now: (): Date => new Date(),
};
