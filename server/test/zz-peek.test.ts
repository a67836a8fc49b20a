import { it } from 'vitest';
import { buildTestApp } from './helpers/test-app.js';
it('peek', async () => {
  const t = await buildTestApp({ demo: false });
  for (const b of [{ industry: 'banking', employees: 5 }, { industry: 'industrial', employees: -1 }, { industry: 'industrial', employees: 50 }, { industry: 'other', employees: 1, x: 1 }])
    console.log(JSON.stringify(b), (await t.anonymous.post('/api/v1/rules/enterprise-size', b)).body);
  console.log((await t.anonymous.post('/api/v1/rules/enterprise-size', { industry: 'industrial', employees: 8 })).body);
  await t.close();
});
