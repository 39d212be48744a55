import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { CAPABILITIES } from '@vinh-danh/shared';
import { viewerOf, type Context } from '../context';
import { Connection } from '../../infra/graphql/pagination';
import { OrgUnit } from './org-unit.entity';
import {
  ArchiveUnitInput,
  CreateUnitInput,
  MoveUnitInput,
  UnitsArgs,
  UpdateUnitInput,
} from './org.inputs';

@ObjectType({ simpleResolvers: true })
class OrgUnitConnection extends Connection(OrgUnit, 'OrgUnit') {}

/** The unit tree is public knowledge; any signed-in person may browse it. */
@Resolver(() => OrgUnit)
export class OrgResolver {
  @Authorized()
  @Query(() => [OrgUnit], { description: 'The top units of what the viewer’s roles reach' })
  unitRoots(@Ctx() ctx: Context): Promise<OrgUnit[]> {
    return ctx.services.org.roots(viewerOf(ctx));
  }

  @Authorized()
  @Query(() => OrgUnit)
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OrgUnit> {
    return ctx.services.org.get(id);
  }

  @Authorized()
  @Query(() => OrgUnitConnection, { description: 'Units by name or code, ignoring diacritics' })
  units(@Args() args: UnitsArgs, @Ctx() ctx: Context) {
    return ctx.services.org.list(args);
  }

  @Authorized(CAPABILITIES.manageUnits)
  @Mutation(() => OrgUnit)
  createUnit(@Arg('input') input: CreateUnitInput, @Ctx() ctx: Context): Promise<OrgUnit> {
    return ctx.services.org.create(viewerOf(ctx), input);
  }

  @Authorized(CAPABILITIES.manageUnits)
  @Mutation(() => OrgUnit, { description: 'Rename a unit or change its code' })
  updateUnit(@Arg('input') input: UpdateUnitInput, @Ctx() ctx: Context): Promise<OrgUnit> {
    return ctx.services.org.update(viewerOf(ctx), input);
  }

  @Authorized(CAPABILITIES.manageUnits)
  @Mutation(() => OrgUnit, { description: 'Move a unit, with its subtree, under another parent' })
  moveUnit(@Arg('input') input: MoveUnitInput, @Ctx() ctx: Context): Promise<OrgUnit> {
    return ctx.services.org.move(viewerOf(ctx), input);
  }

  @Authorized(CAPABILITIES.manageUnits)
  @Mutation(() => OrgUnit)
  archiveUnit(@Arg('input') input: ArchiveUnitInput, @Ctx() ctx: Context): Promise<OrgUnit> {
    return ctx.services.org.archive(viewerOf(ctx), input);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  parent(@Root() unit: OrgUnit, @Ctx() ctx: Context): Promise<OrgUnit | null> | null {
    return unit.parentId ? ctx.loaders.unit.load(unit.parentId) : null;
  }

  @FieldResolver(() => [OrgUnit])
  children(
    @Root() unit: OrgUnit,
    @Arg('includeArchived', { defaultValue: false }) includeArchived: boolean,
    @Ctx() ctx: Context,
  ): Promise<OrgUnit[]> {
    return (includeArchived ? ctx.loaders.allChildren : ctx.loaders.activeChildren).load(unit.id);
  }

  @FieldResolver(() => Int, { description: 'Active sub-units' })
  childCount(@Root() unit: OrgUnit, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.activeChildCount.load(unit.id);
  }

  @FieldResolver(() => [OrgUnit], { description: 'From the root down to the parent' })
  async ancestors(@Root() unit: OrgUnit, @Ctx() ctx: Context): Promise<OrgUnit[]> {
    const ids = unit.path.split('/').filter((id) => id && id !== unit.id);
    const rows = await ctx.loaders.unit.loadMany(ids);
    return rows.filter((u): u is OrgUnit => u instanceof OrgUnit);
  }
}
