/** 推荐领域: technology fields (and the industry) suggested from what the user has written so far. */
import { BulbOutlined } from '@ant-design/icons';
import { Flex, Form, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { referenceApi, type FieldSuggestions as Suggestions } from '../api/endpoints';

/** Pause after the last keystroke before asking: typing a sentence costs one request, not thirty. */
const DELAY_MS = 400;
/** The API's limit: the title and keywords come first, then the start of the description. */
const MAX_TEXT = 1_000;
/** Too little text says nothing about a field. */
const MIN_TEXT = 4;
const LINE = { marginTop: 8, minHeight: 24 } as const;

/**
 * Watches the form's text fields (`from`: the title first, then keywords and the description) and
 * offers the fields they are about under the field picker; clicking one adds it to `fieldsName` (up to
 * `max`), clicking the industry sets `industryName`. Must sit inside the antd Form.
 */
export function FieldSuggestions({
  from,
  fieldsName,
  max,
  industryName,
}: {
  from: readonly string[];
  fieldsName: string;
  max: number;
  industryName?: string;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const text = Form.useWatch(
    (values: Record<string, unknown>) =>
      from
        .map((name) => values[name])
        .flatMap((value) => (Array.isArray(value) ? value : [value]))
        .filter((value): value is string => typeof value === 'string' && value.trim().length > 0)
        .join('\n')
        .slice(0, MAX_TEXT)
        .trim(),
    form,
  );
  const picked = (Form.useWatch(fieldsName, form) as string[] | undefined) ?? [];
  const pickedIndustry = industryName ? (Form.useWatch(industryName, form) as string | undefined) : undefined;
  const suggestions = useFieldSuggestions(text ?? '');

  const fields = suggestions?.fields.filter((field) => !picked.includes(field.code)) ?? [];
  const industry =
    industryName && suggestions?.industry && suggestions.industry.code !== pickedIndustry
      ? suggestions.industry
      : null;
  // The line is always there (a hint until there is something to suggest), so suggestions arriving
  // while the user works further down the form never move what is under the pointer.
  if (fields.length === 0 && !industry)
    return (
      <Flex align="center" style={LINE}>
        <Typography.Text type="secondary">
          <BulbOutlined /> {t('fieldSuggestions.hint')}
        </Typography.Text>
      </Flex>
    );

  const pick = (code: string) => {
    if (picked.length >= max) return;
    form.setFieldValue(fieldsName, [...picked, code]);
    void form.validateFields([fieldsName]);
  };

  return (
    <Flex wrap gap={6} align="center" data-testid="field-suggestions" style={LINE}>
      <Typography.Text type="secondary">
        <BulbOutlined /> {t('fieldSuggestions.label')}
      </Typography.Text>
      {fields.map((field) => (
        <Tag.CheckableTag
          key={field.code}
          checked={false}
          data-testid={`field-suggestion-${field.code}`}
          onChange={() => pick(field.code)}
        >
          {field.parentName ? `${field.parentName} / ${field.name}` : field.name}
        </Tag.CheckableTag>
      ))}
      {industry ? (
        <Tag.CheckableTag
          checked={false}
          data-testid={`industry-suggestion-${industry.code}`}
          onChange={() => form.setFieldValue(industryName!, industry.code)}
        >
          {t('fieldSuggestions.industry', { name: industry.name })}
        </Tag.CheckableTag>
      ) : null}
    </Flex>
  );
}

/** The suggestions for `text`, asked after a pause; a newer text cancels the older request. */
function useFieldSuggestions(text: string): Suggestions | null {
  const [answer, setAnswer] = useState<Suggestions | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => {
    if (text.length < MIN_TEXT) {
      controller.current?.abort();
      setAnswer(null);
      return;
    }
    const timer = setTimeout(() => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      referenceApi.suggestTechFields(text, current.signal).then(
        (result) => {
          if (!current.signal.aborted) setAnswer(result);
        },
        // A failed suggestion is no error of the form: the picker still works without it.
        () => undefined,
      );
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return answer;
}
