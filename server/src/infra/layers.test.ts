import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The engine sits below the features: nothing in `infra/` imports a module, so that the
 * features can change without the engine knowing, and the engine can be read on its own.
 * The composition (resolvers, loaders, entities, context) lives in `modules/` and `app.ts`.
 */
describe('infra/', () => {
  it('imports nothing from modules/', () => {
    const root = __dirname;
    const modules = path.resolve(root, '..', 'modules');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    const upward = files.flatMap((file) => {
      const text = readFileSync(path.join(root, file), 'utf8');
      return [...text.matchAll(/from '([^']+)'/g)]
        .map((m) => m[1])
        .filter((spec) => spec.startsWith('.'))
        .filter((spec) => path.resolve(root, path.dirname(file), spec).startsWith(modules))
        .map((spec) => `${file} → ${spec}`);
    });
    expect(upward).toEqual([]);
  });
});
