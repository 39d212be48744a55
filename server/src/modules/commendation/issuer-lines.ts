/** What an issuer's documents say of it, from its heading (data, never code). */
export interface IssuerWords {
  heading: string[];
  party: boolean;
  signerTitle: string;
}

/**
 * Who gives the award, as the decision's and the certificate's capacity line says it: a state
 * body's head by title ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN"); a party body as itself, its
 * heading's last line ("BAN THƯỜNG VỤ HUYỆN ỦY").
 */
export const capacityLine = (issuer: IssuerWords): string =>
  issuer.party
    ? issuer.heading[issuer.heading.length - 1]
    : `${issuer.signerTitle} ${issuer.heading.join(' ')}`.toLocaleUpperCase('vi-VN');
