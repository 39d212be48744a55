import { foldText } from './text';

describe('foldText', () => {
  it('drops tone marks and diacritics', () => {
    expect(foldText('Noong Luống')).toBe('noong luong');
    expect(foldText('Mù Sang')).toBe('mu sang');
    expect(foldText('Thèn Sin')).toBe('then sin');
  });

  it('folds đ and Đ to d', () => {
    expect(foldText('Điện Biên Phủ')).toBe('dien bien phu');
    expect(foldText('Tam Đường')).toBe('tam duong');
  });

  it('folds composed and decomposed input alike', () => {
    expect(foldText('Lai Ch\u00e2u')).toBe(foldText('Lai Cha\u0302u'));
  });

  it('collapses white space', () => {
    expect(foldText('  Hải   Hà ')).toBe('hai ha');
  });
});
