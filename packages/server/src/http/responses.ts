import { errorBody } from '@qudao/contract';

/**
 * Response schemas of a route plus the one error shape for every 4xx and 5xx, so the OpenAPI document
 * tells clients what a failure looks like.
 */
export function withErrors<T extends Record<number, unknown>>(success: T): T & { '4xx': typeof errorBody; '5xx': typeof errorBody } {
  return { ...success, '4xx': errorBody, '5xx': errorBody };
}
