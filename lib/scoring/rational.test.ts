import { describe, expect, it } from "vitest";
import { clamp01, Rational, sum } from "@/lib/scoring/rational";

const r = (text: string) => Rational.parse(text);

describe("Rational", () => {
  it("normalises: sign on the numerator, lowest terms", () => {
    expect(Rational.of(6n, -4n).toExact()).toBe("-3/2");
    expect(Rational.of(10n, 5n).toExact()).toBe("2");
    expect(Rational.of(0n, 7n).toExact()).toBe("0");
    expect(() => Rational.of(1n, 0n)).toThrow(RangeError);
  });

  it("reads integers, fractions and decimals as stored, and catalogue numbers as the decimal they print", () => {
    expect(r("75").toExact()).toBe("75");
    expect(r("-497/40").toExact()).toBe("-497/40");
    expect(r("12.425").toExact()).toBe("497/40");
    expect(r("0.000").toExact()).toBe("0");
    expect(Rational.fromNumber(0.67).toExact()).toBe("67/100");
    expect(Rational.fromNumber(1e-7).toExact()).toBe("1/10000000");
    expect(Rational.fromNumber(1_000_000_000).toExact()).toBe("1000000000");
    expect(() => r("abc")).toThrow(RangeError);
    expect(() => Rational.fromNumber(Number.NaN)).toThrow(RangeError);
  });

  it("adds, subtracts, multiplies and divides exactly where floating point does not", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(r("0.1").plus(r("0.2")).toExact()).toBe("3/10");
    expect(r("17.5").times(r("2.84")).dividedBy(r("4")).toExact()).toBe("497/40");
    expect(r("1.75").minus(r("0.075")).toExact()).toBe("67/40");
    expect(sum([r("1/3"), r("1/3"), r("1/3")]).toExact()).toBe("1");
    expect(sum([]).toExact()).toBe("0");
  });

  it("compares exactly, even 10^-40 apart", () => {
    const below = Rational.of(75n * 10n ** 40n - 1n, 10n ** 40n);
    expect(below.compare(r("75"))).toBe(-1);
    expect(r("75").compare(below)).toBe(1);
    expect(r("150/2").compare(r("75"))).toBe(0);
  });

  it("rounds half away from zero, once, from the exact value", () => {
    expect(r("497/40").toFixed(2)).toBe("12.43");
    expect(r("67/40").toFixed(2)).toBe("1.68");
    expect(r("33/200").toFixed(2)).toBe("0.17");
    expect(r("2/3").toFixed(2)).toBe("0.67");
    expect(r("12.4249999999").toFixed(2)).toBe("12.42");
    expect(r("-0.005").toFixed(2)).toBe("-0.01");
    expect(r("-0.004").toFixed(2)).toBe("0.00");
    expect(r("1234.5").toFixed(0)).toBe("1235");
    expect(r("1/8").toFixed(4)).toBe("0.1250");
  });

  it("clamps to 0..1", () => {
    expect(clamp01(r("-1/2")).toExact()).toBe("0");
    expect(clamp01(r("17/7")).toExact()).toBe("1");
    expect(clamp01(r("3/7")).toExact()).toBe("3/7");
  });
});
