/**
 * The SSM Parameter Store stand-in (AWS JSON 1.1, `X-Amz-Target: AmazonSSM.<Operation>`).
 * Each call is authorised against the caller's allow list, served by the model, answered,
 * and recorded in CloudTrail, failures (denials, injected errors) included.
 */
import { AccessDeniedException, AwsError, UnknownOperationException } from '../core/aws-error.ts';
import { awsJson, awsJsonError, parseJsonObject, targetOperation } from '../core/aws-json.ts';
import type {
  LocalRequest,
  LocalResponse,
  LocalService,
  LocalWorld,
  Route,
  ServiceError,
} from '../core/service.ts';
import type { Identity } from '../identity/types.ts';
import { SSM_TARGET_PREFIX } from './constants.ts';
import type { Body } from './input.ts';
import { requestResources, ssmOperation } from './operations.ts';
import { seedParameters } from './seed.ts';
import { ParameterStore } from './store.ts';
import { recordSsmCall } from './trail.ts';

export function createSsmService(world: LocalWorld): LocalService {
  const store = new ParameterStore();

  function record(req: LocalRequest, identity: Identity, action: string, body: Body, outcome: Outcome): void {
    const operation = ssmOperation(action);
    if (operation === undefined) return;
    const resources = operation.recordsResources ? requestResources(action, body, world) : [];
    recordSsmCall(world, {
      req,
      identity,
      action,
      readOnly: operation.readOnly,
      body,
      resources,
      ...outcome,
    });
  }

  function authorize(identity: Identity, action: string, body: Body): void {
    for (const resource of requestResources(action, body, world)) {
      const denial = world.identities.authorize(identity, `ssm:${action}`, resource);
      if (denial !== undefined) throw new AccessDeniedException(denial);
    }
  }

  return {
    route(req: LocalRequest): Route | undefined {
      const action = targetOperation(req, [SSM_TARGET_PREFIX]);
      return action === undefined ? undefined : { service: 'ssm', action };
    },

    async handle(req: LocalRequest, route: Route): Promise<LocalResponse> {
      const identity = world.identities.resolve(req.accessKeyId);
      const operation = ssmOperation(route.action);
      let body: Body = {};
      try {
        if (operation === undefined) throw new UnknownOperationException();
        body = parseJsonObject(req);
        authorize(identity, route.action, body);
        const outcome = operation.run({ world, store, identity, body });
        record(req, identity, route.action, body, { responseElements: outcome.responseElements });
        return awsJson(outcome.body, req.requestId);
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        const message = error.hasMessage ? error.message : undefined;
        record(req, identity, route.action, body, failed(error.code, message));
        return awsJsonError(error, req.requestId);
      }
    },

    error(req: LocalRequest, route: Route, error: ServiceError): LocalResponse {
      const identity = world.identities.resolve(req.accessKeyId);
      record(req, identity, route.action, {}, failed(error.code, error.message));
      return awsJsonError(error, req.requestId);
    },

    reset(): void {
      store.clear();
    },

    async control(subpath: string, req: LocalRequest): Promise<LocalResponse | undefined> {
      return subpath === 'parameters' ? seedParameters(world, store, req) : undefined;
    },
  };
}

type Outcome = {
  responseElements: Record<string, unknown> | null;
  error?: { code: string; message: string | undefined };
};

function failed(code: string, message: string | undefined): Outcome {
  return { responseElements: null, error: { code, message } };
}
