import type { EntityManager } from 'typeorm';

/** Why the demo's declined matches were declined, in turn (stored reason codes of libs/matching). */
const DECLINE_REASONS = ['budget-mismatch', 'too-early', 'wrong-field', 'region'] as const;

/**
 * What the dashboards' outcome figures count in the demo (issue 18): the stored matches of 江苏's published
 * demands with the societies' experts — each a few hours after the demand's publication — of which every
 * fourth was contacted (its conversation opened a day later), and every other declined for a reason; two
 * demands whose match was contacted are marked solved. Written as the product writes them (a contacted
 * match's conversation, the status the database dates), so the figures come from these records.
 */
export async function seedDemoOutcomes(manager: EntityManager): Promise<void> {
  const demands = await manager.query<{ id: string; organization_id: string; title: string }[]>(
    `SELECT d.id, d.organization_id, d.title FROM demands d JOIN organizations o ON o.id = d.organization_id
      WHERE d.published_at IS NOT NULL AND COALESCE(d.region_code, o.region_code) LIKE '32%'
      ORDER BY d.published_at DESC, d.id LIMIT 12`,
  );
  const experts = await manager.query<{ id: string; organization_id: string; name: string }[]>(
    `SELECT id, organization_id, name FROM experts WHERE status = 'published' ORDER BY name, id LIMIT 6`,
  );
  if (experts.length === 0) return;
  const solved: string[] = [];
  for (const [index, demand] of demands.entries()) {
    const expert = experts[index % experts.length]!;
    const answer = index % 4 === 0 ? 'contacted' : index % 2 === 1 ? 'declined' : 'viewed';
    const [match] = await manager.query<{ id: string; created_at: Date }[]>(
      `INSERT INTO matches (source_kind, source_id, source_organization_id, candidate_kind, candidate_id,
                            candidate_organization_id, score, features, reasons, status, decline_reason_code,
                            declined_by, created_at, updated_at, declined_at)
       SELECT 'demand', d.id, d.organization_id, 'expert', $2, $3, $4, '{}', $5, $6::text, $7, $8, at, at,
              CASE WHEN $6::text = 'declined' THEN LEAST(now(), at + interval '1 day') END
         FROM demands d, LATERAL (SELECT LEAST(now(), d.published_at + $9 * interval '1 hour') AS at) t
        WHERE d.id = $1
       RETURNING id, created_at`,
      [
        demand.id,
        expert.id,
        expert.organization_id,
        (0.9 - index * 0.03).toFixed(4),
        JSON.stringify({ 'zh-CN': [`${expert.name}的研究方向与需求相符`], en: ['Research fits the demand'] }),
        answer,
        answer === 'declined' ? DECLINE_REASONS[Math.floor(index / 2) % DECLINE_REASONS.length] : null,
        answer === 'declined' ? 'candidate' : null,
        2 + index * 3,
      ],
    );
    if (answer !== 'contacted') continue;
    await manager.query(
      `INSERT INTO conversations (match_id, source_organization_id, candidate_organization_id, subject,
                                  created_at, last_message_at)
       VALUES ($1, $2, $3, $4, $5, $5)`,
      [
        match!.id,
        demand.organization_id,
        expert.organization_id,
        `${demand.title} × ${expert.name}`.slice(0, 600),
        new Date(Math.min(Date.now(), match!.created_at.getTime() + 86_400_000)),
      ],
    );
    solved.push(demand.id);
  }
  // The owner marks them solved (published → solved); the database dates it.
  await manager.query(`UPDATE demands SET status = 'solved' WHERE id = ANY($1::uuid[])`, [
    solved.slice(0, 2),
  ]);
}
