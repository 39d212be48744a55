import {
  FORM_PARTS,
  interpolate,
  type ModelKind,
  type RegistrationForm,
  vi,
} from '@vinh-danh/shared';
import {
  heading,
  MM,
  nfc,
  numberPages,
  openSheet,
  placeAndDate,
  placeOf,
  signature,
  signatureHeight,
  table,
  upper,
} from './engine';

export interface AchievementReportDoc {
  /** the model's title */
  title: string;
  kind: ModelKind;
  unitName: string;
  personName: string | null;
  personPosition: string | null;
  /** the theme: "Dân vận khéo" */
  fieldName: string;
  campaignName: string;
  year: number;
  form: RegistrationForm;
  indicators: {
    name: string;
    unitOfMeasure: string;
    target: number | null;
    achieved: number | null;
  }[];
  place: string;
  date: Date;
  /** the unit above the reporting one, for the heading's first line */
  superiorName?: string | null;
}

const D = vi.documents;
const R = D.report;
const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const fmt = (n: number | null) => (n === null ? '–' : number.format(n));
const rate = (target: number | null, achieved: number | null) =>
  target && achieved !== null ? number.format(Math.round((achieved / target) * 1000) / 10) : '–';

/** A report of achievements "theo chuyên đề" (Decree 152/2025, annex): the model's own form. */
export const renderAchievementReport = (r: AchievementReportDoc): Promise<Buffer> => {
  const sheet = openSheet({ title: `${R.title} – ${nfc(r.title)}`, subject: r.unitName, size: 13 });
  const { doc, left, width, put, para } = sheet;
  heading(sheet, {
    issuer: [...(r.superiorName ? [r.superiorName] : []), upper(r.unitName)],
    party: false,
    placeDate: placeAndDate(r.place || placeOf(r.unitName), r.date),
  });

  put('bold', 14, R.title, { width }, [left, doc.y + 22]);
  put('bold', 13, interpolate(R.theme, { field: upper(r.fieldName) }), { width });
  // "… năm 2026" once: a campaign's name often says its year already.
  const campaign = r.campaignName.includes(String(r.year))
    ? r.campaignName
    : interpolate(R.campaign, { campaign: r.campaignName, year: r.year });
  put('italic', 13, campaign, { width });
  doc.moveDown(1);

  const item = { indent: 10 * MM, paragraphGap: 2 };
  para('bold', R.general);
  para('regular', `- ${interpolate(R.name, { title: r.title })}`, item);
  para('regular', `- ${interpolate(R.kind, { kind: vi.modelKinds[r.kind] })}`, item);
  if (r.personName) para('regular', `- ${interpolate(R.person, { name: r.personName })}`, item);
  if (r.personPosition)
    para('regular', `- ${interpolate(R.position, { position: r.personPosition })}`, item);
  para('regular', `- ${interpolate(R.unit, { unit: r.unitName })}`, item);
  para('regular', `- ${interpolate(R.field, { field: r.fieldName })}`, item);

  // The registration form's parts, in its order, under the labels the web gives them.
  doc.moveDown(0.5);
  para('bold', R.parts);
  for (const part of FORM_PARTS) {
    doc.moveDown(0.2);
    para('bold', vi.formParts[part]);
    const text = r.form[part]?.trim();
    if (!text) para('italic', R.unfilled, item);
    else for (const p of text.split(/\n+/)) para('regular', p, item);
  }

  doc.moveDown(0.5);
  sheet.keep(60);
  para('bold', R.indicators);
  doc.moveDown(0.3);
  table(
    sheet,
    [
      { head: R.no, width: 32, align: 'center' },
      { head: R.indicator, width: 0 },
      { head: R.unitOfMeasure, width: 70, align: 'center' },
      { head: R.target, width: 60, align: 'center' },
      { head: R.achieved, width: 60, align: 'center' },
      { head: R.rate, width: 60, align: 'center' },
    ],
    r.indicators.map((x, i) => [
      String(i + 1),
      x.name,
      x.unitOfMeasure,
      fmt(x.target),
      fmt(x.achieved),
      rate(x.target, x.achieved),
    ]),
    { size: 11, head: 11, pad: 4, empty: R.noIndicators },
  );

  // Who signs: for a collective its head, confirmed above; for a person, the person, confirmed
  // by the head of their unit.
  doc.moveDown(1);
  sheet.keep(signatureHeight(sheet));
  const y = doc.y;
  const half = width / 2;
  const individual = r.kind === 'INDIVIDUAL';
  const confirm = individual ? R.headConfirms : R.superior;
  const signer = individual ? R.reporter : R.head;
  signature(
    sheet,
    { capacity: '', title: confirm, name: '' },
    { x: left, y, width: half, size: 12, hint: D.sealHint },
  );
  signature(
    sheet,
    { capacity: '', title: signer, name: individual ? (r.personName ?? '') : '' },
    { x: left + half, y, width: half, size: 12, hint: individual ? D.signHint : D.sealHint },
  );

  numberPages(sheet, {
    at: 'top',
    from: 2,
    label: (page) => interpolate(D.page, { page }),
    font: 'regular',
    size: 12,
  });
  return sheet.end();
};
