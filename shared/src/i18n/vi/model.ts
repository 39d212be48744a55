/** Models and their dossiers: states, actions, the registration form and the leader’s queue. */

export const states = {
  DRAFT: 'Nháp',
  SUBMITTED: 'Đã gửi, chờ xác nhận',
  RETURNED: 'Bị trả lại',
  ENDORSED: 'Đơn vị đã xác nhận',
  WITHDRAWN: 'Đã rút',
  IN_REVIEW: 'Hội đồng đang xét duyệt',
  RECOGNISED: 'Được công nhận',
  NOT_RECOGNISED: 'Không được công nhận',
};

export const actions = {
  REGISTER: 'Đăng ký mô hình',
  SUBMIT: 'Gửi hồ sơ',
  ENDORSE: 'Xác nhận',
  RETURN: 'Trả lại',
  WITHDRAW: 'Rút hồ sơ',
  INTAKE: 'Tiếp nhận vào phiên xét duyệt',
  RECOGNISE: 'Công nhận',
  NOT_RECOGNISE: 'Không công nhận',
  PROMOTE: 'Đề nghị lên cấp trên',
  PROMOTED: 'Được đề nghị từ cấp dưới',
};

export const modelKinds = { COLLECTIVE: 'Tập thể', INDIVIDUAL: 'Cá nhân' };

/** The ten parts of the registration form, in the form's order; also names what is missing. */
export const formParts = {
  title: '1. Tên mô hình',
  situation: '2. Thực trạng và lý do xây dựng mô hình',
  goals: '3. Mục tiêu, chỉ tiêu đo đếm được',
  content: '4. Nội dung và cách thức thực hiện',
  reach: '5. Phạm vi, địa bàn và đối tượng tác động',
  forces: '6. Lực lượng tham gia và vai trò của từng lực lượng',
  resources: '7. Nguồn lực: kinh phí, ngày công, đóng góp',
  timeline: '8. Thời gian, tiến độ thực hiện',
  outputs: '9. Kết quả, sản phẩm kiểm chứng được',
  sustainability: '10. Tính bền vững, khả năng duy trì và nhân rộng',
  personName: 'Họ và tên cá nhân',
  indicators: 'Chỉ tiêu kết quả (ít nhất một)',
};

export const models = {
  title: 'Mô hình của đơn vị',
  new: 'Đăng ký mô hình',
  empty: 'Chưa có mô hình nào phù hợp.',
  filters: {
    campaign: 'Đợt thi đua',
    state: 'Trạng thái',
    kind: 'Loại',
    field: 'Lĩnh vực',
    any: 'Tất cả',
    search: 'Tìm mô hình',
    searchPlaceholder: 'Tên mô hình hoặc tên cá nhân, gõ không dấu cũng được',
  },
  columns: {
    title: 'Mô hình',
    unit: 'Đơn vị',
    field: 'Lĩnh vực',
    state: 'Trạng thái',
    updatedAt: 'Cập nhật',
  },
  form: {
    title: 'Tên mô hình',
    registerTitle: 'Đăng ký mô hình mới',
    editTitle: 'Sửa hồ sơ mô hình',
    campaign: 'Đợt thi đua',
    noOpenCampaign: 'Hiện không có đợt thi đua nào đang mở đăng ký cho đơn vị của bạn.',
    unit: 'Đơn vị đăng ký',
    kind: 'Loại mô hình',
    field: 'Lĩnh vực',
    chooseField: 'Chọn lĩnh vực',
    personName: 'Họ và tên',
    personPosition: 'Chức vụ',
    personEthnicity: 'Dân tộc',
    person: 'Cá nhân được đề nghị',
    parts: 'Nội dung đăng ký',
    partHint: 'Có thể lưu nháp khi chưa điền đủ; cần điền đủ mười phần trước khi gửi.',
    register: 'Lưu nháp và tiếp tục',
    registered: 'Đã đăng ký mô hình. Hồ sơ được lưu tự động khi bạn sửa.',
    done: 'Xong, xem hồ sơ',
  },
  indicators: {
    title: 'Chỉ tiêu kết quả',
    hint: 'Ví dụ: diện tích đất hiến (m²), ngày công, tiền đóng góp (đồng), số hộ thoát nghèo, km đường.',
    name: 'Tên chỉ tiêu',
    unitOfMeasure: 'Đơn vị tính',
    target: 'Chỉ tiêu',
    achieved: 'Đạt được',
    add: 'Thêm chỉ tiêu',
    remove: 'Bỏ chỉ tiêu này',
    empty: 'Chưa có chỉ tiêu nào.',
  },
  evidence: {
    title: 'Minh chứng',
    hint: 'PDF, ảnh (JPEG, PNG, WebP) hoặc tài liệu Office; tối đa {{max}} MB mỗi tệp.',
    choose: 'Tải tệp lên',
    uploading: 'Đang tải lên…',
    uploaded: 'Đã tải lên “{{name}}”.',
    remove: 'Xóa',
    download: 'Tải về',
    empty: 'Chưa có tệp minh chứng.',
    tooLarge: 'Tệp “{{name}}” lớn hơn {{max}} MB.',
    badType: 'Tệp “{{name}}” không đúng định dạng cho phép.',
    saveFirst: 'Lưu nháp mô hình trước, rồi tải minh chứng lên.',
  },
  autosave: {
    idle: 'Các thay đổi được lưu tự động.',
    pending: 'Có thay đổi chưa lưu…',
    saving: 'Đang lưu…',
    saved: 'Đã lưu',
    failed: 'Chưa lưu được.',
    conflict:
      'Hồ sơ đã được thay đổi ở nơi khác. Hãy tải lại trang để xem bản mới nhất; các thay đổi chưa lưu ở đây sẽ mất.',
  },
  detail: {
    kind: 'Loại',
    field: 'Lĩnh vực',
    unit: 'Đơn vị',
    campaign: 'Đợt thi đua',
    person: 'Cá nhân',
    state: 'Trạng thái',
    edit: 'Sửa hồ sơ',
    back: 'Về danh sách',
    notFilled: 'Chưa điền',
  },
  missing: {
    title: 'Hồ sơ còn thiếu trước khi gửi:',
    complete: 'Hồ sơ đã đủ các phần bắt buộc.',
  },
  timeline: {
    title: 'Quá trình xử lý',
    empty: 'Chưa có bước nào.',
    entry: '{{action}} — {{actor}}',
    reason: 'Lý do: {{reason}}',
  },
  actions: {
    title: 'Thao tác',
    none: 'Hiện bạn không có thao tác nào với hồ sơ này.',
    done: 'Đã thực hiện: {{action}}.',
    confirmWithdraw: 'Rút hồ sơ {{title}}? Sau khi rút không thể gửi lại.',
    returnTitle: 'Trả lại hồ sơ {{title}}',
    reason: 'Lý do trả lại',
    reasonHint: 'Nói rõ cần bổ sung, sửa gì để cán bộ phụ trách làm tiếp.',
    reasonRequired: 'Vui lòng nhập lý do trả lại.',
    confirmReturn: 'Trả lại',
  },
};

export const queue = {
  title: 'Hồ sơ chờ xác nhận',
  intro: 'Hồ sơ các đơn vị đã gửi, chờ thủ trưởng xác nhận hoặc trả lại.',
  empty: 'Không có hồ sơ nào đang chờ xác nhận.',
  selectAll: 'Chọn tất cả',
  select: 'Chọn {{title}}',
  endorseSelected: 'Xác nhận đã chọn',
  endorseSelectedCount: 'Xác nhận đã chọn ({{count}})',
  endorsed_one: 'Đã xác nhận {{count}} hồ sơ.',
  endorsed_other: 'Đã xác nhận {{count}} hồ sơ.',
  failed: '{{title}}: {{message}}',
  returned: 'Đã trả lại {{title}}.',
};

// ---- issue 8, access: the leader's queue endorses one row at a time too ----
export const queueRow = {
  endorse: 'Xác nhận {{title}}',
  endorsed: 'Đã xác nhận {{title}}.',
};
