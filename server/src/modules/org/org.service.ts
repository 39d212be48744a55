import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { foldText, UnitKind } from '@vinh-danh/shared';
import { escapeLike, whereAllWords } from '../../infra/db/search';
import { refuse, forbidden, notFound, conflict } from '../../infra/graphql/errors';
import { isId } from '../../infra/graphql/ids';
import { decodeCursor, toPage, type Page } from '../../infra/graphql/pagination';
import type { Viewer } from '../auth/viewer';
import { OrgUnit } from './org-unit.entity';
import type {
  ArchiveUnitInput,
  CreateUnitInput,
  MoveUnitInput,
  UnitsArgs,
  UpdateUnitInput,
} from './org.inputs';
import { mayAdministerUnit } from './org.policy';
import { violates } from '../../infra/db/constraints';

const duplicateCode = (code: string) => refuse('UNIT_CODE_TAKEN', { code }, { field: 'code' });

export class OrgService {
  constructor(private readonly db: DataSource) {}

  async get(id: string): Promise<OrgUnit> {
    const unit = isId(id) ? await this.db.getRepository(OrgUnit).findOneBy({ id }) : null;
    if (!unit) throw notFound();
    return unit;
  }

  /** The top units of what the viewer's roles reach; the whole tree's roots when system-wide. */
  async roots(viewer: Viewer): Promise<OrgUnit[]> {
    const paths = viewer.grants.map((g) => g.unitPath);
    const repo = this.db.getRepository(OrgUnit);
    if (paths.includes(null)) {
      return repo.find({ where: { parentId: IsNull() }, order: { searchName: 'ASC' } });
    }
    const own =
      paths.length > 0 ? (paths as string[]) : [(await this.get(viewer.user.unitId)).path];
    const tops = own.filter((p) => !own.some((other) => other !== p && p.startsWith(other)));
    return repo
      .createQueryBuilder('u')
      .where('u.path IN (:...tops)', { tops: [...new Set(tops)] })
      .orderBy('u.search_name')
      .getMany();
  }

  async list(args: UnitsArgs): Promise<Page<OrgUnit>> {
    const q = this.db.getRepository(OrgUnit).createQueryBuilder('u');
    if (!args.includeArchived) q.andWhere('u.archived_at IS NULL');
    whereAllWords(q, `u.search_name || ' ' || lower(u.code)`, args.search);
    if (args.withinId) {
      const within = await this.get(args.withinId);
      q.andWhere('u.path LIKE :prefix', { prefix: `${escapeLike(within.path)}%` });
    }
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2);
      q.andWhere('(u.search_name, u.id) > (:name, :id)', { name, id });
    }
    const rows = await q
      .orderBy('u.search_name')
      .addOrderBy('u.id')
      .take(args.first + 1)
      .getMany();
    return toPage(rows, args.first, (u) => [u.searchName, u.id]);
  }

  async create(viewer: Viewer, input: CreateUnitInput): Promise<OrgUnit> {
    return this.db
      .transaction(async (tx) => {
        const parent = input.parentId ? await this.lock(tx, input.parentId) : null;
        if (!mayAdministerUnit(viewer, parent)) throw forbidden('ROLE_NOT_ALLOWED');
        if (parent?.archivedAt) throw refuse('UNIT_ARCHIVED', {}, { field: 'parentId' });
        if (parent && input.kind === UnitKind.PROVINCE) {
          throw refuse('PROVINCE_TOP_LEVEL', {}, { field: 'kind' });
        }
        await this.assertCodeFree(tx, input.code);
        const repo = tx.getRepository(OrgUnit);
        const unit = repo.create({
          code: input.code,
          name: input.name.trim(),
          searchName: foldText(input.name),
          kind: input.kind,
          parentId: parent?.id ?? null,
          depth: parent ? parent.depth + 1 : 0,
          path: '',
        });
        await repo.insert(unit);
        unit.path = `${parent?.path ?? '/'}${unit.id}/`;
        await tx.query('UPDATE org_unit SET path = $1 WHERE id = $2', [unit.path, unit.id]);
        return repo.findOneByOrFail({ id: unit.id });
      })
      .catch(this.mapUnique(input.code));
  }

  async update(viewer: Viewer, input: UpdateUnitInput): Promise<OrgUnit> {
    return this.db
      .transaction(async (tx) => {
        const unit = await this.lockForChange(tx, viewer, input.id, input.version);
        if (input.code !== undefined && input.code !== unit.code) {
          await this.assertCodeFree(tx, input.code);
          unit.code = input.code;
        }
        if (input.name !== undefined) {
          unit.name = input.name.trim();
          unit.searchName = foldText(input.name);
        }
        return tx.getRepository(OrgUnit).save(unit);
      })
      .catch(this.mapUnique(input.code ?? ''));
  }

  /**
   * Moves a unit with its whole subtree. Refused when the new parent lies inside the unit's own
   * subtree, which would make a cycle.
   */
  async move(viewer: Viewer, input: MoveUnitInput): Promise<OrgUnit> {
    return this.db.transaction(async (tx) => {
      const unit = await this.lockForChange(tx, viewer, input.id, input.version);
      const parent = input.parentId ? await this.lock(tx, input.parentId) : null;
      if (!mayAdministerUnit(viewer, parent)) throw forbidden('ROLE_NOT_ALLOWED');
      if (parent && parent.path.startsWith(unit.path)) {
        throw refuse('MOVE_INTO_ITSELF', {}, { field: 'parentId' });
      }
      if (parent?.archivedAt) throw refuse('UNIT_ARCHIVED', {}, { field: 'parentId' });
      if (parent && unit.kind === UnitKind.PROVINCE) {
        throw refuse('PROVINCE_TOP_LEVEL', {}, { field: 'parentId' });
      }
      const newPath = `${parent?.path ?? '/'}${unit.id}/`;
      const delta = (parent ? parent.depth + 1 : 0) - unit.depth;
      await tx.query(
        `UPDATE org_unit SET path = $1 || substr(path, length($2) + 1), depth = depth + $3
          WHERE path LIKE $4`,
        [newPath, unit.path, delta, `${escapeLike(unit.path)}%`],
      );
      unit.parentId = parent?.id ?? null;
      unit.path = newPath;
      unit.depth += delta;
      return tx.getRepository(OrgUnit).save(unit);
    });
  }

  async archive(viewer: Viewer, input: ArchiveUnitInput): Promise<OrgUnit> {
    return this.db.transaction(async (tx) => {
      const unit = await this.lockForChange(tx, viewer, input.id, input.version);
      if (unit.archivedAt) return unit;
      const [{ n }] = await tx.query(
        'SELECT count(*)::int AS n FROM org_unit WHERE parent_id = $1 AND archived_at IS NULL',
        [unit.id],
      );
      if (n > 0) {
        throw refuse('UNIT_HAS_CHILDREN', { count: n }, { field: 'id' });
      }
      unit.archivedAt = new Date();
      return tx.getRepository(OrgUnit).save(unit);
    });
  }

  private async lock(tx: EntityManager, id: string): Promise<OrgUnit> {
    const unit = await tx
      .getRepository(OrgUnit)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!unit) throw notFound();
    return unit;
  }

  private async lockForChange(
    tx: EntityManager,
    viewer: Viewer,
    id: string,
    version: number,
  ): Promise<OrgUnit> {
    const unit = await this.lock(tx, id);
    if (!mayAdministerUnit(viewer, unit)) throw forbidden('ROLE_NOT_ALLOWED');
    if (unit.version !== version) throw conflict();
    return unit;
  }

  private async assertCodeFree(tx: EntityManager, code: string): Promise<void> {
    if (await tx.getRepository(OrgUnit).existsBy({ code })) throw duplicateCode(code);
  }

  /** Two people creating the same code at once: the database's unique index decides. */
  private mapUnique =
    (code: string) =>
    (e: unknown): never => {
      if (violates(e, 'org_unit_code_unique')) throw duplicateCode(code);
      throw e;
    };
}
