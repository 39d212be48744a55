interface TestGlobals {
  __vdDatabase?: { stop(): Promise<void> };
}

export default async function globalTeardown(): Promise<void> {
  const globals = globalThis as TestGlobals;
  const pg = globals.__vdDatabase;
  globals.__vdDatabase = undefined;
  await pg?.stop();
}
