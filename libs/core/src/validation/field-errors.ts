import type { ValidationError as ClassValidatorError } from 'class-validator';
import type { FieldError } from '../errors/domain-errors.js';
import type { Language } from '../i18n/messages.js';
import { hasMessage, translate } from '../i18n/translate.js';

/** Flattens class-validator's tree into dotted field paths (`patents.0.number`), one error per constraint. */
export function toFieldErrors(errors: ClassValidatorError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldError[] = Object.keys(error.constraints ?? {}).map((code) => ({
      field,
      code,
      params: constraintParams(error, code),
    }));
    return own.concat(toFieldErrors(error.children ?? [], field));
  });
}

/** The numbers a message needs ("at most {{max}} characters"), read from class-validator's own message. */
function constraintParams(error: ClassValidatorError, code: string): Record<string, string | number> {
  const message = error.constraints?.[code] ?? '';
  const numbers = message.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  if (code === 'minLength' || code === 'min' || code === 'arrayMinSize') return { min: numbers[0] ?? '' };
  if (code === 'maxLength' || code === 'max' || code === 'arrayMaxSize') return { max: numbers[0] ?? '' };
  return {};
}

/** Field codes are usually constraint names; a few (email-taken) are problem codes reused per field. */
export function fieldMessage(lang: Language, error: FieldError): string {
  const namespace =
    !hasMessage('field', error.code) && hasMessage('problem', error.code) ? 'problem' : 'field';
  return translate(lang, namespace, error.code, error.params ?? {}, 'invalid');
}
