/**
 * A cell as a spreadsheet must read it: one starting with = + - @ (or a tab or carriage return
 * before them) would be run as a formula by Excel or LibreOffice (CSV injection, OWASP), so it is
 * written after an apostrophe, which the spreadsheet shows as text. Every CSV the product writes
 * from what people typed goes through this (subscribers' exports, the log).
 */
export const asSpreadsheetText = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
