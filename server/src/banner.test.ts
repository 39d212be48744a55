import { startBanner } from './banner';

describe('the start banner', () => {
  it('gives the address, each demo account and the password in plain lines', () => {
    const text = startBanner('http://localhost:4000', {
      password: 'vinhdanh2026',
      accounts: [
        { username: 'quantri', purpose: 'administrator' },
        { username: 'thuky', purpose: 'council secretary (seat comes with council membership)' },
      ],
    });
    expect(text).toContain('Vinh Danh is running at http://localhost:4000');
    expect(text).toContain('password vinhdanh2026');
    expect(text).toMatch(/^ {4}quantri {2}administrator$/m);
    expect(text).toMatch(/^ {4}thuky {4}council secretary$/m);
    expect(text).not.toMatch(/[{}]/); // not JSON
  });

  it('leaves the demo out when there is none', () => {
    const text = startBanner('http://localhost:4000', null);
    expect(text).toContain('http://localhost:4000');
    expect(text).not.toMatch(/password/);
  });
});
