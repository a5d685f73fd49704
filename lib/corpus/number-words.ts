// Whole numbers written out in French and English words (0 to 999 999 999).

const FR_UNITS = [
  "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
  "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
];
const FR_TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"];

function frBelow100(n: number): string {
  if (n < 20) return FR_UNITS[n] as string;
  if (n < 70) {
    const tens = FR_TENS[Math.floor(n / 10)] as string;
    const unit = n % 10;
    if (unit === 0) return tens;
    return unit === 1 ? `${tens} et un` : `${tens}-${FR_UNITS[unit]}`;
  }
  if (n < 80) return n === 71 ? "soixante et onze" : `soixante-${FR_UNITS[n - 60]}`;
  if (n === 80) return "quatre-vingts";
  return `quatre-vingt-${FR_UNITS[n - 80]}`;
}

/** `plural` is false when the number is followed by "mille" (no -s on cents/vingts). */
function frBelow1000(n: number, plural: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  let head = "";
  if (hundreds === 1) head = "cent";
  else if (hundreds > 1) head = `${FR_UNITS[hundreds]} cent${rest === 0 && plural ? "s" : ""}`;
  if (rest === 0) return head || "zéro";
  let tail = frBelow100(rest);
  if (!plural && rest === 80) tail = "quatre-vingt";
  return head ? `${head} ${tail}` : tail;
}

export function frenchWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999_999) throw new RangeError(`no French words for ${n}`);
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const rest = n % 1000;
  const parts: string[] = [];
  if (millions > 0) parts.push(millions === 1 ? "un million" : `${frBelow1000(millions, true)} millions`);
  if (thousands > 0) parts.push(thousands === 1 ? "mille" : `${frBelow1000(thousands, false)} mille`);
  if (rest > 0 || parts.length === 0) parts.push(frBelow1000(rest, true));
  return parts.join(" ");
}

const EN_UNITS = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

function enBelow1000(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  let tail = "";
  if (rest > 0 && rest < 20) tail = EN_UNITS[rest] as string;
  else if (rest >= 20) tail = `${EN_TENS[Math.floor(rest / 10)]}${rest % 10 ? `-${EN_UNITS[rest % 10]}` : ""}`;
  if (hundreds === 0) return tail || "zero";
  const head = `${EN_UNITS[hundreds]} hundred`;
  return tail ? `${head} and ${tail}` : head;
}

export function englishWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999_999) throw new RangeError(`no English words for ${n}`);
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const rest = n % 1000;
  const parts: string[] = [];
  if (millions > 0) parts.push(`${enBelow1000(millions)} million`);
  if (thousands > 0) parts.push(`${enBelow1000(thousands)} thousand`);
  if (rest > 0 || parts.length === 0) parts.push(enBelow1000(rest));
  return parts.join(" ");
}
