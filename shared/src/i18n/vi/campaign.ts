/** Emulation campaigns: phases, award types and the campaign pages. */

export const phases = {
  REGISTRATION: 'Đăng ký',
  NOMINATION: 'Đơn vị xác nhận, đề nghị',
  REVIEW: 'Xét duyệt',
  DISCLOSURE: 'Công khai',
};

export const awardTypes = {
  GIAY_KHEN: 'Giấy khen',
  BANG_KHEN: 'Bằng khen',
  EXEMPLARY_RECOGNITION: 'Công nhận mô hình tiêu biểu',
};

export const campaigns = {
  title: 'Đợt thi đua',
  empty: 'Chưa có đợt thi đua nào liên quan đến đơn vị của bạn.',
  period: 'Năm {{start}}',
  periodRange: 'Giai đoạn {{start}}–{{end}}',
  openNow: 'Đang mở',
  closed: 'Đã đóng',
  phaseDates: '{{from}} – {{to}}',
  fields: 'Lĩnh vực',
  rubric: 'Thang điểm ({{total}} điểm)',
  awardTypes: 'Hình thức khen thưởng',
  editPhases: 'Sửa thời hạn',
  phasesSaved: 'Đã lưu thời hạn các giai đoạn.',
  create: {
    open: 'Mở đợt thi đua',
    title: 'Mở đợt thi đua mới',
    name: 'Tên đợt thi đua',
    unit: 'Đơn vị tổ chức (áp dụng cho đơn vị này và các đơn vị trực thuộc)',
    startYear: 'Từ năm',
    endYear: 'Đến năm',
    phases: 'Thời hạn các giai đoạn',
    opensOn: 'Từ ngày',
    closesOn: 'Đến ngày',
    optional: 'không bắt buộc',
    reviewAt: 'Xét duyệt cấp {{level}}',
    fieldsHint: 'Bốn lĩnh vực chuẩn được điền sẵn; có thể sửa, bỏ hoặc thêm chủ đề riêng.',
    fieldCode: 'Mã',
    fieldName: 'Tên lĩnh vực',
    addField: 'Thêm lĩnh vực',
    rubricHint: 'Thang điểm mặc định 100 điểm; tổng điểm là tổng các tiêu chí.',
    criterionName: 'Tiêu chí',
    criterionPoints: 'Điểm tối đa',
    addCriterion: 'Thêm tiêu chí',
    remove: 'Bỏ',
    total: 'Tổng: {{total}} điểm',
    submit: 'Mở đợt thi đua',
    created: 'Đã mở đợt thi đua “{{name}}”.',
  },
};
