/**
 * Benchmarks of `@madani/events` competitions, certificates and draws.
 *
 * (a) `rankCompetition` on 2,000 submissions in 4 categories, 15 jurors, 5 criteria
 *     (30,000 score sheets), z-score normalization, conflicts of interest; baseline: a naive
 *     hand-written ranking of the same scores (weighted means, sort, quotas; no validation,
 *     no normalization, no explanation).
 * (b) `issueCertificates` for 10,000 participants (Ed25519) and `verifyCertificate` of the
 *     10,000; baselines: signing / verifying the same payload bytes with node:crypto
 *     one-shot `sign` / `verify` in a plain loop.
 * (c) `runDraw` of 10 winners among 10,000 entries; baseline: sorting the 10,000 ids alone.
 *
 * Medians of several runs after warm-up; ratios are madani / baseline in the same process.
 * Run with `pnpm bench` in packages/events.
 */
import { createPrivateKey, createPublicKey, sign as nodeSign, verify as nodeVerify } from "node:crypto";
import { type Certificate, payloadBytes } from "../src/certificates/certificate.js";
import { generateIssuerKeyPair, issueCertificates, verifyCertificate } from "../src/certificates/issue.js";
import type { CompetitionInput, JurorScore, Submission } from "../src/competition/competition.js";
import { rankCompetition } from "../src/competition/rank.js";
import { runDraw } from "../src/draw/draw.js";
import type { Attendance, Participant } from "../src/participants/participant.js";

/** A small deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function time(runs: number, warmup: number, f: () => unknown): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await f();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    out.push(performance.now() - t);
  }
  return out;
}

/** Median of per-round ratios: each round times madani then the baseline. */
async function compare(
  runs: number,
  warmup: number,
  madani: () => unknown,
  baseline: () => unknown,
): Promise<{ madani: number; baseline: number; ratio: number }> {
  for (let i = 0; i < warmup; i++) {
    await madani();
    await baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [x] = await time(1, 0, madani);
    const [y] = await time(1, 0, baseline);
    a.push(x as number);
    b.push(y as number);
    r.push((x as number) / (y as number));
  }
  return { madani: median(a), baseline: median(b), ratio: median(r) };
}

const ms = (x: number): string => `${x.toFixed(1)} ms`;

// (a) Competition ---------------------------------------------------------------------------

function competitionInput(): CompetitionInput {
  const random = rng(2013);
  const fields = ["social", "cultural", "sports", "environmental"] as const;
  const criteria = ["impact", "feasibility", "innovation", "sustainability", "budget"].map((id, i) => ({
    id,
    label: { fr: id },
    weight: 1 + (i % 3),
    maxScore: i === 4 ? 20 : 10,
  }));
  const submissions: Submission[] = Array.from({ length: 2000 }, (_, i) => ({
    id: `project-${String(i + 1).padStart(4, "0")}`,
    categoryId: fields[i % 4] as string,
    title: { ar: `مشروع ${i + 1}` },
    organizationId: `association-${i + 1}`,
    submittedAt: `2013-04-${String(1 + (i % 28)).padStart(2, "0")}T10:00:00+01:00`,
  }));
  const jurors = Array.from({ length: 15 }, (_, j) => ({
    id: `juror-${String(j + 1).padStart(2, "0")}`,
    organizationIds: [`association-${j * 7 + 1}`],
  }));
  const scores: JurorScore[] = [];
  for (const s of submissions) {
    for (const j of jurors) {
      const sheet: Record<string, number> = {};
      for (const c of criteria) sheet[c.id] = Math.floor(random() * (c.maxScore + 1));
      scores.push({ jurorId: j.id, submissionId: s.id, scores: sheet });
    }
  }
  return {
    competition: {
      id: "forum-2013",
      title: { fr: "Forum" },
      categories: fields.map((f) => ({ id: f, label: { fr: f }, field: f, quota: 3 })),
      criteria,
      winners: 9,
      normalization: "z-score",
    },
    submissions,
    jurors,
    scores,
    conflicts: [{ jurorId: "juror-02", submissionId: "project-0010" }],
  };
}

/** The naive baseline: weighted means per submission, one sort, quotas. */
function naiveRanking(input: CompetitionInput): string[] {
  const { competition, submissions, scores } = input;
  const weightSum = competition.criteria.reduce((s, c) => s + c.weight, 0);
  const sum = new Map<string, number>();
  const count = new Map<string, number>();
  for (const s of scores) {
    let t = 0;
    for (const c of competition.criteria) t += (c.weight * (s.scores[c.id] ?? 0)) / c.maxScore;
    sum.set(s.submissionId, (sum.get(s.submissionId) ?? 0) + (100 * t) / weightSum);
    count.set(s.submissionId, (count.get(s.submissionId) ?? 0) + 1);
  }
  const ranked = submissions
    .map((s) => ({ s, score: (sum.get(s.id) ?? 0) / (count.get(s.id) ?? 1) }))
    .sort((a, b) => b.score - a.score || (a.s.id < b.s.id ? -1 : 1));
  const left = new Map(competition.categories.map((c) => [c.id, c.quota]));
  const winners: string[] = [];
  for (const r of ranked) {
    const q = left.get(r.s.categoryId) ?? 0;
    if (q > 0 && winners.length < (competition.winners ?? 9)) {
      winners.push(r.s.id);
      left.set(r.s.categoryId, q - 1);
    }
  }
  return winners;
}

// (b) Certificates --------------------------------------------------------------------------

function certificateInput(n: number) {
  const event = {
    id: "rjd-lt5-2024",
    title: { ar: "اللقاء التكويني الخامس لشبكة الجمعيات الدكالية" },
    startOn: "2024-12-27",
    endOn: "2024-12-29",
    place: { ar: "سيدي بنور والجديدة" },
    organizer: { ar: "شبكة الجمعيات الدكالية" },
  };
  const participants: Participant[] = [];
  const attendance: Attendance[] = [];
  for (let i = 0; i < n; i++) {
    const personId = `p-${String(i).padStart(5, "0")}`;
    participants.push({
      personId,
      eventId: event.id,
      organizationId: `org-${i % 300}`,
      name: { ar: `المشارك ${i}`, fr: `Participant ${i}` },
      role: "participant",
      status: "confirmed",
    });
    for (let s = 0; s < 4; s++) attendance.push({ personId, sessionId: `workshop-${s}`, present: true, minutes: 240 });
  }
  return {
    event,
    issuer: { id: "rjd", name: { ar: "شبكة الجمعيات الدكالية" } },
    issuedOn: "2024-12-29",
    participants,
    attendance,
    organizations: Array.from({ length: 300 }, (_, i) => ({ id: `org-${i}`, name: { ar: `تعاونية ${i}` } })),
    rule: { minHours: 12 },
    serial: { prefix: "RJD-LT5-2024", digits: 5 },
  };
}

async function main(): Promise<void> {
  console.log(`@madani/events benchmarks — Node ${process.version}, ${process.platform}/${process.arch}\n`);

  // (a)
  const input = competitionInput();
  const check = rankCompetition(input);
  if (!check.ok) throw new Error(`competition input invalid: ${check.issues[0]?.message}`);
  const rank = await compare(
    11,
    4,
    () => rankCompetition(input),
    () => naiveRanking(input),
  );
  console.log("rankCompetition: 2,000 submissions × 15 jurors × 5 criteria (30,000 score sheets), z-score");
  console.log(`  madani ${ms(rank.madani)} | naive baseline ${ms(rank.baseline)} | ratio ${rank.ratio.toFixed(1)}x`);
  console.log(`  winners: ${check.value.winners.map((w) => w.submissionId).join(", ")}\n`);

  // (b)
  const keys = await generateIssuerKeyPair();
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey("pkcs8", keys.privateKey));
  const nodePrivate = createPrivateKey({ key: Buffer.from(pkcs8), format: "der", type: "pkcs8" });
  const nodePublic = createPublicKey({
    key: { kty: "OKP", crv: "Ed25519", x: keys.publicKeyText },
    format: "jwk",
  });
  const certInput = certificateInput(10_000);
  let certificates: readonly Certificate[] = [];
  const first = await issueCertificates(certInput, keys.privateKey);
  if (!first.ok) throw new Error(`certificate input invalid: ${first.issues[0]?.message}`);
  certificates = first.value.certificates;
  const payloads = certificates.map((c) => payloadBytes(c));
  const issue = await compare(
    5,
    1,
    async () => {
      const r = await issueCertificates(certInput, keys.privateKey);
      if (!r.ok || r.value.certificates.length !== 10_000) throw new Error("issue failed");
    },
    () => {
      for (const p of payloads) nodeSign(null, p, nodePrivate);
    },
  );
  console.log("issueCertificates: 10,000 participants × 4 sessions, Ed25519 (WebCrypto)");
  console.log(
    `  madani ${ms(issue.madani)} (${((issue.madani * 1000) / 10_000).toFixed(1)} µs each) | node:crypto sign loop ${ms(issue.baseline)} | ratio ${issue.ratio.toFixed(1)}x`,
  );
  const signatures = certificates.map((c) => Buffer.from(c.verificationCode, "base64url"));
  const verify = await compare(
    5,
    1,
    async () => {
      for (let i = 0; i < certificates.length; i += 1000) {
        const batch = certificates.slice(i, i + 1000);
        const results = await Promise.all(batch.map((c) => verifyCertificate(c, keys.publicKey)));
        if (results.some((r) => !r.ok)) throw new Error("verify failed");
      }
    },
    () => {
      payloads.forEach((p, i) => {
        if (!nodeVerify(null, p, nodePublic, signatures[i] as Buffer)) throw new Error("baseline verify failed");
      });
    },
  );
  console.log("verifyCertificate: 10,000 certificates (shape check + Ed25519 verify, batches of 1,000)");
  console.log(
    `  madani ${ms(verify.madani)} (${((verify.madani * 1000) / 10_000).toFixed(1)} µs each) | node:crypto verify loop ${ms(verify.baseline)} | ratio ${verify.ratio.toFixed(1)}x\n`,
  );

  // (c)
  const entries = Array.from({ length: 10_000 }, (_, i) => `entry-${(i * 7919) % 10_000}`);
  const draw = await compare(
    15,
    3,
    () => runDraw({ seed: "e3b98a4da31a127d4bde6e43033f66ba", entries, k: 10 }),
    () => [...entries].sort(),
  );
  console.log("runDraw: 10 winners among 10,000 entries");
  console.log(
    `  madani ${ms(draw.madani)} | sorting the ids alone ${ms(draw.baseline)} | ratio ${draw.ratio.toFixed(1)}x`,
  );
}

await main();
