/**
 * Readable names for the downloaded documents, without diacritics so that every file system and
 * mail client keeps them: "quyet-dinh-01-QD-UBND.pdf".
 */
const fileSafe = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');

const short = (id: string) => id.slice(0, 8);

export const dossierFile = (proposalId: string) => `ho-so-de-nghi-${short(proposalId)}.pdf`;

export const decisionFile = (decision: { id: string; numberText?: string | null }) =>
  decision.numberText
    ? `quyet-dinh-${fileSafe(decision.numberText)}.pdf`
    : `du-thao-quyet-dinh-${short(decision.id)}.pdf`;

export const certificateFile = (code: string) => `khen-thuong-${fileSafe(code)}.pdf`;
