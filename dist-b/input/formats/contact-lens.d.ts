/**
 * Amazon Connect Contact Lens conversational analytics output (also Amazon Transcribe Call
 * Analytics, which has the same `Transcript[]`): one turn per `Transcript` item, text in
 * `Content`, times from `BeginOffsetMillis`/`EndOffsetMillis`. Roles come from the file:
 * `Participants[].ParticipantRole` by `ParticipantId` (or `ParticipantRole` on the item itself):
 * AGENT → agent, CUSTOMER → customer, anything else (SYSTEM…) → unknown.
 */
import type { Role } from '../../types.js';
import type { InputFormat } from '../index.js';
export declare function roleOfParticipant(role: string | undefined): Role | undefined;
export declare const contactLens: InputFormat;
