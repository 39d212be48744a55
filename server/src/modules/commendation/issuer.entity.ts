import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AwardType } from '@vinh-danh/shared';

/**
 * A body whose head signs commendations (a People's Committee, a party committee's board), with
 * the words its documents carry. All of it is data: headings and symbols change with the
 * administrative map (the 2025 reform removed the districts) and with who holds the office.
 */
@ObjectType({
  simpleResolvers: true,
  description: 'A signing authority and its documents’ heading',
})
@Entity('issuer')
export class Issuer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid', { name: 'unit_id' })
  unitId: string;

  @Field({ description: 'As a sentence names it: "Ủy ban nhân dân huyện Điện Biên"' })
  @Column('text')
  name: string;

  @Field(() => [String], {
    description: 'The heading’s lines: "ỦY BAN NHÂN DÂN", "HUYỆN ĐIỆN BIÊN"',
  })
  @Column('text', { array: true })
  heading: string[];

  @Field({ description: 'QĐ-UBND; a party body writes QĐ/BDVTU' })
  @Column('text')
  symbol: string;

  @Field({ description: 'A party body: number before the symbol, "ĐẢNG CỘNG SẢN VIỆT NAM"' })
  @Column('boolean')
  party: boolean;

  @Field({ description: 'Where its documents are dated: "Điện Biên"' })
  @Column('text')
  place: string;

  @Field({ description: '"TM. ỦY BAN NHÂN DÂN"' })
  @Column('text', { name: 'signer_capacity' })
  signerCapacity: string;

  @Field({ description: '"CHỦ TỊCH"' })
  @Column('text', { name: 'signer_title' })
  signerTitle: string;

  @Field()
  @Column('text', { name: 'signer_name' })
  signerName: string;

  @Field(() => [AwardType])
  @Column('text', { name: 'award_types', array: true })
  awardTypes: AwardType[];

  @Field(() => [String], { description: 'Who carries its decisions out (Điều 3)' })
  @Column('text', { array: true })
  executors: string[];

  @Field(() => [String], { description: 'Where copies of its decisions go (Nơi nhận)' })
  @Column('text', { array: true })
  recipients: string[];
}
