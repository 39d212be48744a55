/**
 * How a decision's number is written (Decree 30/2020 for state bodies, Guidance 36-HD/VPTW for
 * party bodies): "163/QĐ-UBND", or "24-QĐ/BDVTU" where the issuer's symbol "QĐ/BDVTU" takes the
 * number before the type with a hyphen. Numbers below 10 take a leading zero.
 */
export const decisionNumberText = (number: number, symbol: string, party: boolean): string => {
  const n = String(number).padStart(2, '0');
  return party ? `${n}-${symbol}` : `${n}/${symbol}`;
};
