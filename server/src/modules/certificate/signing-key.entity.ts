import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A key that signs certificates. One is current (retired_at IS NULL); a retired key signs no
 * more but stays published, so that what it signed still verifies. The private half never
 * leaves the server: it is not selected unless asked for, and no field shows it.
 */
@ObjectType({
  simpleResolvers: true,
  description: 'A public key that signs certificates (Ed25519); retired keys still verify',
})
@Entity('signing_key')
export class SigningKey {
  @Field(() => ID, { description: 'The short key id that certificates name' })
  @PrimaryColumn('text')
  id: string;

  @Column('bytea', { name: 'public_key' })
  publicKey: Buffer;

  @Column('bytea', { name: 'private_key', select: false })
  privateKey?: Buffer;

  @Field()
  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it stopped signing; null: the current key',
  })
  @Column('timestamptz', { name: 'retired_at', nullable: true })
  retiredAt: Date | null;
}
