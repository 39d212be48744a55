import { isWholePdf } from './pdf';

const ONE_PAGE =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
  '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n' +
  'trailer<</Root 1 0 R>>\n%%EOF\n';
const pdf = (text: string) => isWholePdf(Buffer.from(text, 'latin1'));

describe('isWholePdf', () => {
  it('accepts a document with a page, padding after its end included', async () => {
    await expect(pdf(ONE_PAGE)).resolves.toBe(true);
    await expect(pdf(ONE_PAGE + '\0\0\r\n')).resolves.toBe(true);
  });

  it('refuses what only starts like a PDF', async () => {
    await expect(pdf('%PDF-1.4\n<html><script>alert(1)</script></html>')).resolves.toBe(false);
    await expect(pdf('%PDF-1.4\n<html><body>%%EOF')).resolves.toBe(false);
    await expect(pdf('%PDF-x<html>')).resolves.toBe(false);
  });

  it('refuses a PDF that carries a second document after its end', async () => {
    await expect(pdf(ONE_PAGE + '<html><script>alert(1)</script></html>')).resolves.toBe(false);
  });

  it('refuses a document without pages', async () => {
    const empty = ONE_PAGE.replace('Kids[3 0 R]/Count 1', 'Kids[]/Count 0');
    await expect(pdf(empty)).resolves.toBe(false);
  });
});
