import type { DemoAccount } from './modules/demo/demo-data';

/**
 * What a person reads at start: where to go and how to sign in, in plain text. The JSON log
 * lines say the same for machines.
 */
export const startBanner = (
  url: string,
  demo: { password: string; accounts: Pick<DemoAccount, 'username' | 'purpose'>[] } | null,
): string => {
  const lines = [
    '',
    `  Vinh Danh is running at ${url}`,
    `  GraphQL ${url}/graphql · GraphiQL ${url}/graphiql · Ctrl-C stops it`,
  ];
  if (demo) {
    const width = Math.max(...demo.accounts.map((a) => a.username.length));
    lines.push('', `  Demo accounts, all with the password ${demo.password}:`);
    for (const { username, purpose } of demo.accounts) {
      // The README's parenthetical notes are for readers of the README.
      lines.push(`    ${username.padEnd(width)}  ${purpose.replace(/\s*\(.*\)$/, '')}`);
    }
  }
  return `${lines.join('\n')}\n\n`;
};
