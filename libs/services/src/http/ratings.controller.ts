import { Body } from '@nestjs/common';
import { ApiController, CreateRoute, CurrentActor, ReadRoute } from '#http';
import type { Actor } from '#identity';
import { CreateRatingDto, RatingDto } from '../dto/rating.dto.js';
import { RatingService } from '../rating.service.js';

/** 服务评价: an enterprise rates a service it received or a confirmed deal, once. */
@ApiController('services', 'api/v1/ratings')
export class RatingsController {
  constructor(private readonly ratings: RatingService) {}

  @ReadRoute(undefined, [RatingDto], {
    problems: [401],
    description: 'Ratings the acting organization gave or received',
  })
  list(@CurrentActor() actor: Actor) {
    return this.ratings.list(actor);
  }

  @CreateRoute(undefined, RatingDto, { problems: [400, 401, 403, 409] })
  create(@CurrentActor() actor: Actor, @Body() body: CreateRatingDto) {
    return this.ratings.create(actor, body);
  }
}
