import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numeric } from '../../infra/db/columns';

@ObjectType({
  simpleResolvers: true,
  description: 'A result indicator: m² of land donated, labour days, VND, households…',
})
@Entity('model_indicator')
export class Indicator {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'model_id' })
  modelId: string;

  @Field(() => Int)
  @Column('int')
  position: number;

  @Field()
  @Column('text')
  name: string;

  @Field({ description: 'Unit of measure (đơn vị tính)' })
  @Column('text', { name: 'unit_of_measure' })
  unitOfMeasure: string;

  @Field(() => Float, { nullable: true })
  @Column('numeric', { nullable: true, transformer: numeric })
  target: number | null;

  @Field(() => Float, { nullable: true })
  @Column('numeric', { nullable: true, transformer: numeric })
  achieved: number | null;
}
