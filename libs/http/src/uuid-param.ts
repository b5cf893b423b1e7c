import { Param, ParseUUIDPipe } from '@nestjs/common';
import { NotFoundError } from '#core';

/** A path id; one that is not a UUID names nothing, so it is a 404 like any unknown id. */
export const UuidParam = (name: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError('not-found') }));
