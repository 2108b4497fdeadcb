import { StreamLanguage, StringStream } from '@codemirror/language';
import { KEYWORDS } from './keywords';

const KEYWORD = new Set(KEYWORDS);

interface State {
  /** Depth of '< … >' property blocks. */
  block: number;
  /** The next word in a block names a property. */
  propertyNext: boolean;
  /** The last token was a number: a word right after it is its unit. */
  afterNumber: boolean;
  /** The last token was a comma: the next line goes on with the same value. */
  afterComma: boolean;
}

const NUMBER = /^(?:\d[\d_]*(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?[KMBT]?(?![A-Za-z_])/;
const PIXELS = /^\d+x\d+/;
const WORD = /^[A-Za-z_µ][\w.µ-]*(?:\/[A-Za-z_µ][\w-]*)*/;

/**
 * A tokenizer for G-TRACE cells and .gtrace files: the tokens of GTrace.g4 (comments, strings,
 * numbers with their scale and unit, keywords, property names inside '< >') plus the kernel's
 * magics. It only colours; the kernel's checker is what says whether a cell is right.
 */
function token(stream: StringStream, state: State): string | null {
  // a newline inside '< >' separates properties, as ';' does, unless the line ended on a comma
  if (stream.sol()) state.propertyNext = state.block > 0 && !state.afterComma;
  if (stream.eatSpace()) return null;
  const afterNumber = state.afterNumber;
  state.afterNumber = false;
  state.afterComma = stream.peek() === ',';
  if (stream.peek() === '#') {
    stream.skipToEnd();
    return 'comment';
  }
  if (stream.sol() && stream.match(/^%%?[A-Za-z]\w*/)) return 'meta';
  if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return 'string';
  if (stream.match(PIXELS) || stream.match(NUMBER)) {
    state.afterNumber = true;
    if (stream.eat('%')) state.afterNumber = false;
    return 'number';
  }
  const word = stream.match(WORD) as RegExpMatchArray | null;
  if (word) {
    const w = word[0];
    if (state.propertyNext) {
      state.propertyNext = false;
      return 'propertyName';
    }
    // units read as atoms: JupyterLab's themes colour them apart from keywords and names
    if (afterNumber) return 'atom';
    return KEYWORD.has(w) ? 'keyword' : 'variableName';
  }
  const c = stream.next();
  if (c === '<') {
    state.block++;
    state.propertyNext = true;
    return 'bracket';
  }
  if (c === '>') {
    state.block = Math.max(0, state.block - 1);
    return 'bracket';
  }
  if (c === ';' && state.block > 0) {
    state.propertyNext = true;
    return 'punctuation';
  }
  if (c === '(' || c === ')') return 'bracket';
  if (c === ',' || c === ';') return 'punctuation';
  return 'operator';
}

export const gtrace = StreamLanguage.define<State>({
  name: 'gtrace',
  startState: () => ({ block: 0, propertyNext: false, afterNumber: false, afterComma: false }),
  token,
  languageData: { commentTokens: { line: '#' } }
});
