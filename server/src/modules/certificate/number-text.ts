/**
 * A decision's number as printed: two digits at least, then the symbol. State bodies write
 * "01/QĐ-UBND"; party bodies put a dash before their symbol: "24-QĐ/BDVTU" (FORMS.md).
 */
export const decisionNumberText = (number: number, symbol: string, party: boolean): string =>
  `${String(number).padStart(2, '0')}${party ? '-' : '/'}${symbol}`;
