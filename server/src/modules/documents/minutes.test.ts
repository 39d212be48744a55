import * as fontkit from 'fontkit';
import pdf from 'pdf-parse';
import { MINUTES_FONTS, renderMinutes, type MinutesData } from './minutes';

const TITLE = 'Mô hình “Dân vận khéo” gắn với xây dựng nông thôn mới ở đội 7A, xã Pom Lót';

const entry = (rank: number, over: Partial<MinutesData['entries'][number]> = {}) => ({
  rank,
  title: `Mô hình số ${rank}: “Dân vận khéo” trong phát triển kinh tế hộ gia đình`,
  unitName: 'Xã Thanh Nưa',
  score: 75,
  approve: 5,
  reject: 0,
  abstain: 0,
  eligible: 5,
  approvalsNeeded: 3,
  quorumMet: true,
  outcome: 'EFFECTIVE' as const,
  ...over,
});

const sample = (entries: MinutesData['entries']): MinutesData => ({
  councilName: 'Hội đồng xét duyệt mô hình "Dân vận khéo" huyện Điện Biên',
  unitName: 'Huyện Điện Biên',
  campaignName: 'Phong trào thi đua “Dân vận khéo” năm 2026',
  roundName: 'Vòng xét duyệt cấp huyện',
  // 07:30 UTC is 14:30 in Vietnam
  closedAt: new Date('2026-03-15T07:30:00Z'),
  rules: {
    passScore: 70,
    exemplaryScore: 85,
    quorum: { numerator: 2, denominator: 3, strict: false },
    approval: { numerator: 1, denominator: 2, strict: true },
    rankBy: 'NORMALISED',
    scale: 100,
    writtenOpinions: true,
  },
  members: [
    { displayName: 'Nguyễn Thị Mai', seat: 'SECRETARY', present: true, writtenOpinion: null },
    { displayName: 'Lò Văn Pâng', seat: 'CHAIR', present: true, writtenOpinion: null },
    { displayName: 'Quàng Thị Ngoạn', seat: 'VICE_CHAIR', present: true, writtenOpinion: null },
    {
      displayName: 'Lường Văn Hặc',
      seat: 'MEMBER',
      present: false,
      writtenOpinion: 'Tán thành cả ba mô hình; đề nghị nhân rộng mô hình của xã Pom Lót.',
    },
    { displayName: 'Đặng Quốc Hưng', seat: 'MEMBER', present: false, writtenOpinion: null },
  ],
  entries,
  chairName: 'Lò Văn Pâng',
  secretaryName: 'Nguyễn Thị Mai',
});

const three = [
  entry(1, { title: TITLE, unitName: 'Xã Pom Lót', score: 82.5, outcome: 'EXEMPLARY' }),
  entry(2, { score: 71.25, approve: 4, abstain: 1 }),
  entry(3, { score: 64, approve: 2, reject: 2, abstain: 1, outcome: null }),
];

// pdf-parse puts a line break between text runs; compare with runs of whitespace folded.
const text = async (data: MinutesData) => {
  const parsed = await pdf(await renderMinutes(data));
  return { pages: parsed.numpages, text: parsed.text.replace(/\s+/g, ' ') };
};

describe('renderMinutes', () => {
  it('writes a Vietnamese record whose diacritics survive exactly', async () => {
    const { pages, text: t } = await text(sample(three));
    // five members, the rules in full and the table: the signatures may go over the page
    expect(pages).toBeLessThanOrEqual(2);
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Điện Biên, ngày 15 tháng 3 năm 2026',
      'BIÊN BẢN',
      'HỌP HỘI ĐỒNG XÉT DUYỆT',
      '15/03/2026 14:30',
      'Hội đồng có 5 thành viên; có mặt 3, vắng mặt 2.',
      'Thành viên có mặt (3): 1. Lò Văn Pâng – Chủ tịch. 2. Quàng Thị Ngoạn – Phó Chủ tịch. ' +
        '3. Nguyễn Thị Mai – Thư ký.',
      'Thành viên vắng mặt (2): 1. Lường Văn Hặc – Ủy viên. Ý kiến bằng văn bản: ' +
        '“Tán thành cả ba mô hình; đề nghị nhân rộng mô hình của xã Pom Lót.” ' +
        '2. Đặng Quốc Hưng – Ủy viên. Không gửi ý kiến bằng văn bản.',
      'Mô hình đạt từ 70 điểm trở lên được xét công nhận hiệu quả; đạt từ 85 điểm trở lên ' +
        'được xét công nhận tiêu biểu.',
      'Phiên bỏ phiếu chỉ được tiến hành khi có ít nhất 2/3 số thành viên Hội đồng có mặt ' +
        '(cần 4 trên 5 thành viên).',
      'có ít nhất 2/3 số thành viên được biểu quyết bỏ phiếu và hơn 1/2 số thành viên được ' +
        'biểu quyết bỏ phiếu tán thành.',
      'Xếp hạng theo điểm chuẩn hóa.',
      'ý kiến đó được ghi vào biên bản',
      'Tán thành Không tán thành Phiếu trắng',
      'Pom Lót',
      '“Dân vận khéo”',
      '82,5',
      '71,25',
      'trong đó: Công nhận tiêu biểu: 1; Công nhận hiệu quả:',
      'Không được công nhận: 1.',
      'Không được công nhận (cần 3 phiếu tán thành)',
      'THƯ KÝ',
      'CHỦ TỊCH',
    ])
      expect(t).toContain(s);
    // not the words the web does not use, nor the old garbled rule
    for (const s of ['Đồng ý', 'Không ý kiến', 'Thành viên –', 'không thuộc diện', 'túc số'])
      expect(t).not.toContain(s);
  });

  it("dates in Vietnam's time, with a zero only before days below 10 and months 1 and 2", async () => {
    // 20:00 UTC on 4 February is 03:00 on 5 February in Vietnam
    const data = { ...sample(three), closedAt: new Date('2026-02-04T20:00:00Z') };
    const { text: t } = await text(data);
    expect(t).toContain('Điện Biên, ngày 05 tháng 02 năm 2026');
    expect(t).toContain('05/02/2026 03:00');
  });

  it('composes decomposed input, so what is embedded is what a reader searches for', async () => {
    const data = sample([entry(1, { unitName: 'Xã Pom Lót'.normalize('NFD') })]);
    const { text: t } = await text(data);
    expect(t).toContain('Xã Pom Lót');
  });

  it('embeds fonts that draw every Vietnamese letter, not a blank box', () => {
    // Text extraction reads the ToUnicode map, which PDFKit writes even for a missing glyph:
    // only the font itself can tell a letter from a box.
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ“”–';
    const all = [...letters, ...letters.toLocaleUpperCase('vi-VN')];
    for (const path of Object.values(MINUTES_FONTS)) {
      const font = fontkit.openSync(path);
      if (!('hasGlyphForCodePoint' in font)) throw new Error(`${path} is a font collection`);
      expect(all.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!))).toEqual([]);
    }
  });

  it('prints no counts for an entry whose ballots fell short of the quorum, and says why', async () => {
    const short = entry(1, {
      title: 'Mô hình không đủ phiếu',
      score: 75,
      approve: null,
      reject: null,
      abstain: null,
      quorumMet: false,
      outcome: null,
    });
    const { text: t } = await text(sample([short]));
    expect(t).toContain('75–––5Không được công nhận (không đủ số thành viên bỏ phiếu)');
  });

  it('paginates 60 entries, repeating the table heading', async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      entry(i + 1, i === 0 ? { title: TITLE } : {}),
    );
    const { pages, text: t } = await text(sample(many));
    expect(pages).toBeGreaterThan(1);
    expect(t.split('Số thành viên được biểu quyết Kết quả').length - 1).toBe(pages);
    expect(t).toContain(`Trang ${pages}/${pages}`);
    expect(t).toContain('Mô hình số 60');
  });
});
