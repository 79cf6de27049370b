import type { TFunction } from 'i18next';
import { formatDate, formatDateTime, formatPercent } from '../../i18n/format';
import type { ValueWords } from './history';

/** How the page writes a field's value in a history line or a conflict: in the reader's language. */
export function valueWords(t: TFunction, common: TFunction, language: string): ValueWords {
  return {
    none: t('history.none'),
    value(field, value) {
      if (Array.isArray(value)) return value.map(String).join(', ');
      if (field === 'status' && typeof value === 'string') return common(`status.${value}`);
      if (field === 'declaredHealth' && typeof value === 'string') return common(`health.${value}`);
      if (field === 'progress' && typeof value === 'number') return formatPercent(value, language, 0);
      if (/Deadline$|Date$/.test(field) && typeof value === 'string') return formatDate(value, language);
      if (/At$/.test(field) && typeof value === 'string') return formatDateTime(value, language);
      if (typeof value === 'string') return t('history.quoted', { text: value });
      return JSON.stringify(value);
    },
  };
}

/** A field's name as a person reads it; a field the page does not know keeps its own name. */
export function fieldLabel(t: TFunction, field: string): string {
  return t(`field.${field}`, { defaultValue: field });
}
