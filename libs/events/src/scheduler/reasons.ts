import type { Language } from '#core';
import type { UnplacedReason } from './types.js';

/**
 * What the organizer's console says for each reason a meeting was not placed, zh-CN first. `{{participant}}`
 * stands for the participant's name where the reason names one.
 */
export const UNPLACED_REASON_TEXT: Record<UnplacedReason, Record<Language, string>> = {
  'pin-conflict': {
    'zh-CN': '固定的时段或桌位不可用，或与另一场固定的洽谈冲突',
    en: 'Its pinned slot or table is unavailable or collides with another pinned meeting',
  },
  'participant-unavailable': {
    'zh-CN': '{{participant}} 没有可参加的时段',
    en: '{{participant}} is available in no slot',
  },
  'no-common-slot': {
    'zh-CN': '双方没有共同的可参加时段',
    en: 'The two participants share no available slot',
  },
  'no-table': {
    'zh-CN': '双方共同的时段都没有可用的桌位或会议室',
    en: 'No table or room is open in any slot both can attend',
  },
  'cap-reached': {
    'zh-CN': '{{participant}} 的洽谈场次已达上限',
    en: '{{participant}} already has as many meetings as its cap allows',
  },
  'participant-busy': {
    'zh-CN': '双方共同的时段里，总有一方已安排了其他洽谈',
    en: 'In every slot both can attend, one of them already has another meeting',
  },
  'tables-full': {
    'zh-CN': '双方都有空的时段里，桌位或会议室已全部排满',
    en: 'Every table or room is taken in the slots where both are free',
  },
};
