/**
 * CSV as RFC 4180 says: fields separated by commas, records by CRLF, a field quoted when it holds
 * a comma, a double quote, CR or LF (or starts or ends with a space, which some readers trim), and a
 * double quote inside doubled. No CSV library is installed, and this is the whole of the format.
 */
export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
