import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { configSlices, contexts } from '#contexts';
import { AppConfig } from '#core';
import type { Actor, MemberRole } from '#identity';
import { DemandService, type CreateDemandDto } from '#postings';
import { VisitService } from '#services';
import { DatabaseModule } from '../../../../migrations/data-source.js';

/** The config `prepareDatabase` was given (not necessarily the environment's), as AppConfigModule provides it. */
@Module({})
class GivenConfigModule {
  static with(config: AppConfig): DynamicModule {
    return {
      module: GivenConfigModule,
      global: true,
      providers: [
        { provide: AppConfig, useValue: config },
        ...configSlices.map((slice) => ({ provide: slice, useValue: config.slice(slice) })),
      ],
      exports: [AppConfig, ...configSlices],
    };
  }
}

/** Every context's services without the HTTP layer: what the demo's users act through. */
@Module({})
class DemoStoryModule {
  static with(config: AppConfig): DynamicModule {
    return {
      module: DemoStoryModule,
      imports: [GivenConfigModule.with(config), DatabaseModule, ...contexts.map((context) => context.module)],
    };
  }
}

interface DraftedNeed {
  /** The visited enterprise's owner, who confirms (submits) the draft or has not yet. */
  enterprise: string;
  /** The title of the need found on the agency's visit (demo-services.ts). */
  need: string;
  demand: Omit<CreateDemandDto, 'title' | 'visibility'>;
  confirmed: boolean;
}

const AGENCY = 'agency@duijie.demo';
const MODERATOR = 'moderator@duijie.demo';

/**
 * 需求征集 by 常州市生产力促进中心: needs found on two of its visits, written up as draft demands of the
 * enterprises. 常州智造装备 confirmed its draft (submitted it, and the moderator published it, so the
 * worker matches it); 无锡微纳传感's still waits for the enterprise to confirm it.
 */
const DRAFTED_NEEDS: DraftedNeed[] = [
  {
    enterprise: 'equipment@duijie.demo',
    need: '增材制造熔池监测',
    demand: {
      description:
        '金属 3D 打印（选区激光熔化）零件存在气孔与未熔合缺陷，需要熔池在线监测与闭环控制方案：同轴高速相机与' +
        '光电二极管采集熔池信号，实时识别异常并调整激光功率，目标缺陷检出率 ≥95%。',
      category: 'shortboard',
      industryCode: '34',
      fields: ['EQ-AM'],
      keywords: ['增材制造', '熔池监测', '选区激光熔化'],
      regionCode: '320411',
      budgetMinWan: 80,
      budgetMaxWan: 150,
      trlRequired: 5,
      cooperationModes: ['development'],
      contact: { name: '蒋涛', phone: '0519-85123456' },
    },
    confirmed: true,
  },
  {
    enterprise: 'wuxi@duijie.demo',
    need: 'MEMS 封装可靠性提升',
    demand: {
      description:
        'MEMS 压力传感器芯片需通过 AEC-Q100 Grade 1 认证，现有封装在温度循环后出现粘片层开裂，需要封装材料' +
        '与工艺改进方案及可靠性验证。',
      category: 'chokepoint',
      industryCode: '39',
      fields: ['IT-IOT'],
      keywords: ['MEMS', '封装', '可靠性'],
      regionCode: '320214',
      budgetMinWan: 50,
      budgetMaxWan: 100,
      cooperationModes: ['development', 'consulting'],
    },
    confirmed: false,
  },
];

/** The demo user `email` acting for the organization it owns (none for a platform role), as a session would. */
async function actorOf(dataSource: DataSource, email: string): Promise<Actor> {
  const [user] = await dataSource.query<
    { id: string; platform_role: Actor['platformRole']; memberships: [string, MemberRole][] }[]
  >(
    `SELECT u.id, u.platform_role,
            COALESCE(json_agg(json_build_array(m.organization_id, m.role)) FILTER (WHERE m.user_id IS NOT NULL), '[]') AS memberships
       FROM users u LEFT JOIN memberships m ON m.user_id = u.id
      WHERE u.email = $1 GROUP BY u.id`,
    [email],
  );
  if (!user) throw new Error(`The demo story names an unknown account ${email}`);
  const owned = user.memberships.find(([, role]) => role === 'owner');
  return {
    userId: user.id,
    sessionId: null,
    platformRole: user.platform_role,
    memberships: new Map(user.memberships),
    organizationId: owned?.[0] ?? null,
    ip: null,
  };
}

/**
 * Tells the demo's 需求征集 story through the product's services, as its users would act, once the rest of
 * the demo is committed (the services open transactions of their own): the agency drafts a demand from a
 * need of its visit, the enterprise confirms (submits) it and a moderator publishes it — the draft rules,
 * audit trail and the publication's outbox event (matching) are the product's own.
 */
export async function seedDemoVisitDemands(dataSource: DataSource, config: AppConfig): Promise<void> {
  const context = await NestFactory.createApplicationContext(DemoStoryModule.with(config), {
    logger: ['error', 'warn'],
  });
  try {
    const [visits, demands] = [context.get(VisitService), context.get(DemandService)];
    const [agency, moderator] = [await actorOf(dataSource, AGENCY), await actorOf(dataSource, MODERATOR)];
    for (const drafted of DRAFTED_NEEDS) {
      const enterprise = await actorOf(dataSource, drafted.enterprise);
      const [visit] = await dataSource.query<{ id: string; index: number }[]>(
        `SELECT v.id, (n.ordinality - 1)::int AS index FROM visits v
           CROSS JOIN LATERAL jsonb_array_elements(v.needs) WITH ORDINALITY n(need, ordinality)
          WHERE v.organization_id = $1 AND v.enterprise_id = $2 AND n.need->>'title' = $3`,
        [agency.organizationId, enterprise.organizationId, drafted.need],
      );
      if (!visit) throw new Error(`No demo visit of the agency found the need ${drafted.need}`);
      const { needs } = await visits.draftDemand(agency, visit.id, {
        ...drafted.demand,
        title: drafted.need,
        visibility: 'public',
        needIndex: visit.index,
      });
      if (!drafted.confirmed) continue;
      const demandId = needs[visit.index]!.demandId!;
      await demands.transition(enterprise, demandId, 'submit', undefined, 'zh-CN');
      await demands.transition(moderator, demandId, 'publish', undefined, 'zh-CN');
    }
  } finally {
    await context.close();
  }
}
