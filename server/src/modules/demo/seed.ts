import type { DataSource, EntityManager } from 'typeorm';
import { foldText } from '@vinh-danh/shared';
import type { Logger } from '../../infra/log';
import { hashPassword } from '../auth/password';
import { OrgUnit } from '../org/org-unit.entity';
import { RoleGrant } from '../user/role-grant.entity';
import { User } from '../user/user.entity';
import { DEMO_ACCOUNTS, DEMO_UNITS, type DemoUnit } from './demo-data';
import { seedLifecycle } from './seed-lifecycle';

/**
 * Loads the demo on an empty database, once: a database with any unit in it is left alone, so a
 * second start reuses what the first one made (and whatever people changed since).
 */
export const seedDemo = async (db: DataSource, password: string, log: Logger): Promise<boolean> => {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7010202)');
    const [{ n }] = await tx.query('SELECT count(*)::int AS n FROM org_unit');
    if (n > 0) return false;
    const passwordHash = await hashPassword(password); // only when there is a demo to load
    const ids = new Map<string, string>();
    for (const unit of DEMO_UNITS) await insertUnit(tx, unit, null, ids);
    const users = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const user = await tx.getRepository(User).save({
        username: account.username,
        displayName: account.displayName,
        searchName: foldText(account.displayName),
        passwordHash,
        unitId: ids.get(account.unit)!,
      });
      users.set(account.username, user.id);
      for (const [role, unit] of account.roles) {
        await tx
          .getRepository(RoleGrant)
          .insert({ userId: user.id, role, unitId: unit ? ids.get(unit)! : null });
      }
    }
    await seedLifecycle(tx, ids, users);
    log.info({ units: ids.size, accounts: DEMO_ACCOUNTS.length }, 'demo data loaded');
    return true;
  });
};

const insertUnit = async (
  tx: EntityManager,
  unit: DemoUnit,
  parent: OrgUnit | null,
  ids: Map<string, string>,
): Promise<void> => {
  const repo = tx.getRepository(OrgUnit);
  const saved = await repo.save({
    code: unit.code,
    name: unit.name,
    searchName: foldText(unit.name),
    kind: unit.kind,
    parentId: parent?.id ?? null,
    depth: parent ? parent.depth + 1 : 0,
    path: '',
  });
  saved.path = `${parent?.path ?? '/'}${saved.id}/`;
  await tx.query('UPDATE org_unit SET path = $1 WHERE id = $2', [saved.path, saved.id]);
  ids.set(unit.code, saved.id);
  for (const child of unit.children ?? []) await insertUnit(tx, child, saved, ids);
};
