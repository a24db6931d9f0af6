/** One file an exporter writes, relative to the output folder. */
export interface ExportFile {
  path: string;
  contents: string;
}

/** Metadata carried along with each exported text, so an annotation can be traced to its article. */
export function articleMeta(r: { id: string; title: string | null; date: string | null; source: string; url: string | null }): Record<string, string> {
  const meta: Record<string, string> = { article: r.id, source: r.source };
  if (r.title !== null) meta.title = r.title;
  if (r.date !== null) meta.date = r.date;
  if (r.url !== null) meta.url = r.url;
  return meta;
}
