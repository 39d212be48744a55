import { Seat, UnitKind } from '@vinh-danh/shared';

/**
 * The demo's review councils, one per unit and campaign (DESIGN.md). A campaign covers its
 * owner's subtree, so huyện Điện Biên's own campaign reviews at the district and ends there,
 * while tỉnh Lai Châu's campaign has a council at each level and a model can climb from xã Bình
 * Lư through huyện Tam Đường to the province. Each campaign's review phases are exactly the
 * levels its councils sit at (see seed-lifecycle.ts), so no level shows open with nobody there.
 */
export interface DemoCouncil {
  campaign: string;
  unit: string;
  /** the kind of `unit`: the level the council reviews at */
  level: UnitKind;
  name: string;
  promotionQuota: number;
  seats: Array<[username: string, seat: Seat]>;
  /** campaign manager who formed it */
  createdBy: string;
}

const seats = (suffix: string): DemoCouncil['seats'] => [
  [`chutich${suffix}`, Seat.CHAIR],
  [`thuky${suffix}`, Seat.SECRETARY],
  [`uyvien${suffix}`, Seat.MEMBER],
];

export const DEMO_COUNCILS: DemoCouncil[] = [
  {
    campaign: 'DB',
    unit: 'DB-HDIENBIEN',
    level: UnitKind.DISTRICT,
    name: 'Hội đồng xét duyệt mô hình “Dân vận khéo” huyện Điện Biên',
    promotionQuota: 2,
    seats: seats(''),
    createdBy: 'thiduakhenthuong',
  },
  {
    campaign: 'LC',
    unit: 'LC-TD-BINHLU',
    level: UnitKind.COMMUNE,
    name: 'Hội đồng xét duyệt mô hình “Dân vận khéo” xã Bình Lư',
    promotionQuota: 1,
    seats: seats('.binhlu'),
    createdBy: 'thiduakhenthuong.laichau',
  },
  {
    campaign: 'LC',
    unit: 'LC-TAMDUONG',
    level: UnitKind.DISTRICT,
    name: 'Hội đồng xét duyệt mô hình “Dân vận khéo” huyện Tam Đường',
    promotionQuota: 1,
    seats: seats('.tamduong'),
    createdBy: 'thiduakhenthuong.laichau',
  },
  {
    campaign: 'LC',
    unit: 'LC',
    level: UnitKind.PROVINCE,
    name: 'Hội đồng xét duyệt mô hình “Dân vận khéo” tỉnh Lai Châu',
    promotionQuota: 2,
    seats: seats('.laichau'),
    createdBy: 'thiduakhenthuong.laichau',
  },
];
