/** Who is acting: a logged-in member of staff, a device, the system itself or a member of the public. */
export interface Actor {
  kind: 'staff' | 'device' | 'system' | 'public';
  id: number | null;
  /** A login or device name; never a resident's personal data. */
  label: string;
  role: string;
  /** The client's IP address, for the audit log. */
  address: string;
  officeId: number;
}

/** Where time comes from; use cases receive one, tests pass a fixed or moving clock. */
export interface Clock {
  now(): Date;
}
