/**
 * The contract between the one local server and each stand-in service (SSM, CloudTrail,
 * SNS, Twilio, the DynamoDB forwarder). The server reads the request, asks each service
 * in turn whether it owns it (`route`), applies any injected fault for that
 * service and action, then calls `handle`. A service keeps its semantics in a model
 * module and only parses and serialises here.
 */
import type { TrailStore } from '../cloudtrail/store.ts';
import type { IdentityRegistry } from '../identity/registry.ts';
import type { LocalClock } from './clock.ts';

/** A fully read HTTP request. */
export interface LocalRequest {
  method: string;
  /** Path without the query string, e.g. `/` or `/v1/AuthTokens/Secondary`. */
  path: string;
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: Buffer;
  /** The access key id from a SigV4 `Authorization` header, if any. */
  accessKeyId: string | undefined;
  /** The Basic-auth user and password, if any (Twilio). */
  basicAuth: { user: string; password: string } | undefined;
  /** The base URL the client used (scheme, host, port), for URLs in answers. */
  baseUrl: string;
  /** The peer's IP address as the socket saw it (e.g. `127.0.0.1`). */
  remoteAddress: string;
  /** A fresh request id (uuid) for this request, for `x-amzn-RequestId` and CloudTrail's `requestID`. */
  requestId: string;
}

export interface LocalResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** What a service knows about a request once it has claimed it. */
export interface Route {
  /** The service's name as used by fault injection: `ssm`, `cloudtrail`, `sns`, `twilio`, `dynamodb`. */
  service: string;
  /** The API action, e.g. `PutParameter`, `Publish`, `CreateSecondaryAuthToken`, `PutItem`. */
  action: string;
}

/** An error to answer, as fault injection describes it. */
export interface ServiceError {
  status: number;
  code: string;
  message: string;
}

export interface LocalService {
  /** Claims the request (returns its route) or returns undefined to let the next service look. */
  route(req: LocalRequest): Route | undefined;
  /** Serves a claimed request. Must not throw for client errors: answer them as the real service does. */
  handle(req: LocalRequest, route: Route): Promise<LocalResponse>;
  /**
   * Answers an injected error in this service's own wire protocol (AWS JSON 1.1, the SNS
   * query protocol's XML, Twilio's JSON). A service that records its calls (SSM into
   * CloudTrail) records this one too, as the real service records throttled calls.
   * Optional: without it the server answers in AWS JSON 1.1.
   */
  error?(req: LocalRequest, route: Route, error: ServiceError): LocalResponse | Promise<LocalResponse>;
  /** Forgets all state (control API reset). */
  reset(): void | Promise<void>;
  /**
   * Optional control routes of this service, mounted by the server under
   * `/_local/<service>/<subpath>` (e.g. `/_local/sns/outbox`, `/_local/twilio/tokens`).
   * Returns undefined when the subpath is not one of its routes (the server answers 404).
   */
  control?(subpath: string, req: LocalRequest): Promise<LocalResponse | undefined>;
  /** Closes anything the service started (e.g. the dynalite server). */
  close?(): Promise<void>;
}

/** Shared by every service of one server. */
export interface LocalWorld {
  clock: LocalClock;
  /** The region every ARN and record names (default `us-east-1`). */
  region: string;
  /** The 12-digit account that owns every resource (default `111122223333`). */
  accountId: string;
  /** Who is calling: `identities.resolve(req.accessKeyId)`, and `identities.authorize(...)`. */
  identities: IdentityRegistry;
  /** CloudTrail's records: services that are audited append to it. */
  trail: TrailStore;
}
