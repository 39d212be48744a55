import type { TFunction } from 'i18next';
import { isNotificationKind, quoteTitle } from '@vinh-danh/shared';
import type { NotificationItemFragment } from '../../gql/graphql';

/**
 * A notification in the reader's language: its kind's wording (shared `notifications.kinds`)
 * with what the server stored for it. Titles are quoted here, once, unless they carry quotation
 * marks of their own.
 */
export const notificationText = (t: TFunction, n: NotificationItemFragment): string =>
  t(`notifications.kinds.${isNotificationKind(n.kind) ? n.kind : 'other'}`, {
    actor: n.actorName,
    title: n.modelTitle ? quoteTitle(n.modelTitle) : '',
    council: n.councilName ?? '',
    round: n.roundName ? quoteTitle(n.roundName) : '',
    count: n.count ?? 0,
    unit: n.unitName ?? '',
  });

/** Where a notification leads: the model it is about, or the round. */
export const notificationLink = (n: NotificationItemFragment): string | null => {
  if (n.candidacy) return `/models/${n.candidacy.modelId}`;
  if (n.roundId) return `/rounds/${n.roundId}`;
  return null;
};
