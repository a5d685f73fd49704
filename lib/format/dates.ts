const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2024-10-23" → "23 October 2024"; "2024-10" → "October 2024"; keeps the precision the date has. */
export function formatIsoDate(iso: string | null | undefined): string {
  if (!iso) return "date unknown";
  const [year, month, day] = iso.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? iso;
}
