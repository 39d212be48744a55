/**
 * Today's date where the movement runs (YYYY-MM-DD in Asia/Ho_Chi_Minh), against which phase
 * dates are compared: a phase closing on the 31st is open all that day in Vietnam.
 */
export const todayInVietnam = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
