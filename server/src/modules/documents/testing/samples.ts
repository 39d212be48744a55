import type { AchievementReportDoc, CertificateDoc, DecisionDoc, SubmissionDoc } from '../index';

/** Documents of a Điện Biên district with the hardest letters Vietnamese has, for tests. */
const signature = {
  capacity: 'TM. ỦY BAN NHÂN DÂN',
  title: 'CHỦ TỊCH',
  name: 'Lò Văn Pâng',
};

export const decisionSample = (over: Partial<DecisionDoc> = {}): DecisionDoc => ({
  heading: ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐIỆN BIÊN'],
  party: false,
  numberText: '01/QĐ-UBND',
  place: 'Điện Biên',
  date: new Date('2026-12-05T03:00:00Z'),
  summary:
    'Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2026',
  signerCapacityLine: 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN',
  legalBases: [
    'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Nghị định số 152/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
  ],
  proposal: { by: 'Trưởng phòng Nội vụ huyện', date: new Date('2026-11-28T03:00:00Z') },
  awardName: 'Giấy khen',
  prize: { amount: 1404000 },
  executors: ['Chánh Văn phòng HĐND và UBND huyện', 'Trưởng phòng Nội vụ huyện'],
  recipients: ['Ban Thường vụ Huyện ủy (b/c)', 'Chủ tịch, các PCT UBND huyện'],
  signature,
  collectives: [
    {
      name: 'Chi hội Phụ nữ bản Nậm Xe, Xã Mường Nhà',
      achievement:
        'Đã có thành tích xuất sắc trong xây dựng mô hình “Dân vận khéo” bảo vệ rừng đầu nguồn',
    },
    { name: 'Xã Mường Nhà', achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua' },
  ],
  individuals: [
    {
      name: 'Nguyễn Thị Ánh Tuyết',
      position: 'Chủ tịch Hội Liên hiệp Phụ nữ',
      unitName: 'Xã Mường Nhà',
      achievement:
        'Đã có thành tích xuất sắc trong vận động nhân dân bản Nậm Xe hiến đất làm đường',
    },
    {
      name: 'Quàng Văn Ướt',
      position: null,
      unitName: 'Bản Nậm Xe',
      achievement: 'Người có uy tín tiêu biểu trong cộng đồng',
    },
  ],
  symbol: 'QĐ-UBND',
  ...over,
});

export const partyDecisionSample = (over: Partial<DecisionDoc> = {}): DecisionDoc =>
  decisionSample({
    heading: ['ĐẢNG BỘ TỈNH ĐIỆN BIÊN', 'BAN DÂN VẬN TỈNH ỦY'],
    party: true,
    numberText: '24-QĐ/BDVTU',
    symbol: 'QĐ/BDVTU',
    signerCapacityLine: 'BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN',
    signature: { capacity: 'T/M BAN DÂN VẬN', title: 'TRƯỞNG BAN', name: 'Đặng Quốc Hưng' },
    prize: null,
    ...over,
  });

export const certificateSample = (over: Partial<CertificateDoc> = {}): CertificateDoc => ({
  heading: ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐIỆN BIÊN'],
  party: false,
  signerCapacityLine: 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN',
  awardName: 'GIẤY KHEN',
  recipient: {
    name: 'Nguyễn Thị Ánh Tuyết',
    position: 'Chủ tịch Hội Liên hiệp Phụ nữ',
    unitName: 'Xã Mường Nhà',
  },
  achievement:
    'Đã có thành tích xuất sắc trong xây dựng mô hình “Dân vận khéo” vận động nhân dân bản Nậm Xe hiến đất làm đường năm 2026',
  decision: { numberText: '01/QĐ-UBND', date: new Date('2026-12-05T03:00:00Z') },
  bookNumber: 3,
  place: 'Điện Biên',
  date: new Date('2026-12-05T03:00:00Z'),
  signature,
  code: 'VD7K-3MXQ-92TA',
  qrPayload: 'https://vinhdanh.dienbien.gov.vn/xac-minh/VD7K-3MXQ-92TA#eyJmIjoiTmd1eeG7hW4ifQ',
  annulled: false,
  ...over,
});

export const submissionSample = (over: Partial<SubmissionDoc> = {}): SubmissionDoc => ({
  heading: ['ỦY BAN NHÂN DÂN', 'XÃ MƯỜNG NHÀ'],
  place: 'Mường Nhà',
  date: new Date('2026-11-20T03:00:00Z'),
  to: 'Chủ tịch Ủy ban nhân dân huyện Điện Biên',
  from: 'Ủy ban nhân dân xã Mường Nhà',
  awardName: 'Giấy khen',
  campaignName: 'Phong trào thi đua “Dân vận khéo”',
  year: 2026,
  entries: [
    {
      kind: 'INDIVIDUAL',
      title: 'Vận động hiến đất làm đường bản Nậm Xe',
      personName: 'Nguyễn Thị Ánh Tuyết',
      unitName: 'Xã Mường Nhà',
      achievement: 'Vận động 42 hộ hiến 3.200 m² đất làm đường liên bản',
    },
    {
      kind: 'COLLECTIVE',
      title: 'Bảo vệ rừng đầu nguồn bản Nậm Xe',
      personName: null,
      unitName: 'Chi hội Phụ nữ bản Nậm Xe',
      achievement: 'Bảo vệ 120 ha rừng đầu nguồn, không để xảy ra cháy rừng',
    },
  ],
  signature: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Lường Văn Hặc' },
  ...over,
});

export const reportSample = (over: Partial<AchievementReportDoc> = {}): AchievementReportDoc => ({
  title: 'Vận động hiến đất làm đường bản Nậm Xe',
  kind: 'INDIVIDUAL',
  unitName: 'Xã Mường Nhà',
  personName: 'Nguyễn Thị Ánh Tuyết',
  personPosition: 'Chủ tịch Hội Liên hiệp Phụ nữ xã',
  fieldName: 'Dân vận khéo',
  campaignName: 'Phong trào thi đua “Dân vận khéo”',
  year: 2026,
  form: {
    situation: 'Đường vào bản Nậm Xe lầy lội mùa mưa; nhiều hộ chưa đồng thuận hiến đất.',
    goals: 'Mở rộng 2,5 km đường liên bản; 100% hộ đồng thuận.',
    content: 'Họp dân từng xóm, vận động người có uy tín đi trước.\nCông khai kinh phí từng tháng.',
    reach: 'Bản Nậm Xe, 86 hộ đồng bào Thái.',
    forces: 'Chi hội Phụ nữ, Đoàn Thanh niên, già làng.',
    resources: 'Nhân dân góp 1.200 ngày công; ngân sách xã 350 triệu đồng.',
    timeline: 'Từ tháng 3 đến tháng 9 năm 2026.',
    outputs: '2,5 km đường bê tông; 42 hộ hiến 3.200 m² đất.',
    sustainability: 'Tổ tự quản duy tu đường hằng quý; nhân rộng sang bản Nà Hỳ.',
  },
  indicators: [
    { name: 'Chiều dài đường được mở rộng', unitOfMeasure: 'km', target: 2, achieved: 2.5 },
    { name: 'Số hộ hiến đất', unitOfMeasure: 'hộ', target: 40, achieved: 42 },
    { name: 'Ngày công đóng góp', unitOfMeasure: 'ngày công', target: null, achieved: 1200 },
  ],
  place: 'Mường Nhà',
  date: new Date('2026-11-18T03:00:00Z'),
  ...over,
});
