/** Collective (tập thể) or individual (cá nhân) models. */
export const ModelKind = { COLLECTIVE: 'COLLECTIVE', INDIVIDUAL: 'INDIVIDUAL' } as const;
export type ModelKind = (typeof ModelKind)[keyof typeof ModelKind];

/**
 * The registration form units really fill has ten parts; the first, the name, is the model's
 * title. The other nine are these, in the form's order; all must be filled before submitting.
 */
export const FORM_PARTS = [
  'situation',
  'goals',
  'content',
  'reach',
  'forces',
  'resources',
  'timeline',
  'outputs',
  'sustainability',
] as const;

export type FormPart = (typeof FORM_PARTS)[number];
export type RegistrationForm = Partial<Record<FormPart, string>>;

export interface DossierFacts {
  title: string;
  kind: ModelKind;
  personName?: string | null;
  form: RegistrationForm;
  indicatorCount: number;
}

/** What is still missing before a model can be submitted; empty when the dossier is complete. */
export const missingParts = (d: DossierFacts): string[] => [
  ...(d.title.trim() ? [] : ['title']),
  ...(d.kind === ModelKind.INDIVIDUAL && !d.personName?.trim() ? ['personName'] : []),
  ...FORM_PARTS.filter((p) => !d.form[p]?.trim()),
  ...(d.indicatorCount > 0 ? [] : ['indicators']),
];

/** Evidence files: what the server accepts, by detected type, and how large. */
export const EVIDENCE_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.ms-powerpoint': 'ppt',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
