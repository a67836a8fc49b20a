/**
 * The demo is current on any day (demo-calendar.ts): seeded on two days months apart, the README's
 * `/apply` path — list the open campaigns, pick one, send the public form — succeeds, and the
 * walked enterprises' steps all lie in the past.
 */
import { describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers/test-app.js';
import { withUsccCheckChar } from '../../domain/uscc/uscc.js';

describe.each(['2027-03-15T02:00:00Z', '2027-09-01T02:00:00Z'])('a demo first started at %s', (now) => {
  it('takes an application through the public form, and its history lies in the past', async () => {
    const t = await buildTestApp({ now });
    try {
      const today = now.slice(0, 10);
      // the public page's list: the campaign open for applications, not the walked ones in their summary phase
      const open = (await t.anonymous.get('/api/v1/public/campaigns')).json().items;
      expect(open.map((c: { id: string }) => c.id)).toEqual([t.ids.campaigns.fx]);
      expect(open[0]).toMatchObject({ regionCode: '320321', year: t.calendar.open.year });
      const campaign = (await (await t.as('fengxian')).get(`/api/v1/campaigns/${t.ids.campaigns.fx}`)).json();
      const deployment = campaign.phases.find((p: { kind: string }) => p.kind === 'deployment');
      expect(deployment.startsOn <= today && today <= deployment.endsOn).toBe(true);

      // the form as /apply sends it
      const created = await t.anonymous.post(`/api/v1/public/campaigns/${open[0].id}/applications`, {
        uscc: withUsccCheckChar('91320321MA1TEXT91'),
        name: '丰县演示报名机械有限公司',
        regionCode: '320321',
        industryCode: '18',
        sizeIndustry: 'industrial',
        employees: 45,
        revenueWan: 1500,
        assetsWan: 900,
        certificationStatus: 'none',
        legalRepresentative: '孙新元',
        contactName: '孙丽',
        contactPhone: '13912345678',
        willing: true,
        resources: '质量负责人1名，每周投入2天',
      });
      expect(created.statusCode).toBe(201);
      const detail = (
        await (await t.as('fengxian')).get(`/api/v1/participations/${created.json().participationId}`)
      ).json();
      expect(detail).toMatchObject({ stage: 'applied', origin: 'self' });

      // the walked enterprises: a closed one's timeline ends before today, the campaign is named for its year
      const closed = (await (await t.as('xuzhou')).get(`/api/v1/participations/${t.ids.participations.e02}`)).json();
      expect(closed.stage).toBe('closed');
      const xz = (await (await t.as('xuzhou')).get(`/api/v1/campaigns/${t.ids.campaigns.xz}`)).json();
      expect(xz.name).toContain(`${t.calendar.year}年`);
      const lastStep = closed.timeline.at(-1);
      expect(lastStep).toMatchObject({ stage: 'closed', enteredAt: `${t.calendar.steps.close}T02:00:00.000Z` });
      expect(t.calendar.steps.close! < today).toBe(true);
    } finally {
      await t.close();
    }
  });
});
