// Exact numbers for scoring. Scores are sums of products of decimal weights, decimal option values,
// ratios of counts and means over questions: all rationals. A bigint numerator and denominator keep
// them exact, so 12.425 stays 12.425 (not 12.424999...) and a threshold comparison needs no tolerance.

/**
 * An exact number as text, the form that is stored (JSON) and sent to the browser: an integer
 * ("75"), a normalised fraction ("497/40") or a decimal ("12.425"). Never a float.
 */
export type TExact = string;

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;
const FRACTION = /^([+-]?\d+)\/(\d+)$/;

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

const pow10 = (exponent: number) => 10n ** BigInt(exponent);

export class Rational {
  private constructor(
    readonly num: bigint,
    /** Always positive, and coprime with num. */
    readonly den: bigint,
  ) {}

  static of(num: bigint, den = 1n): Rational {
    if (den === 0n) throw new RangeError("Rational with denominator 0");
    if (den < 0n) [num, den] = [-num, -den];
    if (den === 1n) return new Rational(num, 1n);
    const divisor = gcd(num, den);
    return divisor === 1n ? new Rational(num, den) : new Rational(num / divisor, den / divisor);
  }

  /** part / whole of two integers (counts), e.g. answered items over all items. */
  static ratio(part: number, whole: number): Rational {
    return Rational.of(BigInt(part), BigInt(whole));
  }

  /**
   * A JS number taken as the decimal it prints as: catalogue weights and option values (0.67),
   * survey indices (3.11), counts. Exact for every such datum; never use it on a computed float.
   */
  static fromNumber(value: number): Rational {
    let cached = numberCache.get(value);
    if (!cached) {
      if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
      cached = parseDecimal(String(value));
      if (numberCache.size < 10_000) numberCache.set(value, cached);
    }
    return cached;
  }

  /** Reads an exact number as stored: "75", "-497/40", "12.425". */
  static parse(text: TExact): Rational {
    const fraction = FRACTION.exec(text);
    if (fraction) return Rational.of(BigInt(fraction[1]), BigInt(fraction[2]));
    return parseDecimal(text);
  }

  plus(other: Rational): Rational {
    if (this.den === other.den) return Rational.of(this.num + other.num, this.den);
    return Rational.of(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  minus(other: Rational): Rational {
    return this.plus(other.negated());
  }

  times(other: Rational): Rational {
    return Rational.of(this.num * other.num, this.den * other.den);
  }

  dividedBy(other: Rational): Rational {
    return Rational.of(this.num * other.den, this.den * other.num);
  }

  negated(): Rational {
    return new Rational(-this.num, this.den);
  }

  /** -1, 0 or 1 like a sort comparator. */
  compare(other: Rational): number {
    const left = this.num * other.den;
    const right = other.num * this.den;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  isZero(): boolean {
    return this.num === 0n;
  }

  /** The stored form: "3" or "-1/3". */
  toExact(): TExact {
    return this.den === 1n ? `${this.num}` : `${this.num}/${this.den}`;
  }

  toString(): string {
    return this.toExact();
  }

  toJSON(): TExact {
    return this.toExact();
  }

  /** Nearest float: for chart geometry and sorting only, never for a shown figure. */
  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }

  /**
   * The decimal text with exactly `places` decimals, rounded half away from zero ("half up" for
   * the non-negative scores): 12.425 -> "12.43", 1.675 -> "1.68", -0.005 -> "-0.01".
   */
  toFixed(places: number): string {
    const negative = this.num < 0n;
    const scaled = (negative ? -this.num : this.num) * pow10(places);
    let whole = scaled / this.den;
    if ((scaled % this.den) * 2n >= this.den) whole += 1n;
    const digits = whole.toString().padStart(places + 1, "0");
    const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
    return negative && whole !== 0n ? `-${text}` : text;
  }
}

const numberCache = new Map<number, Rational>();

function parseDecimal(text: string): Rational {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new RangeError(`not an exact number: ${JSON.stringify(text)}`);
  const [, sign, whole, fraction = "", exponentText = "0"] = match;
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(`${sign === "-" ? "-" : ""}${whole}${fraction}`);
  return exponent >= 0 ? Rational.of(digits * pow10(exponent)) : Rational.of(digits, pow10(-exponent));
}

export const ZERO = Rational.of(0n);
export const ONE = Rational.of(1n);


export function clamp01(value: Rational): Rational {
  if (value.compare(ZERO) < 0) return ZERO;
  if (value.compare(ONE) > 0) return ONE;
  return value;
}

/** Sum of exact values; 0 for none. */
export function sum(values: Iterable<Rational>): Rational {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}
