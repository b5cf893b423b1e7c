import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FitLevel, MatchItem } from '../api/matches';

const FIT_COLORS: Record<FitLevel, string> = { high: 'green', medium: 'blue', fair: 'default' };

/**
 * How well a match fits, as people read it: the calibrated level (匹配度 高 / 中 / 一般) with the score
 * behind it, since a raw 26 % reads as poor even when the match is good.
 */
export function MatchFit({ match }: { match: Pick<MatchItem, 'fitLevel' | 'fitLabel' | 'score'> }) {
  const { t } = useTranslation();
  return (
    <Space size={6} data-testid="match-fit">
      <Tag color={FIT_COLORS[match.fitLevel]} data-testid="match-fit-level">
        {t('matches.fit', { label: match.fitLabel })}
      </Tag>
      <Typography.Text type="secondary">
        {t('matches.fitScore', { score: match.score.toFixed(2) })}
      </Typography.Text>
    </Space>
  );
}
