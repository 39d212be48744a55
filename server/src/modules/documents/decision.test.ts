import { PDFDocument } from '@cantoo/pdf-lib';
import { renderDecision } from './index';
import { pdfText } from './testing/pdf-text';
import { decisionSample, partyDecisionSample } from './testing/samples';

const read = async (doc = decisionSample()) => pdfText(await renderDecision(doc));

/** Asserts the strings come in this order in the text. */
const inOrder = (text: string, parts: string[]) => {
  let at = -1;
  for (const part of parts) {
    const next = text.indexOf(part, at + 1);
    expect({ part, found: next > at }).toEqual({ part, found: true });
    at = next;
  }
};

describe('renderDecision', () => {
  it('lays out every part of a decision in the order of Decree 30/2020', async () => {
    const { byPage } = await read();
    inOrder(byPage[0], [
      'ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 01/QĐ-UBND',
      'Điện Biên, ngày 05 tháng 12 năm 2026',
      'QUYẾT ĐỊNH',
      'Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      // given with its own "Căn cứ" and ";": not doubled
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP',
      'Xét đề nghị của Trưởng phòng Nội vụ huyện tại Tờ trình ngày 28 tháng 11 năm 2026.',
      'QUYẾT ĐỊNH:',
      'Điều 1. Tặng Giấy khen cho 02 tập thể và 02 cá nhân có tên trong danh sách kèm theo',
      'Điều 2. Mỗi tập thể, cá nhân có tên tại Điều 1 được tặng Giấy khen kèm theo mức tiền thưởng ' +
        '1.404.000 đồng (bằng chữ: một triệu bốn trăm linh bốn nghìn đồng).',
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, ' +
        'Trưởng phòng Nội vụ huyện và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm ' +
        'thi hành Quyết định này./.',
      'Nơi nhận: - Như Điều 3; - Ban Thường vụ Huyện ủy (b/c); - Chủ tịch, các PCT UBND huyện; - Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
      'Lò Văn Pâng',
    ]);
    expect(byPage[0]).not.toContain('Căn cứ Căn cứ');
    expect(byPage[0]).not.toContain('DỰ THẢO');
  });

  it('lists collectives then individuals on a page of their own, numbered from page 2', async () => {
    const { pages, byPage } = await read();
    expect(pages).toBe(2);
    expect(byPage[0]).not.toContain('DANH SÁCH');
    inOrder(byPage[1], [
      'DANH SÁCH',
      'TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN',
      '(Kèm theo Quyết định số 01/QĐ-UBND ngày 05 tháng 12 năm 2026)',
      'I. TẬP THỂ',
      // cells of one line run together in the extracted text
      '1Chi hội Phụ nữ bản Nậm Xe, Xã Mường Nhà',
      'bảo vệ rừng đầu nguồn',
      '2Xã Mường NhàĐã có thành tích',
      'II. CÁ NHÂN',
      '1Nguyễn Thị Ánh Tuyết Chủ tịch Hội Liên hiệp Phụ nữ, Xã Mường Nhà',
      'hiến đất làm đường',
      '2Quàng Văn ƯớtBản Nậm Xe',
    ]);
    // the page number: none on the first page, "2" at the top of the second
    expect(byPage[1]).toMatch(/ 2$/);
    expect(byPage[0]).not.toMatch(/ 1$/);
  });

  it('numbers articles on without a prize: the executors become Điều 2', async () => {
    const { byPage } = await read(decisionSample({ prize: null }));
    expect(byPage[0]).toContain('Điều 2. Quyết định này có hiệu lực kể từ ngày ký.');
    expect(byPage[0]).not.toContain('Điều 3');
    expect(byPage[0]).not.toContain('tiền thưởng');
    expect(byPage[0]).toContain('- Như Điều 2;');
  });

  it('prints a draft with its number and date blank and a DỰ THẢO mark on every page', async () => {
    const { byPage } = await read(decisionSample({ numberText: null, date: null }));
    for (const page of byPage) expect(page).toContain('DỰ THẢO');
    expect(byPage[0]).toContain('Số: /QĐ-UBND');
    expect(byPage[0]).toContain('Điện Biên, ngày tháng năm');
    expect(byPage[1]).toContain('(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm )');
  });

  it("heads a party body's decision with the Party, numbered the party's way", async () => {
    const { byPage } = await read(partyDecisionSample());
    inOrder(byPage[0], [
      'ĐẢNG BỘ TỈNH ĐIỆN BIÊN BAN DÂN VẬN TỈNH ỦY *',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 24-QĐ/BDVTU',
      'Điện Biên, ngày 05 tháng 12 năm 2026',
      'T/M BAN DÂN VẬN TRƯỞNG BAN',
      'Đặng Quốc Hưng',
    ]);
    expect(byPage[0]).not.toContain('CỘNG HÒA');
    expect(byPage[1]).toContain('(Kèm theo Quyết định số 24-QĐ/BDVTU ngày 05 tháng 12 năm 2026)');
    const draft = await read(partyDecisionSample({ numberText: null, date: null }));
    expect(draft.byPage[0]).toContain('Số -QĐ/BDVTU');
  });

  it('embeds composed letters even from decomposed input', async () => {
    const nfd = (s: string) => s.normalize('NFD');
    const doc = decisionSample();
    const { raw } = await read({
      ...doc,
      individuals: doc.individuals.map((p) => ({
        ...p,
        name: nfd(p.name),
        unitName: nfd(p.unitName),
      })),
    });
    expect(raw).toContain('Nguyễn Thị Ánh Tuyết');
    expect(raw).toContain('Xã Mường Nhà');
    expect(raw).not.toContain(nfd('Nguyễn'));
  });

  it('is A4 portrait, and carries a long list over pages', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      name: `Nguyễn Thị Ánh Tuyết ${i + 1}`,
      position: 'Chủ tịch Hội Liên hiệp Phụ nữ',
      unitName: 'Xã Mường Nhà',
      achievement:
        'Đã có thành tích xuất sắc trong vận động nhân dân bản Nậm Xe hiến đất làm đường',
    }));
    const pdf = await renderDecision(decisionSample({ individuals: many }));
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain('Nguyễn Thị Ánh Tuyết 40');
    const { width, height } = (await PDFDocument.load(pdf)).getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
  });
});
