import { vi } from '@vinh-danh/shared';
import { numberLine, whom } from './decision';
import {
  amountInWords,
  awardTitle,
  count,
  officialDate,
  placeAndDate,
  placeOf,
  roman,
} from './engine';

describe('the document engine', () => {
  it("dates in Vietnam's time, a zero before days below 10 and months 1 and 2 only", () => {
    expect(officialDate(new Date('2026-12-05T03:00:00Z'))).toBe('ngày 05 tháng 12 năm 2026');
    expect(officialDate(new Date('2026-03-15T03:00:00Z'))).toBe('ngày 15 tháng 3 năm 2026');
    expect(officialDate(new Date('2026-01-09T03:00:00Z'))).toBe('ngày 09 tháng 01 năm 2026');
    // 20:00 UTC on 4 February is 03:00 on 5 February in Vietnam
    expect(officialDate(new Date('2026-02-04T20:00:00Z'))).toBe('ngày 05 tháng 02 năm 2026');
  });

  it('writes the place and date line, with blanks for a date not yet set', () => {
    expect(placeAndDate('Điện Biên', new Date('2026-12-05T03:00:00Z'))).toBe(
      'Điện Biên, ngày 05 tháng 12 năm 2026',
    );
    expect(placeAndDate('Điện Biên', null).replace(/\s+/g, ' ')).toBe('Điện Biên, ngày tháng năm ');
    expect(placeOf('Huyện Điện Biên')).toBe('Điện Biên');
    expect(placeOf('Xã Mường Nhà')).toBe('Mường Nhà');
  });

  it('numbers state and party documents each their own way, a draft with a blank', () => {
    expect(numberLine(false, '01/QĐ-UBND')).toBe('Số: 01/QĐ-UBND');
    expect(numberLine(true, '24-QĐ/BDVTU')).toBe('Số 24-QĐ/BDVTU');
    expect(numberLine(false, null, 'QĐ-UBND').replace(/\s+/g, ' ')).toBe('Số: /QĐ-UBND');
    expect(numberLine(true, null, 'QĐ/BDVTU').replace(/\s+/g, ' ')).toBe('Số -QĐ/BDVTU');
  });

  it('counts with two digits, leaves out a part with none, numbers sections in Roman', () => {
    expect(whom(2, 3)).toBe('02 tập thể và 03 cá nhân');
    expect(whom(0, 12)).toBe('12 cá nhân');
    expect(whom(1, 0)).toBe('01 tập thể');
    expect(count(7)).toBe('07');
    expect([1, 2, 3].map(roman)).toEqual(['I', 'II', 'III']);
  });

  it("prints an award's name from the shared messages, in Vietnamese capitals", () => {
    expect(awardTitle('GIAY_KHEN')).toBe('GIẤY KHEN');
    expect(awardTitle('BANG_KHEN')).toBe('BẰNG KHEN');
    expect(awardTitle('GIAY_KHEN')).toBe(vi.awardTypes.GIAY_KHEN.toLocaleUpperCase('vi-VN'));
  });

  it('writes sums of money in words, as decisions do beside the figures', () => {
    expect(amountInWords(1404000)).toBe('một triệu bốn trăm linh bốn nghìn đồng');
    expect(amountInWords(7020000)).toBe('bảy triệu không trăm hai mươi nghìn đồng');
    expect(amountInWords(2340000)).toBe('hai triệu ba trăm bốn mươi nghìn đồng');
    expect(amountInWords(18720000)).toBe('mười tám triệu bảy trăm hai mươi nghìn đồng');
    expect(amountInWords(351000)).toBe('ba trăm năm mươi mốt nghìn đồng');
    expect(amountInWords(15000)).toBe('mười lăm nghìn đồng');
    expect(amountInWords(24500)).toBe('hai mươi tư nghìn năm trăm đồng');
    expect(amountInWords(1000005)).toBe('một triệu không trăm linh năm đồng');
    expect(amountInWords(2000000000)).toBe('hai tỷ đồng');
    expect(amountInWords(0)).toBe('không đồng');
  });
});
