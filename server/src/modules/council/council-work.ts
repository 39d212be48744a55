import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import {
  availableRoundActions,
  CandidacyAction,
  ROUND_FINAL_STATES,
  ROUND_TABLE,
  type RoundState,
  Seat,
  statesLeavingBy,
  TRANSITIONS,
} from '@vinh-danh/shared';
import { belongsToCouncil } from './council-scope';
import { completeSheets } from '../tally/sheets';

@ObjectType({
  simpleResolvers: true,
  description: 'One open round of a council and what in it waits for the viewer',
})
export class RoundWork {
  @Field(() => ID)
  roundId: string;

  @Field(() => Int, { description: 'Entries assigned to the viewer whose score sheet is not full' })
  toScore: number;

  @Field(() => Int, { description: 'Entries the viewer may vote on and has not' })
  toVote: number;

  @Field({ description: 'The round’s next step is the viewer’s, by seat (start, close…)' })
  toAdvance: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A council the viewer sits on, with the work waiting for them there',
})
export class CouncilWork {
  @Field(() => ID)
  councilId: string;

  @Field(() => Seat)
  seat: Seat;

  @Field(() => Int, {
    description: 'Endorsed candidacies waiting in the intake, for a seat that takes them in',
  })
  intake: number;

  @Field(() => [RoundWork], { description: 'The council’s rounds not yet closed, oldest first' })
  rounds: RoundWork[];
}

/** The seats that take entries in, as the transition table says. */
const INTAKE_SEATS: readonly Seat[] = TRANSITIONS.filter(
  (t) => t.action === CandidacyAction.INTAKE,
).flatMap((t) => t.seats);
const INTAKE_FROM = statesLeavingBy(CandidacyAction.INTAKE);

/**
 * The viewer's councils and what waits for them, counted in two statements however many
 * councils, rounds and entries: score sheets to fill, ballots to cast, rounds whose next step
 * is theirs (ROUND_TABLE), and the intake for the seat that takes it in.
 */
export const councilWorkOf = async (db: DataSource, userId: string): Promise<CouncilWork[]> => {
  const rows: Array<{
    council_id: string;
    seat: Seat;
    round_id: string | null;
    round_state: RoundState | null;
    to_score: number;
    to_vote: number;
  }> = await db.query(
    `SELECT m.council_id, m.seat, r.id AS round_id, r.state AS round_state,
            COALESCE(w.to_score, 0)::int AS to_score, COALESCE(w.to_vote, 0)::int AS to_vote
       FROM council_member m
       JOIN council k ON k.id = m.council_id
       JOIN campaign cp ON cp.id = k.campaign_id
       LEFT JOIN review_round r ON r.council_id = k.id AND r.state <> ALL($2::text[])
       LEFT JOIN LATERAL (
         SELECT count(*) FILTER (
                  WHERE r.state = ANY($3::text[]) AND a.member_id IS NOT NULL
                    AND NOT EXISTS (${completeSheets(
                      's.entry_id = e.id AND s.member_id = m.id',
                      "jsonb_array_length(cp.rubric -> 'criteria')",
                    )})) AS to_score,
                count(*) FILTER (WHERE r.state = ANY($4::text[]) AND bc.member_id IS NULL) AS to_vote
           FROM round_entry e
           LEFT JOIN assignment a ON a.entry_id = e.id AND a.member_id = m.id
           LEFT JOIN ballot_cast bc ON bc.entry_id = e.id AND bc.member_id = m.id
          WHERE e.round_id = r.id AND e.removed_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM conflict_of_interest x
                             WHERE x.entry_id = e.id AND x.member_id = m.id)
       ) w ON true
      WHERE m.user_id = $1
      ORDER BY k.created_at DESC, k.id, r.created_at, r.id`,
    // Open rounds, and the states in which sheets and ballots are taken, as the round table says.
    [userId, ROUND_FINAL_STATES, ROUND_TABLE.SUBMIT_SCORES.from, ROUND_TABLE.CAST_BALLOT.from],
  );
  const intake: Array<{ council_id: string; n: number }> = await db.query(
    `SELECT k.id AS council_id, count(*)::int AS n
       FROM council_member m
       JOIN council k ON k.id = m.council_id JOIN org_unit ku ON ku.id = k.unit_id
       JOIN candidacy c ON c.campaign_id = k.campaign_id AND c.state = ANY($2::text[])
       JOIN org_unit cu ON cu.id = c.unit_id
      WHERE m.user_id = $1 AND m.seat = ANY($3::text[])
        AND ${belongsToCouncil({
          campaignId: 'k.campaign_id',
          councilId: 'k.id',
          councilPath: 'ku.path',
          candidacyPath: 'cu.path',
        })}
        AND NOT EXISTS (SELECT 1 FROM round_entry e WHERE e.candidacy_id = c.id AND e.removed_at IS NULL)
      GROUP BY k.id`,
    [userId, INTAKE_FROM, INTAKE_SEATS],
  );

  const work = new Map<string, CouncilWork>();
  for (const row of rows) {
    let council = work.get(row.council_id);
    if (!council) {
      council = {
        councilId: row.council_id,
        seat: row.seat,
        intake: intake.find((i) => i.council_id === row.council_id)?.n ?? 0,
        rounds: [],
      };
      work.set(row.council_id, council);
    }
    if (row.round_id && row.round_state) {
      // The round waits on this seat when the seat may move it on (the lifecycle table).
      const moves = availableRoundActions(row.round_state, row.seat).filter(
        (op) => ROUND_TABLE[op].to !== undefined,
      );
      council.rounds.push({
        roundId: row.round_id,
        toScore: row.to_score,
        toVote: row.to_vote,
        toAdvance: moves.length > 0,
      });
    }
  }
  return [...work.values()];
};
