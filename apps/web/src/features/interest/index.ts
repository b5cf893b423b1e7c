import { defineFeature } from '../feature';
import { interestEn } from './i18n.en';
import { interestZhCN } from './i18n.zh-CN';

/** 我要对接: the button on every listing and the block on a thread; no pages or menu entries of its own. */
export const interestFeature = defineFeature({
  name: 'interest',
  messages: { 'zh-CN': interestZhCN, en: interestEn },
});
