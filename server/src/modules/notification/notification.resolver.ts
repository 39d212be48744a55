import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { DomainEvent } from '../../infra/events/bus';
import { viewerOf, type Context } from '../context';
import { unauthenticated } from '../../infra/graphql/errors';
import { liveFeed } from '../live';
import { Connection, PageArgs } from '../../infra/graphql/pagination';
import { Candidacy } from '../candidacy/candidacy.entity';
import { Notification } from './notification.entity';

@ObjectType({ simpleResolvers: true })
class NotificationConnection extends Connection(Notification, 'Notification') {}

@ObjectType({ simpleResolvers: true })
class NotificationCount {
  @Field(() => Int)
  unread: number;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: 'The viewer’s notifications, newest first' })
  notifications(
    @Args() page: PageArgs,
    @Arg('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.notifications.list(viewerOf(ctx), page.first, page.after, unreadOnly);
  }

  @Authorized()
  @Query(() => NotificationCount)
  async notificationCount(@Ctx() ctx: Context): Promise<NotificationCount> {
    return { unread: await ctx.services.notifications.unreadCount(viewerOf(ctx)) };
  }

  @Authorized()
  @Mutation(() => NotificationCount, {
    description: 'Mark these read, or all when no ids are given',
  })
  async markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<NotificationCount> {
    await ctx.services.notifications.markRead(viewerOf(ctx), ids ?? null);
    return { unread: await ctx.services.notifications.unreadCount(viewerOf(ctx)) };
  }

  @Subscription(() => Notification, {
    description: 'The viewer’s new notifications as they happen',
    subscribe: ({ context }) => {
      const ctx = context as Context;
      if (!ctx.viewer) throw unauthenticated();
      const userId = ctx.viewer.user.id;
      return liveFeed(ctx, {
        events: (e) => e.type === 'notification.created' && e.userId === userId,
        // Only their recipient is told; the session still being live is checked by the feed.
        stillAllowed: (viewer) => viewer.user.id === userId,
      });
    },
  })
  async notificationAdded(@Root() event: DomainEvent, @Ctx() ctx: Context): Promise<Notification> {
    const id = event.type === 'notification.created' ? event.notificationId : '';
    return (await ctx.services.notifications.get(id))!;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The model’s title, unquoted' })
  modelTitle(@Root() n: Notification): string | null {
    return n.message.modelTitle ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  councilName(@Root() n: Notification): string | null {
    return n.message.councilName ?? null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The round a council event is about' })
  roundId(@Root() n: Notification): string | null {
    return n.message.roundId ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  roundName(@Root() n: Notification): string | null {
    return n.message.roundName ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How many entries, for ASSIGNED' })
  count(@Root() n: Notification): number | null {
    return n.message.count ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where a promoted model went' })
  unitName(@Root() n: Notification): string | null {
    return n.message.unitName ?? null;
  }

  @FieldResolver(() => String)
  actorName(@Root() n: Notification): string {
    return n.message.actorName;
  }

  @FieldResolver(() => String, { nullable: true })
  reason(@Root() n: Notification): string | null {
    return n.message.reason ?? null;
  }

  @FieldResolver(() => Candidacy, { nullable: true })
  candidacy(@Root() n: Notification, @Ctx() ctx: Context): Promise<Candidacy | null> | null {
    return n.candidacyId ? ctx.loaders.candidacy.load(n.candidacyId) : null;
  }
}
