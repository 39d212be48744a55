import { format } from 'date-fns';

/** Dates as Vietnamese offices write them, whatever the interface language: 31/12/2026. */
export const formatDate = (iso: string | Date): string => format(new Date(iso), 'dd/MM/yyyy');
