// `npm run openapi`: regenerate the committed openapi.json from the running app's schemas.
import fs from 'node:fs';
import { buildTestApp } from '../server/test/helpers/test-app.js';
import { OPENAPI_FILE, renderOpenApi } from '../server/src/platform/http/openapi.js';

const t = await buildTestApp();
fs.writeFileSync(OPENAPI_FILE, renderOpenApi(t.app));
await t.close();
console.log(`wrote ${OPENAPI_FILE}`);
