import { property, state } from 'lit/decorators.js';
import { StegElement } from './steg-element.js';

/**
 * The base of stegvis form controls: a form-associated custom element (ElementInternals) that
 * takes part in a plain `<form>` like a native control, after Web Awesome 3's
 * `WebAwesomeFormAssociatedElement` and Material Web's mixins. It submits under `name`, is
 * disabled by its own `disabled` or by a disabled `<fieldset>`, blocks submission while invalid,
 * and offers the native validity API. Subclasses set the submitted value with
 * `internals.setFormValue`, report validity with `setValidity`, and implement
 * `formResetCallback` and `formStateRestoreCallback`.
 */
export class StegFormAssociatedElement extends StegElement {
  static formAssociated = true;

  /** The element's handle on the form machinery. */
  protected readonly internals: ElementInternals;

  /** The name the value is submitted under. */
  @property({ reflect: true }) name = '';

  /** Disables the control: it cannot be changed and is not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Whether the control must be completed before its form can be submitted. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disabled by an ancestor `<fieldset disabled>` (reported by `formDisabledCallback`). */
  @state() protected formDisabled = false;

  private customValidityMessage = '';
  private ownValidity: { flags: ValidityStateFlags; message: string } = { flags: {}, message: '' };

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** Whether the control is disabled, by itself or by a fieldset around it. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The form the control belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The control's validity, as for native controls. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message shown for the first problem, in the element's language; empty when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the control takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** The `<label>` elements that label the control. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  /** Checks validity; fires `invalid` on the element when invalid. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /**
   * Checks validity and, when invalid, fires `invalid` and shows the problems to the user.
   * Subclasses show their own messages from an `invalid` listener.
   */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Sets a custom error, as for native controls; an empty string clears it. */
  setCustomValidity(message: string): void {
    this.customValidityMessage = message;
    this.applyValidity();
  }

  /** Reports the control's own validity; a custom error set by the host takes precedence. */
  protected setValidity(flags: ValidityStateFlags, message: string): void {
    this.ownValidity = { flags, message };
    this.applyValidity();
  }

  private applyValidity(): void {
    if (this.customValidityMessage) {
      this.internals.setValidity({ ...this.ownValidity.flags, customError: true }, this.customValidityMessage);
    } else if (Object.values(this.ownValidity.flags).some(Boolean)) {
      this.internals.setValidity(this.ownValidity.flags, this.ownValidity.message);
    } else {
      this.internals.setValidity({});
    }
  }

  /** Called by the browser when an ancestor fieldset or the `disabled` attribute changes. */
  formDisabledCallback(disabled: boolean): void {
    // The browser passes "own attribute or fieldset", and calls again when either changes, so
    // this alone tracks the fieldset whenever the attribute is absent.
    // When the change is the element's own `disabled` being reflected, the browser calls this in
    // the middle of that update, after render: a state set there would be dropped (the form
    // stayed disabled after `disabled = false`), so it is set once the update is done.
    if (this.isUpdatePending) void this.updateComplete.then(() => (this.formDisabled = disabled));
    else this.formDisabled = disabled;
  }
}
