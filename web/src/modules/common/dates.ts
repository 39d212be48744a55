import { format } from 'date-fns';

/** Dates as Vietnamese offices write them, whatever the interface language: 31/12/2026. */
export const formatDate = (iso: string | Date): string => format(new Date(iso), 'dd/MM/yyyy');

/**
 * A calendar day the API sends as YYYY-MM-DD (a decision's date, a disclosure's last day), as
 * 31/12/2026. Read as text, not as a Date: midnight UTC is the day before west of Greenwich.
 */
export const formatDay = (day: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : formatDate(day);
};
