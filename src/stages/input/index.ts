import { CODES, diagnostic } from '../../model/diagnostics.js';
import type { Stage } from '../../pipeline/stage.js';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first unpaired surrogate, or null; the look-around runs only on a text with a surrogate at all (most have none). */
function loneSurrogate(text: string): RegExpExecArray | null {
  return /[\ud800-\udfff]/.test(text) ? LONE_SURROGATE.exec(text) : null;
}

/**
 * Checks on the raw input. None of them changes the text: they report what a
 * user should know about it (argmap never normalises the input in place).
 */
export const inputStage: Stage = {
  name: 'input',
  requires: [],
  provides: ['input'],
  run(doc) {
    const text = doc.text;
    // any character but white space (\s holds U+FEFF) and the zero-width space: no copy of the text
    if (!/[^\s\u200b]/u.test(text)) {
      doc.report(diagnostic(CODES.EMPTY_TEXT, 'warning', text.length ? 'The text holds only whitespace: the map is empty.' : 'The text is empty: the map is empty.'));
      return;
    }
    const fffd = text.indexOf('\ufffd');
    if (fffd >= 0) {
      doc.report(diagnostic(CODES.REPLACEMENT_CHARACTER, 'warning', 'The text contains U+FFFD replacement characters: it was probably decoded with the wrong encoding.', { start: fffd, end: fffd + 1 }));
    }
    const lone = loneSurrogate(text);
    if (lone) {
      doc.report(diagnostic(CODES.LONE_SURROGATE, 'warning', 'The text contains an unpaired UTF-16 surrogate: it is not well-formed Unicode.', { start: lone.index, end: lone.index + 1 }));
    }
    const ctrl = /[\u0000-\u0008\u000e-\u001f\u007f]/.exec(text);
    if (ctrl) {
      doc.report(diagnostic(CODES.CONTROL_CHARACTER, 'info', `The text contains control character U+${ctrl[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}.`, { start: ctrl.index, end: ctrl.index + 1 }));
    }
  },
};
