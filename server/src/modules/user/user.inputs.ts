import { ArgsType, Field, ID, InputType } from 'type-graphql';
import {
  ArrayMaxSize,
  IsIn,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Role, ROLES } from '@vinh-danh/shared';
import { PageArgs } from '../../infra/graphql/pagination';

@InputType()
export class RoleGrantInput {
  @Field(() => Role)
  @IsIn(ROLES)
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: 'Leave out only for a system-wide administrator',
  })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;
}

@InputType()
export class CreateUserInput {
  @Field({ description: '3–40 lower-case letters, digits, ".", "_" or "-"' })
  @Matches(/^[a-z0-9][a-z0-9._-]{2,39}$/, {
    message: 'username must be 3–40 lower-case letters, digits, ".", "_" or "-"',
  })
  username: string;

  @Field()
  @MinLength(2)
  @MaxLength(120)
  displayName: string;

  @Field()
  @MinLength(8, { message: 'password must be at least 8 characters' })
  @MaxLength(200)
  password: string;

  @Field(() => ID, { description: 'The unit the person belongs to' })
  @IsUUID()
  unitId: string;

  @Field(() => [RoleGrantInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(20)
  roles: RoleGrantInput[];
}

@InputType()
export class GrantRoleInput extends RoleGrantInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;
}

@InputType()
export class RevokeRoleInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => ID)
  @IsUUID()
  grantId: string;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only people of this unit’s subtree' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field({ nullable: true, description: 'Matches names and usernames, ignoring diacritics' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}
