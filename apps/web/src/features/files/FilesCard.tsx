import { DeleteOutlined, DownloadOutlined, LockOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, List, Popconfirm, Select, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../lib/format';
import { errorMessage } from '../../lib/errors';
import { filesApi, type FileList, type FileOwners, type FilePurpose, type StoredFile } from './files-api';

interface Props {
  owners: FileOwners;
  id: string;
  /** The organization's licence rather than a posting's attachments. */
  licence?: boolean;
}

/** A posting's files (or an organization's licence): listed, downloaded, and uploaded or removed by its editors. */
export function FilesCard({ owners, id, licence = false }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [list, setList] = useState<FileList | null>(null);
  const [purpose, setPurpose] = useState<FilePurpose | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const found = await filesApi.list(owners, id);
      setList(found);
      setPurpose((current) => current ?? found.purposes[0] ?? null);
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  }, [owners, id, message, t]);

  useEffect(() => {
    void load();
  }, [load]);

  async function upload(files: File[]) {
    if (!purpose) return;
    setBusy(true);
    try {
      await filesApi.upload(owners, id, purpose, files);
      void message.success(t('files.uploaded'));
      await load();
    } catch (error) {
      void message.error(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  async function download(file: StoredFile) {
    try {
      const blob = await filesApi.download(owners, id, file.id);
      const url = URL.createObjectURL(blob);
      const link = Object.assign(document.createElement('a'), { href: url, download: file.name });
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  }

  async function remove(file: StoredFile) {
    try {
      await filesApi.remove(owners, id, file.id);
      await load();
    } catch (error) {
      void message.error(errorMessage(error, t));
    }
  }

  if (!list) return null;
  return (
    <Card title={t(licence ? 'files.licenceTitle' : 'files.title')} data-testid="files-card">
      {list.withheld ? (
        <Typography.Text type="secondary">
          <LockOutlined /> {t('files.withheld')}
        </Typography.Text>
      ) : (
        <List
          dataSource={list.items}
          locale={{ emptyText: t('files.empty') }}
          renderItem={(file) => (
            <List.Item
              actions={[
                <Button key="download" icon={<DownloadOutlined />} onClick={() => void download(file)}>
                  {t('files.download')}
                </Button>,
                ...(list.canEdit
                  ? [
                      <Popconfirm
                        key="delete"
                        title={t('files.deleteConfirm')}
                        onConfirm={() => remove(file)}
                      >
                        <Button danger icon={<DeleteOutlined />}>
                          {t('files.delete')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []),
              ]}
            >
              <List.Item.Meta
                title={file.name}
                description={`${t(`files.purposes.${file.purpose}`)} · ${formatFileSize(file.sizeBytes)}`}
              />
            </List.Item>
          )}
        />
      )}
      {list.canEdit ? (
        <Flex gap="small" wrap align="center" style={{ marginTop: 12 }}>
          <Select
            aria-label={t('files.purpose')}
            value={purpose}
            onChange={setPurpose}
            style={{ minWidth: 160 }}
            options={list.purposes.map((p) => ({ value: p, label: t(`files.purposes.${p}`) }))}
          />
          <Upload
            multiple
            showUploadList={false}
            accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.webp,.gif,.tif,.tiff"
            beforeUpload={(file, files) => {
              if (file === files[0]) void upload(files);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy}>
              {t('files.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">
            {t('files.limits', { mb: list.maxSizeMb, max: list.maxFiles })}
          </Typography.Text>
        </Flex>
      ) : null}
    </Card>
  );
}
