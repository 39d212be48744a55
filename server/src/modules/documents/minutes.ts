import {
  interpolate,
  MINUTES_SIGNERS,
  needed,
  type RankBy,
  Recognition,
  type Seat,
  type Threshold,
  vi,
} from '@vinh-danh/shared';
import {
  FONTS,
  heading,
  lower,
  nfc,
  numberPages,
  officialDate,
  openSheet,
  placeOf,
  table,
  upper,
  vietnamTime,
  type Column,
} from './engine';

export interface MinutesData {
  councilName: string;
  unitName: string;
  campaignName: string;
  roundName: string;
  /** printed dd/MM/yyyy HH:mm in Vietnam's time, whatever the server's zone */
  closedAt: Date;
  rules: {
    passScore: number;
    exemplaryScore: number;
    quorum: Threshold;
    approval: Threshold;
    rankBy: RankBy;
    scale: number;
    /** absent members may send a written opinion */
    writtenOpinions: boolean;
  };
  /** attendance at the voting session, as the secretary recorded it */
  members: Array<{
    displayName: string;
    seat: Seat;
    present: boolean;
    writtenOpinion: string | null;
  }>;
  entries: Array<{
    rank: number | null;
    title: string;
    unitName: string;
    score: number | null;
    /** null when the ballots fell short of the quorum: no counts are kept then */
    approve: number | null;
    reject: number | null;
    abstain: number | null;
    eligible: number;
    approvalsNeeded: number;
    quorumMet: boolean;
    /** the level recognised, null when not recognised */
    outcome: Recognition | null;
  }>;
  chairName: string | null;
  secretaryName: string | null;
}

type Entry = MinutesData['entries'][number];

/** The fonts every document embeds; the minutes were first to need them. */
export const MINUTES_FONTS = FONTS;

/*
 * The record speaks the web's words: its own lines are `minutes` in the shared messages, and
 * seats, ballot choices, outcomes and thresholds are the web's, so that "Ủy viên" or "Phiếu trắng"
 * read the same on the page and on paper. The minutes are a Vietnamese official record, so they
 * read the Vietnamese messages.
 */
const M = vi.minutes;
const SEATS: Record<Seat, string> = vi.councils.seats;
const RECOGNITION: Record<Recognition, string> = vi.rounds.recognition;
/** Each outcome (null: not recognised) and its word, in the order the tally lists them. */
const OUTCOMES: ReadonlyArray<[Recognition | null, string]> = [
  [Recognition.EXEMPLARY, RECOGNITION.EXEMPLARY],
  [Recognition.EFFECTIVE, RECOGNITION.EFFECTIVE],
  [null, vi.rounds.results.notRecognised],
];
/** "hơn 1/2", "ít nhất 2/3", as the web writes a council's thresholds. */
const share = (t: Threshold) =>
  interpolate(t.strict ? vi.councils.threshold.strict : vi.councils.threshold.atLeast, {
    numerator: t.numerator,
    denominator: t.denominator,
  });

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
/** The record's date line and its stamp, in Vietnam's time whatever the server's zone. */
const when = (date: Date) => {
  const { day, month, year, hour, minute } = vietnamTime(date);
  return {
    dated: officialDate(date, M.date),
    hour,
    minute,
    stamp: `${day}/${month}/${year} ${hour}:${minute}`,
  };
};

const SIZE = 12;
const CELL = { size: 8.5, head: 8, pad: 3, shade: true };

const fmt = (n: number | null) => (n === null ? '–' : number.format(n));
/** Widths in points; the title takes what the others leave. */
const COLUMNS: Array<[Column, (e: Entry) => string]> = [
  [{ head: vi.rounds.ranking.rank, width: 30, align: 'center' }, (e) => fmt(e.rank)],
  [{ head: vi.rounds.entries.model, width: 0 }, (e) => e.title],
  [{ head: vi.rounds.entries.unit, width: 60 }, (e) => e.unitName],
  [{ head: vi.rounds.results.score, width: 32, align: 'center' }, (e) => fmt(e.score)],
  [{ head: vi.rounds.ballot.APPROVE, width: 38, align: 'center' }, (e) => fmt(e.approve)],
  [{ head: vi.rounds.ballot.REJECT, width: 38, align: 'center' }, (e) => fmt(e.reject)],
  [{ head: vi.rounds.ballot.ABSTAIN, width: 36, align: 'center' }, (e) => fmt(e.abstain)],
  [{ head: M.results.eligible, width: 46, align: 'center' }, (e) => fmt(e.eligible)],
  [{ head: vi.rounds.results.outcome, width: 70 }, (e) => outcome(e)],
];
/** The reason goes beside a refusal, so a reader need not redo the tally. */
const outcome = (e: Entry) => {
  if (e.outcome) return RECOGNITION[e.outcome];
  const said = vi.rounds.results.notRecognised;
  if (!e.quorumMet) return interpolate(M.results.noQuorum, { outcome: said });
  if ((e.approve ?? 0) < e.approvalsNeeded)
    return interpolate(M.results.fewApprovals, {
      outcome: said,
      needed: e.approvalsNeeded,
      approve: lower(vi.rounds.ballot.APPROVE),
    });
  return interpolate(M.results.belowPass, { outcome: said });
};

export const renderMinutes = (data: MinutesData): Promise<Buffer> => {
  const sheet = openSheet({
    title: interpolate(M.title, { round: nfc(data.roundName) }),
    subject: data.councilName,
    size: SIZE,
  });
  const { doc, left, width, put, para } = sheet;
  const at = when(data.closedAt);

  // The two-column heading of an official record: the issuing body left, the national motto right.
  const placeDate = interpolate(M.placeAndDate, { place: placeOf(data.unitName), date: at.dated });
  const bottom = heading(sheet, {
    issuer: [upper(data.unitName), M.issuer],
    party: false,
    placeDate,
    sizes: { issuer: 11, nation: 11, motto: 12, line: 12 },
  });

  put('bold', 14, M.heading, { width }, [left, bottom + 24]);
  put('bold', 14, M.subheading, { width });
  const session = { campaign: data.campaignName, round: data.roundName };
  put('bold', SIZE, interpolate(M.session, session), { width });
  doc.moveDown(1);
  para('regular', interpolate(M.council, { council: data.councilName }));
  para('regular', interpolate(M.unit, { unit: data.unitName }));
  para('regular', interpolate(M.closedAt, { stamp: at.stamp }));

  const order = Object.keys(SEATS);
  const members = [...data.members].sort((a, b) => order.indexOf(a.seat) - order.indexOf(b.seat));
  const present = members.filter((m) => m.present);
  const absent = members.filter((m) => !m.present);
  doc.moveDown(0.5);
  const A = M.attendance;
  para('bold', A.title);
  const counts = { members: members.length, present: present.length, absent: absent.length };
  para('regular', interpolate(A.summary, counts));
  const person = (m: (typeof members)[number], i: number) =>
    interpolate(A.member, { n: i + 1, name: m.displayName, seat: SEATS[m.seat] });
  if (present.length) para('regular', interpolate(A.present, { count: present.length }));
  present.forEach((m, i) => para('regular', person(m, i), { indent: 18 }));
  if (absent.length) para('regular', interpolate(A.absent, { count: absent.length }));
  absent.forEach((m, i) => {
    const opinion = m.writtenOpinion
      ? interpolate(A.opinion, { opinion: m.writtenOpinion })
      : data.rules.writtenOpinions
        ? A.noOpinion
        : '';
    para('regular', opinion ? `${person(m, i)} ${opinion}` : person(m, i), { indent: 18 });
  });

  doc.moveDown(0.5);
  para('bold', M.rules.title);
  for (const line of rules(data.rules, members.length))
    para('regular', `- ${line}`, { indent: 18 });

  doc.moveDown(0.5);
  para('bold', M.results.title);
  doc.moveDown(0.3);
  const rows = data.entries.map((e) => COLUMNS.map(([, cell]) => cell(e)));
  table(
    sheet,
    COLUMNS.map(([c]) => c),
    rows,
    { ...CELL, empty: M.results.empty },
  );

  const tally = OUTCOMES.map(([o, said]) =>
    interpolate(M.results.count, {
      outcome: said,
      count: data.entries.filter((e) => e.outcome === o).length,
    }),
  );
  doc.moveDown(0.6);
  const total = { count: data.entries.length, counts: tally.join('; ') };
  para('regular', interpolate(M.results.total, total));
  doc.moveDown(0.3);
  para('regular', interpolate(M.closing, { hour: at.hour, minute: at.minute, date: at.dated }));

  // The signatures stay together, on the next page if they do not fit on this one.
  if (doc.y + 18 + 95 > doc.page.maxY()) doc.addPage();
  const signY = doc.y + 18;
  const half = width / 2;
  for (const [i, title, name] of [
    [0, upper(SEATS[MINUTES_SIGNERS.keeping]), data.secretaryName],
    [1, upper(SEATS[MINUTES_SIGNERS.presiding]), data.chairName],
  ] as const) {
    put('bold', SIZE, title, { width: half }, [left + i * half, signY]);
    put('italic', 10, M.signHint, { width: half });
    if (name) put('bold', SIZE, name, { width: half }, [left + i * half, signY + 80]);
  }

  numberPages(sheet, {
    at: 'bottom',
    from: 1,
    label: (page, pages) => interpolate(M.page, { page, pages }),
  });
  return sheet.end();
};

/**
 * The council's rules in the words a secretary would write them: the scale and the scores, the
 * quorum of the session, who votes on what, what it takes to be recognised, how entries rank.
 */
const rules = (r: MinutesData['rules'], memberCount: number): string[] => {
  const R = M.rules;
  const points = (n: number) => interpolate(R.points, { points: fmt(n) });
  const lines = [
    interpolate(R.scores, {
      scale: points(r.scale),
      pass: points(r.passScore),
      effective: lower(RECOGNITION.EFFECTIVE),
      exemplary: points(r.exemplaryScore),
      exemplaryOutcome: lower(RECOGNITION.EXEMPLARY),
    }),
    interpolate(R.quorum, {
      quorum: share(r.quorum),
      needed: needed(r.quorum, memberCount),
      members: memberCount,
    }),
    R.conflicts,
    interpolate(R.recognition, {
      quorum: share(r.quorum),
      approval: share(r.approval),
      approve: lower(vi.rounds.ballot.APPROVE),
    }),
    `${vi.councils.rules.rankBy} ${lower(vi.councils.rankBy[r.rankBy])}.`,
  ];
  if (r.writtenOpinions) lines.push(R.writtenOpinions);
  return lines;
};
