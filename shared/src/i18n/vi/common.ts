/** The app’s frame: its name, languages, navigation, roles, unit kinds and the words every form uses. */

export const app = { name: 'Vinh Danh', tagline: 'Thi đua, xét duyệt và khen thưởng' };

export const lang = { label: 'Ngôn ngữ', vi: 'Tiếng Việt', en: 'English' };

export const common = {
  loading: 'Đang tải…',
  save: 'Lưu',
  saving: 'Đang lưu…',
  cancel: 'Hủy',
  close: 'Đóng',
  search: 'Tìm',
  loadMore: 'Xem thêm',
  reload: 'Tải lại',
  none: '—',
  wholeSystem: 'Toàn hệ thống',
  menu: 'Trình đơn',
  skipToContent: 'Bỏ qua, tới nội dung chính',
};

export const nav = {
  main: 'Điều hướng chính',
  home: 'Trang chủ',
  units: 'Đơn vị',
  users: 'Người dùng',
  campaigns: 'Đợt thi đua',
  models: 'Mô hình',
  queue: 'Chờ xác nhận',
  councils: 'Hội đồng',
  commendations: 'Khen thưởng',
  decisions: 'Quyết định',
  graphiql: 'GraphiQL',
  logout: 'Đăng xuất',
  signedInAs: 'Đang đăng nhập: {{name}}',
};

export const roles = {
  ADMIN: 'Quản trị',
  CAMPAIGN_MANAGER: 'Ban Thi đua – Khen thưởng',
  UNIT_OFFICER: 'Cán bộ phụ trách',
  UNIT_LEADER: 'Thủ trưởng đơn vị',
  SIGNER: 'Người có thẩm quyền',
  REPORTER: 'Theo dõi, báo cáo',
};

export const unitKinds = {
  PROVINCE: 'Tỉnh',
  DISTRICT: 'Huyện',
  COMMUNE: 'Xã',
  AGENCY: 'Cơ quan',
};

export const validation = {
  required: 'Vui lòng nhập {{field}}.',
  codePattern:
    'Mã gồm 2–40 ký tự: chữ in hoa không dấu, chữ số, “-” hoặc “_”, bắt đầu bằng chữ hoặc số.',
  tooLong: '{{field}} dài tối đa {{max}} ký tự.',
  usernamePattern: 'Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, chữ số, “.”, “-” hoặc “_”.',
  passwordLength: 'Mật khẩu cần ít nhất {{min}} ký tự.',
  chooseUnit: 'Vui lòng chọn đơn vị.',
  chooseCampaign: 'Vui lòng chọn đợt thi đua.',
  chooseField: 'Vui lòng chọn lĩnh vực.',
  notANumber: '{{field}} phải là một số.',
  yearRange: 'Năm kết thúc không được trước năm bắt đầu.',
  datesOrder: '{{phase}}: ngày kết thúc không được trước ngày bắt đầu.',
  datesRequired: 'Vui lòng nhập đủ ngày bắt đầu và kết thúc của giai đoạn {{phase}}.',
  rubricEmpty: 'Thang điểm cần ít nhất một tiêu chí có điểm.',
  indicatorIncomplete: 'Chỉ tiêu {{n}}: cần tên và đơn vị tính.',
  chooseParent: 'Vui lòng chọn đơn vị cấp trên mới, hoặc đưa đơn vị lên cấp cao nhất.',
  moveIntoItself: 'Không thể chuyển một đơn vị vào chính nó hoặc vào đơn vị trực thuộc nó.',
  nothingChanged: 'Bạn chưa thay đổi gì.',
  serverSays: 'Chi tiết: {{message}}',
};

// Numbers as people type them (web/src/modules/common/numbers.ts).
export const numbers = {
  notANumber: '{{field}}: “{{text}}” không phải là một số.',
  ambiguous:
    '{{field}}: chưa rõ “{{text}}” là số nào. Hàng nghìn ngăn bằng dấu chấm (1.500), phần thập phân bằng dấu phẩy (7,5).',
  criterionRow: 'Tiêu chí {{n}} “{{name}}”, ô điểm tối đa',
  indicatorField: 'Chỉ tiêu {{n}}, ô “{{field}}”',
  notWhole: '{{field}} phải là số nguyên.',
};

export const graphiql = { title: 'GraphiQL', loading: 'Đang tải GraphiQL…' };

export const notFound = { title: 'Không tìm thấy trang', back: 'Về trang chủ' };
