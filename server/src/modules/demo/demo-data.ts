import { Role, UnitKind } from '@vinh-danh/shared';

/**
 * The places named in the newspaper articles of shared/seeds: Lai Châu, Điện Biên and Quảng Ninh
 * on the pre-2025 tree (province → district → commune), with an agency beside each district.
 */
export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  children?: DemoUnit[];
}

const commune = (code: string, name: string): DemoUnit => ({ code, name, kind: UnitKind.COMMUNE });

export const DEMO_UNITS: DemoUnit[] = [
  {
    code: 'LC',
    name: 'Tỉnh Lai Châu',
    kind: UnitKind.PROVINCE,
    children: [
      { code: 'LC-BDVTU', name: 'Ban Dân vận Tỉnh ủy Lai Châu', kind: UnitKind.AGENCY },
      {
        code: 'LC-TAMDUONG',
        name: 'Huyện Tam Đường',
        kind: UnitKind.DISTRICT,
        children: [
          commune('LC-TD-BINHLU', 'Xã Bình Lư'),
          commune('LC-TD-SONBINH', 'Xã Sơn Bình'),
          commune('LC-TD-THENSIN', 'Xã Thèn Sin'),
          commune('LC-TD-BANGIANG', 'Xã Bản Giang'),
          commune('LC-TD-BANHON', 'Xã Bản Hon'),
          commune('LC-TD-TALENG', 'Xã Tả Lèng'),
          commune('LC-TD-NUNGNANG', 'Xã Nùng Nàng'),
        ],
      },
      {
        code: 'LC-PHONGTHO',
        name: 'Huyện Phong Thổ',
        kind: UnitKind.DISTRICT,
        children: [
          commune('LC-PT-MUSANG', 'Xã Mù Sang'),
          commune('LC-PT-DAOSAN', 'Xã Dào San'),
          commune('LC-PT-HOANGTHEN', 'Xã Hoang Thèn'),
          commune('LC-PT-TUNGQUALIN', 'Xã Tung Qua Lìn'),
        ],
      },
    ],
  },
  {
    code: 'DB',
    name: 'Tỉnh Điện Biên',
    kind: UnitKind.PROVINCE,
    children: [
      { code: 'DB-BDVTU', name: 'Ban Dân vận Tỉnh ủy Điện Biên', kind: UnitKind.AGENCY },
      {
        code: 'DB-HDIENBIEN',
        name: 'Huyện Điện Biên',
        kind: UnitKind.DISTRICT,
        children: [
          { code: 'DB-HDB-BDVHU', name: 'Ban Dân vận Huyện ủy Điện Biên', kind: UnitKind.AGENCY },
          commune('DB-HDB-NOONGLUONG', 'Xã Noong Luống'),
          commune('DB-HDB-POMLOT', 'Xã Pom Lót'),
        ],
      },
      {
        code: 'DB-TPDBP',
        name: 'Thành phố Điện Biên Phủ',
        kind: UnitKind.DISTRICT,
        children: [commune('DB-DBP-NANHAN', 'Xã Nà Nhạn')],
      },
    ],
  },
  {
    code: 'QN',
    name: 'Tỉnh Quảng Ninh',
    kind: UnitKind.PROVINCE,
    children: [
      {
        code: 'QN-HAIHA',
        name: 'Huyện Hải Hà',
        kind: UnitKind.DISTRICT,
        children: [commune('QN-HH-QUANGLONG', 'Xã Quảng Long')],
      },
    ],
  },
];

export interface DemoAccount {
  username: string;
  displayName: string;
  unit: string;
  /** role and the unit code it is granted on; null unit = system-wide */
  roles: Array<[Role, string | null]>;
  /** what the account is for, as the README lists it */
  purpose: string;
}

/** One account for each person of DESIGN.md. Council seats come from council membership. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'quantri',
    displayName: 'Quản trị hệ thống',
    unit: 'DB',
    roles: [[Role.ADMIN, null]],
    purpose: 'administrator',
  },
  {
    username: 'canbo',
    displayName: 'Lò Thị Hạnh',
    unit: 'DB-HDB-NOONGLUONG',
    roles: [[Role.UNIT_OFFICER, 'DB-HDB-NOONGLUONG']],
    purpose: 'unit officer, Noong Luống',
  },
  {
    username: 'lanhdao',
    displayName: 'Quàng Văn Thanh',
    unit: 'DB-HDB-NOONGLUONG',
    roles: [[Role.UNIT_LEADER, 'DB-HDB-NOONGLUONG']],
    purpose: 'unit leader, Noong Luống',
  },
  {
    username: 'canbo.pomlot',
    displayName: 'Lò Văn Dũng',
    unit: 'DB-HDB-POMLOT',
    roles: [[Role.UNIT_OFFICER, 'DB-HDB-POMLOT']],
    purpose: 'unit officer, Pom Lót',
  },
  {
    username: 'thiduakhenthuong',
    displayName: 'Nguyễn Thị Mai',
    unit: 'DB-HDB-BDVHU',
    roles: [[Role.CAMPAIGN_MANAGER, 'DB-HDIENBIEN']],
    purpose: 'campaign manager, huyện Điện Biên',
  },
  {
    username: 'thuky',
    displayName: 'Lường Văn Hùng',
    unit: 'DB-HDB-BDVHU',
    roles: [],
    purpose: 'council secretary (seat comes with council membership)',
  },
  {
    username: 'uyvien',
    displayName: 'Cà Thị Lan',
    unit: 'DB-HDB-BDVHU',
    roles: [],
    purpose: 'council member (seat comes with council membership)',
  },
  {
    username: 'chutich',
    displayName: 'Trần Quốc Bảo',
    unit: 'DB-HDB-BDVHU',
    roles: [],
    purpose: 'council chair (seat comes with council membership)',
  },
  {
    username: 'kyduyet',
    displayName: 'Vũ Đức Long',
    unit: 'DB-HDIENBIEN',
    roles: [[Role.SIGNER, 'DB-HDIENBIEN']],
    purpose: 'signing authority, huyện Điện Biên',
  },
  {
    username: 'lanhdao.pomlot',
    displayName: 'Lò Văn Thắng',
    unit: 'DB-HDB-POMLOT',
    roles: [[Role.UNIT_LEADER, 'DB-HDB-POMLOT']],
    purpose: 'unit leader, Pom Lót',
  },
  {
    username: 'canbo.phongtho',
    displayName: 'Vàng Thị Mỷ',
    unit: 'LC-PHONGTHO',
    roles: [[Role.UNIT_OFFICER, 'LC-PHONGTHO']],
    purpose: 'unit officer, huyện Phong Thổ and its communes',
  },
  {
    username: 'lanhdao.phongtho',
    displayName: 'Tẩn Văn Sơn',
    unit: 'LC-PHONGTHO',
    roles: [[Role.UNIT_LEADER, 'LC-PHONGTHO']],
    purpose: 'unit leader, huyện Phong Thổ',
  },
  {
    username: 'canbo.tamduong',
    displayName: 'Lò Thị Xuân',
    unit: 'LC-TAMDUONG',
    roles: [[Role.UNIT_OFFICER, 'LC-TAMDUONG']],
    purpose: 'unit officer, huyện Tam Đường and its communes',
  },
  {
    username: 'lanhdao.tamduong',
    displayName: 'Hoàng Văn Chung',
    unit: 'LC-TAMDUONG',
    roles: [[Role.UNIT_LEADER, 'LC-TAMDUONG']],
    purpose: 'unit leader, huyện Tam Đường',
  },
  {
    username: 'thiduakhenthuong.laichau',
    displayName: 'Đặng Thị Hoa',
    unit: 'LC-BDVTU',
    roles: [[Role.CAMPAIGN_MANAGER, 'LC']],
    purpose: 'campaign manager, tỉnh Lai Châu',
  },
  // The seats of tỉnh Lai Châu's councils at each level (commune, district, province): a
  // person can take one model up from xã Bình Lư to the province.
  {
    username: 'chutich.binhlu',
    displayName: 'Lò Văn Chiến',
    unit: 'LC-TD-BINHLU',
    roles: [],
    purpose: 'council chair, xã Bình Lư',
  },
  {
    username: 'thuky.binhlu',
    displayName: 'Tao Thị Hương',
    unit: 'LC-TD-BINHLU',
    roles: [],
    purpose: 'council secretary, xã Bình Lư',
  },
  {
    username: 'uyvien.binhlu',
    displayName: 'Giàng A Páo',
    unit: 'LC-TD-BINHLU',
    roles: [],
    purpose: 'council member, xã Bình Lư',
  },
  {
    username: 'chutich.tamduong',
    displayName: 'Nguyễn Văn Hải',
    unit: 'LC-TAMDUONG',
    roles: [],
    purpose: 'council chair, huyện Tam Đường',
  },
  {
    username: 'thuky.tamduong',
    displayName: 'Lò Thị Thanh',
    unit: 'LC-TAMDUONG',
    roles: [],
    purpose: 'council secretary, huyện Tam Đường',
  },
  {
    username: 'uyvien.tamduong',
    displayName: 'Tẩn Láo Sử',
    unit: 'LC-TAMDUONG',
    roles: [],
    purpose: 'council member, huyện Tam Đường',
  },
  {
    username: 'chutich.laichau',
    displayName: 'Vương Văn Thành',
    unit: 'LC-BDVTU',
    roles: [],
    purpose: 'council chair, tỉnh Lai Châu',
  },
  {
    username: 'thuky.laichau',
    displayName: 'Đỗ Thị Minh',
    unit: 'LC-BDVTU',
    roles: [],
    purpose: 'council secretary, tỉnh Lai Châu',
  },
  {
    username: 'uyvien.laichau',
    displayName: 'Lý Seo Dinh',
    unit: 'LC-BDVTU',
    roles: [],
    purpose: 'council member, tỉnh Lai Châu',
  },
  {
    username: 'baocao',
    displayName: 'Hoàng Thị Thu',
    unit: 'DB-BDVTU',
    roles: [[Role.REPORTER, 'DB']],
    purpose: 'reporter, tỉnh Điện Biên',
  },
];
