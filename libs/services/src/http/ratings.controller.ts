import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, ProblemResponses } from '#http';
import type { Actor } from '#identity';
import { CreateRatingDto, RatingDto } from '../dto/rating.dto.js';
import { RatingService } from '../rating.service.js';

/** 服务评价: an enterprise rates a service it received or a confirmed deal, once. */
@ApiTags('services')
@ApiBearerAuth()
@Controller('api/v1/ratings')
export class RatingsController {
  constructor(private readonly ratings: RatingService) {}

  @Get()
  @ApiOkResponse({ type: [RatingDto], description: 'Ratings the acting organization gave or received' })
  @ProblemResponses(401)
  list(@CurrentActor() actor: Actor) {
    return this.ratings.list(actor);
  }

  @Post()
  @ApiCreatedResponse({ type: RatingDto })
  @ProblemResponses(400, 401, 403, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreateRatingDto) {
    return this.ratings.create(actor, body);
  }
}
