import { ModelKind, type CandidacyAction, type RegistrationForm } from '@vinh-danh/shared';

/**
 * The campaigns and models of the demo, taken from the articles in shared/seeds: each model is
 * registered by its unit's officer and has gone as far through the lifecycle as `steps` says.
 */
export interface DemoCampaign {
  code: string;
  name: string;
  unit: string;
  manager: string;
}

export interface DemoModel {
  campaign: string;
  unit: string;
  kind: ModelKind;
  title: string;
  fieldCode: string;
  person?: { name: string; position?: string; ethnicity?: string };
  form: RegistrationForm;
  indicators: Array<[name: string, unitOfMeasure: string, target: number | null, achieved: number]>;
  officer: string;
  leader: string;
  /** the actions taken so far, in order, with the return reason where there is one */
  steps: Array<CandidacyAction | ['RETURN', string]>;
}

export const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    code: 'DB',
    name: 'Phong trào thi đua “Dân vận khéo” huyện Điện Biên',
    unit: 'DB-HDIENBIEN',
    manager: 'thiduakhenthuong',
  },
  {
    code: 'LC',
    name: 'Phong trào thi đua “Dân vận khéo” tỉnh Lai Châu',
    unit: 'LC',
    manager: 'thiduakhenthuong.laichau',
  },
];

export const form = (parts: Partial<Record<keyof RegistrationForm, string>>): RegistrationForm => ({
  situation: 'Địa bàn còn nhiều khó khăn, nhận thức của một bộ phận Nhân dân chưa đồng đều.',
  goals: 'Huy động toàn dân tham gia, đạt và vượt các chỉ tiêu đề ra trong năm.',
  content:
    'Tuyên truyền, vận động qua họp bản, gặp gỡ từng hộ; cán bộ, đảng viên gương mẫu đi trước.',
  reach: 'Toàn bộ các hộ trong bản, đội và các khu sản xuất liền kề.',
  forces: 'Chi bộ, trưởng bản, Mặt trận và các đoàn thể; người có uy tín trong cộng đồng.',
  resources: 'Ngày công của Nhân dân, kinh phí đóng góp và hỗ trợ của Nhà nước.',
  timeline: 'Triển khai từ đầu năm, sơ kết 6 tháng, tổng kết cuối năm.',
  outputs: 'Biên bản họp dân, danh sách hộ tham gia, hình ảnh công trình và số liệu kèm theo.',
  sustainability: 'Duy trì qua quy ước bản; nhân rộng sang các bản lân cận.',
  ...parts,
});

export const DEMO_MODELS: DemoModel[] = [
  {
    campaign: 'DB',
    unit: 'DB-HDB-POMLOT',
    kind: ModelKind.COLLECTIVE,
    title: 'Mô hình “Dân vận khéo” gắn với xây dựng nông thôn mới ở đội 7A, xã Pom Lót',
    fieldCode: 'ECONOMY',
    form: form({
      content:
        'Chi bộ thống nhất trong chi ủy, khéo tuyên truyền, vận động bà con chuyển đổi cơ cấu cây trồng, góp công làm đường.',
    }),
    indicators: [
      ['Đường bê tông nội đồng', 'km', 2, 2.4],
      ['Ngày công Nhân dân đóng góp', 'ngày công', 1500, 1860],
    ],
    officer: 'canbo.pomlot',
    leader: 'lanhdao.pomlot',
    steps: ['SUBMIT', 'ENDORSE'],
  },
  {
    campaign: 'DB',
    unit: 'DB-HDB-POMLOT',
    kind: ModelKind.INDIVIDUAL,
    title: 'Gương đảng viên tiên phong vận động xây dựng nông thôn mới ở đội 7A',
    fieldCode: 'POLITICAL_SYSTEM',
    person: {
      name: 'Nguyễn Đình Hải',
      position: 'Phó Chủ tịch Hội Văn học Nghệ thuật huyện Điện Biên',
      ethnicity: 'Kinh',
    },
    form: form({}),
    indicators: [['Hộ chuyển đổi cơ cấu cây trồng', 'hộ', 30, 42]],
    officer: 'canbo.pomlot',
    leader: 'lanhdao.pomlot',
    steps: ['SUBMIT'],
  },
  {
    campaign: 'DB',
    unit: 'DB-HDB-NOONGLUONG',
    kind: ModelKind.COLLECTIVE,
    title: 'Vận động Nhân dân hiến đất mở rộng đường giao thông nông thôn xã Noong Luống',
    fieldCode: 'ECONOMY',
    form: form({ situation: 'Nhiều tuyến đường thôn, bản hẹp, chưa được cứng hóa.' }),
    indicators: [
      ['Đất ở, đất sản xuất Nhân dân hiến', 'm²', 2000, 2500],
      ['Tuyến đường được mở rộng', 'tuyến', 8, 9],
    ],
    officer: 'canbo',
    leader: 'lanhdao',
    steps: ['SUBMIT'],
  },
  {
    campaign: 'DB',
    unit: 'DB-HDB-NOONGLUONG',
    kind: ModelKind.COLLECTIVE,
    title: 'Hộ nông dân sản xuất kinh doanh giỏi xã Noong Luống',
    fieldCode: 'ECONOMY',
    form: form({ outputs: '' }),
    indicators: [['Hộ sản xuất kinh doanh giỏi', 'hộ', 70, 78]],
    officer: 'canbo',
    leader: 'lanhdao',
    steps: [],
  },
  {
    campaign: 'LC',
    unit: 'LC-TD-BINHLU',
    kind: ModelKind.COLLECTIVE,
    title: 'Mô hình nuôi lợn thương phẩm của Nhân dân bản Hưng Bình, xã Bình Lư',
    fieldCode: 'ECONOMY',
    form: form({
      content:
        'Vận động các hộ liên kết nuôi lợn thương phẩm, chia sẻ kỹ thuật chuồng trại và phòng dịch.',
    }),
    indicators: [
      ['Hộ tham gia', 'hộ', 25, 31],
      ['Hộ thoát nghèo', 'hộ', 5, 7],
    ],
    officer: 'canbo.tamduong',
    leader: 'lanhdao.tamduong',
    steps: ['SUBMIT', 'ENDORSE'],
  },
  {
    campaign: 'LC',
    unit: 'LC-PT-MUSANG',
    kind: ModelKind.COLLECTIVE,
    title: 'Bảo vệ đường biên, mốc giới của Tổ dân vận Sàng Sang, xã Mù Sang',
    fieldCode: 'DEFENCE_SECURITY',
    form: form({
      goals: 'Không để xảy ra xâm lấn, dịch chuyển mốc; Nhân dân chấp hành pháp luật về biên giới.',
    }),
    indicators: [['Lượt tuần tra đường biên, mốc giới', 'lượt', 24, 30]],
    officer: 'canbo.phongtho',
    leader: 'lanhdao.phongtho',
    steps: ['SUBMIT'],
  },
  {
    campaign: 'LC',
    unit: 'LC-PT-DAOSAN',
    kind: ModelKind.INDIVIDUAL,
    title: 'Tổ an ninh tự quản của hội viên nông dân chi hội Sểnh Sảng A, xã Dào San',
    fieldCode: 'DEFENCE_SECURITY',
    person: {
      name: 'Vàng A Lùng',
      position: 'Hội viên Hội Nông dân xã Dào San',
      ethnicity: 'Mông',
    },
    form: form({}),
    indicators: [['Vụ việc được hòa giải tại cơ sở', 'vụ', null, 6]],
    officer: 'canbo.phongtho',
    leader: 'lanhdao.phongtho',
    steps: ['SUBMIT', ['RETURN', 'Bổ sung biên bản thành lập tổ và danh sách thành viên.']],
  },
  {
    campaign: 'LC',
    unit: 'LC-PT-HOANGTHEN',
    kind: ModelKind.COLLECTIVE,
    title: 'Góp công, góp tiền mở đường ra khu sản xuất ở xã Hoang Thèn',
    fieldCode: 'ECONOMY',
    form: form({}),
    indicators: [['Đường ra khu sản xuất', 'km', 3, 3.5]],
    officer: 'canbo.phongtho',
    leader: 'lanhdao.phongtho',
    steps: ['WITHDRAW'],
  },
];
