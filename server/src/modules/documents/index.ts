/**
 * The document engine: pure renderers from plain data to PDF, no database and no browser. The
 * services gather the data; the routes send the bytes.
 */
export { renderDecision, type DecisionDoc } from './decision';
export { renderCertificate, type CertificateDoc } from './certificate';
export { renderSubmission, type SubmissionDoc } from './submission';
export { renderAchievementReport, type AchievementReportDoc } from './achievement-report';
export { mergePdfs } from './merge';
export { awardTitle } from './engine';
export { MINUTES_FONTS, renderMinutes, type MinutesData } from './minutes';
