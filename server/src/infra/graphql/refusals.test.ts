import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isRefusal, REFUSALS, vi } from '@vinh-danh/shared';
import { en } from '@vinh-danh/shared/i18n/en';

const SRC = path.resolve(__dirname, '../..');

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [file] : [];
  });

const code = sources(SRC).map((file) => ({
  file: path.relative(SRC, file),
  text: readFileSync(file, 'utf8'),
}));

describe('what the server refuses with', () => {
  it('names only refusals of the shared list, each worded in both languages', () => {
    const named = code.flatMap(({ file, text }) =>
      [...text.matchAll(/\b(?:refuse|refuseWith|forbidden|new AppError)\(\s*'([A-Z_]+)'/g)].map(
        (m) => ({ file, key: m[1] }),
      ),
    );
    // the walk finds the refusals: the upload's, the sign-in's, the promotion quota's
    expect(named.map((n) => n.key)).toEqual(
      expect.arrayContaining(['EVIDENCE_TYPE', 'BAD_CREDENTIALS', 'PROMOTION_QUOTA']),
    );
    const unknown = named.filter((n) => !isRefusal(n.key));
    expect(unknown).toEqual([]);
    for (const { key } of named) {
      expect(typeof vi.errors[key as keyof typeof REFUSALS]).toBe('string');
      expect(typeof en.errors[key as keyof typeof REFUSALS]).toBe('string');
    }
  });

  it('makes no refusal outside the one place that attaches its key', () => {
    // A GraphQLError with a code of its own would reach the web without a refusal to word.
    const raw = code.filter(
      ({ file, text }) =>
        file !== path.join('infra', 'graphql', 'errors.ts') &&
        /new GraphQLError\([^)]*extensions:\s*\{\s*code/s.test(text),
    );
    expect(raw.map((r) => r.file)).toEqual([]);
  });
});
