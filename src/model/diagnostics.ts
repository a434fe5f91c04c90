import type { Diagnostic, Severity, Span } from './types.js';

/**
 * Stable diagnostic codes. A code never changes meaning; new problems get new
 * codes. Problems with the input become diagnostics; only misuse of the API throws.
 */
export const CODES = {
  /** The text is empty or holds only whitespace: the map is empty. */
  EMPTY_TEXT: 'AM101',
  /** U+FFFD replacement characters: the text was decoded with the wrong encoding somewhere upstream. */
  REPLACEMENT_CHARACTER: 'AM102',
  /** Unpaired UTF-16 surrogates: the string is not well-formed Unicode. Offsets stay valid. */
  LONE_SURROGATE: 'AM103',
  /** Control characters other than tab, line feed and carriage return (NUL, form feed, ...). */
  CONTROL_CHARACTER: 'AM104',
  /** The text looks like HTML markup but was analysed as plain text (format "text" was asked). */
  LOOKS_LIKE_HTML: 'AM105',
  /** A very long sentence: the text probably lacks sentence punctuation over a long stretch. */
  LONG_SENTENCE: 'AM106',
  /** The format was detected (HTML, Markdown quotation lines): the text was read through its markup. */
  FORMAT_DETECTED: 'AM107',
  /** Most paragraphs are wrapped in straight quotation marks (a CSV export): those outer marks are not read as quotations. */
  WRAPPED_PARAGRAPHS: 'AM108',
} as const;

export type DiagnosticCode = (typeof CODES)[keyof typeof CODES];

export function diagnostic(code: DiagnosticCode, severity: Severity, message: string, span?: Span): Diagnostic {
  return span ? { code, severity, message, span: { start: span.start, end: span.end } } : { code, severity, message };
}
