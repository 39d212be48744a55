import { PDFDocument } from '@cantoo/pdf-lib';
import { mergePdfs, renderAchievementReport, renderCertificate, renderDecision } from './index';
import { pdfText } from './testing/pdf-text';
import { certificateSample, decisionSample, reportSample } from './testing/samples';

describe('mergePdfs', () => {
  it('binds the parts in order: pages add up, each keeps its size and its text', async () => {
    const parts = [
      await renderDecision(decisionSample()),
      await renderCertificate(certificateSample()),
      await renderAchievementReport(reportSample()),
    ];
    const counts = await Promise.all(
      parts.map(async (p) => (await PDFDocument.load(p)).getPageCount()),
    );
    const merged = await mergePdfs(parts);
    const pdf = await PDFDocument.load(merged);
    expect(pdf.getPageCount()).toBe(counts.reduce((a, b) => a + b, 0));
    const sizes = pdf.getPages().map((p) => Math.round(p.getSize().width));
    expect(sizes[counts[0]]).toBe(842); // the certificate, landscape
    expect(sizes[0]).toBe(595);
    const { byPage } = await pdfText(merged);
    expect(byPage[0]).toContain('QUYẾT ĐỊNH');
    expect(byPage[counts[0]]).toContain('GIẤY KHEN');
    expect(byPage[counts[0] + 1]).toContain('BÁO CÁO THÀNH TÍCH');
  });

  it('leaves a single part its pages', async () => {
    const one = await renderCertificate(certificateSample());
    expect((await PDFDocument.load(await mergePdfs([one]))).getPageCount()).toBe(1);
  });
});
