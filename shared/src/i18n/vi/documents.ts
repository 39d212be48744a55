/**
 * The minutes of a review round (server/src/modules/documents/minutes.ts), a Vietnamese official
 * record laid out after Decree 30/2020. Seats, ballot choices, outcomes and thresholds are not
 * here: the minutes take them from `councils` and `rounds`, so paper and page say the same.
 */
export const minutes = {
  /** the PDF's document title */
  title: 'Biên bản {{round}}',
  issuer: 'HỘI ĐỒNG XÉT DUYỆT',
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  /** "Điện Biên, ngày 05 tháng 02 năm 2026" */
  placeAndDate: '{{place}}, {{date}}',
  date: 'ngày {{day}} tháng {{month}} năm {{year}}',
  heading: 'BIÊN BẢN',
  subheading: 'HỌP HỘI ĐỒNG XÉT DUYỆT',
  session: '{{campaign}} – {{round}}',
  council: 'Hội đồng: {{council}}.',
  unit: 'Đơn vị: {{unit}}.',
  closedAt: 'Thời gian kết thúc phiên xét duyệt: {{stamp}} (giờ Việt Nam).',
  attendance: {
    title: 'I. THÀNH PHẦN THAM DỰ PHIÊN BỎ PHIẾU',
    summary: 'Hội đồng có {{members}} thành viên; có mặt {{present}}, vắng mặt {{absent}}.',
    present: 'Thành viên có mặt ({{count}}):',
    absent: 'Thành viên vắng mặt ({{count}}):',
    /** "1. Lò Văn Pâng – Chủ tịch." */
    member: '{{n}}. {{name}} – {{seat}}.',
    opinion: 'Ý kiến bằng văn bản: “{{opinion}}”',
    noOpinion: 'Không gửi ý kiến bằng văn bản.',
  },
  rules: {
    title: 'II. TIÊU CHUẨN VÀ NGUYÊN TẮC XÉT DUYỆT',
    points: '{{points}} điểm',
    scores:
      'Thang điểm {{scale}}. Mô hình đạt từ {{pass}} trở lên được xét {{effective}}; ' +
      'đạt từ {{exemplary}} trở lên được xét {{exemplaryOutcome}}.',
    quorum:
      'Phiên bỏ phiếu chỉ được tiến hành khi có {{quorum}} số thành viên Hội đồng có mặt ' +
      '(cần {{needed}} trên {{members}} thành viên).',
    conflicts:
      'Thành viên có xung đột lợi ích với mô hình nào thì không chấm điểm, không bỏ phiếu ' +
      'mô hình đó; các thành viên còn lại, kể cả người vắng mặt, là thành viên được biểu quyết.',
    recognition:
      'Mô hình được công nhận khi đạt điểm, có {{quorum}} số thành viên được biểu quyết ' +
      'bỏ phiếu và {{approval}} số thành viên được biểu quyết bỏ phiếu {{approve}}.',
    writtenOpinions:
      'Thành viên vắng mặt được gửi ý kiến bằng văn bản; ý kiến đó được ghi vào biên bản ' +
      'nhưng không thay cho phiếu biểu quyết.',
  },
  results: {
    title: 'III. KẾT QUẢ XÉT DUYỆT',
    /** the column of members entitled to vote on an entry */
    eligible: 'Số thành viên được biểu quyết',
    /** why an entry was not recognised, beside its outcome */
    noQuorum: '{{outcome}} (không đủ số thành viên bỏ phiếu)',
    fewApprovals: '{{outcome}} (cần {{needed}} phiếu {{approve}})',
    belowPass: '{{outcome}} (chưa đạt điểm)',
    count: '{{outcome}}: {{count}}',
    total: 'Tổng số mô hình được xét: {{count}}; trong đó: {{counts}}.',
    empty: 'Không có mô hình nào trong phiên xét duyệt.',
  },
  closing:
    'Biên bản kết thúc lúc {{hour}} giờ {{minute}} phút, {{date}}, ' +
    'đã được đọc lại tại phiên họp và các thành viên có mặt nhất trí thông qua.',
  signHint: '(Ký, ghi rõ họ tên)',
  page: 'Trang {{page}}/{{pages}}',
};
