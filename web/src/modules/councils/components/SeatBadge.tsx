import { useTranslation } from 'react-i18next';
import type { Seat } from '@vinh-danh/shared';

export function SeatBadge({ seat, testId }: { seat: Seat; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge seat seat--${seat.toLowerCase()}`}
      data-testid={testId}
      data-seat={seat}
    >
      {t(`councils.seats.${seat}`)}
    </span>
  );
}
