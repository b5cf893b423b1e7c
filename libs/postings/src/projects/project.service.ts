import { Injectable } from '@nestjs/common';
import { catalogueServiceFor } from '../catalogue/catalogue.service.js';
import { PROJECT_KIND } from './project.kind.js';

@Injectable()
export class ProjectService extends catalogueServiceFor(PROJECT_KIND) {}
