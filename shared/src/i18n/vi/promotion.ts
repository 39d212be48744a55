/** Promotion to the level above: why an entry cannot go up, and where it goes. */

// Promotion to the level above (issue 8): why an entry cannot go up, and where it goes.
export const promotion = {
  blocks: {
    NOT_SECRETARY: 'Chỉ thư ký hội đồng đề nghị lên cấp trên.',
    ROUND_NOT_CLOSED: 'Phiên chưa kết thúc: Chủ tịch hội đồng kết thúc bỏ phiếu trước.',
    ALREADY_PROMOTED: 'Đã đề nghị lên cấp trên.',
    NOT_EXEMPLARY: 'Chỉ mô hình được công nhận tiêu biểu mới được đề nghị lên cấp trên.',
    NO_PARENT_COUNCIL:
      'Đợt thi đua không có hội đồng cấp trên: việc xét duyệt của đợt dừng ở cấp này.',
    PARENT_REVIEW_CLOSED:
      'Cấp trên đã hết thời hạn xét duyệt của đợt thi đua: hội đồng cấp trên không tiếp nhận thêm được.',
    QUOTA_USED: 'Hội đồng đã dùng hết chỉ tiêu đề nghị lên cấp trên ({{quota}} mô hình).',
  },
  to: 'Gửi lên: {{council}}',
  left: 'Còn {{left}} trên {{quota}} chỉ tiêu đề nghị lên cấp trên.',
};
