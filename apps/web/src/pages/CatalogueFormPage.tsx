import { Button, Flex, Form, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { type PostingDetail, type PostingSummary, type PostingVisibility } from '../api/catalogue-types';
import { useAuth } from '../auth/auth-context';
import type { AnyCatalogueKind, CatalogueKindName, SharedFormValues } from '../catalogue/kind';
import { catalogueKinds } from '../catalogue/kinds';
import { canCreate } from '../catalogue/permissions';
import { NoOrganizationResult } from '../components/ListParts';
import {
  changedFields,
  CONTACT_ALIASES,
  ContactSection,
  LoadFailedResult,
  ReferenceAlert,
  toContact,
  text,
  VisibilitySection,
} from '../components/FormParts';
import { FormError } from '../components/FormError';
import { LinkButton } from '../components/LinkButton';
import { PageHeader } from '../components/PageHeader';
import { FormSkeleton, NotEditableResult } from '../components/PostingFormGuards';
import { canEditPosting } from '../components/PostingOwnerActions';
import { useAsync } from '../lib/use-async';
import { usePostingSubmit } from '../lib/use-posting-submit';
import { useReferenceData } from '../lib/use-reference';

type Detail = PostingSummary & PostingDetail;

const SHARED_FIELDS = ['visibility', 'teaser', 'contactName', 'contactPhone', 'contactEmail'];

/** Every editable field of a posting, with the shell's teaser and contact; empty optional ones null. */
function toEditable(kind: AnyCatalogueKind, values: SharedFormValues): Record<string, unknown> {
  const editable: Record<string, unknown> = { ...kind.form.toEditable(values), teaser: text(values.teaser) };
  if (kind.form.hasContact) editable.contact = toContact(values);
  return editable;
}

function toValues(kind: AnyCatalogueKind, item: Detail): SharedFormValues {
  const contact = kind.contact(item);
  return {
    ...(kind.form.toValues(item) as SharedFormValues),
    visibility: item.visibility,
    teaser: item.teaser ?? '',
    ...(kind.form.hasContact
      ? {
          contactName: contact?.name ?? '',
          contactPhone: contact?.phone ?? '',
          contactEmail: contact?.email ?? '',
        }
      : {}),
  };
}

/** The POST body: empty optional fields left out. */
function toCreateInput(kind: AnyCatalogueKind, values: SharedFormValues): Record<string, unknown> {
  const input: Record<string, unknown> = { visibility: values.visibility ?? 'public' };
  for (const [name, value] of Object.entries(toEditable(kind, values))) {
    if (value !== null) input[name] = value;
  }
  return input;
}

/** The PATCH body: only what changed; a cleared optional field is sent as null. */
function toUpdate(
  kind: AnyCatalogueKind,
  original: Detail,
  values: SharedFormValues,
): Record<string, unknown> {
  return changedFields(toEditable(kind, toValues(kind, original)), toEditable(kind, values));
}

/** Create (…/new) or edit (…/:id/edit) a posting of any catalogue kind. */
export default function CatalogueFormPage({ kind }: { kind: CatalogueKindName }) {
  const { id } = useParams();
  // A fresh form per posting (the route element is reused when only :id changes).
  return <CatalogueFormLoader key={`${kind}:${id ?? 'new'}`} kind={catalogueKinds[kind]} postingId={id} />;
}

function CatalogueFormLoader({ kind, postingId }: { kind: AnyCatalogueKind; postingId?: string }) {
  const { t } = useTranslation();
  const { currentMembership } = useAuth();
  const organizationId = currentMembership?.organizationId ?? null;
  const loaded = useAsync(
    () => kind.api.get(postingId ?? ''),
    postingId ? `${postingId}:${organizationId}` : null,
  );
  const ns = `catalogue.${kind.name}` as const;

  if (!postingId && !currentMembership) {
    return <NoOrganizationResult title={t('posting.form.noOrgTitle')} subTitle={t(`${ns}.noOrg`)} />;
  }
  if (!postingId) {
    if (!canCreate(kind, currentMembership)) {
      return (
        <Result
          status="403"
          title={t('admin.forbiddenTitle')}
          subTitle={t(`${ns}.wrongType`)}
          extra={
            <LinkButton type="primary" to={kind.route}>
              {t('common.back')}
            </LinkButton>
          }
        />
      );
    }
    return <CatalogueForm key={organizationId} kind={kind} />;
  }
  if (loaded.error) {
    return <LoadFailedResult error={loaded.error} onRetry={loaded.reload} />;
  }
  const item = loaded.data as Detail | undefined;
  if (!item || item.id !== postingId) {
    return <FormSkeleton />;
  }
  if (!item.canEdit || !canEditPosting(item.status)) {
    return (
      <NotEditableResult
        canEdit={item.canEdit}
        notEditable={t('posting.form.notEditable')}
        forbidden={t('posting.form.forbidden')}
        backTo={`${kind.route}/${item.id}`}
      />
    );
  }
  return <CatalogueForm key={organizationId} kind={kind} original={item} />;
}

function CatalogueForm({ kind, original }: { kind: AnyCatalogueKind; original?: Detail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reference = useReferenceData();
  const [form] = Form.useForm<SharedFormValues>();
  const editing = original !== undefined;
  const watchedVisibility = Form.useWatch('visibility', form) as PostingVisibility | undefined;
  const visibility = original?.visibility ?? watchedVisibility ?? 'public';
  const ns = `catalogue.${kind.name}` as const;
  const saving = usePostingSubmit(form, {
    route: kind.route,
    created: t('posting.form.created'),
    saved: t('posting.form.saved'),
    fields: [...kind.form.fields, ...SHARED_FIELDS],
    aliases: { ...CONTACT_ALIASES, ...kind.form.aliases },
  });

  const onFinish = (values: SharedFormValues) => {
    if (!original) return saving.create(() => kind.api.create(toCreateInput(kind, values) as never));
    const changes = toUpdate(kind, original, values);
    return saving.update(original.id, changes, () => kind.api.update(original.id, changes as never));
  };

  return (
    <>
      <PageHeader
        title={editing ? t(`${ns}.editTitle`) : t(`${ns}.createTitle`)}
        subtitle={
          original
            ? t('posting.form.editSubtitle', { title: kind.label(original) })
            : t(`${ns}.createSubtitle`)
        }
      />
      <div style={{ maxWidth: 860 }}>
        <ReferenceAlert
          reference={reference}
          message={t('posting.list.referenceLoadFailed')}
          style={{ marginBottom: 16 }}
        />
        <FormError message={saving.error} />
        <Form<SharedFormValues>
          form={form}
          name={kind.name}
          layout="vertical"
          onFinish={onFinish}
          initialValues={
            original ? toValues(kind, original) : { visibility: 'public', ...kind.form.initialValues() }
          }
          scrollToFirstError
        >
          <Flex vertical gap={16}>
            {kind.form.renderFields({ original, reference })}

            <VisibilitySection
              texts={{ field: 'posting', form: 'posting.form' }}
              fixed={original?.visibility}
              visibility={visibility}
            />

            {kind.form.hasContact ? <ContactSection title={t('posting.form.sectionContact')} /> : null}

            <Flex gap={12} justify="flex-end">
              <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
              <Button
                type="primary"
                htmlType="submit"
                loading={saving.busy}
                data-testid="posting-form-submit"
              >
                {editing ? t('posting.form.submitEdit') : t('posting.form.submitCreate')}
              </Button>
            </Flex>
          </Flex>
        </Form>
      </div>
    </>
  );
}
