/**
 * Who may call what. The table lives in the domain so that the dashboard hides the same edit controls the server
 * refuses; every procedure declares one of these (see trpc.ts) and the access test checks them all.
 */
export { allows, FILE_PERMISSIONS, PERMISSIONS, type Permission } from '@portfolio/domain';
