/** Domain errors of the alerts module; each extends `AlertError`, the cause kept when there is one. */

/** Alerts could not be prepared or their records could not be written. */
export class AlertError extends Error {
  override readonly name: string = 'AlertError';
}

/** An alert or the publisher's options break the contract; the message names the field. Nothing was sent. */
export class InvalidAlertError extends AlertError {
  override readonly name: string = 'InvalidAlertError';
}

/** An alert names a kind the catalogue does not know. Nothing was sent. */
export class UnknownAlertKindError extends InvalidAlertError {
  override readonly name: string = 'UnknownAlertKindError';
}

/** A kind registered twice with different specs, or a malformed spec. */
export class AlertCatalogueError extends AlertError {
  override readonly name: string = 'AlertCatalogueError';
}

/** Alert records could not be claimed (the ops table failed); nothing of the batch was published. */
export class AlertStateError extends AlertError {
  override readonly name: string = 'AlertStateError';
}
