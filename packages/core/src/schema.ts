import { Ajv, type ValidateFunction } from 'ajv';
import recordSchema from './record.schema.json' with { type: 'json' };

export { recordSchema };

let validator: ValidateFunction | undefined;

/** Validates one record against the published JSON Schema; returns readable problems (empty when valid). */
export function validateRecord(record: unknown): string[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(recordSchema);
  if (validator(record)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
