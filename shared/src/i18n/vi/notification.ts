/** The bell and the wording of each notification. */

export const notifications = {
  bell: 'Thông báo',
  unread: '{{count}} chưa đọc',
  empty: 'Chưa có thông báo nào.',
  markAll: 'Đánh dấu đã đọc tất cả',
  kinds: {
    SUBMIT: '{{actor}} đã gửi {{title}}, chờ bạn xác nhận.',
    RETURN: '{{actor}} đã trả lại {{title}}.',
    ENDORSE: '{{actor}} đã xác nhận {{title}}.',
    WITHDRAW: '{{actor}} đã rút {{title}}.',
    INTAKE: '{{council}} đã tiếp nhận {{title}} để xét duyệt.',
    RECOGNISE: '{{council}} đã công nhận {{title}}.',
    NOT_RECOGNISE: '{{council}} không công nhận {{title}}.',
    PROPOSE: '{{actor}} đã đề nghị khen thưởng {{title}}.',
    COMMEND: '{{title}} đã được khen thưởng theo quyết định do {{actor}} ký.',
    ANNUL: 'Khen thưởng của {{title}} đã bị hủy.',
    RECOGNISED_EFFECTIVE: '{{council}} đã công nhận {{title}} là mô hình hiệu quả.',
    RECOGNISED_EXEMPLARY: '{{council}} đã công nhận {{title}} là mô hình tiêu biểu.',
    PROMOTED: '{{title}} đã được đề nghị lên {{unit}} xét duyệt.',
    ASSIGNED: 'Bạn được phân công chấm {{count}} hồ sơ trong phiên {{round}} của {{council}}.',
    SCORING_OPEN: 'Phiên {{round}} của {{council}} đã mở chấm điểm.',
    VOTING_OPEN: 'Phiên {{round}} của {{council}} đã mở bỏ phiếu.',
    RESULTS_PUBLISHED: 'Đã công bố kết quả phiên {{round}} của {{council}}.',
    other: 'Có cập nhật mới.',
  },
  reason: 'Lý do: {{reason}}',
};
