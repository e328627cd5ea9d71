import "server-only";

// The brand of access proofs. Only lib/access may import this file (tests/integration/
// access-layer.test.ts checks it): a proof exists only because an authorize function loaded its
// resource with the user's scope in the query.

declare const proofBrand: unique symbol;

/** A readonly value an authorize function of lib/access produced; `kind` names the resource. */
export type TProof<TKind extends string, T> = Readonly<T> & { readonly [proofBrand]: TKind };

export function seal<TKind extends string, T extends object>(kind: TKind, value: T): TProof<TKind, T> {
  return Object.freeze({ ...value, kind }) as unknown as TProof<TKind, T>;
}
