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

/**
 * The commendation documents (server/src/modules/documents/): decision, certificate, submission
 * (tờ trình) and achievement report, laid out after Decree 30/2020 (party bodies: Guidance
 * 36-HD/VPTW). Award names are not here: they are `awardTypes`, in capitals where printed so.
 */
export const documents = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  /** a party body's heading, in place of the nation and motto */
  party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  placeAndDate: '{{place}}, {{date}}',
  date: 'ngày {{day}} tháng {{month}} năm {{year}}',
  /** a date not yet set (a draft): blanks to fill in by hand at signing */
  blankDate: 'ngày      tháng      năm        ',
  /** "Số: 01/QĐ-UBND"; party bodies write "Số 24-QĐ/BDVTU" */
  number: 'Số: {{number}}',
  partyNumber: 'Số {{number}}',
  /** the number of a document not yet signed: the blank is filled in at signing */
  blankNumber: '      /{{symbol}}',
  blankPartyNumber: '      -{{symbol}}',
  draft: 'DỰ THẢO',
  page: '{{page}}',
  recipients: 'Nơi nhận:',
  archive: 'Lưu: VT',
  signHint: '(Ký, ghi rõ họ tên)',
  sealHint: '(Ký, đóng dấu)',
  decision: {
    title: 'QUYẾT ĐỊNH',
    /** one legal basis, one line */
    basis: 'Căn cứ {{basis}};',
    proposal: 'Xét đề nghị của {{by}} tại Tờ trình {{date}}.',
    proposalNumbered: 'Xét đề nghị của {{by}} tại Tờ trình số {{number}} {{date}}.',
    decides: 'QUYẾT ĐỊNH:',
    article: 'Điều {{n}}.',
    commend:
      'Tặng {{award}} cho {{whom}} có tên trong danh sách kèm theo Quyết định này, ' +
      'đã có thành tích xuất sắc trong phong trào thi đua.',
    collectives: '{{count}} tập thể',
    individuals: '{{count}} cá nhân',
    and: '{{first}} và {{second}}',
    prize:
      'Mỗi tập thể, cá nhân có tên tại Điều 1 được tặng {{award}} kèm theo mức tiền thưởng ' +
      '{{amount}} đồng (bằng chữ: {{words}}). Kinh phí khen thưởng chi từ Quỹ thi đua, khen thưởng ' +
      'theo quy định.',
    execute:
      'Quyết định này có hiệu lực kể từ ngày ký. {{executors}} và các tập thể, cá nhân có tên ' +
      'tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    executeAlone:
      'Quyết định này có hiệu lực kể từ ngày ký. Các tập thể, cá nhân có tên tại Điều 1 ' +
      'chịu trách nhiệm thi hành Quyết định này./.',
    asArticle: 'Như Điều {{n}}',
    list: {
      title: 'DANH SÁCH',
      subtitle: 'TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG {{award}}',
      attached: '(Kèm theo Quyết định số {{number}} {{date}})',
      collectives: 'TẬP THỂ',
      individuals: 'CÁ NHÂN',
      no: 'STT',
      collective: 'Tên tập thể',
      individual: 'Họ và tên',
      position: 'Chức vụ, đơn vị',
      achievement: 'Thành tích',
      /** "Chủ tịch Hội Liên hiệp Phụ nữ, Xã Mường Nhà" */
      positionAt: '{{position}}, {{unit}}',
    },
  },
  certificate: {
    /** the PDF's document title */
    title: '{{award}} – {{name}}',
    give: 'TẶNG',
    positionAt: '{{position}}, {{unit}}',
    decision: 'Quyết định số {{number}} ngày {{date}}',
    book: 'Số sổ vàng: {{n}}',
    code: 'Mã xác minh: {{code}}',
    annulled: 'ĐÃ HỦY',
  },
  submission: {
    title: 'TỜ TRÌNH',
    /** the number of a submission, written in by the proposing body's clerk */
    blankNumber: '      /TTr',
    about: 'Về việc đề nghị tặng {{award}}',
    to: 'Kính gửi: {{to}}.',
    background:
      'Thực hiện {{campaign}}, {{from}} đã tổ chức bình xét các tập thể, cá nhân có thành ' +
      'tích xuất sắc năm {{year}} theo đúng quy trình, có biên bản họp Hội đồng xét duyệt kèm theo.',
    ask:
      'Căn cứ kết quả xét duyệt, {{from}} kính đề nghị {{to}} xem xét, tặng {{award}} cho ' +
      '{{whom}} (có danh sách và báo cáo thành tích kèm theo).',
    close: 'Kính trình {{to}} xem xét, quyết định./.',
    list: 'DANH SÁCH ĐỀ NGHỊ TẶNG {{award}}',
    no: 'STT',
    name: 'Tên tập thể, cá nhân',
    unit: 'Đơn vị',
    achievement: 'Thành tích',
    model: 'Mô hình: {{title}}',
    collectives: 'TẬP THỂ',
    individuals: 'CÁ NHÂN',
    asAbove: 'Như trên',
  },
  report: {
    title: 'BÁO CÁO THÀNH TÍCH',
    /** the kind of report: Decree 152/2025's model for a theme */
    theme: 'THEO CHUYÊN ĐỀ {{field}}',
    campaign: '{{campaign}} năm {{year}}',
    general: 'I. THÔNG TIN CHUNG',
    name: 'Tên mô hình: {{title}}',
    kind: 'Loại mô hình: {{kind}}',
    unit: 'Đơn vị: {{unit}}',
    person: 'Họ và tên: {{name}}',
    position: 'Chức vụ: {{position}}',
    field: 'Lĩnh vực: {{field}}',
    parts: 'II. NỘI DUNG VÀ KẾT QUẢ THỰC HIỆN MÔ HÌNH',
    unfilled: '(Chưa kê khai.)',
    indicators: 'III. CHỈ TIÊU KẾT QUẢ',
    no: 'STT',
    indicator: 'Chỉ tiêu',
    unitOfMeasure: 'Đơn vị tính',
    target: 'Mục tiêu',
    achieved: 'Đạt được',
    rate: 'Tỷ lệ đạt (%)',
    noIndicators: 'Không có chỉ tiêu.',
    /** the signers of a collective's report and of an individual's */
    superior: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG',
    head: 'THỦ TRƯỞNG ĐƠN VỊ',
    headConfirms: 'THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN',
    reporter: 'NGƯỜI BÁO CÁO THÀNH TÍCH',
  },
};
