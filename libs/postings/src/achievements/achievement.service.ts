import { Injectable } from '@nestjs/common';
import { catalogueServiceFor } from '../catalogue/catalogue.service.js';
import { ACHIEVEMENT_KIND } from './achievement.kind.js';

@Injectable()
export class AchievementService extends catalogueServiceFor(ACHIEVEMENT_KIND) {}
