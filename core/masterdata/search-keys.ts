// Search keys: what a record can be found by in a list's `q`, as exact tokens the store indexes element by element
// (COLLECTIONS `arrays`: a multikey index on CloudBase, an element table on SQLite). A query is one token looked up
// by equality, so a search reads the index, never the table: `q` matches when it is a piece of a name (up to
// MAX_PIECE characters), the start or the tail of a phone number, a piece of a serial, or any whole value.

/** The longest name or serial piece indexed; a longer query finds whole values only. */
export const MAX_PIECE = 12;
/** The shortest phone tail indexed (尾号 four digits). */
const PHONE_TAIL = 4;
/** The shortest phone start indexed (138…). */
const PHONE_START = 3;

/** What a query and a value are compared as: full-width folded, lower case, without spaces and punctuation. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.,，。、·/\\()（）【】[\]'"“”‘’:：;；#]+/gu, '');
}

/** Every piece of `text` from `min` to `max` characters long, and the whole of it. */
function pieces(text: string, min: number, max: number): string[] {
  const chars = [...text];
  const out = new Set<string>();
  if (chars.length) out.add(text);
  for (let len = min; len <= Math.min(max, chars.length); len++) {
    for (let i = 0; i + len <= chars.length; i++) out.add(chars.slice(i, i + len).join(''));
  }
  return [...out];
}

/** A name (company, person, device): any piece of it. */
export function nameKeys(name: string): string[] {
  return pieces(normalizeForSearch(name), 1, MAX_PIECE);
}

/** A serial or a model: any piece of two characters or more. */
export function codeKeys(code: string): string[] {
  return pieces(normalizeForSearch(code), 2, MAX_PIECE);
}

/** A phone number: the whole number, its start (3+ digits) and its tail (4+ digits), digits only. */
export function phoneKeys(phone: string): string[] {
  const digits = phone.replace(/\D/g, '');
  if (!digits) return [];
  const out = new Set<string>([digits]);
  for (let len = PHONE_START; len < digits.length; len++) out.add(digits.slice(0, len));
  for (let len = PHONE_TAIL; len < digits.length; len++) out.add(digits.slice(-len));
  return [...out];
}

const union = (...lists: string[][]): string[] => [...new Set(lists.flat())].sort();

/**
 * A customer is found by its name, its contacts' names and phones, and the whole serial of each of its devices (a
 * serial's pieces are the devices list's to search: a customer with hundreds of devices keeps a small document).
 */
export function customerSearchKeys(input: {
  name: string;
  contacts: readonly { name: string; phone: string }[];
  serials: readonly string[];
}): string[] {
  return union(
    nameKeys(input.name),
    ...input.contacts.flatMap((c) => [nameKeys(c.name), phoneKeys(c.phone)]),
    input.serials.map(normalizeForSearch),
  );
}

/** A device is found by any piece of its serial, its name and its model. */
export function deviceSearchKeys(input: { serial: string; name: string; model: string }): string[] {
  return union(codeKeys(input.serial), nameKeys(input.name), codeKeys(input.model));
}

/** A staff member is found by their name and their phone. */
export function staffSearchKeys(input: { name: string; phone?: string | undefined }): string[] {
  return union(nameKeys(input.name), input.phone ? phoneKeys(input.phone) : []);
}

/** The token a query looks up, or null when nothing searchable is left (only spaces or punctuation). */
export function searchTokenOf(q: string): string | null {
  const token = normalizeForSearch(q);
  if (!token) return null;
  // a phone number typed with spaces or dashes reads as its digits
  return /^[\d]+$/.test(token.replace(/\+/g, '')) ? token.replace(/\D/g, '') : token;
}
