import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The stylesheet's two rules: colours are tokens, and every file reads in one sitting. */
const DIR = __dirname;
const sheets = readdirSync(DIR).filter((name) => name.endsWith('.css'));
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');
const COLOUR =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|(?<![-\w])(?:white|black|red|green|blue|gray|grey|silver|gold)\b(?![-\w])/i;

describe('the stylesheet', () => {
  it('imports every file from index.css, once', () => {
    const imported = [...read('index.css').matchAll(/@import '\.\/([\w-]+\.css)';/g)].map(
      (m) => m[1],
    );
    expect([...imported].sort()).toEqual(sheets.filter((name) => name !== 'index.css').sort());
  });

  it.each(sheets.filter((name) => name !== 'tokens.css'))(
    '%s names its colours by token',
    (name) => {
      // Property values only: `white-space` is no colour.
      const values = read(name)
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split('\n')
        .flatMap((line) => /:\s*(.+);/.exec(line)?.slice(1) ?? []);
      expect(values.filter((value) => COLOUR.test(value))).toEqual([]);
    },
  );

  it.each(sheets)('%s stays under 400 lines', (name) => {
    expect(read(name).split('\n').length).toBeLessThan(400);
  });
});
