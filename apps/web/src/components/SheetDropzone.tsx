import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import { XLSX_TYPE } from '../api/xlsx-upload';

/** Picks one .xlsx file to upload later (nothing is sent on drop): the imports' step 2. */
export function SheetDropzone({
  file,
  onChange,
  text,
  hint,
}: {
  file: File | null;
  onChange: (file: File | null) => void;
  text: string;
  hint: string;
}) {
  return (
    <Upload.Dragger
      accept={`.xlsx,${XLSX_TYPE}`}
      maxCount={1}
      beforeUpload={(chosen) => {
        onChange(chosen);
        return false;
      }}
      onRemove={() => onChange(null)}
      fileList={file ? [{ uid: 'sheet', name: file.name, status: 'done' }] : []}
      data-testid="import-file"
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{text}</p>
      <p className="ant-upload-hint">{hint}</p>
    </Upload.Dragger>
  );
}
