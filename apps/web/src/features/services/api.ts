/** 服务记录 (openapi.json tag services): visits, service logs and follow-up tasks, through the generated client. */
import { answer, api, withPath, type Schemas } from '../../api/client';

export type Visit = Schemas['VisitDto'];
export type NewVisit = Schemas['CreateVisitDto'];
export type DraftDemand = Schemas['DraftDemandFromVisitDto'];
export type ServiceLog = Schemas['ServiceLogDto'];
export type NewServiceLog = Schemas['CreateServiceLogDto'];
export type Task = Schemas['TaskDto'];
export type NewTask = Schemas['CreateTaskDto'];

const byId = (id: string) => withPath({ id });

export const servicesApi = {
  visits: () => answer(api().GET('/api/v1/visits')),
  recordVisit: (body: NewVisit) => answer(api().POST('/api/v1/visits', { body })),
  draftDemand: (visitId: string, body: DraftDemand) =>
    answer(api().POST('/api/v1/visits/{id}/draft-demands', { ...byId(visitId), body })),
  logs: () => answer(api().GET('/api/v1/service-logs')),
  recordLog: (body: NewServiceLog) => answer(api().POST('/api/v1/service-logs', { body })),
  tasks: () => answer(api().GET('/api/v1/tasks')),
  createTask: (body: NewTask) => answer(api().POST('/api/v1/tasks', { body })),
  closeTask: (id: string) =>
    answer(api().PATCH('/api/v1/tasks/{id}', { ...byId(id), body: { status: 'done' } })),
};
