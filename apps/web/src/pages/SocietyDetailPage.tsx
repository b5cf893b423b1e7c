import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Result,
  Row,
  Skeleton,
  Space,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../api/client';
import { expertsApi, societiesApi } from '../api/catalogue';
import type { Society, Station, StationInput } from '../api/catalogue-types';
import { useAuth } from '../auth/auth-context';
import { catalogueKinds } from '../catalogue/kinds';
import { canManageSociety } from '../catalogue/permissions';
import { DetailSkeleton } from '../components/DetailParts';
import { FormError } from '../components/FormError';
import { LinkButton } from '../components/LinkButton';
import { InterestButton } from '../features/interest/InterestButton';
import { PageHeader } from '../components/PageHeader';
import { PostingCard } from '../components/PostingCard';
import { RegionItem, TechFieldsItem, TextItem } from '../components/PostingFormItems';
import { FieldTags } from '../components/PostingTags';
import { applyServerErrors, errorMessage } from '../lib/errors';
import { useAsync } from '../lib/use-async';
import { useReferenceData } from '../lib/use-reference';
import { schemaRules } from '../api/generated/rules';

/** The schema's rules for this form's fields (openapi.json, generated). */
const stationRules = schemaRules.CreateStationDto;
const societyRules = schemaRules.UpdateSocietyDto;

const EXPERTS_SHOWN = 6;

export default function SocietyDetailPage() {
  const { id = '' } = useParams();
  return <SocietyDetail key={id} societyId={id} />;
}

function SocietyDetail({ societyId }: { societyId: string }) {
  const { t, i18n } = useTranslation();
  const { status, currentMembership } = useAuth();
  const signedIn = status === 'authenticated';
  const loaded = useAsync(
    () => societiesApi.get(societyId, signedIn ? 'session' : 'public'),
    `${societyId}:${signedIn}:${i18n.language}`,
  );
  const [override, setOverride] = useState<Society | null>(null);
  const [editing, setEditing] = useState(false);
  const society = override ?? loaded.data;
  const admin = Boolean(society?.canEdit) || canManageSociety(currentMembership, societyId);

  if (loaded.error) {
    const missing = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <Result
        status={missing ? '404' : 'warning'}
        title={missing ? t('society.notFound') : t('common.loadFailed')}
        subTitle={missing ? undefined : errorMessage(loaded.error, t)}
        extra={
          <LinkButton type="primary" to="/societies">
            {t('society.backToList')}
          </LinkButton>
        }
      />
    );
  }
  if (!society) return <DetailSkeleton />;

  return (
    <>
      <PageHeader
        title={<span data-testid="society-name">{society.name}</span>}
        subtitle={society.regionName}
        extra={
          admin ? (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="society-edit">
              {t('society.editProfile')}
            </Button>
          ) : (
            <InterestButton kind="societies" id={society.id} />
          )
        }
      />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={24}>
            <Card title={t('society.about')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                {society.description || t('society.noDescription')}
              </Typography.Paragraph>
              <Space size={[4, 6]} wrap>
                <FieldTags codes={society.fields} names={society.fieldNames} />
              </Space>
            </Card>
            <SocietyExperts societyId={society.id} />
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('posting.detail.basicInfo')}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'region', label: t('posting.region'), children: society.regionName },
                {
                  key: 'website',
                  label: t('society.website'),
                  children: society.website ? (
                    <a href={society.website} target="_blank" rel="noreferrer">
                      {society.website}
                    </a>
                  ) : (
                    t('common.none')
                  ),
                },
                {
                  key: 'experts',
                  label: t('nav.experts'),
                  children: t('society.experts', { count: society.expertCount }),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <div style={{ marginTop: 24 }}>
        <Stations society={society} admin={admin} onChange={setOverride} />
      </div>
      {editing ? (
        <ProfileModal
          society={society}
          onClose={() => setEditing(false)}
          onSaved={(next) => {
            setOverride(next);
            setEditing(false);
          }}
        />
      ) : null}
    </>
  );
}

function SocietyExperts({ societyId }: { societyId: string }) {
  const { t, i18n } = useTranslation();
  const { status } = useAuth();
  const signedIn = status === 'authenticated';
  const experts = useAsync(
    () => expertsApi.list({ societyId, limit: EXPERTS_SHOWN }, signedIn ? 'session' : 'public'),
    `${societyId}:${signedIn}:${i18n.language}`,
  );
  return (
    <Card
      title={t('society.expertsTitle')}
      extra={
        <LinkButton type="link" to={`/experts?societyId=${encodeURIComponent(societyId)}`}>
          {t('society.allExperts')}
        </LinkButton>
      }
    >
      {experts.error ? <FormError message={errorMessage(experts.error, t)} /> : null}
      {experts.loading ? (
        <Skeleton active />
      ) : experts.data?.items.length ? (
        <Flex vertical gap={12} data-testid="society-experts">
          {experts.data.items.map((expert) => (
            <PostingCard key={expert.id} kind={catalogueKinds.expert} item={expert} />
          ))}
        </Flex>
      ) : (
        <Empty description={t('society.noExperts')} />
      )}
    </Card>
  );
}

/** 服务站: listed for everyone, added, edited and deleted by the society's admins. */
function Stations({
  society,
  admin,
  onChange,
}: {
  society: Society;
  admin: boolean;
  onChange: (next: Society) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Station | 'new' | null>(null);

  const remove = async (station: Station) => {
    try {
      await societiesApi.deleteStation(society.id, station.id);
      void message.success(t('society.stationDeleted'));
      onChange({
        ...society,
        stations: society.stations.filter((s) => s.id !== station.id),
        stationCount: society.stationCount - 1,
      });
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    }
  };

  const saved = (station: Station) => {
    const exists = society.stations.some((s) => s.id === station.id);
    onChange({
      ...society,
      stations: exists
        ? society.stations.map((s) => (s.id === station.id ? station : s))
        : [...society.stations, station],
      stationCount: exists ? society.stationCount : society.stationCount + 1,
    });
    setEditing(null);
    void message.success(t('society.stationSaved'));
  };

  const columns: TableColumnsType<Station> = [
    { title: t('society.stationName'), dataIndex: 'name' },
    { title: t('posting.region'), dataIndex: 'regionName' },
    { title: t('society.address'), dataIndex: 'address', render: (value: string | null) => value ?? '—' },
    {
      title: t('posting.contactName'),
      key: 'contact',
      render: (_: unknown, station) =>
        [station.contactName, station.contactPhone].filter(Boolean).join(' ') || '—',
    },
    { title: t('nav.experts'), dataIndex: 'expertCount', align: 'right' },
    ...(admin
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, station: Station) => (
              <Space size="small">
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setEditing(station)}
                  aria-label={t('society.editStation')}
                />
                <Popconfirm
                  title={t('society.deleteStationConfirm', { name: station.name })}
                  okText={t('common.delete')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(station)}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('society.stationsTitle')}
      extra={
        admin ? (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="station-add">
            {t('society.addStation')}
          </Button>
        ) : null
      }
    >
      <div data-testid="stations-table">
        <Table<Station>
          rowKey="id"
          columns={columns}
          dataSource={society.stations}
          pagination={false}
          locale={{ emptyText: t('society.noStations') }}
          scroll={{ x: 'max-content' }}
          expandable={{
            rowExpandable: (station) => Boolean(station.description),
            expandedRowRender: (station) => (
              <p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{station.description}</p>
            ),
          }}
        />
      </div>
      {editing ? (
        <StationModal
          societyId={society.id}
          station={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      ) : null}
    </Card>
  );
}

function useModalForm<V extends object>(fields: readonly string[], save: (values: V) => Promise<void>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const finish = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      await save(values);
    } catch (cause) {
      setError(applyServerErrors(form, cause, t, fields));
      setBusy(false);
    }
  };
  return { form, busy, error, finish };
}

const STATION_FIELDS = [
  'name',
  'regionCode',
  'address',
  'contactName',
  'contactPhone',
  'description',
] as const;

function StationModal({
  societyId,
  station,
  onClose,
  onSaved,
}: {
  societyId: string;
  station?: Station;
  onClose: () => void;
  onSaved: (station: Station) => void;
}) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const { form, busy, error, finish } = useModalForm<StationInput>(STATION_FIELDS, async (values) => {
    const input: StationInput = {
      name: values.name.trim(),
      regionCode: values.regionCode,
      address: values.address?.trim() || null,
      contactName: values.contactName?.trim() || null,
      contactPhone: values.contactPhone?.trim() || null,
      description: values.description?.trim() || null,
    };
    onSaved(
      station
        ? await societiesApi.updateStation(societyId, station.id, input)
        : await societiesApi.createStation(societyId, input),
    );
  });
  return (
    <Modal
      open
      title={station ? t('society.editStation') : t('society.addStation')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, ...{ 'data-testid': 'station-save' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormError message={error} />
      <Form<StationInput>
        form={form}
        name="station"
        layout="vertical"
        onFinish={(values) => void finish(values)}
        initialValues={station ? { ...station, address: station.address ?? '' } : {}}
      >
        <TextItem name="name" label={t('society.stationName')} max={stationRules.name.maxLength} required />
        <RegionItem reference={reference} />
        <TextItem name="address" label={t('society.address')} max={stationRules.address.maxLength} />
        <Row gutter={12}>
          <Col span={12}>
            <TextItem
              name="contactName"
              label={t('posting.contactName')}
              max={stationRules.contactName.maxLength}
            />
          </Col>
          <Col span={12}>
            <TextItem
              name="contactPhone"
              label={t('posting.contactPhone')}
              max={stationRules.contactPhone.maxLength}
            />
          </Col>
        </Row>
        <TextItem
          name="description"
          label={t('society.description')}
          max={stationRules.description.maxLength}
          rows={3}
        />
      </Form>
    </Modal>
  );
}

interface ProfileValues {
  description?: string;
  fields?: string[];
  website?: string;
}

function ProfileModal({
  society,
  onClose,
  onSaved,
}: {
  society: Society;
  onClose: () => void;
  onSaved: (next: Society) => void;
}) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const { form, busy, error, finish } = useModalForm<ProfileValues>(
    ['description', 'fields', 'website'],
    async (values) => {
      const updated = await societiesApi.update(society.id, {
        description: values.description?.trim() || null,
        fields: values.fields ?? [],
        website: values.website?.trim() || null,
      });
      onSaved(updated);
    },
  );
  return (
    <Modal
      open
      title={t('society.editProfile')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormError message={error} />
      <Form<ProfileValues>
        form={form}
        name="society"
        layout="vertical"
        onFinish={(values) => void finish(values)}
        initialValues={{
          description: society.description ?? '',
          fields: society.fields,
          website: society.website ?? '',
        }}
      >
        <TextItem
          name="description"
          label={t('society.description')}
          max={societyRules.description.maxLength}
          rows={5}
        />
        <TechFieldsItem
          reference={reference}
          max={societyRules.fields.maxItems}
          suggestFrom={['description']}
        />
        <Form.Item
          name="website"
          label={t('society.website')}
          rules={[{ type: 'url', message: t('common.requiredField') }]}
        >
          <Input placeholder="https://" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
