// Quoting of one CSV field (RFC 4180), shared by every CSV writer.

/**
 * Quotes a field that holds any separator Laget's reader may sniff (`,` `;` tab), a quote, a line
 * break or edge spaces, so a file written with one separator is never mistaken for another.
 */
export function csvField(value: string): string {
  return /[,;\t"\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}
