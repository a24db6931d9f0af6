import type { DossierRecord } from '@dossier/core';
import { ReviewError } from '../errors.js';
import { toBrat } from './brat.js';
import { toDoccano, toDoccanoRelations } from './doccano.js';
import { labelStudioConfig, toLabelStudio } from './label-studio.js';
import { toProdigy } from './prodigy.js';
import type { ExportFile } from './types.js';

export const EXPORT_FORMATS = ['prodigy', 'label-studio', 'doccano', 'brat'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(x: string): x is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(x);
}

/** The files one export format writes, relative to its output folder. */
export function exportFiles(format: ExportFormat, records: readonly DossierRecord[]): ExportFile[] {
  switch (format) {
    case 'prodigy':
      return [{ path: 'prodigy.jsonl', contents: toProdigy(records) }];
    case 'doccano':
      return [
        { path: 'doccano.jsonl', contents: toDoccano(records) },
        { path: 'doccano-relations.jsonl', contents: toDoccanoRelations(records) },
      ];
    case 'label-studio':
      return [
        { path: 'label-studio.json', contents: toLabelStudio(records) },
        { path: 'label-studio-config.xml', contents: labelStudioConfig() },
      ];
    case 'brat':
      return toBrat(records);
    default:
      throw new ReviewError(`Unknown export format ${JSON.stringify(format)}: use one of ${EXPORT_FORMATS.join(', ')}.`);
  }
}
