/**
 * Sends a conditional write exactly once. The SDK retries a failed call by itself, which
 * is wrong for a conditional write: if the first attempt took effect and only its answer
 * was lost, the retry fails its own condition and the caller would believe the write did
 * not happen. So for these commands only, the client's `retryMiddleware` is replaced by a
 * pass-through (the middleware stack lets a command override a client middleware by name),
 * and `conditionalWrite` does its own retries after reading the item back.
 * The caller's client keeps its retry policy for every other call. The override itself is
 * `withoutRetries` in `shared/aws`.
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
import { withoutRetries } from '../aws/without-retries.ts';

export type WriteInput =
  | { readonly action: 'PutItem'; readonly input: PutItemCommandInput }
  | { readonly action: 'UpdateItem'; readonly input: UpdateItemCommandInput }
  | { readonly action: 'DeleteItem'; readonly input: DeleteItemCommandInput };

type WriteOutput = PutItemCommandOutput | UpdateItemCommandOutput | DeleteItemCommandOutput;

/** Sends one write with the SDK's retries off. Throws whatever the SDK throws (never retried). */
export function sendOnce(client: DynamoDBClient, write: WriteInput): Promise<WriteOutput> {
  switch (write.action) {
    case 'PutItem':
      return client.send(withoutRetries(new PutItemCommand(write.input)));
    case 'UpdateItem':
      return client.send(withoutRetries(new UpdateItemCommand(write.input)));
    case 'DeleteItem':
      return client.send(withoutRetries(new DeleteItemCommand(write.input)));
  }
}
