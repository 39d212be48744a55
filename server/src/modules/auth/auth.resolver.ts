import {
  Arg,
  Ctx,
  Field,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { MaxLength, MinLength } from 'class-validator';
import { CAPABILITIES, capabilitiesOf, type Capability } from '@vinh-danh/shared';
import type { Context } from '../context';
import { User } from '../user/user.entity';
import type { Viewer } from './viewer';

const CapabilityEnum = Object.fromEntries(Object.keys(CAPABILITIES).map((k) => [k, k])) as {
  [K in Capability]: K;
};
registerEnumType(CapabilityEnum, {
  name: 'Capability',
  description: 'What the viewer’s roles allow at all (the web builds its navigation from it)',
});

@ObjectType('Viewer', { simpleResolvers: true, description: 'The signed-in person' })
class ViewerType {
  @Field(() => User)
  user: User;

  @Field(() => [CapabilityEnum])
  capabilities: Capability[];
}

@ObjectType({ simpleResolvers: true })
class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' })
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => ViewerType)
  viewer: ViewerType;
}

@InputType()
class LoginInput {
  @Field()
  @MinLength(1)
  @MaxLength(100)
  username: string;

  @Field()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

const present = (viewer: Viewer): ViewerType => ({
  user: viewer.user,
  capabilities: capabilitiesOf(viewer.roles),
});

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: 'null when not signed in' })
  me(@Ctx() ctx: Context): ViewerType | null {
    return ctx.viewer ? present(ctx.viewer) : null;
  }

  @Mutation(() => AuthPayload)
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const signedIn = await ctx.services.auth.login(input.username, input.password, ctx.ip);
    ctx.log.info({ userId: signedIn.viewer.user.id }, 'signed in');
    return { ...signedIn, viewer: present(signedIn.viewer) };
  }

  @Mutation(() => Boolean, { description: 'Revokes the token this request carries' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (!ctx.token) return false;
    await ctx.services.auth.logout(ctx.token);
    return true;
  }
}
