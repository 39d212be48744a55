import { FORM_PARTS, vi } from '@vinh-danh/shared';
import { renderAchievementReport } from './index';
import { pdfText } from './testing/pdf-text';
import { reportSample } from './testing/samples';

describe('renderAchievementReport', () => {
  it('reports by theme: heading, title, the form in its order, indicators, signatures', async () => {
    const { text } = await pdfText(await renderAchievementReport(reportSample()));
    const labels = FORM_PARTS.map((p) => vi.formParts[p]);
    let at = -1;
    for (const part of [
      'XÃ MƯỜNG NHÀ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Mường Nhà, ngày 18 tháng 11 năm 2026',
      'BÁO CÁO THÀNH TÍCH',
      'THEO CHUYÊN ĐỀ DÂN VẬN KHÉO',
      'Phong trào thi đua “Dân vận khéo” năm 2026',
      'Tên mô hình: Vận động hiến đất làm đường bản Nậm Xe',
      'Loại mô hình: Cá nhân',
      'Họ và tên: Nguyễn Thị Ánh Tuyết',
      'Chức vụ: Chủ tịch Hội Liên hiệp Phụ nữ xã',
      'Đơn vị: Xã Mường Nhà',
      labels[0],
      'Đường vào bản Nậm Xe lầy lội mùa mưa',
      ...labels.slice(1),
      'Tổ tự quản duy tu đường hằng quý',
      'III. CHỈ TIÊU KẾT QUẢ',
      '1Chiều dài đường được mở rộngkm22,5125',
      '2Số hộ hiến đấthộ4042105',
      '3Ngày công đóng gópngày công–1.200–',
      'THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN',
      'NGƯỜI BÁO CÁO THÀNH TÍCH',
      'Nguyễn Thị Ánh Tuyết',
    ]) {
      const next = text.indexOf(part, at + 1);
      expect({ part, found: next > at }).toEqual({ part, found: true });
      at = next;
    }
    // "năm 2026" once, though the campaign's name has it already
    expect(text).not.toContain('năm 2026 năm 2026');
  });

  it("has a collective's report signed by its head and confirmed above, and marks blanks", async () => {
    const { text } = await pdfText(
      await renderAchievementReport(
        reportSample({
          kind: 'COLLECTIVE',
          personName: null,
          personPosition: null,
          campaignName: 'Phong trào thi đua “Dân vận khéo”',
          form: { ...reportSample().form, reach: '' },
        }),
      ),
    );
    expect(text).toContain('Loại mô hình: Tập thể');
    expect(text).not.toContain('Họ và tên:');
    expect(text).toContain(`${vi.formParts.reach} (Chưa kê khai.)`);
    expect(text).toContain('XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG');
    expect(text).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expect(text).not.toContain('NGƯỜI BÁO CÁO THÀNH TÍCH');
  });
});
