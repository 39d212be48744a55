import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AwardType, ModelKind, UnitKind } from '@vinh-danh/shared';
import { PageInfo } from '../../infra/graphql/pagination';

export const CertificateStatus = { VALID: 'VALID', ANNULLED: 'ANNULLED' } as const;
export type CertificateStatus = (typeof CertificateStatus)[keyof typeof CertificateStatus];
registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  description: 'Valid, or annulled (its decision or its entry was): never deleted',
});

/**
 * A certificate as anyone may check it: the facts exactly as signed, the key and signature to
 * check them offline, and its status now. Nothing here is private.
 */
@ObjectType({
  simpleResolvers: true,
  description: 'A certificate (Giấy khen, Bằng khen) and its status',
})
export class Certificate {
  @Field({ description: 'The verification code, XXXXX-XXXXX' })
  code: string;

  @Field(() => CertificateStatus)
  status: CertificateStatus;

  @Field(() => Date, { nullable: true })
  annulledAt: Date | null;

  @Field(() => String, { nullable: true })
  annulReason: string | null;

  @Field(() => AwardType)
  awardType: string;

  @Field({ description: 'The person, or the collective' })
  recipientName: string;

  @Field(() => String, {
    nullable: true,
    description: 'The person’s position; null for a collective',
  })
  position: string | null;

  @Field()
  unitName: string;

  @Field()
  achievement: string;

  @Field({ description: 'As printed, e.g. 01/QĐ-UBND' })
  decisionNumber: string;

  @Field({ description: 'YYYY-MM-DD' })
  decisionDate: string;

  @Field()
  issuerName: string;

  @Field(() => Int, { description: 'Số sổ vàng' })
  bookNumber: number;

  @Field({ description: 'The signing key’s id (see certificateKeys and /api/keys)' })
  keyId: string;

  @Field({ description: 'When it was signed, as signed (ISO 8601)' })
  issuedAt: string;

  @Field({ description: 'Ed25519 signature of the facts’ RFC 8785 JSON (NFC), base64url' })
  signature: string;

  @Field({
    description:
      'The verification address with the signed payload in its fragment (what the QR code holds)',
  })
  qrUrl: string;

  @Field()
  pdfUrl: string;
}

/** A commended model on the public honour roll: only what is public. */
@ObjectType({
  simpleResolvers: true,
  description: 'One entry of the public honour roll (vinh danh)',
})
export class HonourEntry {
  @Field({ description: 'Its certificate’s code: the entry’s address' })
  code: string;

  @Field()
  title: string;

  @Field(() => ModelKind)
  kind: string;

  @Field(() => String, { nullable: true })
  personName: string | null;

  @Field(() => String, { nullable: true })
  position: string | null;

  @Field()
  unitName: string;

  @Field()
  fieldCode: string;

  @Field(() => Int)
  year: number;

  @Field(() => AwardType)
  awardType: string;

  @Field(() => UnitKind, { description: 'The level that commended it (its issuer’s unit)' })
  level: string;

  @Field()
  issuerName: string;

  @Field({ description: 'The public summary: the achievement the certificate prints' })
  summary: string;

  @Field()
  decisionNumber: string;

  @Field({ description: 'YYYY-MM-DD' })
  decisionDate: string;

  @Field(() => CertificateStatus)
  status: CertificateStatus;

  @Field(() => Date, { nullable: true })
  annulledAt: Date | null;
}

@ObjectType({ simpleResolvers: true })
export class HonourRollPage {
  @Field(() => [HonourEntry])
  nodes: HonourEntry[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
