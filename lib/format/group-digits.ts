/**
 * "11,000", "2.5": English grouping, at most two decimals. Written by hand
 * because Intl.NumberFormat costs microseconds per call, and explanations
 * format hundreds of thousands of numbers on large inputs.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  if (Math.abs(value) >= 1e15) return value.toLocaleString("en-US");
  const sign = value < 0 ? "-" : "";
  const rounded = Math.round(Math.abs(value) * 100) / 100;
  const whole = Math.trunc(rounded);
  const digits = whole.toString();
  let grouped = "";
  for (let end = digits.length; end > 0; end -= 3) grouped = digits.slice(Math.max(0, end - 3), end) + (grouped === "" ? "" : `,${grouped}`);
  const fraction = rounded - whole;
  const decimals = fraction === 0 ? "" : fraction.toFixed(2).slice(1).replace(/0+$/, "");
  return `${sign}${grouped}${decimals}`;
}
