/**
 * Swedish personal identity numbers (personnummer) and co-ordination numbers
 * (samordningsnummer) must never be used as subject ids: the ids travel with the ratings into
 * reports that leave the case system, so they must be pseudonymous. This recognises both forms:
 * 10 or 12 digits (`YYMMDDNNNN`, `YYYYMMDDNNNN`), optionally with `-` or `+` before the last four,
 * whose date part is a real date (a co-ordination number adds 60 to the day) and whose last
 * digit passes the Luhn check over the 10-digit form.
 */

const shape = /^(\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})$/;

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Whether `text` (a whole id) has the shape of a Swedish personal identity or co-ordination number. */
export function isSwedishPersonalNumber(text: string): boolean {
  if (text.length < 10 || text.length > 13) return false;
  const m = shape.exec(text);
  if (!m) return false;
  const [, century, yy, mm, dd, last] = m as unknown as [string, string | undefined, string, string, string, string];
  const month = Number(mm);
  let day = Number(dd);
  if (day > 60) day -= 60; // samordningsnummer
  if (month < 1 || month > 12 || day < 1) return false;
  // Without a century, 29 February is valid if it is in either century that the two digits could name.
  const years = century === undefined ? [1900 + Number(yy), 2000 + Number(yy)] : [Number(century + yy)];
  if (!years.some((year) => day <= daysIn(year, month))) return false;
  return luhn(`${yy}${mm}${dd}${last}`);
}

/**
 * Whether an id is, or contains as one of its `/`- or `:`-separated parts (a FHIR reference such
 * as `Patient/<id>`, a URN), a Swedish personal identity or co-ordination number.
 */
export function containsSwedishPersonalNumber(id: string): boolean {
  if (id.length > 400) return false;
  if (isSwedishPersonalNumber(id)) return true;
  if (id.indexOf('/') < 0 && id.indexOf(':') < 0) return false;
  return id.split(/[/:]/).some(isSwedishPersonalNumber);
}
