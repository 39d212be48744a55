import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '@vinh-danh/shared';
import { toBase64Url } from '@vinh-danh/shared/certificates';
import { forbidden } from '../../infra/graphql/errors';
import { viewerOf, type Context } from '../context';
import { HonourRollArgs } from './certificate.inputs';
import { mayRotateKeys } from './certificate.policy';
import { Certificate, HonourEntry, HonourRollPage } from './certificate.types';
import { DecisionEntry } from '../commendation/decision.entity';
import { SigningKey } from './signing-key.entity';

/** Certificates and the honour roll: public, no sign-in; only the key rotation is not. */
@Resolver()
export class CertificateResolver {
  @Query(() => Certificate, {
    nullable: true,
    description:
      'PUBLIC. The certificate of a code (case, spaces, dashes and O/0, I/L/1 forgiven); null if there is none',
  })
  verifyCertificate(@Arg('code') code: string, @Ctx() ctx: Context): Promise<Certificate | null> {
    return ctx.services.certificates.find(code);
  }

  @Query(() => [SigningKey], {
    description: 'PUBLIC. Every key that signed certificates, the current one first',
  })
  certificateKeys(@Ctx() ctx: Context): Promise<SigningKey[]> {
    return ctx.services.certificates.keys.published();
  }

  @Query(() => HonourRollPage, {
    description: 'PUBLIC. The honour roll: commended models, newest decision first',
  })
  honourRoll(@Args() args: HonourRollArgs, @Ctx() ctx: Context): Promise<HonourRollPage> {
    return ctx.services.honourRoll.list(args.filter, args);
  }

  @Query(() => HonourEntry, {
    nullable: true,
    description: 'PUBLIC. One entry of the honour roll, by its certificate’s code',
  })
  honourEntry(@Arg('code') code: string, @Ctx() ctx: Context): Promise<HonourEntry | null> {
    return ctx.services.honourRoll.entry(code);
  }

  // Not a capability of the menu: an administrator's, and the policy narrows it to the whole tree's.
  @Authorized([Role.ADMIN])
  @Mutation(() => SigningKey, {
    description:
      'Retire the current signing key and make a new one; what the old one signed still verifies',
  })
  rotateSigningKey(@Ctx() ctx: Context): Promise<SigningKey> {
    if (!mayRotateKeys(viewerOf(ctx))) throw forbidden();
    return ctx.services.certificates.keys.rotate(ctx.log);
  }
}

@Resolver(() => SigningKey)
export class SigningKeyResolver {
  @FieldResolver(() => String, { description: 'The Ed25519 public key, base64url' })
  publicKey(@Root() key: SigningKey): string {
    return toBase64Url(key.publicKey);
  }
}

@Resolver(() => DecisionEntry)
export class DecisionEntryCertificateResolver {
  @FieldResolver(() => Certificate, {
    nullable: true,
    description: 'Its certificate, once the decision is signed (annulled ones say so)',
  })
  async certificate(
    @Root() entry: DecisionEntry,
    @Ctx() ctx: Context,
  ): Promise<Certificate | null> {
    const row = await ctx.loaders.certificateOfEntry.load(entry.id);
    return row ? ctx.services.certificates.toView(row) : null;
  }
}
