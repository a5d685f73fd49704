export { AGENCIES, AGENCY_KINDS, agencyById, type Agency, type AgencyKind } from "./agencies";
export { findAgencies, type AgencyMention } from "./find-agencies";
