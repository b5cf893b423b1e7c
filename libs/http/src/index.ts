/**
 * What a context's controllers need from the HTTP layer, so controllers can live in their context's lib:
 * route access marks, the acting user, the negotiated language, path ids, problem documentation and the
 * decorator bundles of the common routes (read, create, update, status step, file download).
 * The guard, the error filter and the server's body parsers stay in apps/api.
 */
export { ApiController } from './api-controller.decorator.js';
export { XLSX_TYPE } from './content-types.js';
export { CurrentActor, OptionalActor } from './current-actor.decorator.js';
export { attachment, FileDownload } from './file-download.decorator.js';
export { RequestLanguage } from './language.decorator.js';
export { BODY_SIZE, LongTextBody, WorkbookBody, type BodySize } from './body-size.js';
export { MULTIPART_UPLOAD, MultipartUpload } from './multipart-upload.js';
export { ProblemDto, ProblemResponses } from './problem-responses.decorator.js';
export { CreateRoute, DeleteRoute, ReadRoute, UpdateRoute } from './resource-routes.js';
export {
  ALLOW_UNVERIFIED,
  AllowUnverified,
  PUBLIC,
  Public,
  type AuthenticatedRequest,
} from './route-access.js';
export { StatusStep, Transition } from './transition.decorator.js';
export { UuidParam } from './uuid-param.js';
