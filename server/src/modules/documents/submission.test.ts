import { renderSubmission } from './index';
import { pdfText } from './testing/pdf-text';
import { submissionSample } from './testing/samples';

describe('renderSubmission', () => {
  it('writes the tờ trình: heading, title, addressee, body, the list and the signature', async () => {
    const { text } = await pdfText(await renderSubmission(submissionSample()));
    let at = -1;
    for (const part of [
      'ỦY BAN NHÂN DÂN XÃ MƯỜNG NHÀ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: /TTr',
      'Mường Nhà, ngày 20 tháng 11 năm 2026',
      'TỜ TRÌNH',
      'Về việc đề nghị tặng Giấy khen',
      'Kính gửi: Chủ tịch Ủy ban nhân dân huyện Điện Biên.',
      'Thực hiện Phong trào thi đua “Dân vận khéo”, Ủy ban nhân dân xã Mường Nhà',
      'tặng Giấy khen cho 01 tập thể và 01 cá nhân',
      'DANH SÁCH ĐỀ NGHỊ TẶNG GIẤY KHEN',
      'STTTên tập thể, cá nhânĐơn vịThành tích',
      'I. TẬP THỂ',
      // collectives first, numbered on through the individuals
      '1Chi hội Phụ nữ bản Nậm Xe',
      'Bảo vệ 120 ha rừng đầu nguồn',
      'II. CÁ NHÂN',
      '2Nguyễn Thị Ánh Tuyết',
      'Mô hình: Vận động hiến đất làm đường bản Nậm Xe',
      'Xã Mường Nhà',
      'Vận động 42 hộ hiến 3.200 m² đất',
      'Kính trình Chủ tịch Ủy ban nhân dân huyện Điện Biên xem xét, quyết định./.',
      'Nơi nhận: - Như trên; - Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
      'Lường Văn Hặc',
    ]) {
      const next = text.indexOf(part, at + 1);
      expect({ part, found: next > at }).toEqual({ part, found: true });
      at = next;
    }
  });

  it('prints the number once the clerk has given one', async () => {
    const { text } = await pdfText(
      await renderSubmission(submissionSample({ numberText: '15/TTr-UBND' })),
    );
    expect(text).toContain('Số: 15/TTr-UBND');
  });
});
