import { Alert, App, Button, Card, Cascader, Flex, Form, Input, Select, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { organizationsApi, referenceApi } from '../api/endpoints';
import { organizationTypes, type CreateOrganizationInput, type OrganizationType } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { FormError } from '../components/FormError';
import { PageHeader } from '../components/PageHeader';
import { checkCreditCode, normaliseCreditCode } from '../lib/credit-code';
import { applyServerErrors } from '../lib/errors';
import { pathToCode, toCascaderOptions, toTreeSelectData, type CascaderNode } from '../lib/tree';
import { useAsync } from '../lib/use-async';
import { schemaRules } from '../api/generated/rules';

interface OrganizationValues {
  name: string;
  type: OrganizationType;
  creditCode: string;
  regionCode: string;
  industryCode?: string;
  description?: string;
}

const FIELDS = ['name', 'type', 'creditCode', 'regionCode', 'industryCode', 'description'] as const;
const NAME_MAX = schemaRules.CreateOrganizationDto.name.maxLength;
const DESCRIPTION_MAX = schemaRules.CreateOrganizationDto.description.maxLength;

export default function CreateOrganizationPage() {
  const { t, i18n } = useTranslation();
  const { reloadMe, switchOrganization } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<OrganizationValues>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Region and industry names come in the UI language (the API reads Accept-Language), so reload on a switch.
  const regions = useAsync(() => referenceApi.regions(), `regions:${i18n.language}`);
  const industries = useAsync(() => referenceApi.industries(), `industries:${i18n.language}`);
  const regionOptions = useMemo(() => toCascaderOptions(regions.data ?? []), [regions.data]);
  const industryOptions = useMemo(() => toTreeSelectData(industries.data ?? []), [industries.data]);

  const onFinish = async (values: OrganizationValues) => {
    setSubmitting(true);
    setError(null);
    const input: CreateOrganizationInput = {
      name: values.name.trim(),
      type: values.type,
      creditCode: normaliseCreditCode(values.creditCode),
      regionCode: values.regionCode,
      ...(values.industryCode ? { industryCode: values.industryCode } : {}),
      ...(values.description?.trim() ? { description: values.description.trim() } : {}),
    };
    try {
      const created = await organizationsApi.create(input);
      await reloadMe();
      switchOrganization(created.id);
      void message.success(t('createOrg.success', { name: created.name }));
      void navigate('/welcome/verification');
    } catch (cause) {
      setError(applyServerErrors(form, cause, t, FIELDS));
      setSubmitting(false);
    }
  };

  const referenceFailed = Boolean(regions.error || industries.error);

  return (
    <>
      <PageHeader title={t('createOrg.title')} subtitle={t('createOrg.subtitle')} />
      <Card style={{ maxWidth: 760 }}>
        {referenceFailed ? (
          <Alert
            type="warning"
            showIcon
            title={t('createOrg.referenceLoadFailed')}
            style={{ marginBottom: 16 }}
            action={
              <Button
                size="small"
                onClick={() => {
                  regions.reload();
                  industries.reload();
                }}
              >
                {t('common.retry')}
              </Button>
            }
          />
        ) : null}
        <FormError message={error} />
        <Form form={form} name="create-organization" layout="vertical" onFinish={onFinish} scrollToFirstError>
          <Form.Item
            name="name"
            label={t('organization.name')}
            rules={[
              { required: true, whitespace: true, message: t('createOrg.nameRequired') },
              { max: NAME_MAX, message: t('createOrg.nameTooLong', { max: NAME_MAX }) },
            ]}
          >
            <Input placeholder={t('createOrg.namePlaceholder')} autoComplete="organization" />
          </Form.Item>
          <Form.Item
            name="type"
            label={t('organization.type')}
            rules={[{ required: true, message: t('createOrg.typeRequired') }]}
          >
            <Select
              placeholder={t('common.pleaseSelect')}
              options={organizationTypes.map((value) => ({ value, label: t(`organization.types.${value}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="creditCode"
            label={t('organization.creditCode')}
            extra={t('createOrg.creditCodeHelp')}
            normalize={(value: unknown) => normaliseCreditCode(value)}
            validateFirst
            rules={[
              { required: true, message: t('createOrg.creditCodeRequired') },
              {
                validator: (_, value: string | undefined) => {
                  if (!value) return Promise.resolve();
                  const problem = checkCreditCode(value);
                  if (problem === 'length') return Promise.reject(new Error(t('createOrg.creditCodeLength')));
                  if (problem === 'chars') return Promise.reject(new Error(t('createOrg.creditCodeChars')));
                  if (problem === 'checksum')
                    return Promise.reject(new Error(t('createOrg.creditCodeChecksum')));
                  return Promise.resolve();
                },
              },
            ]}
            validateTrigger={['onBlur', 'onChange']}
            hasFeedback
          >
            <Input
              placeholder={t('createOrg.creditCodePlaceholder')}
              maxLength={schemaRules.CreateOrganizationDto.creditCode.maxLength}
              autoComplete="off"
              spellCheck={false}
              style={{ fontFamily: 'monospace', letterSpacing: 1 }}
            />
          </Form.Item>
          <Form.Item
            name="regionCode"
            label={t('organization.region')}
            rules={[{ required: true, message: t('createOrg.regionRequired') }]}
            getValueProps={(code?: string) => ({
              value: code ? pathToCode(regions.data ?? [], code) : undefined,
            })}
            normalize={(path?: string[]) => (path && path.length ? path[path.length - 1] : undefined)}
          >
            <Cascader<CascaderNode>
              options={regionOptions}
              placeholder={t('createOrg.regionPlaceholder')}
              changeOnSelect
              showSearch={{
                filter: (input, path) => path.some((option) => option.label.includes(input.trim())),
              }}
              loading={regions.loading}
            />
          </Form.Item>
          <Form.Item name="industryCode" label={t('organization.industry')}>
            <TreeSelect
              treeData={industryOptions}
              placeholder={t('createOrg.industryPlaceholder')}
              allowClear
              showSearch
              treeNodeFilterProp="title"
              loading={industries.loading}
              popupMatchSelectWidth
            />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('organization.description')}
            rules={[
              { max: DESCRIPTION_MAX, message: t('createOrg.descriptionTooLong', { max: DESCRIPTION_MAX }) },
            ]}
          >
            <Input.TextArea
              rows={5}
              showCount
              maxLength={DESCRIPTION_MAX}
              placeholder={t('createOrg.descriptionPlaceholder')}
            />
          </Form.Item>
          <Flex gap={12} justify="flex-end">
            <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={submitting} data-testid="create-org-submit">
              {t('createOrg.submit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
