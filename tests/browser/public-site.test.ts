import type { Browser, Page } from 'playwright-core';
import { foldText, RoundState } from '@vinh-danh/shared';
import { parseQrPayload, qrPayloadUrl } from '@vinh-danh/shared/certificates';
import { buildSigner, signIn as apiSignIn } from '../factories';
import { buildIssuer } from '../factories/commendation';
import { buildEndorsed } from '../factories/council';
import { buildReviewDesk } from '../factories/review-desk';
import { buildRound } from '../factories/round';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { eventually, launchBrowser, PHONE, withPage, type PageOptions } from '../support/browser';

/**
 * Issue 11, the public site as an anonymous visitor on a phone (375 px): the disclosure page
 * takes an objection and says the contact stays private (and translates the rate limit), the
 * honour roll finds an entry typed without diacritics, and the verification page says a
 * certificate is valid, and checks the QR payload's signature in the browser.
 *
 * The data comes the way staff make it, over the API: a district council closes a round with
 * three exemplary models, its secretary proposes them in two proposals, the manager drafts both
 * decisions; the second one's disclosure is moved into the past (as if its days had gone by)
 * and the district's signer signs it, which issues the certificates.
 */

jest.setTimeout(180_000);

const SMALL_PHONE: PageOptions = { ...PHONE, viewport: { width: 375, height: 740 } };

const PROPOSE = `mutation($input: ProposeCommendationInput!) { proposeCommendation(input: $input) { id } }`;
const DRAFT = `mutation($input: DraftDecisionInput!) { draftDecision(input: $input) { id version } }`;
const SIGN = `mutation($input: DecisionVersionInput!) { signDecision(input: $input) { id version state entries { id certificate { code } } } }`;
const ANNUL = `mutation($input: AnnulDecisionInput!) { annulDecision(input: $input) { version } }`;
const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { code recipientName unitName decisionNumber qrUrl } }`;

const TITLES = {
  disclosed: 'Tổ hòa giải bản Huổi Sứa giữ bình yên xóm bản',
  noongLuong: 'Vận động hiến đất làm đường bản Noong Luống',
  pomLot: 'Mô hình “Dân vận khéo” nuôi cá lồng ở Pom Lót',
};
const ACHIEVEMENT = 'Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2026';

interface Certificate {
  code: string;
  recipientName: string;
  unitName: string;
  decisionNumber: string;
  qrUrl: string;
}

interface Signed {
  id: string;
  version: number;
  state: string;
  entries: { id: string; certificate: { code: string } | null }[];
}

describe('the public site, without signing in, at phone width', () => {
  let app: TestApp;
  let browser: Browser;
  let disclosedEntryId: string;
  let certificate: Certificate;
  let signer: GraphQLClient;
  let signed: Signed;

  beforeAll(async () => {
    browser = await launchBrowser();
    // One objection an hour per address: the second one shows the rate limit.
    app = await startTestApp({ OBJECTIONS_PER_HOUR: 1 });
    const { db } = app;
    const { tree, creator, campaignId, council } = await buildReviewDesk(app);
    const endorsed = async (title: string, unit = tree.communeA) =>
      (await buildEndorsed(db, { unit, campaignId, createdBy: creator.id, title })).candidacyId;
    const ids = {
      disclosed: await endorsed(TITLES.disclosed),
      noongLuong: await endorsed(TITLES.noongLuong),
      pomLot: await endorsed(TITLES.pomLot, tree.communeB),
    };
    // What buildEndorsed leaves out: the folded name the search reads.
    for (const [key, title] of Object.entries(TITLES)) {
      await db.query(
        `UPDATE model SET search_name = $2 FROM candidacy c WHERE c.model_id = model.id AND c.id = $1`,
        [ids[key as keyof typeof ids], foldText(title)],
      );
    }
    const { roundId } = await buildRound(council, {
      state: RoundState.CLOSED,
      candidacyIds: Object.values(ids),
      verdict: 'exemplary',
    });

    // The district People's Committee gives Giấy khen: data, as issuers are.
    const issuerId = await buildIssuer(db, tree.district);
    const secretary = council.seats.SECRETARY.api;
    const manager = await apiSignIn(app.api, creator);
    signer = await apiSignIn(app.api, await buildSigner(db, tree.district));

    const propose = async (candidacyIds: string[]) =>
      (
        await secretary.ok<{ proposeCommendation: { id: string } }>(PROPOSE, {
          input: {
            roundId,
            issuerId,
            awardType: 'GIAY_KHEN',
            entries: candidacyIds.map((candidacyId) => ({ candidacyId, achievement: ACHIEVEMENT })),
          },
        })
      ).proposeCommendation.id;
    const draft = async (proposalId: string) =>
      (
        await manager.ok<{ draftDecision: { id: string; version: number } }>(DRAFT, {
          input: { proposalId },
        })
      ).draftDecision;

    const disclosing = await draft(await propose([ids.disclosed]));
    const toSign = await draft(await propose([ids.noongLuong, ids.pomLot]));
    [{ id: disclosedEntryId }] = await db.query(
      `SELECT id FROM decision_entry WHERE decision_id = $1`,
      [disclosing.id],
    );
    // As if its working days had gone by.
    await db.query(
      `UPDATE decision SET disclosure_starts_on = current_date - 20,
                           disclosure_ends_on = current_date - 10 WHERE id = $1`,
      [toSign.id],
    );
    ({ signDecision: signed } = await signer.ok<{ signDecision: Signed }>(SIGN, {
      input: { decisionId: toSign.id, version: toSign.version },
    }));
    expect(signed.state).toBe('SIGNED');
    const codes = signed.entries.flatMap((e) => (e.certificate ? [e.certificate.code] : []));
    const found = await Promise.all(
      codes.map(
        async (code) =>
          (await app.api.ok<{ verifyCertificate: Certificate }>(VERIFY, { code }))
            .verifyCertificate,
      ),
    );
    certificate = found.find((c) => c.unitName === 'Xã Pom Lót')!;
    expect(certificate).toBeDefined();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const open = <T>(fn: (page: Page) => Promise<T>, label?: string) =>
    withPage(browser, app.url, { ...SMALL_PHONE, label }, fn);

  /** Nothing sideways on a phone: the page is no wider than the screen. */
  const fitsTheScreen = async (page: Page) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  };

  it('takes an objection on the disclosure page, keeps the contact private, and says when to stop', async () => {
    const contact = '0912 345 678';
    await open(async (page) => {
      await page.goto('/cong-khai');
      const entry = page.getByTestId('disclosure-entry').filter({ hasText: TITLES.disclosed });
      await entry.waitFor();
      expect(new URL(page.url()).pathname).toBe('/cong-khai'); // no sign-in asked
      await fitsTheScreen(page);
      await entry.getByTestId('object').click();
      const form = entry.getByTestId('objection-form');

      // Required fields are checked before anything is sent.
      await form.getByTestId('objection-submit').click();
      await form.getByTestId('objection-name-error').waitFor();
      await form.getByTestId('objection-contact-error').waitFor();
      await form.getByTestId('objection-body-error').waitFor();

      await form.getByTestId('objection-name').fill('Nguyễn Văn Dân');
      await form.getByTestId('objection-contact').fill(contact);
      await form.getByTestId('objection-body').fill('Tổ hòa giải này chưa hoạt động ở bản tôi.');
      await form.getByTestId('objection-submit').click();
      const success = entry.getByTestId('success');
      await success.waitFor();
      expect(await success.textContent()).toContain('không bao giờ được công khai');
      expect(await page.content()).not.toContain(contact);
      await fitsTheScreen(page);

      // A second one from the same address within the hour: refused, and said so in words.
      await page.reload();
      await entry.getByTestId('object').click();
      await form.getByTestId('objection-name').fill('Nguyễn Văn Dân');
      await form.getByTestId('objection-contact').fill(contact);
      await form.getByTestId('objection-body').fill('Xin bổ sung ý kiến.');
      await form.getByTestId('objection-submit').click();
      const refused = form.getByTestId('objection-error');
      await refused.waitFor();
      expect(await refused.getAttribute('data-code')).toBe('TOO_MANY_REQUESTS');
      expect(await refused.textContent()).toMatch(/hãy thử lại sau \d+ phút/);
    }, 'disclosure');

    const rows = await app.db.query<{ contact: string; state: string }[]>(
      `SELECT contact, state FROM objection WHERE decision_entry_id = $1`,
      [disclosedEntryId],
    );
    expect(rows).toEqual([{ contact, state: 'OPEN' }]);
  });

  it('finds an entry of the honour roll typed without diacritics, and opens its page', async () => {
    await open(async (page) => {
      await page.goto('/vinh-danh');
      await page.getByTestId('honour-item').filter({ hasText: TITLES.noongLuong }).waitFor();
      await page.getByTestId('honour-search').fill('pom lot');
      await eventually(async () => {
        const texts = await page.getByTestId('honour-item').allTextContents();
        expect(texts).toHaveLength(1);
        expect(texts[0]).toContain('Xã Pom Lót');
      });
      await fitsTheScreen(page);
      await page.getByTestId('honour-item').getByRole('link').click();
      await page.getByTestId('honour-entry').waitFor();
      expect(new URL(page.url()).pathname).toBe(`/vinh-danh/${certificate.code}`);
      expect(await page.getByTestId('honour-entry-decision').textContent()).toContain(
        certificate.decisionNumber,
      );
      expect(await page.getByTestId('certificate-status').getAttribute('data-status')).toBe(
        'VALID',
      );
      await fitsTheScreen(page);

      // Back from the entry: the same search, from the address.
      await page.goBack();
      expect(await page.getByTestId('honour-search').inputValue()).toBe('pom lot');
      expect(new URL(page.url()).search).toBe('?q=pom+lot');
      await eventually(async () =>
        expect(await page.getByTestId('honour-item').allTextContents()).toHaveLength(1),
      );
      await page.goForward();
      await page.getByTestId('honour-entry-verify').click();
      await page.getByTestId('certificate').waitFor();
      expect(new URL(page.url()).pathname).toBe(`/xac-minh/${certificate.code}`);
    }, 'honour roll');
  });

  it('says a certificate is valid, by its code and with the QR payload checked in the browser', async () => {
    // What the QR code holds, as the API gives it: the address with the payload after `#`.
    const qr = new URL(certificate.qrUrl, app.url);
    const payload = parseQrPayload(qr.hash)!;
    expect(payload.facts.code).toBe(certificate.code);
    await open(async (page) => {
      await page.goto(`/xac-minh/${certificate.code}`);
      const status = page.getByTestId('certificate-status');
      await status.waitFor();
      expect(await status.getAttribute('data-status')).toBe('VALID');
      expect(await status.textContent()).toBe('Còn hiệu lực');
      // A typed code has no payload: nothing to check, nothing said about a signature.
      expect(await page.getByTestId('signature').count()).toBe(0);
      await fitsTheScreen(page);

      await page.goto(`${qr.pathname}${qr.hash}`);
      const signature = page.getByTestId('signature');
      await eventually(async () =>
        expect(await signature.getAttribute('data-state')).toBe('valid'),
      );
      expect(await signature.textContent()).toContain('Chữ ký số hợp lệ');
      await fitsTheScreen(page);

      // One changed fact under the same signature: the browser says it fails.
      const tampered = new URL(
        qrPayloadUrl(
          app.url,
          certificate.code,
          { ...payload.facts, bookNumber: payload.facts.bookNumber + 1 },
          payload.keyId,
          payload.signature,
        ),
      );
      await page.goto(`${tampered.pathname}${tampered.hash}`);
      await page.reload(); // a new fragment alone is no new page load
      await eventually(async () =>
        expect(await signature.getAttribute('data-state')).toBe('invalid'),
      );
      expect(await signature.textContent()).toContain('Chữ ký số không hợp lệ');
    }, 'verification');
  });

  it('tells an unknown code apart', async () => {
    await open(async (page) => {
      await page.goto('/xac-minh');
      await page.getByTestId('verify-code').fill('00000-00000');
      await page.getByTestId('verify-submit').click();
      await page.getByTestId('verify-unknown').waitFor();
    }, 'unknown code');
  });

  it('shows an annulled certificate as annulled, with its date, and drops it from the roll', async () => {
    const entry = signed.entries.find((e) => e.certificate?.code === certificate.code)!;
    await signer.ok(ANNUL, {
      input: {
        decisionId: signed.id,
        version: signed.version,
        entryId: entry.id,
        reason: 'Phát hiện kê khai thành tích không đúng sự thật',
      },
    });
    await open(async (page) => {
      await page.goto(`/xac-minh/${certificate.code}`);
      const status = page.getByTestId('certificate-status');
      await status.waitFor();
      expect(await status.getAttribute('data-status')).toBe('ANNULLED');
      expect(await status.textContent()).toMatch(/^Đã bị hủy ngày \d{2}\/\d{2}\/\d{4}$/);
      expect(await page.getByTestId('annul-reason').textContent()).toContain(
        'kê khai thành tích không đúng sự thật',
      );

      await page.goto('/vinh-danh');
      await page.getByTestId('honour-item').filter({ hasText: TITLES.noongLuong }).waitFor();
      await page.getByTestId('honour-search').fill('pom lot');
      await page.getByTestId('honour-empty').waitFor();
    }, 'annulled');
  });
});
