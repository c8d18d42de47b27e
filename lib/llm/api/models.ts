import * as v from 'valibot';
import { sendForJson, type ApiConfig, type CallOptions } from './request';

/** One page of `GET /v1/models`. Ollama and llama.cpp send no display names and no paging fields. */
const ModelPageSchema = v.looseObject({
  data: v.array(v.looseObject({ id: v.string(), display_name: v.optional(v.nullable(v.string())) })),
  has_more: v.optional(v.nullable(v.boolean())),
  last_id: v.optional(v.nullable(v.string())),
});
type ModelPage = v.InferOutput<typeof ModelPageSchema>;
export type ApiModel = ModelPage['data'][number];

/** Every model the server lists, following `has_more` / `last_id` → `after_id` as the SDK's pager does. */
export async function listModels(config: ApiConfig, { signal }: CallOptions = {}): Promise<ApiModel[]> {
  const models: ApiModel[] = [];
  let after: string | null = null;
  for (;;) {
    const path: string = `/v1/models?limit=100${after === null ? '' : `&after_id=${encodeURIComponent(after)}`}`;
    const page: ModelPage = await sendForJson(config, { method: 'GET', path, signal }, ModelPageSchema, 'model list');
    models.push(...page.data);
    if (!page.has_more || page.data.length === 0 || !page.last_id) return models;
    after = page.last_id;
  }
}
