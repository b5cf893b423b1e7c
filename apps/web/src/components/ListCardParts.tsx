import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A fact under a list card's title (region, views, organization…), with its icon. */
export function CardMeta({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Typography.Text type="secondary" className="dj-demand-card__meta">
      {icon} {children}
    </Typography.Text>
  );
}

/** What a confidential posting shows of itself in a list instead of its content: two lines at most. */
export function CardTeaser({ text, testId }: { text: string; testId: string }) {
  return (
    <Typography.Paragraph
      type="secondary"
      ellipsis={{ rows: 2 }}
      style={{ margin: '8px 0 0' }}
      data-testid={testId}
    >
      {text}
    </Typography.Paragraph>
  );
}
