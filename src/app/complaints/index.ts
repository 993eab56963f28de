// The register of complaints and requests (KPA, Division VIII), kept by the Contact Centre.
// Use cases:
export { registerComplaint, filePublicComplaint, type RegisteredComplaint } from './register-complaint.ts';
export { updateComplaintHandling, recordDelayNotice, recordComplaintReply } from './handle-complaint.ts';
export { updateComplaintPolicy, DEFAULT_COMPLAINT_POLICY, type ComplaintPolicy } from './complaint-policy.ts';
export { anonymiseComplaints } from './anonymise-complaints.ts';
// Read models:
export {
  complaintRegister,
  complaintEntry,
  complaintExport,
  complaintUnits,
  type ComplaintEntry,
  type ComplaintRegister,
} from './complaint-views.ts';
export { complaintPolicyOf } from './policy-view.ts';
