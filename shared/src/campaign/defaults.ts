/** The four standard fields (lĩnh vực); a campaign may edit the list and add its own themes. */
export const STANDARD_FIELDS = [
  { code: 'ECONOMY', name: 'Kinh tế' },
  { code: 'CULTURE_SOCIETY', name: 'Văn hóa – xã hội' },
  { code: 'DEFENCE_SECURITY', name: 'Quốc phòng – an ninh' },
  { code: 'POLITICAL_SYSTEM', name: 'Xây dựng hệ thống chính trị' },
] as const;

export interface Criterion {
  code: string;
  name: string;
  maxPoints: number;
}

export interface Rubric {
  total: number;
  criteria: Criterion[];
}

/**
 * No national point scale is published; this default is built from the criteria provinces
 * publish (DESIGN.md, Rubric).
 */
export const DEFAULT_RUBRIC: Rubric = {
  total: 100,
  criteria: [
    {
      code: 'RESULTS',
      name: 'Kết quả thiết thực, giải quyết việc khó của địa phương',
      maxPoints: 30,
    },
    { code: 'MOBILISATION', name: 'Huy động lực lượng, sự đồng thuận của Nhân dân', maxPoints: 25 },
    { code: 'SPREAD', name: 'Sức lan tỏa, khả năng nhân rộng', maxPoints: 20 },
    { code: 'SUSTAINABILITY', name: 'Tính bền vững', maxPoints: 15 },
    { code: 'CREATIVITY', name: 'Tính sáng tạo', maxPoints: 10 },
  ],
};

/** The problems of a rubric, empty when it is sound. */
export const rubricProblems = (rubric: Rubric): string[] => {
  const problems: string[] = [];
  if (rubric.criteria.length === 0) problems.push('the rubric needs at least one criterion');
  const sum = rubric.criteria.reduce((s, c) => s + c.maxPoints, 0);
  if (sum !== rubric.total) {
    problems.push(
      `the criteria add up to ${sum} points, not the declared total of ${rubric.total}`,
    );
  }
  const codes = rubric.criteria.map((c) => c.code);
  if (new Set(codes).size !== codes.length) problems.push('two criteria share a code');
  if (rubric.criteria.some((c) => !(c.maxPoints > 0)))
    problems.push('every criterion needs points');
  return problems;
};

export const AwardType = {
  GIAY_KHEN: 'GIAY_KHEN',
  BANG_KHEN: 'BANG_KHEN',
  EXEMPLARY_RECOGNITION: 'EXEMPLARY_RECOGNITION',
} as const;

export type AwardType = (typeof AwardType)[keyof typeof AwardType];
