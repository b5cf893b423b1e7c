import { Button, Card, Col, Row } from 'antd';
import { PieChart } from '../../components/PieChart';
import { useTranslation } from 'react-i18next';
import type { Overview } from './api';
import { namesToCode } from '../../lib/tree';
import { useReferenceData } from '../../lib/use-reference';

type Breakdown = Overview['breakdowns'][number];
type DeclineReason = Overview['declineReasons'][number];

/** Matches declined in the period by the reason the decliner chose; its records open beside the figures. */
export function DeclineReasonChart({ reasons, onOpen }: { reasons: DeclineReason[]; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('reporting.declineReasons')}
      data-testid="decline-reasons"
      extra={
        <Button type="link" onClick={onOpen}>
          {t('reporting.figures.matches-declined')}
        </Button>
      }
    >
      <PieChart
        rows={reasons.map((row) => ({
          name: t(`matches.reasons.${row.reason}` as 'matches.reasons.other'),
          value: row.count,
        }))}
      />
    </Card>
  );
}

/**
 * 技术合同成交额 broken down as the national technical-market statistics do (contract type, technology
 * field, seller type, IP, seller city, buyer province): one pie of 万元 per dimension.
 */
export function BreakdownCharts({ breakdowns }: { breakdowns: Breakdown[] }) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const fieldNames = new Map<string, string>();
  const walk = (nodes: readonly { code: string; name: string; children?: unknown }[]) =>
    nodes.forEach((node) => {
      fieldNames.set(node.code, node.name);
      if (Array.isArray(node.children)) walk(node.children as typeof nodes);
    });
  walk(reference.techFields.data ?? []);
  const label = (dimension: Breakdown['dimension'], key: string): string => {
    switch (dimension) {
      case 'kind':
        return t(`deals.kinds.${key}` as 'deals.kinds.equity');
      case 'ip-type':
        return t(`deals.ipTypes.${key}` as 'deals.ipTypes.none');
      case 'seller-type':
        return t(`organization.types.${key}` as 'organization.types.enterprise');
      case 'tech-field':
        return key === 'none' ? t('reporting.noField') : (fieldNames.get(key) ?? key);
      default:
        return namesToCode(reference.regions.data ?? [], key).at(-1) ?? key;
    }
  };
  return (
    <Card title={t('reporting.breakdownsTitle')} data-testid="breakdowns">
      <Row gutter={[16, 16]}>
        {breakdowns.map((breakdown) => (
          <Col key={breakdown.dimension} xs={24} md={12} lg={8}>
            <Card size="small" type="inner" title={t(`reporting.breakdowns.${breakdown.dimension}`)}>
              <PieChart
                unit=" 万元"
                rows={breakdown.rows.map((row) => ({
                  name: label(breakdown.dimension, row.key),
                  value: row.amountWan,
                }))}
              />
            </Card>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
