import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ simpleResolvers: true, description: 'An evidence file attached to a model' })
@Entity('evidence_file')
export class EvidenceFile {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'model_id' })
  modelId: string;

  @Field()
  @Column('text', { name: 'file_name' })
  fileName: string;

  @Field()
  @Column('text', { name: 'content_type' })
  contentType: string;

  @Field(() => Int)
  @Column('int', { name: 'size_bytes' })
  sizeBytes: number;

  @Column('text', { name: 'storage_key' })
  storageKey: string;

  @Column('uuid', { name: 'uploaded_by' })
  uploadedBy: string;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'GET it with the Authorization header' })
  get url(): string {
    return `/api/evidence/${this.id}`;
  }
}
