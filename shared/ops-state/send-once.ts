/**
 * Sends a conditional write exactly once. The SDK retries a failed call by itself, which
 * is wrong for a conditional write: if the first attempt took effect and only its answer
 * was lost, the retry fails its own condition and the caller would believe the write did
 * not happen. So for these commands only, the client's `retryMiddleware` is replaced by a
 * pass-through (the middleware stack lets a command override a client middleware by name),
 * and `conditionalWrite` does its own retries after reading the item back.
 * The caller's client keeps its retry policy for every other call.
 */
import {
  DeleteItemCommand,
  type DeleteItemCommandInput,
  type DeleteItemCommandOutput,
  type DynamoDBClient,
  PutItemCommand,
  type PutItemCommandInput,
  type PutItemCommandOutput,
  UpdateItemCommand,
  type UpdateItemCommandInput,
  type UpdateItemCommandOutput,
} from '@aws-sdk/client-dynamodb';

/** The name, step and priority under which the SDK registers its retry middleware. */
export const SDK_RETRY_MIDDLEWARE = {
  name: 'retryMiddleware',
  step: 'finalizeRequest',
  priority: 'high',
} as const;

export type WriteInput =
  | { readonly action: 'PutItem'; readonly input: PutItemCommandInput }
  | { readonly action: 'UpdateItem'; readonly input: UpdateItemCommandInput }
  | { readonly action: 'DeleteItem'; readonly input: DeleteItemCommandInput };

type WriteOutput = PutItemCommandOutput | UpdateItemCommandOutput | DeleteItemCommandOutput;

/** Replaces the client's retry middleware for one command: the next handler is called once. */
const RETRY_OVERRIDE = { ...SDK_RETRY_MIDDLEWARE, tags: ['RETRY'], override: true };
const passThrough = <H>(next: H): H => next;

/** Sends one write with the SDK's retries off. Throws whatever the SDK throws (never retried). */
export function sendOnce(client: DynamoDBClient, write: WriteInput): Promise<WriteOutput> {
  switch (write.action) {
    case 'PutItem': {
      const command = new PutItemCommand(write.input);
      command.middlewareStack.add(passThrough, RETRY_OVERRIDE);
      return client.send(command);
    }
    case 'UpdateItem': {
      const command = new UpdateItemCommand(write.input);
      command.middlewareStack.add(passThrough, RETRY_OVERRIDE);
      return client.send(command);
    }
    case 'DeleteItem': {
      const command = new DeleteItemCommand(write.input);
      command.middlewareStack.add(passThrough, RETRY_OVERRIDE);
      return client.send(command);
    }
  }
}
