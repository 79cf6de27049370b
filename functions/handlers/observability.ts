import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import type { Context } from 'aws-lambda';

/**
 * Powertools Logger, Metrics and Tracer for one Lambda, configured from the environment the
 * CDK construct sets (POWERTOOLS_SERVICE_NAME, POWERTOOLS_METRICS_NAMESPACE, POWERTOOLS_LOG_LEVEL).
 * Outside Lambda the tracer is off and metrics are only printed.
 */
export interface Observability {
  logger: Logger;
  metrics: Metrics;
  tracer: Tracer;
}

export function createObservability(): Observability {
  return { logger: new Logger(), metrics: new Metrics(), tracer: new Tracer() };
}

type LambdaHandler<E, R> = (event: E, context: Context) => Promise<R>;

/**
 * Wraps a handler with what the Powertools middlewares would do: request context in every log
 * line, a traced subsegment with the cold-start annotation, and metrics flushed once per
 * invocation whatever the outcome.
 */
export function instrument<E, R>({ logger, metrics, tracer }: Observability, handler: LambdaHandler<E, R>): LambdaHandler<E, R> {
  return async (event, context) => {
    logger.addContext(context);
    metrics.captureColdStartMetric(context.functionName);
    const parent = tracer.getSegment();
    const segment = parent?.addNewSubsegment(`## ${context.functionName}`);
    if (segment) tracer.setSegment(segment);
    tracer.annotateColdStart();
    tracer.addServiceNameAnnotation();
    try {
      return await handler(event, context);
    } catch (error) {
      if (error instanceof Error) tracer.addErrorAsMetadata(error);
      logger.error('Invocation failed', { error });
      throw error;
    } finally {
      segment?.close();
      if (parent) tracer.setSegment(parent);
      metrics.publishStoredMetrics();
      logger.resetKeys();
    }
  };
}
