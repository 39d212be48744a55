import 'i18next';
import type { Messages } from '@vinh-danh/shared';

// Keys passed to t() are checked against the Vietnamese messages, the language every key starts in.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
