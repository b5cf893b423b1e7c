/**
 * Pieces the forms share: the visibility and contact sections, the load failure, the reference-data warning.
 */
import { Alert, Button, Card, Col, Form, Input, Radio, Result, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { postingVisibilities, type PostingVisibility } from '../api/catalogue-types';
import { errorMessage } from '../lib/errors';
import type { useReferenceData } from '../lib/use-reference';
import { useTooLong } from './PostingFormItems';
import { schemaRules } from '../api/generated/rules';

const CONTACT_NAME_MAX = schemaRules.ContactDto.name.maxLength;
const CONTACT_PHONE_MAX = schemaRules.ContactDto.phone.maxLength;

/** A trimmed text, or null when empty. */
export function text(value: string | undefined | null): string | null {
  return value?.trim() || null;
}

/** The form fields contactName / contactPhone / contactEmail as the API's contact, or null. */
export function toContact(values: { contactName?: string; contactPhone?: string; contactEmail?: string }) {
  const name = text(values.contactName);
  const phone = text(values.contactPhone);
  const email = text(values.contactEmail);
  return name ? { name, ...(phone ? { phone } : {}), ...(email ? { email } : {}) } : null;
}

/** Server error paths of the contact → its form fields. */
export const CONTACT_ALIASES: Record<string, string> = {
  contact: 'contactName',
  'contact.name': 'contactName',
  'contact.phone': 'contactPhone',
  'contact.email': 'contactEmail',
};

/** The names of what changed between two objects of editable fields (compared as JSON). */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const name of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(after[name]) !== JSON.stringify(before[name])) changes[name] = after[name];
  }
  return changes;
}

/** A page whose data did not load, with a retry. */
export function LoadFailedResult({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('common.loadFailed')}
      subTitle={errorMessage(error, t)}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}

/** Regions, industries or fields failed to load: some pickers are empty until a retry. */
export function ReferenceAlert({
  reference,
  message,
  style,
}: {
  reference: ReturnType<typeof useReferenceData>;
  message: string;
  style?: React.CSSProperties;
}) {
  const { t } = useTranslation();
  if (!reference.failed) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={message}
      style={style}
      action={
        <Button size="small" onClick={reference.reload}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}

/** 联系方式: name, phone and email (a name is needed with either of the others). */
export function ContactSection({ title }: { title: string }) {
  const { t } = useTranslation();
  const tooLong = useTooLong();
  return (
    <Card title={title}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="contactName"
            label={t('posting.contactName')}
            dependencies={['contactPhone', 'contactEmail']}
            rules={[
              tooLong(CONTACT_NAME_MAX),
              ({ getFieldValue }) => ({
                validator: (_, value?: string) => {
                  const other =
                    text(getFieldValue('contactPhone') as string | undefined) ??
                    text(getFieldValue('contactEmail') as string | undefined);
                  if (other && !text(value))
                    return Promise.reject(new Error(t('posting.form.contactNameRequired')));
                  return Promise.resolve();
                },
              }),
            ]}
          >
            <Input maxLength={CONTACT_NAME_MAX} autoComplete="name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="contactPhone"
            label={t('posting.contactPhone')}
            rules={[tooLong(CONTACT_PHONE_MAX)]}
          >
            <Input maxLength={CONTACT_PHONE_MAX} autoComplete="tel" inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="contactEmail"
            label={t('posting.contactEmail')}
            rules={[{ type: 'email', message: t('fields.emailInvalid') }]}
          >
            <Input autoComplete="email" inputMode="email" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

/**
 * Where a form's visibility texts are: the demand form keeps its own (`demand.*`, `demandForm.*`), the
 * catalogue kinds share the posting ones (`posting.*`, `posting.form.*`).
 */
export type VisibilityTexts =
  { field: 'demand'; form: 'demandForm' } | { field: 'posting'; form: 'posting.form' };

/**
 * A text a confidential posting must have (its teaser, a demand's NDA): required while the visibility is
 * confidential; otherwise optional, with a hint that it is kept for later.
 */
export function ConfidentialTextItem({
  name,
  label,
  max,
  rows,
  confidential,
  requiredMessage,
  laterHint,
  placeholder,
}: {
  name: string;
  label: string;
  max: number;
  rows: number;
  confidential: boolean;
  requiredMessage: string;
  laterHint: string;
  placeholder: string;
}) {
  const tooLong = useTooLong();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={confidential ? undefined : laterHint}
      rules={[{ required: confidential, whitespace: true, message: requiredMessage }, tooLong(max)]}
    >
      <Input.TextArea rows={rows} showCount maxLength={max} placeholder={placeholder} />
    </Form.Item>
  );
}

const TEASER_MAX = schemaRules.CreateDemandDto.teaser.maxLength;

/**
 * 可见范围: the visibility, chosen on creation and fixed afterwards (it changes from the detail page), and,
 * while confidential or when editing, the public teaser followed by `children` (the demand's NDA).
 */
export function VisibilitySection({
  texts,
  fixed,
  visibility,
  children,
}: {
  texts: VisibilityTexts;
  /** The saved posting's visibility when editing; the form then shows it instead of a choice. */
  fixed?: PostingVisibility;
  /** The visibility in effect: `fixed`, or what the form has chosen. */
  visibility: PostingVisibility;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { field, form } = texts;
  const confidential = visibility === 'confidential';
  return (
    <Card title={t(`${form}.sectionVisibility`)}>
      {fixed ? (
        <Alert
          type="info"
          showIcon
          title={t(`${form}.visibilityFixed`, { visibility: t(`${field}.visibilities.${fixed}`) })}
          style={{ marginBottom: 16 }}
        />
      ) : (
        <Form.Item
          name="visibility"
          label={t(`${field}.visibility`)}
          extra={t(`${form}.visibilityHelp.${visibility}`)}
          rules={[{ required: true }]}
        >
          <Radio.Group
            options={postingVisibilities.map((value) => ({
              value,
              label: t(`${field}.visibilities.${value}`),
            }))}
          />
        </Form.Item>
      )}
      {confidential || fixed ? (
        <>
          <ConfidentialTextItem
            name="teaser"
            label={t(`${field}.teaser`)}
            max={TEASER_MAX}
            rows={2}
            confidential={confidential}
            requiredMessage={t(`${form}.teaserRequired`)}
            laterHint={t(`${form}.teaserForLater`)}
            placeholder={t(`${form}.teaserPlaceholder`)}
          />
          {children}
        </>
      ) : null}
    </Card>
  );
}
