/** The home page: who you are, what you may do, and what waits for your council seat. */

export const home = {
  greeting: 'Xin chào, {{name}}!',
  homeUnit: 'Đơn vị công tác: {{unit}}',
  yourRoles: 'Vai trò của bạn',
  roleOnUnit: '{{role}} – {{unit}}',
  noRoles:
    'Tài khoản của bạn chưa được giao vai trò nào. Nếu bạn là thành viên hội đồng xét duyệt, các việc của hội đồng sẽ hiện ở đây khi đợt thi đua bắt đầu.',
  whatYouCanDo: 'Bạn có thể',
  capabilities: {
    browseOrg: 'Xem cây đơn vị và người dùng trong phạm vi của mình',
    manageUnits: 'Thêm, đổi tên, chuyển và lưu trữ đơn vị',
    manageUsers: 'Tạo tài khoản, giao và thu hồi vai trò',
    manageCampaigns: 'Mở và điều chỉnh các đợt thi đua',
    registerModels: 'Đăng ký mô hình của đơn vị và gửi hồ sơ',
    reviewSubmissions: 'Xác nhận hoặc trả lại hồ sơ của đơn vị',
    readCampaigns: 'Xem các đợt thi đua liên quan đến đơn vị của mình',
    browseModels: 'Xem hồ sơ mô hình đã gửi trong phạm vi của mình',
    readDrafts: 'Xem hồ sơ đơn vị mình đang soạn',
    exploreApi: 'Thử API trong GraphiQL',
    browseCouncils: 'Xem các hội đồng xét duyệt và phiên xét duyệt trong phạm vi của mình',
    manageCommendations:
      'Lập dự thảo quyết định, công khai danh sách và giải quyết ý kiến phản ánh',
    signDecisions: 'Ký và hủy quyết định khen thưởng',
  },
};

// ---- issue 8, access: a council seat's home and what waits for it ----
export const work = {
  title: 'Hội đồng của bạn',
  openCouncil: 'Xem hội đồng',
  nothing: 'Chưa có việc nào chờ bạn ở hội đồng này.',
  intake_one: '{{count}} hồ sơ chờ hội đồng tiếp nhận',
  intake_other: '{{count}} hồ sơ chờ hội đồng tiếp nhận',
  toScore_one: 'Chấm điểm {{count}} hồ sơ – {{round}}',
  toScore_other: 'Chấm điểm {{count}} hồ sơ – {{round}}',
  toVote_one: 'Bỏ phiếu {{count}} hồ sơ – {{round}}',
  toVote_other: 'Bỏ phiếu {{count}} hồ sơ – {{round}}',
  advance: {
    DRAFT: 'Mở chấm điểm – {{round}}',
    SCORING: 'Chuyển sang bỏ phiếu – {{round}}',
    VOTING: 'Kết thúc bỏ phiếu – {{round}}',
    CLOSED: '{{round}}',
  },
};
