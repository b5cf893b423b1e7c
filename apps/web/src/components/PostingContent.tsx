import { Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A long text kept with its line breaks. */
export function LongText({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid={testId}>
      {children}
    </Typography.Paragraph>
  );
}

/** A titled long text, left out when empty. */
export function Section({
  title,
  children,
  testId,
}: {
  title: string;
  children: string | null;
  testId?: string;
}) {
  if (!children) return null;
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      <LongText testId={testId}>{children}</LongText>
    </>
  );
}

export function Keywords({ words }: { words: readonly string[] }) {
  const { t } = useTranslation();
  if (words.length === 0) return null;
  return (
    <Flex vertical gap={6}>
      <Typography.Text strong>{t('posting.keywords')}</Typography.Text>
      <Space size={[4, 6]} wrap data-testid="posting-keywords">
        {words.map((word) => (
          <Tag key={word}>{word}</Tag>
        ))}
      </Space>
    </Flex>
  );
}
