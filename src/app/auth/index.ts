// The auth module's public face: staff sessions (log in, throttled per login and address; resume on each request, log out),
// passwords and accounts.
export { logIn, type LoggedIn, type LogInInput } from './log-in.ts';
export { logOut } from './log-out.ts';
export { resumeSession, type SignedInStaff } from './session.ts';
export { changePassword, type ChangePasswordInput } from './change-password.ts';
export { createAccount, type CreateAccountInput } from './create-account.ts';
export { hashPassword, verifyPassword, PASSWORD_MAX, PASSWORD_MIN } from './password.ts';
