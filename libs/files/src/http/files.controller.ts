import { Get, Post, Req, Res, StreamableFile, type Type } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiController,
  CurrentActor,
  DeleteRoute,
  MultipartUpload,
  OptionalActor,
  ProblemResponses,
  Public,
  ReadRoute,
  UuidParam,
} from '#http';
import type { Actor } from '#identity';
import { FileDto, FileListDto, UploadFilesDto } from '../dto/file.dto.js';
import type { FileOwnerKind } from '../file-owners.js';
import { FilesService } from '../files.service.js';
import { readUpload } from './read-upload.js';
import { FilesConfig } from '../files.config.js';

/**
 * `/api/v1/{owners}/{id}/files` (+ `/{fileId}`) for one kind of owner. A factory, so each owner kind is
 * one declaration and the OpenAPI document names each path; access is decided by the service.
 */
export function filesController(kind: FileOwnerKind, path: string, tag: string): Type<unknown> {
  @ApiController(tag, `api/v1/${path}/:id/files`)
  class FilesController {
    constructor(
      readonly files: FilesService,
      readonly config: FilesConfig,
    ) {}

    @ReadRoute(undefined, FileListDto, {
      public: true,
      description: 'Empty and `withheld` where the owner is shown redacted',
    })
    list(@OptionalActor() actor: Actor | null, @UuidParam('id') id: string) {
      return this.files.list(actor, kind, id);
    }

    @Post()
    @MultipartUpload()
    @ApiBody({ type: UploadFilesDto })
    @ApiCreatedResponse({ type: [FileDto], description: 'The stored files, type sniffed from content' })
    @ProblemResponses(400, 401, 403, 404, 413)
    upload(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Req() request: FastifyRequest) {
      return this.files.upload(actor, kind, id, () =>
        readUpload(request, {
          maxSizeMb: this.config.FILES_MAX_SIZE_MB,
          maxFiles: this.config.FILES_MAX_PER_OWNER,
        }),
      );
    }

    @Get(':fileId')
    @Public()
    @ApiProduces('application/octet-stream')
    @ApiOkResponse({
      description: 'The content, as an attachment, with its sniffed type',
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    })
    @ProblemResponses(404)
    async download(
      @OptionalActor() actor: Actor | null,
      @UuidParam('id') id: string,
      @UuidParam('fileId') fileId: string,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<StreamableFile> {
      const { file, content } = await this.files.download(actor, kind, id, fileId);
      // Never cached by shared caches: what a caller may download depends on who they are.
      void reply.header('cache-control', 'private, no-store');
      return new StreamableFile(content, {
        type: file.contentType,
        length: file.sizeBytes,
        disposition: contentDisposition(file.name),
      });
    }

    @DeleteRoute(':fileId', {
      noContent: { description: 'Removed; its content leaves the storage shortly after' },
    })
    async remove(
      @CurrentActor() actor: Actor,
      @UuidParam('id') id: string,
      @UuidParam('fileId') fileId: string,
    ) {
      await this.files.remove(actor, kind, id, fileId);
    }
  }
  // Operation ids come from the class name, so each kind's copy needs its own (`demandFilesController_list`).
  Object.defineProperty(FilesController, 'name', { value: `${camel(kind)}FilesController` });
  return FilesController;
}

const camel = (kind: string) => kind.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** One controller per owner kind, with the paths of the owners' own routes. */
export const filesControllers = [
  filesController('demand', 'demands', 'demands'),
  filesController('expert', 'experts', 'experts'),
  filesController('achievement', 'achievements', 'achievements'),
  filesController('project', 'projects', 'projects'),
  filesController('financing-offer', 'financing-offers', 'financing-offers'),
  filesController('organization', 'organizations', 'organizations'),
];
