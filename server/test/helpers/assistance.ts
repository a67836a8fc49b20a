/** Drives a participation through the survey, the diagnosis and the plan by the API (003 §6.5–6.6). */
import { expect } from 'vitest';
import type { TestApp } from './test-app.js';
import { demoPlan, demoSurvey } from '../../seeds/demo-assistance.js';

const subject = { name: '测试企业', legalRepresentative: '张三', contactName: '李四', index: 3 };

/** Survey, complete, issue and confirm online: the participation ends "diagnosed". Returns the report. */
export async function diagnose(t: TestApp, id: string, expertName: string, contactName: string) {
  const expert = await t.as(expertName);
  const saved = await expert.post(`/api/v1/participations/${id}/survey`, {
    baseRevision: 0,
    survey: demoSurvey(subject),
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const completed = await expert.post(`/api/v1/participations/${id}/survey/complete`, {
    revision: saved.json().revision,
  });
  expect(completed.statusCode, completed.body).toBe(200);
  const issued = await expert.post(`/api/v1/participations/${id}/diagnosis`, {});
  expect(issued.statusCode, issued.body).toBe(200);
  const report = issued.json().diagnosis;
  const contact = await t.as(contactName);
  const version = (await contact.get(`/api/v1/participations/${id}`)).json().version;
  const confirmed = await contact.post(`/api/v1/participations/${id}/diagnosis/confirm`, {
    reportId: report.id,
    digest: report.digest,
    method: 'online',
    signerName: '张三',
    signerCapacity: 'legal_representative',
    version,
  });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  return confirmed.json().diagnosis;
}

/** Draft, submit, accept: the participation ends "plan agreed". Returns the plan overview. */
export async function agreePlan(t: TestApp, id: string, expertName: string, contactName: string) {
  const expert = await t.as(expertName);
  const drafted = await expert.post(`/api/v1/participations/${id}/plan`, {
    lockVersion: 0,
    plan: demoPlan(demoSurvey(subject)),
  });
  expect(drafted.statusCode, drafted.body).toBe(200);
  const submitted = await expert.post(`/api/v1/participations/${id}/plan/actions`, {
    action: 'submit',
    lockVersion: drafted.json().current.lockVersion,
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
  const contact = await t.as(contactName);
  const accepted = await contact.post(`/api/v1/participations/${id}/plan/responses`, {
    action: 'accept',
    lockVersion: submitted.json().current.lockVersion,
  });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return accepted.json();
}
