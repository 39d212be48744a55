import { PDFDocument } from '@cantoo/pdf-lib';
import { toBuffer } from 'qrcode';
import { qrModules } from './certificate';
import { awardTitle } from './engine';
import { renderCertificate } from './index';
import { pdfText } from './testing/pdf-text';
import { readQr } from './testing/qr';
import { certificateSample } from './testing/samples';

describe('renderCertificate', () => {
  it('is A4 landscape, one page', async () => {
    const pdf = await PDFDocument.load(await renderCertificate(certificateSample()));
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
  });

  it('prints every part of the form, in its order, with the diacritics intact', async () => {
    const { text } = await pdfText(await renderCertificate(certificateSample()));
    let at = -1;
    for (const part of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN',
      'TẶNG',
      'GIẤY KHEN',
      'Nguyễn Thị Ánh Tuyết',
      'Chủ tịch Hội Liên hiệp Phụ nữ, Xã Mường Nhà',
      'vận động nhân dân bản Nậm Xe hiến đất làm đường năm 2026',
      'Quyết định số 01/QĐ-UBND ngày 05/12/2026',
      'Số sổ vàng: 3',
      'Mã xác minh: VD7K-3MXQ-92TA',
      'Điện Biên, ngày 05 tháng 12 năm 2026',
      'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
      'Lò Văn Pâng',
    ]) {
      const next = text.indexOf(part, at + 1);
      expect({ part, found: next > at }).toEqual({ part, found: true });
      at = next;
    }
    expect(text).not.toContain('ĐÃ HỦY');
  });

  it('capitalises the award it is given, as the shared award names say it', async () => {
    const { text } = await pdfText(
      await renderCertificate(certificateSample({ awardName: 'Bằng khen' })),
    );
    expect(text).toContain(awardTitle('BANG_KHEN'));
  });

  it('stamps an annulled certificate ĐÃ HỦY', async () => {
    const { text } = await pdfText(await renderCertificate(certificateSample({ annulled: true })));
    expect(text).toContain('ĐÃ HỦY');
    expect(text).toContain('Nguyễn Thị Ánh Tuyết');
  });

  it('heads a party body’s certificate with the Party, not the State', async () => {
    const { text } = await pdfText(
      await renderCertificate(
        certificateSample({
          party: true,
          heading: ['ĐẢNG BỘ TỈNH ĐIỆN BIÊN', 'BAN DÂN VẬN TỈNH ỦY'],
          signerCapacityLine: 'BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN',
          decision: { numberText: '24-QĐ/BDVTU', date: new Date('2026-12-05T03:00:00Z') },
        }),
      ),
    );
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).not.toContain('CỘNG HÒA');
    expect(text).toContain('Quyết định số 24-QĐ/BDVTU ngày 05/12/2026');
  });

  it('draws a QR that reads back as its payload', () => {
    const payload = certificateSample().qrPayload;
    const rows = qrModules(payload);
    // rasterise the modules, four pixels each, with a quiet zone, as the page draws them
    const scale = 4;
    const side = (rows.length + 8) * scale;
    const grey = new Uint8Array(side * side).fill(255);
    rows.forEach((row, r) =>
      row.forEach((dark, c) => {
        if (!dark) return;
        for (let y = 0; y < scale; y++)
          for (let x = 0; x < scale; x++)
            grey[((r + 4) * scale + y) * side + (c + 4) * scale + x] = 0;
      }),
    );
    expect(readQr(grey, side, side)).toBe(payload);
  });

  it('prints the issuer’s emblem when it has one, and no image when not', async () => {
    const emblem = await toBuffer('emblem', { type: 'png' });
    const images = (pdf: Buffer) => pdf.toString('latin1').split('/Subtype /Image').length - 1;
    expect(images(await renderCertificate(certificateSample({ emblem })))).toBeGreaterThan(0);
    expect(images(await renderCertificate(certificateSample()))).toBe(0);
  });

  it('shrinks a long achievement to keep it clear of the foot, on one page', async () => {
    const achievement = Array.from({ length: 12 }, () => 'Đã vận động nhân dân bản Nậm Xe').join(
      ', ',
    );
    const pdf = await renderCertificate(certificateSample({ achievement }));
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBe(1);
    expect(text).toContain(`${achievement.slice(-40)} Quyết định số 01/QĐ-UBND`);
  });
});
