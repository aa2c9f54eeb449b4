import { fields } from '@keystatic/core';
import type { ComponentSchema } from '@keystatic/core';
import type { z } from 'zod';

/**
 * Keystatic fields made from the zod schemas the build checks (lib/content/*-schema.ts), so the
 * editor asks for exactly the fields, lengths and lists the build accepts: one source for both.
 * Only the editor (keystatic.config.tsx) imports this module.
 */

type AnySchema = z.ZodType & { def: Record<string, unknown> & { type: string } };

/** "skipToContent" → "Skip to content" */
export function labelOf(key: string): string {
  if (key === 'cta') return 'Call to action';
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function unwrap(schema: AnySchema): { schema: AnySchema; required: boolean } {
  let current = schema;
  let required = true;
  for (;;) {
    const { type } = current.def;
    if (type === 'optional' || type === 'default' || type === 'nullable') {
      if (type !== 'default') required = false;
      current = current.def.innerType as AnySchema;
    } else if (type === 'pipe') {
      // A transform (a text read into a canonical form) is edited as what it reads.
      const out = current.def.out as AnySchema;
      current = out.def.type === 'transform' ? (current.def.in as AnySchema) : out;
    } else {
      return { schema: current, required };
    }
  }
}

/** The value a zod schema gives when the field is left out, if it has one. */
function defaultOf(schema: AnySchema): unknown {
  let current = schema;
  while (current.def.type === 'optional' || current.def.type === 'nullable')
    current = current.def.innerType as AnySchema;
  return current.def.type === 'default' ? current.def.defaultValue : undefined;
}

export interface FieldOverrides {
  /** Fields to use instead of the generated ones, by dotted path (`therapist.photo`). */
  [path: string]: ComponentSchema;
}

/** The Keystatic field for one zod schema (strings, dates, lists and objects of them). */
export function fieldFor(
  schema: AnySchema,
  key: string,
  path: string,
  overrides: FieldOverrides,
  descriptions: Record<string, string>,
  /** False inside an optional object: its texts may all stay empty (the build then leaves it out). */
  parentRequired = true,
): ComponentSchema {
  if (overrides[path]) return overrides[path];
  const label = labelOf(key);
  const description = descriptions[path];
  const unwrapped = unwrap(schema);
  const inner = unwrapped.schema;
  const required = unwrapped.required && parentRequired;
  switch (inner.def.type) {
    case 'object': {
      const shape = (inner as unknown as z.ZodObject).shape as Record<string, AnySchema>;
      return fields.object(
        Object.fromEntries(
          Object.entries(shape).map(([name, field]) => [
            name,
            fieldFor(
              field,
              name,
              path ? `${path}.${name}` : name,
              overrides,
              descriptions,
              required,
            ),
          ]),
        ),
        { label, description },
      );
    }
    case 'array': {
      const element = (inner as unknown as z.ZodArray<AnySchema>).element;
      const item = fieldFor(element, `${key} item`, `${path}[]`, overrides, descriptions);
      return fields.array(item, {
        label,
        description,
        itemLabel: (props) => {
          const preview = props as {
            value?: unknown;
            fields?: Record<string, { value?: unknown }>;
          };
          if (typeof preview.value === 'string') return preview.value || '(empty)';
          const first = Object.values(preview.fields ?? {}).find(
            (field) => typeof field.value === 'string',
          );
          return String(first?.value || '(empty)');
        },
      });
    }
    case 'union':
      // '' or an e-mail address, and the like: a text the build checks.
      return fields.text({ label, description });
    case 'boolean':
      return fields.checkbox({ label, description });
    case 'number': {
      const number = inner as unknown as z.ZodNumber;
      const validation = {
        isRequired: required,
        min: number.minValue ?? undefined,
        max: number.maxValue ?? undefined,
      };
      const defaultValue = defaultOf(schema);
      return number.isInt
        ? fields.integer({ label, description, validation, defaultValue: defaultValue as number })
        : fields.number({ label, description, validation, defaultValue: defaultValue as number });
    }
    case 'string': {
      const text = inner as unknown as z.ZodString;
      if (/date|reviewed/i.test(key)) {
        return fields.date({ label, description, validation: { isRequired: required } });
      }
      const max = text.maxLength ?? undefined;
      const defaultValue = defaultOf(schema);
      return fields.text({
        label,
        description,
        ...(typeof defaultValue === 'string' ? { defaultValue } : {}),
        multiline: (max ?? 0) > 300,
        validation: {
          length: { min: required ? (text.minLength ?? 0) : 0, max: max ?? undefined },
        },
      });
    }
    default:
      throw new Error(`${path}: no editor field for a zod ${inner.def.type}`);
  }
}

/** The fields of a zod object, for a Keystatic singleton's schema. */
export function fieldsFor(
  schema: z.ZodObject,
  overrides: FieldOverrides = {},
  descriptions: Record<string, string> = {},
): Record<string, ComponentSchema> {
  return Object.fromEntries(
    Object.entries(schema.shape as Record<string, AnySchema>).map(([name, field]) => [
      name,
      fieldFor(field, name, name, overrides, descriptions),
    ]),
  );
}
