import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { CAPABILITIES } from '@vinh-danh/shared';
import { viewerOf, type Context } from '../context';
import { Connection } from '../../infra/graphql/pagination';
import { OrgUnit } from '../org/org-unit.entity';
import { RoleGrant } from './role-grant.entity';
import { User } from './user.entity';
import { CreateUserInput, GrantRoleInput, RevokeRoleInput, UsersArgs } from './user.inputs';

@ObjectType({ simpleResolvers: true })
class UserConnection extends Connection(User, 'User') {}

@Resolver(() => User)
export class UserResolver {
  @Authorized(CAPABILITIES.browseOrg)
  @Query(() => User)
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.get(viewerOf(ctx), id);
  }

  @Authorized(CAPABILITIES.browseOrg)
  @Query(() => UserConnection, { description: 'People of the units your roles reach' })
  users(@Args() args: UsersArgs, @Ctx() ctx: Context) {
    return ctx.services.users.list(viewerOf(ctx), args);
  }

  @Authorized(CAPABILITIES.manageUsers)
  @Mutation(() => User)
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.create(viewerOf(ctx), input);
  }

  @Authorized(CAPABILITIES.manageUsers)
  @Mutation(() => User)
  grantRole(@Arg('input') input: GrantRoleInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.grantRole(viewerOf(ctx), input);
  }

  @Authorized(CAPABILITIES.manageUsers)
  @Mutation(() => User)
  revokeRole(@Arg('input') input: RevokeRoleInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.revokeRole(viewerOf(ctx), input);
  }

  @FieldResolver(() => OrgUnit)
  async unit(@Root() user: User, @Ctx() ctx: Context): Promise<OrgUnit> {
    return (await ctx.loaders.unit.load(user.unitId))!;
  }

  @FieldResolver(() => [RoleGrant])
  roles(@Root() user: User, @Ctx() ctx: Context): Promise<RoleGrant[]> {
    return ctx.loaders.grantsOfUser.load(user.id);
  }
}

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @FieldResolver(() => OrgUnit, { nullable: true, description: 'null: the whole system' })
  unit(@Root() grant: RoleGrant, @Ctx() ctx: Context): Promise<OrgUnit | null> | null {
    return grant.unitId ? ctx.loaders.unit.load(grant.unitId) : null;
  }
}
