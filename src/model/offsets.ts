import { upperBound } from './span.js';
/**
 * Conversion between UTF-16 code units (argmap's offsets, JavaScript string
 * indices) and Unicode code points (what brat, W3C Web Annotation, Label
 * Studio and doccano count). The one place where that conversion happens.
 */
export interface OffsetConverter {
  /** UTF-16 index -> code point index. */
  toCodePoint(utf16: number): number;
  /** Code point index -> UTF-16 index. */
  toUtf16(codePoint: number): number;
}

/** Builds a converter for `text`. Linear in the text on construction, O(log n) per lookup. */
export function offsetConverter(text: string): OffsetConverter {
  // Positions (in UTF-16 units) of the low half of each surrogate pair: every
  // one of them makes the code point count fall one behind the unit count.
  const lows: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        lows.push(i + 1);
        i++;
      }
    }
  }
  // code point index at which each surrogate pair starts (strictly increasing)
  const pairCp = lows.map((low, k) => low - 1 - k);
  return {
    // every pair whose low half lies at or before u counts one unit too many
    // (an index on a low half maps to the code point of its pair)
    toCodePoint: (u: number): number => u - upperBound(lows, u),
    // every pair that starts before code point cp adds one unit
    toUtf16: (cp: number): number => cp + upperBound(pairCp, cp - 1),
  };
}

/** Converts a whole string's code point offsets to UTF-16 offsets in one go. */
export const codePointsToUtf16 = (text: string, cp: number): number => offsetConverter(text).toUtf16(cp);
