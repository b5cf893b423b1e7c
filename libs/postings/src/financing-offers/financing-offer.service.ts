import { Injectable } from '@nestjs/common';
import { catalogueServiceFor } from '../catalogue/catalogue.service.js';
import { FINANCING_OFFER_KIND } from './financing-offer.kind.js';

@Injectable()
export class FinancingOfferService extends catalogueServiceFor(FINANCING_OFFER_KIND) {}
